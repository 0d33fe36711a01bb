"""The residences page: houses with occupant and SIP state, the house card, a new occupant with
family, moving out, and the one-occupant rule shown in the form; on paper, the SIP letter and the
occupancy history (PDF, read back with pypdfium2) and the list of houses (.xlsx)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from PySide6.QtCore import QDate, Qt

import ui.printing
from inventaris.accounts import authenticate
from inventaris.core.attention import Urgency
from inventaris.core.db import Database
from inventaris.residences.views import ResidenceRow, residence_card
from tests.ui.conftest import screenshot, show_active
from tests.ui.papers_on_worker import held_write, while_held
from ui.context import AppContext
from ui.live import LiveUpdates
from ui.printing import PrintDocument
from ui.residences.dialogs import MoveOutDialog, OccupancyDialog
from ui.residences.residences_page import ResidencesPage


@pytest.fixture
def live(demo_db: Database) -> Iterator[None]:
    """As in the window: what a save writes reaches the page through the hub."""
    updates = LiveUpdates(demo_db)
    updates.start()
    yield
    updates.stop()


def _page(qtbot, db: Database, username: str = "pengurus") -> ResidencesPage:
    page = ResidencesPage(AppContext(db, authenticate(db, username, "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.card_loaded, timeout=10_000):
        show_active(qtbot, page)
    return page


def test_the_list_shows_each_house_with_its_occupant_and_sip_state(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    rows = page.model.rows
    assert len(rows) >= 3
    words = {page._state_word(row) for row in rows}
    assert {"Kosong", "Terlambat"} <= words
    expired = next(row for row in rows if row.sip_state is Urgency.OVERDUE)
    assert page.select_house(expired.asset_id)
    qtbot.waitUntil(lambda: page.card is not None and page.card.asset_id == expired.asset_id)
    assert page.values["occupant"].text() == expired.occupant.occupant_name  # type: ignore[union-attr]
    assert page.history_model.rowCount() == 1
    assert page.move_out_action.isEnabled() and not page.occupant_action.isEnabled()
    screenshot(page, "residences-id")


@pytest.mark.usefixtures("live")
def test_moving_out_and_a_new_occupant_with_family(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    occupied = next(row for row in page.model.rows if row.occupant is not None)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_house(occupied.asset_id)
    card = page.card
    assert card is not None and card.current is not None
    leave = MoveOutDialog(page.context, card, card.current, page)
    qtbot.addWidget(leave)
    leave.reason.setCurrentIndex(leave.reason.findData("mutasi"))
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        leave.apply()
    assert page.card is not None and page.card.current is None
    assert page.occupant_action.isEnabled()

    dialog: OccupancyDialog = page.new_occupant()
    qtbot.addWidget(dialog)
    dialog.name.setText("Ir. Bambang Sitepu")
    dialog.nip.setText("19690315 199403 1 004")
    dialog.rank.setText("Pembina Tk. I / IVb")
    dialog.position.setText("Kepala Dinas PUPR")
    dialog.sip_number.setText("032/777/UMUM/2026")
    dialog.sip_date.setDate(QDate(2026, 11, 20))
    dialog.valid_from.setDate(QDate(2026, 11, 25))
    dialog.rent.set_amount(150_000)
    from PySide6.QtWidgets import QTableWidgetItem

    dialog.family.setItem(0, 0, QTableWidgetItem("Rina"))
    dialog.family.setItem(0, 1, QTableWidgetItem("istri"))
    dialog.family.setItem(0, 2, QTableWidgetItem("52"))
    assert dialog.family.rowCount() == 3  # an empty row stays at the end
    dialog.resize(600, 720)
    screenshot(dialog, "residences-occupant-form-id")
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    fresh = residence_card(demo_db, page.context.actor, occupied.asset_id)
    assert fresh.current is not None and fresh.current.occupant_name == "Ir. Bambang Sitepu"
    assert fresh.current.valid_until == date(2028, 11, 24)
    assert [m.name for m in fresh.current.family] == ["Rina"]
    assert len(fresh.history) == 2
    assert page.values["rent"].text() == "Rp 150.000"


def test_a_second_occupant_is_refused_beside_the_field(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    occupied = next(row for row in page.model.rows if row.occupant is not None)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_house(occupied.asset_id)
    assert page.card is not None
    dialog = OccupancyDialog(page.context, page.card, page)  # as from a stale window
    qtbot.addWidget(dialog)
    dialog.name.setText("Drs. Ahmad")
    dialog.sip_number.setText("032/1/UMUM/2026")
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert not dialog.error.isHidden() and "sudah berpenghuni" in dialog.error.text()


# --- on paper: the SIP, the occupancy history and the list of houses ---------------------------


def _pdf_text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def _save_as(monkeypatch, target: Path) -> list[str]:
    """The save dialog answers ``target``; returns the names it suggested."""
    suggested: list[str] = []

    def answer(_parent, _title, name, _pattern, *_rest, **_named) -> tuple[str, str]:
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr("ui.residences.residences_page.ask_save_path", answer)
    return suggested


def _occupied(qtbot, page: ResidencesPage) -> ResidenceRow:
    occupied = next(row for row in page.model.rows if row.occupant is not None)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_house(occupied.asset_id)
    return occupied


def test_the_sip_of_the_occupant_saved_as_pdf(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, demo_db, "pimpinan")  # reading is enough to print
    occupant = _occupied(qtbot, page).occupant
    assert occupant is not None
    assert page.sip_action.isVisible() and page.sip_action.isEnabled()
    assert occupant.occupant_name in page.sip_action.toolTip()
    suggested = _save_as(monkeypatch, tmp_path / "sip.pdf")
    # Read, laid out and written on the worker: the page answers meanwhile.
    with held_write(monkeypatch, ui.printing) as held:
        page.sip_pdf_action.trigger()
        while_held(
            qtbot,
            held,
            page.pdf_busy,
            [page.sip_pdf_action, page.history_pdf_action],
            again=page.save_sip_pdf,
            shot="residences_sip_writing_id",
        )
    assert len(suggested) == 1 and page.pdf_path == tmp_path / "sip.pdf"
    assert "/" not in suggested[0] and suggested[0].endswith(".pdf")
    text = _pdf_text(tmp_path / "sip.pdf")
    assert "SURAT IZIN PENGHUNIAN RUMAH DINAS" in text
    assert occupant.occupant_name in text and occupant.sip_number in text
    screenshot(page, "residences-on-paper-id")


def test_ctrl_p_opens_the_print_preview_of_the_sip(qtbot, demo_db: Database, monkeypatch) -> None:
    import ui.printing

    page = _page(qtbot, demo_db)
    occupant = _occupied(qtbot, page).occupant
    assert occupant is not None
    shown: list[PrintDocument] = []
    monkeypatch.setattr(ui.printing, "preview", lambda document, _parent: shown.append(document))
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(shown) == 1
    assert shown[0].title == "SURAT IZIN PENGHUNIAN RUMAH DINAS"
    assert f"Nomor: {occupant.sip_number}" in shown[0].subtitle
    assert occupant.occupant_name in shown[0].body_html


@pytest.mark.usefixtures("live")
def test_no_sip_without_an_occupant_but_a_past_one_from_the_history(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    page = _page(qtbot, demo_db)
    never = next(
        row
        for row in page.model.rows
        if row.occupant is None
        and not residence_card(demo_db, page.context.actor, row.asset_id).history
    )
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_house(never.asset_id)
    assert not page.sip_action.isEnabled() and not page.sip_pdf_action.isEnabled()
    assert "belum pernah dihuni" in page.sip_action.toolTip()
    assert page.history_action.isEnabled()  # "Belum pernah dihuni." on paper

    _occupied(qtbot, page)
    card = page.card
    assert card is not None and card.current is not None
    leaving = card.current
    dialog = MoveOutDialog(page.context, card, leaving, page)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("pensiun"))
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    assert not page.sip_action.isEnabled()
    assert "pilih penghunian" in page.sip_action.toolTip()

    page.tabs.setCurrentWidget(page.history_table)
    page.history_table.selectRow(0)
    assert page.sip_action.isEnabled() and leaving.occupant_name in page.sip_action.toolTip()
    assert page.save_sip_pdf(str(tmp_path / "sip-lama.pdf")) is not None
    qtbot.waitUntil(lambda: page.pdf_path == tmp_path / "sip-lama.pdf", timeout=10_000)
    assert leaving.sip_number in _pdf_text(tmp_path / "sip-lama.pdf")
    page.tabs.setCurrentIndex(0)  # the summary: the vacant house has no SIP again
    assert not page.sip_action.isEnabled()


def test_the_occupancy_history_renders_as_pdf(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_db)
    occupant = _occupied(qtbot, page).occupant
    assert occupant is not None and page.card is not None
    with held_write(monkeypatch, ui.printing) as held:
        assert page.save_history_pdf(str(tmp_path / "riwayat.pdf")) is not None
        while_held(qtbot, held, page.pdf_busy, [page.history_pdf_action])
    path = page.pdf_path
    assert path == tmp_path / "riwayat.pdf"
    document = pypdfium2.PdfDocument(str(path))
    try:
        first = document[0]
        width, height = first.get_size()
        assert width > height  # landscape: the nine columns fit
        image = first.render(scale=0.5).to_pil()
        assert image.getextrema() != ((255, 255), (255, 255), (255, 255))  # something drawn
    finally:
        document.close()
    text = _pdf_text(path)
    assert "RIWAYAT PENGHUNIAN RUMAH DINAS" in text
    assert occupant.occupant_name in text and page.card.code_register in text


def test_the_list_of_houses_exported_with_ctrl_e(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    page = _page(qtbot, demo_db)
    suggested = _save_as(monkeypatch, tmp_path / "daftar.xlsx")
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert suggested == ["rumah-dinas-2026-11-28.xlsx"]
    sheet = openpyxl.load_workbook(tmp_path / "daftar.xlsx").active
    assert sheet is not None
    values = {cell.value for row in sheet.iter_rows() for cell in row}
    assert "DAFTAR RUMAH DINAS" in values
    for row in page.model.rows:
        assert row.name in values and row.code_register in values
        if row.occupant is not None:
            assert row.occupant.occupant_name in values


def test_a_file_that_cannot_be_written_is_explained(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    import ui.residences.residences_page as module

    page = _page(qtbot, demo_db)
    shown: list[str] = []
    monkeypatch.setattr(module, "show_error", lambda _parent, error: shown.append(str(error)))
    assert page.export_list(str(tmp_path / "no-such-folder" / "daftar.xlsx")) is None
    assert len(shown) == 1
    monkeypatch.setattr("ui.residences.residences_page.ask_save_path", lambda *_args: ("", ""))
    assert page.export_list() is None  # cancelled: nothing written, nothing said
    assert len(shown) == 1 and not list(tmp_path.rglob("*.xlsx"))
