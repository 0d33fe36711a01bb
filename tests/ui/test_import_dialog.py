"""Impor Aset: choose a file and its sheets, map the columns, check, import the good rows."""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import func, select

from inventaris.accounts import authenticate
from inventaris.core.changes import Change
from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.importing.headers import Field
from inventaris.importing.problems import Problem
from inventaris.importing.reading import sheet_names
from inventaris.locations import RoomInput, list_rooms, save_room
from inventaris.model import Asset
from tests.ui.conftest import screenshot, show_active
from ui.assets import import_dialog
from ui.assets.import_dialog import (
    CHECK_STEP,
    FILE_STEP,
    MAPPING_STEP,
    ImportDialog,
)
from ui.assets.import_mapping import MappingTab, column_letter
from ui.assets.import_report import ProblemsModel
from ui.assets.register_page import RegisterPage
from ui.context import AppContext
from ui.hub import hub, touches
from ui.i18n import error_text
from ui.live import LiveUpdates

CHAIR = "1.3.2.05.02.01.003"
LAPTOP = "1.3.2.10.01.02.002"
UNKNOWN = "1.3.2.99.99.99.999"
HEADER = ["Kode Barang", "Nama Barang", "Register", "Tahun", "Harga (Rp)", "Kondisi", "Ruangan"]
STORE = "Ruang Arsip"  # a room of the demo office
JOB_TIMEOUT = 30_000


def _touches(area: str) -> Callable[[tuple[Change, ...]], bool]:
    """For waitSignal(hub().changed): only a burst that reaches ``area`` counts."""
    return lambda changes: touches(changes, [area])


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def workbook(path: Path, rows: list[list[Any]], *, title: str = "KIB B") -> Path:
    """A small KIB sheet as offices keep them, and a notes sheet the import should not pick."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(["KARTU INVENTARIS BARANG (KIB) B"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    notes = book.create_sheet("Catatan")
    notes.append(["Diperiksa oleh pengurus barang"])
    book.save(path)
    return path


def chair(name: str, room: str = STORE) -> list[Any]:
    return [CHAIR, name, None, 2024, 450_000, "B", room]


def laptop(name: str, room: str = STORE) -> list[Any]:
    return [LAPTOP, name, None, 2025, 12_500_000, "RR", room]


def count_named(db: Database, *names: str) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Asset).where(Asset.name.in_(names)))


@pytest.fixture
def live(demo_db: Database) -> Iterator[None]:
    """As in the window: what a save writes reaches the page through the hub."""
    updates = LiveUpdates(demo_db)
    updates.start()
    yield
    updates.stop()


def _context(db: Database, username: str = "pengurus") -> AppContext:
    return AppContext(db, authenticate(db, username, "demo1234"), "id")


def _dialog(qtbot, db: Database) -> ImportDialog:
    # The dialog deletes itself on close: it lives under a window qtbot cleans up.
    holder = QWidget()
    qtbot.addWidget(holder)
    dialog = ImportDialog(_context(db), holder)
    dialog.test_holder = holder  # type: ignore[attr-defined]  # qtbot keeps a weak reference
    show_active(qtbot, dialog)
    return dialog


def _run(qtbot, dialog: ImportDialog, start: Any, expected: str) -> None:
    with qtbot.waitSignal(dialog.job_done, timeout=JOB_TIMEOUT) as outcome:
        start()
    assert outcome.args == [expected]


def _to_check(qtbot, dialog: ImportDialog, path: Path) -> None:
    _run(qtbot, dialog, lambda: dialog.choose_file(path), "read")
    dialog.next_button.click()
    assert dialog.steps.currentIndex() == MAPPING_STEP
    _run(qtbot, dialog, dialog.check_button.click, "checked")
    assert dialog.steps.currentIndex() == CHECK_STEP


@pytest.fixture
def refused(monkeypatch) -> list[str]:
    """Every warning box's text (show_error ends in QMessageBox.warning)."""
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_args: shown.append(text)
    )
    return shown


