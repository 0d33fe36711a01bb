"""The disposal cycle in the window: Propose for disposal from the register's selection, the
proposals dialog with its letter, inspection, decree and withdrawal, and "From all RB items"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

import ui.printing
from inventaris.accounts import authenticate
from inventaris.assets.editing import get_asset
from inventaris.assets.events import asset_history
from inventaris.assets.types import AssetStatus
from inventaris.core.db import Database
from inventaris.disposals.queries import badly_damaged_ids, list_proposals
from inventaris.disposals.types import ItemState
from tests.ui.conftest import screenshot, show_active
from tests.ui.papers_on_worker import held_write, while_held
from ui.assets.history import HistoryTable
from ui.assets.register_model import COLUMNS
from ui.assets.register_page import RegisterPage
from ui.context import AppContext
from ui.disposals.forms import DecreeDialog, InspectionDialog, ProposeDialog
from ui.disposals.proposals_dialog import ProposalsDialog
from ui.live import LiveUpdates

SHOTS = Path("/tmp/disposal")


@pytest.fixture
def live(demo_db: Database) -> Iterator[LiveUpdates]:
    """The database's news of each write reaches the hub, as the main window arranges."""
    updates = LiveUpdates(demo_db)
    updates.start()
    yield updates
    updates.stop()


def _done(qtbot, dialog) -> None:
    """The save runs on the worker: wait for its answer."""
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)


