"""Changing one's own password (any role)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.accounts import change_own_password
from inventaris.core.errors import DomainError
from ui.context import AppContext
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


class ChangePasswordDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change password"))
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.confirm = QLineEdit()
        for field in (self.current, self.new, self.confirm):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.current)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("&Repeat new password"), self.confirm)
        self.error = ErrorLabel()
        buttons = dialog_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        if self.new.text() != self.confirm.text():
            self.error.show_message(self.tr("The two new passwords are not the same."))
            self.confirm.setFocus()
            return
        try:
            change_own_password(
                self.context.db, self.context.actor, self.current.text(), self.new.text()
            )
        except DomainError as error:
            show_form_error(
                error, self.error, {"current_password": self.current, "new_password": self.new}
            )
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Your password was changed."))
        self.accept()
