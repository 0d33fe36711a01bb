"""Beranda: today's figures and what needs attention, most urgent first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.bookings.service import BookingStatus, BookingView, bookings_between
from inventaris.core.attention import AttentionItem
from inventaris.core.formatting import format_date, format_rupiah, group_thousands
from inventaris.core.timeutil import to_wib
from inventaris.dashboard import DashboardSummary, dashboard_summary
from ui.context import AppContext
from ui.errors import message_for
from ui.i18n import engine_text
from ui.icons import icon
from ui.urgency import urgency_colour, urgency_word
from ui.widgets import page_title
from ui.worker import run_in_background


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


class DashboardPage(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.summary: DashboardSummary | None = None
        heading = page_title(self.tr("Home"))
        self.unit_label = QLabel()
        refresh = QPushButton(icon("reload"), self.tr("Refresh"))
        refresh.setToolTip(self.tr("Refresh (F5)"))
        refresh.clicked.connect(self.refresh)
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

        attention_title = QLabel(self.tr("Needs attention"))
        attention_font = QFont(attention_title.font())
        attention_font.setBold(True)
        attention_title.setFont(attention_font)
        self.attention = QListWidget()
        self.attention.setObjectName("attentionList")
        self.attention.setWordWrap(True)
        self.attention.setIconSize(self.attention.iconSize().expandedTo(self.attention.iconSize()))

        today_title = QLabel(self.tr("Meetings today"))
        today_title.setFont(attention_font)
        self.today = QListWidget()
        self.today.setObjectName("todayList")
        self.today.setWordWrap(True)
        self.today_bookings: list[BookingView] = []

        attention_column = QVBoxLayout()
        attention_column.addWidget(attention_title)
        attention_column.addWidget(self.attention, 1)
        today_column = QVBoxLayout()
        today_column.addWidget(today_title)
        today_column.addWidget(self.today, 1)
        lists = QHBoxLayout()
        lists.addLayout(attention_column, 3)
        lists.addLayout(today_column, 2)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unit_label)
        layout.addLayout(grid)
        layout.addLayout(lists, 1)
        self.refresh()

    def refresh(self) -> None:
        context = self.context

        def load() -> tuple[DashboardSummary, list[BookingView]]:
            today = today_in(context.db)
            return dashboard_summary(context.db, context.actor), bookings_between(
                context.db, context.actor, today, today
            )

        run_in_background(load, self._show_all, self._failed, self)

    def _show_all(self, loaded: tuple[DashboardSummary, list[BookingView]]) -> None:
        summary, bookings = loaded
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
        self.attention.clear()
        self.attention.addItem(QListWidgetItem(icon("attention"), message_for(error)))
        self.loaded.emit()

    def _show(self, summary: DashboardSummary) -> None:
        self.summary = summary
        self.unit_label.setText(", ".join(summary.unit_names))
        self.cards["assets"].value.setText(group_thousands(summary.active_assets))
        self.cards["value"].value.setText(format_rupiah(summary.total_value))
        self.cards["rooms"].value.setText(group_thousands(summary.rooms))
        self.cards["vehicles"].value.setText(group_thousands(summary.vehicles))
        self.cards["residences"].value.setText(group_thousands(summary.residences))
        self.attention.clear()
        if not summary.attention:
            self.attention.addItem(
                QListWidgetItem(icon("ok"), self.tr("Nothing needs attention right now."))
            )
        for item in summary.attention:
            self.attention.addItem(self._attention_item(item))
        self.loaded.emit()

    def _attention_item(self, item: AttentionItem) -> QListWidgetItem:
        params = {key: engine_text(value) for key, value in item.params}
        text = engine_text(item.message).format(**params)
        due = f" ({format_date(item.due_on)})" if item.due_on else ""
        entry = QListWidgetItem(
            icon("attention"),
            f"{urgency_word(item.urgency)} · {engine_text(item.area)}{due}: {text}",
        )
        colour = urgency_colour(item.urgency)
        if colour is not None:
            entry.setForeground(QBrush(colour))
        return entry
