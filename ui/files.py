"""Choosing a file to open or a path to save to: every file dialog of the program.

Qt's own file dialog guesses each file's type by reading its first bytes (for the icon and the
"Type" column), so showing a folder opens every file in it, the SQLite database included. On
Linux, closing such a descriptor drops every lock SQLite holds on the file, and another process
may then delete the WAL under our feet (sqlite.org/howtocorrupt.html, 2.2). These dialogs name
icons and types from the file name alone and never open a file. On Windows, where locks are not
lost that way, the system's native dialog is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QSettings, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

NATIVE = sys.platform == "win32"
LAST_FOLDER_KEY = "files/last_folder"


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the name alone: nothing here opens a file."""

    def __init__(self) -> None:
        super().__init__()
        themed = QFileIconProvider()
        self._by_kind = {
            kind: themed.icon(kind)
            for kind in (
                QAbstractFileIconProvider.IconType.File,
                QAbstractFileIconProvider.IconType.Folder,
                QAbstractFileIconProvider.IconType.Drive,
                QAbstractFileIconProvider.IconType.Computer,
                QAbstractFileIconProvider.IconType.Desktop,
                QAbstractFileIconProvider.IconType.Trashcan,
                QAbstractFileIconProvider.IconType.Network,
            )
        }

    def icon(self, what: QFileInfo | QAbstractFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return self._by_kind[kind]
        return self._by_kind.get(what, QIcon())

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QCoreApplication.translate("Files", "Folder")
        suffix = info.suffix().upper()
        if not suffix:
            return QCoreApplication.translate("Files", "File")
        return QCoreApplication.translate("Files", "{kind} file").format(kind=suffix)


_provider: NameOnlyIconProvider | None = None


def _icon_provider() -> NameOnlyIconProvider:
    """One provider for the program's life: a dialog's file model may still ask it about files
    from its own thread after the dialog has closed."""
    global _provider
    if _provider is None:
        _provider = NameOnlyIconProvider()
    return _provider


def _start_path(suggested: str) -> str:
    """A bare file name goes in the folder used last (or Documents), never in the folder the
    program happens to run from, which may be the data folder."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    saved = QSettings().value(LAST_FOLDER_KEY, "")
    folder = str(saved or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    if not folder or not Path(folder).is_dir():
        folder = str(Path.home())
    return str(Path(folder) / suggested) if suggested else folder


def _ask(
    parent: QWidget | None, title: str, suggested: str, filters: str, *, save: bool
) -> tuple[str, str]:
    dialog = QFileDialog(parent, title, _start_path(suggested), filters)
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    if not NATIVE:
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_icon_provider())
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        chosen = dialog.selectedFiles()[0]
    finally:
        dialog.deleteLater()
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
    return chosen, dialog.selectedNameFilter()


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> tuple[str, str]:
    """The path to save to and the filter chosen, or ("", "") when cancelled."""
    return _ask(parent, title, suggested, filters, save=True)


def ask_open_path(parent: QWidget | None, title: str, folder: str, filters: str) -> tuple[str, str]:
    """An existing file to open and the filter chosen, or ("", "") when cancelled."""
    return _ask(parent, title, folder, filters, save=False)
