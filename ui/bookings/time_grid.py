"""The calendar grid of the booking views: columns (rooms of a day, or days of a room), time
running down, bookings as blocks. Drag on empty time to ask for a new booking; click a block
to choose it, double-click (or Enter) to open it.

Painted with QPainter: a whole day of a dozen rooms is a few hundred rectangles, far cheaper
than a widget per booking, and the grid stays crisp at any scaling.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from inventaris.bookings.service import BookingStatus, BookingView
from inventaris.core.timeutil import WIB, to_wib

STATUS_FILL = {
    BookingStatus.CONFIRMED: "#bbdefb",
    BookingStatus.REQUESTED: "#fff3c4",
    BookingStatus.CANCELLED: "#eeeeee",
}
STATUS_EDGE = {
    BookingStatus.CONFIRMED: "#1565c0",
    BookingStatus.REQUESTED: "#b28704",
    BookingStatus.CANCELLED: "#9e9e9e",
}
HOLIDAY_FILL = "#fdecea"


@dataclass(frozen=True)
class GridColumn:
    key: str  # the resource key of the bookings in this column
    day: date
    title: str
    subtitle: str = ""
    holiday: str | None = None


class TimeGrid(QWidget):
    create_requested = Signal(int, object, object)  # column index, start, end (aware)
    booking_chosen = Signal(int)
    booking_activated = Signal(int)

    HEADER = 44
    GUTTER = 52

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[GridColumn] = []
        self.bookings: list[BookingView] = []
        self.first_minute, self.last_minute, self.step = 7 * 60, 17 * 60, 15
        self.selected: int | None = None
        self._drag: tuple[int, int, int] | None = None  # column, first slot, current slot
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 360)

    def sizeHint(self) -> QSize:
        return QSize(900, 620)

    # --- data --------------------------------------------------------------------------------

    def set_grid(
        self,
        columns: list[GridColumn],
        bookings: list[BookingView],
        day_starts: time,
        day_ends: time,
        step: int,
    ) -> None:
        self.columns, self.bookings = columns, bookings
        # Show whole hours around the office hours, and any booking outside them.
        first = min([self._minutes(day_starts), *(self._start_minutes(b) for b in bookings)])
        last = max([self._minutes(day_ends), *(self._end_minutes(b) for b in bookings)])
        self.first_minute = first // 60 * 60
        self.last_minute = min(-(-last // 60) * 60, 24 * 60)
        self.step = step
        if self.selected not in {b.id for b in bookings}:
            self.selected = None
        self.update()

    def _start_minutes(self, booking: BookingView) -> int:
        return self._minutes(to_wib(booking.starts_at).time())

    def _end_minutes(self, booking: BookingView) -> int:
        end = to_wib(booking.ends_at)
        return (
            24 * 60 if end.date() > to_wib(booking.starts_at).date() else self._minutes(end.time())
        )

    # --- geometry ----------------------------------------------------------------------------

    def _minutes(self, moment: time) -> int:
        return moment.hour * 60 + moment.minute

    def _slots(self) -> int:
        return max((self.last_minute - self.first_minute) // self.step, 1)

    def _slot_height(self) -> float:
        return max(
            (self.height() - self.HEADER - 10) / self._slots(), 4.0
        )  # room for the last hour

    def _column_width(self) -> float:
        return (self.width() - self.GUTTER) / max(len(self.columns), 1)

    def _y(self, minutes: float) -> float:
        offset = minutes - self.first_minute
        return self.HEADER + offset / self.step * self._slot_height()

    def _block(self, booking: BookingView, column: int) -> QRectF:
        start = to_wib(booking.starts_at)
        day = self.columns[column].day
        top = self.first_minute if start.date() < day else self._start_minutes(booking)
        bottom = self._end_minutes(booking)
        x = self.GUTTER + column * self._column_width()
        return QRectF(
            x + 3, self._y(top) + 1, self._column_width() - 6, self._y(bottom) - self._y(top) - 2
        )

    def _placed(self) -> list[tuple[BookingView, int, QRectF]]:
        placed = []
        for index, column in enumerate(self.columns):
            for booking in self.bookings:
                start, end = to_wib(booking.starts_at), to_wib(booking.ends_at)
                if booking.resource_key == column.key and start.date() <= column.day <= end.date():
                    placed.append((booking, index, self._block(booking, index)))
        return placed

    def booking_at(self, point: QPointF) -> BookingView | None:
        for booking, _column, rect in reversed(self._placed()):
            if rect.contains(point):
                return booking
        return None

    def _cell(self, point: QPointF) -> tuple[int, int] | None:
        if point.x() < self.GUTTER or point.y() < self.HEADER or not self.columns:
            return None
        column = int((point.x() - self.GUTTER) / self._column_width())
        slot = int((point.y() - self.HEADER) / self._slot_height())
        if 0 <= column < len(self.columns) and 0 <= slot < self._slots():
            return column, slot
        return None

    def _slot_time(self, column: int, slot: int) -> datetime:
        minutes = self.first_minute + slot * self.step
        return datetime.combine(self.columns[column].day, time(0), WIB) + timedelta(minutes=minutes)

    # --- mouse and keys ----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        booking = self.booking_at(event.position())
        if booking is not None:
            self.selected = booking.id
            self.booking_chosen.emit(booking.id)
            self.update()
            return
        cell = self._cell(event.position())
        if cell is not None:
            self._drag = (cell[0], cell[1], cell[1])
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            cell = self._cell(event.position())
            if cell is not None:
                self._drag = (self._drag[0], self._drag[1], cell[1])
                self.update()
            return
        booking = self.booking_at(event.position())
        if booking is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltip(booking), self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        column, first, last = self._drag
        self._drag = None
        low, high = min(first, last), max(first, last)
        self.update()
        self.create_requested.emit(
            column, self._slot_time(column, low), self._slot_time(column, high + 1)
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        booking = self.booking_at(event.position())
        if booking is not None:
            self.booking_activated.emit(booking.id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.booking_activated.emit(self.selected)
            return
        super().keyPressEvent(event)

    def _tooltip(self, booking: BookingView) -> str:
        start, end = to_wib(booking.starts_at), to_wib(booking.ends_at)
        lines = [
            f"{start:%H.%M}–{end:%H.%M}  {booking.title}",
            booking.organizer_unit,
            " · ".join(part for part in (booking.contact_name, booking.contact_phone) if part),
        ]
        return "\n".join(line for line in lines if line)

    # --- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text = palette.text().color()
        grid = palette.mid().color()
        width = self._column_width()
        slot_height = self._slot_height()
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        # columns: header, holiday shade
        for index, column in enumerate(self.columns):
            x = self.GUTTER + index * width
            if column.holiday:
                painter.fillRect(QRectF(x, self.HEADER, width, self.height()), QColor(HOLIDAY_FILL))
            painter.setPen(text)
            painter.setFont(bold)
            painter.drawText(
                QRectF(x + 4, 2, width - 8, 20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                painter.fontMetrics().elidedText(
                    column.title, Qt.TextElideMode.ElideRight, int(width - 8)
                ),
            )
            painter.setFont(small)
            subtitle = column.holiday or column.subtitle
            if subtitle:
                painter.setPen(QColor("#c62828") if column.holiday else palette.dark().color())
                painter.drawText(
                    QRectF(x + 4, 22, width - 8, 18),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine,
                    painter.fontMetrics().elidedText(
                        subtitle, Qt.TextElideMode.ElideRight, int(width - 8)
                    ),
                )
            painter.setPen(QPen(grid))
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        # rows: a line each hour, a faint one each step
        painter.setFont(small)
        start_minutes = self.first_minute
        for slot in range(self._slots() + 1):
            minutes = start_minutes + slot * self.step
            y = self.HEADER + slot * slot_height
            on_hour = minutes % 60 == 0
            pen = QPen(grid if on_hour else grid.lighter(130))
            pen.setStyle(Qt.PenStyle.SolidLine if on_hour else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(self.GUTTER, y), QPointF(self.width(), y))
            if on_hour:
                painter.setPen(text)
                painter.drawText(
                    QRectF(0, y - 8, self.GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{minutes // 60:02d}.00",
                )
        # the drag selection
        if self._drag is not None:
            drag_column, first, last = self._drag
            low, high = min(first, last), max(first, last)
            rect = QRectF(
                self.GUTTER + drag_column * width + 2,
                self.HEADER + low * slot_height,
                width - 4,
                (high - low + 1) * slot_height,
            )
            painter.fillRect(rect, QColor(21, 101, 192, 60))
        # bookings
        painter.setFont(small)
        for booking, _column, rect in self._placed():
            status = booking.status
            painter.setPen(
                QPen(QColor(STATUS_EDGE[status]), 2 if booking.id == self.selected else 1)
            )
            painter.setBrush(QColor(STATUS_FILL[status]))
            painter.drawRoundedRect(rect, 4, 4)
            start, end = to_wib(booking.starts_at), to_wib(booking.ends_at)
            label = f"{start:%H.%M}–{end:%H.%M} {booking.title}"
            font = QFont(small)
            font.setStrikeOut(status is BookingStatus.CANCELLED)
            painter.setFont(font)
            painter.setPen(text)
            inner = rect.adjusted(4, 2, -4, -2)
            # A short block gets one elided line; a taller one wraps, the organiser below.
            if rect.height() >= painter.fontMetrics().height() * 2 + 4:
                if booking.organizer_unit:
                    label += f"\n{booking.organizer_unit}"
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                painter.drawText(inner, int(flags) | int(Qt.TextFlag.TextWordWrap), label)
            else:
                if booking.organizer_unit:
                    label += f" · {booking.organizer_unit}"
                elided = painter.fontMetrics().elidedText(
                    label, Qt.TextElideMode.ElideRight, int(inner.width())
                )
                painter.drawText(
                    inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
                )
        painter.end()
