"""Small charts painted with QPainter (Qt Charts is not in PySide6-Essentials).

A stacked bar chart, enough for "where did the money go this year": a bar per month, one colour
per kind, a legend with the words, and the highest value on the axis in Rupiah. A horizontal bar
chart for a few named figures (Beranda: the register per KIB, the rooms' week)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from inventaris.core.formatting import format_rupiah


@dataclass(frozen=True)
class Series:
    name: str
    colour: str
    values: tuple[int, ...]


class StackedBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_data(self, title: str, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.title, self.labels, self.series = title, tuple(labels), tuple(series)
        totals = [sum(s.values[i] for s in series) for i in range(len(labels))]
        # The same figures as words, for screen readers and for people who read rather than look.
        self.setAccessibleDescription(
            "; ".join(
                f"{label}: {format_rupiah(total)}"
                for label, total in zip(labels, totals, strict=True)
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.text().color()
        metrics = painter.fontMetrics()
        line = metrics.height()
        width, height = self.width(), self.height()
        painter.setPen(text_colour)
        painter.drawText(QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignLeft, self.title)
        if not self.labels:
            return
        totals = [sum(s.values[i] for s in self.series) for i in range(len(self.labels))]
        highest = max(totals) or 1
        axis_text = format_rupiah(highest)
        left = metrics.horizontalAdvance(axis_text) + 8
        top = line * 2
        legend_height = line + 6
        bottom = height - line - legend_height - 4
        plot_height = max(bottom - top, 10)
        plot_width = width - left - 4
        painter.setPen(QPen(palette.mid().color()))
        painter.drawLine(left, top, left, int(bottom))
        painter.drawLine(left, int(bottom), width - 4, int(bottom))
        painter.setPen(text_colour)
        painter.drawText(
            QRectF(0, top - line / 2, left - 4, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            axis_text,
        )
        slot = plot_width / len(self.labels)
        bar = slot * 0.62
        for index, label in enumerate(self.labels):
            x = left + index * slot + (slot - bar) / 2
            y = float(bottom)
            for series in self.series:
                value = series.values[index]
                if value <= 0:
                    continue
                bar_height = plot_height * value / highest
                y -= bar_height
                painter.fillRect(QRectF(x, y, bar, bar_height), QColor(series.colour))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left + index * slot, bottom + 2, slot, line),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
        x = float(left)
        legend_y = height - legend_height
        for series in self.series:
            painter.fillRect(QRectF(x, legend_y + 3, 12, 12), QColor(series.colour))
            painter.setPen(text_colour)
            text_width = metrics.horizontalAdvance(series.name)
            painter.drawText(QRectF(x + 16, legend_y, text_width + 4, line), series.name)
            x += text_width + 36
        painter.end()


@dataclass(frozen=True)
class Bar:
    label: str  # at the left, elided when narrow
    value: int  # the bar's length, against the largest
    text: str  # the figure at the bar's end ("Rp 12.500.000", "1.204")
    colour: str
    tooltip: str = ""  # the figure in a sentence; "label: text" when empty

    def described(self) -> str:
        return self.tooltip or f"{self.label}: {self.text}"


class HorizontalBarChart(QWidget):
    """One bar per row: the label, the bar, and the figure in words beside it.

    The figures are also the accessible description, and each bar's tooltip (hover anywhere
    else: all of them), so nothing is only a length on the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.empty_text = ""
        self._rows: list[tuple[QRectF, Bar]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(380, max(3, len(self.bars)) * int(line * 2.2) + 8)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(220, max(2, len(self.bars)) * int(line * 1.4) + 4)

    def set_data(self, title: str, bars: Sequence[Bar], empty_text: str = "") -> None:
        self.bars, self.empty_text = tuple(bars), empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.figures_text() or empty_text)
        self.setToolTip(self.figures_text("\n") or empty_text)
        self.updateGeometry()
        self.update()

    def figures_text(self, separator: str = "; ") -> str:
        return separator.join(bar.described() for bar in self.bars)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, bar in self._rows:
                if rect.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), bar.described(), self)
                    return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().text().color()
        metrics = painter.fontMetrics()
        line = metrics.height()
        width, height = self.width(), self.height()
        painter.setPen(text_colour)
        self._rows = []
        if not self.bars:
            painter.drawText(
                QRectF(0, 0, width, height),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            return
        label_width = min(
            max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + 10, width * 0.42
        )
        text_width = max(metrics.horizontalAdvance(bar.text) for bar in self.bars) + 10
        plot_width = max(width - label_width - text_width, 10.0)
        row = min(height / len(self.bars), line * 2.4)
        thickness = max(min(row * 0.62, line * 1.3), 4.0)
        highest = max(bar.value for bar in self.bars) or 1
        top = 2.0
        for bar in self.bars:
            middle = top + row / 2
            label = metrics.elidedText(
                bar.label, Qt.TextElideMode.ElideRight, int(label_width - 10)
            )
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, middle - line / 2, label_width - 10, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = plot_width * max(bar.value, 0) / highest
            if bar.value > 0:
                length = max(length, 2.0)  # a small figure is still seen
                painter.fillRect(
                    QRectF(label_width, middle - thickness / 2, length, thickness),
                    QColor(bar.colour),
                )
            painter.drawText(
                QRectF(label_width + length + 6, middle - line / 2, text_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
            self._rows.append((QRectF(0, top, width, row), bar))
            top += row
        painter.end()
