"""Inventarisasi: count the register room by room with a scanner (BMD.md §11).

The places (rooms, and the items outside rooms) with their progress on the left; for the
chosen place, the scan field, the result of the last scan, and its lists (its KIR, the items
of other places found here, the findings). The lists are reloaded a moment after the last
scan, not after each one. The page is put together from:

- columns.py: the lists' columns; place_lists.py: the chosen place's three lists;
- scanning.py: the scanner's line queue and the result banner;
- room_actions.py: counting by hand in the chosen place (tick, answers, findings, close);
- stocktake_actions.py: the stock-take as a whole (start, change, finish, follow-ups, papers).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.changes import Change
from inventaris.core.formatting import format_date
from inventaris.core.permissions import Permission
from inventaris.stocktake.counting import place_list, places
from inventaris.stocktake.sessions import list_stocktakes
from inventaris.stocktake.types import Counts, PlaceList, PlaceProgress, StocktakeView
from ui.busy import ErrorBanner
from ui.context import AppContext
from ui.hub import touches
from ui.i18n import engine_text
from ui.icons import icon
from ui.live import follow_changes, scroll_back
from ui.stocktake.columns import place_columns, rows_table
from ui.stocktake.place_lists import PlaceLists
from ui.stocktake.room_actions import RoomActions
from ui.stocktake.scanning import ResultBanner, ScanQueue
from ui.stocktake.stocktake_actions import StocktakeActions
from ui.table_model import RowsModel
from ui.widgets import page_title
from ui.worker import run_in_background

REFRESH_AFTER_MS = 300  # the lists reload this long after the last scan …
REFRESH_AT_LEAST_MS = 2000  # … or this often while the scanning goes on


class StocktakePage(QWidget):
    loaded = Signal()  # a place's list is shown
    scanned = Signal(object)  # a ScanOutcome (or the refusal) is shown
    last_dialog: QDialog  # the dialog an action opened last (tests drive it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.can(Permission.EDIT_ASSETS)
        self.stocktakes: list[StocktakeView] = []
        self.current: StocktakeView | None = None
        self.place: int | None = None
        self.place_names: dict[int, str] = {}
        self._focus_when_loaded = False  # give the scan field the cursor once the lists load
        self.listing: PlaceList | None = None
        self._request = 0
        self._list_request = 0
        self._filling = False

        self.chooser = QComboBox()
        self.chooser.setObjectName("stocktakeChooser")
        # As wide as the longest entry, up to half the page (at 150 % the title needs the rest).
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.setMinimumContentsLength(24)
        self.chooser.setMaximumWidth(560)
        self.info = QLabel()
        self.info.setObjectName("stocktakeInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)

        self.places_model: RowsModel[PlaceProgress] = RowsModel(place_columns())
        self.places_table = rows_table("placesTable", self.places_model)
        header = self.places_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.heading = QLabel()
        self.heading.setObjectName("placeHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.setAccessibleName(self.tr("Scan"))
        self.banner = ResultBanner()
        self.scanner = ScanQueue(context, self.scan_field, self.banner, self._scan_target, self)
        self.tabs = PlaceLists(self)  # the KIR, from elsewhere, not recorded
        self.items_model, self.items_table = self.tabs.items_model, self.tabs.items_table
        self.strangers_model = self.tabs.strangers_model
        self.strangers_table = self.tabs.strangers_table
        self.findings_model = self.tabs.findings_model
        self.findings_table = self.tabs.findings_table

        # What the toolbars do lives beside the page; the actions are the page's own.
        self.room = RoomActions(self)
        self.tick_action, self.untick_action = self.room.tick_action, self.room.untick_action
        self.answer_action, self.finding_action = self.room.answer_action, self.room.finding_action
        self.remove_finding_action = self.room.remove_finding_action
        self.close_action = self.room.close_action
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.scan_field)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.room.toolbar)
        right_layout.addWidget(self.tabs, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.places_table)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 680])  # proportions: the lists need the room

        self.session = StocktakeActions(self)
        self.start_action, self.edit_action = self.session.start_action, self.session.edit_action
        self.finish_action = self.session.finish_action
        self.followups_action = self.session.followups_action
        self.workbook_action = self.session.workbook_action
        self.pdf_action = self.session.pdf_action
        top = QHBoxLayout()
        top.addWidget(page_title(self.tr("Stock-take")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Stock-take:")))
        top.addWidget(self.chooser)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.session.toolbar)
        layout.addWidget(self.session.busy_line)  # a paper being written
        # Lists that could not be loaded (the server gone): said here with Try again, and
        # cleared by the next load that succeeds. (``banner`` is the scans' result.)
        self.load_banner = ErrorBanner(loading=True)
        layout.addWidget(self.load_banner)
        layout.addWidget(self.info)
        layout.addWidget(self.splitter, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_AFTER_MS)
        self.refresh_timer.timeout.connect(self.reload_lists)
        self.refresh_cap = QTimer(self)
        self.refresh_cap.setSingleShot(True)
        self.refresh_cap.setInterval(REFRESH_AT_LEAST_MS)
        self.refresh_cap.timeout.connect(self.reload_lists)

        self.scanner.scanned.connect(self.scanned)
        self.scanner.scanned.connect(lambda _outcome: self._schedule_refresh())
        self.chooser.currentIndexChanged.connect(lambda _index: self._chosen())
        self.places_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._place_changed(current.row())
        )
        # A click on a room (or Enter on it) hands the cursor back to the scanner's field.
        self.places_table.clicked.connect(lambda _index: self.focus_scan())
        self.places_table.activated.connect(lambda _index: self.focus_scan())
        for table in self.tabs.tables():
            table.selectionModel().currentRowChanged.connect(
                lambda _current, _previous: self._update_actions()
            )
            table.activated.connect(lambda _index: self.room.answer())
        self.tabs.currentChanged.connect(lambda _index: self._update_actions())
        state = QSettings().value("splitter/stocktake")
        self._sized = state is not None and self.splitter.restoreState(state)
        self.room.add_context_menus()
        self._show_place(None)
        self._update_actions()
        self.refresh()
        self.data_changes = follow_changes(self, self._data_changed)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """The stock-takes, then the chosen one's places and list (F5)."""
        context = self.context
        self._request += 1
        request = self._request

        def show(found: list[StocktakeView]) -> None:
            if request == self._request:
                self._show_stocktakes(found)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self._failed(error)

        run_in_background(lambda: list_stocktakes(context.db, context.actor), show, failed, self)

    def _failed(self, error: BaseException) -> None:
        # Trying again loads the stock-takes, and with them the chosen room's lists.
        self.load_banner.show_error(error, self.refresh)
        self.loaded.emit()

    def _show_stocktakes(self, found: list[StocktakeView]) -> None:
        self.load_banner.clear()
        # The open one first (there is one at most per unit), then the finished ones.
        known = {view.id for view in self.stocktakes}
        self.stocktakes = sorted(found, key=lambda view: not view.is_open)
        keep = self.current.id if self.current else None
        fresh = [v for v in self.stocktakes if v.is_open and v.id not in known]
        if fresh and (self.current is None or not self.current.is_open):
            keep = fresh[0].id  # started meanwhile (on this PC or another): count in it
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for view in self.stocktakes:
            if view.is_open:
                state = self.tr("open since {date}").format(date=format_date(view.started_on))
            else:
                assert view.closed_at is not None
                state = self.tr("finished {date}").format(date=format_date(view.closed_at))
            self.chooser.addItem(
                icon("stocktake" if view.is_open else "ok"), f"{view.name} — {state}", view.id
            )
        index = self.chooser.findData(keep) if keep is not None else -1
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if self.stocktakes else -1))
        self.chooser.blockSignals(False)
        self._chosen()

    def _chosen(self) -> None:
        wanted = self.chooser.currentData()
        view = next((v for v in self.stocktakes if v.id == wanted), None)
        if view is None or self.current is None or view.id != self.current.id:
            self.place = None
        self.current = view
        self.info.setText(self._info_text(view))
        self._update_actions()
        if view is None:
            self.places_model.set_rows([])
            self._show_place(None)
            self.loaded.emit()
        else:
            self.reload_lists()

    def _info_text(self, view: StocktakeView | None) -> str:
        if view is None:
            if self.editable:
                return self.tr(
                    "No stock-take yet. Start one with Start a stock-take… (Ctrl+N): the team "
                    "then scans the labels room by room."
                )
            return self.tr("No stock-take yet.")
        parts = []
        if view.decree_number:
            decree = self.tr("Decree {number}").format(number=view.decree_number)
            if view.decree_date:
                decree += " " + self.tr("of {date}").format(date=format_date(view.decree_date))
            parts.append(decree)
        dates = format_date(view.started_on)
        if view.ends_on:
            dates += f" – {format_date(view.ends_on)}"
        parts.append(dates)
        if view.team:
            chair = view.team[0]
            parts.append(
                self.tr("team of {count}: {name} ({role})", "", len(view.team)).format(
                    count=len(view.team), name=chair.name, role=chair.role or "—"
                )
            )
        rooms = (
            self.tr("{count} chosen room(s)", "", len(view.room_ids)).format(
                count=len(view.room_ids)
            )
            if view.room_ids
            else self.tr("all rooms")
        )
        kibs = "KIB " + ", ".join(view.kibs) if view.kibs else self.tr("all KIBs")
        parts.append(f"{rooms}, {kibs}")
        if not view.is_open and view.closed_at is not None:
            parts.append(
                self.tr("finished on {date} by {user}").format(
                    date=format_date(view.closed_at), user=view.closed_by
                )
            )
        return " · ".join(parts)

    def reload_lists(self) -> None:
        """The places' progress and the chosen place's lists, off the GUI thread."""
        self.refresh_timer.stop()
        self.refresh_cap.stop()
        view = self.current
        if view is None:
            return
        context, wanted = self.context, self.place
        self._list_request += 1
        request = self._list_request

        def load() -> tuple[list[PlaceProgress], PlaceList | None]:
            progress = places(context.db, context.actor, view.id)
            ids = [row.place for row in progress]
            place = wanted if wanted in ids else (ids[0] if ids else None)
            listing = (
                place_list(context.db, context.actor, view.id, place) if place is not None else None
            )
            return progress, listing

        def show(loaded: tuple[list[PlaceProgress], PlaceList | None]) -> None:
            if request == self._list_request and self.current is view:
                self._show_lists(*loaded)

        def failed(error: BaseException) -> None:
            if request == self._list_request:
                self._failed(error)

        run_in_background(load, show, failed, self)

    def _show_lists(self, progress: list[PlaceProgress], listing: PlaceList | None) -> None:
        self.load_banner.clear()
        self.place_names = {row.place: engine_text(row.name) for row in progress}
        # A reload (a scan here or on another PC) leaves every list where the user had it.
        tables = (self.places_table, *self.tabs.tables())
        scrolls = [table.verticalScrollBar().value() for table in tables]
        same_place = listing is not None and listing.progress.place == self.place
        self._filling = True
        try:
            self.places_model.set_rows(progress)
            self.place = listing.progress.place if listing else None
            for row, place in enumerate(progress):
                if place.place == self.place:
                    self.places_table.selectRow(row)
                    break
        finally:
            self._filling = False
        self._show_place(listing)
        for table, scroll in zip(tables, scrolls, strict=True):
            if same_place or table is self.places_table:
                scroll_back(table, scroll)
        if self._focus_when_loaded:
            # A person just acted on this page (or opened it): the field may only now be
            # enabled, and a scanner's keys must never land in the sidebar.
            self._focus_when_loaded = False
            self.focus_scan()
        else:
            self._keep_focus()
        self.loaded.emit()

    def _keep_focus(self) -> None:
        """The scanner types into the scan field: it gets the cursor back unless a person is
        working in one of the lists (arrows, a right-click) or the chooser."""
        if not self.isVisible():
            return
        focused = QApplication.focusWidget()
        if focused in (self.places_table, *self.tabs.tables(), self.chooser):
            return
        if (
            focused is not None
            and focused.window() is self.window()
            and not self.isAncestorOf(focused)
        ):
            return  # working elsewhere in the window (the sidebar)
        self.focus_scan()

    def _show_place(self, listing: PlaceList | None) -> None:
        self.listing = listing
        self.tabs.show_listing(listing)
        self._heading()
        self._update_actions()

    def _heading(self) -> None:
        listing = self.listing
        if self.current is None:
            self.heading.setText("")
            self.scan_field.setPlaceholderText(self.tr("Start a stock-take first."))
            return
        if listing is None:
            self.heading.setText(escape(self.tr("Choose a room on the left.")))
            return
        progress = listing.progress
        parts = [
            self.tr("{checked} of {expected} checked").format(
                checked=progress.checked, expected=progress.expected
            )
        ]
        if progress.misplaced_here:
            parts.append(
                self.tr("{count} from other rooms", "", progress.misplaced_here).format(
                    count=progress.misplaced_here
                )
            )
        if progress.closed:
            parts.append(self.tr("closed"))
        title = " ".join(p for p in (progress.code, progress.name) if p)
        self.heading.setText(
            f"<span style='font-size: 11pt; font-weight: 600'>{escape(title)}</span>"
            f"&nbsp;&nbsp;{escape(' · '.join(parts))}"
        )
        if not self.editable:
            hint = self.tr("Only the Pengurus Barang and the Admin count.")
        elif not self.current.is_open:
            hint = self.tr("This stock-take is finished.")
        else:
            hint = self.tr("Scan a label here (or type its code and press Enter) — F8")
        self.scan_field.setPlaceholderText(hint)

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        units = self.context.actor.unit_ids
        # This page reloads after its own scans; another team's PC counting is heard here.
        if touches([c for c in changes if c.remote], ("stocktake",), units):
            self.refresh()
        elif touches(changes, ("assets", "rooms", "disposals"), units):
            self._schedule_refresh()

    def _schedule_refresh(self) -> None:
        """Reload the lists a moment after the last change, and now and then during a run."""
        self.refresh_timer.start()
        if not self.refresh_cap.isActive():
            self.refresh_cap.start()

    def _place_changed(self, row: int) -> None:
        if self._filling or not 0 <= row < self.places_model.rowCount():
            return
        place = self.places_model.row_at(row).place
        if place != self.place:
            self.place = place
            self.reload_lists()

    # --- scanning ---------------------------------------------------------------------------

    def counting(self) -> bool:
        return self.editable and self.current is not None and self.current.is_open

    def _scan_target(self) -> tuple[int, int] | None:
        """Where a scanned line counts: the open stock-take and the chosen place."""
        if not self.counting() or self.current is None or self.place is None:
            return None
        return self.current.id, self.place

    def focus_scan(self) -> bool:
        """F8 and a chosen room: the cursor in the scan field (when there is counting to do)."""
        if not self.scan_field.isEnabled():
            return False
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _update_actions(self) -> None:
        self.session.update_actions()
        self.room.update_actions()
        self.scan_field.setEnabled(self.counting() and self.listing is not None)

    def after_change(self, text: str = "") -> None:
        """After a change: say it, reload at once, and give the scanner its field back."""
        if text:
            self.status(text)
        self._focus_when_loaded = True
        self.reload_lists()
        self.focus_scan()

    def status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    # --- words that count (lupdate marks a plural only in the class's own tr()) -------------

    def close_question(self, room: str, missing: int) -> str:
        return self.tr(
            "Close the count of {room}? {count} item(s) not checked will be recorded as not "
            "found. A later scan still finds an item.",
            "",
            missing,
        ).format(room=room, count=missing)

    def closed_text(self, room: str, marked: int) -> str:
        return self.tr("{room} is closed: {count} item(s) not found.", "", marked).format(
            room=room, count=marked
        )

    def finish_question(self, name: str, counts: Counts) -> str:
        return self.tr(
            "Finish {name}? {found} of {expected} item(s) were found; the {count} not "
            "checked will be recorded as not found, and no more scans are taken.",
            "",
            counts.not_found,
        ).format(name=name, found=counts.found, expected=counts.expected, count=counts.not_found)

    # --- the page ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The room names get what the right side can spare: at 1366 px its lists and room
            # toolbar need some 760 px; at 150 % the names give way (their tooltip is whole).
            self._sized = True
            total = sum(self.splitter.sizes())
            left = max(230, min(420, total - 760))
            self.splitter.setSizes([left, total - left])
        self._focus_when_loaded = True
        QTimer.singleShot(0, self.focus_scan)

    def save_state(self) -> None:
        QSettings().setValue("splitter/stocktake", self.splitter.saveState())
