"""Adding or changing a room."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_nip
from inventaris.locations import (
    ROOM_KIND_LABELS,
    RoomInput,
    RoomKind,
    RoomView,
    list_buildings,
    save_room,
)
from ui.context import AppContext
from ui.i18n import engine_text
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


class RoomDialog(QDialog):
    def __init__(
        self, context: AppContext, room: RoomView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.room = room
        self.saved: RoomView | None = None
        self.setWindowTitle(self.tr("New room") if room is None else self.tr("Room"))
        self.setMinimumWidth(460)
        self.code = QLineEdit(room.code if room else "")
        self.name = QLineEdit(room.name if room else "")
        self.building = QComboBox()
        self.building.addItem(self.tr("—"), None)
        for building in list_buildings(context.db, context.actor):
            self.building.addItem(building.name, building.id)
        self.floor = QLineEdit(room.floor if room else "")
        self.kind = QComboBox()
        for kind in RoomKind:
            self.kind.addItem(engine_text(ROOM_KIND_LABELS[kind]), kind.value)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 5000)
        self.capacity.setSpecialValueText(self.tr("—"))
        self.facilities = QLineEdit(room.facilities if room else "")
        self.facilities.setPlaceholderText(self.tr("e.g. projector, sound system, AC"))
        self.responsible_name = QLineEdit(room.responsible_name if room else "")
        self.responsible_nip = QLineEdit(format_nip(room.responsible_nip) if room else "")
        self.responsible_nip.setPlaceholderText(self.tr("18 digits"))
        self.active = QCheckBox(self.tr("In use"))
        self.active.setChecked(room.active if room else True)
        if room is not None:
            self.building.setCurrentIndex(max(self.building.findData(room.building_id), 0))
            self.kind.setCurrentIndex(self.kind.findData(room.kind.value))
            self.capacity.setValue(room.capacity or 0)
        form = QFormLayout()
        form.addRow(self.tr("Room code *"), self.code)
        form.addRow(self.tr("Room name *"), self.name)
        form.addRow(self.tr("Building"), self.building)
        form.addRow(self.tr("Floor"), self.floor)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Capacity (people)"), self.capacity)
        form.addRow(self.tr("Facilities"), self.facilities)
        form.addRow(self.tr("Person responsible"), self.responsible_name)
        form.addRow(self.tr("NIP of the person responsible"), self.responsible_nip)
        form.addRow("", self.active)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("Save"), self.save))
        self.fields: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "capacity": self.capacity,
            "responsible_nip": self.responsible_nip,
        }

    def save(self) -> None:
        data = RoomInput(
            code=self.code.text(),
            name=self.name.text(),
            building_id=self.building.currentData(),
            floor=self.floor.text(),
            kind=RoomKind(self.kind.currentData()),
            capacity=self.capacity.value() or None,
            facilities=self.facilities.text(),
            responsible_name=self.responsible_name.text(),
            responsible_nip=self.responsible_nip.text(),
            active=self.active.isChecked(),
        )
        try:
            self.saved = save_room(
                self.context.db, self.context.actor, data, self.room.id if self.room else None
            )
        except DomainError as error:
            show_form_error(error, self.error, self.fields)
            return
        self.accept()
