"""Printed documents: a vehicle's history now, the meeting-room agenda and the SIP letter later.

A document is a title, the office letterhead, an HTML body and the signature blocks. QTextDocument
lays it out on A4 or F4 pages (the office's ``paper_size``; F4 is 215 × 330 mm) and each page is
painted with "Halaman n dari m" at its foot, onto a PDF file (QPdfWriter) or a printer (QPrinter,
also behind a print preview). Table header rows (``<thead>``) repeat on every page.

The words on the paper are Indonesian document text, like the Excel reports; the body comes from
the engine, already escaped. Everything here needs a QGuiApplication (no display).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextFormat,
)

from inventaris.bookings.outputs import TITLE_AGENDA, Agenda, agenda_html, agenda_subtitle
from inventaris.core.errors import ValidationError
from inventaris.core.formatting import format_nip
from inventaris.disposals.letter import TITLE_PROPOSAL, proposal_letter_html
from inventaris.disposals.types import ProposalView
from inventaris.handovers.bast import bast_html, bast_subtitle, bast_title
from inventaris.handovers.bast import signature_rows as bast_signature_rows
from inventaris.handovers.types import HandoverView
from inventaris.office import OfficeSettings
from inventaris.reports.common import (
    BLANK_NAME,
    BLANK_NIP,
    MSG_CANNOT_SAVE,
    Signatory,
    custodian,
    head_of_unit,
    regency_line,
)
from inventaris.residences.reports import TITLE_HISTORY as TITLE_HOUSE_HISTORY
from inventaris.residences.reports import (
    HouseHistory,
    house_history_subtitle,
    occupancy_history_html,
)
from inventaris.residences.sip_letter import TITLE_SIP, SipLetter, sip_letter_html, sip_subtitle
from inventaris.stocktake.berita_acara import berita_acara_html, berita_acara_subtitle
from inventaris.stocktake.papers import TITLE_BERITA_ACARA, signature_rows
from inventaris.stocktake.results import StocktakeResults
from inventaris.vehicles.history import (
    TITLE_HISTORY,
    VehicleHistory,
    history_subtitle,
    vehicle_history_html,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from ui.busy import BusyIndicator
    from ui.worker import Job

PAPER_MM = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
MARGINS_MM = QMarginsF(20, 15, 15, 12)  # left, top, right, bottom: room to bind on the left
FOOTER_MM = 8.0  # the page number's strip at the foot of the printed area
PDF_RESOLUTION = 600  # dots per inch; text stays vector, this is the layout grid
PAGE_FOOTER = "Halaman {page} dari {pages}"
LOGO_PX = 70  # letterhead logo height in CSS pixels (scaled to the device like all pixels)
LOGO_URL = QUrl("inventaris://logo.png")
STYLE = "th { background-color: #d9d9d9; font-weight: bold; }.letterhead { font-size: 11pt; }"


@dataclass(frozen=True)
class PrintDocument:
    title: str
    body_html: str  # already escaped
    letterhead: tuple[str, ...] = ()  # centred lines above a rule; the first ones bold
    subtitle: tuple[str, ...] = ()  # centred lines under the title
    signatories: tuple[Signatory, ...] = ()  # side by side after the body
    # How many blocks each row of signatures holds, top to bottom (empty: all on one row); a
    # row shorter than the widest is centred.
    signature_rows: tuple[int, ...] = ()
    paper_size: str = "A4"
    landscape: bool = False
    logo_png: bytes | None = None
    footer: str = PAGE_FOOTER  # {page} and {pages}; "" for none
    font_size: float = 9.0  # points


def office_letterhead(office: OfficeSettings) -> tuple[str, ...]:
    """PEMERINTAH KABUPATEN …, the unit and its kode lokasi, as on every Excel report."""
    lines = [regency_line(office.regency_name), office.unit_name]
    if office.kode_lokasi:
        lines.append(f"KODE LOKASI: {office.kode_lokasi}")
    return tuple(line for line in lines if line)


def office_document(
    office: OfficeSettings,
    title: str,
    body_html: str,
    *,
    subtitle: tuple[str, ...] = (),
    signatories: tuple[Signatory, ...] = (),
    signature_rows: tuple[int, ...] = (),
    landscape: bool = False,
) -> PrintDocument:
    """A document on the office's paper, under its letterhead and logo."""
    return PrintDocument(
        title=title,
        body_html=body_html,
        letterhead=office_letterhead(office),
        subtitle=subtitle,
        signatories=signatories,
        signature_rows=signature_rows,
        paper_size=office.paper_size,
        landscape=landscape,
        logo_png=office.logo_png,
    )


