"""The booking form: what, where, when, who; and for a new booking, how it repeats, with a preview
of every date and its conflicts where the person ticks the dates to skip."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.bookings.holidays import holiday_on
from inventaris.bookings.recurrence import Frequency, MonthlyBy, Recurrence
from inventaris.bookings.service import (
    NEED_LABELS,
    NEEDS,
    BookingChanges,
    BookingInput,
    BookingView,
    Occurrence,
    ResourceView,
    Scope,
    Settings,
    book,
    book_series,
    bookings_between,
    edit_booking,
    preview_series,
    save_settings,
)
from inventaris.core.errors import ConflictError
from inventaris.core.timeutil import WIB, to_wib
from ui.context import AppContext
from ui.errors import message_for
from ui.forms import FormDialog
from ui.i18n import engine_text
from ui.widgets import INVALID_FIELD_STYLE, date_edit, qdate_to_date

REPEAT_NONE, REPEAT_DAILY, REPEAT_WEEKLY, REPEAT_MONTHLY_DATE, REPEAT_MONTHLY_WEEKDAY = range(5)


def time_box(step: int, value: time) -> QComboBox:
    """Times of day in the office's steps, typed or picked ("09.30")."""
    box = QComboBox()
    box.setEditable(False)
    for minutes in range(0, 24 * 60, step):
        box.addItem(f"{minutes // 60:02d}.{minutes % 60:02d}", minutes)  # Qt keeps ints as ints
    index = box.findData(value.hour * 60 + value.minute)
    box.setCurrentIndex(max(index, 0))
    box.setMaxVisibleItems(16)
    return box