def test_the_action_opens_the_dialog_for_those_who_may_edit(qtbot, demo_db: Database) -> None:
    page = RegisterPage(_context(demo_db))
    qtbot.addWidget(page)
    page.resize(1366, 720)
    show_active(qtbot, page)
    assert page.import_assets_action.isVisible()
    screenshot(page, "import_00_register_toolbar_id")
    page.import_assets_action.trigger()
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.steps.currentIndex() == FILE_STEP and not dialog.next_button.isEnabled()
    screenshot(dialog, "import_01_start_id")
    reader = RegisterPage(_context(demo_db, "pimpinan"))
    qtbot.addWidget(reader)
    assert not reader.import_assets_action.isVisible()


def test_choosing_a_file_lists_its_sheets_and_maps_the_columns(
    qtbot, demo_db: Database, tmp_path: Path, refused: list[str]
) -> None:
    path = workbook(tmp_path / "kib.xlsx", [chair("Kursi Besi Uji"), laptop("Laptop Uji")])
    book = openpyxl.load_workbook(path)
    book.create_sheet("KIB A").append(["KARTU INVENTARIS BARANG (KIB) A", "(kosong)"])
    book.save(path)
    dialog = _dialog(qtbot, demo_db)
    _run(qtbot, dialog, lambda: dialog.choose_file(path), "read")
    assert dialog.file_label.text() == "kib.xlsx"
    no_table = tr("ImportDialog", "{sheet} — no table of assets found").format(sheet="KIB A")
    assert [dialog.sheets.item(i).text() for i in range(dialog.sheets.count())] == [
        "KIB B",
        "Catatan",
        no_table,
    ]
    assert dialog.chosen_sheets() == ["KIB B"] and dialog.next_button.isEnabled()
    screenshot(dialog, "import_02_sheets_id")

    # A sheet without a table, chosen by hand, is refused by name; the step stays.
    dialog.sheets.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.next_button.isEnabled()
    dialog.sheets.item(1).setCheckState(Qt.CheckState.Checked)
    _run(qtbot, dialog, dialog.next_button.click, "failed")
    assert len(refused) == 1 and "Catatan" in refused[0]
    assert dialog.steps.currentIndex() == FILE_STEP
    dialog.sheets.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.sheets.item(0).setCheckState(Qt.CheckState.Checked)

    dialog.next_button.click()  # the sheets read before: no need to read them again
    assert dialog.steps.currentIndex() == MAPPING_STEP
    tab = dialog.tabs.widget(0)
    assert isinstance(tab, MappingTab) and dialog.tabs.tabText(0) == "KIB B"
    table = tab.table
    assert [table.item(row, MappingTab.LETTER).text() for row in range(3)] == ["A", "B", "C"]
    assert table.item(0, MappingTab.HEADING).text() == "Kode Barang"
    assert CHAIR in table.item(0, MappingTab.SAMPLES).text()
    assert dialog.source is not None
    assert dialog.source.layouts[0].fields[:2] == (Field.CODE, Field.NAME)
    assert dialog.check_button.isEnabled() and not dialog.mapping_error.isVisible()
    screenshot(dialog, "import_03_mapping_id")

    # By keyboard: Tab walks from one column's choice to the next.
    tab.combos[0].setFocus()
    qtbot.waitUntil(tab.combos[0].hasFocus)
    qtbot.keyClick(tab.combos[0], Qt.Key.Key_Tab)
    qtbot.waitUntil(tab.combos[1].hasFocus)

    # Kondisi left out: the layout follows the combo.
    tab.combos[5].setCurrentIndex(0)
    assert dialog.source.layouts[0].fields[5] is None
    # Without a name column the import cannot go on: said in red, Check off, the tab marked.
    tab.combos[1].setCurrentIndex(0)
    assert dialog.mapping_error.isVisible() and not dialog.check_button.isEnabled()
    assert dialog.tabs.tabText(0).startswith("⚠")
    screenshot(dialog, "import_04_mapping_error_id")
    tab.combos[1].setCurrentIndex(tab.combos[1].findData(Field.NAME.value))
    assert not dialog.mapping_error.isVisible() and dialog.check_button.isEnabled()
    assert dialog.source.layouts[0].fields[1] is Field.NAME


