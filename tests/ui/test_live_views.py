"""Live views: what another PC writes shows on the open pages without F5, and the user's
selected row and scroll position stay where they were. The "other PC" is a second Database
object on the same file (its own connections, its own origin), as another program would be."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from inventaris.accounts import authenticate
from inventaris.assets.editing import create_assets
from inventaris.assets.events import change_condition
from inventaris.assets.types import Condition
from inventaris.bookings.service import BookingInput, book, bookable_resources
from inventaris.core.changes import Change
from inventaris.core.db import Database
from inventaris.core.timeutil import WIB
from inventaris.vehicles.records import FuelInput, add_fuel
from tests.conftest import FakeClock
from tests.support.builders import chair
from tests.ui.conftest import screenshot, show_active
from ui.assets.register_page import RegisterPage
from ui.bookings.bookings_page import BookingsPage
from ui.context import AppContext
from ui.home.dashboard_page import DashboardPage
from ui.hub import hub
from ui.live import LiveUpdates
from ui.vehicles.vehicles_page import VehiclesPage

TODAY = date(2026, 11, 28)  # the test clock's day (WIB)
SEEN_WITHIN_MS = 5_000


@pytest.fixture
def live(demo_db: Database) -> Iterator[LiveUpdates]:
    updates = LiveUpdates(demo_db)
    updates.start()
    assert updates.watcher is not None and updates.watcher.ready.wait(5)
    yield updates
    updates.stop()


@pytest.fixture
def other_pc(demo_db: Database, clock: FakeClock) -> Iterator[Database]:
    other = Database(str(demo_db.url), clock=clock)
    yield other
    other.dispose()


def _shown(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)


def test_the_register_shows_another_pcs_change_keeping_selection_and_scroll(
    qtbot, demo_db: Database, live: LiveUpdates, other_pc: Database
) -> None:
    keeper = authenticate(demo_db, "pengurus", "demo1234")
    page = RegisterPage(AppContext(demo_db, keeper, "id"))
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=SEEN_WITHIN_MS)
    while page.model.canFetchMore():  # scrolled past the first page
        page.model.fetchMore()
    loaded = page.model.rowCount()
    assert loaded > page.model.PAGE
    bar = page.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scroll = bar.value()
    assert scroll > 0
    page.select_rows([page.table.rowAt(120), page.table.rowAt(170)])  # two rows in sight
    chosen = page.selected_ids()
    assert len(chosen) == 2

    changed = page.model.rows[5]
    assert changed.condition != Condition.BADLY_DAMAGED
    change_condition(other_pc, keeper, [changed.id], Condition.BADLY_DAMAGED)

    qtbot.waitUntil(
        lambda: page.model.rows[5].condition == Condition.BADLY_DAMAGED, timeout=SEEN_WITHIN_MS
    )
    assert page.model.rowCount() == loaded
    assert page.selected_ids() == chosen
    assert page.table.verticalScrollBar().value() == scroll
    qtbot.waitUntil(lambda: page.summary.text() == page.summary_text, timeout=SEEN_WITHIN_MS)
    screenshot(page, "live-register-after-remote-change")


def test_own_save_and_what_follows_it_at_once_cost_one_refresh(
    qtbot, demo_db: Database, live: LiveUpdates
) -> None:
    keeper = authenticate(demo_db, "pengurus", "demo1234")
    page = RegisterPage(AppContext(demo_db, keeper, "id"))
    _shown(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=SEEN_WITHIN_MS)
    reloads: list[int] = []
    reload = page.model.reload
    page.model.reload = lambda: (reloads.append(1), reload())[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(hub().changed, timeout=SEEN_WITHIN_MS):
        create_assets(demo_db, keeper, chair())  # heard from the database (this PC)...
        qtbot.wait(20)  # ...as a dialog's callback runs after the save
        # ...and the same burst heard again (the watcher, another write of the same use case)
        hub().publish([Change("assets", None, frozenset(), remote=False)])
        hub().publish([Change("rooms", None, frozenset(), remote=False)])
    qtbot.wait(400)  # nothing else follows
    assert reloads == [1]


def test_a_booking_made_on_another_pc_appears_in_the_day_view(
    qtbot, demo_db: Database, live: LiveUpdates, other_pc: Database
) -> None:
    clerk = authenticate(demo_db, "sekretariat", "demo1234")
    page = BookingsPage(AppContext(demo_db, clerk, "id"))
    _shown(qtbot, page)
    assert page.day.date() == QDate(TODAY.year, TODAY.month, TODAY.day)  # opens on today
    qtbot.waitUntil(lambda: bool(page.grid.columns), timeout=SEEN_WITHIN_MS)
    rooms = bookable_resources(demo_db, clerk)
    mine = book(
        demo_db,
        clerk,
        BookingInput(
            rooms[0].resource,
            datetime.combine(TODAY, time(14), WIB),
            datetime.combine(TODAY, time(14, 30), WIB),
            "Apel",
        ),
    )
    qtbot.waitUntil(lambda: any(b.id == mine.id for b in page.bookings), timeout=SEEN_WITHIN_MS)
    page.grid.selected = mine.id

    theirs = book(
        other_pc,
        clerk,
        BookingInput(
            rooms[-1].resource,
            datetime.combine(TODAY, time(16), WIB),
            datetime.combine(TODAY, time(17), WIB),
            "Rapat dari PC lain",
        ),
    )
    qtbot.waitUntil(lambda: any(b.id == theirs.id for b in page.bookings), timeout=SEEN_WITHIN_MS)
    assert page.grid.selected == mine.id
    screenshot(page, "live-bookings-after-remote-booking")


def test_beranda_and_the_vehicle_card_follow_a_fuel_fill_on_another_pc(
    qtbot, demo_db: Database, live: LiveUpdates, other_pc: Database
) -> None:
    keeper = authenticate(demo_db, "pengurus", "demo1234")
    coordinator = authenticate(demo_db, "koordinator", "demo1234")
    home = DashboardPage(AppContext(demo_db, keeper, "id"))
    _shown(qtbot, home)
    qtbot.waitUntil(lambda: home.summary is not None, timeout=SEEN_WITHIN_MS)
    assert home.summary is not None
    before = home.summary.active_assets
    vehicles = VehiclesPage(AppContext(demo_db, coordinator, "id"))
    with qtbot.waitSignal(vehicles.card_loaded, timeout=SEEN_WITHIN_MS):
        _shown(qtbot, vehicles)
    card = vehicles.card
    assert card is not None and card.odometer is not None
    km = card.odometer.km + 1_234

    add_fuel(
        other_pc,
        coordinator,
        FuelInput(card.asset_id, TODAY, "Pertalite", Decimal("20"), 10_000, km, "Syahrial"),
    )
    qtbot.waitUntil(
        lambda: (
            vehicles.card is not None
            and vehicles.card.odometer is not None
            and vehicles.card.odometer.km == km
        ),
        timeout=SEEN_WITHIN_MS,
    )
    assert vehicles.card is not None and vehicles.card.asset_id == card.asset_id

    create_assets(other_pc, keeper, chair())
    qtbot.waitUntil(
        lambda: home.summary is not None and home.summary.active_assets == before + 1,
        timeout=SEEN_WITHIN_MS,
    )
