"""Printed sheets of 100,000 rows, written row by row: openpyxl's write-only mode, styled cheaply.

A normal openpyxl worksheet keeps every cell in memory; a write-only one streams each appended
row to a temporary file, so a workbook of several sheets of 100,000 rows stays within a few
hundred megabytes. It has rules of its own: column widths, frozen panes and the "fit to page"
property must be set before the first row (they are written with it), and rows can only be
appended, so the letterhead, the table header, the body, the totals and the signatures are
written in that order, each exactly once.

Speed. Styling write-only cells the usual way (a new cell per value, Font/Border/Alignment
objects assigned to it) costs more than writing the value: openpyxl first tries every appended
object as a plain value, and a cell fails that test with an exception whose message formats the
cell's repr; the style's index is then looked up by hashing the cell's style array, per cell.
Here every column has one cell per look (body, totals, header…), made and styled once with its
style index fixed; each row only changes those cells' values, and ``_StreamSheet`` hands them to
openpyxl's writer directly. openpyxl writes an appended row at once and keeps none of its cells,
so reusing them is safe. The figures are in the benchmark (tests/benchmarks/inventory_workbook.py).

Temporary files. Each sheet streams to a file in the export's own folder (``scratch``), never
in the system's temporary folder: ``stream_workbook`` makes the folder and removes it, with the
sheets' files, when the export ends, saved or not.

The texts (letterhead, signature blocks) and the styles are those of ``common``, so these sheets
look like the other reports.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.cell_range import CellRange
from openpyxl.worksheet.pagebreak import Break

from inventaris.office import OfficeSettings
from inventaris.reports.common import (
    BOLD,
    BOX,
    HEADER_FILL,
    Column,
    Signatory,
    body_format,
    letterhead_lines,
    set_up_pages,
    sheet_name,
    signature_lines,
    signature_spans,
)
from inventaris.reports.scratch import SheetWriter, scratch_folder

HEADER_HEIGHT = 30  # points: room for a wrapped two-line column title
BODY_LINE_HEIGHT = 13.5  # points per line of body text
DEFAULT_ROW_POINTS = 15.0  # Excel's default row height; LibreOffice's is lower, so this is safe
# Landscape paper in points (width, height), and the page set-up's margins in points.
PAPER_POINTS = {"A4": (842.0, 595.0), "F4": (935.0, 609.0)}
MARGIN_POINTS = (2 * 0.4 * 72, (0.5 + 0.6) * 72)
PAGE_FILL = 0.95  # break a little early: programs scale "fit to width" slightly differently
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LINE_CENTER = Alignment(horizontal="center", vertical="center")
_LINE_LEFT = Alignment(horizontal="left", vertical="center")
_LINE_RIGHT = Alignment(horizontal="right", vertical="center")
# Control characters XML cannot hold (openpyxl refuses them); a legacy import may have left some
# in a name or a note, and the annual workbook must not fail on them: they are dropped.
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
_MAX_TEXT = 32_767  # Excel's limit for one cell
_FOLDER = "_inventaris_scratch"  # a stream workbook's attribute: its sheets' folder


@dataclass(frozen=True)
class Group:
    """Columns under one heading, as a two-row table header: "Sertifikat" over "Tanggal" and
    "Nomor". The other columns' titles then span both rows."""

    header: str
    columns: tuple[Column, ...]


Layout = Sequence[Column | Group]


