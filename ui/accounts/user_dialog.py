"""Adding or changing a user account (Admin)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inventaris.accounts import UserInput, UserView, create_user, update_user
from inventaris.core.errors import DomainError
from inventaris.core.permissions import ROLE_LABELS, Role
from ui.context import AppContext
from ui.i18n import engine_text
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


class UserDialog(QDialog):
    def __init__(
        self, context: AppContext, user: UserView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.user = user
        self.saved_user: UserView | None = None
        self.setWindowTitle(self.tr("Add user") if user is None else self.tr("Edit user"))
        self.setMinimumWidth(440)
        self.username = QLineEdit(user.username if user else "")
        self.full_name = QLineEdit(user.full_name if user else "")
        self.nip = QLineEdit(user.nip if user else "")
        self.nip.setPlaceholderText(self.tr("18 digits, optional"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(engine_text(ROLE_LABELS[role]), role)
        if user is not None:
            self.role.setCurrentIndex(list(Role).index(user.role))
        self.active = QCheckBox(self.tr("Account may log in"))
        self.active.setChecked(user.active if user else True)
        form = QFormLayout()
        form.addRow(self.tr("&User name *"), self.username)
        form.addRow(self.tr("&Full name *"), self.full_name)
        form.addRow(self.tr("&NIP"), self.nip)
        form.addRow(self.tr("&Role *"), self.role)
        form.addRow("", self.active)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if user is None:
            form.addRow(self.tr("&Password *"), self.password)
            form.addRow(self.tr("Repeat password *"), self.confirm)
        self.error = ErrorLabel()
        buttons = dialog_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def data(self) -> UserInput:
        return UserInput(
            username=self.username.text(),
            full_name=self.full_name.text(),
            nip=self.nip.text(),
            role=self.role.currentData(),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        fields: dict[str, QWidget] = {
            "username": self.username, "full_name": self.full_name, "nip": self.nip,
            "role": self.role, "password": self.password,
        }  # fmt: skip
        try:
            if self.user is None:
                if self.password.text() != self.confirm.text():
                    self.error.show_message(self.tr("The two passwords are not the same."))
                    self.confirm.setFocus()
                    return
                self.saved_user = create_user(
                    self.context.db, self.context.actor, self.data(), self.password.text()
                )
            else:
                self.saved_user = update_user(
                    self.context.db, self.context.actor, self.user.id, self.data()
                )
        except DomainError as error:
            show_form_error(error, self.error, fields)
            return
        self.accept()