def page_layout(paper_size: str, landscape: bool = False) -> QPageLayout:
    if paper_size == "F4":  # no standard id: Folio and German Legal are a few mm off
        width, height = PAPER_MM["F4"]
        size = QPageSize(
            QSizeF(width, height),
            QPageSize.Unit.Millimeter,
            "F4",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _signatures_html(signatories: tuple[Signatory, ...], row_sizes: tuple[int, ...] = ()) -> str:
    """One table (kept together on a page), a row of blocks per entry of ``row_sizes``."""
    if not signatories:
        return ""
    if sum(row_sizes) != len(signatories):
        row_sizes = (len(signatories),)
    columns = max(row_sizes)
    width = 100 // columns
    gap = "<br>&nbsp;" if len(row_sizes) > 1 else ""  # a line between two rows of blocks
    rows, start = [], 0
    for size in row_sizes:
        cells = []
        for person in signatories[start : start + size]:
            name = f"<b><u>{escape(person.name)}</u></b>" if person.name else escape(BLANK_NAME)
            nip = f"NIP {format_nip(person.nip)}" if person.nip else BLANK_NIP
            cells.append(
                f'<td width="{width}%" align="center">{escape(person.heading) or "&nbsp;"}<br>'
                f"{escape(person.role)}<br><br><br><br>{name}<br>{escape(nip)}{gap}</td>"
            )
        start += size
        before = (columns - size) // 2  # a shorter row, centred
        empty = f'<td width="{width}%"></td>'
        if size == 1 and columns % 2 == 0:  # one block under two: centred across the row
            cells = [cells[0].replace(f'width="{width}%"', f'colspan="{columns}"', 1)]
        else:
            cells = [empty] * before + cells + [empty] * (columns - size - before)
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f'<br><table width="100%" cellpadding="2">{"".join(rows)}</table>'


def _letterhead_html(document: PrintDocument, logo: bool) -> str:
    if not document.letterhead:
        return ""
    lines = []
    for index, line in enumerate(document.letterhead):
        text = escape(line)
        lines.append(f"<b>{text}</b>" if index < 2 else text)
    centre = f'<td align="center" class="letterhead">{"<br>".join(lines)}</td>'
    if not logo:
        return f'<table width="100%">{"<tr>"}{centre}</tr></table><hr>'
    image = f'<img src="{LOGO_URL.toString()}" height="{LOGO_PX}">'
    return (
        f'<table width="100%"><tr><td width="15%" valign="middle">{image}</td>{centre}'
        '<td width="15%"></td></tr></table><hr>'
    )


def document_html(document: PrintDocument, logo: bool = False) -> str:
    """The whole page flow: letterhead, title, subtitle, body and signatures."""
    subtitle = "<br>".join(escape(line) for line in document.subtitle)
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"{_letterhead_html(document, logo)}"
        f'<p align="center" style="font-size: 12pt; font-weight: bold; margin-top: 6px">'
        f"{escape(document.title)}</p>"
        f'<p align="center" style="margin-bottom: 8px">{subtitle}</p>'
        f"{document.body_html}"
        f"{_signatures_html(document.signatories, document.signature_rows)}</body></html>"
    )


