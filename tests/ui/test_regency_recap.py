"""Laporan's regency recap: shown only to a role reading every unit, made in the background."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QMainWindow

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.core.permissions import Role
from tests.support.builders import user_with_role
from tests.ui.conftest import show_active
from ui.context import AppContext
from ui.reports.reports_page import ReportsPage


def _page(qtbot, db: Database, actor) -> ReportsPage:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = ReportsPage(AppContext(db, actor, "id"))
    window.setCentralWidget(page)
    page.test_window = window  # type: ignore[attr-defined]  # qtbot keeps only a weak reference
    window.resize(1366, 740)
    show_active(qtbot, window)
    return page


def test_only_the_bpkad_and_the_admin_see_the_regency_recap(qtbot, demo_db: Database) -> None:
    for username, shown in (("pengurus", False), ("pimpinan", False), ("admin", True)):
        page = _page(qtbot, demo_db, authenticate(demo_db, username, "demo1234"))
        assert (page.regency_button is not None) is shown, username


def test_the_bpkad_makes_the_recap_and_the_units_workbooks(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    admin = authenticate(demo_db, "admin", "demo1234")
    bpkad = user_with_role(demo_db, admin, Role.BPKAD)
    page = _page(qtbot, demo_db, bpkad)
    assert page.regency_button is not None and page.regency_button.isVisible()
    page.grab().save(str(tmp_path / "reports-bpkad.png"))
    target = tmp_path / "rekap.xlsx"
    with qtbot.waitSignal(page.regency_done, timeout=60_000) as done:
        assert page.make_regency_recap(target) is not None
        assert not page.regency_button.isEnabled() and not page.make_button.isEnabled()
    assert done.args == ["saved"]
    assert page.regency_button.isEnabled()
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[:2] == ["Rekap KIB A", "Rekap KIB B"]
    assert [path.suffix for path in (tmp_path / "rekap-unit").iterdir()] == [".xlsx"]
    box = page.saved_box
    assert box is not None and box.isVisible() and box.informativeText() == str(target)
    box.close()
