"""Beranda: the register and the rooms' week as charts, reloading when data changes, and Enter
on an attention item opening the vehicle or house it is about."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from inventaris.accounts import authenticate
from inventaris.assets.editing import create_assets
from inventaris.assets.types import CONDITION_LABELS, Condition
from inventaris.core.changes import Change
from inventaris.core.db import Database
from inventaris.core.formatting import format_rupiah, group_thousands
from tests.support.builders import chair
from tests.ui.conftest import log_in, screenshot, show_active, start_launcher
from ui.context import AppContext
from ui.home.dashboard_page import DashboardPage
from ui.hub import hub
from ui.i18n import engine_text
from ui.residences.residences_page import ResidencesPage
from ui.vehicles.vehicles_page import VehiclesPage


def _page(qtbot, db: Database, language: str = "id") -> DashboardPage:
    page = DashboardPage(AppContext(db, authenticate(db, "admin", "demo1234"), language))
    qtbot.addWidget(page)
    page.resize(1110, 700)  # what the window leaves Beranda on a 1366×768 screen
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10_000)
    return page


def _counting_refreshes(page: DashboardPage) -> list[int]:
    calls: list[int] = []
    original: Callable[[], None] = page.refresh

    def counted() -> None:
        calls.append(1)
        original()

    page.refresh = counted  # type: ignore[method-assign]
    return calls


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_charts_show_the_register_and_the_rooms_week(
    qtbot, demo_db: Database, language: str
) -> None:
    page = _page(qtbot, demo_db, language)
    summary = page.summary
    assert summary is not None
    chart = page.register_chart
    assert [bar.text for bar in chart.bars] == [format_rupiah(t.value) for t in summary.by_kib]
    assert [bar.value for bar in chart.bars] == [t.value for t in summary.by_kib]
    assert sum(t.value for t in summary.by_kib) == summary.total_value > 0
    assert chart.bars[1].text in chart.accessibleDescription()
    screenshot(page, f"home-charts-{language}")

    page.findChild(QPushButton, "chartCount").click()
    assert [bar.text for bar in chart.bars] == [group_thousands(t.count) for t in summary.by_kib]
    page.findChild(QPushButton, "chartByCondition").click()
    assert [bar.value for bar in chart.bars] == [t.count for t in summary.by_condition]
    words = [engine_text(CONDITION_LABELS[condition]) for condition in Condition]
    assert [bar.label for bar in chart.bars] == words
    if language == "id":
        assert words == ["Baik", "Rusak Ringan", "Rusak Berat"]
    assert page.register_title.text() == page.tr("Number of assets by condition")
    screenshot(page, f"home-charts-condition-count-{language}")

    week = summary.week
    assert [bar.label for bar in page.week_chart.bars] == [room.name for room in week.rooms]
    assert [bar.value for bar in page.week_chart.bars] == [room.bookings for room in week.rooms]
    assert sum(room.bookings for room in week.rooms) > 0  # the demo books the rooms this week


def test_the_choice_of_chart_is_remembered(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.findChild(QPushButton, "chartByCondition").click()
    page.findChild(QPushButton, "chartCount").click()
    page.save_state()
    again = _page(qtbot, demo_db)
    assert (again.chart_grouping(), again.chart_measure()) == ("condition", "count")


def test_a_burst_of_changes_reloads_beranda_once(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    assert page.summary is not None
    before = page.summary.active_assets
    calls = _counting_refreshes(page)
    create_assets(demo_db, page.context.actor, chair())
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        hub().publish([Change("assets", None, frozenset(), remote=False)])
        hub().publish([Change("rooms", None, frozenset(), remote=False)])
        hub().publish([Change("assets", None, frozenset(), remote=True)])
    assert calls == [1]
    assert not page._refresh_timer.isActive()
    assert page.summary.active_assets == before + 1
    assert page.cards["assets"].value.text() == group_thousands(before + 1)
    assert page.register_chart.bars[1].text == format_rupiah(page.summary.by_kib[1].value)


def test_a_hidden_beranda_reloads_when_it_is_shown_again(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.hide()
    calls = _counting_refreshes(page)
    hub().publish([Change("bookings", None, frozenset(), remote=True)])
    qtbot.waitUntil(lambda: not page._refresh_timer.isActive(), timeout=5_000)
    assert calls == []  # nobody looks: nothing is read
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.show()
    assert calls == [1]


def test_enter_on_an_attention_item_opens_the_vehicle_or_house(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "admin")
    window = launcher.window
    show_active(qtbot, window)
    home = window.pages["home"]
    assert isinstance(home, DashboardPage) and home.summary is not None
    attention = home.summary.attention
    for area, page_type in (("vehicles", VehiclesPage), ("residences", ResidencesPage)):
        window.go_to("home")
        row = next(
            index
            for index, item in enumerate(attention)
            if item.asset_id is not None and area in item.area.lower()
        )
        wanted = attention[row].asset_id
        page = window.pages[area]
        assert isinstance(page, page_type)
        # Whatever the area shows now, a filter or a search, the item is chosen all the same.
        page.search.setText("tidak ada yang cocok")
        page.show_filter.setCurrentIndex(page.show_filter.count() - 2)
        home.attention.setCurrentRow(row)
        home.attention.setFocus()
        qtbot.keyClick(home.attention, Qt.Key.Key_Return)
        assert window.current_area() == area
        qtbot.waitUntil(
            lambda page=page, wanted=wanted: page.card is not None and page.card.asset_id == wanted,
            timeout=5_000,
        )
    screenshot(window, "home-attention-opened-residence-id")
