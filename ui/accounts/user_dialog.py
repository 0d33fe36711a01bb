"""Adding or changing a user account (Admin)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.accounts import UserInput, UserView, create_user, update_user
from inventaris.core.errors import DomainError
from inventaris.core.permissions import ROLE_LABELS, ROLE_PERMISSIONS, Permission, Role
from inventaris.units import list_units
from ui.context import AppContext
from ui.i18n import engine_text
from ui.units.picker import unit_caption
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
        # The units the account works in: a checklist, only when there is more than one.
        self.units = QListWidget()
        self.units.setObjectName("userUnits")
        self.units.setAccessibleName(self.tr("Units"))
        self.units_note = QLabel()
        self.units_note.setWordWrap(True)
        units = [
            unit
            for unit in list_units(context.db, context.actor, with_counts=False)
            if unit.active or (user is not None and unit.id in user.unit_ids)
        ]
        chosen = user.unit_ids if user is not None else context.actor.unit_ids
        for unit in units:
            item = QListWidgetItem(unit_caption(unit))
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = unit.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.units.setMaximumHeight(150)
        if len(units) > 1:
            self.setMinimumWidth(560)  # "name — kode lokasi" reads whole
            form.addRow(self.tr("Works in the &units"), self.units)
            form.addRow("", self.units_note)
        else:
            self.units.hide()
            self.units_note.hide()
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.error = ErrorLabel()
        buttons = dialog_buttons(self, self.tr("Save"), self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _every_unit(self) -> bool:
        role = self.role.currentData()
        return role is not None and Permission.VIEW_ALL_UNITS in ROLE_PERMISSIONS[Role(role)]

    def _role_changed(self) -> None:
        every = self._every_unit()
        self.units.setEnabled(not every)
        self.units_note.setText(
            self.tr("An Admin and the BPKAD work in every unit.") if every else ""
        )
        self.units_note.setVisible(every and not self.units.isHidden())

    def checked_units(self) -> frozenset[int]:
        return frozenset(
            self.units.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.units.count())
            if self.units.item(row).checkState() == Qt.CheckState.Checked
        )

    def data(self) -> UserInput:
        return UserInput(
            username=self.username.text(),
            full_name=self.full_name.text(),
            nip=self.nip.text(),
            role=self.role.currentData(),
            active=self.active.isChecked(),
            # Not asked (one unit, or a role that works in all): unchanged, or the first unit.
            unit_ids=self.checked_units()
            if not self.units.isHidden() and not self._every_unit()
            else frozenset(),
        )

    def save(self) -> None:
        fields: dict[str, QWidget] = {
            "username": self.username, "full_name": self.full_name, "nip": self.nip,
            "role": self.role, "password": self.password, "units": self.units,
        }  # fmt: skip
        if not self.units.isHidden() and not self._every_unit() and not self.checked_units():
            self.error.show_message(self.tr("Tick at least one unit the user works in."))
            self.units.setFocus()
            return
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