def wrapped_lines(text: str, chars: int) -> int:
    """How many lines ``text`` takes in a cell of ``chars`` characters, wrapped at spaces as a
    spreadsheet does (a word longer than a line is cut)."""
    lines, used = 1, 0
    for word in text.split():
        size = len(word)
        if used and used + 1 + size <= chars:
            used += 1 + size
            continue
        if used:
            lines += 1
        lines += max(0, (size - 1) // chars)
        used = size % chars or chars
    return lines


def flatten(layout: Layout) -> tuple[Column, ...]:
    """The layout's columns, left to right."""
    columns: list[Column] = []
    for part in layout:
        columns.extend(part.columns if isinstance(part, Group) else (part,))
    return tuple(columns)


def header_titles(layout: Layout) -> tuple[list[str], list[str]]:
    """The table header's two rows as written (the second is empty for a one-row header)."""
    if not any(isinstance(part, Group) for part in layout):
        return [column.header for column in flatten(layout)], []
    top: list[str] = []
    below: list[str] = []
    for part in layout:
        if isinstance(part, Group):
            top += [part.header] + [""] * (len(part.columns) - 1)
            below += [column.header for column in part.columns]
        else:
            top.append(part.header)
            below.append("")
    return top, below


# openpyxl has no type hints (pyproject ignores its imports), so to mypy Cell and
# WriteOnlyWorksheet are Any, and strict mode refuses subclassing Any: the two ignores below stay.
class _ReusedCell(Cell):  # type: ignore[misc]
    """A styled cell written again for every row of its column; only its value changes.

    Its style is fixed when it is made, so the style's index is looked up once, not per row.
    """

    __slots__ = ("_style_index",)
    _style_index: int
    has_style = True  # every such cell is written, with its style, even when empty

    @property
    def style_id(self) -> int:
        return self._style_index

    def freeze_style(self) -> None:
        self._style_index = super().style_id


class _StreamSheet(WriteOnlyWorksheet):  # type: ignore[misc]
    """openpyxl's write-only worksheet, taking rows of ready cells (None: nothing there), and
    streaming them to a file in ``folder`` (the export's own) instead of the system's
    temporary folder.

    openpyxl's own ``_values_to_row`` tries each appended object as a plain value first, which
    for a cell costs a failed conversion and an exception; this one only numbers the cells.
    """

    _writer: Any  # openpyxl's sheet writer, None until the first row

    def __init__(self, parent: Any, title: str, folder: Path) -> None:
        super().__init__(parent=parent, title=title)
        self._folder = folder

    def _get_writer(self) -> None:
        if self._writer is None:
            self._writer = SheetWriter(self, self._folder)
            self._writer.write_top()

    def _values_to_row(self, values: Sequence[Any], row_idx: int) -> Iterator[Any]:
        for column, cell in enumerate(values, 1):
            if cell is not None:
                cell.column = column
                cell.row = row_idx
                yield cell


def _put(cell: Any, value: Any) -> None:
    """Give ``cell`` the value (None or "": empty), typed for Excel without openpyxl's guessing.

    Text stays text even when it starts with "=" (a name is never a formula). Money and counts
    are int (never float), areas Decimal, dates dates.
    """
    if value is None or value == "":
        cell._value = None
        cell.data_type = "n"
    elif type(value) is str:
        if _ILLEGAL.search(value):
            value = _ILLEGAL.sub("", value)
        cell._value = value[:_MAX_TEXT]
        cell.data_type = "s"
    elif isinstance(value, date):  # datetime too
        cell._value = value
        cell.data_type = "d"
    elif isinstance(value, int | Decimal) and not isinstance(value, bool):
        cell._value = value
        cell.data_type = "n"
    else:
        raise TypeError(f"no cell value: {value!r}")  # a float or an object: a bug, not data


class StreamSheet:
    """One printed sheet: letterhead, table header, body rows, totals and signatures, appended
    in that order (several blocks may follow one another, each on its own page)."""

    def __init__(
        self,
        workbook: Any,
        title: str,
        layout: Layout,
        *,
        paper_size: str,
        office: OfficeSettings,
    ) -> None:
        folder = getattr(workbook, _FOLDER, None)
        if folder is None:
            raise RuntimeError("a streamed sheet belongs to a workbook of stream_workbook()")
        self.ws = _StreamSheet(workbook, sheet_name(title), folder)
        workbook._add_sheet(self.ws)
        self.layout = layout
        self.columns = flatten(layout)
        self.width = len(self.columns)
        self.header_rows = 2 if any(isinstance(part, Group) for part in layout) else 1
        self.office = office
        self.paper_size = paper_size
        self.row = 1  # the next row to write
        self.body_rows = 0  # table rows written, over all blocks
        self._started = False
        self._break_long_blocks = False  # set by start(repeat_header=False)
        self._page_points = 0.0  # points used on the current printed page (unscaled)
        self._page_capacity = self._capacity()
        for index, column in enumerate(self.columns, start=1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        self._body = [self._cell(column) for column in self.columns]
        # A column of width w holds about 1.15 w characters of Calibri body text (the width
        # counts the widest digit), but fewer in a wider substitute font (LibreOffice without
        # Calibri wrapped "Lenovo ThinkCentre M70s" where 1.15 w said one line, and the text
        # ran into the next row): count w, so a row is at worst a little taller than needed.
        self._line_chars = [max(1, int(column.width)) for column in self.columns]
        self._strong = [self._cell(column, font=BOLD) for column in self.columns]
        self._header = [self._cell(None, font=BOLD, header=True) for _ in self.columns]
        self._line_fonts: dict[tuple[Font | None, bool], Any] = {}
        self._merged_label = self._cell(None, font=BOLD, boxed=True)

    # -- cells ----------------------------------------------------------------------------------

    def _cell(
        self,
        column: Column | None,
        *,
        font: Font | None = None,
        header: bool = False,
        boxed: bool = False,
        alignment: Alignment | None = None,
    ) -> Any:
        cell = _ReusedCell(self.ws, 1, 1)
        if column is not None:
            number_format, column_alignment = body_format(column)
            if number_format is not None:
                cell.number_format = number_format
            cell.alignment = column_alignment
            cell.border = BOX
        if header:
            cell.fill = HEADER_FILL
            cell.border = BOX
            cell.alignment = _CENTER
        if boxed:
            cell.border = BOX
            cell.alignment = _CENTER
        if alignment is not None:
            cell.alignment = alignment
        if font is not None:
            cell.font = font
        cell.freeze_style()
        return cell

    def _line_cell(self, font: Font | None, centred: bool) -> Any:
        """A cell of a letterhead or signature line (new each time: a row may hold several)."""
        return self._cell(None, font=font, alignment=_LINE_CENTER if centred else _LINE_LEFT)

    def _capacity(self) -> float:
        """Roughly how many points of rows one printed page holds, before "fit to width"
        scaling (a column of width w is about 7 w + 5 pixels, 0.75 points a pixel)."""
        paper_width, paper_height = PAPER_POINTS.get(self.paper_size, PAPER_POINTS["A4"])
        sheet_width = sum((7 * column.width + 5) * 0.75 for column in self.columns)
        scale = min(1.0, (paper_width - MARGIN_POINTS[0]) / max(sheet_width, 1.0))
        return PAGE_FILL * (paper_height - MARGIN_POINTS[1]) / scale

    def _append(self, cells: Sequence[Any]) -> None:
        if not self._started:
            raise RuntimeError("start the sheet with its first block")
        dimension = self.ws.row_dimensions.get(self.row)
        height = dimension.height if dimension is not None and dimension.height else None
        self._page_points += height or DEFAULT_ROW_POINTS
        self.ws.append(cells)
        self.row += 1

    def _merge(self, first_column: int, last_column: int, rows: int = 1) -> None:
        if last_column > first_column or rows > 1:
            first = f"{get_column_letter(first_column)}{self.row}"
            last = f"{get_column_letter(last_column)}{self.row + rows - 1}"
            # Straight into the set: MultiCellRange.add first tests the new range against every
            # earlier one, which made a 100,000-row workbook quadratic (44 s became 299 s). The
            # sheet is written top down, so a new range never lies inside an earlier one.
            self.ws.merged_cells.ranges.add(CellRange(f"{first}:{last}"))

    # -- blocks ---------------------------------------------------------------------------------

    @property
    def page_capacity(self) -> float:
        """Points of rows one printed page holds (unscaled), as the page breaks count them."""
        return self._page_capacity

    def header_points(self) -> float:
        """The table header's height in points (one or two rows)."""
        top, below = header_titles(self.layout)
        return self._header_height(top) + (self._header_height(below) if below else 0.0)

    def _header_height(self, top: Sequence[str]) -> float:
        # Bold titles wrap at about width - 2 characters; "Masa Manfaat (Tahun)" needs three.
        needed = max(
            wrapped_lines(text or "", max(1, int(column.width) - 2))
            for text, column in zip(top, self.columns, strict=True)
        )
        return float(max(HEADER_HEIGHT, 14 * needed))

    def row_points(self, values: Sequence[Any]) -> float:
        """The height a body row of ``values`` gets: each text wrapped in its cell."""
        lines = 1
        for value, chars in zip(values, self._line_chars, strict=True):
            if type(value) is str and len(value) > chars:
                lines = max(lines, wrapped_lines(value, chars))
        return BODY_LINE_HEIGHT * lines if lines > 1 else DEFAULT_ROW_POINTS

    def begin(self, header_row: int) -> None:
        """Page set-up for a sheet that lays out its own pages (letterhead and table header
        written again after each ``page_break``): nothing repeated, no automatic breaks."""
        set_up_pages(
            self.ws,
            paper_size=self.paper_size,
            header_row=header_row,
            last_row=None,
            width=self.width,
            header_rows=self.header_rows,
            repeat_header=False,
        )
        self._started = True

    def page_break(self) -> None:
        self.ws.row_breaks.append(Break(id=self.row - 1))
        self._page_points = 0.0

    def line(self, text: str, font: Font | None = None, *, align: str = "left") -> None:
        """A line of text across the sheet: ``align`` left, center or right ("" = empty)."""
        if not text:
            self._append([])
            return
        alignment = {"center": _LINE_CENTER, "right": _LINE_RIGHT}.get(align, _LINE_LEFT)
        cell = self._cell(None, font=font, alignment=alignment)
        _put(cell, text)
        self._merge(1, self.width)
        self._append([cell])

    def line_pair(self, left: str, right: str, right_columns: int, font: Font | None) -> None:
        """One row: ``left`` on the left, ``right`` right-aligned over the last columns."""
        split = max(1, self.width - right_columns)
        first = self._cell(None, font=font, alignment=_LINE_LEFT)
        second = self._cell(None, font=font, alignment=_LINE_RIGHT)
        _put(first, left)
        _put(second, right)
        self._merge(1, split)
        self._merge(split + 1, self.width)
        cells: list[Any] = [None] * self.width
        cells[0], cells[split] = first, second
        self._append(cells)

    def table_header(self) -> None:
        self._table_header()

    def _letterhead_height(self, extra_lines: Sequence[str]) -> int:
        return len(letterhead_lines(self.office, "", date.min)) + len(extra_lines) + 1

    def start(
        self,
        title: str,
        as_of: date,
        extra_lines: Sequence[str] = (),
        *,
        repeat_header: bool = True,
    ) -> None:
        """The first block: page set-up, letterhead and table header.

        ``repeat_header`` False when the sheet holds several blocks, each with its own header
        (the KIR's rooms): a sheet repeats only one range of rows on every page.
        """
        header_row = self._letterhead_height(extra_lines) + 1
        set_up_pages(
            self.ws,
            paper_size=self.paper_size,
            header_row=header_row,
            last_row=None,
            width=self.width,
            header_rows=self.header_rows,
            repeat_header=repeat_header,
        )
        self._started = True
        self._break_long_blocks = not repeat_header
        self.head(title, as_of, extra_lines)

    def next_block(self, title: str, as_of: date, extra_lines: Sequence[str] = ()) -> None:
        """A new block on a new page: a page break, then letterhead and table header."""
        self.ws.row_breaks.append(Break(id=self.row - 1))
        self._page_points = 0.0
        self.head(title, as_of, extra_lines)

    def head(self, title: str, as_of: date, extra_lines: Sequence[str] = ()) -> None:
        for text, font in letterhead_lines(self.office, title, as_of):
            self._text_line(text, font, centred=True)
        for text in extra_lines:
            self._text_line(text, BOLD, centred=False)
        self._append([])  # one empty row above the table
        self._table_header()

    def _text_line(self, text: str, font: Font | None, *, centred: bool) -> None:
        if not text:
            self._append([])
            return
        cell = self._line_cell(font, centred)
        _put(cell, text)
        self._merge(1, self.width)
        self._append([cell])

    def _table_header(self) -> None:
        top, below = header_titles(self.layout)
        self.ws.row_dimensions[self.row].height = self._header_height(top)
        if self.header_rows == 1:
            for cell, text in zip(self._header, top, strict=True):
                _put(cell, text)
            self._append(self._header)
            return
        self.ws.row_dimensions[self.row + 1].height = self._header_height(below)
        index = 1
        for part in self.layout:
            if isinstance(part, Group):
                self._merge(index, index + len(part.columns) - 1)
                index += len(part.columns)
            else:
                self._merge(index, index, rows=2)
                index += 1
        for cell, text in zip(self._header, top, strict=True):
            _put(cell, text)
        self._append(self._header)
        for cell, text in zip(self._header, below, strict=True):
            _put(cell, text)
        self._append(self._header)

    def body(self, values: Sequence[Any], *, strong: bool = False) -> None:
        """One table row; ``strong`` for a subtotal line (bold)."""
        cells = self._strong if strong else self._body
        # Spreadsheet programs do not grow a row for wrapped text written by a program, so a
        # long name or chassis number would spill over the row below: give it the lines it needs.
        height = self.row_points(values)
        if self._break_long_blocks and self._page_points + height > self._page_capacity:
            # A block longer than a page (a large room on the KIR): the sheet cannot repeat
            # each block's own header, so the page is broken here and the header written again.
            self.ws.row_breaks.append(Break(id=self.row - 1))
            self._page_points = 0.0
            self._table_header()
        if height != DEFAULT_ROW_POINTS:
            self.ws.row_dimensions[self.row].height = height
        for cell, value in zip(cells, values, strict=True):
            _put(cell, value)
        self._append(cells)
        self.body_rows += 1

    def nil(self, text: str) -> None:
        """The one row of an empty table ("NIHIL"), bold and centred across every column."""
        cells = list(self._body)
        for cell in cells:
            _put(cell, None)
        label = self._cell(None, font=BOLD, boxed=True)
        _put(label, text)
        cells[0] = label
        self._merge(1, self.width)
        self._append(cells)

    def totals(self, label: str, totals: dict[int, int]) -> None:
        """A bold boxed row of numbers: ``label`` across the columns before the first total
        (0-based keys)."""
        first_total = min(totals)
        cells = list(self._strong)
        for index, cell in enumerate(cells):
            _put(cell, totals.get(index))
        if first_total > 0:
            self._merge(1, first_total)
            _put(self._merged_label, label)
            cells[0] = self._merged_label
        self._append(cells)

    def signatures(self, signatories: Sequence[Signatory]) -> None:
        """An empty row, then the signature blocks side by side."""
        self._append([])
        spans = signature_spans(
            self.width, len(signatories), [column.width for column in self.columns]
        )
        blocks = [signature_lines(person) for person in signatories]
        for offset in range(len(blocks[0])):
            cells: list[Any] = [None] * self.width
            for (first, last), lines in zip(spans, blocks, strict=True):
                text, font = lines[offset]
                if text:
                    cell = self._line_cell(font, centred=True)
                    _put(cell, text)
                    cells[first - 1] = cell
                    self._merge(first, last)
            self._append(cells)

    def finish(self) -> None:
        """The print area, once the sheet's length is known."""
        self.ws.print_area = f"A1:{get_column_letter(self.width)}{max(self.row - 1, 1)}"


@contextlib.contextmanager
def stream_workbook(title: str) -> Iterator[Any]:
    """A write-only workbook for ``StreamSheet``s, whose sheets stream to files in a folder of
    this export's own; when the block ends (saved, failed or cancelled), the sheets are closed
    and the folder removed with their files."""
    with scratch_folder() as folder:
        workbook = Workbook(write_only=True)
        workbook.properties.creator = "Inventaris"
        workbook.properties.title = title
        setattr(workbook, _FOLDER, folder)
        try:
            yield workbook
        finally:
            discard(workbook)


def discard(workbook: Any) -> None:
    """Close a workbook's sheets and remove their temporary files: nothing left open once the
    workbook is saved or given up (openpyxl would only remove them when the program ends)."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if sheet._rows is not None:
                sheet._rows.close()
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
