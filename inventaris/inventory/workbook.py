"""The annual inventory workbook: KIB A to F, KIR, Buku Inventaris, Daftar Barang
Ekstrakomptabel, Rekapitulasi, Mutasi, Daftar Mutasi Barang and Penyusutan of one unit, as the
register stood on a date.

Every figure comes from ``inventory_positions`` (the register rebuilt from dated events), read in
one transaction, so the workbook of a year is the same whenever it is produced: nothing in it says
when it was made (the document's times are the position date, see ``common.save_workbook``), and
each year's saldo akhir is the next year's saldo awal.

The columns and their titles are the official forms', in their order, since the BPKAD compares
them column by column; where the form groups columns ("Sertifikat: Tanggal / Nomor") the table
header has two rows. Choices made here:

- Accumulated depreciation beside a value (Mutasi, Rekapitulasi, Penyusutan) is written as the
  positive figure the engine computed and shown in parentheses (``common.FORMAT_CONTRA``), the
  way financial statements print a deduction. Storing it negative would print the same, but
  every cell would then differ in sign from the engine's figure, and awal + bertambah − berkurang
  = akhir holds on the stored numbers either way; the positive figure is the one a reader copies
  and compares.
- The KIR folds consecutive registers that look alike into one row ("000101 – 000150",
  Jumlah 50), exactly as the one-room KIR (``kir.fold``): a room page reads the same from both.
  Each room starts on its own page with its own letterhead and table header, so the KIR sheet
  repeats no header rows (a sheet repeats one range of rows, which would print the first room's
  header above every other room's letterhead).
- A card with no item (often KIB D, E or F in a Bagian Umum) is printed all the same: its
  header, a "NIHIL" row, the totals and the signatures, as regional systems print it.
- The Rekapitulasi and the Mutasi print three blocks, each on its own page: all items, the
  intrakomptabel ones (the balance sheet's figures) and the ekstrakomptabel ones
  (``sheets_extracomptable``); the cards mark the ekstrakomptabel items in their Keterangan.
- One pass over the items writes KIB A to F, the Buku Inventaris and the Daftar Barang
  Ekstrakomptabel side by side (write-only sheets each stream to their own file, in a folder of
  this export's own that is removed however the export ends); the Penyusutan takes a second
  pass, as it lists the items disposed of during the year too (``sheets_depreciation``), and the
  KIR a third, by room. The Daftar Mutasi Barang reads only the items that moved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from inventaris.catalog import kib_of
from inventaris.core.db import Database
from inventaris.core.errors import Cancelled, ValidationError
from inventaris.core.formatting import format_date
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor
from inventaris.inventory import kir, sheets_depreciation
from inventaris.inventory import sheets_extracomptable as extra_sheet
from inventaris.inventory import sheets_item_mutation as item_mutation
from inventaris.inventory.layouts import (
    BOOK_COLUMNS,
    BOOK_VALUE,
    KIB_LAYOUTS,
    MUTATION_LAYOUT,
    NIL,
    RECAP_COLUMNS,
    RECAP_KIB_COLUMNS,
    SHEET_BOOK,
    SHEET_DEPRECIATION,
    SHEET_KIB,
    SHEET_KIR,
    SHEET_MUTATION,
    SHEET_RECAP,
    TITLE_BOOK,
    TITLE_KIB,
    TITLE_MUTATION,
    TITLE_RECAP,
    book_row,
    kib_row,
)
from inventaris.inventory.positions import (
    InventorySnapshot,
    ItemPosition,
    inventory_snapshot,
)
from inventaris.reports.common import (
    Column,
    Kind,
    Signatory,
    custodian,
    head_of_unit,
    require_essentials,
    save_workbook,
)
from inventaris.reports.streaming import StreamSheet, stream_workbook

MSG_DATE_NOT_IN_YEAR = QT_TRANSLATE_NOOP(
    "Engine", "The position date {date} is not in {year}: choose a date of that year."
)

TOTAL_LABEL = "JUMLAH"
CARD_KIBS = ("A", "B", "C", "D", "E", "F")
ROOM_KIBS = ("B", "E")
STEP = 1000  # items between two progress reports and cancel checks

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class SheetSummary:
    name: str
    columns: int
    rows: int  # table rows, every block of the sheet
    items: int  # items listed (KIR: the total Jumlah; Rekapitulasi and Mutasi: their items)
    total: int  # Rupiah of the totals row (Mutasi: saldo akhir; Penyusutan: book value; KIR: 0)


@dataclass(frozen=True)
class InventoryWorkbookReport:
    path: Path
    year: int
    as_of: date
    sheets: tuple[SheetSummary, ...]

    def sheet(self, name: str) -> SheetSummary:
        return next(summary for summary in self.sheets if summary.name == name)

    @property
    def items(self) -> int:
        """Items on the register on the position date (the Buku Inventaris lists them all)."""
        return self.sheet(SHEET_BOOK).items

    @property
    def value(self) -> int:
        """Their value in Rupiah on that date."""
        return self.sheet(SHEET_BOOK).total

    @property
    def cells(self) -> int:
        """Table cells written (rows × columns), for the benchmark."""
        return sum(summary.rows * summary.columns for summary in self.sheets)


class _Ticker:
    """Reports progress and polls for cancel every ``STEP`` items, not per row."""

    def __init__(self, total: int, progress: Progress | None, cancelled: IsCancelled | None):
        self.total = max(total, 1)
        self.items = self.total  # what the user is told: items, though the KIR is a second pass
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._next = STEP

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def report(self) -> None:
        if self._progress is not None:
            done = min(self.done, self.total)
            self._progress(done * self.items // self.total, self.items)

    def step(self) -> None:
        self.done += 1
        if self.done >= self._next:
            self._next += STEP
            self.report()
            self.check()

    def reach(self, done: int) -> None:
        self.done = max(self.done, done)
        self._next = self.done + STEP
        self.report()
        self.check()


def _fixed_time(as_of: date) -> datetime:
    """The document's created and modified times: the position date, so that they never change."""
    return datetime(as_of.year, as_of.month, as_of.day)  # noqa: DTZ001 - naive UTC, as openpyxl


