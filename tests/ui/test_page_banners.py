"""A list page that cannot load (the server gone) says so in a banner with Try again (not a
message box, not text left behind), and the banner goes when a later load succeeds (issue 21
item 3): bookings, residences, stock-take, Beranda, rooms and the register, as the vehicles
page does (tests/ui/test_server_gone_ui.py stops a real server for that one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from inventaris.accounts import authenticate
from inventaris.core.db import MSG_CONNECTION_LOST, Database
from inventaris.core.errors import DatabaseError
from tests.ui.conftest import screenshot, show_active
from ui.busy import ErrorBanner
from ui.context import AppContext
from ui.errors import is_connection_lost


class Outage:
    """Wraps a page's loader: while ``down``, it fails as a lost connection does."""

    def __init__(self, loader: Callable[..., Any]) -> None:
        self.loader = loader
        self.down = False
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.down:
            raise DatabaseError(MSG_CONNECTION_LOST, server="10.0.0.5:5432")
        return self.loader(*args, **kwargs)


def _bookings(context: AppContext) -> QWidget:
    from ui.bookings.bookings_page import BookingsPage

    return BookingsPage(context)


def _residences(context: AppContext) -> QWidget:
    from ui.residences.residences_page import ResidencesPage

    return ResidencesPage(context)


def _stocktake(context: AppContext) -> QWidget:
    from ui.stocktake.stocktake_page import StocktakePage

    return StocktakePage(context)


def _home(context: AppContext) -> QWidget:
    from ui.home.dashboard_page import DashboardPage

    return DashboardPage(context)


def _rooms(context: AppContext) -> QWidget:
    from ui.rooms.rooms_page import RoomsPage

    return RoomsPage(context)


def _register(context: AppContext) -> QWidget:
    from ui.assets.register_page import RegisterPage

    return RegisterPage(context)


# page, who, the module whose loader fails, the loader, whether it loads on the worker
PAGES = {
    "bookings": (_bookings, "sekretariat", "ui.bookings.bookings_page", "bookings_between", True),
    "booking_rooms": (
        _bookings,
        "sekretariat",
        "ui.bookings.bookings_page",
        "bookable_resources",
        True,  # the rooms load at once; the bookings after them on the worker
    ),
    "residences": (
        _residences,
        "pengurus",
        "ui.residences.residences_page",
        "residence_rows",
        True,
    ),
    "stocktake": (_stocktake, "pengurus", "ui.stocktake.stocktake_page", "list_stocktakes", True),
    "home": (_home, "pengurus", "ui.home.dashboard_page", "dashboard_summary", True),
    "rooms": (_rooms, "pengurus", "ui.rooms.rooms_page", "list_rooms", False),
    "register": (_register, "pengurus", "ui.assets.register_model", "list_register", False),
}


def _banner(page: QWidget) -> ErrorBanner:
    # The stock-take page's ``banner`` is the scans' result; its load failures have their own.
    banner = page.load_banner if hasattr(page, "load_banner") else page.banner  # type: ignore[attr-defined]
    assert isinstance(banner, ErrorBanner)
    return banner


def _answered(qtbot, page: QWidget, on_worker: bool, action: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    """Do ``action`` (a load) and wait until the page has its answer."""
    if on_worker:
        with qtbot.waitSignal(page.loaded, timeout=10_000):  # type: ignore[attr-defined]
            action()
    else:
        action()


@pytest.mark.parametrize("name", list(PAGES))
def test_a_failed_load_shows_the_banner_and_the_next_load_clears_it(
    qtbot, demo_db: Database, monkeypatch, name: str
) -> None:
    import importlib

    build, username, module_name, loader, on_worker = PAGES[name]
    module = importlib.import_module(module_name)
    outage = Outage(getattr(module, loader))
    monkeypatch.setattr(module, loader, outage)
    context = AppContext(demo_db, authenticate(demo_db, username, "demo1234"), "id")
    page = build(context)
    qtbot.addWidget(page)
    page.resize(1280, 640)
    if on_worker:
        with qtbot.waitSignal(page.loaded, timeout=10_000):  # type: ignore[attr-defined]
            show_active(qtbot, page)
    else:
        show_active(qtbot, page)
    banner = _banner(page)
    assert banner.isHidden() and outage.calls >= 1

    outage.down = True
    refresh = page.reload_resources if loader == "bookable_resources" else page.refresh  # type: ignore[attr-defined]
    _answered(qtbot, page, on_worker, refresh)
    assert banner.isVisible(), name
    assert banner.error is not None and is_connection_lost(banner.error)
    assert "10.0.0.5:5432" in banner.text.text() and "postgresql" not in banner.text.text()
    assert banner.retry_button.isVisible() and banner.retry_button.text() == "Coba lagi"
    screenshot(page, f"page_banner_{name}_id")
    # Still down: trying again says so again, the button usable again.
    _answered(qtbot, page, on_worker, banner.retry_button.click)
    assert banner.isVisible() and banner.retry_button.isEnabled()

    outage.down = False
    _answered(qtbot, page, on_worker, banner.retry_button.click)
    assert banner.isHidden(), name
