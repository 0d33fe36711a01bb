"""Kartu Inventaris Ruangan (KIR, Permendagri 47/2021 Format III.K.2) of one room as .xlsx.

The card lists the room's KIB B and KIB E items that are still on the register (active or lent),
by kode barang and register number. Consecutive registers of one code that agree on name,
specification, merk/type, year and unit of count share one row, SIMDA style: "000101 – 000150",
Jumlah 50. The contents are the register as it stands now; ``as_of`` is the date printed in the
"Keadaan per" line and beside the Pengurus Barang's signature.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from inventaris.assets.register import DEFAULT_STATUSES
from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.catalog import KIB_BY_JENIS
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import register_text
from inventaris.core.timeutil import to_wib
from inventaris.locations import RoomView, get_room
from inventaris.model import Asset
from inventaris.office import get_office_settings
from inventaris.reports.common import (
    Column,
    Kind,
    Signatory,
    custodian,
    head_of_unit,
    new_workbook,
    require_essentials,
    save_workbook,
    set_up_pages,
    write_letterhead,
    write_signatures,
    write_table_header,
    write_table_rows,
    write_totals_row,
)

TITLE = "KARTU INVENTARIS RUANGAN (KIR)"
SHEET = "KIR"
ROOM_KIBS = ("B", "E")  # only equipment and other fixed assets sit in rooms
RANGE_DASH = " – "

COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("NIBAR", 22, center=True),
    Column("Nomor Register", 19, center=True),
    Column("Kode Barang", 20, center=True),
    Column("Nama Barang", 28),
    Column("Spesifikasi Nama Barang", 30),
    Column("Merk/Tipe", 20),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    Column("Jumlah", 9, Kind.WHOLE),
    Column("Satuan", 9, center=True),
    Column("Keterangan", 24),
)
JUMLAH = 8  # 0-based position of "Jumlah" in COLUMNS
TOTAL_LABEL = "JUMLAH"


@dataclass(frozen=True)
class KirReport:
    path: Path
    rows: int  # table rows, after folding
    items: int  # physical items (the total Jumlah)


@dataclass(frozen=True)
class _Item:
    code: str
    register_number: int
    name: str
    specification: str
    brand_type: str
    acquisition_year: int
    quantity_unit: str
    condition: str
    nibar: str

    @property
    def fold_key(self) -> tuple[str, str, str, str, int, str]:
        return (
            self.code,
            self.name,
            self.specification,
            self.brand_type,
            self.acquisition_year,
            self.quantity_unit,
        )


@dataclass
class _Line:
    """One table row: a run of consecutive registers that look alike."""

    first: _Item
    last_register: int
    conditions: Counter[str] = field(default_factory=Counter)
    count: int = 0

    def takes(self, item: _Item) -> bool:
        return (
            item.fold_key == self.first.fold_key and item.register_number == self.last_register + 1
        )

    def add(self, item: _Item) -> None:
        self.last_register = item.register_number
        self.conditions[item.condition] += 1
        self.count += 1

    def registers(self) -> str:
        first = register_text(self.first.register_number)
        if self.count == 1:
            return first
        return f"{first}{RANGE_DASH}{register_text(self.last_register)}"

    def remark(self) -> str:
        """The condition word when all agree, else each word with its count."""
        words = [(_condition_word(code), self.conditions[code]) for code in _ordered(self)]
        if len(words) == 1:
            return words[0][0]
        return ", ".join(f"{word} {count}" for word, count in words)

    def values(self, number: int) -> tuple[Any, ...]:
        item = self.first
        return (
            number,
            item.nibar if self.count == 1 else "",
            self.registers(),
            item.code,
            item.name,
            item.specification,
            item.brand_type,
            item.acquisition_year,
            self.count,
            item.quantity_unit,
            self.remark(),
        )


def _ordered(line: _Line) -> list[str]:
    known = [code.value for code in Condition if code.value in line.conditions]
    return known + sorted(code for code in line.conditions if code not in known)


def _condition_word(code: str) -> str:
    try:
        return PRINTED_CONDITION_WORDS[Condition(code)]
    except ValueError:
        return code


def fold(items: list[_Item]) -> list[_Line]:
    """Runs of consecutive, alike registers; ``items`` sorted by code and register."""
    lines: list[_Line] = []
    for item in items:
        if not lines or not lines[-1].takes(item):
            lines.append(_Line(first=item, last_register=item.register_number))
        lines[-1].add(item)
    return lines


def _room_items(db: Database, actor: Actor, room: RoomView) -> list[_Item]:
    prefixes = [jenis + "." for jenis, kib in KIB_BY_JENIS.items() if kib in ROOM_KIBS]
    query = select(
        Asset.code,
        Asset.register_number,
        Asset.name,
        Asset.specification,
        Asset.brand_type,
        Asset.acquisition_year,
        Asset.quantity_unit,
        Asset.condition,
        Asset.nibar,
    ).where(
        Asset.unit_id == room.unit_id,
        Asset.unit_id.in_(sorted(actor.unit_ids)),
        Asset.room_id == room.id,
        Asset.status.in_(sorted(DEFAULT_STATUSES)),
        or_(*(Asset.code.startswith(prefix) for prefix in prefixes)),
    )
    with db.read() as session:
        items = [_Item(*row) for row in session.execute(query)]
    # Sorted here, not in SQL, so both backends' collations give the same order.
    return sorted(items, key=lambda item: (item.code, item.register_number))


def export_kir(
    db: Database, actor: Actor, room_id: int, path: Path, *, as_of: date | None = None
) -> KirReport:
    """Write the KIR of one room to ``path`` (.xlsx), replacing the file if it exists."""
    require(actor, Permission.VIEW)
    room = get_room(db, actor, room_id)  # NotFound outside the actor's units
    office = get_office_settings(db, actor, room.unit_id)
    require_essentials(office)
    when = as_of or to_wib(db.clock()).date()
    lines = fold(_room_items(db, actor, room))

    workbook, ws = new_workbook(SHEET)
    width = len(COLUMNS)
    room_line = f"RUANGAN: {room.code}{RANGE_DASH}{room.name}"
    header_row = write_letterhead(ws, office, TITLE, when, width, extra_lines=(room_line,))
    write_table_header(ws, header_row, COLUMNS)
    rows = (line.values(number) for number, line in enumerate(lines, start=1))
    totals_row = write_table_rows(ws, header_row + 1, COLUMNS, rows)
    items = sum(line.count for line in lines)
    write_totals_row(ws, totals_row, COLUMNS, TOTAL_LABEL, {JUMLAH: items})
    responsible = Signatory(
        "", "Penanggung Jawab Ruangan", room.responsible_name, room.responsible_nip
    )
    last_row = write_signatures(
        ws, totals_row + 2, (head_of_unit(office), responsible, custodian(office, when)), width
    )
    set_up_pages(
        ws, paper_size=office.paper_size, header_row=header_row, last_row=last_row - 1, width=width
    )
    save_workbook(workbook, path)
    return KirReport(path=path, rows=len(lines), items=items)