def _text_document(document: PrintDocument, device: QPagedPaintDevice) -> QTextDocument:
    text = QTextDocument()
    # Laid out at the device's resolution: pixel sizes (borders, padding, the logo) are scaled.
    text.documentLayout().setPaintDevice(device)
    text.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(document.font_size)
    text.setDefaultFont(font)
    logo = QImage.fromData(document.logo_png) if document.logo_png else QImage()
    if not logo.isNull():
        text.addResource(QTextDocument.ResourceType.ImageResource, LOGO_URL, logo)
    text.setHtml(document_html(document, logo=not logo.isNull()))
    return text


def _keep_signatures_together(text: QTextDocument, page_height: float) -> None:
    """QTextDocument splits a table row across a page break, line by line, and knows no
    ``page-break-inside: avoid``: when the signature row (the last table) would be cut, it starts
    on the next page instead, so no block is parted from its name and NIP."""
    frames = text.rootFrame().childFrames()
    if not frames:
        return
    signatures = frames[-1]
    bounds = text.documentLayout().frameBoundingRect(signatures)
    if bounds.height() >= page_height:
        return  # taller than a page: nothing to gain
    if int(bounds.top() // page_height) == int((bounds.bottom() - 1) // page_height):
        return
    frame_format = signatures.frameFormat()
    frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    signatures.setFrameFormat(frame_format)


def paint_document(document: PrintDocument, device: QPagedPaintDevice) -> int:
    """Paint every page on ``device`` (its page layout already set); returns the page count."""
    text = _text_document(document, device)
    width = float(device.width())
    footer = FOOTER_MM * device.logicalDpiY() / 25.4 if document.footer else 0.0
    height = device.height() - footer
    text.setPageSize(QSizeF(width, height))
    if document.signatories:
        _keep_signatures_together(text, height)
    pages = text.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("QPainter.begin failed on the page device")
    try:
        small = QFont(text.defaultFont())
        small.setPointSizeF(document.font_size - 1)
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * height)
            text.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            if document.footer:
                painter.setFont(small)
                painter.drawText(
                    QRectF(0, height, width, footer),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    document.footer.format(page=page + 1, pages=pages),
                )
    finally:
        painter.end()
    return pages


def pdf_bytes(document: PrintDocument) -> tuple[bytes, int]:
    """The document as PDF, in memory: (the file's bytes, the page count)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Inventaris")
    writer.setTitle(document.title)
    writer.setPageLayout(page_layout(document.paper_size, document.landscape))
    pages = paint_document(document, writer)  # the PDF is complete when painting ends
    return bytes(buffer.data().data()), pages


def write_pdf(document: PrintDocument, path: Path) -> int:
    """Save as a PDF, written next to ``path`` and then moved over it; returns the page count."""
    data, pages = pdf_bytes(document)
    temporary = path.with_name(f".~{path.stem}-{uuid.uuid4().hex[:8]}.pdf")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            MSG_CANNOT_SAVE, field="path", path=str(path), detail=error.strerror or str(error)
        ) from None
    return pages


def write_pdf_on_worker(
    busy: BusyIndicator,
    document: Callable[[], PrintDocument],
    target: Path,
    saved: Callable[[Path], None],
    owner: QWidget,
) -> Job:
    """Read, lay out and write a paper on the worker with ``busy`` shown, so the window goes
    on meanwhile. ``document`` runs there: it reads the database and no widget. ``saved`` gets
    the file on the GUI thread; a failure is shown over ``owner``."""
    from ui.busy import run_busy
    from ui.errors import show_error

    def write() -> Path:
        write_pdf(document(), target)
        return target

    return run_busy(busy, write, saved, lambda error: show_error(owner, error), owner)


def print_document(document: PrintDocument, printer: QPrinter) -> int:
    """Paint on a QPrinter (the print dialog's or the preview's), on the document's paper."""
    printer.setPageLayout(page_layout(document.paper_size, document.landscape))
    printer.setDocName(document.title)
    return paint_document(document, printer)


