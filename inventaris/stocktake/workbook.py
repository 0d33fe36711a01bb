"""The stock-take's results as one .xlsx (BMD.md §11): "Rekap" (what was counted, the counts,
the recap per KIB and the team's signatures), "LKI" (the working sheet: every expected item and
what the team found) and one sheet per LHI list, "III.B.1" to "III.B.11".

Everything is derived from ``stocktake_results``, never typed twice. Counts and Rupiah are
number cells; every text is a text cell, whatever it starts with (``common.keep_text``). The
words are Indonesian document text, as in the KIR.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.styles import Alignment

from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.core.search import register_text
from inventaris.office import OfficeSettings, get_office_settings
from inventaris.reports.common import (
    BOLD,
    BOX,
    FORMAT_WHOLE,
    Column,
    Kind,
    Signatory,
    new_workbook,
    require_essentials,
    save_workbook,
    set_up_pages,
    signature_lines,
    signature_spans,
    write_letterhead,
    write_table_header,
    write_table_rows,
    write_totals_row,
)
from inventaris.reports.streaming import BODY_LINE_HEIGHT, wrapped_lines
from inventaris.stocktake.papers import (
    COUNT_LABELS,
    NIL,
    RECAP_HEADERS,
    TITLE_LKI,
    TITLE_RECAP,
    TOTAL_LABEL,
    TWO_PLACES,
    condition_words,
    decree_words,
    kib_words,
    list_title,
    paper_date,
    period_words,
    place_words,
    printed_text,
    scope_words,
    signature_rows,
    status_words,
)
from inventaris.stocktake.results import LHI_LISTS, ResultRow, StocktakeResults, stocktake_results

SHEET_RECAP = "Rekap"
SHEET_LKI = "LKI"
PER_ROW = 3  # signature blocks on a row of the Rekap sheet

RECAP_COLUMNS = (
    Column(RECAP_HEADERS[0], 36),
    *(Column(header, 17, Kind.WHOLE) for header in RECAP_HEADERS[1:]),
)
LKI_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Kode Barang / Register", 27, center=True),
    Column("Nama Barang", 26),
    Column("Merk/Tipe", 18),
    Column("Ruangan Tercatat", 18),
    Column("Ruangan Ditemukan", 18),
    Column("Status", 16, center=True),
    Column("Kondisi Tercatat", 13, center=True),
    Column("Kondisi Hasil Inventarisasi", 14, center=True),
    Column("Keterangan", 28),
)
LHI_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Kode Barang", 20, center=True),
    Column("Register", 10, center=True),
    Column("Nama Barang", 26),
    Column("Merk/Tipe", 18),
    Column("Ruangan/Lokasi", 18),
    Column("Tahun", 8, Kind.YEAR),
    Column("Nilai (Rp)", 15, Kind.WHOLE),
    Column("Kondisi Tercatat", 13, center=True),
    Column("Kondisi", 13, center=True),
    Column("Keterangan", 30),
    Column("Catatan", 22),
)
LHI_VALUE = 7  # 0-based position of "Nilai (Rp)"
_LABEL_COLUMNS = 1  # the Rekap's "label: value" lines: the label in A, the value from B on


def _wrapped_line(ws: Any, row: int, width: int, label: str, value: Any, chars: float) -> None:
    """A "label  value" line of the Rekap: the label bold in A, the value across the rest."""
    ws.cell(row, 1, label).font = BOLD
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width)
    cell = ws.cell(row, 2, value)
    if isinstance(value, int):
        cell.number_format = FORMAT_WHOLE
        cell.alignment = Alignment(horizontal="left", vertical="top")
        return
    cell.alignment = Alignment(horizontal="left", vertical="top", wrap_text=True)
    lines = wrapped_lines(str(value), int(chars))
    if lines > 1:
        ws.row_dimensions[row].height = BODY_LINE_HEIGHT * lines


def _write_signature_rows(
    ws: Any, row: int, rows: Sequence[Sequence[Signatory]], width: int
) -> int:
    """Rows of up to PER_ROW blocks, a shorter row centred; returns the row after the last."""
    spans = signature_spans(width, PER_ROW)
    for people in rows:
        if len(people) == 1:
            chosen = [spans[PER_ROW // 2]]
        elif len(people) == 2:
            chosen = [spans[0], spans[-1]]
        else:
            chosen = spans[: len(people)]
        height = 0
        for (first, last), person in zip(chosen, people, strict=True):
            lines = signature_lines(person)
            height = max(height, len(lines))
            for offset, (text, font) in enumerate(lines):
                if not text:
                    continue
                line = row + offset
                if last > first:
                    ws.merge_cells(
                        start_row=line, start_column=first, end_row=line, end_column=last
                    )
                cell = ws.cell(line, first, text)
                cell.alignment = Alignment(horizontal="center", vertical="center")
                if font is not None:
                    cell.font = font
        row += height + 1
    return row


def _recap_sheet(ws: Any, results: StocktakeResults, office: OfficeSettings, as_of: date) -> None:
    columns = RECAP_COLUMNS
    width = len(columns)
    view = results.stocktake
    row = write_letterhead(ws, office, TITLE_RECAP, as_of, width)
    number, decreed_on = decree_words(results)
    chars = sum(column.width for column in columns[_LABEL_COLUMNS:])
    for label, value in (
        ("Nama Inventarisasi", view.name),
        ("Nomor SK Tim", number),
        ("Tanggal SK Tim", decreed_on),
        ("Periode", period_words(results)),
        ("Cakupan", scope_words(results)),
    ):
        _wrapped_line(ws, row, width, label, value, chars)
        row += 1
    row += 1
    ws.cell(row, 1, "HASIL INVENTARISASI").font = BOLD
    row += 1
    counts = results.counts
    for key, label in COUNT_LABELS:
        _wrapped_line(ws, row, width, label, int(getattr(counts, key)), chars)
        row += 1
    row += 1
    ws.cell(row, 1, "REKAPITULASI PER KIB").font = BOLD
    header_row = row + 1
    write_table_header(ws, header_row, columns)
    lines = [
        (kib_words(r.kib), r.expected, r.found, r.not_found, r.misplaced, r.not_recorded)
        for r in results.recap
    ]
    totals_row = write_table_rows(ws, header_row + 1, columns, lines)
    totals = {index: sum(int(line[index]) for line in lines) for index in range(1, len(columns))}
    write_totals_row(ws, totals_row, columns, TOTAL_LABEL, totals)
    last_row = _write_signature_rows(
        ws, totals_row + 2, signature_rows(results, office, PER_ROW), width
    )
    set_up_pages(
        ws,
        paper_size=office.paper_size,
        header_row=header_row,
        last_row=last_row - 1,
        width=width,
        repeat_header=False,
    )
    # One signed page, upright: six columns, and the signatures never parted from the recap.
    ws.freeze_panes = None
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToHeight = 1


def _lki_sheet(ws: Any, results: StocktakeResults, office: OfficeSettings, as_of: date) -> None:
    columns = LKI_COLUMNS
    width = len(columns)
    header_row = write_letterhead(
        ws,
        office,
        TITLE_LKI,
        as_of,
        width,
        extra_lines=(f"INVENTARISASI: {results.stocktake.name}",),
    )
    write_table_header(ws, header_row, columns)
    rows = []
    for number, check in enumerate(results.checks, start=1):
        recorded = check.recorded
        notes = [text for text in (check.note, TWO_PLACES if check.conflict else "") if text]
        rows.append(
            (
                number,
                recorded.code_register,
                recorded.name,
                recorded.brand_type,
                place_words(results, recorded.place),
                place_words(results, check.found_place),
                status_words(check),
                condition_words(recorded.condition),
                condition_words(check.observed_condition),
                "; ".join(notes),
            )
        )
    last_row = write_table_rows(ws, header_row + 1, columns, rows)
    _fit_rows(ws, header_row + 1, columns, rows)
    if not rows:
        last_row = _nil_row(ws, last_row, width)
    set_up_pages(
        ws, paper_size=office.paper_size, header_row=header_row, last_row=last_row - 1, width=width
    )


def _fit_rows(
    ws: Any, first_row: int, columns: Sequence[Column], rows: Sequence[Sequence[Any]]
) -> None:
    """Give each body row the lines its wrapped texts need (as ``StreamSheet.row_points``):
    spreadsheet programs do not grow a row on opening the file."""
    for offset, values in enumerate(rows):
        lines = max(
            (
                wrapped_lines(value, max(1, int(column.width)))
                for value, column in zip(values, columns, strict=True)
                if type(value) is str and len(value) > column.width
            ),
            default=1,
        )
        if lines > 1:
            ws.row_dimensions[first_row + offset].height = BODY_LINE_HEIGHT * lines


def _nil_row(ws: Any, row: int, width: int) -> int:
    """The one row of an empty table, bold and centred across every column."""
    for column in range(1, width + 1):
        ws.cell(row, column).border = BOX
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    cell = ws.cell(row, 1, NIL)
    cell.font = BOLD
    cell.alignment = Alignment(horizontal="center", vertical="center")
    return row + 1


def lhi_values(number: int, row: ResultRow) -> tuple[Any, ...]:
    """One row of an LHI sheet, in LHI_COLUMNS' order."""
    return (
        number,
        row.code,
        register_text(row.register_number) if row.register_number is not None else "",
        row.name,
        row.brand_type,
        printed_text(row.place_name),
        row.acquisition_year or "",
        row.value if row.value is not None else "",
        condition_words(row.recorded_condition),
        condition_words(row.observed_condition),
        printed_text(row.detail),
        row.note,
    )


