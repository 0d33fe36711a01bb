"""Kendaraan: the fleet and what is due on the left, the chosen vehicle on the right.

The drivers' coordinator works here: record a service or a fill, renew the tax, see what comes
next. The fleet is tens to a few hundred vehicles, so the list is loaded whole (off the GUI
thread) and filtered in memory; each vehicle's card and timeline load when it is chosen.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.assets.types import CONDITION_LABELS, STATUS_LABELS, AssetStatus, Condition
from inventaris.core.attention import Urgency
from inventaris.core.changes import Change
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_date, format_rupiah, group_thousands
from inventaris.core.permissions import Permission
from inventaris.vehicles.due_list import DueItem, what_text
from inventaris.vehicles.fleet import (
    SERVICE_KIND_LABELS,
    DocumentView,
    Fleet,
    PlanView,
    TimelineEntry,
    VehicleCard,
    VehicleRow,
    fleet,
    monthly_costs,
    stop_plan,
    vehicle_card,
)
from inventaris.vehicles.records import DOCUMENT_LABELS
from ui.busy import BusyIndicator, ErrorBanner
from ui.charts import Series, StackedBarChart
from ui.context import AppContext
from ui.errors import show_error
from ui.files import ask_save_path
from ui.hub import touches
from ui.i18n import engine_text
from ui.icons import icon
from ui.live import ViewState, follow_changes, row_key, scroll_back
from ui.screen import rank_actions
from ui.table_model import SORT_ROLE, Column, RowsModel
from ui.units.columns import place_unit_column, unit_column, unit_labels
from ui.urgency import URGENCY_COLOURS, urgency_word
from ui.widgets import page_title
from ui.worker import Job, run_in_background

SERVICE_COLOUR, FUEL_COLOUR, TAX_COLOUR = "#1565c0", "#ef8f00", "#6a1b9a"


def _km(value: int | None) -> str:
    return "" if value is None else f"{group_thousands(value)} km"


class VehiclesPage(QWidget):
    loaded = Signal()
    card_loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.fleet: Fleet | None = None
        self.card: VehicleCard | None = None
        self.timeline: list[TimelineEntry] = []
        self._card_request = 0
        self._fleet_request = 0
        self.editable = context.can(Permission.EDIT_VEHICLES)
        self.units = unit_labels(context)  # empty with one unit: no Unit column

        self.search = QLineEdit()
        self.search.setObjectName("vehicleSearch")
        self.search.setPlaceholderText(self.tr("Search plate, type, holder or driver (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.show_filter = QComboBox()
        self.show_filter.addItem(self.tr("All vehicles"), "all")
        self.show_filter.addItem(self.tr("Needing attention"), "due")
        self.show_filter.addItem(self.tr("Pool vehicles"), "pooled")
        self.show_filter.addItem(self.tr("Including disposed"), "disposed")

        self.fleet_model: RowsModel[VehicleRow] = RowsModel(self._fleet_columns())
        self.fleet_proxy = QSortFilterProxyModel(self)
        self.fleet_proxy.setSourceModel(self.fleet_model)
        self.fleet_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.fleet_proxy.setFilterKeyColumn(-1)
        self.fleet_proxy.setSortRole(SORT_ROLE)
        self.fleet_table = self._table("vehicleTable", self.fleet_proxy)
        self.fleet_table.setSortingEnabled(True)
        self.fleet_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fleet_header = self.fleet_table.horizontalHeader()
        fleet_header.setStretchLastSection(False)
        fleet_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        fleet_header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        fleet_header.resizeSection(3, 150)
        self.due_model: RowsModel[DueItem] = RowsModel(self._due_columns())
        self.due_table = self._table("dueTable", self.due_model)
        self.due_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.left_tabs = QTabWidget()
        self.left_tabs.addTab(self.fleet_table, icon("vehicles"), self.tr("Vehicles"))
        self.left_tabs.addTab(self.due_table, icon("attention"), self.tr("Needs attention"))

        self.heading = QLabel(self.tr("Choose a vehicle on the left."))
        self.heading.setObjectName("vehicleHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setMinimumHeight(self.heading.fontMetrics().height() * 2)
        self.card_tabs = QTabWidget()
        self.card_tabs.addTab(self._summary_tab(), self.tr("Summary"))
        self.card_tabs.addTab(self._plans_tab(), self.tr("Plans and documents"))
        self.timeline_model: RowsModel[TimelineEntry] = RowsModel(self._timeline_columns())
        self.timeline_table = self._table("timelineTable", self.timeline_model)
        self.timeline_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        correct = QPushButton(icon("edit"), self.tr("Correct…"))
        correct.setObjectName("editRecordButton")
        correct.setToolTip(self.tr("Fix a typing mistake in the chosen record (Enter)"))
        correct.clicked.connect(lambda _checked=False: self.edit_record())
        correct.setVisible(self.editable)
        delete = QPushButton(icon("stop"), self.tr("Delete a wrong record…"))
        delete.setObjectName("deleteRecordButton")
        delete.clicked.connect(lambda _checked=False: self.delete_record())
        delete.setVisible(self.editable)
        if self.editable:
            self.timeline_table.activated.connect(lambda _index: self.edit_record())
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_buttons = QHBoxLayout()
        history_buttons.addStretch(1)
        history_buttons.addWidget(correct)
        history_buttons.addWidget(delete)
        history_layout.addLayout(history_buttons)
        history_layout.addWidget(self.timeline_table, 1)
        self.card_tabs.addTab(history, icon("history"), self.tr("History"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.card_tabs, 1)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.left_tabs)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.show_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Vehicles")))
        layout.addLayout(top)
        layout.addWidget(self._toolbar())
        # The history is written as PDF on the worker; meanwhile its action waits.
        self.pdf_busy_line = QLabel()
        self.pdf_busy = BusyIndicator(
            self,
            self.pdf_busy_line,
            [self.history_actions[1]],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        self.pdf_job: Job | None = None
        self.pdf_path: Path | None = None  # the last history saved
        layout.addWidget(self.pdf_busy_line)
        # A list or card that could not be loaded (the server gone): said here with Try again,
        # and cleared by the next load that succeeds.
        self.banner = ErrorBanner(loading=True)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)

        self.search.textChanged.connect(self._filter)
        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.fleet_table.selectionModel().currentRowChanged.connect(self._fleet_row_changed)
        self.due_table.activated.connect(self._due_activated)
        self.fleet_table.activated.connect(lambda _index: self.edit_details())
        self._restore_state()
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
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    _due_key = staticmethod(row_key("asset_id", "what"))

    def _state_word(self, state: Urgency | None) -> str:
        return urgency_word(state if state is not None else Urgency.OK)

    def _fleet_columns(self) -> list[Column[VehicleRow]]:
        def state_colour(row: VehicleRow) -> str | None:
            return URGENCY_COLOURS[row.worst_state] if row.worst_state is not None else None

        return [
            Column(self.tr("Plate"), lambda row: row.plate or row.code_register[-6:]),
            Column(self.tr("Vehicle"), lambda row: row.name, tooltip=lambda row: row.code_register),
            Column(self.tr("Year"), lambda row: str(row.year), lambda row: row.year, right=True),
            Column(
                self.tr("Holder / driver"),
                lambda row: (
                    (self.tr("Pool") if row.pooled else row.holder_name)
                    + (f" · {row.driver_name}" if row.driver_name else "")
                ),
            ),
            Column(
                self.tr("Odometer"),
                lambda row: _km(row.odometer_km),
                lambda row: row.odometer_km or 0,
                right=True,
                tooltip=lambda row: format_date(row.odometer_on) if row.odometer_on else "",
            ),
            Column(
                self.tr("Due"),
                lambda row: (
                    engine_text(STATUS_LABELS[AssetStatus(row.status)])
                    if row.status == AssetStatus.DISPOSED
                    else self._state_word(row.worst_state)
                ),
                lambda row: int(row.worst_state if row.worst_state is not None else Urgency.OK),
                colour=state_colour,
            ),
            unit_column(self.units, lambda row: row.unit_id),  # last: see _restore_state
        ]

    def _due_columns(self) -> list[Column[DueItem]]:
        return [
            Column(
                self.tr("Status"),
                lambda item: self._state_word(item.state),
                lambda item: (int(item.state), item.due_on),
                colour=lambda item: URGENCY_COLOURS[item.state],
            ),
            Column(
                self.tr("Due on"),
                lambda item: format_date(item.due_on) + (" ~" if item.estimated else ""),
                lambda item: item.due_on,
                tooltip=lambda item: (
                    self.tr("Estimated from the average daily distance") if item.estimated else ""
                ),
            ),
            Column(self.tr("Plate"), lambda item: item.vehicle),
            Column(self.tr("What"), self._due_text),
        ]

    def _due_text(self, item: DueItem) -> str:
        what = engine_text(what_text(item))
        if item.due_km is not None and item.current_km is not None:
            return self.tr("{what} at {due} (now {now})").format(
                what=what, due=_km(item.due_km), now=_km(item.current_km)
            )
        return what

    def _timeline_columns(self) -> list[Column[TimelineEntry]]:
        kinds = {
            "service": self.tr("Service"),
            "fuel": self.tr("Fuel"),
            "odometer": self.tr("Odometer replaced"),
            "payment": self.tr("Tax"),
        }

        def what(entry: TimelineEntry) -> str:
            if entry.kind == "service":
                return engine_text(SERVICE_KIND_LABELS.get(entry.what, entry.what))
            if entry.kind == "payment" and entry.what in DOCUMENT_LABELS:
                return engine_text(DOCUMENT_LABELS[entry.what])
            return entry.what

        def detail(entry: TimelineEntry) -> str:
            until = (
                self.tr("valid until {date}").format(date=format_date(entry.valid_until))
                if entry.valid_until is not None
                else ""
            )
            return " · ".join(part for part in (entry.detail, until) if part)

        return [
            Column(self.tr("Date"), lambda e: format_date(e.on), lambda e: e.on),
            Column(self.tr("Record"), lambda e: kinds[e.kind]),
            Column(self.tr("Odometer"), lambda e: _km(e.odometer_km), right=True),
            Column(
                self.tr("Details"),
                lambda e: " · ".join(part for part in (what(e), detail(e)) if part),
                tooltip=detail,
            ),
            Column(
                self.tr("Litres"),
                lambda e: "" if e.litres is None else f"{e.litres:.2f}".replace(".", ","),
                right=True,
            ),
            Column(self.tr("Cost"), lambda e: format_rupiah(e.cost) if e.cost else "", right=True),
        ]

    def _summary_tab(self) -> QWidget:
        self.summary_values: dict[str, QLabel] = {}
        identity = QGridLayout()
        fields = (
            ("code", self.tr("Code and register")),
            ("brand", self.tr("Make / type")),
            ("year", self.tr("Year")),
            ("cc", self.tr("CC")),
            ("chassis", self.tr("Chassis number")),
            ("engine", self.tr("Engine number")),
            ("bpkb", self.tr("BPKB number")),
            ("previous_plate", self.tr("Previous plate")),
            ("colour", self.tr("Colour")),
            ("fuel", self.tr("Fuel")),
            ("wheels", self.tr("Wheels")),
            ("use", self.tr("Use")),
            ("holder", self.tr("Holder")),
            ("driver", self.tr("Driver")),
            ("condition", self.tr("Condition")),
            ("odometer", self.tr("Odometer")),
        )
        for index, (key, title) in enumerate(fields):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people, not markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.summary_values[key] = value
            row, column = index % 8, (index // 8) * 2
            caption = QLabel(title)
            caption.setStyleSheet("color: palette(dark);")
            identity.addWidget(caption, row, column)
            identity.addWidget(value, row, column + 1)
        identity.setColumnStretch(1, 1)
        identity.setColumnStretch(3, 1)
        fuel_box = QGroupBox(self.tr("Fuel, last 12 months"))
        fuel_form = QFormLayout(fuel_box)
        for key, title in (
            ("litres", self.tr("Litres")),
            ("fuel_cost", self.tr("Cost")),
            ("km_per_litre", self.tr("km per litre")),
            ("cost_per_km", self.tr("Fuel cost per km")),
        ):
            value = QLabel()
            self.summary_values[key] = value
            fuel_form.addRow(title, value)
        fuel_box.setMinimumWidth(fuel_box.sizeHint().width() + 60)  # room for the figures
        self.chart = StackedBarChart()
        self.chart.setObjectName("costChart")
        fuel_column = QVBoxLayout()
        fuel_column.addWidget(fuel_box)
        fuel_column.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(fuel_column)
        lower.addWidget(self.chart, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(identity)
        layout.addLayout(lower, 1)
        return page

    def _plans_tab(self) -> QWidget:
        self.plan_model: RowsModel[PlanView] = RowsModel(
            [
                Column(self.tr("Plan"), lambda plan: plan.name),
                Column(self.tr("Every"), self._plan_interval),
                Column(
                    self.tr("Next due"),
                    lambda plan: (
                        format_date(plan.due.due_on) + (" ~" if plan.due.estimated else "")
                    ),
                ),
                Column(self.tr("At"), lambda plan: _km(plan.due.due_km), right=True),
                Column(
                    self.tr("Status"),
                    lambda plan: self._state_word(plan.due.state),
                    colour=lambda plan: URGENCY_COLOURS[plan.due.state],
                ),
            ]
        )
        self.plan_table = self._table("planTable", self.plan_model)
        self.document_model: RowsModel[DocumentView] = RowsModel(
            [
                Column(self.tr("Document"), lambda d: engine_text(DOCUMENT_LABELS[d.kind])),
                Column(self.tr("Number"), lambda d: d.number),
                Column(self.tr("Valid until"), lambda d: format_date(d.expires_on)),
                Column(
                    self.tr("Status"),
                    lambda d: self.tr("Renewed") if d.superseded else self._state_word(d.state),
                    colour=lambda d: None if d.superseded else URGENCY_COLOURS[d.state],
                ),
                Column(self.tr("Note"), lambda d: d.note),
            ]
        )
        self.document_table = self._table("documentTable", self.document_model)
        self.document_table.activated.connect(lambda _index: self.renew_document())
        add_plan = QPushButton(icon("plan"), self.tr("Add plan…"))
        add_plan.clicked.connect(self.add_plan)
        stop = QPushButton(icon("stop"), self.tr("Stop plan"))
        stop.clicked.connect(self.stop_plan)
        add_document = QPushButton(icon("document"), self.tr("Add document…"))
        add_document.clicked.connect(self.add_document)
        renew = QPushButton(icon("edit"), self.tr("Renew…"))
        renew.clicked.connect(self.renew_document)
        correct = QPushButton(icon("edit"), self.tr("Correct…"))
        correct.setToolTip(self.tr("Fix a typing mistake in the document's date or number"))
        correct.clicked.connect(self.correct_document)
        for button in (add_plan, stop, add_document, renew, correct):
            button.setVisible(self.editable)
        page = QWidget()
        layout = QVBoxLayout(page)
        plans_row = QHBoxLayout()
        plans_title = QLabel(self.tr("Service plans"))
        plans_title.setStyleSheet("font-weight: 600;")
        plans_row.addWidget(plans_title)
        plans_row.addStretch(1)
        plans_row.addWidget(add_plan)
        plans_row.addWidget(stop)
        documents_row = QHBoxLayout()
        documents_title = QLabel(self.tr("Documents"))
        documents_title.setStyleSheet("font-weight: 600;")
        documents_row.addWidget(documents_title)
        documents_row.addStretch(1)
        documents_row.addWidget(add_document)
        documents_row.addWidget(renew)
        documents_row.addWidget(correct)
        layout.addLayout(plans_row)
        layout.addWidget(self.plan_table, 1)
        layout.addLayout(documents_row)
        layout.addWidget(self.document_table, 1)
        return page

    def _plan_interval(self, plan: PlanView) -> str:
        parts = []
        if plan.every_km:
            parts.append(_km(plan.every_km))
        if plan.every_months:
            parts.append(
                self.tr("{months} month(s)", "", plan.every_months).format(months=plan.every_months)
            )
        return self.tr(" or ").join(parts)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.75)

        def action(
            name: str, text: str, slot: Any, shortcut: str = "", editing: bool = True
        ) -> QAction:
            item = QAction(icon(name), text, self)
            item.setObjectName(f"action_{slot.__name__}")
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
                item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                item.setToolTip(f"{text} ({shortcut})")
            item.triggered.connect(lambda _checked=False: slot())
            item.setVisible(self.editable or not editing)
            bar.addAction(item)
            return item

        self.actions_needing_vehicle = [
            action("service", self.tr("Service…"), self.add_service, "Ctrl+N"),
            action("fuel", self.tr("Fuel…"), self.add_fuel, "Ctrl+B"),
            action("edit", self.tr("Details…"), self.edit_details, "F2"),
            action("odometer", self.tr("Odometer replaced…"), self.reset_odometer),
        ]
        bar.addSeparator()
        self.history_actions = [
            action("print", self.tr("Print history…"), self.print_history, "Ctrl+P", False),
            action("pdf", self.tr("Save history as PDF…"), self.save_history_pdf, "", False),
        ]
        action("reports", self.tr("Cost report…"), self.export_costs, "Ctrl+E", False)
        # A replaced odometer and the PDF are rare: icons only on a narrow screen.
        service, fuel, details, odometer = self.actions_needing_vehicle
        print_history, history_pdf = self.history_actions
        rank_actions([service, fuel, details, print_history], [odometer, history_pdf])
        # Ctrl+F is the main window's: it calls focus_search on the page shown.
        for item in bar.actions():
            self.addAction(item)
        button = bar.widgetForAction(self.actions_needing_vehicle[0])
        if isinstance(button, QToolButton):
            button.setObjectName("serviceButton")
        return bar

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _restore_state(self) -> None:
        settings = QSettings()
        for key, table in (("fleet", self.fleet_table), ("due", self.due_table)):
            state = settings.value(f"columns/vehicles_{key}")
            if state is not None:
                table.horizontalHeader().restoreState(state)
        fleet_header = self.fleet_table.horizontalHeader()
        place_unit_column(fleet_header, self.fleet_model.columnCount() - 1, self.units)
        if self.units:
            # The Unit column first: the list scrolls sideways rather than squeeze the
            # vehicle's name to nothing or narrow the card (its chart needs the room).
            fleet_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
            fleet_header.resizeSection(1, 150)
        splitter = settings.value("splitter/vehicles")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([540, 740])  # the list readable without scrolling sideways

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("columns/vehicles_fleet", self.fleet_table.horizontalHeader().saveState())
        settings.setValue("columns/vehicles_due", self.due_table.horizontalHeader().saveState())
        settings.setValue("splitter/vehicles", self.splitter.saveState())

    # --- loading ----------------------------------------------------------------------------

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        """A fill, a service, a plate changed here or on another PC: the list and the card."""
        if touches(changes, ("vehicles", "assets", "bookings"), self.context.actor.unit_ids):
            self.refresh()

    def refresh(self) -> None:
        context = self.context
        include_disposed = self.show_filter.currentData() == "disposed"
        self._fleet_request += 1
        request = self._fleet_request

        def show(found: Fleet) -> None:
            if request == self._fleet_request:  # an older answer arriving late is dropped
                self._show_fleet(found)

        def failed(error: BaseException) -> None:
            if request == self._fleet_request:
                self._failed(error)

        run_in_background(
            lambda: fleet(context.db, context.actor, include_disposed=include_disposed),
            show,
            failed,
            self,
        )

    def _failed(self, error: BaseException) -> None:
        # Trying again reloads the list, and with it the chosen vehicle's card.
        self.banner.show_error(error, self.refresh)
        self.loaded.emit()

    def _show_fleet(self, found: Fleet) -> None:
        self.banner.clear()
        self.fleet = found
        keep = self.card.asset_id if self.card else None
        wanted = self.show_filter.currentData()
        rows = [
            row
            for row in found.vehicles
            if wanted in ("all", "disposed")
            or (wanted == "due" and row.worst_state is not None)
            or (wanted == "pooled" and row.pooled)
        ]
        # A reload (F5, or a change made elsewhere) leaves the lists where the user had them.
        fleet_scroll = self.fleet_table.verticalScrollBar().value()
        due_state = ViewState.of(self.due_table, self._due_key)
        self.fleet_model.set_rows(rows)
        self.due_model.set_rows(found.due)
        due_state.restore(self.due_table, self._due_key)
        self.left_tabs.setTabText(
            0, self.tr("Vehicles ({count})").format(count=group_thousands(len(rows)))
        )
        self.left_tabs.setTabText(
            1, self.tr("Needs attention ({count})").format(count=group_thousands(len(found.due)))
        )
        if keep is not None and not self.select_vehicle(keep):
            self._clear_card()
        elif keep is None and self.fleet_proxy.rowCount():
            self.fleet_table.selectRow(0)
        scroll_back(self.fleet_table, fleet_scroll)
        self._show_count()
        self.loaded.emit()

    def _show_count(self) -> None:
        window = self.window()
        if hasattr(window, "statusBar") and self.isVisible():
            window.statusBar().showMessage(
                self.tr("{shown} of {total} vehicle(s)", "", self.fleet_model.rowCount()).format(
                    shown=self.fleet_proxy.rowCount(), total=self.fleet_model.rowCount()
                )
            )

    def _filter(self, text: str) -> None:
        self.fleet_proxy.setFilterFixedString(text.strip())
        self._show_count()

    def select_vehicle(self, asset_id: int) -> bool:
        for row in range(self.fleet_proxy.rowCount()):
            source = self.fleet_proxy.mapToSource(self.fleet_proxy.index(row, 0))
            if self.fleet_model.row_at(source.row()).asset_id == asset_id:
                if self.fleet_table.currentIndex().row() == row:
                    self._load_card(asset_id)  # the same row: no change signal, reload by hand
                else:
                    self.fleet_table.selectRow(row)
                self.fleet_table.scrollTo(self.fleet_proxy.index(row, 0))
                return True
        return False

    def show_vehicle(self, asset_id: int) -> None:
        """Choose one vehicle whatever the list shows now (Enter on Beranda's attention list)."""
        self.search.clear()
        self.left_tabs.setCurrentIndex(0)
        if self.show_filter.currentData() in ("all", "disposed"):
            if self.select_vehicle(asset_id):
                return
            reload = self.refresh  # not listed yet: chosen after a fresh load
        else:
            every = self.show_filter.findData("all")
            reload = lambda: self.show_filter.setCurrentIndex(every)  # noqa: E731 (reloads)
        self.loaded.connect(
            lambda: self.select_vehicle(asset_id), Qt.ConnectionType.SingleShotConnection
        )
        reload()

    def _fleet_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            source = self.fleet_proxy.mapToSource(current)
            asset_id = self.fleet_model.row_at(source.row()).asset_id
            if self.card is not None and self.card.asset_id != asset_id:
                self._clear_card()  # no action may reach the previous vehicle meanwhile
            self._load_card(asset_id)

    def _due_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item = self.due_model.row_at(index.row())
        self.search.clear()
        if self.show_filter.currentData() not in ("all", "disposed"):
            self.show_filter.setCurrentIndex(0)
        self.left_tabs.setCurrentIndex(0)
        self.select_vehicle(item.asset_id)

    def _load_card(self, asset_id: int) -> None:
        context = self.context
        self._card_request += 1
        request = self._card_request

        def show(card: VehicleCard) -> None:
            if request == self._card_request:  # otherwise a newer choice is on its way
                self._show_card(card, list(card.timeline))

        run_in_background(
            lambda: vehicle_card(context.db, context.actor, asset_id), show, self._failed, self
        )

    def _clear_card(self) -> None:
        self.card = None
        self.heading.setText(self.tr("Choose a vehicle on the left."))
        self.plan_model.set_rows([])
        self.document_model.set_rows([])
        self.timeline_model.set_rows([])
        for value in self.summary_values.values():
            value.clear()
        self.chart.set_data("", [], [])
        self._update_actions()

    def _show_card(self, card: VehicleCard, timeline: list[TimelineEntry]) -> None:
        self.card, self.timeline = card, timeline
        disposed = card.status == AssetStatus.DISPOSED
        plate = escape(card.plate or card.code_register)
        heading = f"<span style='font-size: 14pt; font-weight: 600'>{plate}</span>"
        heading += f"&nbsp;&nbsp;{escape(card.brand_type or card.name)}"
        if disposed:
            disposed_word = self.tr("disposed")
            heading += f" <span style='color:#c62828'>({disposed_word})</span>"
        self.heading.setText(heading)
        details = card.details
        values = self.summary_values
        values["code"].setText(card.code_register)
        values["brand"].setText(card.brand_type or card.name)
        values["year"].setText(str(card.year))
        values["cc"].setText(card.engine_size)
        values["chassis"].setText(card.chassis_number)
        values["engine"].setText(card.engine_number)
        values["bpkb"].setText(card.bpkb_number)
        values["previous_plate"].setText(details.previous_plate)
        values["colour"].setText(details.colour)
        values["fuel"].setText(details.fuel_type)
        values["wheels"].setText(details.wheels)
        values["use"].setText(self.tr("Pool") if details.pooled else self.tr("Assigned"))
        values["holder"].setText(card.holder_name)
        values["driver"].setText(details.driver_name)
        values["condition"].setText(engine_text(CONDITION_LABELS[Condition(card.condition)]))
        odometer = ""
        if card.odometer is not None:
            odometer = self.tr("{km} on {date}").format(
                km=_km(card.odometer.km), date=format_date(card.odometer.on)
            )
            if card.daily_km:
                odometer += self.tr(" · about {km} a day").format(km=_km(round(card.daily_km)))
        values["odometer"].setText(odometer)
        stats = card.fuel_last_year
        values["litres"].setText(f"{stats.litres:.2f}".replace(".", ","))
        values["fuel_cost"].setText(format_rupiah(stats.cost))
        values["km_per_litre"].setText(
            "—" if stats.km_per_litre is None else f"{stats.km_per_litre}".replace(".", ",")
        )
        values["cost_per_km"].setText(
            "—" if stats.cost_per_km is None else format_rupiah(stats.cost_per_km)
        )
        chart_year = today_in(self.context.db).year
        costs = monthly_costs(timeline, chart_year)
        locale = QLocale(self.context.language)
        months = [
            locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
            for month in range(1, 13)
        ]
        self.chart.set_data(
            self.tr("Spending per month, {year}").format(year=chart_year),
            months,
            [
                Series(self.tr("Service"), SERVICE_COLOUR, costs["service"]),
                Series(self.tr("Fuel"), FUEL_COLOUR, costs["fuel"]),
                Series(self.tr("Tax"), TAX_COLOUR, costs["payment"]),
            ],
        )
        self.plan_model.set_rows(card.plans)
        self.document_model.set_rows(card.documents)
        self.timeline_model.set_rows(timeline)
        self._update_actions()
        self.card_loaded.emit()

    def _update_actions(self) -> None:
        usable = self.card is not None and self.card.status != AssetStatus.DISPOSED
        for item in self.actions_needing_vehicle:
            item.setEnabled(usable)
        for item in self.history_actions:
            item.setEnabled(self.card is not None)

    # --- actions ----------------------------------------------------------------------------

    def _usable_card(self) -> VehicleCard | None:
        if self.card is None:
            QMessageBox.information(self, self.tr("Vehicles"), self.tr("Choose a vehicle first."))
            return None
        if self.card.status == AssetStatus.DISPOSED or not self.editable:
            return None
        return self.card

    def add_service(self) -> None:
        from ui.vehicles.dialogs import ServiceDialog

        if card := self._usable_card():
            ServiceDialog(self.context, card, self).open()

    def add_fuel(self) -> None:
        from ui.vehicles.dialogs import FuelDialog

        if card := self._usable_card():
            last_price = next(
                (
                    round(entry.cost / entry.litres)
                    for entry in self.timeline
                    if entry.kind == "fuel" and entry.litres
                ),
                None,
            )
            FuelDialog(self.context, card, last_price, self).open()

    def edit_details(self) -> None:
        from ui.vehicles.dialogs import DetailsDialog

        if card := self._usable_card():
            DetailsDialog(self.context, card, self).open()

    def reset_odometer(self) -> None:
        from ui.vehicles.dialogs import OdometerDialog

        if card := self._usable_card():
            OdometerDialog(self.context, card, self).open()

    def add_plan(self) -> None:
        from ui.vehicles.dialogs import PlanDialog

        if card := self._usable_card():
            PlanDialog(self.context, card, self).open()

    def stop_plan(self) -> None:
        index = self.plan_table.currentIndex()
        if not index.isValid() or self._usable_card() is None:
            return
        plan = self.plan_model.row_at(index.row())
        answer = QMessageBox.question(
            self,
            self.tr("Stop plan"),
            self.tr("Stop the plan \u201c{name}\u201d? It will no longer raise reminders.").format(
                name=plan.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            stop_plan(self.context.db, self.context.actor, plan.id)
        except DomainError as error:
            show_error(self, error)

    def add_document(self) -> None:
        from ui.vehicles.dialogs import DocumentDialog

        if card := self._usable_card():
            DocumentDialog(self.context, card, None, self).open()

    def renew_document(self) -> None:
        from ui.vehicles.dialogs import DocumentDialog

        index = self.document_table.currentIndex()
        card = self._usable_card()
        if card is None or not index.isValid():
            return
        DocumentDialog(self.context, card, self.document_model.row_at(index.row()), self).open()

    # --- reports ----------------------------------------------------------------------------

    def _history_document(self) -> Any:
        from inventaris.vehicles.history import vehicle_history
        from ui.printing import vehicle_history_document

        if self.card is None:
            QMessageBox.information(self, self.tr("Vehicles"), self.tr("Choose a vehicle first."))
            return None
        try:
            history = vehicle_history(self.context.db, self.context.actor, self.card.asset_id)
        except DomainError as error:
            show_error(self, error)
            return None
        return vehicle_history_document(history)

    def print_history(self) -> None:
        from ui.printing import preview

        document = self._history_document()
        if document is not None:
            preview(document, self)

    def save_history_pdf(self, path: str | None = None) -> Job | None:
        """The vehicle's history as a PDF, read, laid out and written on the worker: the
        window goes on, the action waits. ``pdf_path`` is the last one saved."""
        from inventaris.vehicles.history import vehicle_history
        from ui.printing import vehicle_history_document, write_pdf_on_worker

        if self.pdf_busy.active:
            return None
        if self.card is None:
            QMessageBox.information(self, self.tr("Vehicles"), self.tr("Choose a vehicle first."))
            return None
        if path is None:
            suggested = f"Riwayat {self.card.plate or self.card.code_register}.pdf"
            path, _ = ask_save_path(
                self, self.tr("Save the vehicle history"), suggested, self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        db, actor, asset_id, target = (
            self.context.db,
            self.context.actor,
            self.card.asset_id,
            Path(path),
        )

        def saved(written: Path) -> None:
            self.pdf_path = written
            self._saved(self.tr("Vehicle history saved: {path}").format(path=written))

        self.pdf_job = write_pdf_on_worker(
            self.pdf_busy,
            lambda: vehicle_history_document(vehicle_history(db, actor, asset_id)),
            target,
            saved,
            self,
        )
        return self.pdf_job

    def export_costs(self) -> None:
        from ui.vehicles.dialogs import CostReportDialog

        CostReportDialog(self.context, self.card, self).open()

    def _saved(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 8000)

    def correct_document(self) -> None:
        from ui.vehicles.dialogs import DocumentDialog

        index = self.document_table.currentIndex()
        card = self._usable_card()
        if card is None or not index.isValid():
            return
        document = self.document_model.row_at(index.row())
        DocumentDialog(self.context, card, None, self, correcting=document).open()

    def delete_record(self, reason: str | None = None) -> bool:
        """Delete a record typed by mistake, with a reason the audit log keeps."""
        from inventaris.vehicles.records import delete_record

        index = self.timeline_table.currentIndex()
        card = self._usable_card()
        if card is None or not index.isValid():
            return False
        entry = self.timeline_model.row_at(index.row())
        if reason is None:
            amount = _km(entry.odometer_km) if entry.odometer_km is not None else ""
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Delete a wrong record"),
                self.tr("Delete the record of {date} ({km})? Why:").format(
                    date=format_date(entry.on), km=amount or format_rupiah(entry.cost)
                ),
            )
            if not ok:
                return False
        try:
            delete_record(self.context.db, self.context.actor, entry.kind, entry.record_id, reason)
        except DomainError as error:
            show_error(self, error)
            return False
        return True

    def edit_record(self) -> None:
        """Correct the chosen record in its own form, filled with what was recorded."""
        from inventaris.vehicles.corrections import fuel_record, payment, service_record
        from ui.vehicles.dialogs import FuelDialog, PaymentDialog, ServiceDialog

        index = self.timeline_table.currentIndex()
        card = self._usable_card()
        if card is None or not index.isValid():
            return
        entry = self.timeline_model.row_at(index.row())
        db, actor = self.context.db, self.context.actor
        dialog: QDialog
        try:
            if entry.kind == "service":
                found = service_record(db, actor, entry.record_id)
                dialog = ServiceDialog(self.context, card, self, editing=found)
            elif entry.kind == "fuel":
                fill = fuel_record(db, actor, entry.record_id)
                dialog = FuelDialog(self.context, card, None, self, editing=fill)
            elif entry.kind == "payment":
                dialog = PaymentDialog(
                    self.context, card, payment(db, actor, entry.record_id), self
                )
            else:
                QMessageBox.information(
                    self,
                    self.tr("Correct a record"),
                    self.tr(
                        "An odometer replacement cannot be corrected: delete it (with the "
                        "reason) and record it again."
                    ),
                )
                return
        except DomainError as error:
            show_error(self, error)
            return
        dialog.open()
