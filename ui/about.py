"""Bantuan › Tentang: the version, the database in use, the data folder and where backups go —
what the office's IT person asks first on the telephone."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventaris import __version__
from inventaris.core.db import Database, display_url
from inventaris.core.paths import backups_dir, data_dir
from inventaris.core.schema import HEAD_REVISION


class AboutDialog(QDialog):
    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Inventaris"))
        heading = QLabel(f"<b>Inventaris {__version__}</b>")
        heading.setStyleSheet("font-size: 14pt;")
        purpose = QLabel(
            self.tr(
                "Asset register, labels, vehicles, meeting rooms and official residences for "
                "the Bagian Umum of a regency office."
            )
        )
        purpose.setWordWrap(True)
        form = QFormLayout()
        if db is None:
            database = self.tr("none open")
        elif db.backend == "sqlite":
            database = self.tr("SQLite file {path}").format(path=db.url.database)
        else:
            database = self.tr("PostgreSQL server {url}").format(url=display_url(db.url))
        self.database = self._value(database)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("Schema version"), self._value(HEAD_REVISION.split("_", 1)[0]))
        self.data_folder = data_dir()
        self.backups_folder = backups_dir()
        form.addRow(self.tr("Data folder"), self._folder(self.data_folder))
        form.addRow(self.tr("Backups"), self._folder(self.backups_folder))
        form.addRow(
            self.tr("Built with"),
            self._value(f"Python {platform.python_version()}, Qt for Python {pyside_version}"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(purpose)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    @staticmethod
    def _value(text: str) -> QLabel:
        # Selectable, so it can be copied into a message to whoever looks after the PCs.
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def _folder(self, path: Path) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._value(str(path)), 1)
        button = QPushButton(self.tr("Open"))
        button.setToolTip(self.tr("Open the folder in the file manager"))
        button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        layout.addWidget(button)
        return row
