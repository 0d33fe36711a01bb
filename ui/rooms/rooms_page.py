"""Ruangan: the rooms of the unit, their people responsible, and the room card (KIR)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.changes import Change
from inventaris.core.errors import DomainError
from inventaris.core.permissions import Permission
from inventaris.locations import ROOM_KIND_LABELS, RoomView, list_rooms
from ui.busy import BusyIndicator, ErrorBanner, run_busy
from ui.context import AppContext
from ui.errors import show_error
from ui.files import ask_save_path
from ui.hub import touches
from ui.i18n import engine_text
from ui.icons import icon
from ui.live import ViewState, follow_changes
from ui.units.columns import UnitLabels, place_unit_column, unit_labels, unit_title
from ui.widgets import page_title
from ui.worker import Job

AnyIndex = QModelIndex | QPersistentModelIndex


class RoomsModel(QAbstractTableModel):
    # UNIT last (a saved column state stays valid); the page shows it first, or hides it.
    CODE, NAME, BUILDING, FLOOR, KIND, RESPONSIBLE, ITEMS, UNIT = range(8)

    def __init__(self, units: UnitLabels | None = None) -> None:
        super().__init__()
        self.rooms: list[RoomView] = []
        self.units = units if units is not None else UnitLabels()

    def set_rooms(self, rooms: list[RoomView]) -> None:
        self.beginResetModel()
        self.rooms = rooms
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rooms)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Code"),
            self.tr("Room"),
            self.tr("Building"),
            self.tr("Floor"),
            self.tr("Kind"),
            self.tr("Person responsible"),
            self.tr("Items"),
            unit_title(),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rooms):
            return None
        room = self.rooms[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.UNIT:
            return self.units.name(room.unit_id)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (
            room.code,
            room.name,
            room.building_name,
            room.floor,
            engine_text(ROOM_KIND_LABELS[room.kind]),
            room.responsible_name,
            room.asset_count,
            self.units.code(room.unit_id),
        )
        return values[index.column()]


class RoomsPage(QWidget):
    show_assets = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        editable = context.can(Permission.EDIT_ASSETS)
        self.model = RoomsModel(unit_labels(context))
        self.table = QTableView()
        self.table.setObjectName("roomsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_room())
        self.table.activated.connect(lambda _index: self.edit_room())
        add = QPushButton(icon("add"), self.tr("Add"))
        add.setShortcut("Ctrl+N")
        add.clicked.connect(self.add_room)
        edit = QPushButton(icon("edit"), self.tr("Edit"))
        edit.setShortcut("F2")
        edit.clicked.connect(self.edit_room)
        assets = QPushButton(icon("assets"), self.tr("Show its assets"))
        assets.clicked.connect(self._show_assets)
        kir = QPushButton(icon("export"), self.tr("Room card (KIR)…"))
        kir.setShortcut("Ctrl+E")
        kir.setToolTip(self.tr("Save the room card as an Excel workbook (Ctrl+E)"))
        kir.clicked.connect(lambda _checked=False: self.export_kir())
        buildings = QPushButton(icon("rooms"), self.tr("Buildings…"))
        buildings.clicked.connect(self.edit_buildings)
        add.setVisible(editable)
        edit.setVisible(editable)
        buildings.setVisible(editable)
        buttons = QHBoxLayout()
        for button in (add, edit, buildings, assets, kir):
            buttons.addWidget(button)
        # The room card is written on the worker: the page stays usable, the button waits.
        self.kir_busy = QLabel()
        self.kir_busy_indicator = BusyIndicator(
            self, self.kir_busy, [kir], self.tr("Saving the room card…")
        )
        self.kir_job: Job | None = None
        self.kir_path: Path | None = None  # the last room card saved
        buttons.addWidget(self.kir_busy)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Rooms")))
        layout.addLayout(buttons)
        # Rooms that could not be loaded (the server gone): said here with Try again, and
        # cleared by the next load that succeeds.
        self.banner = ErrorBanner(loading=True)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        header = self.table.horizontalHeader()
        state = QSettings().value("columns/rooms")
        if state is not None:
            header.restoreState(state)
        # After the saved state (which holds older modes too): the room's name tells the rows
        # apart, so it is always whole; on a narrow screen the building (mostly the same on
        # every row) gives way, its text in the tooltip.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RoomsModel.BUILDING, QHeaderView.ResizeMode.Stretch)
        place_unit_column(header, RoomsModel.UNIT, self.model.units)
        self.refresh()
        self.data_changes = follow_changes(self, self._data_changed)

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        if touches(changes, ("rooms", "assets", "units"), self.context.actor.unit_ids):
            self.refresh()  # the item counts follow the register

    def refresh(self) -> None:
        """The rooms again, the chosen one and the scroll position kept; a failure shows in
        the banner (the rooms last loaded stay)."""
        try:
            rooms = list_rooms(self.context.db, self.context.actor, include_inactive=True)
        except DomainError as error:
            self.banner.show_error(error, self.refresh)
            return
        self.banner.clear()
        state = ViewState.of(self.table, self._room_id)
        self.model.set_rooms(rooms)
        state.restore(self.table, self._room_id)

    def _room_id(self, index: QModelIndex) -> int | None:
        return self.model.rooms[index.row()].id if index.isValid() else None

    def selected(self) -> RoomView | None:
        index = self.table.currentIndex()
        return self.model.rooms[index.row()] if index.isValid() else None

    def add_room(self) -> None:
        from ui.rooms.room_dialog import RoomDialog

        RoomDialog(self.context, None, self).open()

    def edit_room(self) -> None:
        from ui.rooms.room_dialog import RoomDialog

        room = self.selected()
        if room is not None and self.context.can(Permission.EDIT_ASSETS):
            RoomDialog(self.context, room, self).open()

    def edit_buildings(self) -> None:
        from ui.rooms.building_dialog import BuildingDialog

        BuildingDialog(self.context, self).open()

    def _show_assets(self) -> None:
        room = self.selected()
        if room is not None:
            self.show_assets.emit(room.id)

    def export_kir(self, path: str | None = None) -> Job | None:
        """Ask where, then write the chosen room's card on the worker; None if not started."""
        from inventaris.inventory.kir import KirReport, export_kir

        if self.kir_busy_indicator.active:
            return None
        room = self.selected()
        if room is None:
            QMessageBox.information(self, self.tr("Room card"), self.tr("Choose a room first."))
            return None
        if path is None:
            suggested = f"KIR {room.code} {room.name}.xlsx".replace("/", "-")
            path, _ = ask_save_path(
                self, self.tr("Save the room card"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
        db, actor, room_id, target = self.context.db, self.context.actor, room.id, Path(path)

        def saved(report: KirReport) -> None:
            self.kir_path = report.path
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(
                    self.tr("Room card saved: {path}").format(path=report.path), 8000
                )

        self.kir_job = run_busy(
            self.kir_busy_indicator,
            lambda: export_kir(db, actor, room_id, target),
            saved,
            lambda error: show_error(self, error),
            self,
        )
        return self.kir_job

    def save_state(self) -> None:
        QSettings().setValue("columns/rooms", self.table.horizontalHeader().saveState())
