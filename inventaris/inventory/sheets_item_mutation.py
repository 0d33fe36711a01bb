"""The workbook's Daftar Mutasi Barang: each item that came, left or gained value in the period,
beside the Laporan Mutasi's lines per objek (BMD.md §5: regional systems print both).

One row per item and code: an item reclassified in the period has a row under its old code
(berkurang) and one under its new code (bertambah). The columns follow the older Daftar Mutasi
Barang form: Jumlah Awal, Berkurang, Bertambah and Jumlah Akhir, each as a count (Barang) and
Rupiah (Harga), so that on every row awal − berkurang + bertambah = akhir; an improvement
(kapitalisasi) is a row with Rupiah in Bertambah and no count. The totals of Berkurang and
Bertambah equal the Laporan Mutasi's, count and value (its accumulated depreciation is not
repeated here).

Titles: a report at 30 June is the "Semester I" one, at 31 December "Semester II / Tahunan"
(the period always starts on 1 January); on another date the title names no semester.

Indonesian document text, fixed by regulation: not translated.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from inventaris.core.formatting import format_date, format_date_long, format_rupiah
from inventaris.core.search import code_register, register_text
from inventaris.inventory.layouts import EXTRA_REMARK, NIL
from inventaris.inventory.positions import InventorySnapshot, ItemMovement
from inventaris.reports.common import Column, Kind, Signatory
from inventaris.reports.streaming import Group, Layout, StreamSheet, flatten

SHEET = "Daftar Mutasi Barang"
TITLE = "DAFTAR MUTASI BARANG"
TOTAL_LABEL = "JUMLAH"
STEP = 1000  # rows between two cancel checks
SEMESTER_I = "SEMESTER I"
SEMESTER_II = "SEMESTER II / TAHUNAN"


def _pair(title: str) -> Group:
    return Group(title, (Column("Barang", 8, Kind.WHOLE), Column("Harga (Rp)", 16, Kind.WHOLE)))


LAYOUT: Layout = (
    Column("No", 6, Kind.WHOLE, center=True),
    Column("Kode Barang", 19, center=True),
    Column("Register", 9, center=True),
    Column("Nama Barang", 24),
    Column("Spesifikasi", 24),
    Column("Asal Usul/Cara Perolehan", 22),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    Column("Kondisi (B/RR/RB)", 10, center=True),
    _pair("Jumlah Awal"),
    _pair("Berkurang"),
    _pair("Bertambah"),
    _pair("Jumlah Akhir"),
    Column("Keterangan", 34),
)
COLUMNS = flatten(LAYOUT)
FIGURES = range(8, 16)  # 0-based: awal, berkurang, bertambah, akhir (Barang, Harga) each


def semester_title(title: str, as_of: date) -> str:
    """``title`` with the semester of a report at 30 June or 31 December."""
    if (as_of.month, as_of.day) == (6, 30):
        return f"{title} {SEMESTER_I}"
    if (as_of.month, as_of.day) == (12, 31):
        return f"{title} {SEMESTER_II}"
    return title


def period_line(snapshot: InventorySnapshot) -> str:
    start, end = snapshot.period_start, snapshot.as_of
    return f"PERIODE: {format_date_long(start)} s.d. {format_date_long(end)}"


def _remark(line: ItemMovement) -> str:
    parts: list[str] = []
    if line.came == "acquired":
        parts.append("Perolehan baru")
    elif line.came_from is not None:
        parts.append(f"Reklasifikasi dari {code_register(*line.came_from)}")
    if line.improved:
        parts.append(f"Kapitalisasi {format_rupiah(line.improved)}")
    if line.left == "disposed":
        disposal = "Dihapus"
        if line.disposed_on is not None:
            disposal += f" {format_date(line.disposed_on)}"
        if line.disposal_reason:
            disposal += f" ({line.disposal_reason})"
        if line.disposal_decree:
            disposal += f", {line.disposal_decree}"
        parts.append(disposal)
    elif line.went_to is not None:
        parts.append(f"Reklasifikasi ke {code_register(*line.went_to)}")
    if line.extracomptable:
        parts.append(EXTRA_REMARK)
    return "; ".join(parts)


def _specification(line: ItemMovement) -> str:
    return ", ".join(text for text in (line.brand_type, line.specification) if text)


def _origin(line: ItemMovement) -> str:
    if line.funding_source:
        return f"{line.acquisition_method} ({line.funding_source})"
    return line.acquisition_method


def row(number: int, line: ItemMovement) -> tuple[object, ...]:
    return (
        number,
        line.code,
        register_text(line.register_number),
        line.name,
        _specification(line),
        _origin(line),
        line.acquisition_year,
        line.condition,
        line.opening_count,
        line.opening_value,
        line.removed_count,
        line.removed_value,
        line.added_count,
        line.added_value,
        line.closing_count,
        line.closing_value,
        _remark(line),
    )


def write_item_mutation_sheet(
    snapshot: InventorySnapshot,
    sheet: StreamSheet,
    signatories: tuple[Signatory, ...],
    check: Callable[[], None],
) -> tuple[int, dict[int, int]]:
    """Write the sheet; returns the rows written and the totals by 0-based column."""
    sheet.start(semester_title(TITLE, snapshot.as_of), snapshot.as_of, (period_line(snapshot),))
    totals = dict.fromkeys(FIGURES, 0)
    number = 0
    for number, line in enumerate(snapshot.movements(), start=1):
        values = row(number, line)
        for index in FIGURES:
            amount = values[index]
            assert isinstance(amount, int)
            totals[index] += amount
        sheet.body(values)
        if number % STEP == 0:
            check()
    if number == 0:
        sheet.nil(NIL)
    sheet.totals(TOTAL_LABEL, totals)
    sheet.signatures(signatories)
    sheet.finish()
    return number, totals