def test_a_cover_sheet_is_looked_past(
    qtbot, demo_db: Database, tmp_path: Path, refused: list[str]
) -> None:
    path = workbook(tmp_path / "data.xlsx", [chair("Kursi Sampul Uji")], title="Data 2025")
    book = openpyxl.load_workbook(path)
    book.move_sheet(book.create_sheet("Sampul"), offset=-2)  # a cover sheet first
    book["Sampul"].append(["BUKU INVENTARIS", "SEKRETARIAT DAERAH"])
    book.save(path)
    dialog = _dialog(qtbot, demo_db)
    _run(qtbot, dialog, lambda: dialog.choose_file(path), "read")
    assert refused == []
    assert dialog.chosen_sheets() == ["Data 2025"]
    assert dialog.sheets.item(0).text() == "Sampul"  # not flagged: the table is further on
    dialog.next_button.click()  # already read: no second reading
    assert dialog.steps.currentIndex() == MAPPING_STEP
    assert dialog.tabs.tabText(0) == "Data 2025"


def test_headings_not_recognised_are_mapped_by_hand(
    qtbot, demo_db: Database, tmp_path: Path, refused: list[str]
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Lama"
    sheet.append(["KD", "BARANGNYA", "THN BELI", "RUPIAH"])
    sheet.append([CHAIR, "Kursi Peta Tangan Uji", 2019, "Rp 450.000"])
    book.save(tmp_path / "lama.xlsx")
    dialog = _dialog(qtbot, demo_db)
    _run(qtbot, dialog, lambda: dialog.choose_file(tmp_path / "lama.xlsx"), "read")
    assert len(refused) == 1  # no table found by itself: the person picks the sheet
    dialog.sheets.item(0).setCheckState(Qt.CheckState.Checked)
    _run(qtbot, dialog, dialog.next_button.click, "read")
    assert dialog.steps.currentIndex() == MAPPING_STEP
    tab = dialog.mapping_tabs[0]
    by_hand = tr(
        "MappingTab",
        "The headings were not all recognised: row {row} is taken as the header. Choose what "
        "each column holds.",
    ).format(row=1)
    assert tab.note.text() == by_hand and not dialog.check_button.isEnabled()
    screenshot(dialog, "import_04b_mapping_by_hand_id")
    for column, field in enumerate((Field.CODE, Field.NAME, Field.YEAR, Field.PRICE)):
        tab.combos[column].setCurrentIndex(tab.combos[column].findData(field.value))
    assert dialog.check_button.isEnabled()
    _run(qtbot, dialog, dialog.check_button.click, "checked")
    _run(qtbot, dialog, dialog.import_button.click, "imported")
    assert count_named(demo_db, "Kursi Peta Tangan Uji") == 1


def test_problems_block_the_import_until_valid_rows_only_is_ticked(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "kib.xlsx",
        [
            chair("Kursi Baik Uji"),
            [UNKNOWN, "Barang Aneh Uji", None, 2024, 10_000, "B", STORE],
            laptop("Laptop Baik Uji"),
        ],
    )
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    model = dialog.report_panel.model
    assert model.rowCount() >= 1
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first[: ProblemsModel.VALUE + 1] == ["KIB B", "5", "A", UNKNOWN]
    assert UNKNOWN in first[ProblemsModel.PROBLEM]
    assert dialog.report.rows_with_problems == 1 and dialog.report.new == 2  # type: ignore[union-attr]
    assert not dialog.import_button.isEnabled()
    assert dialog.report_panel.valid_only.isEnabled()
    screenshot(dialog, "import_05_check_problems_id")

    dialog.report_panel.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    _run(qtbot, dialog, dialog.import_button.click, "imported")
    assert count_named(demo_db, "Kursi Baik Uji", "Laptop Baik Uji") == 2
    assert count_named(demo_db, "Barang Aneh Uji") == 0
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isEnabled()
    screenshot(dialog, "import_06_valid_only_done_id")


@pytest.mark.usefixtures("live")
def test_a_clean_file_imports_and_the_register_refreshes(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    page = RegisterPage(_context(demo_db))
    qtbot.addWidget(page)
    page.resize(1366, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=10_000)
    before = page.model.rowCount()
    page.search.setText("Uji Bersih")
    page.apply_filter()
    assert page.model.rowCount() == 0 and before > 0
    path = workbook(tmp_path / "kib.xlsx", [chair("Kursi Uji Bersih"), laptop("Laptop Uji Bersih")])
    page.import_assets_action.trigger()
    dialog = page.findChild(ImportDialog)
    assert dialog is not None
    _to_check(qtbot, dialog, path)
    assert dialog.import_button.isEnabled() and not dialog.report_panel.table.isVisible()
    assert not dialog.report_panel.valid_only.isVisible()
    screenshot(dialog, "import_07_check_clean_id")
    with qtbot.waitSignal(hub().changed, timeout=JOB_TIMEOUT, check_params_cb=_touches("assets")):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    assert count_named(demo_db, "Kursi Uji Bersih", "Laptop Uji Bersih") == 2
    assert "2" in dialog.report_panel.verdict.text()
    screenshot(dialog, "import_08_done_id")


def test_a_mapping_changed_once_is_remembered_for_the_next_file(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    first = workbook(tmp_path / "januari.xlsx", [chair("Kursi Januari Uji")])
    dialog = _dialog(qtbot, demo_db)
    _run(qtbot, dialog, lambda: dialog.choose_file(first), "read")
    dialog.next_button.click()
    assert dialog.source is not None and dialog.source.remembered == (False,)
    dialog.mapping_tabs[0].combos[5].setCurrentIndex(0)  # Kondisi: not imported
    _run(qtbot, dialog, dialog.check_button.click, "checked")
    _run(qtbot, dialog, dialog.import_button.click, "imported")

    second = workbook(tmp_path / "februari.xlsx", [laptop("Laptop Februari Uji")])
    again = _dialog(qtbot, demo_db)
    _run(qtbot, again, lambda: again.choose_file(second), "read")
    again.next_button.click()
    tab = again.mapping_tabs[0]
    remembered = tr(
        "MappingTab", "The columns are set as at the last import of a file laid out like this one."
    )
    assert remembered in tab.note.text()
    assert tab.fields()[5] is None and tab.combos[5].currentIndex() == 0
    screenshot(again, "import_03b_mapping_remembered_id")


@pytest.mark.usefixtures("live")
def test_new_rooms_are_created_only_after_a_yes(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    room = "Gudang Baru Lantai 3"
    path = workbook(tmp_path / "kib.xlsx", [chair("Kursi Gudang Uji", room)])
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    assert dialog.report_panel.creations.isVisible()
    assert room in dialog.report_panel.creations.text()
    screenshot(dialog, "import_09_check_new_room_id")

    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(parent, title, text, buttons, default) -> QMessageBox.StandardButton:
        asked.append(text)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.setDefaultButton(default)
        screenshot(box, "import_10_confirm_rooms_id")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.import_button.click()
    assert asked and room in asked[0]
    assert dialog.job is None and dialog.report_panel.hint.isVisible()  # No: nothing started
    assert count_named(demo_db, "Kursi Gudang Uji") == 0
    assert room not in {r.name for r in list_rooms(demo_db, dialog.context.actor)}

    answers.append(QMessageBox.StandardButton.Yes)
    agreed: list[Any] = []
    real_import = import_dialog.import_assets

    def import_recording(*args: Any, **kwargs: Any) -> Any:
        agreed.append(kwargs["create_missing"])
        return real_import(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "import_assets", import_recording)
    with qtbot.waitSignal(hub().changed, timeout=JOB_TIMEOUT, check_params_cb=_touches("rooms")):
        dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.job is None)
    assert count_named(demo_db, "Kursi Gudang Uji") == 1
    assert room in {r.name for r in list_rooms(demo_db, dialog.context.actor)}
    assert agreed == [frozenset({room})]  # exactly the names the person was shown


def test_a_room_missing_since_the_check_is_not_created_without_asking(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    room = "Ruang Transit Uji"
    context = _context(demo_db)
    made = save_room(demo_db, context.actor, RoomInput(code="R.T9", name=room))
    path = workbook(tmp_path / "kib.xlsx", [chair("Kursi Transit Uji", room)])
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    assert not dialog.report_panel.creations.isVisible()  # the room is there: nothing to ask
    # Meanwhile the room is renamed on another PC: the import would have to create it.
    save_room(demo_db, context.actor, RoomInput(code="R.T9", name="Ruang Transit Lama"), made.id)
    asked: list[str] = []

    def question(_parent, _title, text, *_args) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    _run(qtbot, dialog, dialog.import_button.click, "refused")
    assert asked == []  # nobody was shown the room, so it is not created
    assert room not in {r.name for r in list_rooms(demo_db, context.actor)}
    assert count_named(demo_db, "Kursi Transit Uji") == 0
    assert dialog.report_panel.creations.isVisible()
    assert room in dialog.report_panel.creations.text()
    # Now shown: asked first, then created.
    _run(qtbot, dialog, dialog.import_button.click, "imported")
    assert len(asked) == 1 and room in asked[0]
    assert room in {r.name for r in list_rooms(demo_db, context.actor)}
    assert count_named(demo_db, "Kursi Transit Uji") == 1


def test_an_import_refused_by_a_changed_register_shows_the_new_report(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    path = workbook(tmp_path / "kib.xlsx", [chair("Kursi Berubah Uji")])
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    assert dialog.import_button.isEnabled()
    # Meanwhile someone else gave register 0001 of this code to another chair: the import's
    # own check (inside its transaction) now finds a problem and writes nothing.
    clash = Problem("KIB B", 4, "C", "register", "0001", "register {value} is already taken")

    def import_meanwhile(*args: Any, **kwargs: Any) -> Any:
        report = real_import(*args, **{**kwargs, "dry_run": True})  # the real rules, no writing
        return replace(report, written=False, problems=(clash,), rows_with_problems=1)

    real_import = import_dialog.import_assets
    monkeypatch.setattr(import_dialog, "import_assets", import_meanwhile)
    with qtbot.assertNotEmitted(hub().changed):
        _run(qtbot, dialog, dialog.import_button.click, "refused")
    assert dialog.report_panel.model.rowCount() == 1
    assert dialog.report_panel.model.index(0, ProblemsModel.COLUMN).data() == "C"
    assert "⚠" in dialog.report_panel.verdict.text()
    assert not dialog.import_button.isEnabled() and dialog.back_button.isEnabled()
    assert count_named(demo_db, "Kursi Berubah Uji") == 0
    screenshot(dialog, "import_12_refused_id")


def test_the_problems_are_exported_to_excel_and_csv(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "kib.xlsx",
        [
            chair("Kursi Ekspor Uji"),
            [UNKNOWN, "Barang Aneh", None, 2024, 10_000, "B", STORE],
            [CHAIR, "Kursi Rusak", None, "tahun lalu", "dua juta", "Bagus", STORE],
            [LAPTOP, None, "0000", 2099, -5, "RB", STORE],
        ],
    )
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    panel = dialog.report_panel
    assert panel.model.rowCount() >= 5
    screenshot(dialog, "import_05b_check_many_problems_id")
    target = tmp_path / "masalah.xlsx"
    with qtbot.waitSignal(panel.exported, timeout=JOB_TIMEOUT):
        panel.export_report(target)
    sheet = openpyxl.load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [
        tr("ReportPanel", text) for text in ("Sheet", "Row", "Column", "Value", "Problem")
    ]
    assert len(rows) == panel.model.rowCount() + 1
    unknown = next(row for row in rows if row[3] == UNKNOWN)
    assert unknown[:3] == ("KIB B", 5, "A") and UNKNOWN in unknown[4]
    assert target.name in panel.saved.text()

    as_csv = tmp_path / "masalah.csv"
    with qtbot.waitSignal(panel.exported, timeout=JOB_TIMEOUT):
        panel.export_report(as_csv)
    with as_csv.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert ["KIB B", "5", "A", UNKNOWN] in [line[:4] for line in lines]


def test_a_hostile_file_is_refused_with_a_sentence(
    qtbot, demo_db: Database, tmp_path: Path, refused: list[str]
) -> None:
    path = tmp_path / "laporan.xlsx"
    path.write_bytes(os.urandom(4096))
    dialog = _dialog(qtbot, demo_db)
    _run(qtbot, dialog, lambda: dialog.choose_file(path), "failed")
    with pytest.raises(DomainError) as expected:
        sheet_names(path)
    assert refused == [error_text(expected.value)]  # the engine's sentence, not a traceback
    assert dialog.file_error.isVisible() and path.name in dialog.file_error.text()
    assert dialog.steps.currentIndex() == FILE_STEP
    assert dialog.sheets.count() == 0 and not dialog.next_button.isEnabled()
    screenshot(dialog, "import_11_hostile_id")


def test_enter_never_imports_and_esc_closes(qtbot, demo_db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "kib.xlsx", [chair("Kursi Enter Uji")])
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    assert dialog.import_button.isEnabled()
    assert not dialog.import_button.isDefault() and not dialog.import_button.autoDefault()
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.job is None and count_named(demo_db, "Kursi Enter Uji") == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_problems_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ProblemsModel(["Sheet", "Row", "Column", "Value", "Problem"])
    model.set_problems(
        [
            Problem("KIB B", 3, "A", "code", UNKNOWN, "kode barang {value} is not in the table"),
            Problem("KIB B", 0, "", "mapping", "", "the sheet has no name column"),
        ]
    )
    qtmodeltester.check(model)
    # A whole-sheet problem has no row and comes first; then the file row by row.
    assert [model.index(row, ProblemsModel.ROW).data() for row in range(2)] == ["", "3"]
    assert (
        model.index(1, ProblemsModel.PROBLEM).data() == f"kode barang {UNKNOWN} is not in the table"
    )


def test_column_letters_follow_excel() -> None:
    assert [column_letter(i) for i in (0, 1, 25, 26, 27, 51, 52, 701, 702)] == [
        "A",
        "B",
        "Z",
        "AA",
        "AB",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]


def _sheet_headed(path: Path, price_heading: str, rows: list[list[Any]]) -> Path:
    """A KIB B sheet like ``workbook``'s, its price column headed otherwise."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KIB B"
    sheet.append([price_heading if heading == "Harga (Rp)" else heading for heading in HEADER])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_doubtful_price_is_imported_only_after_a_yes(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    path = _sheet_headed(
        tmp_path / "kib.xlsx",
        "Harga",  # no unit: Rp 8.500 for a chair may well be 8.500 thousand
        [[CHAIR, "Kursi Murah Uji", None, 2024, 8_500, "B", STORE], chair("Kursi Wajar Uji")],
    )
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    panel, report = dialog.report_panel, dialog.report
    assert report is not None and report.problems == () and len(report.warnings) == 1
    assert panel.warnings.isVisible()
    assert "KIB B, baris 2, kolom E" in panel.warnings.text()
    assert "Rp 8.500" in panel.warnings.text() and "Kursi Murah Uji" in panel.warnings.text()
    assert "⚠" in panel.verdict.text() and dialog.import_button.isEnabled()
    screenshot(dialog, "import_13_check_doubtful_price_id")

    answers = [QMessageBox.StandardButton.No]
    asked: list[str] = []

    def question(parent, title, text, buttons, default) -> QMessageBox.StandardButton:
        asked.append(text)
        assert default == QMessageBox.StandardButton.No  # Enter never confirms
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        screenshot(box, "import_14_confirm_doubtful_price_id")
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.import_button.click()
    assert len(asked) == 1 and "Rp 8.500" in asked[0] and "Kursi Murah Uji" in asked[0]
    assert dialog.job is None and panel.hint.isVisible()  # No: nothing started
    assert count_named(demo_db, "Kursi Murah Uji", "Kursi Wajar Uji") == 0

    answers.append(QMessageBox.StandardButton.Yes)
    accepted: list[Any] = []
    real_import = import_dialog.import_assets

    def import_recording(*args: Any, **kwargs: Any) -> Any:
        accepted.append(kwargs["accept_warnings"])
        return real_import(*args, **kwargs)

    monkeypatch.setattr(import_dialog, "import_assets", import_recording)
    _run(qtbot, dialog, dialog.import_button.click, "imported")
    assert count_named(demo_db, "Kursi Murah Uji", "Kursi Wajar Uji") == 2
    assert accepted == [frozenset({report.warnings[0].key()})]  # exactly the ones shown


def test_a_column_in_thousands_is_scaled_and_the_check_says_so(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    path = _sheet_headed(
        tmp_path / "kib.xlsx",
        "Harga (ribuan Rp)",
        [[CHAIR, "Kursi Ribuan Uji", None, 2024, "2.475,5", "B", STORE]],
    )
    dialog = _dialog(qtbot, demo_db)
    _to_check(qtbot, dialog, path)
    panel = dialog.report_panel
    assert panel.notices.isVisible() and not panel.warnings.isVisible()
    assert panel.notices.text() == "KIB B: Kolom E 'Harga (ribuan Rp)': nilai dikalikan 1.000"
    screenshot(dialog, "import_15_check_scaled_column_id")
    _run(qtbot, dialog, dialog.import_button.click, "imported")
    with demo_db.read() as session:
        price = session.scalar(select(Asset.price).where(Asset.name == "Kursi Ribuan Uji"))
    assert price == 2_475_500
