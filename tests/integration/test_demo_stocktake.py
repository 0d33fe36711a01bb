"""The demo's stock-take: last year's, finished, with a row in each list the office meets, two
follow-ups applied and the rest waiting; and a finished count no longer moves with the register."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select

from inventaris.accounts import authenticate
from inventaris.assets.editing import create_assets
from inventaris.assets.events import asset_history
from inventaris.assets.types import EventKind
from inventaris.core.db import Database
from inventaris.core.timeutil import to_wib
from inventaris.demo.office import DEMO_PASSWORD, load_demo_data
from inventaris.locations import list_rooms
from inventaris.model import StocktakeScan
from inventaris.stocktake.counting import places
from inventaris.stocktake.followups import list_followups
from inventaris.stocktake.results import stocktake_counts, stocktake_results
from inventaris.stocktake.sessions import list_stocktakes
from inventaris.stocktake.types import FollowUpKind
from tests.support.builders import chair

LISTS = ("III.B.1", "III.B.2", "III.B.5", "III.B.7", "III.B.8", "III.B.9", "III.B.11")


def test_the_demo_has_last_years_finished_stocktake_with_each_finding(db: Database) -> None:
    load_demo_data(db, assets=400, seed=3)
    admin = authenticate(db, "admin", DEMO_PASSWORD)
    [stocktake] = list_stocktakes(db, admin)
    year = to_wib(db.clock()).year - 1
    assert stocktake.name == f"Inventarisasi BMD {year}" and not stocktake.is_open
    assert stocktake.decree_number.endswith(f"/{year}") and stocktake.decree_date is not None
    assert stocktake.decree_date < stocktake.started_on
    assert stocktake.ends_on is not None and stocktake.ends_on.year == year
    assert stocktake.closed_at is not None and to_wib(stocktake.closed_at).year == year
    assert [member.role for member in stocktake.team] == ["Ketua", "Sekretaris", "Anggota"]
    with db.engine.connect() as connection:
        people = {
            nip
            for query in (
                "SELECT nip FROM app_user",
                "SELECT head_nip FROM unit",
                "SELECT custodian_nip FROM unit",
            )
            for nip in connection.exec_driver_sql(query).scalars()
        }
    assert {member.nip for member in stocktake.team} <= people

    results = stocktake_results(db, admin, stocktake.id)
    for number in LISTS:
        assert results.lists[number], number
    counts = results.counts
    assert counts.found + counts.not_found == counts.expected > 300
    assert counts.not_found == len(results.lists["III.B.1"]) + len(results.lists["III.B.2"])
    assert counts.misplaced >= 2 and counts.unknown == 2
    assert all(place.closed for place in places(db, admin, stocktake.id))
    # The scans were made last year, on working days in office hours (WIB).
    with db.read() as session:
        moments = [to_wib(m) for m in session.scalars(select(StocktakeScan.scanned_at))]
    assert moments and all(m.weekday() < 5 and time(8) <= m.time() <= time(16) for m in moments)
    assert all(stocktake.started_on <= m.date() <= stocktake.ends_on for m in moments)

    followups = list_followups(db, admin, stocktake.id)
    done = {view.kind: view for view in followups if view.done_on is not None}
    assert set(done) == {FollowUpKind.MOVE, FollowUpKind.CONDITION}
    assert sum(view.done_on is None for view in followups) >= 5
    for kind, event in ((FollowUpKind.MOVE, EventKind.MOVED), (FollowUpKind.CONDITION, None)):
        view = done[kind]
        assert view.asset_id is not None and view.done_on is not None
        assert stocktake.ends_on < view.done_on < date(year + 1, 1, 1)
        history = asset_history(db, admin, view.asset_id)
        last = history[-1]
        assert last.occurred_on == view.done_on
        assert last.kind is (event or EventKind.CONDITION_CHANGED)
        assert stocktake.name in last.note


def test_a_finished_stocktake_no_longer_moves_with_the_register(db: Database) -> None:
    load_demo_data(db, assets=120, seed=2)
    admin = authenticate(db, "admin", DEMO_PASSWORD)
    [stocktake] = list_stocktakes(db, admin)
    before = stocktake_counts(db, admin, stocktake.id)
    rooms = places(db, admin, stocktake.id)
    room = next(room for room in list_rooms(db, admin) if room.code == "R.01")
    create_assets(db, admin, chair(room_id=room.id), 3)  # bought after the count
    assert stocktake_counts(db, admin, stocktake.id) == before
    assert places(db, admin, stocktake.id) == rooms