def _signatures(snapshot: InventorySnapshot) -> tuple[Signatory, ...]:
    return head_of_unit(snapshot.office), custodian(snapshot.office, snapshot.as_of)


class _Card:
    """A sheet listing items, numbered, with a Rupiah total."""

    def __init__(self, sheet: StreamSheet, total_columns: Iterable[int]) -> None:
        self.sheet = sheet
        self.number = 0
        self.totals = dict.fromkeys(total_columns, 0)

    def add(self, values: tuple[Any, ...]) -> None:
        self.number += 1
        self.sheet.body(values)
        for index in self.totals:
            self.totals[index] += values[index]

    def close(self, signatories: tuple[Signatory, ...], value_column: int) -> SheetSummary:
        if self.number == 0:
            self.sheet.nil(NIL)
        self.sheet.totals(TOTAL_LABEL, self.totals)
        self.sheet.signatures(signatories)
        self.sheet.finish()
        return SheetSummary(
            self.sheet.ws.title,
            self.sheet.width,
            self.sheet.body_rows,
            self.number,
            self.totals[value_column],
        )


def _money_columns(columns: tuple[Column, ...], *, skip: int = 1) -> list[int]:
    """0-based positions of the Rupiah/count columns to total (all WHOLE/CONTRA after ``skip``)."""
    return [
        index
        for index, column in enumerate(columns)
        if index >= skip and column.kind in (Kind.WHOLE, Kind.CONTRA)
    ]


