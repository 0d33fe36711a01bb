"""What every printed sheet shares: letterhead, table styles, totals, signatures, page set-up.

A report module lays out its own columns and rows and calls these helpers for the rest, so the
KIB cards, the KIR, the Buku Inventaris and the mutasi report look alike: every printed sheet
carries the same letterhead, title, date line and signature block. The texts written here are
Indonesian document texts fixed by regulation, not translated UI strings.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import shutil
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.writer.excel import ExcelWriter

from inventaris.core.errors import ValidationError
from inventaris.core.formatting import format_date_long, format_nip
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.office import OfficeSettings
from inventaris.reports.scratch import SheetWriter, scratch_folder

# Whole numbers and Rupiah are written as numbers, never as text, so they can be summed. The
# format is stored with Excel's neutral ',' and '.'; Excel shows the PC's own separators, so on an
# Indonesian-locale PC 12500000 appears as 12.500.000.
FORMAT_WHOLE = "#,##0"
FORMAT_YEAR = "0"  # 2021, not 2,021
FORMAT_DATE = "DD-MM-YYYY"  # a real date, shown the Indonesian way
# A deduction (accumulated depreciation beside the value it reduces) is stored as the positive
# figure the engine computed and only shown in parentheses, the way Indonesian financial
# statements print a contra account: the cells still sum and compare to the engine as they are.
FORMAT_CONTRA = "(#,##0);-(#,##0);0"  # zero as 0, not (0)
FORMAT_AREA = "#,##0.00"  # m², which may have decimals

# openpyxl (and Excel) know A4 (9) but have no F4 (215 × 330 mm). The nearest standard size is
# Folio (14, 8.5 × 13 in = 215.9 × 330.2 mm), which is what Indonesian offices pick for F4 paper.
PAPER_A4 = 9
PAPER_FOLIO = 14
PAPER_CODES = {"A4": PAPER_A4, "F4": PAPER_FOLIO}

SHEET_NAME_MAX = 31
_SHEET_NAME_FORBIDDEN = str.maketrans("", "", "[]:*?/\\")
SIGNATURE_SPACE = 3  # empty rows left for the pen
BLANK_NAME = "(................................)"
BLANK_NIP = "NIP ........................"

MSG_SETTINGS_MISSING = QT_TRANSLATE_NOOP(
    "Engine",
    "Fill in the office settings first (regency name, city, unit name and kode lokasi): every "
    "printed sheet carries them.",
)
MSG_CANNOT_SAVE = QT_TRANSLATE_NOOP(
    "Engine",
    "The file {path} cannot be written ({detail}). If it is open in Excel, close it and try "
    "again, or choose another folder.",
)

_THIN = Side(style="thin")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=12)
NAME_FONT = Font(bold=True, underline="single")
HEADER_FILL = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center")
_LINE_CENTER = Alignment(horizontal="center", vertical="center")
_LINE_LEFT = Alignment(horizontal="left", vertical="center")


class Kind(enum.Enum):
    """How a column's values are written and shown."""

    TEXT = "text"
    WHOLE = "whole"  # counts and Rupiah
    YEAR = "year"
    DATE = "date"
    CONTRA = "contra"  # a deduction in Rupiah, shown in parentheses (FORMAT_CONTRA)
    AREA = "area"  # m², a Decimal


_FORMATS = {
    Kind.WHOLE: FORMAT_WHOLE,
    Kind.YEAR: FORMAT_YEAR,
    Kind.DATE: FORMAT_DATE,
    Kind.CONTRA: FORMAT_CONTRA,
    Kind.AREA: FORMAT_AREA,
}


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: Kind = Kind.TEXT
    center: bool = False


@dataclass(frozen=True)
class Signatory:
    """One block of the signature row, top to bottom."""

    heading: str  # "Mengetahui," or "<city>, <date>" or ""
    role: str
    name: str
    nip: str


def require_essentials(office: OfficeSettings) -> None:
    if office.missing_essentials:
        raise ValidationError(MSG_SETTINGS_MISSING, field="office")


def sheet_name(title: str) -> str:
    """A worksheet name Excel accepts: no []:*?/\\ and at most 31 characters."""
    return title.translate(_SHEET_NAME_FORBIDDEN).strip()[:SHEET_NAME_MAX] or "Sheet"


