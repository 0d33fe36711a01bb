"""Starting a stock-take or changing one: the decree, the dates, the team and what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.catalog import KIB_NAMES
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_nip
from inventaris.locations import list_rooms
from inventaris.stocktake.sessions import KIBS, start_stocktake, update_stocktake
from inventaris.stocktake.types import (
    StocktakeInput,
    StocktakeView,
    TeamMember,
)
from ui.context import AppContext
from ui.forms import FormDialog
from ui.i18n import engine_text
from ui.icons import icon
from ui.widgets import OptionalDateEdit, date_edit

TEAM_ROLES = ("Ketua", "Sekretaris", "Anggota")  # the decree's words, as printed


class StocktakeDialog(FormDialog):
    """Start a stock-take (``view`` None) or change one: the decree, the dates, the team and
    what it counts."""

    def __init__(
        self, context: AppContext, view: StocktakeView | None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Start a stock-take") if view is None else self.tr("Change the stock-take")
        super().__init__(title, self.tr("Start") if view is None else self.tr("Save"), parent)
        self.setMinimumWidth(700)
        self.context, self.view = context, view
        today = today_in(context.db)
        self.name = QLineEdit(view.name if view else f"Inventarisasi BMD {today.year}")
        self.decree_number = QLineEdit(view.decree_number if view else "")
        self.decree_number.setPlaceholderText(
            self.tr("e.g. 030/123/BU/{year}").format(year=today.year)
        )
        self.decree_date = OptionalDateEdit()
        self.decree_date.set_value(view.decree_date if view else None)
        self.started_on = date_edit(view.started_on if view else today)
        self.ends_on = OptionalDateEdit()
        self.ends_on.set_value(view.ends_on if view else None)
        self.add_field(self.tr("Name *"), "name", self.name)
        self.add_field(self.tr("Decree (SK) number"), "decree_number", self.decree_number)
        self.add_field(self.tr("Decree date"), "decree_date", self.decree_date)
        self.add_field(self.tr("Starts on *"), "started_on", self.started_on)
        self.add_field(self.tr("Ends on"), "ends_on", self.ends_on)
        self.add_field(self.tr("Team"), "team", self._team_box(view))
        self.add_field(self.tr("Rooms"), "rooms", self._rooms_box(view))
        self.add_field(self.tr("KIB"), "kibs", self._kibs_box(view))
        self.changed = False

    # --- the team ---------------------------------------------------------------------------

    def _team_box(self, view: StocktakeView | None) -> QWidget:
        self.team = QTableWidget(0, 3)
        self.team.setObjectName("teamTable")
        self.team.setHorizontalHeaderLabels([self.tr("Name"), self.tr("NIP"), self.tr("Role")])
        header = self.team.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        metrics = self.team.fontMetrics()
        header.resizeSection(1, metrics.horizontalAdvance("19700101 199503 1 001") + 16)
        role_width = max(
            metrics.horizontalAdvance(text) for text in ("Sekretaris", self.tr("Role"))
        )
        header.resizeSection(2, role_width + 24)
        self.team.verticalHeader().setVisible(False)
        self.team.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows = self.team.verticalHeader().defaultSectionSize()
        self.team.setMinimumHeight(header.sizeHint().height() + 3 * rows + 4)
        self.team.setMaximumHeight(header.sizeHint().height() + 5 * rows + 4)
        members = list(view.team) if view else []
        if not members:
            members = [TeamMember("", "", role) for role in TEAM_ROLES]
        for member in members:
            self._add_member(member)
        self.team.itemChanged.connect(lambda _item: self._mark_changed())
        add = QPushButton(icon("add"), self.tr("Add a member"))
        add.setObjectName("addMember")
        add.clicked.connect(lambda: self._add_member(TeamMember("", "", "Anggota"), focus=True))
        remove = QPushButton(icon("stop"), self.tr("Remove the member"))
        remove.setObjectName("removeMember")
        remove.clicked.connect(self._remove_member)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.team)
        layout.addLayout(buttons)
        return box

    def _mark_changed(self) -> None:
        self.changed = True

    def _add_member(self, member: TeamMember, *, focus: bool = False) -> None:
        row = self.team.rowCount()
        self.team.insertRow(row)
        nip = format_nip(member.nip) if member.nip else ""
        for column, text in enumerate((member.name, nip, member.role)):
            self.team.setItem(row, column, QTableWidgetItem(text))
        if focus:
            self.changed = True
            self.team.setCurrentCell(row, 0)
            self.team.setFocus()
            first = self.team.item(row, 0)
            if first is not None:
                self.team.editItem(first)

    def _remove_member(self) -> None:
        row = self.team.currentRow()
        if row >= 0:
            self.team.removeRow(row)
            self.changed = True

    def members(self) -> tuple[TeamMember, ...]:
        found = []
        for row in range(self.team.rowCount()):
            cells = [self.team.item(row, column) for column in range(3)]
            name, nip, role = (cell.text().strip() if cell else "" for cell in cells)
            if name or nip:
                found.append(TeamMember(name, nip, role))
        return tuple(found)

    # --- the scope --------------------------------------------------------------------------

    def _choice(
        self, all_text: str, some_text: str, some: bool
    ) -> tuple[QRadioButton, QRadioButton]:
        every, chosen = QRadioButton(all_text), QRadioButton(some_text)
        group = QButtonGroup(self)
        group.addButton(every)
        group.addButton(chosen)
        (chosen if some else every).setChecked(True)
        every.toggled.connect(lambda _on: self._scope_changed())
        every.toggled.connect(lambda _on: self._mark_changed())
        return every, chosen

    def _rooms_box(self, view: StocktakeView | None) -> QWidget:
        chosen = set(view.room_ids) if view else set()
        self.all_rooms, self.some_rooms = self._choice(
            self.tr("All rooms (and the items outside rooms)"),
            self.tr("Chosen rooms:"),
            bool(chosen),
        )
        self.room_list = QListWidget()
        self.room_list.setObjectName("scopeRooms")
        self.room_list.setMinimumHeight(90)
        self.room_list.setMaximumHeight(self.room_list.fontMetrics().lineSpacing() * 8 + 8)
        try:
            rooms = list_rooms(self.context.db, self.context.actor, with_counts=False)
        except DomainError:
            rooms = []
        for room in rooms:
            item = QListWidgetItem(f"{room.code}  {room.name}")
            item.setData(Qt.ItemDataRole.UserRole, room.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = room.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.room_list.addItem(item)
        self.room_list.itemChanged.connect(lambda _item: self._mark_changed())
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.all_rooms)
        row.addWidget(self.some_rooms)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.room_list)
        return box

    def _kibs_box(self, view: StocktakeView | None) -> QWidget:
        chosen = set(view.kibs) if view else set()
        self.all_kibs, self.some_kibs = self._choice(
            self.tr("All KIBs"), self.tr("Chosen KIBs:"), bool(chosen)
        )
        self.kib_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, kib in enumerate(KIBS):
            box = QCheckBox(engine_text(KIB_NAMES[kib]))
            box.setChecked(kib in chosen)
            box.toggled.connect(lambda _on: self._mark_changed())
            self.kib_boxes[kib] = box
            grid.addWidget(box, index // 2, index % 2)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.all_kibs)
        row.addWidget(self.some_kibs)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addLayout(grid)
        self._scope_changed()
        return holder

    def _scope_changed(self) -> None:
        if hasattr(self, "room_list"):
            self.room_list.setEnabled(self.some_rooms.isChecked())
        for box in getattr(self, "kib_boxes", {}).values():
            box.setEnabled(self.some_kibs.isChecked())

    def room_ids(self) -> tuple[int, ...]:
        if self.all_rooms.isChecked():
            return ()
        items = (self.room_list.item(row) for row in range(self.room_list.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def kibs(self) -> tuple[str, ...]:
        if self.all_kibs.isChecked():
            return ()
        return tuple(kib for kib, box in self.kib_boxes.items() if box.isChecked())

    # --- saving -----------------------------------------------------------------------------

    def data(self) -> StocktakeInput:
        return StocktakeInput(
            name=self.name.text(),
            decree_number=self.decree_number.text(),
            decree_date=self.decree_date.value(),
            started_on=self.started_on.value(),
            ends_on=self.ends_on.value(),
            team=self.members(),
            room_ids=self.room_ids(),
            kibs=self.kibs(),
        )

    def apply(self) -> None:
        data, db, actor, view = self.data(), self.context.db, self.context.actor, self.view
        if self.some_rooms.isChecked() and not data.room_ids:
            self.error.show_message(self.tr("Rooms: tick at least one room."), self.room_list)
            return
        if self.some_kibs.isChecked() and not data.kibs:
            self.error.show_message(self.tr("KIB: tick at least one KIB."))
            return
        if view is None:
            self.run(lambda: start_stocktake(db, actor, data))
        else:
            self.run(lambda: update_stocktake(db, actor, view.id, data, view.row_version))