def _item_sheets(
    snapshot: InventorySnapshot, sheets: dict[str, StreamSheet], ticker: _Ticker
) -> list[SheetSummary]:
    """KIB A to F and Buku Inventaris in one pass over the items."""
    as_of = snapshot.as_of
    cards = {
        kib: _Card(sheets[SHEET_KIB[kib]], _money_columns(KIB_LAYOUTS[kib].columns))
        for kib in CARD_KIBS
    }
    book = _Card(sheets[SHEET_BOOK], _money_columns(BOOK_COLUMNS))
    for kib in CARD_KIBS:
        cards[kib].sheet.start(TITLE_KIB[kib], as_of)
    book.sheet.start(TITLE_BOOK, as_of)
    extra = extra_sheet.ExtracomptableList.begin(snapshot, sheets[extra_sheet.SHEET])
    for item in snapshot.items():
        card_kib = kib_of(item.code)
        card = cards.get(card_kib) if card_kib is not None else None
        if card is not None and card_kib is not None:
            card.add(kib_row(card_kib, card.number + 1, item))
        book.add(book_row(book.number + 1, card_kib, item))
        if item.extracomptable:
            extra.add(item)
        ticker.step()
    signatories = _signatures(snapshot)
    summaries = [cards[kib].close(signatories, KIB_LAYOUTS[kib].value_column) for kib in CARD_KIBS]
    summaries.append(book.close(signatories, BOOK_VALUE))
    items, value = extra.close(signatories)
    summaries.append(
        SheetSummary(extra.sheet.ws.title, extra.sheet.width, extra.sheet.body_rows, items, value)
    )
    return summaries


def _depreciation_sheet(
    snapshot: InventorySnapshot, sheet: StreamSheet, ticker: _Ticker
) -> SheetSummary:
    """The Penyusutan list, disposed items included, and its reconciliation with the Mutasi."""
    done = sheets_depreciation.write_depreciation_sheet(
        snapshot, sheet, _signatures(snapshot), ticker.check
    )
    book = done.totals[sheets_depreciation.BOOK]
    return SheetSummary(sheet.ws.title, sheet.width, sheet.body_rows, done.lines, book)


def _kir_item(item: ItemPosition) -> Any:
    return kir._Item(  # the one-room KIR's fold, so both show a room alike
        item.code,
        item.register_number,
        item.name,
        item.specification,
        item.brand_type,
        item.acquisition_year,
        item.quantity_unit,
        item.condition,
        item.nibar,
    )


def _kir_sheet(snapshot: InventorySnapshot, sheet: StreamSheet, ticker: _Ticker) -> SheetSummary:
    """Each room holding KIB B or E items on the date, on pages of its own (``kir.write_room``:
    the letterhead, the room and "Halaman k dari n" on each of them)."""
    office, as_of = snapshot.office, snapshot.as_of
    items = 0
    started = False
    kir.begin_card(sheet, office, as_of)
    for room, positions in snapshot.room_items():
        lines = kir.fold([_kir_item(position) for position in positions])
        identity = kir.room_page(room.code, room.name, room.responsible_name, room.responsible_nip)
        kir.write_room(sheet, office, identity, lines, as_of, first=not started)
        started = True
        items += sum(line.count for line in lines)
        for _ in positions:
            ticker.step()
    if not started:  # no room holds items: the card still says so, signed
        kir.write_room(sheet, office, None, [], as_of)
    sheet.finish()
    return SheetSummary(sheet.ws.title, sheet.width, sheet.body_rows, items, 0)


def _by_kib(code: str, value: int) -> tuple[int | None, ...]:
    """The Rekapitulasi's KIB columns of a line: its value under its KIB, the others empty."""
    kib = kib_of(code)
    return tuple(value if kib == column else None for column in RECAP_KIB_COLUMNS)


