"""Adding or renaming a building (rooms belong to buildings)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from inventaris.core.errors import DomainError
from inventaris.locations import BuildingView, list_buildings, save_building
from ui.context import AppContext
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


class BuildingDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: BuildingView | None = None
        self.setWindowTitle(self.tr("Buildings"))
        self.setMinimumWidth(460)
        self.buildings = list_buildings(context.db, context.actor)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("— a new building —"), None)
        for building in self.buildings:
            self.choice.addItem(building.name, building.id)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.name = QLineEdit()
        self.address = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Building"), self.choice)
        form.addRow(self.tr("Building name *"), self.name)
        form.addRow(self.tr("Address"), self.address)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("Save"), self.save))

    def _chosen(self) -> None:
        building = next((b for b in self.buildings if b.id == self.choice.currentData()), None)
        self.name.setText(building.name if building else "")
        self.address.setText(building.address if building else "")

    def save(self) -> None:
        try:
            self.saved = save_building(
                self.context.db,
                self.context.actor,
                self.name.text(),
                self.address.text(),
                self.choice.currentData(),
            )
        except DomainError as error:
            show_form_error(error, self.error, {"name": self.name})
            return
        self.accept()
