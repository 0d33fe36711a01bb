"""The office's smallest screen, 1366×768, also at 150 % (QT_SCALE_FACTOR=1.5, 911×512 logical
pixels): the window starts maximised, the toolbars keep their daily actions in view, no window
or dialog runs off the screen, their buttons are always in reach, messages are read whole, cut
cells show their text as a tooltip, and the list with the focus shows it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QTableView,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from inventaris.accounts import MSG_LAST_TRY
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from tests.ui.conftest import ARTIFACTS, log_in, screenshot, show_active, start_launcher
from ui import screen
from ui.app import LIST_FOCUS_STYLE
from ui.forms import FormDialog
from ui.table_model import Column, RowsModel

ROOT = Path(__file__).resolve().parents[2]
PAGES_WITH_TOOLBARS = {"assets", "vehicles", "meeting_rooms", "residences", "stocktake"}


def run_probe(tmp_path: Path, template: Path, scale: str) -> dict:
    """tests/ui/screen_fit_probe.py in its own process: Qt takes the scale only at start."""
    home = tmp_path / "home"
    home.mkdir()
    database = tmp_path / "demo.db"
    shutil.copy(template, database)
    screen_file = tmp_path / "screen.json"
    screen_file.write_text(
        json.dumps(
            {"screens": [{"name": "laptop", "width": 1366, "height": 768, "logicalDpi": 96}]}
        )
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "INVENTARIS_"))}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen_file}",
        QT_SCALE_FACTOR=scale,
        INVENTARIS_HOME=str(home),
    )
    out = tmp_path / "result.json"
    shots = ARTIFACTS / f"screen-fit-{scale}x"
    command = [sys.executable, "-m", "tests.ui.screen_fit_probe", f"sqlite:///{database}"]
    done = subprocess.run(
        [*command, str(out), "--shots", str(shots)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return json.loads(out.read_text())


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    ("scale", "logical"), [("1.5", [0, 0, 911, 512]), ("1", [0, 0, 1366, 768])]
)
def test_every_window_and_dialog_fits_the_screen_with_its_buttons_in_reach(
    tmp_path: Path, demo_template: Callable[..., Path], scale: str, logical: list[int]
) -> None:
    result = run_probe(tmp_path, demo_template(assets=300, seed=2), scale)
    assert result["screen"] == logical
    assert result["errors"] == []
    # Each dialog class of ui/ was opened (a new one needs a way in: see build_directly).
    assert result["never_opened"] == []
    seen = set(result["seen_classes"])
    assert {"MainWindow", "LoginDialog", "AssetDialog", "OccupancyDialog", "ImportDialog"} <= seen
    wrong = [window for window in result["windows"] if not window["fits"]]
    assert wrong == [], json.dumps(wrong, indent=1, ensure_ascii=False)
    assert result["maximized"]
    hidden = [(t["page"], t["text"]) for t in result["toolbars"] if t["high"] and not t["shown"]]
    assert hidden == [], "daily actions pushed behind the » button"
    assert {t["page"] for t in result["toolbars"] if t["high"]} == PAGES_WITH_TOOLBARS


def test_at_1366x768_the_window_starts_maximised_with_the_daily_actions_on_the_toolbars(
    qtbot, demo_db: Database
) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    window = launcher.window
    log_in(qtbot, launcher, "admin")
    available = window.screen().availableGeometry()
    assert available.size() == QSize(1366, 768)  # tests/conftest.py's screen
    assert window.isMaximized()
    assert available.contains(window.frameGeometry())
    ranked: dict[str, list[str]] = {}
    for key, page in window.pages.items():
        window.go_to(key)
        qtbot.waitUntil(page.isVisible)
        QApplication.processEvents()
        for bar in page.findChildren(QToolBar):
            daily = [
                action
                for action in bar.actions()
                if action.isVisible() and action.priority() == QAction.Priority.HighPriority
            ]
            ranked[key] = [action.text() for action in daily]
            behind = [a.text() for a in daily if not bar.widgetForAction(a).isVisible()]
            assert behind == [], f"{key}: behind the » button"
    assert set(ranked) == PAGES_WITH_TOOLBARS
    assert ranked["assets"][:2] == ["Tambah", "Buka"]  # the most used come first
    window.go_to("residences")
    screenshot(window, "screen_fit_residences_1366")


def test_the_login_warns_before_the_last_try_and_shows_the_lock_out_whole(
    qtbot, demo_db: Database
) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    dialog = launcher.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)

    def wrong_password() -> str:
        dialog.username.setText("pimpinan")  # type: ignore[attr-defined]
        dialog.password.setText("bukan-sandinya")  # type: ignore[attr-defined]
        dialog.try_login()  # type: ignore[attr-defined]
        return dialog.error.text()  # type: ignore[attr-defined]

    for _ in range(3):
        assert "15" not in wrong_password()
    warning = QCoreApplication.translate("Engine", MSG_LAST_TRY).format(minutes=15)
    assert wrong_password() == f"⚠ {warning}"
    screenshot(dialog, "login_one_try_left_id")
    locked = wrong_password()
    assert "5" in locked and "WIB" in locked
    label = dialog.error  # type: ignore[attr-defined]
    # Every line of the message is inside the dialog: nothing is cut at the bottom.
    assert label.height() >= label.heightForWidth(label.width())
    assert dialog.rect().contains(label.geometry())
    screenshot(dialog, "login_locked_id")


@pytest.fixture
def screen_fit(qapp: QApplication):
    fitter = screen.install(qapp)
    yield fitter
    qapp.removeEventFilter(fitter)
    fitter.deleteLater()


def _tooltip_at(qtbot, view: QTableView, row: int, column: int) -> str:
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    centre = view.visualRect(view.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_cut_cell_shows_its_whole_text_as_its_tooltip(qtbot, screen_fit) -> None:
    rows = [("Jl. Cut Nyak Dhien No. 18, Stabat", "1.3.3.01.02.02.001.000002"), ("R.01", "")]
    model: RowsModel[tuple[str, str]] = RowsModel(
        [
            Column("Rumah", lambda row: row[0], tooltip=lambda row: row[1]),
            Column("Kode", lambda row: row[0]),
        ]
    )
    model.set_rows(rows)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setWordWrap(False)
    view.setColumnWidth(0, 90)
    view.setColumnWidth(1, 90)
    view.resize(300, 150)
    show_active(qtbot, view)
    # Cut, with the model's own tooltip (the register code) under the whole address.
    tip = _tooltip_at(qtbot, view, 0, 0)
    assert "Jl. Cut Nyak Dhien No. 18, Stabat" in tip and "1.3.3.01.02.02.001.000002" in tip
    assert "Jl. Cut Nyak Dhien No. 18, Stabat" in _tooltip_at(qtbot, view, 0, 1)
    assert _tooltip_at(qtbot, view, 1, 1) == ""  # "R.01" is whole: no tooltip
    view.setColumnWidth(1, 280)
    assert _tooltip_at(qtbot, view, 0, 1) == ""  # wide enough now
    view.setWordWrap(True)  # wrapped into more lines than the row is tall: cut again
    view.setColumnWidth(1, 70)
    assert "Jl. Cut Nyak Dhien No. 18, Stabat" in _tooltip_at(qtbot, view, 0, 1)


def test_the_list_with_the_focus_wears_a_frame_in_the_selection_colour(
    qtbot, qapp: QApplication
) -> None:
    qapp.setStyleSheet(LIST_FOCUS_STYLE)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        table, edit = QTableView(), QLineEdit()
        model: RowsModel[str] = RowsModel([Column("Ruangan", lambda row: row)])
        model.set_rows(["Ruang Arsip", "Gudang Perlengkapan"])
        table.setModel(model)
        layout = QVBoxLayout(holder)
        layout.addWidget(table)
        layout.addWidget(edit)
        holder.resize(400, 300)
        show_active(qtbot, holder)
        highlight = table.palette().highlight().color().rgb()

        def left_edge() -> tuple[int, QPoint]:
            QApplication.processEvents()
            image = table.grab().toImage()
            return image.pixel(0, image.height() // 2), table.viewport().pos()

        table.setFocus()
        qtbot.waitUntil(table.hasFocus)
        focused, inside = left_edge()
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        unfocused, inside_after = left_edge()
        assert focused == highlight
        assert unfocused != highlight
        assert inside == inside_after  # the frame keeps its width: nothing moves
    finally:
        qapp.setStyleSheet("")


def test_a_long_form_scrolls_to_the_field_an_error_names_with_its_buttons_below(
    qtbot, screen_fit
) -> None:
    class LongForm(FormDialog):
        def apply(self) -> None:
            self.show_error(ValidationError("Isi kolom ini.", field="field_29"))

    form = LongForm("Formulir panjang", "Simpan")
    qtbot.addWidget(form)
    edits = [form.add_field(f"Kolom {n}", f"field_{n}", QLineEdit()) for n in range(30)]
    form.setMaximumHeight(300)  # a short screen
    show_active(qtbot, form)
    assert form.height() <= 300
    save = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not save.visibleRegion().isEmpty()
    assert edits[29].visibleRegion().isEmpty()  # below the fold
    save.click()
    assert edits[29].hasFocus() and not edits[29].visibleRegion().isEmpty()
    # Tab goes from field to field: the scrolling body itself is never a stop.
    edits[0].setFocus()
    stops = []
    for _ in range(35):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[:29] == edits[1:]
    assert not any(isinstance(stop, screen.ScrollingBody) for stop in stops)
    form.changed = False
    form.reject()
