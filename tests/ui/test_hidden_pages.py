"""A page the user is not looking at reads nothing when data changes: it keeps the changes and
reloads once when it is shown again; a page on screen still refreshes at once.

The changes come from "another PC": a second Database object on the same file, whose commits
reach the hub as remote changes (what the watcher would deliver). Reads are counted on this
PC's engine, so whatever the hidden page would have read shows up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget
from sqlalchemy import event

from inventaris.accounts import authenticate
from inventaris.assets.editing import create_assets
from inventaris.bookings.service import BookingInput, book, bookable_resources
from inventaris.core.changes import Change
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.core.timeutil import WIB
from inventaris.locations import RoomInput, save_room
from inventaris.residences.occupancy import end_occupancy
from inventaris.residences.views import residence_rows
from inventaris.stocktake.sessions import list_stocktakes, start_stocktake
from inventaris.stocktake.types import StocktakeInput
from tests.conftest import FakeClock
from tests.support.builders import chair, vehicle
from tests.ui.conftest import log_in, screenshot, show_active, start_launcher
from ui.assets.register_page import RegisterPage
from ui.bookings.bookings_page import BookingsPage
from ui.context import AppContext
from ui.home.dashboard_page import DashboardPage
from ui.hub import hub
from ui.residences.residences_page import ResidencesPage
from ui.rooms.rooms_page import RoomsPage
from ui.stocktake.stocktake_page import StocktakePage
from ui.vehicles.vehicles_page import VehiclesPage

TODAY = date(2026, 11, 28)  # the test clock's day (WIB)
SEEN_WITHIN_MS = 5_000
NEW_CHAIR = "Kursi lipat dari PC lain"


@dataclass(frozen=True)
class Case:
    page: type[QWidget]
    username: str
    # On the other PC: write something the page shows; returns what to look for.
    write: Callable[[Database, Actor], Any]
    # Whether the page shows it.
    shows: Callable[[Any, Any], bool]
    prepare: Callable[[Any], None] = lambda page: None


def _new_chair(db: Database, actor: Actor) -> int:
    (made,) = create_assets(db, actor, chair(name=NEW_CHAIR))
    return made.id


def _register_looks_for_it(page: RegisterPage) -> None:
    page.search.setText(NEW_CHAIR)  # the new row among the first rows, whatever the sort
    page.apply_filter()


def _new_room(db: Database, actor: Actor) -> int:
    return save_room(db, actor, RoomInput(code="R.PCL", name="Ruang dari PC lain")).id


def _new_vehicle(db: Database, actor: Actor) -> int:
    (made,) = create_assets(db, actor, vehicle(plate_number="BK 4321 XY"))
    return made.id


def _new_booking(db: Database, actor: Actor) -> int:
    rooms = bookable_resources(db, actor)
    return book(
        db,
        actor,
        BookingInput(
            rooms[-1].resource,
            datetime.combine(TODAY, time(16), WIB),
            datetime.combine(TODAY, time(17), WIB),
            "Rapat dari PC lain",
        ),
    ).id


def _moved_out(db: Database, actor: Actor) -> int:
    row = next(row for row in residence_rows(db, actor) if row.occupant is not None)
    assert row.occupant is not None
    end_occupancy(db, actor, row.occupant.id, TODAY, "mutasi")
    return row.asset_id


def _new_stocktake(db: Database, actor: Actor) -> int:
    assert not any(view.is_open for view in list_stocktakes(db, actor))
    return start_stocktake(db, actor, StocktakeInput(name="Inventarisasi dari PC lain")).id


def _dashboard_count(page: DashboardPage) -> int:
    assert page.summary is not None
    return page.summary.active_assets


CASES = {
    "register": Case(
        RegisterPage,
        "pengurus",
        _new_chair,
        lambda page, made: made in [row.id for row in page.model.rows],
        _register_looks_for_it,
    ),
    "rooms": Case(
        RoomsPage,
        "pengurus",
        _new_room,
        lambda page, made: made in [room.id for room in page.model.rooms],
    ),
    "vehicles": Case(
        VehiclesPage,
        "pengurus",
        _new_vehicle,
        lambda page, made: made in [row.asset_id for row in page.fleet_model.rows],
    ),
    "bookings": Case(
        BookingsPage,
        "sekretariat",
        _new_booking,
        lambda page, made: made in [booking.id for booking in page.bookings],
    ),
    "residences": Case(
        ResidencesPage,
        "pengurus",
        _moved_out,
        lambda page, house: any(
            row.asset_id == house and row.occupant is None for row in page.model.rows
        ),
    ),
    "stocktake": Case(
        StocktakePage,
        "pengurus",
        _new_stocktake,
        lambda page, made: made in [view.id for view in page.stocktakes],
    ),
    "home": Case(
        DashboardPage,
        "pengurus",
        lambda db, actor: (_new_chair(db, actor), "one more"),
        lambda page, _made: page.summary is not None and page.summary.active_assets == page.before,
        lambda page: setattr(page, "before", _dashboard_count(page) + 1),
    ),
}


@pytest.fixture
def reads(demo_db: Database) -> Iterator[list[str]]:
    """Every statement this PC's engine runs, from any thread."""
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(demo_db.engine, "before_cursor_execute", count)
    yield seen
    event.remove(demo_db.engine, "before_cursor_execute", count)


