"""Logging in: user name and password; errors say what to do, never which part was wrong."""

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

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.core.permissions import Actor
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


class LoginDialog(QDialog):
    logged_in = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Log in to Inventaris"))
        self.setMinimumWidth(380)
        intro = QLabel(self.tr("Enter your user name and password."))
        intro.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        self.error = ErrorLabel()
        buttons = dialog_buttons(self, self.tr("Log in"), self.try_login)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        if not self.username.text().strip():
            self.username.setFocus()
            return
        if not self.password.text():
            # Enter after the user name: ask for the password, do not count a failed try.
            self.password.setFocus()
            return
        try:
            actor = authenticate(self.db, self.username.text(), self.password.text())
        except DomainError as error:
            self.password.clear()
            show_form_error(
                error, self.error, {"username": self.username, "password": self.password}
            )
            return
        self.actor = actor
        self.password.clear()
        self.accept()
        self.logged_in.emit(actor)
