"""Daftar Aset: one table for every asset, searched, filtered and sorted in SQL."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.register import (
    DEFAULT_STATUSES,
    RegisterFilter,
    RegisterSummary,
    summarize_register,
)
from inventaris.assets.types import CONDITION_LABELS, AssetStatus, Condition
from inventaris.core.changes import Change
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_rupiah, group_thousands
from inventaris.core.permissions import Permission, Role
from inventaris.core.timeutil import to_wib
from inventaris.labels import resolve_scan
from inventaris.locations import list_rooms
from ui.assets.register_empty import NoMatchNote
from ui.assets.register_model import COLUMNS, ID_ROLE, UNIT_COLUMN, RegisterModel
from ui.busy import ErrorBanner
from ui.context import AppContext
from ui.flow_layout import flow_row
from ui.hub import touches
from ui.i18n import engine_text
from ui.icons import icon
from ui.live import ViewState, follow_changes
from ui.screen import rank_actions
from ui.widgets import page_title
from ui.worker import run_in_background

SEARCH_DELAY_MS = 150
ANY_YEAR = 0


class RegisterPage(QWidget):
    summary_ready = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.can(Permission.EDIT_ASSETS)
        self.model = RegisterModel(context)
        self._summary_generation = 0
        self.summary_text = ""
        self._rooms_loaded = False

        self.search = QLineEdit()
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(
            self.tr("Search name, code, register, merk, serial, plate, room, holder… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self.kib = QComboBox()
        self.kib.addItem(self.tr("All KIB"), None)
        for kib in "ABCDEF":
            self.kib.addItem(f"KIB {kib}", kib)
        self.code_prefix = QLineEdit()
        self.code_prefix.setPlaceholderText(self.tr("Code prefix, e.g. 1.3.2.10"))
        self.code_prefix.setMinimumWidth(150)
        self.code_prefix.setMaximumWidth(190)
        self.room = QComboBox()
        self.room.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.room.setMinimumContentsLength(18)
        self.condition = QComboBox()
        self.condition.addItem(self.tr("Any condition"), frozenset())
        for condition in Condition:
            self.condition.addItem(
                engine_text(CONDITION_LABELS[condition]), frozenset({condition.value})
            )
        self.condition.addItem(self.tr("Damaged (RR or RB)"), frozenset({"RR", "RB"}))
        this_year = to_wib(context.db.clock()).year
        self.year_from = self._year_box(self.tr("from any year"), this_year)
        self.year_to = self._year_box(self.tr("to any year"), this_year)
        self.status = QComboBox()
        self.status.addItem(self.tr("In the register"), DEFAULT_STATUSES)
        self.status.addItem(self.tr("Disposed"), frozenset({AssetStatus.DISPOSED.value}))
        self.status.addItem(self.tr("All, including disposed"), frozenset())
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for combo in (self.kib, self.room, self.condition, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for box in (self.year_from, self.year_to):
            box.valueChanged.connect(self.apply_filter)
        self.code_prefix.editingFinished.connect(self.apply_filter)

        # Wraps onto a second line where one does not fit (1366×768 at 150 %).
        filters = flow_row(
            [
                self.kib,
                self.code_prefix,
                self.room,
                self.condition,
                self.year_from,
                self.year_to,
                self.status,
            ]
        )

        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        # activated covers both Enter and a double-click (doubleClicked too would open two forms).
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A reload drops the selection without selectionChanged: the actions follow it anyway.
        self.model.modelReset.connect(self._selection_changed)
        # Tab and Ctrl+Tab go on to the next widget; the arrows move inside the table.
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        self.no_match = NoMatchNote()
        self.no_match.clear_requested.connect(self.clear_filters)
        self.model.modelReset.connect(self._show_no_match)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = self._action("add", self.tr("Add"), "Ctrl+N", self.add_asset)
        self.open_action = self._action("edit", self.tr("Open"), "F2", self.open_selected)
        self.move_action = self._action("rooms", self.tr("Move…"), "", self.move_selected)
        self.condition_action = self._action(
            "condition", self.tr("Condition…"), "", self.condition_selected
        )
        self.dispose_action = self._action(
            "dispose", self.tr("Dispose from the register…"), "", self.dispose_selected
        )
        self.propose_action = self._action(
            "dispose", self.tr("Propose for disposal…"), "", self.propose_selected
        )
        self.proposals_action = self._action(
            "document", self.tr("Disposal proposals…"), "", self.show_proposals
        )
        self.capitalise_action = self._action(
            "capitalise", self.tr("Capitalise…"), "", self.capitalise_selected
        )
        # Handover to an employee (BAST), its return, and pinjam pakai: ui/handovers.
        self.handover_action = self._action(
            "occupant", self.tr("Handover…"), "", self.hand_over_selected
        )
        self.return_action = self._action("move_out", self.tr("Return…"), "", self.return_selected)
        self.loan_action = self._action(
            "key", self.tr("Loan (pinjam pakai)…"), "", self.lend_selected
        )
        self.reload_action = self._action("reload", self.tr("Refresh"), "", self.refresh)
        self.labels_action = self._action("labels", self.tr("Labels…"), "Ctrl+P", self.print_labels)
        self.import_codes_action = self._action(
            "pick", self.tr("Import codes…"), "", self.import_codes
        )
        self.import_assets_action = self._action(
            "import", self.tr("Import assets…"), "", self.import_assets
        )
        # By use: the daily five keep their words on a narrow screen, the rare ones an icon.
        most_used = (
            self.add_action,
            self.open_action,
            self.move_action,
            self.condition_action,
            self.labels_action,
        )
        rarely_used = (
            self.handover_action,
            self.return_action,
            self.loan_action,
            self.capitalise_action,
            self.propose_action,
            self.proposals_action,
            self.dispose_action,
            self.reload_action,
            self.import_codes_action,
            self.import_assets_action,
        )
        self.toolbar.addActions(most_used)
        self.toolbar.addSeparator()
        self.toolbar.addActions(rarely_used)
        rank_actions(most_used, rarely_used)
        for action in (
            self.add_action,
            self.move_action,
            self.condition_action,
            self.capitalise_action,
            self.propose_action,
            self.dispose_action,
            self.import_codes_action,
            self.import_assets_action,
            self.handover_action,
            self.return_action,
            self.loan_action,
        ):
            action.setVisible(self.editable)
        # Disposal goes through a proposal and the decree (BMD.md §13); the one-step disposal
        # stays for the Admin, to correct the register (an item disposed of long ago).
        self.dispose_action.setVisible(context.actor.role == Role.ADMIN)
        self.dispose_action.setToolTip(
            self.tr("Record a disposal at once, without a proposal: for corrections by the Admin")
        )

        self.summary = QLabel()
        self.summary.setObjectName("registerSummary")
        # Ctrl+F is the main window's (View → Search): it brings the user here from anywhere.

        layout = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_row.addWidget(page_title(self.tr("Asset register")))
        title_row.addStretch(1)
        title_row.addWidget(self.summary)
        layout.addLayout(title_row)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        # Rows that could not be loaded (the server gone): said here with Try again, and
        # cleared by the next load that succeeds.
        self.banner = ErrorBanner(loading=True)
        layout.addWidget(self.banner)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)
        # Through the filters, then Clear filters when it shows, then the table.
        QWidget.setTabOrder(self.status, self.no_match.clear_button)
        QWidget.setTabOrder(self.no_match.clear_button, self.table)

        self._load_rooms()
        self._restore_columns()
        self.apply_filter()
        self._selection_changed()
        self.data_changes = follow_changes(self, self._data_changed)

    # --- building blocks -------------------------------------------------------------------

    def _year_box(self, any_text: str, this_year: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(ANY_YEAR, this_year)
        box.setSpecialValueText(any_text)
        box.setValue(ANY_YEAR)
        box.setMaximumWidth(170)
        return box

    def _action(self, icon_name: str, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({keys})")
        # triggered(bool) would hand its bool to a slot's optional first argument (a path).
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _load_rooms(self) -> None:
        current = self.room.currentData()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(self.tr("All rooms"), None)
        try:
            rooms = list_rooms(self.context.db, self.context.actor, with_counts=False)
        except DomainError as error:
            self._rooms_loaded = False  # loaded again with the next rows that load
            self.banner.show_error(error, self.refresh)
            rooms = []
        else:
            self._rooms_loaded = True
        for room in rooms:
            self.room.addItem(f"{room.code} – {room.name}", room.id)
        index = self.room.findData(current)
        self.room.setCurrentIndex(max(index, 0))
        self.room.blockSignals(False)

    # --- filtering -------------------------------------------------------------------------

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            text=self.search.text(),
            kib=self.kib.currentData(),
            code_prefix=self.code_prefix.text(),
            room_id=self.room.currentData(),
            conditions=self.condition.currentData(),
            year_from=self.year_from.value() or None,
            year_to=self.year_to.value() or None,
            statuses=self.status.currentData(),
        )

    def show_room(self, room_id: int) -> None:
        """Open the register on one room's items (from the rooms page)."""
        index = self.room.findData(room_id)
        if index >= 0:
            self.room.setCurrentIndex(index)

    def _search_now(self) -> None:
        self._search_timer.stop()
        if self.search.text().strip().upper().startswith("INV:"):
            # A label's QR code: open its asset straight away, or say it is unknown.
            scanned = resolve_scan(self.context.db, self.context.actor, self.search.text())
            self.search.selectAll()
            if scanned is None:
                self.summary.setText(self.tr("No asset of this office has this label."))
            else:
                self.open_asset(scanned)
            return
        self.apply_filter()
        if self.model.rowCount() == 1:
            # A scanned code finds one asset: open it, as the scanner user expects.
            self.table.selectRow(0)
            self.open_selected()

    def _active_filters(self, wanted: RegisterFilter) -> list[str]:
        """The filters that narrow ``wanted``, as their boxes show them."""
        shown: list[str] = []
        if wanted.kib:
            shown.append(self.kib.currentText())
        if wanted.code_prefix.strip():
            shown.append(self.tr("code {prefix}…").format(prefix=wanted.code_prefix.strip()))
        if wanted.room_id is not None:
            shown.append(self.room.currentText())
        if wanted.conditions:
            shown.append(self.condition.currentText())
        if wanted.year_from is not None:
            shown.append(self.tr("from {year}").format(year=wanted.year_from))
        if wanted.year_to is not None:
            shown.append(self.tr("to {year}").format(year=wanted.year_to))
        if wanted.statuses and wanted.statuses != DEFAULT_STATUSES:
            shown.append(self.status.currentText())
        return shown

    def _show_no_match(self) -> None:
        """Nothing found: say what was searched under which filters, and offer to clear them."""
        wanted = self.model.query.filter
        filters = self._active_filters(wanted)
        if self.model.rowCount() or not (wanted.text.strip() or filters):
            self.no_match.hide()
        else:
            self.no_match.show_for(wanted.text, filters)

    def clear_filters(self) -> None:
        """Every filter back to showing all (the search text stays): one query, not seven."""
        boxes = (self.kib, self.code_prefix, self.room, self.condition, self.year_from)
        for widget in (*boxes, self.year_to, self.status):
            widget.blockSignals(True)
        for combo in (self.kib, self.room, self.condition):
            combo.setCurrentIndex(0)
        if self.status.currentData() != frozenset():  # "all, including disposed" narrows nothing
            self.status.setCurrentIndex(0)
        self.code_prefix.clear()
        self.year_from.setValue(ANY_YEAR)
        self.year_to.setValue(ANY_YEAR)
        for widget in (*boxes, self.year_to, self.status):
            widget.blockSignals(False)
        self.apply_filter()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Qt leaves Ctrl+Tab to the table, which ignores it: make it leave like Tab does.
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.table.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def apply_filter(self) -> None:
        try:
            self.model.set_filter(self.current_filter())
        except DomainError as error:
            self.banner.show_error(error, self.apply_filter)
            return
        self._loaded()
        self._update_summary()

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        """Here, in another window or on another PC: the rows again, where the user was."""
        units = self.context.actor.unit_ids
        if touches(changes, ("rooms",), units):
            self._load_rooms()
        if touches(changes, ("assets", "rooms", "handovers", "disposals"), units):
            self.refresh()

    def refresh(self) -> None:
        """The same rows again, the selection and the scroll position kept; a failure shows
        in the banner (the rows last loaded stay)."""
        state = ViewState.of(self.table, self._row_id)
        try:
            self.model.reload()
        except DomainError as error:
            self.banner.show_error(error, self.refresh)
            return
        self._loaded()
        state.restore(self.table, self._row_id)
        # After a change the status bar says what changed; the new count stays in the title row.
        self._update_summary(to_status_bar=False)

    def _loaded(self) -> None:
        """Rows loaded: the banner goes, once the rooms' filter (if it failed) loads too."""
        if not self._rooms_loaded:
            self._load_rooms()
            if not self._rooms_loaded:
                return
        self.banner.clear()

    def _row_id(self, index: QModelIndex) -> int | None:
        value = self.model.data(index, ID_ROLE)
        return value if isinstance(value, int) else None

    def _update_summary(self, to_status_bar: bool = True) -> None:
        """Count and total in the background: the rows do not wait for them."""
        self._summary_generation += 1
        generation = self._summary_generation
        wanted = self.model.query.filter
        context = self.context
        self.summary.setText(self.tr("Counting…"))

        def show(result: RegisterSummary) -> None:
            if generation != self._summary_generation:
                return  # an older search; a newer one is on its way
            self.summary_text = self.tr("{count} asset(s) · {value}", "", result.count).format(
                count=group_thousands(result.count),
                value=format_rupiah(result.total_value),
            )
            self.summary.setText(self.summary_text)
            window = self.window()
            if (
                to_status_bar
                and hasattr(window, "statusBar")
                and window.isVisible()
                and self.isVisible()
            ):
                window.statusBar().showMessage(self.summary_text)
            self.summary_ready.emit()

        def failed(error: BaseException) -> None:
            if generation == self._summary_generation:
                self.summary.clear()
                self.banner.show_error(error, self.refresh)

        run_in_background(
            lambda: summarize_register(context.db, context.actor, wanted), show, failed, self
        )

    # --- selection and actions -------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(row).id for row in rows]

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.open_action.setEnabled(count == 1)
        for action in (
            self.move_action,
            self.condition_action,
            self.dispose_action,
            self.propose_action,
            self.handover_action,
            self.return_action,
            self.loan_action,
        ):
            action.setEnabled(count >= 1 and self.editable)
        self.capitalise_action.setEnabled(count == 1 and self.editable)  # one asset's value

    def _row_menu(self, point: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.open_action,
            self.move_action,
            self.condition_action,
            self.capitalise_action,
            self.handover_action,
            self.return_action,
            self.loan_action,
            self.propose_action,
            self.dispose_action,
        ):
            if action.isVisible():
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _column_menu(self, point: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(self.tr("Columns"))
        for section, column in enumerate(COLUMNS):
            if section == UNIT_COLUMN and not self.model.unit_codes:
                continue  # one unit in view: nothing about units
            action = menu.addAction(self.model.titles[column.key])
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(section))
            action.toggled.connect(
                lambda shown, index=section: header.setSectionHidden(index, not shown)
            )
        menu.exec(header.mapToGlobal(point))

    def import_codes(self, path: str | None = None) -> None:
        """Import the BPKAD's full code table (.xlsx or .csv); all rows or none."""
        from ui.assets.code_import import import_codes

        import_codes(self, self.context, path)

    def import_assets(self) -> None:
        from ui.assets.import_dialog import ImportDialog

        ImportDialog(self.context, self).open()

    def add_asset(self) -> None:
        from ui.assets.asset_dialog import AssetDialog

        AssetDialog(self.context, None, self).open()

    def open_selected(self) -> None:
        from ui.assets.asset_dialog import AssetDialog

        index = self.table.currentIndex()
        if not index.isValid():
            return
        asset_id = self.model.data(self.model.index(index.row(), 0), ID_ROLE)
        AssetDialog(self.context, asset_id, self).open()

    def open_asset(self, asset_id: int) -> None:
        from ui.assets.asset_dialog import AssetDialog

        AssetDialog(self.context, asset_id, self).open()

    def print_labels(self) -> None:
        from inventaris.assets.register import register_ids
        from ui.labels.print_dialog import LabelPrintDialog

        filtered = register_ids(self.context.db, self.context.actor, self.model.query.filter)
        LabelPrintDialog(self.context, self.selected_ids(), filtered, self).open()

    def move_selected(self) -> None:
        from ui.assets.event_dialogs import MoveDialog

        ids = self.selected_ids()
        if ids:
            MoveDialog(self.context, ids, self).open()

    def condition_selected(self) -> None:
        from ui.assets.event_dialogs import ConditionDialog

        ids = self.selected_ids()
        if ids:
            ConditionDialog(self.context, ids, self).open()

    def dispose_selected(self) -> None:
        from ui.assets.event_dialogs import DisposeDialog

        ids = self.selected_ids()
        if ids:
            DisposeDialog(self.context, ids, self).open()

    def propose_selected(self) -> None:
        from ui.disposals.forms import ProposeDialog

        ids = self.selected_ids()
        if ids:
            ProposeDialog(self.context, ids, self).open()

    def show_proposals(self) -> None:
        from ui.disposals.proposals_dialog import ProposalsDialog

        ProposalsDialog(self.context, self).open()

    def hand_over_selected(self) -> None:
        from ui.handovers.dialogs import HandoverDialog

        ids = self.selected_ids()
        if ids:
            HandoverDialog(self.context, ids, self).open()

    def return_selected(self) -> None:
        from ui.handovers.dialogs import ReturnDialog

        ids = self.selected_ids()
        if ids:
            ReturnDialog(self.context, ids, self).open()

    def lend_selected(self) -> None:
        """Pinjam pakai for the chosen items, or its end when every one of them is lent."""
        from ui.handovers.dialogs import EndLoanDialog, LoanDialog

        ids = self.selected_ids()
        if not ids:
            return
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        lent = all(self.model.row_at(row).status == AssetStatus.LENT for row in rows)
        dialog = EndLoanDialog if lent else LoanDialog
        dialog(self.context, ids, self).open()

    def capitalise_selected(self) -> None:
        from ui.assets.event_dialogs import CapitaliseDialog

        ids = self.selected_ids()
        if len(ids) == 1:
            CapitaliseDialog(self.context, ids[0], self).open()

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    # --- column state ----------------------------------------------------------------------

    def _restore_columns(self) -> None:
        header = self.table.horizontalHeader()
        state = QSettings().value("columns/register")
        if state is None or not header.restoreState(state):
            for section, column in enumerate(COLUMNS):
                header.setSectionHidden(section, not column.shown_by_default)
            header.resizeSection(0, 190)
            header.resizeSection(1, 220)
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.resizeSection(UNIT_COLUMN, 160)  # a kode lokasi, whole
            header.moveSection(header.visualIndex(UNIT_COLUMN), 0)  # the unit first
        if not self.model.unit_codes:
            header.setSectionHidden(UNIT_COLUMN, True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

    def save_state(self) -> None:
        QSettings().setValue("columns/register", self.table.horizontalHeader().saveState())
