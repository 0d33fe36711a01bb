"""Qt's own buttons and dialogs speak the program's language (issue 17: one language at a time).

Qt ships no Indonesian catalogue; resources/translations/qt_id.ts carries the words we show."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from ui.i18n import install_translator


def _button_texts(box: QMessageBox) -> set[str]:
    return {button.text().replace("&", "") for button in box.buttons()}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", {"Ya", "Tidak", "Buang", "Batal", "Tutup", "Simpan"}),
        ("en", {"Yes", "No", "Discard", "Cancel", "Close", "Save"}),
    ],
)
def test_standard_buttons_speak_the_chosen_language(
    qapp: QApplication, language: str, expected: set[str]
) -> None:
    install_translator(qapp, language)
    try:
        box = QMessageBox()
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(
            buttons.Yes | buttons.No | buttons.Discard | buttons.Cancel | buttons.Close
            | buttons.Save
        )  # fmt: skip
        assert _button_texts(box) == expected
        row = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert row.button(QDialogButtonBox.StandardButton.Cancel).text() in expected
    finally:
        install_translator(qapp, "id")


def test_the_file_dialog_speaks_indonesian(qapp: QApplication) -> None:
    install_translator(qapp, "id")
    dialog = QFileDialog(None, "Simpan", "", "Buku kerja Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Cari di:", "Nama berkas:", "Jenis berkas:"} <= labels
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    assert {button.text().replace("&", "") for button in box.buttons()} == {"Simpan", "Batal"}
    dialog.deleteLater()


def test_the_print_preview_speaks_indonesian(qapp: QApplication) -> None:
    install_translator(qapp, "id")
    printer = QPrinter()
    dialog = QPrintPreviewDialog(printer)
    words = {action.text() for action in dialog.findChildren(QAction)}
    assert {"Halaman berikutnya", "Perbesar", "Cetak", "Pengaturan halaman"} <= words
    dialog.deleteLater()


def test_line_edit_menu_speaks_indonesian(qapp: QApplication) -> None:
    install_translator(qapp, "id")
    edit = QLineEdit("teks")
    menu = edit.createStandardContextMenu()
    assert menu is not None
    words = {action.text().split("\t")[0].replace("&", "") for action in menu.actions()}
    assert {"Salin", "Tempel", "Potong", "Pilih Semua"} <= words
    menu.deleteLater()
