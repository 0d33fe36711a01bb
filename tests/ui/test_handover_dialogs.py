"""The handover dialogs driven from the register: hand two items to an employee (the person
offered by the completer), print the BAST, see what they hold, take them back, lend one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import ui.printing
from inventaris.accounts import authenticate
from inventaris.assets.editing import get_asset
from inventaris.assets.types import AssetStatus
from inventaris.core.db import Database
from inventaris.handovers.queries import held_items, list_handovers
from tests.ui.conftest import screenshot, show_active
from tests.ui.papers_on_worker import held_write, while_held
from tests.ui.test_stocktake_printing import _pages
from ui.assets.register_page import RegisterPage
from ui.context import AppContext
from ui.handovers.dialogs import (
    EndLoanDialog,
    HandoverDialog,
    HeldItemsDialog,
    LoanDialog,
    ReturnDialog,
)

NIP = "198503152010011002"
SHOTS = Path("/tmp/handover")


def _page(qtbot, db: Database) -> RegisterPage:
    page = RegisterPage(AppContext(db, authenticate(db, "pengurus", "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=10_000)
    return page


def _free_rows(page: RegisterPage, count: int) -> list[int]:
    rows = [
        row
        for row in range(page.model.rowCount())
        if not page.model.row_at(row).holder_name
        and page.model.row_at(row).code.startswith("1.3.2.")
        and page.model.row_at(row).status == AssetStatus.ACTIVE
    ]
    return rows[:count]


def _done(qtbot, dialog) -> None:
    """The save runs on the worker: wait for its answer."""
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


def _shot(dialog, name: str) -> None:
    screenshot(dialog, name)
    SHOTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"{name}.png"))


def test_a_handover_from_the_register_prints_the_bast_and_the_return_ends_it(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_db)
    page.select_rows(_free_rows(page, 2))
    ids = page.selected_ids()
    assert page.handover_action.isVisible() and page.handover_action.isEnabled()
    dialog = HandoverDialog(page.context, ids, page)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    assert dialog.items.rowCount() == 2
    number = dialog.number.text()
    assert number.endswith("/BAST/2026")  # the default pattern, pre-filled
    dialog.apply(tmp_path / "refused.pdf")  # no employee yet: refused beside the field
    _done(qtbot, dialog)
    assert dialog.error.isVisible() and dialog.isVisible()
    # the completer offers users and past holders: one chosen fills name, NIP and position
    offered = next(text for text in dialog.people if dialog.people[text].nip)
    dialog._chosen_person(offered)
    assert dialog.holder_nip.text()
    dialog.holder_name.setText("Andi Saputra")
    dialog.holder_nip.setText("19850315 201001 1 002")
    dialog.holder_position.setText("Analis Kebijakan")
    _shot(dialog, "handover_dialog_id")
    # Saved, then the BAST laid out and written on the worker: the dialog answers meanwhile.
    with held_write(monkeypatch, ui.printing) as held:
        dialog.apply(tmp_path / "bast.pdf")
        while_held(
            qtbot,
            held,
            dialog.busy,
            [dialog.buttons],
            again=lambda: dialog.apply(tmp_path / "twice.pdf"),
            shot="handover_bast_writing_id",
        )
    _done(qtbot, dialog)
    assert not (tmp_path / "twice.pdf").exists()
    assert not dialog.isVisible()
    text = " ".join(_pages(tmp_path / "bast.pdf"))
    assert "BERITA ACARA SERAH TERIMA PEMAKAIAN" in text and "19850315 201001 1 002" in text
    assert f"Nomor: {number}" in text
    assert {item.asset_id for item in held_items(demo_db, page.context.actor, NIP)} == set(ids)

    held = HeldItemsDialog(page.context, NIP, page)
    qtbot.addWidget(held)
    show_active(qtbot, held)
    assert held.table.rowCount() == 2 and "Andi Saputra" in held.summary.text()
    _shot(held, "held_items_dialog_id")

    back = ReturnDialog(page.context, ids, page)
    qtbot.addWidget(back)
    show_active(qtbot, back)
    back.condition.setCurrentIndex(back.condition.findData("RR"))
    _shot(back, "return_dialog_id")
    back.apply(tmp_path / "kembali.pdf")
    _done(qtbot, back)
    assert not back.isVisible()
    assert "PENGEMBALIAN" in " ".join(_pages(tmp_path / "kembali.pdf"))
    assert held_items(demo_db, page.context.actor, NIP) == []
    [returned, _given] = list_handovers(demo_db, page.context.actor, asset_id=ids[0])[:2]
    assert returned.returns_number == number
    assert get_asset(demo_db, page.context.actor, ids[0]).condition == "RR"


def test_a_loan_sets_dipinjamkan_and_the_register_then_offers_its_end(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    [row] = _free_rows(page, 1)
    page.select_rows([row])
    ids = page.selected_ids()
    dialog = LoanDialog(page.context, ids, page)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.borrower.setText("Polres Langkat")
    dialog.agreement.setText("PKS/01/2026")
    dialog.occurred_on.set_value(date(2026, 11, 1))
    dialog.ends_on.set_value(date(2032, 1, 1))  # more than five years: refused
    dialog.apply()
    _done(qtbot, dialog)
    assert dialog.isVisible() and "5" in dialog.error.text()
    dialog.ends_on.set_value(date(2027, 10, 31))
    _shot(dialog, "loan_dialog_id")
    dialog.apply()
    _done(qtbot, dialog)
    assert not dialog.isVisible()
    assert get_asset(demo_db, page.context.actor, ids[0]).status == AssetStatus.LENT
    ended = EndLoanDialog(page.context, ids, page)
    qtbot.addWidget(ended)
    show_active(qtbot, ended)
    _shot(ended, "end_loan_dialog_id")
    ended.apply()
    _done(qtbot, ended)
    assert not ended.isVisible()
    assert get_asset(demo_db, page.context.actor, ids[0]).status == AssetStatus.ACTIVE


def test_pimpinan_sees_no_handover_actions(qtbot, demo_db: Database) -> None:
    page = RegisterPage(AppContext(demo_db, authenticate(demo_db, "pimpinan", "demo1234"), "id"))
    qtbot.addWidget(page)
    page.select_rows([0])
    for action in (page.handover_action, page.return_action, page.loan_action):
        assert not action.isVisible() and not action.isEnabled()
