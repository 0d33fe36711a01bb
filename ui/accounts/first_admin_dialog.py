"""First start: the Admin account is made before anything else."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inventaris.accounts import MIN_PASSWORD_LENGTH, create_first_admin
from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.core.permissions import Actor
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


class FirstAdminDialog(QDialog):
    logged_in = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Welcome to Inventaris"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the Admin account: it sets up the "
                "office and the other users. Keep its password safe."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("at least {count} characters").format(count=MIN_PASSWORD_LENGTH)
        )
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.confirm)
        self.error = ErrorLabel()
        buttons = dialog_buttons(self, self.tr("Create account"), self.create_admin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.full_name.setFocus()

    def create_admin(self) -> None:
        if self.password.text() != self.confirm.text():
            self.error.show_message(self.tr("The two passwords are not the same."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        try:
            actor = create_first_admin(
                self.db, self.username.text(), self.full_name.text(), self.password.text()
            )
        except DomainError as error:
            show_form_error(
                error,
                self.error,
                {"username": self.username, "full_name": self.full_name, "password": self.password},
            )
            return
        self.actor = actor
        self.accept()
        self.logged_in.emit(actor)
