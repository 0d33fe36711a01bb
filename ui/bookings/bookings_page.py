"""Ruang Rapat: the day with its rooms side by side, or a room's week; drag on empty time to
book, double-click a booking to change it. Pool vehicles are booked the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.bookings.holidays import holidays_between
from inventaris.bookings.service import (
    ROOM,
    VEHICLE,
    BookingStatus,
    BookingView,
    ResourceView,
    Settings,
    bookable_resources,
    bookings_between,
    cancel_booking,
    confirm_booking,
    get_settings,
    may_book,
)
from inventaris.core.changes import Change
from inventaris.core.errors import DomainError
from inventaris.core.permissions import Permission
from ui.bookings.booking_dialog import BookingDialog, ask_scope
from ui.bookings.time_grid import GridColumn, TimeGrid
from ui.busy import BusyIndicator, ErrorBanner
from ui.context import AppContext
from ui.dates import DateField
from ui.errors import message_for, show_error
from ui.files import ask_save_path
from ui.forms import FormDialog
from ui.hub import touches
from ui.icons import icon
from ui.live import follow_changes
from ui.screen import rank_actions
from ui.widgets import page_title, qdate_to_date
from ui.worker import Job, run_in_background

DAY, WEEK = "day", "week"


def _short(day: date) -> str:
    return day.strftime("%d-%m-%Y")


class BookingsPage(QWidget):
    loaded = Signal()
    last_dialog: FormDialog  # the dialog an action opened last (tests drive it)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = may_book(context.actor, ROOM)  # of the kind shown: see _kind_changed
        self.resources: list[ResourceView] = []
        self.bookings: list[BookingView] = []
        self.settings = Settings(time(7, 30), time(17, 0), 15, False)
        self._request = 0
        self._resources_loaded = False
        today = today_in(context.db)
        self.day_locale = QLocale(context.language)  # not self.locale: that is QWidget.locale()

        self.kind = QComboBox()
        self.kind.addItem(icon("meeting_rooms"), self.tr("Meeting rooms"), ROOM)
        self.kind.addItem(icon("vehicles"), self.tr("Pool vehicles"), VEHICLE)
        if not self.editable and may_book(context.actor, VEHICLE):
            self.kind.setCurrentIndex(1)  # the drivers' coordinator books vehicles
        self.view = QComboBox()
        self.view.addItem(self.tr("Day: all rooms"), DAY)
        self.view.addItem(self.tr("Week: one room"), WEEK)
        self.resource = QComboBox()
        self.resource.setMinimumWidth(200)
        self.day = DateField(today, weekday=True)
        self.day.setObjectName("bookingsDay")
        self.day.setLocale(self.day_locale)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")

        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(name: str, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            item = QAction(icon(name), text, self)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
                item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                item.setToolTip(f"{text} ({shortcut})")
            item.triggered.connect(lambda _checked=False: slot())
            bar.addAction(item)
            self.addAction(item)
            return item

        self.new_action = action("add", self.tr("Book…"), self.new_booking, "Ctrl+N")
        self.edit_action = action("edit", self.tr("Change…"), self.edit_selected, "F2")
        self.cancel_action = action("stop", self.tr("Cancel booking…"), self.cancel_selected)
        self.confirm_action = action("ok", self.tr("Confirm"), self.confirm_selected)
        self._kind_changed()
        self.confirm_action.setVisible(context.can(Permission.CONFIRM_BOOKINGS))
        bar.addSeparator()
        previous = action("previous", self.tr("Previous"), lambda: self.step(-1), "Ctrl+PgUp")
        today_action = action("today", self.tr("Today"), self.go_today, "Ctrl+T")
        following = action("next", self.tr("Next"), lambda: self.step(1), "Ctrl+PgDown")
        bar.addSeparator()
        agenda = action("print", self.tr("Print the day's agenda…"), self.print_agenda, "Ctrl+P")
        settings_action = action("settings", self.tr("Settings…"), self.edit_settings)
        settings_action.setVisible(context.can(Permission.EDIT_SETTINGS))
        self.agenda_pdf_action = action("pdf", self.tr("Agenda as PDF…"), self.save_agenda_pdf)
        rarely_used = [
            previous,  # the arrows say it without words
            following,
            self.cancel_action,
            settings_action,
            self.agenda_pdf_action,
            action("export", self.tr("Export…"), self.export_period, "Ctrl+E"),
            action("meeting_rooms", self.tr("Calendar (.ics)…"), self.export_ics),
        ]
        # By use: booking, the days and the agenda stay on a narrow bar.
        rank_actions([self.new_action, self.edit_action, today_action, agenda], rarely_used)
        new_button = bar.widgetForAction(self.new_action)
        if isinstance(new_button, QToolButton):
            new_button.setObjectName("bookButton")

        self.grid = TimeGrid()
        self.grid.setObjectName("bookingGrid")
        self.grid.create_requested.connect(self._create_from_drag)
        self.grid.booking_activated.connect(self._open)
        self.grid.booking_chosen.connect(lambda _id: self._update_actions())

        choices = QHBoxLayout()
        for widget in (self.kind, self.view, self.resource, self.day):
            choices.addWidget(widget)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Meeting rooms")))
        layout.addLayout(choices)
        layout.addWidget(bar)
        # The agenda is written as PDF on the worker; meanwhile its action waits.
        self.pdf_busy_line = QLabel()
        self.pdf_busy = BusyIndicator(
            self,
            self.pdf_busy_line,
            [self.agenda_pdf_action],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        self.pdf_job: Job | None = None
        self.pdf_path: Path | None = None  # the last agenda saved
        layout.addWidget(self.pdf_busy_line)
        # A day that could not be loaded (the server gone): said here with Try again, and
        # cleared by the next load that succeeds.
        self.banner = ErrorBanner(loading=True)
        layout.addWidget(self.banner)
        layout.addWidget(self.title)
        layout.addWidget(self.grid, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.currentIndexChanged.connect(self.reload_resources)
        self.view.currentIndexChanged.connect(self.refresh)
        self.resource.currentIndexChanged.connect(self.refresh)
        self.day.dateChanged.connect(self.refresh)
        self.data_changes = follow_changes(self, self._data_changed)
        self.reload_resources()

    def _kind_changed(self) -> None:
        """Each role books its own kind of resource and only sees the other's bookings."""
        self.editable = may_book(self.context.actor, self.kind.currentData())
        for item in (self.new_action, self.edit_action, self.cancel_action):
            item.setVisible(self.editable)

    # --- loading ----------------------------------------------------------------------------

    def _data_changed(self, changes: tuple[Change, ...]) -> None:
        """A booking made here or on another PC shows at once; the chosen one stays chosen."""
        units = self.context.actor.unit_ids
        if touches(changes, ("rooms", "vehicles"), units):
            self.reload_resources()  # refreshes the bookings too
        elif touches(changes, ("bookings",), units):
            self.refresh()

    def reload_resources(self) -> None:
        try:
            self.settings = get_settings(self.context.db, self.context.actor)
            self.resources = bookable_resources(
                self.context.db, self.context.actor, self.kind.currentData()
            )
        except DomainError as error:
            self._resources_loaded = False
            self.banner.show_error(error, self.reload_resources)
            self.loaded.emit()
            return
        self._resources_loaded = True
        chosen = self.resource.currentData()
        self.resource.blockSignals(True)
        self.resource.clear()
        for resource in self.resources:
            self.resource.addItem(resource.name, resource.resource.key)
        self.resource.setCurrentIndex(max(0, self.resource.findData(chosen)))  # the week's room
        self.resource.blockSignals(False)
        self.refresh()

    def first_day(self) -> date:
        chosen = qdate_to_date(self.day.date())
        if self.view.currentData() == WEEK:
            return chosen - timedelta(days=chosen.weekday())
        return chosen

    def refresh(self) -> None:
        if not self._resources_loaded:
            self.reload_resources()  # the rooms first: they failed to load last time
            return
        week = self.view.currentData() == WEEK
        self.resource.setVisible(week)
        first = self.first_day()
        last = first + timedelta(days=6 if week else 0)
        keys = (
            [self.resource.currentData()]
            if week and self.resource.currentData()
            else [resource.resource.key for resource in self.resources]
        )
        context, language = self.context, self.context.language
        self._request += 1
        request = self._request

        def load() -> tuple[list[BookingView], dict[date, str]]:
            found = bookings_between(context.db, context.actor, first, last, resource_keys=keys)
            return found, holidays_between(first, last, language)

        def show(loaded: tuple[list[BookingView], dict[date, str]]) -> None:
            if request == self._request:
                self._show(first, last, *loaded)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self.banner.show_error(error, self.refresh)
                self.loaded.emit()

        run_in_background(load, show, failed, self)

    def _show(
        self, first: date, last: date, bookings: list[BookingView], holidays: dict[date, str]
    ) -> None:
        self.banner.clear()
        self.bookings = bookings
        if self.view.currentData() == WEEK:
            name = self.resource.currentText()
            columns = [
                GridColumn(
                    self.resource.currentData() or "",
                    first + timedelta(days=offset),
                    self._day_name(first + timedelta(days=offset)),
                    holiday=holidays.get(first + timedelta(days=offset)),
                )
                for offset in range(7)
            ]
            self.title.setText(
                self.tr("{room}: week of {first} to {last}").format(
                    room=name, first=_short(first), last=_short(last)
                )
            )
        else:
            columns = [
                GridColumn(r.resource.key, first, r.name, self._detail(r), holidays.get(first))
                for r in self.resources
            ]
            holiday = holidays.get(first)
            self.title.setText(
                self._long_day(first) + (f" · {holiday}" if holiday else "")
                if self.resources
                else self._nothing_to_book()
            )
        self.grid.set_grid(
            columns,
            bookings,
            self.settings.day_starts,
            self.settings.day_ends,
            self.settings.step_minutes,
        )
        self._update_actions()
        window = self.window()
        if hasattr(window, "statusBar") and self.isVisible():
            window.statusBar().showMessage(
                self.tr("{count} booking(s) shown").format(count=len(bookings))
            )
        self.loaded.emit()

    def _nothing_to_book(self) -> str:
        if self.kind.currentData() == VEHICLE:
            return self.tr(
                "No pool vehicles yet: tick Pool vehicle in the vehicle's data in Vehicles."
            )
        return self.tr("No meeting rooms yet: mark a room as a meeting room in Rooms.")

    def _detail(self, resource: ResourceView) -> str:
        seats = (
            self.tr("{count} seat(s)", "", resource.capacity).format(count=resource.capacity)
            if resource.capacity
            else ""
        )
        return " · ".join(part for part in (seats, resource.detail) if part)

    def _day_name(self, day: date) -> str:
        return self.day_locale.toString(QDate(day.year, day.month, day.day), "ddd dd-MM")

    def _long_day(self, day: date) -> str:
        return self.day_locale.toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")

    # --- moving in time ----------------------------------------------------------------------

    def step(self, direction: int) -> None:
        """A day or a week back (-1) or on (1); not QWidget.move."""
        days = 7 if self.view.currentData() == WEEK else 1
        self.day.setDate(self.day.date().addDays(direction * days))

    def go_today(self) -> None:
        today = today_in(self.context.db)
        self.day.setDate(QDate(today.year, today.month, today.day))

    # --- actions ----------------------------------------------------------------------------

    def selected(self) -> BookingView | None:
        return next((b for b in self.bookings if b.id == self.grid.selected), None)

    def _update_actions(self) -> None:
        booking = self.selected()
        active = booking is not None and booking.status != BookingStatus.CANCELLED
        self.edit_action.setEnabled(active)
        self.cancel_action.setEnabled(active)
        self.confirm_action.setEnabled(
            booking is not None and booking.status == BookingStatus.REQUESTED
        )

    def new_booking(self) -> BookingDialog | None:
        if not self.editable or not self.resources:
            return None
        key = self.resource.currentData() if self.view.currentData() == WEEK else None
        dialog = BookingDialog(
            self.context, self.resources, self.settings, resource_key=key, parent=self
        )
        dialog.open()
        return dialog

    def _create_from_drag(self, column: int, starts_at: datetime, ends_at: datetime) -> None:
        if not self.editable:
            return
        key = self.grid.columns[column].key
        dialog = BookingDialog(
            self.context,
            self.resources,
            self.settings,
            resource_key=key,
            starts_at=starts_at,
            ends_at=ends_at,
            parent=self,
        )
        self.last_dialog = dialog
        dialog.open()

    def _open(self, booking_id: int) -> None:
        self.grid.selected = booking_id
        self.edit_selected()

    def edit_selected(self) -> None:
        booking = self.selected()
        if booking is None or not self.editable or booking.status == BookingStatus.CANCELLED:
            return
        dialog = BookingDialog(
            self.context, self.resources, self.settings, booking=booking, parent=self
        )
        self.last_dialog = dialog
        dialog.open()

    def cancel_selected(self) -> None:
        booking = self.selected()
        if booking is None or not self.editable:
            return
        scope = ask_scope(self, booking, self.tr("Cancel booking"))
        if scope is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Cancel booking"), self.tr("Reason for the cancellation:")
        )
        if not ok:
            return
        try:
            cancel_booking(self.context.db, self.context.actor, booking.id, reason, scope)
        except DomainError as error:
            show_error(self, error)
            return

    def edit_settings(self) -> None:
        from ui.bookings.booking_dialog import BookingSettingsDialog

        dialog = BookingSettingsDialog(self.context, self.settings, self)
        self.last_dialog = dialog
        dialog.finished.connect(lambda _result: self.reload_resources())
        dialog.open()

    def confirm_selected(self) -> None:
        booking = self.selected()
        if booking is None:
            return
        try:
            confirm_booking(self.context.db, self.context.actor, booking.id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Confirm"), message_for(error))

    # --- output -----------------------------------------------------------------------------

    def _agenda_document(self) -> Any:
        from inventaris.bookings.outputs import daily_agenda
        from ui.printing import agenda_document

        try:
            agenda = daily_agenda(
                self.context.db, self.context.actor, qdate_to_date(self.day.date())
            )
        except DomainError as error:
            show_error(self, error)
            return None
        return agenda_document(agenda)

    def print_agenda(self) -> None:
        from ui.printing import preview

        document = self._agenda_document()
        if document is not None:
            preview(document, self)

    def _ask_path(self, title: str, suggested: str, pattern: str, path: str | None) -> Path | None:
        if path is None:
            path, _ = ask_save_path(self, title, suggested, pattern)
        return Path(path) if path else None

    def save_agenda_pdf(self, path: str | None = None) -> Job | None:
        """The day's agenda as a PDF, read, laid out and written on the worker: the window goes
        on, the action waits. ``pdf_path`` is the last one saved."""
        from inventaris.bookings.outputs import daily_agenda
        from ui.printing import agenda_document, write_pdf_on_worker

        if self.pdf_busy.active:
            return None
        day = qdate_to_date(self.day.date())
        target = self._ask_path(
            self.tr("Save the agenda"),
            f"Jadwal Ruang Rapat {day:%Y-%m-%d}.pdf",
            "PDF (*.pdf)",
            path,
        )
        if target is None:
            return None
        db, actor = self.context.db, self.context.actor

        def saved(written: Path) -> None:
            self.pdf_path = written
            self._saved(written)

        self.pdf_job = write_pdf_on_worker(
            self.pdf_busy,
            lambda: agenda_document(daily_agenda(db, actor, day)),
            target,
            saved,
            self,
        )
        return self.pdf_job

    def export_period(self, path: str | None = None) -> Path | None:
        """The bookings of the period shown (the day, or the week) as an Excel workbook."""
        from inventaris.bookings.outputs import export_bookings_xlsx

        first = self.first_day()
        last = first + timedelta(days=6 if self.view.currentData() == WEEK else 0)
        target = self._ask_path(
            self.tr("Export the bookings"),
            f"Pemesanan ruang rapat {first:%Y-%m-%d} sd {last:%Y-%m-%d}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            path,
        )
        if target is None:
            return None
        try:
            export_bookings_xlsx(self.context.db, self.context.actor, first, last, target)
        except (DomainError, OSError) as error:
            show_error(self, error)
            return None
        self._saved(target)
        return target

    def export_ics(self, path: str | None = None) -> Path | None:
        """The chosen booking's series, or else the room's next three months, as .ics."""
        from inventaris.bookings.ics import room_calendar_ics, save_ics, series_ics

        booking = self.selected()
        key = booking.resource_key if booking else self.resource.currentData()
        no_series = booking is None or booking.series_id is None
        if (booking is None and self.view.currentData() != WEEK) or (
            no_series and not str(key).startswith("room:")
        ):
            QMessageBox.information(
                self,
                self.tr("Calendar (.ics)"),
                self.tr("Choose a booking (its series), or a room in the week view."),
            )
            return None
        target = self._ask_path(
            self.tr("Save the calendar"), "kalender.ics", self.tr("Calendar (*.ics)"), path
        )
        if target is None or not key:
            return None
        db, actor = self.context.db, self.context.actor
        try:
            if booking is not None and booking.series_id is not None:
                text = series_ics(db, actor, booking.series_id)
            else:
                first = self.first_day()
                room_id = int(str(key).split(":")[1])
                text = room_calendar_ics(db, actor, room_id, first, first + timedelta(days=90))
            save_ics(text, target)
        except DomainError as error:
            show_error(self, error)
            return None
        self._saved(target)
        return target

    def _saved(self, path: Path) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Saved: {path}").format(path=path), 8000)
