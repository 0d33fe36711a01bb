"""Bantuan › Tentang says the version, the database in use, the data folder and where backups
go (issue 22 item 5): what the office's IT person asks first."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton

from inventaris import __version__
from inventaris.core.db import Database
from tests.ui.conftest import screenshot, show_active
from ui.about import AboutDialog
from ui.main_window import MainWindow


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_about_names_version_database_data_and_backup_folders(qtbot, demo_db: Database) -> None:
    window = MainWindow("id")
    qtbot.addWidget(window)
    window.set_database(demo_db)
    dialog = AboutDialog(window.database, window)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    texts = _texts(dialog)
    home = Path(os.environ["INVENTARIS_HOME"])
    assert f"Inventaris {__version__}" in texts
    assert f"Berkas SQLite {demo_db.url.database}" in texts
    assert str(home) in texts and str(home / "backups") in texts
    assert dialog.windowTitle() == "Tentang Inventaris"
    assert [b.text() for b in dialog.findChildren(QPushButton) if b.text() == "Buka"] == [
        "Buka",
        "Buka",
    ]
    screenshot(dialog, "about-id")


def test_about_before_any_database_is_open(qtbot) -> None:
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert "belum ada" in _texts(dialog)