@pytest.fixture
def other_pc(demo_db: Database, clock: FakeClock) -> Iterator[Database]:
    """Another PC on the same data: what it commits reaches this PC's hub as remote changes."""
    other = Database(str(demo_db.url), clock=clock)

    def heard(changes: tuple[Change, ...]) -> None:
        hub().publish([replace(change, remote=True) for change in changes])

    other.add_change_listener(heard)
    yield other
    other.remove_change_listener(heard)
    other.dispose()


def _counting(monkeypatch, page_type: type[QWidget]) -> list[int]:  # type: ignore[no-untyped-def]
    """Count the page's reloads: patched on the class before the page is made, so the
    connections made in its constructor count too."""
    calls: list[int] = []
    original = page_type.refresh  # type: ignore[attr-defined]

    def counted(self: QWidget, *args: object) -> None:
        calls.append(1)
        original(self, *args)

    monkeypatch.setattr(page_type, "refresh", counted)
    return calls


def _settle(qtbot, reads: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Wait until the background loads are over, no single-shot timer of the pages or the hub
    is still to fire (the hub's gathering, the pages' own short delays) and nothing more is
    read: waiting on what is pending, not a fixed time, keeps these tests quick."""
    pool = QThreadPool.globalInstance()
    app = QApplication.instance()
    assert app is not None
    while True:
        before = len(reads)
        pool.waitForDone(SEEN_WITHIN_MS)
        QCoreApplication.processEvents()
        pending = [
            timer
            for widget in app.allWidgets()
            for timer in widget.findChildren(
                QTimer, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if timer.isActive() and timer.isSingleShot()
        ]
        if hub()._timer.isActive():
            pending.append(hub()._timer)
        if pending:
            qtbot.waitUntil(
                lambda timers=pending: not any(t.isActive() for t in timers),
                timeout=SEEN_WITHIN_MS,
            )
            continue
        qtbot.wait(10)  # what the last callbacks queued
        if len(reads) == before and pool.activeThreadCount() == 0:
            return


def _hosted(qtbot, demo_db: Database, case: Case) -> tuple[QStackedWidget, Any]:  # type: ignore[no-untyped-def]
    """The page in a stack, as in the window, behind another page."""
    actor = authenticate(demo_db, case.username, "demo1234")
    host = QStackedWidget()
    qtbot.addWidget(host)
    host.resize(1280, 720)
    elsewhere = QLabel("Pengaturan")
    host.addWidget(elsewhere)
    page = case.page(AppContext(demo_db, actor, "id"))  # type: ignore[call-arg]
    host.addWidget(page)
    host.setCurrentWidget(page)
    show_active(qtbot, host)
    return host, page


@pytest.mark.parametrize("name", list(CASES))
def test_a_hidden_page_reads_nothing_and_reloads_once_when_shown(
    qtbot, monkeypatch, demo_db: Database, other_pc: Database, reads: list[str], name: str
) -> None:
    case = CASES[name]
    calls = _counting(monkeypatch, case.page)
    host, page = _hosted(qtbot, demo_db, case)
    _settle(qtbot, reads)
    case.prepare(page)
    host.setCurrentWidget(host.widget(0))
    assert not page.isVisible()
    _settle(qtbot, reads)
    calls.clear()
    reads.clear()

    with qtbot.waitSignal(hub().changed, timeout=SEEN_WITHIN_MS):
        made = case.write(other_pc, other_pc_actor(other_pc, case))
    _settle(qtbot, reads)
    assert reads == []  # nobody looks: nothing is read
    assert calls == []
    assert page.data_changes.stale
    assert not case.shows(page, made)

    host.setCurrentWidget(page)
    qtbot.waitUntil(lambda: case.shows(page, made), timeout=SEEN_WITHIN_MS)
    _settle(qtbot, reads)
    assert calls == [1]
    assert not page.data_changes.stale


def other_pc_actor(db: Database, case: Case) -> Actor:
    return authenticate(db, case.username, "demo1234")


@pytest.mark.parametrize("name", list(CASES))
def test_a_page_on_screen_refreshes_at_once(
    qtbot, monkeypatch, demo_db: Database, other_pc: Database, reads: list[str], name: str
) -> None:
    case = CASES[name]
    calls = _counting(monkeypatch, case.page)
    _host, page = _hosted(qtbot, demo_db, case)
    _settle(qtbot, reads)
    case.prepare(page)
    _settle(qtbot, reads)
    calls.clear()

    made = case.write(other_pc, other_pc_actor(other_pc, case))
    qtbot.waitUntil(lambda: case.shows(page, made), timeout=SEEN_WITHIN_MS)
    _settle(qtbot, reads)
    assert calls == [1]
    assert not page.data_changes.stale


@pytest.mark.parametrize("name", list(CASES))
def test_a_page_shown_with_nothing_changed_does_not_load_again(
    qtbot, monkeypatch, demo_db: Database, reads: list[str], name: str
) -> None:
    case = CASES[name]
    calls = _counting(monkeypatch, case.page)
    host, page = _hosted(qtbot, demo_db, case)
    _settle(qtbot, reads)
    host.setCurrentWidget(host.widget(0))
    hub().publish([Change("users", None, frozenset(), remote=True)])  # shown by no such page
    _settle(qtbot, reads)
    calls.clear()
    reads.clear()
    host.setCurrentWidget(page)
    _settle(qtbot, reads)
    assert calls == []
    assert reads == []


def test_the_register_shown_again_keeps_its_selection_and_scroll(
    qtbot, monkeypatch, demo_db: Database, other_pc: Database, reads: list[str]
) -> None:
    from inventaris.assets.events import change_condition
    from inventaris.assets.types import Condition

    calls = _counting(monkeypatch, RegisterPage)
    case = CASES["register"]
    host, page = _hosted(qtbot, demo_db, case)
    _settle(qtbot, reads)
    while page.model.canFetchMore():  # scrolled past the first page
        page.model.fetchMore()
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    assert scroll > 0
    page.select_rows([page.table.rowAt(120), page.table.rowAt(170)])
    chosen = page.selected_ids()
    assert len(chosen) == 2
    host.setCurrentWidget(host.widget(0))
    _settle(qtbot, reads)
    calls.clear()

    changed = page.model.rows[5]
    assert changed.condition != Condition.BADLY_DAMAGED
    keeper = other_pc_actor(other_pc, case)
    with qtbot.waitSignal(hub().changed, timeout=SEEN_WITHIN_MS):
        change_condition(other_pc, keeper, [changed.id], Condition.BADLY_DAMAGED)
    _settle(qtbot, reads)
    assert calls == [] and page.model.rows[5].condition != Condition.BADLY_DAMAGED

    host.setCurrentWidget(page)
    assert calls == [1]  # at once, as it is shown
    assert page.model.rows[5].condition == Condition.BADLY_DAMAGED
    assert page.selected_ids() == chosen
    assert page.table.verticalScrollBar().value() == scroll
    screenshot(host, "hidden-register-shown-again")


def test_f5_reloads_the_page_on_screen_at_once(
    qtbot, monkeypatch, demo_db: Database, reads: list[str]
) -> None:
    calls = _counting(monkeypatch, RoomsPage)
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "pengurus")
    window = launcher.window
    show_active(qtbot, window)
    window.go_to("rooms")
    _settle(qtbot, reads)
    calls.clear()
    window.refresh_current()
    assert calls == [1]


def test_a_burst_of_changes_leaves_the_windows_hidden_pages_unread(
    qtbot, demo_db: Database, other_pc: Database
) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "admin")
    window = launcher.window
    show_active(qtbot, window)
    assert window.live is not None and window.context is not None
    window.live.stop()  # its watcher reads the file now and then; the other PC is heard directly
    window.go_to("settings")
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    engine = window.context.db.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        _settle(qtbot, seen)
        seen.clear()
        admin = authenticate(other_pc, "admin", "demo1234")
        with qtbot.waitSignal(hub().changed, timeout=SEEN_WITHIN_MS):
            made = _new_chair(other_pc, admin)
            room = _new_room(other_pc, admin)
        hub().publish([Change(area, None, frozenset(), remote=True) for area in AREAS_SHOWN])
        _settle(qtbot, seen)
        assert seen == []  # Pengaturan on screen: no other page read anything

        register, rooms = window.pages["assets"], window.pages["rooms"]
        assert isinstance(register, RegisterPage) and isinstance(rooms, RoomsPage)
        assert rooms.data_changes.stale and register.data_changes.stale
        assert room not in [each.id for each in rooms.model.rooms]
        window.go_to("rooms")  # shown: read at once
        assert room in [each.id for each in rooms.model.rooms]
        assert not rooms.data_changes.stale and register.data_changes.stale
        window.go_to("assets")
        register.search.setText(NEW_CHAIR)
        register.apply_filter()
        assert made in [row.id for row in register.model.rows]
    finally:
        event.remove(engine, "before_cursor_execute", count)


AREAS_SHOWN = ("assets", "rooms", "vehicles", "bookings", "residences", "stocktake", "units")
