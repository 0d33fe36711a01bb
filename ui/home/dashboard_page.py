"""Beranda: today's figures, what needs attention (most urgent first), today's meetings, and
two pictures: the register per KIB or per condition, and the meeting rooms' week.

The page reloads itself when another area changes data (the hub's signals, gathered by a short
timer so a burst of them loads once) and whenever it is shown again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.assets.types import CONDITION_LABELS, Condition
from inventaris.bookings.service import BookingStatus, BookingView, bookings_between
from inventaris.catalog import KIB_NAMES
from inventaris.core.attention import AttentionItem
from inventaris.core.changes import AREAS, Change
from inventaris.core.formatting import format_date, format_rupiah, group_thousands
from inventaris.core.timeutil import to_wib
from inventaris.dashboard import OTHER, DashboardSummary, Totals, dashboard_summary
from inventaris.handovers.queries import AREA_LOANS
from inventaris.office import AREA_SETTINGS
from inventaris.residences.views import AREA_RESIDENCES
from inventaris.vehicles.due_list import AREA_VEHICLES
from ui.busy import ErrorBanner
from ui.charts import Bar, HorizontalBarChart
from ui.context import AppContext
from ui.hub import touches
from ui.i18n import engine_text
from ui.icons import icon
from ui.live import follow_changes, scroll_back
from ui.urgency import urgency_colour, urgency_word
from ui.widgets import page_title
from ui.worker import run_in_background

# Where Enter on an attention item goes: the area that can act on it.
ATTENTION_PAGES = {
    AREA_VEHICLES: "vehicles",
    AREA_RESIDENCES: "residences",
    AREA_SETTINGS: "settings",
    AREA_LOANS: "assets",
}
# A burst of hub signals (an import: assets and rooms) loads once, this long after the last.
REFRESH_DELAY_MS = 250
# What Beranda sums up: a change to any of these, here or on another PC, reloads it.
SHOWN_AREAS = tuple(area for area in AREAS if area != "users")
# Shown again this soon after a load (the window's first show, a quick look elsewhere): as it is.
FRESH_SECONDS = 2.0
KIB_COLOUR = "#1565c0"
ROOM_COLOUR = "#00838f"
CONDITION_COLOURS = {
    Condition.GOOD: "#2e7d32",
    Condition.LIGHTLY_DAMAGED: "#ef8f00",
    Condition.BADLY_DAMAGED: "#c62828",
}
Loaded = tuple[DashboardSummary, list[BookingView]]


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("figureCard")
        self.setStyleSheet(
            "#figureCard { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        self.title = QLabel(title)
        self.title.setStyleSheet("color: palette(dark);")
        self.value = QLabel("…")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


def _choice(name: str, text: str, group: QButtonGroup, key: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setCheckable(True)
    button.setProperty("choice", key)
    group.addButton(button)
    return button


class DashboardPage(QWidget):
    loaded = Signal()
    # Enter on an attention item: the area's key, and the vehicle or house (or None).
    open_attention = Signal(str, object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: DashboardSummary | None = None
        self.today_bookings: list[BookingView] = []
        self._request = 0
        self._loaded_at: float | None = None
        self._stale = False
        heading = page_title(self.tr("Home"))
        self.unit_label = QLabel()
        refresh = QPushButton(icon("reload"), self.tr("Refresh"))
        refresh.setToolTip(self.tr("Refresh (F5)"))
        refresh.clicked.connect(lambda _checked=False: self.refresh())
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(refresh)

        self.cards = {
            "assets": FigureCard(self.tr("Active assets")),
            "value": FigureCard(self.tr("Acquisition value")),
            "rooms": FigureCard(self.tr("Rooms")),
            "vehicles": FigureCard(self.tr("Vehicles")),
            "residences": FigureCard(self.tr("Official residences")),
        }
        grid = QGridLayout()
        for column, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, column)
            grid.setColumnStretch(column, 2 if card is self.cards["value"] else 1)

        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setWordWrap(True)
        self.attention.setAccessibleName(self.tr("Needs attention"))
        self.attention.setToolTip(self.tr("Enter or double-click opens the item."))
        self.attention.itemActivated.connect(self._open)
        self.today = QListWidget()
        self.today.setObjectName("todayList")
        self.today.setWordWrap(True)
        self.today.setAccessibleName(self.tr("Meetings today"))

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(_bold(self.tr("Needs attention")))
        lists_layout.addWidget(self.attention, 3)
        lists_layout.addWidget(_bold(self.tr("Meetings today")))
        lists_layout.addWidget(self.today, 2)

        self.splitter = QSplitter()
        self.splitter.setObjectName("homeSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(lists)
        self.splitter.addWidget(self._charts())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # Figures that could not be loaded (the server gone): said here with Try again; the
        # last ones stay below, and the next load that succeeds clears it.
        self.banner = ErrorBanner(loading=True)
        layout.addWidget(self.banner)
        layout.addWidget(self.unit_label)
        layout.addLayout(grid)
        layout.addWidget(self.splitter, 1)
        self._restore_state()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_if_shown)
        # Any change, made here or on another PC, may move a figure or an attention item
        # (heard while hidden: when the page is shown again).
        self.data_changes = follow_changes(self, self._data_changed)
        self.refresh()

    def _charts(self) -> QWidget:
        self.grouping = QButtonGroup(self)
        by_kib = _choice("chartByKib", self.tr("By KIB"), self.grouping, "kib")
        by_condition = _choice(
            "chartByCondition", self.tr("By condition"), self.grouping, "condition"
        )
        self.measure = QButtonGroup(self)
        value = _choice("chartValue", self.tr("Value"), self.measure, "value")
        count = _choice("chartCount", self.tr("Count"), self.measure, "count")
        self.register_title = _bold("")
        self.register_title.setWordWrap(True)
        controls = QHBoxLayout()
        controls.setSpacing(0)
        for button in (by_kib, by_condition):
            controls.addWidget(button)
        controls.addSpacing(12)
        for button in (value, count):
            controls.addWidget(button)
        controls.addStretch(1)
        self.register_chart = HorizontalBarChart()
        self.register_chart.setObjectName("registerChart")

        self.week_title = _bold(self.tr("Meeting rooms this week"))
        self.week_dates = QLabel()
        self.week_dates.setStyleSheet("color: palette(dark);")
        week_heading = QHBoxLayout()
        week_heading.addWidget(self.week_title)
        week_heading.addStretch(1)
        week_heading.addWidget(self.week_dates)
        self.week_chart = HorizontalBarChart()
        self.week_chart.setObjectName("weekChart")

        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.register_title)
        charts_layout.addLayout(controls)
        charts_layout.addWidget(self.register_chart, 3)
        charts_layout.addSpacing(6)
        charts_layout.addLayout(week_heading)
        charts_layout.addWidget(self.week_chart, 2)
        self.grouping.buttonToggled.connect(self._chart_choice_changed)
        self.measure.buttonToggled.connect(self._chart_choice_changed)
        return charts

    # --- state -------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = QSettings()
        for group, key, default in (
            (self.grouping, "home/chartGrouping", "kib"),
            (self.measure, "home/chartMeasure", "value"),
        ):
            wanted = settings.value(key, default)
            buttons = group.buttons()
            chosen = next((b for b in buttons if b.property("choice") == wanted), buttons[0])
            chosen.setChecked(True)
        state = settings.value("home/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([560, 520])

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("home/chartGrouping", self.chart_grouping())
        settings.setValue("home/chartMeasure", self.chart_measure())
        settings.setValue("home/splitter", self.splitter.saveState())

    def chart_grouping(self) -> str:
        button = self.grouping.checkedButton()
        return str(button.property("choice")) if button else "kib"

    def chart_measure(self) -> str:
        button = self.measure.checkedButton()
        return str(button.property("choice")) if button else "value"

    # --- loading -----------------------------------------------------------------------------

    def _data_changed(self, changes: tuple[Change, ...] = ()) -> None:
        if changes and not touches(changes, SHOWN_AREAS, self.context.actor.unit_ids):
            return  # a login elsewhere (its bookkeeping) moves nothing shown here
        self._stale = True
        self._refresh_timer.start()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():
            self.refresh()  # a hidden page waits: showing it loads it

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        loading = self._loaded_at is None
        fresh = not loading and time.monotonic() - (self._loaded_at or 0.0) < FRESH_SECONDS
        if self._stale or not (loading or fresh):
            self._refresh_timer.start()

    def refresh(self) -> None:
        context = self.context
        self._refresh_timer.stop()
        self._stale = False
        self._request += 1
        request = self._request

        def load() -> Loaded:
            today = today_in(context.db)
            return dashboard_summary(context.db, context.actor), bookings_between(
                context.db, context.actor, today, today
            )

        def show(loaded: Loaded) -> None:
            if request == self._request:  # an older answer arriving late is dropped
                self._show_all(loaded)

        def failed(error: BaseException) -> None:
            if request == self._request:
                self._failed(error)

        run_in_background(load, show, failed, self)

    def _show_all(self, loaded: Loaded) -> None:
        summary, bookings = loaded
        self._loaded_at = time.monotonic()
        self.today_bookings = bookings
        self.today.clear()
        if not bookings:
            self.today.addItem(QListWidgetItem(icon("ok"), self.tr("No meetings booked today.")))
        for booking in bookings:
            start, end = to_wib(booking.starts_at), to_wib(booking.ends_at)
            waiting = ""
            if booking.status == BookingStatus.REQUESTED:
                waiting = " (" + self.tr("waiting for confirmation") + ")"
            text = f"{start:%H.%M}–{end:%H.%M}  {booking.resource_name}: {booking.title}{waiting}"
            if booking.organizer_unit:
                text += f" · {booking.organizer_unit}"
            self.today.addItem(QListWidgetItem(icon("meeting_rooms"), text))
        self._show(summary)

    def _failed(self, error: BaseException) -> None:
        self._loaded_at = time.monotonic()
        self._stale = True  # shown again: tried again
        self.banner.show_error(error, self.refresh)
        self.loaded.emit()

    def _show(self, summary: DashboardSummary) -> None:
        self.banner.clear()
        self.summary = summary
        self.unit_label.setText(", ".join(summary.unit_names))
        self.cards["assets"].value.setText(group_thousands(summary.active_assets))
        self.cards["value"].value.setText(format_rupiah(summary.total_value))
        self.cards["rooms"].value.setText(group_thousands(summary.rooms))
        self.cards["vehicles"].value.setText(group_thousands(summary.vehicles))
        self.cards["residences"].value.setText(group_thousands(summary.residences))
        current = self.attention.currentRow()
        scroll = self.attention.verticalScrollBar().value()
        self.attention.clear()
        if not summary.attention:
            self.attention.addItem(
                QListWidgetItem(icon("ok"), self.tr("Nothing needs attention right now."))
            )
        for item in summary.attention:
            self.attention.addItem(self._attention_item(item))
        if 0 <= current < self.attention.count():
            self.attention.setCurrentRow(current)  # a reload keeps the keyboard's place
        scroll_back(self.attention, scroll)
        self._show_register_chart()
        self._show_week_chart()
        self.loaded.emit()

    # --- attention ---------------------------------------------------------------------------

    def _attention_item(self, item: AttentionItem) -> QListWidgetItem:
        params = {key: engine_text(value) for key, value in item.params}
        text = engine_text(item.message).format(**params)
        due = f" ({format_date(item.due_on)})" if item.due_on else ""
        entry = QListWidgetItem(
            icon("attention"),
            f"{urgency_word(item.urgency)} · {engine_text(item.area)}{due}: {text}",
        )
        entry.setData(Qt.ItemDataRole.UserRole, item)
        colour = urgency_colour(item.urgency)
        if colour is not None:
            entry.setForeground(QBrush(colour))
        return entry

    def _open(self, entry: QListWidgetItem) -> None:
        item = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, AttentionItem) and item.area in ATTENTION_PAGES:
            self.open_attention.emit(ATTENTION_PAGES[item.area], item.asset_id)

    # --- charts ------------------------------------------------------------------------------

    def _chart_choice_changed(self, _button: object, checked: bool) -> None:
        if checked:
            self._show_register_chart()

    def _show_register_chart(self) -> None:
        by_kib, by_value = self.chart_grouping() == "kib", self.chart_measure() == "value"
        titles = {
            (True, True): self.tr("Acquisition value by KIB"),
            (True, False): self.tr("Number of assets by KIB"),
            (False, True): self.tr("Acquisition value by condition"),
            (False, False): self.tr("Number of assets by condition"),
        }
        title = titles[by_kib, by_value]
        self.register_title.setText(title)
        if self.summary is None:
            return
        rows = self.summary.by_kib if by_kib else self.summary.by_condition
        bars = [self._register_bar(totals, by_kib, by_value) for totals in rows]
        self.register_chart.set_data(title, bars)

    def _register_bar(self, totals: Totals, by_kib: bool, by_value: bool) -> Bar:
        if by_kib:
            label = (
                self.tr("Other codes")
                if totals.key == OTHER
                else engine_text(KIB_NAMES[totals.key])
            )
            colour = KIB_COLOUR
        else:
            condition = Condition(totals.key)
            label, colour = engine_text(CONDITION_LABELS[condition]), CONDITION_COLOURS[condition]
        value = totals.value if by_value else totals.count
        text = format_rupiah(totals.value) if by_value else group_thousands(totals.count)
        return Bar(label, value, text, colour)

    def _show_week_chart(self) -> None:
        if self.summary is None:
            return
        week = self.summary.week
        self.week_dates.setText(f"{format_date(week.monday)} – {format_date(week.sunday)}")
        bars = [
            Bar(
                room.name,
                room.bookings,
                self.tr("{count} · {hours} h").format(
                    count=group_thousands(room.bookings), hours=_hours(room.minutes)
                )
                if room.bookings
                else "0",
                ROOM_COLOUR,
                self.tr("{room}: %n booking(s), {hours} hours", "", room.bookings).format(
                    room=room.name, hours=_hours(room.minutes)
                ),
            )
            for room in week.rooms
        ]
        self.week_chart.set_data(
            self.tr("Meeting rooms this week"), bars, self.tr("No meeting rooms yet.")
        )


def _hours(minutes: int) -> str:
    """Booked time in hours, one decimal in the language's way when not whole (7,5 / 7.5)."""
    if minutes % 60 == 0:
        return group_thousands(minutes // 60)
    return QLocale().toString(minutes / 60, "f", 1)
