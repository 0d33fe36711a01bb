"""Intrakomptabel and ekstrakomptabel apart (BMD.md §4): the workbook's Daftar Barang
Ekstrakomptabel, and the three parts the Rekapitulasi and the Mutasi print one after another.

An item whose acquisition value is below the capitalisation threshold of its jenis is
ekstrakomptabel: it stays on the register and the cards (marked in their Keterangan), but not
on the balance sheet, and it is not depreciated. The engine classifies each item
(``positions``); here the sheets are laid out.

The Rekapitulasi and the Mutasi each print three blocks, each on its own page with its own
letterhead, table header, totals and signatures, so that each can be handed over alone: all
items (as before, the Buku Inventaris' total), then the intrakomptabel part (the figures for the
balance sheet), then the ekstrakomptabel part. Line by line and in the totals, intrakomptabel +
ekstrakomptabel = all items. A part's block leaves out the lines where it has nothing.

Indonesian document text, fixed by regulation: not translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from inventaris.assets.types import AssetStatus
from inventaris.core.formatting import format_rupiah
from inventaris.core.search import register_text
from inventaris.inventory.layouts import LENT_REMARK, NIL
from inventaris.inventory.positions import (
    Amounts,
    Balances,
    InventorySnapshot,
    ItemPosition,
    MutationLine,
    RecapLine,
)
from inventaris.reports.common import Column, Kind, Signatory
from inventaris.reports.streaming import StreamSheet

SHEET = "Daftar Barang Ekstrakomptabel"
TITLE = "DAFTAR BARANG EKSTRAKOMPTABEL"
TOTAL_LABEL = "JUMLAH"

ALL, INTRA, EXTRA = "all", "intra", "extra"
# (part, the line under the block's title)
PARTS = (
    (ALL, "BARANG INTRAKOMPTABEL DAN EKSTRAKOMPTABEL"),
    (INTRA, "BARANG INTRAKOMPTABEL (NILAI UNTUK NERACA)"),
    (EXTRA, "BARANG EKSTRAKOMPTABEL (DI BAWAH BATAS KAPITALISASI)"),
)

COLUMNS = (
    Column("No", 6, Kind.WHOLE, center=True),
    Column("Kode Barang", 19, center=True),
    Column("Register", 9, center=True),
    Column("Nama/Jenis Barang", 28),
    Column("Merk/Type", 20),
    Column("Bahan", 10),
    Column("Asal Usul/Cara Perolehan", 22),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    Column("Keadaan (B/RR/RB)", 10, center=True),
    Column("Ruangan", 28),
    Column("Jumlah Barang", 9, Kind.WHOLE),
    Column("Satuan", 8, center=True),
    Column("Harga (Rp)", 16, Kind.WHOLE),
    Column("Keterangan", 22),
)
COUNT, VALUE = 10, 12  # 0-based positions of the totalled columns


def threshold_line(snapshot: InventorySnapshot) -> str:
    """The thresholds applied, under the title: the BPKAD checks them against the Perkada."""
    office = snapshot.office
    return (
        f"BATAS KAPITALISASI: PERALATAN DAN MESIN {format_rupiah(office.threshold_equipment)}; "
        f"GEDUNG DAN BANGUNAN {format_rupiah(office.threshold_building)}"
    )


def part_of_recap(line: RecapLine, part: str) -> tuple[int, int, int]:
    """(count, value, accumulated depreciation) of one part of a Rekapitulasi line."""
    if part == INTRA:
        return line.intra_count, line.intra_value, line.intra_accumulated
    if part == EXTRA:
        return line.extra_count, line.extra_value, line.extra_accumulated
    return line.count, line.value, line.accumulated


def part_of_mutation(line: MutationLine, part: str) -> Balances:
    if part == INTRA:
        return line.intra
    if part == EXTRA:
        return line.extra
    return line.total


def is_empty(balances: Balances) -> bool:
    amounts: tuple[Amounts, ...] = (
        balances.opening,
        balances.added,
        balances.removed,
        balances.closing,
    )
    return not any(a.count or a.value or a.depreciation for a in amounts)


def _origin(item: ItemPosition) -> str:
    if item.funding_source:
        return f"{item.acquisition_method} ({item.funding_source})"
    return item.acquisition_method


def _remark(item: ItemPosition) -> str:
    lent = LENT_REMARK if item.status == AssetStatus.LENT.value else ""
    return ". ".join(part for part in (lent, item.notes) if part)


@dataclass
class ExtracomptableList:
    """The Daftar Barang Ekstrakomptabel, filled during the workbook's pass over the items."""

    sheet: StreamSheet
    rooms: dict[int, str]
    number: int = 0
    value: int = 0

    @classmethod
    def begin(cls, snapshot: InventorySnapshot, sheet: StreamSheet) -> ExtracomptableList:
        sheet.start(TITLE, snapshot.as_of, (threshold_line(snapshot),))
        rooms = {room.id: f"{room.code} {room.name}".strip() for room in snapshot.rooms()}
        return cls(sheet, rooms)

    def add(self, item: ItemPosition) -> None:
        self.number += 1
        self.value += item.value
        room = self.rooms.get(item.room_id, "") if item.room_id is not None else ""
        self.sheet.body(
            (
                self.number,
                item.code,
                register_text(item.register_number),
                item.name,
                item.brand_type,
                item.material,
                _origin(item),
                item.acquisition_year,
                item.condition,
                room,
                1,
                item.quantity_unit,
                item.value,
                _remark(item),
            )
        )

    def close(self, signatories: tuple[Signatory, ...]) -> tuple[int, int]:
        """Totals, signatures; returns (items, Rupiah)."""
        if self.number == 0:
            self.sheet.nil(NIL)  # an office with no such item says so, as the empty cards
        self.sheet.totals(TOTAL_LABEL, {COUNT: self.number, VALUE: self.value})
        self.sheet.signatures(signatories)
        self.sheet.finish()
        return self.number, self.value
