"""Laporan: the annual inventory workbook is made in the background, with progress and cancel."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QPushButton

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.core.errors import Cancelled, ValidationError
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.model import Unit
from inventaris.reports.common import MSG_SETTINGS_MISSING
from tests.support.builders import first_admin
from tests.ui.conftest import log_in, screenshot, show_active, start_launcher
from ui.context import AppContext
from ui.errors import message_for
from ui.i18n import error_text
from ui.reports import reports_page
from ui.reports.reports_page import ReportsPage, default_year


def tr(text: str) -> str:
    """The page's words as the user sees them (the English source until translated)."""
    return QCoreApplication.translate("ReportsPage", text)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the workbook (the test database lives in tmp_path)."""
    folder = tmp_path / "keluaran"
    folder.mkdir()
    return folder


@dataclass(frozen=True)
class FakeReport:
    path: Path


def _page(qtbot, db: Database, actor=None, username: str = "pengurus") -> ReportsPage:
    actor = actor or authenticate(db, username, "demo1234")
    window = QMainWindow()
    qtbot.addWidget(window)
    page = ReportsPage(AppContext(db, actor, "id"))
    window.setCentralWidget(page)
    page.test_window = window  # type: ignore[attr-defined]  # qtbot keeps only a weak reference
    window.resize(1366, 740)
    show_active(qtbot, window)
    return page


def _status(page: ReportsPage) -> str:
    return page.window().statusBar().currentMessage()  # type: ignore[attr-defined]


def _cancel_button(page: ReportsPage) -> QPushButton:
    assert page.job is not None and page.job.dialog is not None
    (button,) = page.job.dialog.findChildren(QPushButton)
    return button


def test_reports_sit_between_residences_and_settings(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "admin")
    window = launcher.window
    assert list(window.pages) == [
        "home",
        "assets",
        "rooms",
        "vehicles",
        "meeting_rooms",
        "residences",
        "reports",
        "stocktake",
        "settings",
        "users",
    ]
    assert isinstance(window.pages["reports"], ReportsPage)
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "reports"
    screenshot(window, "reports_page_id")


def test_the_year_is_last_year_until_march_then_this_year() -> None:
    assert default_year(date(2027, 1, 5)) == 2026
    assert default_year(date(2027, 3, 31)) == 2026
    assert default_year(date(2027, 4, 1)) == 2027
    assert default_year(date(2026, 11, 28)) == 2026


def test_the_position_date_stays_within_the_year(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    assert page.year.value() == 2026  # the test clock says 28 November 2026
    assert page.year.maximum() == 2026
    assert not page.as_of.isEnabled() and page.chosen_as_of() is None
    assert page.as_of.date() == QDate(2026, 12, 31)
    page.year.setValue(2025)
    assert page.as_of.date() == QDate(2025, 12, 31)
    page.use_as_of.setChecked(True)
    assert page.as_of.isEnabled()
    page.as_of.setDate(QDate(2025, 6, 30))
    page.year.setValue(2024)
    assert page.chosen_as_of() == date(2024, 6, 30)
    page.as_of.setDate(QDate(2025, 1, 2))  # outside the year: held at its end
    assert page.chosen_as_of() == date(2024, 12, 31)
    assert (page.as_of.minimumDate(), page.as_of.maximumDate()) == (
        QDate(2024, 1, 1),
        QDate(2024, 12, 31),
    )
    assert not page.unit.isVisibleTo(page)  # one unit: no unit choice


def test_the_workbook_is_written_and_opens_in_excel(
    qtbot, demo_db: Database, out: Path, monkeypatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    page = _page(qtbot, demo_db)
    target = out / "buku.xlsx"
    with qtbot.waitSignal(page.workbook_done, timeout=60_000) as done:
        assert page.make_workbook(target) is not None
        assert not page.make_button.isEnabled()
    assert done.args == ["saved"]
    assert page.make_button.isEnabled()
    workbook = openpyxl.load_workbook(target)
    assert len(workbook.sheetnames) > 1 and workbook.active.max_row > 1
    workbook.close()
    assert str(target) in _status(page)
    box = page.saved_box
    assert box is not None and box.isVisible() and box.informativeText() == str(target)
    screenshot(box, "reports_saved_id")
    (open_folder,) = [b for b in box.buttons() if b.text() == tr("Open folder")]
    open_folder.click()
    assert opened == [str(out)]


def test_ctrl_e_suggests_a_file_named_after_the_unit_and_year(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    asked: list[str] = []

    def ask(_parent, _title, suggested, _pattern):
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr("ui.reports.reports_page.ask_save_path", ask)
    page = _page(qtbot, demo_db)
    page.year.setFocus()
    qtbot.keyClick(page.year, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [Path(name).name for name in asked] == ["buku-inventaris-12.02.05.04.01.01.01-2026.xlsx"]
    assert page.job is None  # no file chosen, nothing made


def test_several_units_offer_a_choice_and_the_chosen_one_is_written(
    qtbot, demo_db: Database, out: Path, monkeypatch
) -> None:
    with demo_db.write(authenticate(demo_db, "admin", "demo1234")) as session:
        second = Unit(name="UPT Puskesmas Stabat", kode_lokasi="")
        session.add(second)
        session.flush()
        second_id = second.id
    keeper = authenticate(demo_db, "pengurus", "demo1234")
    keeper = replace(keeper, unit_ids=keeper.unit_ids | {second_id})
    calls: list[dict[str, Any]] = []

    def fake(db, actor, year, path, **options):
        calls.append({"year": year, **options})
        return FakeReport(path)

    monkeypatch.setattr(reports_page, "write_workbook", fake)
    page = _page(qtbot, demo_db, keeper)
    assert page.unit.isVisibleTo(page) and page.unit.count() == 2
    page.unit.setCurrentIndex(page.unit.findData(second_id))
    from ui.reports.reports_page import suggested_file_name

    assert suggested_file_name(page.chosen_unit(), 2026) == (
        "buku-inventaris-upt-puskesmas-stabat-2026.xlsx"
    )
    with qtbot.waitSignal(page.workbook_done):
        page.make_workbook(out / "b.xlsx")
    assert calls[0]["unit_id"] == second_id and calls[0]["as_of"] is None


def test_progress_reaches_the_dialog(qtbot, demo_db: Database, out: Path, monkeypatch) -> None:
    gate = threading.Event()

    def slow(db, actor, year, path, *, progress, cancelled, **options):
        progress(0, 100_000)
        progress(12_345, 100_000)
        gate.wait(10)
        progress(100_000, 100_000)
        path.write_bytes(b"")
        return FakeReport(path)

    monkeypatch.setattr(reports_page, "write_workbook", slow)
    page = _page(qtbot, demo_db)
    job = page.make_workbook(out / "b.xlsx")
    assert job is not None and job.dialog is not None
    dialog = job.dialog
    expected = "Menyusun buku inventaris 2026… 12.345 dari 100.000 barang"
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.labelText() == expected)
    assert (dialog.value(), dialog.maximum()) == (12_345, 100_000)
    assert _cancel_button(page).text() == "Batal"
    assert not page.make_button.isEnabled()
    assert page.window().isEnabled()  # the window never blocks
    screenshot(dialog, "reports_progress_id")
    with qtbot.waitSignal(page.workbook_done) as done:
        gate.set()
    assert done.args == ["saved"] and job.dialog is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed, then deleted


def test_cancel_leaves_no_file_and_says_so(
    qtbot, demo_db: Database, out: Path, monkeypatch
) -> None:
    started = threading.Event()

    def slow(db, actor, year, path, *, progress, cancelled, **options):
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(b"half a workbook")
        started.set()
        done = 0
        while True:
            done += 1000
            progress(done, 1_000_000)
            if cancelled():
                temporary.unlink()
                raise Cancelled()
            threading.Event().wait(0.002)  # a slow job; the test itself never sleeps

    monkeypatch.setattr(reports_page, "write_workbook", slow)
    page = _page(qtbot, demo_db)
    job = page.make_workbook(out / "b.xlsx")
    assert job is not None and job.dialog is not None
    qtbot.waitUntil(lambda: started.is_set() and job.dialog is not None and job.dialog.isVisible())
    with qtbot.waitSignal(page.workbook_done) as done:
        qtbot.mouseClick(_cancel_button(page), Qt.MouseButton.LeftButton)
    assert done.args == ["cancelled"]
    assert list(out.iterdir()) == []
    assert _status(page) == tr("Cancelled; no file was written.")
    assert page.saved_box is None and page.make_button.isEnabled()


def test_the_real_writer_cancelled_writes_nothing(
    qtbot, demo_db: Database, out: Path, monkeypatch
) -> None:
    def cancelled_at_once(db, actor, year, path, **options):
        options["cancelled"] = lambda: True
        return write_inventory_workbook(db, actor, year, path, **options)

    monkeypatch.setattr(reports_page, "write_workbook", cancelled_at_once)
    page = _page(qtbot, demo_db)
    with qtbot.waitSignal(page.workbook_done, timeout=30_000) as done:
        page.make_workbook(out / "b.xlsx")
    assert done.args == ["cancelled"]
    assert list(out.iterdir()) == []
    assert _status(page) == tr("Cancelled; no file was written.")


@pytest.fixture
def bare_db(sqlite_db: Database) -> Database:
    """An office whose settings were never filled in."""
    first_admin(sqlite_db)
    return sqlite_db


def test_missing_office_settings_are_shown_and_nothing_is_written(
    qtbot, bare_db: Database, out: Path, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        reports_page, "show_error", lambda _parent, error: shown.append(message_for(error))
    )
    admin = authenticate(bare_db, "admin", "rahasia-123")
    page = _page(qtbot, bare_db, admin)
    with qtbot.waitSignal(page.workbook_done, timeout=30_000) as done:
        page.make_workbook(out / "b.xlsx")
    assert done.args == ["failed"]
    assert shown == [error_text(ValidationError(MSG_SETTINGS_MISSING))]
    assert list(out.iterdir()) == [] and page.make_button.isEnabled()


def test_codes_without_a_name_are_listed_and_imported_before_the_workbook(
    qtbot, demo_db: Database, out: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.assets import code_import

    with demo_db.engine.begin() as connection:  # an office that never imported the full table
        connection.exec_driver_sql("DELETE FROM asset_code WHERE code IN ('1.3.1.01', '1.3.3.01')")
    page = _page(qtbot, demo_db)
    assert page.unnamed.isVisible() and page.import_codes_button.isVisible()
    text = page.unnamed_text.text()
    assert "1.3.1.01, 1.3.3.01" in text and "1.3.2" not in text
    assert page.import_codes_button.text() == tr("Import codes…")
    screenshot(page.window(), "reports_unnamed_codes_id")

    table = out / "kodefikasi-bpkad.csv"
    table.write_text("kode,nama\n1.3.1.01,Tanah\n1.3.3.01,Bangunan Gedung\n", encoding="utf-8")
    asked: list[str] = []

    def ask(_parent, title, _folder, _filters):
        asked.append(title)
        return str(table), ""

    monkeypatch.setattr(code_import, "ask_open_path", ask)
    said: list[str] = []

    def answer() -> None:  # the import's summary is modal: read it, then close it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    qtbot.mouseClick(page.import_codes_button, Qt.MouseButton.LeftButton)
    # The import runs off the GUI thread; its summary, then the warning's check, follow.
    qtbot.waitUntil(lambda: bool(said) and not page.unnamed.isVisible(), timeout=10_000)
    assert asked and said == [
        QCoreApplication.translate(
            "RegisterPage", "Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}."
        ).format(added=2, renamed=0, unchanged=0)
    ]
    assert not page.unnamed.isVisible() and page.unnamed_codes == []

    target = out / "buku.xlsx"
    with qtbot.waitSignal(page.workbook_done, timeout=60_000) as done:
        page.make_workbook(target)
    assert done.args == ["saved"]
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Rekapitulasi"]
    names = {
        sheet.cell(row, 2).value: sheet.cell(row, 3).value
        for row in range(1, sheet.max_row + 1)
        if sheet.cell(row, 2).value in ("1.3.1.01", "1.3.3.01")
    }
    workbook.close()
    assert names == {"1.3.1.01": "Tanah", "1.3.3.01": "Bangunan Gedung"}


def test_the_warning_follows_the_year(qtbot, demo_db: Database) -> None:
    with demo_db.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM asset_code WHERE code = '1.3.1.01'")
        first_land = connection.exec_driver_sql(
            "SELECT min(acquisition_year) FROM asset WHERE code LIKE '1.3.1.%'"
        ).scalar_one()
    page = _page(qtbot, demo_db)
    assert page.unnamed.isVisible() and page.unnamed_codes == ["1.3.1.01"]
    page.year.setValue(first_land - 1)  # before the first plot of land came in
    assert not page.unnamed.isVisible() and page.unnamed_codes == []
    page.year.setValue(first_land)
    assert page.unnamed.isVisible()
