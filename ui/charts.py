"""A small stacked bar chart painted with QPainter (Qt Charts is not in PySide6-Essentials).

Enough for "where did the money go this year": a bar per month, one colour per kind, a legend
with the words, and the highest value on the axis in Rupiah."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

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
