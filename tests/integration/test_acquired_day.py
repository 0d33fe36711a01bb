"""An item whose register knows only the year of acquisition: its ``acquired`` event keeps the
day as unknown and is never dated after the day it was recorded. The clock stands on
28 November 2026 (09.00 WIB)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from inventaris.assets.editing import create_assets
from inventaris.assets.events import asset_history, move_assets
from inventaris.assets.types import EventKind, acquired_on
from inventaris.core.db import Database
from inventaris.inventory.positions import inventory_snapshot
from inventaris.model import Asset, AssetEvent
from tests.integration.test_import import kib_b_row, office_kib_b, run
from tests.support.builders import a_room, chair, first_admin

TODAY = date(2026, 11, 28)


def test_a_year_alone_this_year_is_dated_no_later_than_today(db: Database) -> None:
    admin = first_admin(db)
    room = a_room(db, admin)
    item = create_assets(db, admin, chair(acquisition_date=None, acquisition_year=2026))[0]
    move_assets(db, admin, [item.id], room, occurred_on=TODAY)
    acquired, moved = asset_history(db, admin, item.id)
    assert acquired.kind is EventKind.ACQUIRED and moved.kind is EventKind.MOVED
    assert acquired.occurred_on == TODAY  # not 31-12-2026, after the move
    assert not acquired.day_known and acquired.details["day_known"] is False
    assert moved.day_known


def test_a_year_alone_of_a_past_year_is_its_31_december(db: Database) -> None:
    admin = first_admin(db)
    item = create_assets(db, admin, chair(acquisition_date=None, acquisition_year=2019))[0]
    (acquired,) = asset_history(db, admin, item.id)
    assert acquired.occurred_on == date(2019, 12, 31) and not acquired.day_known


def test_a_known_day_is_kept_as_it_is(db: Database) -> None:
    admin = first_admin(db)
    item = create_assets(
        db, admin, chair(acquisition_date=date(2026, 3, 15), acquisition_year=2026)
    )[0]
    (acquired,) = asset_history(db, admin, item.id)
    assert acquired.occurred_on == date(2026, 3, 15) and acquired.day_known
    assert "day_known" not in acquired.details


def test_an_event_recorded_before_the_rule_is_shown_by_its_year(db: Database) -> None:
    admin = first_admin(db)
    item = create_assets(db, admin, chair(acquisition_date=None, acquisition_year=2026))[0]
    with db.write(admin) as session:  # as an older version wrote it: 31 December, no detail
        event = session.scalars(select(AssetEvent).where(AssetEvent.asset_id == item.id)).one()
        event.occurred_on = date(2026, 12, 31)
        event.details = {"method": "Pengadaan"}
    (acquired,) = asset_history(db, admin, item.id)
    assert acquired.occurred_on == TODAY and not acquired.day_known


def test_the_rule_never_leaves_the_year() -> None:
    assert acquired_on(None, 2026, date(2026, 3, 1)) == date(2026, 3, 1)
    assert acquired_on(None, 2026, date(2027, 3, 1)) == date(2026, 12, 31)
    assert acquired_on(None, 2026, date(2025, 5, 1)) == date(2026, 1, 1)  # year corrected later
    assert acquired_on(date(2026, 2, 2), 2026, date(2026, 1, 1)) == date(2026, 2, 2)


def test_an_item_of_this_year_with_the_year_alone_is_on_todays_register(db: Database) -> None:
    admin = first_admin(db)
    item = create_assets(db, admin, chair(acquisition_date=None, acquisition_year=2026))[0]
    with inventory_snapshot(db, admin, 2026, as_of=TODAY) as snapshot:
        assert item.id in {found.asset_id for found in snapshot.items()}
        assert snapshot.count() == 1
    with inventory_snapshot(db, admin, 2026, as_of=date(2026, 11, 27)) as snapshot:
        assert snapshot.count() == 0  # recorded on the 28th: not there the day before
    with inventory_snapshot(db, admin, 2026) as snapshot:
        assert snapshot.count() == 1


def test_an_imported_year_alone_is_dated_no_later_than_today(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    row = kib_b_row(
        1,
        "1.3.2.05.02.01.003",
        "Kursi Besi",
        "000001",
        **{"Tahun Pembelian": 2026, "Harga (Rp)": 450_000},
    )
    report = run(db, admin, office_kib_b(tmp_path / "kib-b.xlsx", [row]))
    assert report.problems == () and report.written
    with db.read() as session:
        asset_id = session.scalars(select(Asset.id)).one()
    (acquired,) = asset_history(db, admin, asset_id)
    assert acquired.occurred_on == TODAY and not acquired.day_known