def _choose_item(proposals: ProposalsDialog, row: int) -> None:
    """Exactly this row: a modifier key another test left pressed would make selectRow add
    to the selection."""
    proposals.item_table.clearSelection()
    proposals.item_table.selectionModel().select(
        proposals.items.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def _page(qtbot, db: Database, user: str = "pengurus") -> RegisterPage:
    page = RegisterPage(AppContext(db, authenticate(db, user, "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=10_000)
    return page


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))
    screenshot(widget, name)


def _click_yes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.button(QMessageBox.StandardButton.Yes).click()


def _opened(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_propose_from_the_register_then_inspect_decree_and_withdraw(
    qtbot, demo_db: Database, tmp_path: Path, live: LiveUpdates, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_db)
    # The Pengurus Barang goes through the cycle; the one-step disposal is the Admin's.
    assert page.propose_action.isVisible() and not page.dispose_action.isVisible()
    assert not page.propose_action.isEnabled()
    page.select_rows([0, 1, 2])
    ids = page.selected_ids()
    page.propose_action.trigger()
    (dialog,) = _opened(ProposeDialog)
    assert dialog.asset_ids == ids
    dialog.reason.setCurrentText("")
    dialog.apply()  # no reason: refused, said beside the field
    _done(qtbot, dialog)
    assert dialog.error.isVisible() and dialog.isVisible()
    dialog.reason.setCurrentText("Rusak berat, tidak ekonomis diperbaiki")
    dialog.number.setText("030/45/BU/2026")
    _shot(dialog, "propose_dialog_id")
    dialog.apply()
    _done(qtbot, dialog)
    assert not dialog.isVisible()
    # Marked in the register, still listed.
    status = next(n for n, c in enumerate(COLUMNS) if c.key == "status")
    name = next(n for n, c in enumerate(COLUMNS) if c.key == "name")
    qtbot.waitUntil(lambda: all(page.model.row_at(row).proposed for row in range(3)))
    marked = [page.model.row_at(row) for row in range(3)]
    assert [row.id for row in marked] == ids and all(row.proposed for row in marked)
    # "Aktif, diusulkan dihapus": the status says it (whatever the .ts holds yet)
    assert page.model.data(page.model.index(0, status)).startswith("Aktif, ")
    assert page.model.data(page.model.index(0, name), 1) is not None  # the icon
    _shot(page, "register_with_proposed_id")

    proposals = ProposalsDialog(page.context, page)
    qtbot.addWidget(proposals)
    show_active(qtbot, proposals)
    view = proposals.current
    assert view is not None and view.number == "030/45/BU/2026"
    assert [item.asset_id for item in view.items] == sorted(
        ids, key=lambda i: get_asset(demo_db, page.context.actor, i).code_register
    )
    assert proposals.decree_button.isEnabled() and not proposals.withdraw_button.isEnabled()
    _shot(proposals, "proposals_dialog_id")

    # The letter is laid out and written on the worker: the dialog answers meanwhile.
    with held_write(monkeypatch, ui.printing) as held:
        assert proposals.save_letter(str(tmp_path / "usulan.pdf")) is not None
        while_held(
            qtbot,
            held,
            proposals.busy,
            [proposals.print_button, proposals.decree_button],
            again=lambda: proposals.save_letter(str(tmp_path / "twice.pdf")),
            shot="proposal_letter_writing_id",
        )
    letter = proposals.letter_path
    assert letter == tmp_path / "usulan.pdf" and not (tmp_path / "twice.pdf").exists()
    pdf = pypdfium2.PdfDocument(str(letter))
    text = " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in pdf)
    pdf.close()
    assert "USULAN PENGHAPUSAN BARANG MILIK DAERAH" in text and "030/45/BU/2026" in text

    proposals.inspection_button.click()
    (inspection,) = _opened(InspectionDialog)
    inspection.apply()  # no number
    _done(qtbot, inspection)
    assert inspection.error.isVisible()
    inspection.number.setText("BA/12/2026")
    inspection.note.setPlainText("Tidak ekonomis diperbaiki")
    _shot(inspection, "inspection_dialog_id")
    inspection.apply()
    _done(qtbot, inspection)
    assert proposals.current is not None and proposals.current.inspected

    _choose_item(proposals, 0)
    first = proposals.chosen_items()[0].asset_id
    proposals.decree_button.click()
    (decree,) = _opened(DecreeDialog)
    assert decree.asset_ids == [first] and not decree.warning.isVisibleTo(decree)
    decree.number.setText("188.45/77/2026")
    decree.method.setCurrentIndex(decree.method.findData("penjualan"))
    _shot(decree, "decree_dialog_id")
    decree.apply()
    _done(qtbot, decree)
    assert not decree.isVisible()
    assert get_asset(demo_db, page.context.actor, first).status == AssetStatus.DISPOSED
    states = [item.state for item in proposals.current.items]
    assert states.count(ItemState.DISPOSED) == 1 and states.count(ItemState.PROPOSED) == 2
    _choose_item(proposals, 0)  # the disposed one cannot be withdrawn or decreed again
    assert not proposals.withdraw_button.isEnabled() and not proposals.decree_button.isEnabled()

    _choose_item(proposals, 1)
    timer = QTimer()  # answers Yes to the question, whenever it shows
    timer.timeout.connect(_click_yes)
    timer.start(20)
    assert proposals.withdraw_selected() == 1
    qtbot.waitUntil(lambda: not proposals.busy.active, timeout=10_000)  # on the worker
    timer.stop()
    states = [item.state for item in proposals.current.items]
    assert ItemState.WITHDRAWN in states
    # Each step is in the items' history, in words.
    withdrawn = next(i for i in proposals.current.items if i.state is ItemState.WITHDRAWN)
    table = HistoryTable()
    qtbot.addWidget(table)
    history = asset_history(demo_db, page.context.actor, withdrawn.asset_id)
    table.show_events(history)
    words = [table.describe(event) for event in history[-2:]]
    assert "Usulan Penghapusan BMD 28-11-2026" in words[1]
    disposed = asset_history(demo_db, page.context.actor, first)[-1]
    assert table.describe(disposed).startswith("dijual, 188.45/77/2026")
    _shot(proposals, "proposals_dialog_after_id")


def test_a_decree_without_inspection_warns_and_the_rb_items_are_offered(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    actor = page.context.actor
    candidates = badly_damaged_ids(demo_db, actor)
    assert candidates  # the demo office has Rusak Berat items
    proposals = ProposalsDialog(page.context, page)
    qtbot.addWidget(proposals)
    show_active(qtbot, proposals)
    before = len(list_proposals(demo_db, actor))
    proposals.from_rb_button.click()
    (dialog,) = _opened(ProposeDialog)
    assert dialog.asset_ids == candidates and dialog.reason.currentText() == "Rusak berat"
    dialog.apply()
    _done(qtbot, dialog)
    assert len(list_proposals(demo_db, actor)) == before + 1
    assert proposals.current is not None and len(proposals.current.items) == len(candidates)
    assert badly_damaged_ids(demo_db, actor) == []
    proposals.decree_button.click()
    (decree,) = _opened(DecreeDialog)
    assert decree.asset_ids is None and decree.warning.isVisibleTo(decree)
    _shot(decree, "decree_dialog_not_inspected_id")
    decree.reject()


def test_every_button_of_the_proposals_dialog_can_be_pressed(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    import ui.files

    monkeypatch.setattr(ui.files, "_ask", lambda *args, **kwargs: ("", ""))
    for user in ("pengurus", "pimpinan", "admin"):
        page = _page(qtbot, demo_db, user)
        page.select_rows([5])
        if page.propose_action.isEnabled():
            page.propose_action.trigger()
            for opened in _opened(ProposeDialog):
                opened.apply()
                _done(qtbot, opened)
        proposals = ProposalsDialog(page.context, page)
        qtbot.addWidget(proposals)
        show_active(qtbot, proposals)
        _choose_item(proposals, 0)

        def answer(proposals: ProposalsDialog = proposals) -> None:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QMessageBox):
                no = modal.button(QMessageBox.StandardButton.No)
                if no is not None:
                    no.click()
                else:
                    modal.accept()
            elif isinstance(modal, QDialog) and modal is not proposals:
                modal.reject()

        timer = QTimer()
        timer.timeout.connect(answer)
        timer.start(20)
        pressed = 0
        for button in proposals.findChildren(QPushButton):
            if button.isVisible() and button.isEnabled() and button.objectName():
                button.click()
                qtbot.waitUntil(
                    lambda shown=proposals: QApplication.activeModalWidget() in (None, shown),
                    timeout=5_000,
                )
                pressed += 1
        timer.stop()
        assert pressed >= (1 if user == "pimpinan" else 4), user
        assert not proposals.from_rb_button.isVisible() if user == "pimpinan" else True
        proposals.reject()