def chosen_time(box: QComboBox) -> time:
    minutes = int(box.currentData())
    return time(minutes // 60, minutes % 60)


def ask_scope(parent: QWidget, booking: BookingView, action: str) -> Scope | None:
    """For an occurrence of a series: this one, this and the following ones, or all."""
    if booking.series_id is None:
        return Scope.ONE

    def tr(text: str) -> str:
        return QCoreApplication.translate("BookingScope", text)

    box = QMessageBox(parent)
    box.setWindowTitle(action)
    box.setText(tr("This booking is part of a series. What should change?"))
    one = box.addButton(tr("Only this one"), QMessageBox.ButtonRole.AcceptRole)
    following = box.addButton(tr("This and the following ones"), QMessageBox.ButtonRole.AcceptRole)
    whole = box.addButton(tr("The whole series"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(one)
    box.exec()
    scopes: dict[QAbstractButton | None, Scope] = {
        one: Scope.ONE,
        following: Scope.FOLLOWING,
        whole: Scope.SERIES,
    }
    return scopes.get(box.clickedButton())


class BookingDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        resources: list[ResourceView],
        settings: Settings,
        *,
        booking: BookingView | None = None,
        resource_key: str | None = None,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change the booking") if booking else self.tr("New booking")
        super().__init__(title, self.tr("Save"), parent)
        self.setMinimumWidth(620)
        self.context, self.booking, self.settings = context, booking, settings
        self.preview: list[Occurrence] = []
        self.saved: list[BookingView] = []
        self.resource = QComboBox()
        for resource in resources:
            label = resource.name + (
                " "
                + self.tr("({count} seat(s))", "", resource.capacity).format(
                    count=resource.capacity
                )
                if resource.capacity
                else ""
            )
            self.resource.addItem(label, resource)
        key = booking.resource_key if booking else resource_key
        for index, resource in enumerate(resources):
            if resource.resource.key == key:
                self.resource.setCurrentIndex(index)
        self.resource.setEnabled(booking is None)
        start = to_wib(booking.starts_at if booking else starts_at or _next_slot(context, settings))
        end = to_wib(booking.ends_at if booking else ends_at or start + timedelta(hours=1))
        self.day = date_edit(start.date())
        self.start = time_box(settings.step_minutes, start.time())
        self.end = time_box(settings.step_minutes, end.time())
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        times_widget = QWidget()
        times_widget.setLayout(times)
        times.setContentsMargins(0, 0, 0, 0)
        self.holiday = QLabel()
        self.holiday.setStyleSheet("color: #c62828;")
        self.holiday.hide()
        self.title = QLineEdit(booking.title if booking else "")
        self.title.setPlaceholderText(self.tr("e.g. Rapat koordinasi persiapan HUT RI"))
        self.organizer = QLineEdit(booking.organizer_unit if booking else "")
        self.organizer.setPlaceholderText(self.tr("e.g. Bagian Protokol"))
        self.contact = QLineEdit(booking.contact_name if booking else "")
        self.phone = QLineEdit(booking.contact_phone if booking else "")
        self.participants = QSpinBox()
        self.participants.setRange(0, 5000)
        self.participants.setSpecialValueText(self.tr("—"))
        self.participants.setValue(booking.participants or 0 if booking else 0)
        self.needs: dict[str, QCheckBox] = {}
        needs_row = QHBoxLayout()
        needs_row.setContentsMargins(0, 0, 0, 0)
        for need in NEEDS:
            box = QCheckBox(engine_text(NEED_LABELS[need]))
            box.setChecked(bool(booking and need in booking.needs))
            self.needs[need] = box
            needs_row.addWidget(box)
        needs_row.addStretch(1)
        needs_widget = QWidget()
        needs_widget.setLayout(needs_row)
        self.notes = QLineEdit(booking.notes if booking else "")
        self.add_field(self.tr("Room / vehicle *"), "resource", self.resource)
        self.add_field(self.tr("Date *"), "starts_at", self.day)
        self.form.addRow("", self.holiday)
        self.add_field(self.tr("Time *"), "ends_at", times_widget)
        self.fields["ends_at"] = self.end
        self.add_field(self.tr("Agenda *"), "title", self.title)
        self.add_field(self.tr("Organising unit"), "organizer_unit", self.organizer)
        self.add_field(self.tr("Contact person"), "contact_name", self.contact)
        self.add_field(self.tr("Phone"), "contact_phone", self.phone)
        self.add_field(self.tr("Participants"), "participants", self.participants)
        self.add_field(self.tr("Needs"), "needs", needs_widget)
        self.add_field(self.tr("Notes"), "notes", self.notes)
        for widget in (self.start, self.end):
            self._watch(widget)
        for box in self.needs.values():
            self._watch(box)
        # Moving the start carries the end along, so the booking keeps its length; moving the end
        # changes only the end (and so the length).
        self.length = int(self.end.currentData()) - int(self.start.currentData())
        self.conflict_shown = False
        self.start.currentIndexChanged.connect(self._start_moved)
        self.end.currentIndexChanged.connect(self._end_moved)
        for signal in (
            self.day.dateChanged,
            self.start.currentIndexChanged,
            self.end.currentIndexChanged,
            self.resource.currentIndexChanged,
        ):
            signal.connect(self._recheck_conflict)
        self.day.dateChanged.connect(self._show_holiday)
        self._show_holiday()
        if booking is None:
            self._build_repeat()
        if not self.title.text():
            self.title.setFocus()

    # --- repeating --------------------------------------------------------------------------

    def _build_repeat(self) -> None:
        group = QGroupBox(self.tr("Repeat"))
        layout = QVBoxLayout(group)
        row = QHBoxLayout()
        self.repeat = QComboBox()
        self.repeat.addItems(
            [
                self.tr("Does not repeat"),
                self.tr("Daily"),
                self.tr("Weekly"),
                self.tr("Monthly on the same date"),
                self.tr("Monthly on the same weekday (e.g. 2nd Tuesday)"),
            ]
        )
        self.interval = QSpinBox()
        self.interval.setRange(1, 12)
        self.interval.setPrefix(self.tr("every "))
        row.addWidget(self.repeat, 1)
        row.addWidget(self.interval)
        layout.addLayout(row)
        self.weekday_boxes: list[QCheckBox] = []
        weekdays = QHBoxLayout()
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for index, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(index == qdate_to_date(self.day.date()).weekday())
            self.weekday_boxes.append(box)
            weekdays.addWidget(box)
        weekdays.addStretch(1)
        self.weekdays_widget = QWidget()
        self.weekdays_widget.setLayout(weekdays)
        weekdays.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.weekdays_widget)
        end_row = QHBoxLayout()
        self.until_choice = QRadioButton(self.tr("until"))
        self.count_choice = QRadioButton(self.tr("times:"))
        choices = QButtonGroup(self)
        choices.addButton(self.until_choice)
        choices.addButton(self.count_choice)
        self.count_choice.setChecked(True)
        self.until = date_edit(qdate_to_date(self.day.date()) + timedelta(days=28))
        self.count = QSpinBox()
        self.count.setRange(1, 366)
        self.count.setValue(4)
        end_row.addWidget(self.count_choice)
        end_row.addWidget(self.count)
        end_row.addWidget(self.until_choice)
        end_row.addWidget(self.until)
        end_row.addStretch(1)
        self.check = QPushButton(self.tr("Check the dates"))
        self.check.clicked.connect(self.show_preview)
        end_row.addWidget(self.check)
        layout.addLayout(end_row)
        self.preview_table = QTableWidget(0, 4)
        self.preview_table.setHorizontalHeaderLabels(
            [self.tr("Skip"), self.tr("Date"), self.tr("Conflicts with"), self.tr("Holiday")]
        )
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.setMinimumHeight(140)
        layout.addWidget(self.preview_table)
        self.body.insertWidget(1, group)  # under the fields, above the error line
        self.repeat_group = group
        self.repeat.currentIndexChanged.connect(self._repeat_changed)
        self._repeat_changed()

    def _repeat_changed(self) -> None:
        kind = self.repeat.currentIndex()
        repeating = kind != REPEAT_NONE
        for widget in (
            self.interval,
            self.until_choice,
            self.count_choice,
            self.until,
            self.count,
            self.check,
            self.preview_table,
        ):
            widget.setVisible(repeating)
        self.weekdays_widget.setVisible(kind == REPEAT_WEEKLY)
        self.preview = []
        self.preview_table.setRowCount(0)

    def rule(self) -> Recurrence | None:
        kind = self.repeat.currentIndex() if self.booking is None else REPEAT_NONE
        if kind == REPEAT_NONE:
            return None
        frequency = {
            REPEAT_DAILY: Frequency.DAILY,
            REPEAT_WEEKLY: Frequency.WEEKLY,
        }.get(kind, Frequency.MONTHLY)
        return Recurrence(
            frequency,
            interval=self.interval.value(),
            weekdays=tuple(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()),
            monthly_by=MonthlyBy.WEEKDAY if kind == REPEAT_MONTHLY_WEEKDAY else MonthlyBy.DATE,
            until=qdate_to_date(self.until.date()) if self.until_choice.isChecked() else None,
            count=self.count.value() if self.count_choice.isChecked() else None,
        )

    def show_preview(self) -> bool:
        """List every date with its conflict; conflicting dates come ticked to skip."""
        rule = self.rule()
        if rule is None:
            return True
        try:
            self.preview = preview_series(
                self.context.db, self.context.actor, self.data(), rule, self.context.language
            )
        except Exception as error:
            self.show_error(error)
            return False
        self.error.clear_message()
        self.preview_table.setRowCount(len(self.preview))
        for row, occurrence in enumerate(self.preview):
            skip = QTableWidgetItem()
            skip.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            skip.setCheckState(
                Qt.CheckState.Checked if occurrence.conflict else Qt.CheckState.Unchecked
            )
            self.preview_table.setItem(row, 0, skip)
            self.preview_table.setItem(row, 1, QTableWidgetItem(occurrence.on.strftime("%d-%m-%Y")))
            conflict = occurrence.conflict
            text = ""
            if conflict is not None:
                start, end = to_wib(conflict.starts_at), to_wib(conflict.ends_at)
                text = f"{start:%H.%M}–{end:%H.%M} {conflict.title}"
            item = QTableWidgetItem(text)
            if conflict is not None:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.preview_table.setItem(row, 2, item)
            self.preview_table.setItem(row, 3, QTableWidgetItem(occurrence.holiday or ""))
        return True

    def skipped(self) -> set[date]:
        skipped: set[date] = set()
        for row, occurrence in enumerate(self.preview):
            tick = self.preview_table.item(row, 0)
            assert tick is not None  # show_preview gives every row its tick box
            if tick.checkState() == Qt.CheckState.Checked:
                skipped.add(occurrence.on)
        return skipped

    # --- saving -----------------------------------------------------------------------------

    def _show_holiday(self) -> None:
        name = holiday_on(qdate_to_date(self.day.date()), self.context.language)
        self.holiday.setText(
            self.tr("Public holiday: {name}. Book only if the office is open.").format(name=name)
            if name
            else ""
        )
        self.holiday.setVisible(bool(name))

    def _start_moved(self) -> None:
        if self.length <= 0:
            return  # no length to keep while the times are upside down
        target = int(self.start.currentData()) + self.length
        index = self.end.findData(target)
        if index < 0:  # past midnight, or off the office's step: the nearest time that fits
            later = [i for i in range(self.end.count()) if int(self.end.itemData(i)) >= target]
            index = later[0] if later else self.end.count() - 1
        self.end.blockSignals(True)  # the length stays what it was, even if the day runs out
        self.end.setCurrentIndex(index)
        self.end.blockSignals(False)

    def _end_moved(self) -> None:
        self.length = int(self.end.currentData()) - int(self.start.currentData())

    def show_error(self, error: BaseException) -> None:
        """The slot taken by another booking is about the times, not the date: the start and end
        are marked (and the cursor put in the start) until the slot is free."""
        self._unmark_end()
        if isinstance(error, ConflictError) and error.field == "starts_at":
            self.error.show_message(message_for(error), self.start)
            self.end.setStyleSheet(INVALID_FIELD_STYLE)
            self.start.setFocus(Qt.FocusReason.OtherFocusReason)
            self.conflict_shown = True
            return
        super().show_error(error)

    def _unmark_end(self) -> None:
        if self.conflict_shown:
            self.end.setStyleSheet("")
            self.conflict_shown = False

    def _recheck_conflict(self) -> None:
        """Once the times no longer overlap the booking in the way, its message goes."""
        if not self.conflict_shown or self._slot_taken():
            return
        self.error.clear_message()
        self._unmark_end()

    def _slot_taken(self) -> bool:
        resource: ResourceView | None = self.resource.currentData()
        if resource is None:
            return False
        starts_at, ends_at = self._moments()
        if ends_at <= starts_at:
            return False
        day = qdate_to_date(self.day.date())
        own = self.booking.id if self.booking is not None else None
        return any(
            other.id != own and other.starts_at < ends_at and other.ends_at > starts_at
            for other in bookings_between(
                self.context.db,
                self.context.actor,
                day,
                day,
                resource_keys=[resource.resource.key],
            )
        )

    def _moments(self) -> tuple[datetime, datetime]:
        day = qdate_to_date(self.day.date())
        start, end = chosen_time(self.start), chosen_time(self.end)
        starts_at = datetime.combine(day, start, WIB)
        return starts_at, datetime.combine(day, end, WIB)

    def data(self) -> BookingInput:
        resource: ResourceView = self.resource.currentData()
        starts_at, ends_at = self._moments()
        return BookingInput(
            resource.resource,
            starts_at,
            ends_at,
            self.title.text(),
            organizer_unit=self.organizer.text(),
            contact_name=self.contact.text(),
            contact_phone=self.phone.text(),
            participants=self.participants.value() or None,
            needs=tuple(need for need, box in self.needs.items() if box.isChecked()),
            notes=self.notes.text(),
        )

    def apply(self) -> None:
        if self.resource.currentData() is None:
            return
        db, actor = self.context.db, self.context.actor
        if self.booking is not None:
            scope = ask_scope(self, self.booking, self.windowTitle())
            if scope is None:
                return
            changes = self._changes(scope)
            booking_id, version = self.booking.id, self.booking.row_version
            self.run(
                lambda: edit_booking(db, actor, booking_id, changes, scope, version),
                saved=self._keep,
            )
            return
        rule = self.rule()
        if rule is None:
            data = self.data()
            self.run(lambda: [book(db, actor, data)], saved=self._keep)
            return
        if not self.preview:
            if not self.show_preview():
                return
            if any(occurrence.conflict for occurrence in self.preview):
                self.error.show_message(
                    self.tr("Some dates are taken; they are ticked to skip. ")
                    + self.tr("Save again to book the rest.")
                )
                return
        data, skip = self.data(), self.skipped()
        self.run(lambda: book_series(db, actor, data, rule, skip), saved=self._keep)

    def _keep(self, saved: list[BookingView]) -> None:
        self.saved = saved

    def _changes(self, scope: Scope) -> BookingChanges:
        start, end = chosen_time(self.start), chosen_time(self.end)
        return BookingChanges(
            start_time=start,
            end_time=end,
            on=qdate_to_date(self.day.date()) if scope is Scope.ONE else None,
            title=self.title.text(),
            organizer_unit=self.organizer.text(),
            contact_name=self.contact.text(),
            contact_phone=self.phone.text(),
            participants=self.participants.value() or None,
            needs=tuple(need for need, box in self.needs.items() if box.isChecked()),
            notes=self.notes.text(),
        )


def _next_slot(context: AppContext, settings: Settings) -> datetime:
    """The next whole hour today, or the start of office hours tomorrow when the day is over."""
    now = to_wib(context.db.clock())
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if start.time() >= settings.day_ends or start.time() < settings.day_starts:
        day = now.date() + timedelta(days=1 if start.time() >= settings.day_ends else 0)
        start = datetime.combine(day, settings.day_starts, WIB)
    return start


class BookingSettingsDialog(FormDialog):
    """Office hours the views show, the time step, and approval of staff bookings (Admin)."""

    def __init__(
        self, context: AppContext, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Booking settings"), self.tr("Save"), parent)
        self.context = context
        self.day_starts = time_box(15, settings.day_starts)
        self.day_ends = time_box(15, settings.day_ends)
        self.step = QComboBox()
        for minutes in (5, 10, 15, 30, 60):
            self.step.addItem(self.tr("{minutes} minutes").format(minutes=minutes), minutes)
        self.step.setCurrentIndex(max(self.step.findData(settings.step_minutes), 0))
        self.approval = QCheckBox(
            self.tr("Bookings by secretariat staff wait for an Admin's confirmation")
        )
        self.approval.setChecked(settings.approval)
        self.add_field(self.tr("Office hours from"), "day_starts", self.day_starts)
        self.add_field(self.tr("until"), "day_ends", self.day_ends)
        self.add_field(self.tr("Time step"), "step_minutes", self.step)
        self.add_field("", "approval", self.approval)

    def apply(self) -> None:
        settings = Settings(
            chosen_time(self.day_starts),
            chosen_time(self.day_ends),
            int(self.step.currentData()),
            self.approval.isChecked(),
        )
        db, actor = self.context.db, self.context.actor
        self.run(lambda: save_settings(db, actor, settings))
