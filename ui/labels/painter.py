"""Drawing label sheets on any paged device: print preview, a printer, or a PDF file.

Geometry comes from inventaris.labels in millimetres; here it becomes device pixels. Each label
is clipped to its own cell, text shrinks to a minimum size and is then cut with an ellipsis,
and each QR code is one vector path drawn without antialiasing (no seams, nothing lossy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
)

from inventaris.labels import (
    LabelData,
    LabelLayout,
    Rect,
    Template,
    label_layout,
    pages,
    qr_modules,
)

MIN_POINT_SIZE = 4.0
LARGE_LINES = ("name", "code")
MM_PER_POINT = 25.4 / 72


@dataclass(frozen=True)
class PrintOptions:
    start: int = 1
    offset_x: float = 0.0  # printer calibration, mm
    offset_y: float = 0.0
    cut_lines: bool = False
    logo_png: bytes | None = None


def page_layout(template: Template) -> QPageLayout:
    size = QPageSize(
        QSizeF(template.page_width, template.page_height),
        QPageSize.Unit.Millimeter,
        template.title,
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    return QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )


class LabelPainter:
    """Paints labels; one instance per device (it knows the device's pixels per millimetre)."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice, options: PrintOptions) -> None:
        self.painter = painter
        self.device = device
        self.options = options
        self.scale_x = device.logicalDpiX() / 25.4
        self.scale_y = device.logicalDpiY() / 25.4
        self.logo = QImage.fromData(options.logo_png) if options.logo_png else None
        if self.logo is not None and self.logo.isNull():
            self.logo = None

    def rect(self, rect: Rect) -> QRectF:
        return QRectF(
            rect.x * self.scale_x,
            rect.y * self.scale_y,
            rect.width * self.scale_x,
            rect.height * self.scale_y,
        )

    def fit_text(
        self, text: str, rect: Rect, bold: bool = False, fill: float = 0.62
    ) -> tuple[QFont, str]:
        """The largest font (down to 4 pt) that fits; below that, the text cut with '…'.

        ``fill`` is how much of the line's height the letters may take: the item's name and
        code are set larger than the lines around them.
        """
        font = QFont("DejaVu Sans")
        font.setBold(bold)
        width = rect.width * self.scale_x
        size = max(MIN_POINT_SIZE, rect.height / MM_PER_POINT * fill)
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, self.device)
        advance = metrics.horizontalAdvance(text)
        # Text width grows with the point size: one measurement gives the size that fits;
        # a second one confirms it (hinting can round a little), else shrink a step more.
        for _attempt in range(3):
            if advance <= width or size <= MIN_POINT_SIZE:
                break
            size = max(MIN_POINT_SIZE, size * width / advance * 0.98)
            font.setPointSizeF(size)
            metrics = QFontMetricsF(font, self.device)
            advance = metrics.horizontalAdvance(text)
        if advance > width:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return font, text

    def draw_qr(self, payload: str, area: Rect) -> None:
        modules = qr_modules(payload)
        count = len(modules)
        target = self.rect(area)
        module = min(target.width(), target.height()) / count
        origin = QPointF(
            target.x() + (target.width() - module * count) / 2,
            target.y() + (target.height() - module * count) / 2,
        )
        self.painter.fillRect(
            QRectF(origin, QSizeF(module * count, module * count)), Qt.GlobalColor.white
        )
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for row, line in enumerate(modules):
            column = 0
            while column < count:
                if line[column]:
                    run = column
                    while run < count and line[run]:
                        run += 1
                    # One rectangle per run of dark modules, all in one path: no seams.
                    path.addRect(
                        QRectF(
                            origin.x() + column * module,
                            origin.y() + row * module,
                            (run - column) * module,
                            module,
                        )
                    )
                    column = run
                else:
                    column += 1
        self.painter.fillPath(path, QColor(Qt.GlobalColor.black))

    def draw_label(self, label: LabelData, cell: Rect, layout: LabelLayout) -> None:
        painter = self.painter
        painter.save()
        painter.setClipRect(self.rect(cell))  # nothing ever leaves its own label
        self.draw_qr(label.payload, layout.qr.moved(cell.x, cell.y))
        if layout.logo is not None and self.logo is not None:
            target = self.rect(layout.logo.moved(cell.x, cell.y))
            scaled = self.logo.size().scaled(
                target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(QRectF(target.topLeft(), QSizeF(scaled)), self.logo)
        texts = {
            "regency": (f"PEMERINTAH KABUPATEN {label.regency.upper()}", True),
            "unit": (label.unit_name, False),
            "name": (label.name, True),
            "code": (label.code_register, True),
            "location": (f"Kode lokasi {label.kode_lokasi}", False),
            "year_room": (
                " · ".join(str(part) for part in (label.year, label.room_name) if part),
                False,
            ),
        }
        painter.setPen(QPen(QColor(Qt.GlobalColor.black)))
        fitted = {
            role: self.fit_text(
                texts[role][0], rect, texts[role][1], 0.78 if role in LARGE_LINES else 0.62
            )
            for role, rect in layout.lines
        }
        # The small lines share one size (the smallest that fits them all): a short year
        # must not stand out larger than the kode lokasi above it.
        small = min(
            font.pointSizeF() for role, (font, _text) in fitted.items() if role not in LARGE_LINES
        )
        for role, rect in layout.lines:
            font, shown = fitted[role]
            if role not in LARGE_LINES and font.pointSizeF() > small:
                font.setPointSizeF(small)
            painter.setFont(font)
            painter.drawText(
                self.rect(rect.moved(cell.x, cell.y)),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
        painter.restore()

    def draw_cut_lines(self, cells: Sequence[Rect]) -> None:
        pen = QPen(QColor("#9e9e9e"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(0.1 * self.scale_x)
        self.painter.setPen(pen)
        for cell in cells:
            self.painter.drawRect(self.rect(cell))


def paint_pages(
    device: QPagedPaintDevice,
    template: Template,
    labels: Sequence[LabelData],
    options: PrintOptions,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Paint every label onto ``device``, one sheet per page; returns the number of pages.

    ``progress(done, total)`` may return False to stop (the UI's cancel button).
    """
    device.setPageLayout(page_layout(template))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    drawer = LabelPainter(painter, device, options)
    layout = label_layout(template, with_logo=drawer.logo is not None)
    count = 0
    try:
        for page_number, page in enumerate(pages(template, len(labels), options.start)):
            if page_number:
                device.newPage()
            cells = [
                template.cell(position, options.offset_x, options.offset_y)
                for _index, position in page
            ]
            if options.cut_lines:
                drawer.draw_cut_lines(cells)
            for (index, _position), cell in zip(page, cells, strict=True):
                drawer.draw_label(labels[index], cell, layout)
            count += 1
            done = page[-1][0] + 1
            if progress is not None and progress(done, len(labels)) is False:
                break
    finally:
        painter.end()
    return count


def write_pdf(
    path: Path,
    template: Template,
    labels: Sequence[LabelData],
    options: PrintOptions,
    progress: Callable[[int, int], bool] | None = None,
) -> int:
    """Save labels as a PDF (vector QR codes), page by page."""
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setCreator("Inventaris")
    writer.setTitle(f"Label aset – {template.title}")
    return paint_pages(writer, template, labels, options, progress)
