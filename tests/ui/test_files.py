"""File dialogs never open the files of the folder they show: on Linux that would drop the
locks SQLite holds on the database (traced with strace in a separate process)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"

_DIALOG_SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
app = QApplication([])
def close():
    for widget in app.topLevelWidgets():
        if isinstance(widget, QFileDialog):
            widget.reject()
QTimer.singleShot(1500, close)
folder, how = sys.argv[1], sys.argv[2]
if how == "ours":
    from ui.files import ask_save_path
    ask_save_path(None, "Simpan", folder + "/label.pdf", "PDF (*.pdf)")
else:
    dialog = QFileDialog(None, "Simpan", folder + "/label.pdf", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.exec()
"""


def _files_opened_by_a_dialog(folder: Path, how: str, tmp_path: Path) -> list[str]:
    trace = tmp_path / f"trace-{how}.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [
            "strace", "-f", "-e", "trace=openat,open", "-o", str(trace),
            sys.executable, "-c", _DIALOG_SCRIPT, str(folder), how,
        ],
        check=True, env=env, cwd=UI.parent, capture_output=True, timeout=60,
    )  # fmt: skip
    return [line for line in trace.read_text().splitlines() if str(folder) + "/" in line]


@pytest.mark.skipif(sys.platform != "linux", reason="the lock loss is Linux's")
def test_our_save_dialog_never_opens_the_database_beside_it(tmp_path: Path) -> None:
    assert shutil.which("strace"), "strace is installed by .ci/setup"
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(folder / "inventaris.db") as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    # The trace sees what Qt's own dialog does: it reads the database to guess its type.
    assert any(
        "inventaris.db" in line for line in _files_opened_by_a_dialog(folder, "qt", tmp_path)
    )
    assert _files_opened_by_a_dialog(folder, "ours", tmp_path) == []


def test_every_file_dialog_goes_through_ui_files() -> None:
    offenders = [
        str(path.relative_to(UI.parent))
        for path in sorted(UI.rglob("*.py"))
        if path.name != "files.py" and "QFileDialog" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