def new_workbook(title: str) -> tuple[Any, Any]:
    """A workbook with one worksheet named ``title``: (workbook, worksheet)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_name(title)
    workbook.properties.creator = "Inventaris"
    workbook.properties.title = title
    return workbook, sheet


def regency_line(regency_name: str) -> str:
    """``PEMERINTAH KABUPATEN LANGKAT``, also when the setting already says "Kabupaten …"."""
    name = regency_name.strip().upper()
    name = name.removeprefix("KABUPATEN ").strip()
    return f"PEMERINTAH KABUPATEN {name}"


def letterhead_lines(
    office: OfficeSettings, title: str, as_of: date
) -> list[tuple[str, Font | None]]:
    """The centred lines above every table, top to bottom, with their fonts ("" = empty)."""
    return [
        (regency_line(office.regency_name), TITLE_FONT),
        (office.unit_name, BOLD),
        (f"KODE LOKASI: {office.kode_lokasi}", None),
        ("", None),
        (title, TITLE_FONT),
        (f"Keadaan per {format_date_long(as_of)}", None),
    ]


def _line(ws: Any, row: int, width: int, text: str, font: Font | None, align: Alignment) -> None:
    if not text:
        return
    if width > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    cell = ws.cell(row, 1, text)
    cell.alignment = align
    if font is not None:
        cell.font = font


def write_letterhead(
    ws: Any,
    office: OfficeSettings,
    title: str,
    as_of: date,
    width: int,
    extra_lines: Sequence[str] = (),
) -> int:
    """Regency, unit, kode lokasi, title and date centred over ``width`` columns from row 1,
    then ``extra_lines`` (e.g. the room) on the left. Returns the first row for the table."""
    row = 1
    for text, font in letterhead_lines(office, title, as_of):
        _line(ws, row, width, text, font, _LINE_CENTER)
        row += 1
    for text in extra_lines:
        _line(ws, row, width, text, BOLD, _LINE_LEFT)
        row += 1
    return row + 1  # one empty row above the table


def write_table_header(ws: Any, row: int, columns: Sequence[Column]) -> None:
    """The header row (bold, shaded, boxed) and the column widths."""
    for index, column in enumerate(columns, start=1):
        cell = ws.cell(row, index, column.header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = _CENTER
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.row_dimensions[row].height = 30


def body_format(column: Column) -> tuple[str | None, Alignment]:
    """The number format (None: General) and the alignment of a body cell of ``column``."""
    if column.center or column.kind in (Kind.YEAR, Kind.DATE):
        alignment = _CENTER
    elif column.kind in (Kind.WHOLE, Kind.CONTRA, Kind.AREA):
        alignment = _RIGHT
    else:
        alignment = _LEFT
    return _FORMATS.get(column.kind), alignment


def _style(cell: Any, column: Column) -> None:
    cell.border = BOX
    number_format, alignment = body_format(column)
    if number_format is not None:
        cell.number_format = number_format
    cell.alignment = alignment


def write_table_rows(
    ws: Any, first_row: int, columns: Sequence[Column], rows: Iterable[Sequence[Any]]
) -> int:
    """Boxed body rows with each column's number format; returns the row after the last."""
    row = first_row
    for values in rows:
        for index, (column, value) in enumerate(zip(columns, values, strict=True), start=1):
            _style(ws.cell(row, index, None if value == "" else value), column)
        row += 1
    return row


def write_totals_row(
    ws: Any, row: int, columns: Sequence[Column], label: str, totals: dict[int, int]
) -> None:
    """A bold boxed row: ``label`` across the columns before the first total (0-based keys)."""
    first_total = min(totals)
    for index, column in enumerate(columns):
        _style(ws.cell(row, index + 1), column)
        ws.cell(row, index + 1).font = BOLD
    if first_total > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=first_total)
    label_cell = ws.cell(row, 1, label)
    label_cell.alignment = _CENTER
    for index, amount in totals.items():
        ws.cell(row, index + 1).value = amount


def head_of_unit(office: OfficeSettings) -> Signatory:
    """Left block: "Mengetahui," and the head of the unit."""
    role = office.head_title or f"Kepala {office.unit_name}"
    return Signatory("Mengetahui,", role, office.head_name, office.head_nip)


def custodian(office: OfficeSettings, signed_on: date) -> Signatory:
    """Right block: place and date, the Pengurus Barang."""
    heading = f"{office.city}, {format_date_long(signed_on)}"
    return Signatory(heading, "Pengurus Barang", office.custodian_name, office.custodian_nip)


SIGNATURE_CHARS = 34  # a name with its titles, "Drs. Zulkarnain Siregar, M.AP", on one line


