"""Capitalising an improvement from the register: the amount, and the years it adds to the life."""

from __future__ import annotations

from pathlib import Path

from inventaris.accounts import authenticate
from inventaris.assets.editing import get_asset
from inventaris.assets.events import asset_history
from inventaris.core.db import Database
from tests.ui.conftest import screenshot, show_active
from ui.assets.event_dialogs import CapitaliseDialog
from ui.assets.register_page import RegisterPage
from ui.context import AppContext


def _page(qtbot, db: Database) -> RegisterPage:
    page = RegisterPage(AppContext(db, authenticate(db, "pengurus", "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=10_000)
    return page


def test_one_asset_is_capitalised_with_extra_years(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.select_rows([0, 1])
    assert page.capitalise_action.isVisible() and not page.capitalise_action.isEnabled()
    page.select_rows([0])
    assert page.capitalise_action.isEnabled()
    (asset_id,) = page.selected_ids()
    before = get_asset(demo_db, page.context.actor, asset_id).price
    dialog = CapitaliseDialog(page.context, asset_id, page)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert (dialog.extra_years.minimum(), dialog.extra_years.maximum()) == (0, 50)
    dialog.apply()  # no amount: refused, said beside the field
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert dialog.error.isVisible()
    dialog.amount.set_amount(2_500_000)
    dialog.extra_years.setValue(2)
    dialog.note.setText("ganti mesin")
    screenshot(dialog, "capitalise_dialog_id")
    Path("/tmp/depreciation-helper").mkdir(exist_ok=True)
    assert dialog.grab().save("/tmp/depreciation-helper/capitalise_dialog_id.png")
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)
    assert not dialog.isVisible()
    assert get_asset(demo_db, page.context.actor, asset_id).price == before + 2_500_000
    last = asset_history(demo_db, page.context.actor, asset_id)[-1]
    assert last.kind.value == "value_changed"
    assert (last.amount, last.details["extra_years"], last.note) == (2_500_000, 2, "ganti mesin")


def test_pimpinan_cannot_capitalise(qtbot, demo_db: Database) -> None:
    page = RegisterPage(AppContext(demo_db, authenticate(demo_db, "pimpinan", "demo1234"), "id"))
    qtbot.addWidget(page)
    page.select_rows([0])
    assert not page.capitalise_action.isVisible() and not page.capitalise_action.isEnabled()
