"""The register view's query: search, filter and sort in SQL, one page at a time.

Pages are cut by keyset (the last row's sort value and id), not OFFSET, so scrolling deep into
100,000 rows costs the same as the first page. Counting and the total value come from a
separate aggregate query, so the first rows need not wait for them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, tuple_

from inventaris.assets.types import AssetStatus
from inventaris.catalog import KIB_BY_JENIS, kib_of, normalize_code
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register, search_condition, words_are_common
from inventaris.model import Asset, DisposalProposalItem, Room

DEFAULT_STATUSES = frozenset({AssetStatus.ACTIVE.value, AssetStatus.LENT.value})
PAGE_SIZE = 200


class SortKey(enum.StrEnum):
    CODE_REGISTER = "code_register"
    NAME = "name"
    BRAND = "brand_type"
    SPECIFICATION = "specification"
    YEAR = "acquisition_year"
    PRICE = "price"
    CONDITION = "condition"
    ROOM = "room"
    HOLDER = "holder_name"
    SERIAL = "serial_number"
    PLATE = "plate_number"
    STATUS = "status"


def _sort_columns(key: SortKey) -> list[ColumnElement[Any]]:
    if key is SortKey.CODE_REGISTER:
        return [Asset.__table__.c.code, Asset.__table__.c.register_number]
    if key is SortKey.ROOM:
        return [func.coalesce(Room.name, "")]
    return [Asset.__table__.c[key.value]]


@dataclass(frozen=True)
class RegisterFilter:
    text: str = ""
    kib: str | None = None
    code_prefix: str = ""
    room_id: int | None = None
    conditions: frozenset[str] = frozenset()
    year_from: int | None = None
    year_to: int | None = None
    statuses: frozenset[str] = DEFAULT_STATUSES
    asset_ids: frozenset[int] | None = None  # a chosen set (e.g. the selection to label)


@dataclass(frozen=True)
class RegisterRow:
    id: int
    code: str
    register_number: int
    name: str
    specification: str
    brand_type: str
    size: str
    material: str
    serial_number: str
    plate_number: str
    acquisition_year: int
    acquisition_date: date | None
    acquisition_method: str
    price: int
    condition: str
    status: str
    room_id: int | None
    room_name: str
    holder_name: str
    nibar: str
    proposed: bool = False  # waiting on a disposal proposal (BMD.md §13): still in the register
    unit_id: int = 0  # shown (as its kode lokasi) when the reader sees several units

    @property
    def code_register(self) -> str:
        return code_register(self.code, self.register_number)

    @property
    def kib(self) -> str | None:
        return kib_of(self.code)


ROW_COLUMNS = (
    Asset.id,
    Asset.code,
    Asset.register_number,
    Asset.name,
    Asset.specification,
    Asset.brand_type,
    Asset.size,
    Asset.material,
    Asset.serial_number,
    Asset.plate_number,
    Asset.acquisition_year,
    Asset.acquisition_date,
    Asset.acquisition_method,
    Asset.price,
    Asset.condition,
    Asset.status,
    Asset.room_id,
    func.coalesce(Room.name, ""),
    Asset.holder_name,
    Asset.nibar,
    # One probe of the partial unique index per row shown (a page is 200 rows).
    select(DisposalProposalItem.id)
    .where(DisposalProposalItem.asset_id == Asset.id, DisposalProposalItem.state == "proposed")
    .exists(),
    Asset.unit_id,
)


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last row's sort values and id."""

    values: tuple[Any, ...]
    id: int


@dataclass(frozen=True)
class RegisterPage:
    rows: list[RegisterRow]
    next_cursor: Cursor | None


@dataclass(frozen=True)
class RegisterSummary:
    count: int
    total_value: int


@dataclass(frozen=True)
class RegisterQuery:
    filter: RegisterFilter = field(default_factory=RegisterFilter)
    sort: SortKey = SortKey.CODE_REGISTER
    descending: bool = False