def preview(document: PrintDocument, parent: QWidget | None = None) -> bool:
    """The print preview (a QApplication with widgets is needed); True when printed."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(document.paper_size, document.landscape))
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(document.title)
    # Paint on the preview's printer as it stands: the person may have turned the page there.
    dialog.paintRequested.connect(lambda device: paint_document(document, device))
    return bool(dialog.exec() == QDialog.DialogCode.Accepted)


# --- the documents --------------------------------------------------------------------------------


def vehicle_history_document(history: VehicleHistory) -> PrintDocument:
    office = history.office
    return office_document(
        office,
        TITLE_HISTORY,
        vehicle_history_html(history),
        subtitle=history_subtitle(history),
        signatories=(head_of_unit(office), custodian(office, history.as_of)),
    )


def agenda_document(agenda: Agenda) -> PrintDocument:
    """The day's Jadwal Penggunaan Ruang Rapat: landscape, so the nine columns stay readable."""
    office = agenda.office
    return office_document(
        office,
        TITLE_AGENDA,
        agenda_html(agenda, with_heading=False),
        subtitle=agenda_subtitle(agenda),
        signatories=(head_of_unit(office), custodian(office, agenda.printed_on)),
        landscape=True,
    )


def occupancy_history_document(history: HouseHistory) -> PrintDocument:
    """A house's Riwayat Penghunian: landscape, so the occupancy table's nine columns fit."""
    office = history.office
    return office_document(
        office,
        TITLE_HOUSE_HISTORY,
        occupancy_history_html(history),
        subtitle=house_history_subtitle(history),
        signatories=(head_of_unit(office), custodian(office, history.as_of)),
        landscape=True,
    )


def sip_letter_document(letter: SipLetter) -> PrintDocument:
    """The Surat Izin Penghunian: a one-page letter, portrait, under the Sekretariat Daerah's
    letterhead; the signature is part of the body (right, with place and date)."""
    return PrintDocument(
        title=TITLE_SIP,
        body_html=sip_letter_html(letter),
        letterhead=letter.letterhead,
        subtitle=sip_subtitle(letter),
        paper_size=letter.office.paper_size,
        logo_png=letter.office.logo_png,
        footer="",
        font_size=11.0,
    )


def stocktake_document(results: StocktakeResults, office: OfficeSettings) -> PrintDocument:
    """The Berita Acara Inventarisasi with its recap and the LHI lists as appendices: landscape,
    so the lists' eleven columns stay readable. Signed by the team, three blocks a row, and
    "Mengetahui," by the head of unit on a row of its own."""
    rows = signature_rows(results, office)
    return office_document(
        office,
        TITLE_BERITA_ACARA,
        berita_acara_html(results, office),
        subtitle=berita_acara_subtitle(results),
        signatories=tuple(person for row in rows for person in row),
        signature_rows=tuple(len(row) for row in rows),
        landscape=True,
    )


def proposal_document(view: ProposalView, office: OfficeSettings) -> PrintDocument:
    """The usulan penghapusan: the letter and the list of items with reasons and values,
    signed by the Pengurus Barang and, "Mengetahui,", the head of unit. Portrait: nine
    columns fit on A4 at this size."""
    return office_document(
        office,
        TITLE_PROPOSAL,
        proposal_letter_html(view, office),
        signatories=(head_of_unit(office), custodian(office, view.proposed_on)),
    )


def handover_document(view: HandoverView, office: OfficeSettings) -> PrintDocument:
    """The Berita Acara Serah Terima of a handover, a return or a loan: portrait, both parties
    side by side (who receives on the left) and "Mengetahui," the head of unit below."""
    rows = bast_signature_rows(view, office)
    document = office_document(
        office,
        bast_title(view),
        bast_html(view, office),
        subtitle=bast_subtitle(view),
        signatories=tuple(person for row in rows for person in row),
        signature_rows=tuple(len(row) for row in rows),
    )
    return replace(document, font_size=10.0)
