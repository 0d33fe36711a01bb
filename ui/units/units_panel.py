"""The units of the regency (Admin, on Pengguna): list, add and change them."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.changes import Change
from inventaris.core.errors import DomainError
from inventaris.core.formatting import group_thousands
from inventaris.units import UnitView, list_units
from ui.context import AppContext
from ui.errors import show_error
from ui.hub import hub, touches
from ui.icons import icon
from ui.table_model import Column, RowsModel
from ui.units.unit_dialog import UnitDialog


class UnitsModel(RowsModel[UnitView]):
    """The units with their parent's name, head, Pengurus Barang, items and status."""

    def __init__(self) -> None:
        self.names: dict[int, str] = {}  # the parent column's names, from the same list

        columns: list[Column[UnitView]] = [
            Column(
                QCoreApplication.translate("UnitsModel", "Kode lokasi"),
                lambda unit: unit.kode_lokasi,
            ),
            Column(QCoreApplication.translate("UnitsModel", "Unit"), lambda unit: unit.name),
            Column(
                QCoreApplication.translate("UnitsModel", "Parent unit"),
                lambda unit: (
                    self.names.get(unit.parent_id, "") if unit.parent_id is not None else ""
                ),
            ),
            Column(QCoreApplication.translate("UnitsModel", "Head"), lambda unit: unit.head_name),
            Column(
                QCoreApplication.translate("UnitsModel", "Pengurus Barang"),
                lambda unit: unit.custodian_name,
            ),
            Column(
                QCoreApplication.translate("UnitsModel", "Items"),
                lambda unit: group_thousands(unit.item_count),
                sort_key=lambda unit: unit.item_count,
                right=True,
            ),
            Column(
                QCoreApplication.translate("UnitsModel", "Status"),
                lambda unit: (
                    QCoreApplication.translate("UnitsModel", "in use")
                    if unit.active
                    else QCoreApplication.translate("UnitsModel", "not in use")
                ),
            ),
        ]
        # Every cell's whole text is its tooltip too.
        super().__init__([replace(column, tooltip=column.text) for column in columns])

    @property
    def units(self) -> list[UnitView]:
        return self.rows

    def set_units(self, units: list[UnitView]) -> None:
        self.names = {unit.id: unit.name for unit in units}
        self.set_rows(units)


class UnitsPanel(QWidget):
    """Emits ``units_changed`` after a save, so the window can show a new name or a choice."""

    units_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: UnitDialog | None = None
        self.model = UnitsModel()
        self.table = QTableView()
        self.table.setObjectName("unitsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_unit())
        self.table.activated.connect(lambda _index: self.edit_unit())
        self.add_button = QPushButton(icon("add"), self.tr("Add unit"))
        self.add_button.setObjectName("addUnit")
        self.add_button.setToolTip(self.tr("Add an OPD or a UPB with its kode lokasi"))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"))
        self.edit_button.setObjectName("editUnit")
        self.edit_button.setToolTip(self.tr("Edit the selected unit (Enter)"))
        self.edit_button.clicked.connect(self.edit_unit)
        self.note = QLabel(
            self.tr(
                "Each unit (OPD, or a UPB under one) keeps its own register, rooms, vehicles "
                "and signatories. Assign users to units on the Accounts tab."
            )
        )
        self.note.setWordWrap(True)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.add_button)
        toolbar.addWidget(self.edit_button)
        toolbar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self._restore_columns()
        hub().changed.connect(self._data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        # Counting every unit's items scans the register: only when the list is looked at.
        super().showEvent(event)
        self.refresh()

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        """A unit saved here, in another window or on another PC."""
        if touches(changes, ("units",)) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        try:
            units = list_units(self.context.db, self.context.actor)
        except DomainError as error:
            show_error(self, error)
            return
        chosen = self.selected_unit()
        self.model.set_units(units)
        if chosen is not None:
            ids = [unit.id for unit in units]
            if chosen.id in ids:
                self.table.selectRow(ids.index(chosen.id))

    def selected_unit(self) -> UnitView | None:
        index = self.table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.model.units):
            return None
        return self.model.units[index.row()]

    def add_unit(self) -> None:
        self._open(None)

    def edit_unit(self) -> None:
        unit = self.selected_unit()
        if unit is not None:
            self._open(unit)

    def _open(self, unit: UnitView | None) -> None:
        self.dialog = UnitDialog(self.context, self.model.units, unit, self)
        self.dialog.accepted.connect(self._saved)
        self.dialog.open()

    def _saved(self) -> None:
        self.refresh()
        self.units_changed.emit()

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = QSettings().value("columns/units")
        if state is None or not header.restoreState(state):
            for column, width in ((0, 150), (1, 250), (2, 170), (3, 160), (4, 160), (5, 60)):
                header.resizeSection(column, width)

    def save_state(self) -> None:
        QSettings().setValue("columns/units", self.table.horizontalHeader().saveState())