def _conditions(
    db: Database, actor: Actor, wanted: RegisterFilter, common_words: bool = False
) -> list[ColumnElement[bool]]:
    unit: ColumnElement[Any] = Asset.__table__.c.unit_id
    status: ColumnElement[Any] = Asset.__table__.c.status
    if db.backend == "sqlite":
        # Nearly every row passes these two tests, yet SQLite's planner would pick an index on
        # them and then sort 100,000 rows. "+ 0" and "|| ''" keep it on the index that serves
        # the search or the sort order instead (EXPLAIN QUERY PLAN showed the difference).
        unit = Asset.unit_id + 0
        status = Asset.status.concat("")
    conditions: list[ColumnElement[bool]] = [unit.in_(sorted(actor.unit_ids))]
    if wanted.statuses:
        conditions.append(status.in_(sorted(wanted.statuses)))
    if wanted.text.strip():
        conditions.append(search_condition(wanted.text, db.backend, common=common_words))
    if wanted.kib:
        prefixes = [prefix for prefix, kib in KIB_BY_JENIS.items() if kib == wanted.kib]
        conditions.append(or_(*(Asset.code.startswith(prefix + ".") for prefix in prefixes)))
    prefix = normalize_code(wanted.code_prefix)
    if prefix:
        conditions.append(or_(Asset.code == prefix, Asset.code.startswith(prefix + ".")))
    if wanted.room_id is not None:
        conditions.append(Asset.room_id == wanted.room_id)
    if wanted.conditions:
        conditions.append(Asset.condition.in_(sorted(wanted.conditions)))
    if wanted.year_from is not None:
        conditions.append(Asset.acquisition_year >= wanted.year_from)
    if wanted.year_to is not None:
        conditions.append(Asset.acquisition_year <= wanted.year_to)
    if wanted.asset_ids is not None:
        conditions.append(Asset.id.in_(sorted(wanted.asset_ids)))
    return conditions


def summarize_register(db: Database, actor: Actor, wanted: RegisterFilter) -> RegisterSummary:
    """How many assets the filter shows and their total value (the status bar)."""
    require(actor, Permission.VIEW)
    query = select(func.count(Asset.id), func.coalesce(func.sum(Asset.price), 0)).where(
        *_conditions(db, actor, wanted)
    )
    with db.read_connection() as connection:
        count, total = connection.execute(query).one()
    return RegisterSummary(int(count), int(total))


def page_query(
    db: Database,
    actor: Actor,
    query: RegisterQuery,
    after: Cursor | None,
    limit: int,
    common_words: bool = False,
) -> Select[*tuple[Any, ...]]:
    sort_columns = _sort_columns(query.sort)
    statement = (
        select(*ROW_COLUMNS, *sort_columns)
        .outerjoin(Room, Room.id == Asset.room_id)
        .where(*_conditions(db, actor, query.filter, common_words))
    )
    if after is not None:
        position = tuple_(*sort_columns, Asset.id)
        start = tuple_(*after.values, after.id)
        statement = statement.where(position < start if query.descending else position > start)
    order = [*sort_columns, Asset.id]
    statement = statement.order_by(
        *(column.desc() for column in order) if query.descending else order
    )
    return statement.limit(limit)


def list_register(
    db: Database,
    actor: Actor,
    query: RegisterQuery,
    *,
    after: Cursor | None = None,
    limit: int = PAGE_SIZE,
) -> RegisterPage:
    """One page of register rows, sorted and filtered in SQL."""
    require(actor, Permission.VIEW)
    width = len(ROW_COLUMNS)
    with db.read_connection() as connection:
        common = words_are_common(connection, db.backend, query.filter.text)
        statement = page_query(db, actor, query, after, limit, common)
        results = connection.execute(statement).all()
    rows = [RegisterRow(*result[:width]) for result in results]
    next_cursor = None
    if len(results) == limit:
        last = results[-1]
        next_cursor = Cursor(tuple(last[width:]), last[0])
    return RegisterPage(rows, next_cursor)


def all_register_rows(db: Database, actor: Actor, query: RegisterQuery) -> list[RegisterRow]:
    """Every row of a query, page after page (the command line, exports)."""
    rows: list[RegisterRow] = []
    cursor: Cursor | None = None
    while True:
        page = list_register(db, actor, query, after=cursor, limit=2000)
        rows.extend(page.rows)
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def register_ids(db: Database, actor: Actor, wanted: RegisterFilter) -> list[int]:
    """The ids of everything a filter shows, in register order (labels for "the filter")."""
    require(actor, Permission.VIEW)
    query = (
        select(Asset.id)
        .where(*_conditions(db, actor, wanted))
        .order_by(Asset.code, Asset.register_number)
    )
    with db.read_connection() as connection:
        return list(connection.execute(query).scalars())
