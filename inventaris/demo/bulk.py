"""Bulk inserts for the demo: COPY on PostgreSQL, Core's executemany elsewhere.

Inserting a regency of 500,000 items row by row through executemany took PostgreSQL most of
two minutes; COPY takes the same rows in a fraction of that (tests/benchmarks/regency.py). The
rows are the ones Core would insert: each column's Python-side default fills what a row leaves
out and each value goes through the column type's own bind processing (UTC times, JSON), so
both paths store the same thing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert

from inventaris.model.base import Base


def insert_rows(
    connection: Connection, model: type[Base], rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table in the open transaction."""
    table = _table(model)
    if not rows:
        return
    plan = (
        _copy_plan(connection, table, rows[0]) if connection.dialect.name == "postgresql" else None
    )
    if plan is None:
        connection.execute(insert(table), list(rows))
        return
    names, keys, processed, constants = plan
    quote = connection.dialect.identifier_preparer.quote
    statement = f"COPY {quote(table.name)} ({', '.join(quote(name) for name in names)}) FROM STDIN"
    values = itemgetter(*keys)
    driver = connection.connection.driver_connection
    assert driver is not None  # an open connection always has one
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            found = [*values(row), *constants] if len(keys) > 1 else [row[keys[0]], *constants]
            for index, process in processed:
                found[index] = process(found[index])
            copy.write_row(found)


def _copy_plan(
    connection: Connection, table: Table, first: Mapping[str, Any]
) -> tuple[list[str], list[str], list[tuple[int, Processor]], list[Any]] | None:
    """The columns to copy: those the rows give (with the bind processing each needs), then
    those they leave out, filled with the column's default; None when such a default is
    computed at insert time (Core inserts those rows)."""
    dialect = connection.dialect
    given: list[str] = []
    keys: list[str] = []
    processed: list[tuple[int, Processor]] = []
    defaulted: list[str] = []
    constants: list[Any] = []
    for column in table.columns:
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        if column.key in first:
            if process is not None:
                processed.append((len(keys), process))
            given.append(column.name)
            keys.append(column.key)
        elif column.default is not None:
            if not column.default.is_scalar:
                return None
            value = column.default.arg  # type: ignore[attr-defined]
            defaulted.append(column.name)
            constants.append(process(value) if process is not None else value)
        # else: the server's default, the sequence, or NULL
    if not keys:
        return None
    return given + defaulted, keys, processed, constants


Processor = Callable[[Any], Any]


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)  # a declarative class maps one table
    return table


@contextmanager
def indexes_deferred(connection: Connection, *models: type[Base]) -> Iterator[None]:
    """On PostgreSQL, drop the tables' plain (non-unique) indexes for a bulk load and build them
    once at the end: one sort per index instead of a random insert per row and index. Unique
    indexes stay, they guard the load itself."""
    if connection.dialect.name != "postgresql":
        yield
        return
    plain = [index for model in models for index in _table(model).indexes if not index.unique]
    for index in plain:
        index.drop(connection)
    yield
    for index in plain:
        index.create(connection)