def signature_spans(
    width: int, count: int, widths: Sequence[float] | None = None
) -> list[tuple[int, int]]:
    """Column ranges for ``count`` blocks: the first flush left, the last flush right.

    Given the column ``widths``, the outer blocks grow inwards until they hold a name of
    SIGNATURE_CHARS characters (a narrow sheet such as the Rekapitulasi would cut it)."""
    block = max(1, width // max(3, count))
    if count == 1:
        return [(1, block)]
    step = (width - block) / (count - 1)
    starts = [1 + round(step * index) for index in range(count)]
    spans = [(start, start + block - 1) for start in starts]
    if widths is not None and count == 2:
        (first_start, first_end), (last_start, last_end) = spans

        def span_chars(start: int, end: int) -> float:
            return sum(widths[start - 1 : end])

        while span_chars(first_start, first_end) < SIGNATURE_CHARS and first_end + 1 < last_start:
            first_end += 1
        while span_chars(last_start, last_end) < SIGNATURE_CHARS and last_start - 1 > first_end:
            last_start -= 1
        spans = [(first_start, first_end), (last_start, last_end)]
    return spans


def signature_lines(person: Signatory) -> list[tuple[str, Font | None]]:
    """One block's lines, top to bottom, with their fonts: heading, role, room for the pen,
    name and NIP (dotted blanks when the settings leave them empty)."""
    name = person.name or BLANK_NAME
    nip = f"NIP {format_nip(person.nip)}" if person.nip else BLANK_NIP
    texts: list[tuple[str, Font | None]] = [(person.heading, None), (person.role, None)]
    texts += [("", None)] * SIGNATURE_SPACE
    texts += [(name, NAME_FONT if person.name else None), (nip, None)]
    return texts


def write_signatures(ws: Any, row: int, signatories: Sequence[Signatory], width: int) -> int:
    """The signature blocks side by side from ``row``; returns the row after the NIP line."""
    height = 2 + SIGNATURE_SPACE + 2
    spans = signature_spans(width, len(signatories))
    for (first, last), person in zip(spans, signatories, strict=True):
        for offset, (text, font) in enumerate(signature_lines(person)):
            if not text:
                continue
            if last > first:
                line = row + offset
                ws.merge_cells(start_row=line, start_column=first, end_row=line, end_column=last)
            cell = ws.cell(row + offset, first, text)
            cell.alignment = _LINE_CENTER
            if font is not None:
                cell.font = font
    return row + height


def set_up_pages(
    ws: Any,
    *,
    paper_size: str,
    header_row: int,
    last_row: int | None,
    width: int,
    header_rows: int = 1,
    repeat_header: bool = True,
) -> None:
    """Landscape A4 or F4, one page wide, the header rows on every page, panes frozen below them.

    ``header_rows`` rows from ``header_row`` make the table header. ``last_row`` None leaves the
    print area to be set later: a write-only sheet must be set up before its first row, when its
    length is not known yet (its views and sheet properties are written with the first row).
    """
    last_header = header_row + header_rows - 1
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_CODES.get(paper_size, PAPER_A4)
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if repeat_header:
        ws.print_title_rows = f"{header_row}:{last_header}"
    ws.freeze_panes = f"A{last_header + 1}"
    if last_row is not None:
        ws.print_area = f"A1:{get_column_letter(width)}{last_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    ws.oddFooter.center.text = "Halaman &P dari &N"


# A CSV cell that a spreadsheet program would run as a formula (OWASP, "CSV Injection"), and
# text that is only a negative number, which it reads as that number and nothing more.
_CSV_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NEGATIVE_NUMBER = re.compile(r"-\d+(?:[.,]\d+)*")


def csv_cell(value: Any) -> Any:
    """``value`` for a CSV file that Excel may open: text starting with =, +, -, @, a tab or a
    carriage return gets a leading single quote, so that it is shown and never run. Only text
    changes: a number stays as it is, and so does text that is only a negative number ("-5",
    "-1.250.000"), which cannot run anything."""
    if (
        isinstance(value, str)
        and value.startswith(_CSV_FORMULA_START)
        and not _NEGATIVE_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


class _StampedZip(zipfile.ZipFile):
    """A zip whose members all carry one given time instead of "now" (or a temporary file's
    time), so one workbook written twice gives the same bytes."""

    def __init__(self, path: Path, stamp: datetime) -> None:
        super().__init__(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        earliest = datetime(1980, 1, 1)  # the zip format's first day  # noqa: DTZ001
        when = max(stamp.replace(tzinfo=None), earliest)
        self._stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second)

    def _info(self, name: str, size: int = 0) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, date_time=self._stamp)
        info.compress_type = self.compression
        info.external_attr = 0o600 << 16
        info.file_size = size  # decides whether the member needs zip64
        return info

    def writestr(
        self,
        zinfo_or_arcname: str | zipfile.ZipInfo,
        data: Any,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = self._info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(
        self,
        filename: Any,
        arcname: Any = None,
        compress_type: int | None = None,
        compresslevel: int | None = None,
    ) -> None:
        info = self._info(str(arcname or os.path.basename(filename)), os.path.getsize(filename))
        if compress_type is not None:
            info.compress_type = compress_type
        with open(filename, "rb") as source, self.open(info, "w") as target:
            shutil.copyfileobj(source, target, 1 << 16)


class _Writer(ExcelWriter):  # type: ignore[misc]  # openpyxl is Any to mypy
    """openpyxl's workbook writer, writing each ordinary sheet to a file in ``folder`` (a
    ``scratch.scratch_folder``) instead of the system's temporary folder, and removing it even
    when writing fails. A write-only sheet has streamed to its own folder already
    (``streaming.stream_workbook``)."""

    def __init__(self, workbook: Any, archive: zipfile.ZipFile, folder: Path | None) -> None:
        super().__init__(workbook, archive)
        self._folder = folder

    def write_worksheet(self, ws: Any) -> None:
        if self.workbook.write_only or self._folder is None:
            super().write_worksheet(ws)
            return
        # openpyxl's own (3.1) for an ordinary sheet, its file in our folder and removed
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = SheetWriter(ws, self._folder)
        try:
            writer.write()
            ws._rels = writer._rels
            self._archive.write(writer.out, ws.path[1:])
            self.manifest.append(ws)
        finally:
            with contextlib.suppress(Exception):
                writer.close()
            writer.cleanup()


def keep_text(workbook: Any) -> None:
    """Make every text cell of ``workbook``'s ordinary sheets a text cell, whatever it says.

    openpyxl makes a str that starts with "=" a formula and "#N/A" or "#REF!" an error, so a
    name typed by a user (``=HYPERLINK("http://…","klik")``) would be a live formula in the
    file. The program writes no formulas of its own; should it ever want one, it is to be written
    as an openpyxl formula object (``ArrayFormula``), which this leaves alone. A write-only
    sheet keeps no cells: ``streaming`` types every cell it writes as it writes it.
    """
    for ws in workbook.worksheets:
        for cell in getattr(ws, "_cells", {}).values():
            if cell.data_type in ("f", "e") and isinstance(cell._value, str):
                cell.data_type = "s"


def write_xlsx(workbook: Any, path: Path, *, stamp: datetime | None = None) -> None:
    """openpyxl's ``Workbook.save``, with every text cell kept text (``keep_text``) and the
    sheets' temporary files in a folder of this export's own, removed however the save ends.

    With ``stamp`` the document's created and modified times and every zip member's time are
    ``stamp`` (openpyxl's own save sets "modified" to now). Writes ``path`` in place: an
    OSError is the caller's to explain (``save_workbook`` writes beside it and replaces it).
    """
    keep_text(workbook)
    ordinary = not workbook.write_only
    with scratch_folder() if ordinary else contextlib.nullcontext() as folder:
        archive: zipfile.ZipFile
        if stamp is None:
            workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
            archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        else:
            stamp = stamp.replace(tzinfo=None)
            workbook.properties.created = stamp
            workbook.properties.modified = stamp
            archive = _StampedZip(path, stamp)
        try:
            _Writer(workbook, archive, folder).save()
        finally:
            archive.close()


def save_workbook(workbook: Any, path: Path, *, fixed_time: datetime | None = None) -> None:
    """Write next to ``path`` and then replace it, so a failure never leaves half a file.

    With ``fixed_time`` the file holds no trace of when it was written: the same workbook saved
    twice gives the same bytes (the annual inventory workbook must be reproducible).
    """
    # A plain new file (not tempfile's owner-only one), so the result gets the usual permissions.
    temporary = path.with_name(f".~{path.stem}-{uuid.uuid4().hex[:8]}.xlsx")
    try:
        write_xlsx(workbook, temporary, stamp=fixed_time)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            MSG_CANNOT_SAVE, field="path", path=str(path), detail=error.strerror or str(error)
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
