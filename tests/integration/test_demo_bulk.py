"""The demo's bulk load on PostgreSQL: COPY stores exactly what Core's executemany stores, and the
indexes dropped for the load are all back afterwards (inventaris/demo/bulk.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from inventaris.core.db import Database
from inventaris.core.schema import prepare_database
from inventaris.demo import bulk
from inventaris.demo.office import load_demo_data
from inventaris.model import Asset, AssetEvent
from tests.conftest import FakeClock
from tests.support.databases import drop_postgres_database, new_postgres_database

TABLES = ("asset", "asset_event", "fuel_record", "booking", "register_counter")


@contextmanager
def _regency(admin_url: str, template: str) -> Iterator[Database]:
    name, url = new_postgres_database(admin_url, template)
    db = Database(url, clock=FakeClock())
    try:
        prepare_database(db)
        load_demo_data(db, assets=3000, units=4)
        yield db
    finally:
        db.dispose()
        drop_postgres_database(admin_url, name)


def _contents(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as connection:
        return {
            table: [tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {table}")]
            for table in TABLES
        }


def _indexes(db: Database) -> dict[str, set[str]]:
    inspector = sa.inspect(db.engine)
    return {
        table: {str(index["name"]) for index in inspector.get_indexes(table)}
        for table in ("asset", "asset_event")
    }


def test_copy_stores_what_core_inserts_and_every_index_comes_back(
    postgres_admin_url: str, postgres_template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    copied: list[str] = []
    plan = bulk._copy_plan

    def counting_plan(*args: object) -> object:
        found = plan(*args)  # type: ignore[arg-type]
        copied.append("copy" if found is not None else "core")
        return found

    monkeypatch.setattr(bulk, "_copy_plan", counting_plan)
    with _regency(postgres_admin_url, postgres_template) as db:
        by_copy, copy_indexes = _contents(db), _indexes(db)
    assert copied and set(copied) == {"copy"}  # the rows did go through COPY
    monkeypatch.setattr(bulk, "_copy_plan", lambda *_args: None)
    with _regency(postgres_admin_url, postgres_template) as db:
        by_core, core_indexes = _contents(db), _indexes(db)
    assert len(by_copy["asset"]) == 3000
    for table in TABLES:
        assert sorted(by_copy[table]) == sorted(by_core[table]), table
    model_indexes = {
        str(index.name) for model in (Asset, AssetEvent) for index in bulk._table(model).indexes
    }
    assert {"ix_asset_unit_name", "ix_asset_unit_year", "ix_asset_name"} <= model_indexes
    assert copy_indexes == core_indexes
    assert model_indexes <= copy_indexes["asset"] | copy_indexes["asset_event"]
    assert "ix_asset_search_trgm" in copy_indexes["asset"]