def _parts(
    sheet: StreamSheet, title: str, as_of: date, headings: tuple[str, ...]
) -> Iterator[tuple[int, str]]:
    """Each part's block in turn (all items, intra, ekstra): its title and headings, then the
    caller writes its lines (``sheets_extracomptable.PARTS``)."""
    for block, (part, label) in enumerate(extra_sheet.PARTS):
        if block:
            sheet.next_block(title, as_of, (*headings, label))
        else:
            sheet.start(title, as_of, (*headings, label), repeat_header=False)
        yield block, part


def _end_block(
    snapshot: InventorySnapshot, sheet: StreamSheet, lines: int, totals: dict[int, int]
) -> None:
    if lines == 0:
        sheet.nil(NIL)
    sheet.totals(TOTAL_LABEL, totals)
    sheet.signatures(_signatures(snapshot))


def _recap_sheet(snapshot: InventorySnapshot, sheet: StreamSheet) -> SheetSummary:
    """Three blocks: all items, intrakomptabel, ekstrakomptabel (``sheets_extracomptable``)."""
    recap = snapshot.recap()
    whole = (0, 0)  # the first block's count and value: the summary's
    for block, part in _parts(sheet, TITLE_RECAP, snapshot.as_of, ()):
        totals = {3: 0, 4: 0, 5: 0, 6: 0, **dict.fromkeys(RECAP_KIB_COLUMNS.values(), 0)}
        number = 0
        for line in recap:
            count, value, accumulated = extra_sheet.part_of_recap(line, part)
            if not (count or value):
                continue  # nothing of this part under the code
            by_kib = _by_kib(line.code, value)
            if line.is_jenis:
                number += 1
                for index, amount in zip(
                    (3, 4, 5, 6), (count, value, accumulated, value - accumulated), strict=True
                ):
                    totals[index] += amount
                for index, under_kib in zip(RECAP_KIB_COLUMNS.values(), by_kib, strict=True):
                    totals[index] += under_kib or 0
            sheet.body(
                (
                    number if line.is_jenis else None,
                    line.code,
                    line.name,
                    count,
                    value,
                    accumulated,
                    value - accumulated,
                    *by_kib,
                ),
                strong=line.is_jenis,
            )
        _end_block(snapshot, sheet, number, totals)
        if block == 0:
            whole = (totals[3], totals[4])
    sheet.finish()
    return SheetSummary(sheet.ws.title, sheet.width, sheet.body_rows, *whole)


def _mutation_sheet(snapshot: InventorySnapshot, sheet: StreamSheet) -> SheetSummary:
    """Three blocks: all items, intrakomptabel, ekstrakomptabel (``sheets_extracomptable``)."""
    title = item_mutation.semester_title(TITLE_MUTATION, snapshot.as_of)
    period = item_mutation.period_line(snapshot)
    mutation = snapshot.mutation()
    whole = (0, 0)  # the first block's saldo akhir, count and value: the summary's
    for block, part in _parts(sheet, title, snapshot.as_of, (period,)):
        totals = {index: 0 for index in range(3, 15)}
        number = 0
        for line in mutation:
            balances = extra_sheet.part_of_mutation(line, part)
            if block and extra_sheet.is_empty(balances):
                continue  # nothing of this part under the code
            figures: list[int] = []
            for amounts in (balances.opening, balances.added, balances.removed, balances.closing):
                figures += (amounts.count, amounts.value, amounts.depreciation)
            for index, amount in enumerate(figures, start=3):
                totals[index] += amount
            number += 1
            sheet.body((number, line.code, line.name, *figures))
        _end_block(snapshot, sheet, number, totals)
        if block == 0:
            whole = (totals[12], totals[13])
    sheet.finish()
    return SheetSummary(sheet.ws.title, sheet.width, sheet.body_rows, *whole)


def _item_mutation_sheet(
    snapshot: InventorySnapshot, sheet: StreamSheet, ticker: _Ticker
) -> SheetSummary:
    """Each item added or removed in the period (``sheets_item_mutation``)."""
    lines, totals = item_mutation.write_item_mutation_sheet(
        snapshot, sheet, _signatures(snapshot), ticker.check
    )
    return SheetSummary(sheet.ws.title, sheet.width, sheet.body_rows, lines, totals[15])


