"""Rumah Dinas: the houses with their occupant and SIP on the left, the chosen house on the right
(details and occupant with family, the occupancy history, maintenance)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.assets.types import CONDITION_LABELS, Condition
from inventaris.core.attention import Urgency
from inventaris.core.changes import Change
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_date, format_nip, format_rupiah
from inventaris.core.permissions import Permission
from inventaris.residences.occupancy import (
    OccupancyView,
    get_residence_settings,
    residence_photo,
    save_photo,
)
from inventaris.residences.views import (
    MaintenanceView,
    ResidenceCard,
    ResidenceRow,
    residence_card,
    residence_rows,
)
from ui.busy import BusyIndicator, ErrorBanner
from ui.context import AppContext
from ui.errors import show_error
from ui.files import ask_open_path, ask_save_path
from ui.hub import touches
from ui.i18n import engine_text
from ui.icons import icon
from ui.live import follow_changes, scroll_back
from ui.screen import ScrollingBody, rank_actions
from ui.table_model import SORT_ROLE, Column, RowsModel
from ui.units.columns import place_unit_column, unit_column, unit_labels
from ui.urgency import URGENCY_COLOURS, urgency_word
from ui.widgets import page_title
from ui.worker import Job, run_in_background

if TYPE_CHECKING:
    from ui.forms import FormDialog
    from ui.printing import PrintDocument

FORBIDDEN_IN_FILE_NAMES = str.maketrans({char: "-" for char in '<>:"/\\|?*'})


class ResidencesPage(QWidget):
    loaded = Signal()
    card_loaded = Signal()
    last_dialog: FormDialog  # the dialog an action opened last (tests drive it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.can(Permission.EDIT_RESIDENCES)
        self.card: ResidenceCard | None = None
        self._request = 0
        self._card_request = 0

        self.search = QLineEdit()
        self.search.setObjectName("residenceSearch")
        self.search.setPlaceholderText(self.tr("Search address or occupant (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All houses"), "all")
        self.show_filter.addItem(self.tr("SIP ending or ended"), "sip")
        self.show_filter.addItem(self.tr("Vacant"), "vacant")

        self.units = unit_labels(context)  # empty with one unit: no Unit column
        self.model: RowsModel[ResidenceRow] = RowsModel(self._columns())
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table("residenceTable", self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        self.heading = QLabel(self.tr("Choose a house on the left."))
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        # On a short or narrow screen the summary scrolls; the list keeps its width.
        self.tabs.addTab(ScrollingBody(self._summary_tab(), sideways=True), self.tr("Summary"))
        self.history_model: RowsModel[OccupancyView] = RowsModel(self._history_columns())
        self.history_table = self._table("occupancyTable", self.history_model)
        self.tabs.addTab(self.history_table, icon("history"), self.tr("Occupancy history"))
        self.maintenance_model: RowsModel[MaintenanceView] = RowsModel(
            [
                Column(self.tr("Date"), lambda m: format_date(m.done_on), lambda m: m.done_on),
                Column(self.tr("Work"), lambda m: m.work),
                Column(self.tr("Contractor"), lambda m: m.contractor),
                Column(self.tr("Cost"), lambda m: format_rupiah(m.cost), lambda m: m.cost, True),
            ]
        )
        self.maintenance_table = self._table("maintenanceTable", self.maintenance_model)
        self.tabs.addTab(self.maintenance_table, icon("condition"), self.tr("Maintenance"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([650, 630])  # at 1366 px both sides are whole

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.show_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Official residences")))
        layout.addLayout(top)
        layout.addWidget(self._toolbar())
        # The SIP and the history are written as PDF on the worker; meanwhile those wait.
        self.pdf_busy_line = QLabel()
        self.pdf_busy = BusyIndicator(
            self,
            self.pdf_busy_line,
            [self.sip_pdf_action, self.history_pdf_action],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        self.pdf_job: Job | None = None
        self.pdf_path: Path | None = None  # the last paper saved
        layout.addWidget(self.pdf_busy_line)
        # A list or card that could not be loaded (the server gone): said here with Try again,
        # and cleared by the next load that succeeds.
        self.banner = ErrorBanner(loading=True)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.edit_details())
        self.history_table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_actions()
        )
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())
        state = QSettings().value("columns/residences")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
            # An older saved state stretched (and so cut) the address: whole addresses now.
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        place_unit_column(self.table.horizontalHeader(), self.model.columnCount() - 1, self.units)
        self._context_menus()
        self._update_actions()
        self.refresh()
        self.data_changes = follow_changes(self, self._data_changed)

    # --- building ------------------------------------------------------------------------

    def _table(self, name: str, model: Any) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _state_word(self, row: ResidenceRow) -> str:
        if row.occupant is None:
            return self.tr("Vacant")
        return urgency_word(row.sip_state if row.sip_state is not None else Urgency.OK)

    def _columns(self) -> list[Column[ResidenceRow]]:
        return [
            Column(self.tr("House"), lambda r: r.name, tooltip=lambda r: r.code_register),
            Column(self.tr("Gol."), lambda r: r.golongan),
            Column(self.tr("Type"), lambda r: r.house_type),
            Column(self.tr("Occupant"), lambda r: r.occupant.occupant_name if r.occupant else "—"),
            Column(
                self.tr("SIP until"),
                lambda r: format_date(r.occupant.valid_until) if r.occupant else "",
                lambda r: r.occupant.valid_until.isoformat() if r.occupant else "",
            ),
            Column(
                self.tr("Status"),
                self._state_word,
                lambda r: (
                    -1
                    if r.occupant is None
                    else int(r.sip_state if r.sip_state is not None else Urgency.OK)
                ),
                colour=lambda r: URGENCY_COLOURS[r.sip_state] if r.sip_state is not None else None,
            ),
            unit_column(self.units, lambda r: r.unit_id),  # last: a saved state stays valid
        ]

    def _history_columns(self) -> list[Column[OccupancyView]]:
        return [
            Column(self.tr("Occupant"), lambda o: o.occupant_name),
            Column(self.tr("SIP"), lambda o: o.sip_number),
            Column(self.tr("From"), lambda o: format_date(o.valid_from), lambda o: o.valid_from),
            Column(self.tr("Until"), lambda o: format_date(o.valid_until)),
            Column(
                self.tr("Moved out"),
                lambda o: (
                    f"{format_date(o.move_out_on)} ({o.move_out_reason})"
                    if o.move_out_on
                    else self.tr("living there")
                ),
            ),
        ]

    def _summary_tab(self) -> QWidget:
        self.values: dict[str, QLabel] = {}
        house = QFormLayout()
        occupant = QFormLayout()
        for form, fields in (
            (
                house,
                (
                    ("code", self.tr("Code and register")),
                    ("golongan", self.tr("Golongan / type")),
                    ("areas", self.tr("Floor / land area")),
                    ("document", self.tr("Building document")),
                    ("condition", self.tr("Condition")),
                    ("utilities", self.tr("PLN / PDAM")),
                ),
            ),
            (
                occupant,
                (
                    ("occupant", self.tr("Occupant")),
                    ("nip", self.tr("NIP")),
                    ("position", self.tr("Position")),
                    ("sip", self.tr("SIP")),
                    ("valid", self.tr("Valid")),
                    ("rent", self.tr("Monthly rent")),
                    ("moved_in", self.tr("Moved in")),
                    ("family", self.tr("Family")),
                    ("retires", self.tr("Retires on")),
                ),
            ),
        ):
            for key, title in fields:
                value = QLabel()
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[key] = value
                form.addRow(title, value)
        self.photo = QLabel()
        self.photo.setObjectName("housePhoto")
        self.photo.setFixedSize(220, 160)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid palette(mid);")
        upper = QHBoxLayout()
        upper.addLayout(house, 1)
        upper.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(upper)
        occupant_title = QLabel(self.tr("Current occupant"))
        occupant_title.setStyleSheet("font-weight: 600;")
        layout.addWidget(occupant_title)
        layout.addLayout(occupant)
        layout.addStretch(1)
        return page

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(name: str, text: str, slot: Any, shortcut: str = "") -> QAction:
            item = QAction(icon(name), text, self)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
                item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                item.setToolTip(f"{text} ({shortcut})")
            item.triggered.connect(lambda _checked=False: slot())
            bar.addAction(item)
            self.addAction(item)
            return item

        self.occupant_action = action(
            "occupant", self.tr("New occupant…"), self.new_occupant, "Ctrl+N"
        )
        self.move_out_action = action("move_out", self.tr("Moves out…"), self.move_out)
        self.details_action = action("edit", self.tr("House details…"), self.edit_details, "F2")
        self.maintenance_action = action("condition", self.tr("Maintenance…"), self.add_maintenance)
        self.photo_action = action("photo", self.tr("Photo…"), self.choose_photo)
        self.editing_actions = [
            self.occupant_action,
            self.move_out_action,
            self.details_action,
            self.photo_action,
            self.maintenance_action,
        ]
        for item in self.editing_actions:
            item.setVisible(self.editable)
        bar.addSeparator().setVisible(self.editable)
        # On paper, for everyone who sees the page: the SIP and the history each open the print
        # preview, with "as PDF" beside them in the button's menu and the table's right-click menu.
        self.sip_action = action("print", self.tr("Print SIP…"), self.print_sip, "Ctrl+P")
        self.sip_pdf_action = self._menu_action("pdf", self.tr("SIP as PDF…"), self.save_sip_pdf)
        self.history_action = action("history", self.tr("Occupancy history…"), self.print_history)
        self.history_action.setToolTip(self.tr("Print the occupancy history of the house"))
        self.history_pdf_action = self._menu_action(
            "pdf", self.tr("Occupancy history as PDF…"), self.save_history_pdf
        )
        self.export_action = action("export", self.tr("Export list…"), self.export_list, "Ctrl+E")
        export_tip = self.tr("Save the list of houses as an Excel workbook")
        self.export_action.setToolTip(f"{export_tip} (Ctrl+E)")
        for main, extra in (
            (self.sip_action, self.sip_pdf_action),
            (self.history_action, self.history_pdf_action),
        ):
            button = bar.widgetForAction(main)
            if isinstance(button, QToolButton):
                menu = QMenu(button)
                menu.addActions([main, extra])
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        settings_separator = bar.addSeparator()
        self.settings_action = action("settings", self.tr("Settings…"), self.edit_settings)
        self.settings_action.setVisible(self.context.can(Permission.EDIT_SETTINGS))
        settings_separator.setVisible(self.settings_action.isVisible())
        # By use: on a narrow screen the rare ones show only their icon.
        rank_actions(
            [
                self.occupant_action,
                self.move_out_action,
                self.details_action,
                self.maintenance_action,
                self.sip_action,
            ],
            [self.photo_action, self.history_action, self.export_action, self.settings_action],
        )
        return bar

    def _menu_action(self, name: str, text: str, slot: Any) -> QAction:
        """An action shown only in menus (a button's and the right-click one), not on the bar."""
        item = QAction(icon(name), text, self)
        item.triggered.connect(lambda _checked=False: slot())
        return item

    def _context_menus(self) -> None:
        """Right-click (or the menu key) on a house: what the toolbar does, for that house; on
        a row of its history: that occupancy's SIP."""
        separator = QAction(self)
        separator.setSeparator(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            [
                *self.editing_actions,
                separator,
                self.sip_action,
                self.sip_pdf_action,
                self.history_action,
                self.history_pdf_action,
                self.export_action,
            ]
        )
        self.history_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history_table.addActions([self.sip_action, self.sip_pdf_action])

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_state(self) -> None:
        QSettings().setValue("columns/residences", self.table.horizontalHeader().saveState())

    # --- loading ----------------------------------------------------------------------------

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        if touches(changes, ("residences", "assets"), self.context.actor.unit_ids):
            self.refresh()

    def refresh(self) -> None:
        context = self.context
        self._request += 1
        request = self._request

        def show(rows: list[ResidenceRow]) -> None:
            if request == self._request:
                self._show_rows(rows)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self._failed(error)

        run_in_background(lambda: residence_rows(context.db, context.actor), show, failed, self)

    def _failed(self, error: BaseException) -> None:
        # Trying again reloads the list, and with it the chosen house's card.
        self.banner.show_error(error, self.refresh)
        self.loaded.emit()

    def _show_rows(self, rows: list[ResidenceRow]) -> None:
        self.banner.clear()
        wanted = self.show_filter.currentData()
        shown = [
            row
            for row in rows
            if wanted == "all"
            or (wanted == "vacant" and row.occupant is None)
            or (wanted == "sip" and row.sip_state not in (None, Urgency.OK))
        ]
        keep = self.card.asset_id if self.card else None
        scroll = self.table.verticalScrollBar().value()  # a reload leaves the list in place
        self.model.set_rows(shown)
        if keep is not None and not self.select_house(keep):
            self._clear()
        elif keep is None and self.proxy.rowCount():
            self.table.selectRow(0)
        scroll_back(self.table, scroll)
        self.loaded.emit()

    def select_house(self, asset_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.row_at(source.row()).asset_id == asset_id:
                if self.table.currentIndex().row() == row:
                    self._load_card(asset_id)
                else:
                    self.table.selectRow(row)
                return True
        return False

    def show_house(self, asset_id: int) -> None:
        """Choose one house whatever the list shows now (Enter on Beranda's attention list)."""
        self.search.clear()
        if self.show_filter.currentData() == "all":
            if self.select_house(asset_id):
                return
            reload = self.refresh  # not listed yet: chosen after a fresh load
        else:
            every = self.show_filter.findData("all")
            reload = lambda: self.show_filter.setCurrentIndex(every)  # noqa: E731 (reloads)
        self.loaded.connect(
            lambda: self.select_house(asset_id), Qt.ConnectionType.SingleShotConnection
        )
        reload()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            asset_id = self.model.row_at(self.proxy.mapToSource(current).row()).asset_id
            if self.card is not None and self.card.asset_id != asset_id:
                self._clear()
            self._load_card(asset_id)

    def _load_card(self, asset_id: int) -> None:
        context = self.context
        self._card_request += 1
        request = self._card_request

        def load() -> tuple[ResidenceCard, bytes | None]:
            card = residence_card(context.db, context.actor, asset_id)
            photo = residence_photo(context.db, context.actor, asset_id) if card.has_photo else None
            return card, photo

        def show(loaded: tuple[ResidenceCard, bytes | None]) -> None:
            if request == self._card_request:
                self._show_card(*loaded)

        def failed(error: BaseException) -> None:
            if request == self._card_request:
                self.banner.show_error(error, self.refresh)
                self.card_loaded.emit()  # answered: whoever waits for the card stops waiting

        run_in_background(load, show, failed, self)

    def _clear(self) -> None:
        self.card = None
        self.heading.setText(self.tr("Choose a house on the left."))
        for value in self.values.values():
            value.clear()
        self.photo.clear()
        self.history_model.set_rows([])
        self.maintenance_model.set_rows([])
        self._update_actions()

    def _show_card(self, card: ResidenceCard, photo: bytes | None) -> None:
        self.card = card
        self.heading.setText(
            f"<span style='font-size: 14pt; font-weight: 600'>{escape(card.name)}</span>"
            f"&nbsp;&nbsp;{escape(card.asset_name)}"
        )
        details, values = card.details, self.values
        values["code"].setText(card.code_register)
        values["golongan"].setText(
            " / ".join(p for p in (details.golongan, details.house_type) if p)
        )
        values["areas"].setText(
            " / ".join(
                f"{area.normalize():f} m²"
                for area in (card.floor_area_m2, card.land_area_m2)
                if area
            )
        )
        values["document"].setText(
            " · ".join(
                part
                for part in (
                    card.document_number,
                    format_date(card.document_date) if card.document_date else "",
                    card.land_title_status,
                )
                if part
            )
        )
        values["condition"].setText(engine_text(CONDITION_LABELS[Condition(card.condition)]))
        values["utilities"].setText(
            " / ".join(p for p in (details.electricity_account, details.water_account) if p)
        )
        current = card.current
        if current is None:
            for key in ("nip", "position", "sip", "valid", "rent", "moved_in", "family", "retires"):
                values[key].clear()
            values["occupant"].setText(self.tr("Vacant"))
        else:
            values["occupant"].setText(current.occupant_name)
            values["nip"].setText(format_nip(current.occupant_nip) if current.occupant_nip else "")
            values["position"].setText(
                " · ".join(
                    p for p in (current.position, current.rank_grade, current.occupant_unit) if p
                )
            )
            values["sip"].setText(
                f"{current.sip_number}, {format_date(current.sip_date)} · {current.sip_signatory}"
            )
            values["valid"].setText(
                f"{format_date(current.valid_from)} – {format_date(current.valid_until)}"
            )
            values["rent"].setText(format_rupiah(current.monthly_rent))
            values["moved_in"].setText(
                format_date(current.move_in_on) if current.move_in_on else ""
            )
            values["family"].setText(
                ", ".join(
                    f"{m.name} ({m.relation}{', ' + str(m.age) if m.age is not None else ''})"
                    for m in current.family
                )
            )
            values["retires"].setText(format_date(card.retires_on) if card.retires_on else "")
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(QByteArray(photo)):
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.photo.setText(self.tr("No photo"))
        self.history_model.set_rows(card.history)
        self.maintenance_model.set_rows(card.maintenance)
        self._update_actions()
        self.card_loaded.emit()

    def _update_actions(self) -> None:
        card = self.card
        usable = card is not None and card.status != "dihapus"
        for item in self.editing_actions:
            item.setEnabled(usable)
        self.occupant_action.setEnabled(usable and card is not None and card.current is None)
        self.move_out_action.setEnabled(usable and card is not None and card.current is not None)
        occupancy = self.sip_occupancy()
        for item in (self.sip_action, self.sip_pdf_action):
            item.setEnabled(occupancy is not None)
        if occupancy is None:
            self.sip_action.setToolTip(self._no_sip_reason())
        else:
            tip = self.tr("Print the SIP of {name}, number {number}").format(
                name=occupancy.occupant_name, number=occupancy.sip_number
            )
            self.sip_action.setToolTip(f"{tip} (Ctrl+P)")
        self.history_action.setEnabled(card is not None)
        self.history_pdf_action.setEnabled(card is not None)

    def sip_occupancy(self) -> OccupancyView | None:
        """The occupancy whose SIP is printed: the one chosen in the history, while that tab is
        shown, or else the current occupant's."""
        if self.card is None:
            return None
        if self.tabs.currentWidget() is self.history_table:
            index = self.history_table.currentIndex()
            if index.isValid():
                return self.history_model.row_at(index.row())
        return self.card.current

    def _no_sip_reason(self) -> str:
        if self.card is None:
            return self.tr("Choose a house on the left.")
        if not self.card.history:
            return self.tr("Nobody has lived in this house yet: there is no SIP to print.")
        return self.tr(
            "The house is vacant: choose an occupancy in the Occupancy history tab to print "
            "its SIP."
        )

    # --- actions ----------------------------------------------------------------------------

    def _usable(self) -> ResidenceCard | None:
        if self.card is None or not self.editable or self.card.status == "dihapus":
            return None
        return self.card

    def new_occupant(self) -> Any:
        from ui.residences.dialogs import OccupancyDialog

        if card := self._usable():
            if card.current is not None:
                QMessageBox.information(
                    self,
                    self.tr("New occupant"),
                    self.tr("{name} lives there: record the move-out first.").format(
                        name=card.current.occupant_name
                    ),
                )
                return None
            self.last_dialog = OccupancyDialog(self.context, card, self)
            self.last_dialog.open()
            return self.last_dialog
        return None

    def move_out(self) -> None:
        from ui.residences.dialogs import MoveOutDialog

        if (card := self._usable()) and card.current is not None:
            self.last_dialog = MoveOutDialog(self.context, card, card.current, self)
            self.last_dialog.open()

    def edit_details(self) -> None:
        from ui.residences.dialogs import HouseDetailsDialog

        if card := self._usable():
            self.last_dialog = HouseDetailsDialog(self.context, card, self)
            self.last_dialog.open()

    def add_maintenance(self) -> None:
        from ui.residences.dialogs import MaintenanceDialog

        if card := self._usable():
            self.last_dialog = MaintenanceDialog(self.context, card, self)
            self.last_dialog.open()

    def choose_photo(self, path: str | None = None) -> None:
        card = self._usable()
        if card is None:
            return
        if path is None:
            path, _ = ask_open_path(
                self, self.tr("Photo of the house"), "", self.tr("Pictures (*.jpg *.jpeg *.png)")
            )
            if not path:
                return
        try:
            with open(path, "rb") as file:
                data = file.read(2_000_001)
            save_photo(self.context.db, self.context.actor, card.asset_id, data)
        except (DomainError, OSError) as error:
            show_error(self, error)

    # --- on paper ---------------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str, pattern: str, path: str | None) -> Path | None:
        if path is None:
            path, _ = ask_save_path(
                self, title, suggested.translate(FORBIDDEN_IN_FILE_NAMES), pattern
            )
        return Path(path) if path else None

    def _saved(self, path: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved: {path}").format(path=path), 8000)

    def _write_pdf(self, document: Callable[[], PrintDocument], target: Path) -> Job | None:
        """Read, lay out and write the paper on the worker (``document`` reads no widget): the
        window goes on, the PDF actions wait. ``pdf_path`` is the last one saved."""
        from ui.printing import write_pdf_on_worker

        def saved(written: Path) -> None:
            self.pdf_path = written
            self._saved(written)

        self.pdf_job = write_pdf_on_worker(self.pdf_busy, document, target, saved, self)
        return self.pdf_job

    def _sip_document(self, occupancy: OccupancyView) -> Any:
        from inventaris.residences.sip_letter import sip_letter
        from ui.printing import sip_letter_document

        try:
            letter = sip_letter(self.context.db, self.context.actor, occupancy.id)
        except DomainError as error:
            show_error(self, error)
            return None
        return sip_letter_document(letter)

    def _chosen_occupancy(self) -> OccupancyView | None:
        occupancy = self.sip_occupancy()
        if occupancy is None:
            QMessageBox.information(self, self.tr("SIP"), self._no_sip_reason())
        return occupancy

    def print_sip(self) -> None:
        """The SIP of the current occupant (or of the occupancy chosen in the history), in the
        print preview."""
        from ui.printing import preview

        occupancy = self._chosen_occupancy()
        document = self._sip_document(occupancy) if occupancy else None
        if document is not None:
            preview(document, self)

    def save_sip_pdf(self, path: str | None = None) -> Job | None:
        from inventaris.residences.sip_letter import sip_letter
        from ui.printing import sip_letter_document

        occupancy = None if self.pdf_busy.active else self._chosen_occupancy()
        if occupancy is None:
            return None
        target = self._ask_path(
            self.tr("Save the SIP"),
            f"SIP {occupancy.sip_number} {occupancy.occupant_name}.pdf",
            self.tr("PDF (*.pdf)"),
            path,
        )
        if target is None:
            return None
        db, actor, occupancy_id = self.context.db, self.context.actor, occupancy.id
        return self._write_pdf(
            lambda: sip_letter_document(sip_letter(db, actor, occupancy_id)), target
        )

    def _history_document(self) -> Any:
        from inventaris.residences.reports import house_history
        from ui.printing import occupancy_history_document

        if self.card is None:
            QMessageBox.information(
                self, self.tr("Occupancy history"), self.tr("Choose a house on the left.")
            )
            return None
        try:
            history = house_history(self.context.db, self.context.actor, self.card.asset_id)
        except DomainError as error:
            show_error(self, error)
            return None
        return occupancy_history_document(history)

    def print_history(self) -> None:
        """The house's Riwayat Penghunian, every occupancy, in the print preview."""
        from ui.printing import preview

        document = self._history_document()
        if document is not None:
            preview(document, self)

    def save_history_pdf(self, path: str | None = None) -> Job | None:
        from inventaris.residences.reports import house_history
        from ui.printing import occupancy_history_document

        if self.pdf_busy.active:
            return None
        if self.card is None:
            self._history_document()  # says to choose a house
            return None
        target = self._ask_path(
            self.tr("Save the occupancy history"),
            f"Riwayat penghunian {self.card.name}.pdf",
            self.tr("PDF (*.pdf)"),
            path,
        )
        if target is None:
            return None
        db, actor, asset_id = self.context.db, self.context.actor, self.card.asset_id
        return self._write_pdf(
            lambda: occupancy_history_document(house_history(db, actor, asset_id)), target
        )

    def export_list(self, path: str | None = None) -> Path | None:
        """Every house of the unit with its occupant and SIP state, as an Excel workbook."""
        from inventaris.residences.reports import export_residences_xlsx

        target = self._ask_path(
            self.tr("Export the list of houses"),
            f"rumah-dinas-{today_in(self.context.db):%Y-%m-%d}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            path,
        )
        if target is None:
            return None
        try:
            report = export_residences_xlsx(self.context.db, self.context.actor, target)
        except (DomainError, OSError) as error:
            show_error(self, error)
            return None
        self._saved(report.path)
        return report.path

    def edit_settings(self) -> None:
        from ui.residences.dialogs import ResidenceSettingsDialog

        settings = get_residence_settings(self.context.db, self.context.actor)
        self.last_dialog = ResidenceSettingsDialog(self.context, settings, self)
        self.last_dialog.open()