def _lhi_sheet(
    ws: Any, results: StocktakeResults, office: OfficeSettings, as_of: date, number: str
) -> None:
    columns = LHI_COLUMNS
    width = len(columns)
    extra = (f"FORMAT {number}", f"INVENTARISASI: {results.stocktake.name}")
    title = list_title(number).upper()
    header_row = write_letterhead(ws, office, title, as_of, width, extra_lines=extra)
    write_table_header(ws, header_row, columns)
    rows = results.lists[number]
    values = [lhi_values(index, row) for index, row in enumerate(rows, start=1)]
    last_row = write_table_rows(ws, header_row + 1, columns, values)
    _fit_rows(ws, header_row + 1, columns, values)
    if rows:
        total = sum(row.value or 0 for row in rows)
        write_totals_row(ws, last_row, columns, TOTAL_LABEL, {LHI_VALUE: total})
        last_row += 1
    else:
        last_row = _nil_row(ws, last_row, width)
    set_up_pages(
        ws, paper_size=office.paper_size, header_row=header_row, last_row=last_row - 1, width=width
    )


def write_stocktake_workbook(
    db: Database, actor: Actor, stocktake_id: int, path: Path
) -> StocktakeResults:
    """Write the stock-take's results to ``path`` (.xlsx), replacing the file if it exists;
    returns the results written."""
    results = stocktake_results(db, actor, stocktake_id)  # VIEW, and the actor's unit
    office = get_office_settings(db, actor, results.stocktake.unit_id)
    require_essentials(office)
    as_of = paper_date(results)
    workbook, recap = new_workbook(SHEET_RECAP)
    workbook.properties.title = f"{TITLE_RECAP}: {results.stocktake.name}"
    _recap_sheet(recap, results, office, as_of)
    _lki_sheet(workbook.create_sheet(SHEET_LKI), results, office, as_of)
    for number in LHI_LISTS:
        _lhi_sheet(workbook.create_sheet(number), results, office, as_of, number)
    save_workbook(workbook, path)
    return results


__all__ = [
    "LHI_COLUMNS",
    "LKI_COLUMNS",
    "RECAP_COLUMNS",
    "SHEET_LKI",
    "SHEET_RECAP",
    "lhi_values",
    "write_stocktake_workbook",
]