def _validate(year: int, as_of: date | None) -> None:
    if as_of is not None and as_of.year != year:
        raise ValidationError(
            MSG_DATE_NOT_IN_YEAR, field="as_of", date=format_date(as_of), year=year
        )


def write_inventory_workbook(
    db: Database,
    actor: Actor,
    year: int,
    path: Path,
    *,
    as_of: date | None = None,
    unit_id: int | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> InventoryWorkbookReport:
    """Write the inventory workbook of ``year`` (position on ``as_of``, 31 December unless given)
    to ``path``, replacing it. ``progress(done, total)`` is called every thousand items or so,
    and ``cancelled()`` polled as often: when it returns True, nothing is written and
    ``Cancelled`` is raised."""
    _validate(year, as_of)
    with inventory_snapshot(db, actor, year, as_of, unit_id) as snapshot:
        require_essentials(snapshot.office)
        ticker = _Ticker(0, progress, cancelled)
        ticker.check()
        mutation = snapshot.mutation()
        on_date = sum(line.closing.count for line in mutation)
        in_rooms = sum(line.closing.count for line in mutation if kib_of(line.code) in ROOM_KIBS)
        ticker.total = max(on_date + in_rooms, 1)
        ticker.items = max(on_date, 1)
        ticker.reach(0)
        with stream_workbook(f"Inventaris Barang {year}") as workbook:
            sheets = {
                name: StreamSheet(
                    workbook,
                    name,
                    layout,
                    paper_size=snapshot.office.paper_size,
                    office=snapshot.office,
                )
                for name, layout in SHEETS
            }
            summaries = {
                summary.name: summary for summary in _item_sheets(snapshot, sheets, ticker)
            }
            summaries[SHEET_DEPRECIATION] = _depreciation_sheet(
                snapshot, sheets[SHEET_DEPRECIATION], ticker
            )
            ticker.reach(on_date)
            summaries[SHEET_KIR] = _kir_sheet(snapshot, sheets[SHEET_KIR], ticker)
            summaries[SHEET_RECAP] = _recap_sheet(snapshot, sheets[SHEET_RECAP])
            summaries[SHEET_MUTATION] = _mutation_sheet(snapshot, sheets[SHEET_MUTATION])
            summaries[item_mutation.SHEET] = _item_mutation_sheet(
                snapshot, sheets[item_mutation.SHEET], ticker
            )
            ticker.reach(ticker.total)
            save_workbook(workbook, path, fixed_time=_fixed_time(snapshot.as_of))
        return InventoryWorkbookReport(
            path=path,
            year=year,
            as_of=snapshot.as_of,
            sheets=tuple(summaries[name] for name, _ in SHEETS),
        )


SHEETS = (
    (SHEET_KIB["A"], KIB_LAYOUTS["A"].layout),
    (SHEET_KIB["B"], KIB_LAYOUTS["B"].layout),
    (SHEET_KIB["C"], KIB_LAYOUTS["C"].layout),
    (SHEET_KIB["D"], KIB_LAYOUTS["D"].layout),
    (SHEET_KIB["E"], KIB_LAYOUTS["E"].layout),
    (SHEET_KIB["F"], KIB_LAYOUTS["F"].layout),
    (SHEET_KIR, kir.COLUMNS),
    (SHEET_BOOK, BOOK_COLUMNS),
    (extra_sheet.SHEET, extra_sheet.COLUMNS),
    (SHEET_RECAP, RECAP_COLUMNS),
    (SHEET_MUTATION, MUTATION_LAYOUT),
    (item_mutation.SHEET, item_mutation.LAYOUT),
    (SHEET_DEPRECIATION, sheets_depreciation.DEPRECIATION_LAYOUT),
)
