"""The workbook's Penyusutan sheet: every depreciated item on the register at some time in the
year, with this year's charge, and the reconciliation of the accumulated depreciation.

Each row: akumulasi awal (31 December of the year before) + beban tahun ini − akumulasi barang
berkurang = akumulasi akhir (the position date). An item disposed of during the year is listed
too: its charges up to the disposal are part of the year's charge (the semesters ended while it
was on the register: ``depreciation``'s rules), and its accumulated depreciation then leaves as
"berkurang", so its akumulasi akhir and nilai buku are 0; its Nilai Perolehan is the value it
left with. Below the totals the sheet reconciles the four totals and sets the akhir beside the
Laporan Mutasi's saldo akhir of accumulated depreciation (the sum of its lines), which must be
equal: both come from the same positions (``inventory_snapshot``), read in one transaction.

Chosen here:
- Beban tahun ini is the accumulated depreciation on the item's last day on the register in the
  period less that on 31 December before, each under the code the item had that day, as the
  Mutasi counts them. With no reclassification between codes of different useful lives (the
  usual case) it is exactly the sum of the year's semester charges; with one, the recomputation
  under the new life is part of it, so the reconciliation still holds.
- The useful life shown is the code's, plus the years improvements made by the date added
  (``ValueChange.extra_years``); the semesters used and remaining are those of the schedule on
  the item's last day on the register (``depreciation.life_used``).

Indonesian document text, fixed by regulation: not translated.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select

from inventaris.core.formatting import format_date, format_date_long
from inventaris.core.search import register_text
from inventaris.core.timeutil import to_wib
from inventaris.inventory.depreciation import (
    acquisition_day,
    depreciation_with_changes,
    life_used,
)
from inventaris.inventory.positions import InventorySnapshot
from inventaris.model import Asset
from inventaris.reports.common import Column, Kind, Signatory
from inventaris.reports.streaming import Group, Layout, StreamSheet, flatten

TITLE = "DAFTAR PENYUSUTAN BARANG MILIK DAERAH"
TOTAL_LABEL = "JUMLAH"
STEP = 1000  # rows between two cancel checks

DEPRECIATION_LAYOUT: Layout = (
    Column("No", 6, Kind.WHOLE, center=True),
    Column("Kode Barang", 19, center=True),
    Column("Register", 9, center=True),
    Column("Nama Barang", 26),
    Column("Merk/Type", 18),
    Column("No. Pabrik/Rangka/Mesin", 20),
    Column("Bahan", 12),
    Column("Asal Usul/Cara Perolehan", 20),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    Column("Nilai Perolehan (Rp)", 17, Kind.WHOLE),
    Group(
        "Masa Manfaat",
        (
            Column("Tahun", 8, Kind.YEAR),
            Column("Terpakai (Semester)", 11, Kind.WHOLE, center=True),
            Column("Sisa (Semester)", 11, Kind.WHOLE, center=True),
        ),
    ),
    Column("Akumulasi Penyusutan Awal (Rp)", 17, Kind.CONTRA),
    Column("Beban Penyusutan Tahun Ini (Rp)", 17, Kind.WHOLE),
    Column("Akumulasi Penyusutan Barang Berkurang (Rp)", 17, Kind.CONTRA),
    Column("Akumulasi Penyusutan Akhir (Rp)", 17, Kind.CONTRA),
    Column("Nilai Buku (Rp)", 17, Kind.WHOLE),
    Column("Keterangan", 28),
)
COLUMNS = flatten(DEPRECIATION_LAYOUT)
# 0-based positions of the figures (the totals row and the reconciliation use them)
VALUE, OPENING, CHARGE, REMOVED, CLOSING, BOOK = 9, 13, 14, 15, 16, 17
TOTALLED = (VALUE, OPENING, CHARGE, REMOVED, CLOSING, BOOK)

DISPOSED_REMARK = "Dihapus {date}"
EXTENDED_REMARK = "Masa manfaat +{years} tahun (kapitalisasi {date})"

_COLUMNS = (
    Asset.id,
    Asset.code,
    Asset.register_number,
    Asset.name,
    Asset.brand_type,
    Asset.serial_number,
    Asset.chassis_number,
    Asset.engine_number,
    Asset.material,
    Asset.acquisition_method,
    Asset.funding_source,
    Asset.acquisition_date,
    Asset.acquisition_year,
    Asset.price,
    Asset.disposed_on,
    Asset.disposal_reason,
    Asset.disposal_decree,
    Asset.created_at,
)


class DepreciationLine(NamedTuple):
    """One item's row: its identity on its last day on the register in the period, and its
    depreciation over the period."""

    asset_id: int
    code: str
    register_number: int
    name: str
    brand_type: str
    numbers: str  # No. pabrik / rangka / mesin, those known
    material: str
    origin: str
    acquisition_year: int
    value: int  # on its last day on the register
    years: int | None  # useful life with extra years; None: no longer depreciated
    used: int  # semesters
    remaining: int  # semesters
    opening: int  # accumulated on 31 December before the period
    charge: int  # this year's charge while on the register
    removed: int  # accumulated when it left (disposed of), else 0
    closing: int  # accumulated on the position date (0 when it left)
    book_value: int  # on the position date (0 when it left)
    remark: str

    def values(self, number: int) -> tuple[Any, ...]:
        return (
            number,
            self.code,
            register_text(self.register_number),
            self.name,
            self.brand_type,
            self.numbers,
            self.material,
            self.origin,
            self.acquisition_year,
            self.value,
            self.years,
            self.used if self.years is not None else None,
            self.remaining if self.years is not None else None,
            self.opening,
            self.charge,
            self.removed,
            self.closing,
            self.book_value,
            self.remark,
        )


def _origin(method: str, funding: str) -> str:
    """As on the KIB and the Buku Inventaris: "Pengadaan (APBD 2021)"."""
    return f"{method} ({funding})" if funding else method


def _line(snapshot: InventorySnapshot, row: Any) -> DepreciationLine | None:
    (
        asset_id,
        code,
        register,
        name,
        brand_type,
        serial,
        chassis,
        engine,
        material,
        method,
        funding,
        acquisition_date,
        acquisition_year,
        price,
        disposed_on,
        reason,
        decree,
        created_at,
    ) = row
    opening_day = snapshot.period_start - timedelta(days=1)
    acquired_on = acquisition_day(acquisition_date, acquisition_year, to_wib(created_at).date())
    first = max(acquired_on, opening_day)
    last = snapshot.as_of
    left = disposed_on is not None and disposed_on <= snapshot.as_of
    if left:
        last = disposed_on - timedelta(days=1)  # on the register until the day before
    if last < first:
        return None  # acquired and disposed of on one day of the period: never on a card
    changes = snapshot.value_changes.get(asset_id, ())
    base = price - sum(change.amount for change in changes)
    opening = 0
    if first == opening_day:
        code_then = snapshot.code_on(asset_id, code, register, opening_day)[0]
        years_then = snapshot.useful_years(code_then, base)
        opening = depreciation_with_changes(
            base, acquired_on, years_then, changes, opening_day
        ).accumulated
    code, register = snapshot.code_on(asset_id, code, register, last)
    years = snapshot.useful_years(code, base)
    if years is None and opening == 0:
        return None  # not depreciated
    position = depreciation_with_changes(base, acquired_on, years, changes, last)
    life = life_used(acquired_on, years, changes, last) if years is not None else None
    remarks = [
        EXTENDED_REMARK.format(years=change.extra_years, date=format_date(change.occurred_on))
        for change in changes
        if change.extra_years and change.occurred_on <= last
    ]
    if left:
        assert disposed_on is not None
        said = ", ".join(part for part in (reason, decree) if part)
        remark = DISPOSED_REMARK.format(date=format_date(disposed_on))
        remarks.insert(0, f"{remark} ({said})" if said else remark)
    return DepreciationLine(
        asset_id=asset_id,
        code=code,
        register_number=register,
        name=name,
        brand_type=brand_type,
        numbers=" / ".join(text for text in (serial, chassis, engine) if text),
        material=material,
        origin=_origin(method, funding),
        acquisition_year=acquisition_year,
        value=position.value,
        years=life.years if life is not None else None,
        used=life.used if life is not None else 0,
        remaining=life.remaining if life is not None else 0,
        opening=opening,
        charge=position.accumulated - opening,
        removed=position.accumulated if left else 0,
        closing=0 if left else position.accumulated,
        book_value=0 if left else position.book_value,
        remark="; ".join(remarks),
    )


def _order(line: DepreciationLine) -> tuple[str, int]:
    return line.code, line.register_number


def depreciation_lines(snapshot: InventorySnapshot) -> Iterator[DepreciationLine]:
    """Every depreciated item on the register at some time from 1 January to the position date,
    by code and register (those it had on its last day there), streamed."""
    opening_day = snapshot.period_start - timedelta(days=1)
    exists = snapshot.exists_filter(opening_day)
    query = select(*_COLUMNS).where(exists).order_by(Asset.code, Asset.register_number)
    # Items reclassified after the date are listed under their code then, so out of today's order.
    late_ids = snapshot.changed_later({"code"})
    late: list[DepreciationLine] = []
    for chunk_start in range(0, len(late_ids), 500):
        chunk = sorted(late_ids)[chunk_start : chunk_start + 500]
        for row in snapshot.connection.execute(select(*_COLUMNS).where(Asset.id.in_(chunk))):
            found = _line(snapshot, row)
            if found is not None:
                late.append(found)
    late.sort(key=_order)

    def stream() -> Iterator[DepreciationLine]:
        rows = snapshot.connection.execute(query.execution_options(yield_per=2000))
        for row in rows:
            if row[0] in late_ids:
                continue
            found = _line(snapshot, row)
            if found is not None:
                yield found

    yield from heapq.merge(stream(), late, key=_order)


class DepreciationTotals(NamedTuple):
    lines: int
    totals: dict[int, int]  # 0-based column -> total
    mutation_closing: int  # the Laporan Mutasi's saldo akhir of accumulated depreciation


def write_depreciation_sheet(
    snapshot: InventorySnapshot,
    sheet: StreamSheet,
    signatories: tuple[Signatory, ...],
    check: Callable[[], None] | None = None,
) -> DepreciationTotals:
    """Write the sheet: the items, the totals, the reconciliation, the signatures.

    ``check`` is called every thousand rows or so (it raises to cancel)."""
    as_of = snapshot.as_of
    sheet.start(TITLE, as_of)
    totals = dict.fromkeys(TOTALLED, 0)
    number = 0
    for line in depreciation_lines(snapshot):
        number += 1
        values = line.values(number)
        sheet.body(values)
        for index in totals:
            totals[index] += values[index]
        if check is not None and number % STEP == 0:
            check()
    sheet.totals(TOTAL_LABEL, totals)
    mutation_closing = sum(line.closing.depreciation for line in snapshot.mutation())
    computed = totals[OPENING] + totals[CHARGE] - totals[REMOVED]
    opening_day = snapshot.period_start - timedelta(days=1)
    for label, amount in reconciliation(opening_day, as_of, totals, computed, mutation_closing):
        sheet.totals(label, {CLOSING: amount})
    sheet.signatures(signatories)
    sheet.finish()
    return DepreciationTotals(number, totals, mutation_closing)


def reconciliation(
    opening_day: date, as_of: date, totals: dict[int, int], computed: int, mutation_closing: int
) -> list[tuple[str, int]]:
    """The lines below the totals: awal + beban − berkurang = akhir, and the Mutasi's figure."""
    return [
        (f"Akumulasi penyusutan per {format_date_long(opening_day)}", totals[OPENING]),
        ("Ditambah: beban penyusutan tahun ini", totals[CHARGE]),
        ("Dikurangi: akumulasi penyusutan barang berkurang", totals[REMOVED]),
        (
            f"Akumulasi penyusutan per {format_date_long(as_of)} (awal + beban − berkurang)",
            computed,
        ),
        ("Akumulasi penyusutan saldo akhir menurut Laporan Mutasi Barang", mutation_closing),
        ("Selisih", computed - mutation_closing),
    ]
