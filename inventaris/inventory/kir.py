"""Kartu Inventaris Ruangan (KIR, Permendagri 47/2021 Format III.K.2) of one room as .xlsx.

The card lists the room's KIB B and KIB E items that are still on the register (active or lent),
by kode barang and register number. Consecutive registers of one code that agree on name,
specification, merk/type, year and unit of count share one row, SIMDA style: "000101 – 000150",
Jumlah 50. The contents are the register as it stands now; ``as_of`` is the date printed in the
"Keadaan per" line and beside the Pengurus Barang's signature.

Two layouts: the 11 columns of Format III.K.2 (the default) and the older 14-column KIR with the
condition counts B / RR / RB (``FORMAT_14``). The card lays out its own pages, since a sheet can
repeat only one range of rows and the annual workbook's KIR holds every room: each page starts
with the letterhead, the header block, the room and "Halaman k dari n" counted per room, then the
table header; the totals and the signatures stay on the room's last page. A long Merk/Tipe wraps
in its cell and its row is given the lines it needs (``StreamSheet.row_points``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
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
from inventaris.office import OfficeSettings, get_office_settings
from inventaris.reports.common import (
    BOLD,
    SIGNATURE_SPACE,
    Column,
    Kind,
    Signatory,
    custodian,
    head_of_unit,
    letterhead_lines,
    require_essentials,
    save_workbook,
)
from inventaris.reports.streaming import (
    DEFAULT_ROW_POINTS,
    Group,
    Layout,
    StreamSheet,
    stream_workbook,
)

TITLE = "KARTU INVENTARIS RUANGAN (KIR)"
SHEET = "KIR"
ROOM_KIBS = ("B", "E")  # only equipment and other fixed assets sit in rooms
RANGE_DASH = " – "
FORMAT_11 = "11"  # Permendagri 47/2021 Format III.K.2
FORMAT_14 = "14"  # the older KIR, with the condition counts
FORMATS = (FORMAT_11, FORMAT_14)
PAGE_LINE = "Halaman {page} dari {pages}"
PAGE_LINE_COLUMNS = 3  # the page line's share of the room's row, on the right

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

CONDITION_GROUP = "Keadaan Barang"
COLUMNS_14: Layout = (
    Column("No Urut", 5, Kind.WHOLE, center=True),
    Column("Nama Barang/Jenis Barang", 26),
    Column("Merk/Model", 20),
    Column("No. Seri Pabrik", 16, center=True),
    Column("Ukuran", 10, center=True),
    Column("Bahan", 11, center=True),
    Column("Tahun Pembuatan/Pembelian", 12, Kind.YEAR),
    Column("No. Kode Barang", 20, center=True),
    Column("Jumlah Barang/Register", 11, Kind.WHOLE),
    Column("Harga Beli/Perolehan (Rp)", 16, Kind.WHOLE),
    Group(
        CONDITION_GROUP,
        (
            Column("Baik (B)", 8, Kind.WHOLE),
            Column("Rusak Ringan (RR)", 9, Kind.WHOLE),
            Column("Rusak Berat (RB)", 9, Kind.WHOLE),
        ),
    ),
    Column("Keterangan Mutasi dll", 24),
)
JUMLAH_14 = 8  # 0-based positions in COLUMNS_14: Jumlah, Harga, then B, RR, RB
HARGA_14 = 9
CONDITIONS_14 = tuple(code.value for code in Condition)  # B, RR, RB


@dataclass(frozen=True)
class KirReport:
    path: Path
    rows: int  # table rows, after folding
    items: int  # physical items (the total Jumlah)
    pages: int = 1  # printed pages of the card


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
    size: str = ""  # the 14-column card's
    material: str = ""
    serial_number: str = ""
    value: int = 0  # Rupiah

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

    @property
    def wide_key(self) -> tuple[object, ...]:
        """The 14-column card also shows size, material and serial: rows agree on them too."""
        return (*self.fold_key, self.size, self.material, self.serial_number)


@dataclass
class _Line:
    """One table row: a run of consecutive registers that look alike."""

    first: _Item
    last_register: int
    conditions: Counter[str] = field(default_factory=Counter)
    count: int = 0
    value: int = 0
    wide: bool = False

    def takes(self, item: _Item) -> bool:
        if self.wide:
            alike = item.wide_key == self.first.wide_key
        else:
            alike = item.fold_key == self.first.fold_key
        return alike and item.register_number == self.last_register + 1

    def add(self, item: _Item) -> None:
        self.last_register = item.register_number
        self.conditions[item.condition] += 1
        self.count += 1
        self.value += item.value

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

    def values_14(self, number: int) -> tuple[Any, ...]:
        """The older KIR's row: the registers go to Keterangan, the conditions are counted."""
        item = self.first
        name = f"{item.name}, {item.specification}" if item.specification else item.name
        return (
            number,
            name,
            item.brand_type,
            item.serial_number,
            item.size,
            item.material,
            item.acquisition_year,
            item.code,
            self.count,
            self.value,
            *(self.conditions[code] for code in CONDITIONS_14),
            f"Reg. {self.registers()}",
        )


def _ordered(line: _Line) -> list[str]:
    known = [code.value for code in Condition if code.value in line.conditions]
    return known + sorted(code for code in line.conditions if code not in known)


def _condition_word(code: str) -> str:
    try:
        return PRINTED_CONDITION_WORDS[Condition(code)]
    except ValueError:
        return code


def fold(items: list[_Item], *, wide: bool = False) -> list[_Line]:
    """Runs of consecutive, alike registers; ``items`` sorted by code and register. ``wide``:
    for the 14-column card, whose rows also show size, material and serial number."""
    lines: list[_Line] = []
    for item in items:
        if not lines or not lines[-1].takes(item):
            lines.append(_Line(first=item, last_register=item.register_number, wide=wide))
        lines[-1].add(item)
    return lines


# --- the printed card ------------------------------------------------------------------------


def header_block(office: OfficeSettings) -> list[str]:
    """The card's header block (SIMDA style), each line only when its setting is filled in.
    None of them filled: no block (the letterhead already names regency, unit and kode lokasi)."""
    optional = (
        ("PROVINSI", office.province),
        ("BIDANG", office.bidang),
        ("UNIT ORGANISASI (PENGGUNA BARANG)", office.unit_organisasi),
        ("SUB UNIT (KUASA PENGGUNA BARANG)", office.sub_unit),
        ("UPB", office.upb),
    )
    if not any(value.strip() for _, value in optional):
        return []
    regency = office.regency_name.strip().upper().removeprefix("KABUPATEN ").strip()
    lines = [*optional[:1], ("KABUPATEN", regency), *optional[1:]]
    lines.append(("KODE LOKASI", office.kode_lokasi))
    return [f"{label}: {value.strip()}" for label, value in lines if value.strip()]


def _letterhead(office: OfficeSettings, as_of: date, block: bool) -> list[tuple[str, Any]]:
    lines = letterhead_lines(office, TITLE, as_of)
    if block:  # the block names the kode lokasi, among the unit's other codes
        lines = [(text, font) for text, font in lines if not text.startswith("KODE LOKASI")]
    return lines


def head_rows(office: OfficeSettings, as_of: date) -> int:
    """Rows above the table header on every page: letterhead, block, room, an empty row."""
    block = header_block(office)
    return len(_letterhead(office, as_of, bool(block))) + len(block) + 2


def _tail_points(signatures: int = 1) -> float:
    """Totals row, an empty row and the signature blocks."""
    return DEFAULT_ROW_POINTS * (2 + (2 + SIGNATURE_SPACE + 2) * signatures)


def paginate(heights: Sequence[float], capacity: float, head: float, tail: float) -> list[int]:
    """How many table rows each page takes: each page holds ``head`` and its rows within
    ``capacity`` points, the last one the ``tail`` too (rows move on to a page of their own
    rather than the signatures being parted from the room)."""
    pages: list[int] = []
    used, count = head, 0
    for height in heights:
        if count and used + height > capacity:
            pages.append(count)
            used, count = head, 0
        used += height
        count += 1
    moved, moved_points = 0, 0.0
    start = len(heights) - count
    while count > 1 and used + tail > capacity:
        count -= 1
        moved += 1
        height = heights[start + count]
        used -= height
        moved_points += height
    pages.append(count)
    if moved:
        pages.append(moved)
    elif count and used + tail > capacity:  # one row and the tail do not fit together
        pages.append(0)
    return pages


@dataclass(frozen=True)
class RoomPage:
    """What identifies a room on every page of its card."""

    line: str  # "RUANGAN: R.01 – Ruang Kepala Bagian"
    responsible: Signatory


def room_page(code: str, name: str, responsible_name: str, responsible_nip: str) -> RoomPage:
    return RoomPage(
        f"RUANGAN: {code}{RANGE_DASH}{name}",
        Signatory("", "Penanggung Jawab Ruangan", responsible_name, responsible_nip),
    )


def begin_card(sheet: StreamSheet, office: OfficeSettings, as_of: date) -> None:
    """Page set-up of a KIR sheet: no repeated rows, no sheet-wide page footer (each room's
    pages are numbered on the card itself)."""
    sheet.begin(head_rows(office, as_of) + 1)
    sheet.ws.oddFooter.center.text = None


def write_room(
    sheet: StreamSheet,
    office: OfficeSettings,
    room: RoomPage | None,
    lines: Sequence[_Line],
    as_of: date,
    *,
    wide: bool = False,
    first: bool = True,
) -> int:
    """One room's card on its own pages (a page break before it unless ``first``); returns
    the number of printed pages. ``room`` None: the card of no room, signed all the same."""
    rows = [line.values_14(n) if wide else line.values(n) for n, line in enumerate(lines, 1)]
    heights = [sheet.row_points(values) for values in rows]
    block = header_block(office)
    letterhead = _letterhead(office, as_of, bool(block))
    head = DEFAULT_ROW_POINTS * head_rows(office, as_of) + sheet.header_points()
    pages = paginate(heights, sheet.page_capacity, head, _tail_points())
    done = 0
    for page, count in enumerate(pages, start=1):
        if page > 1 or not first:
            sheet.page_break()
        for text, font in letterhead:
            sheet.line(text, font, align="center")
        for text in block:
            sheet.line(text)
        numbered = PAGE_LINE.format(page=page, pages=len(pages))
        sheet.line_pair(room.line if room else "", numbered, PAGE_LINE_COLUMNS, BOLD)
        sheet.line("")
        sheet.table_header()
        for values in rows[done : done + count]:
            sheet.body(values)
        done += count
    if wide:
        totals = {JUMLAH_14: sum(line.count for line in lines)}
        totals[HARGA_14] = sum(line.value for line in lines)
        for index, code in enumerate(CONDITIONS_14, start=HARGA_14 + 1):
            totals[index] = sum(line.conditions[code] for line in lines)
    else:
        totals = {JUMLAH: sum(line.count for line in lines)}
    sheet.totals(TOTAL_LABEL, totals)
    signatories = [head_of_unit(office), custodian(office, as_of)]
    if room is not None:
        signatories.insert(1, room.responsible)
    sheet.signatures(signatories)
    return len(pages)


# --- the one-room card -----------------------------------------------------------------------


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
        Asset.size,
        Asset.material,
        Asset.serial_number,
        Asset.price,
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
    db: Database,
    actor: Actor,
    room_id: int,
    path: Path,
    *,
    as_of: date | None = None,
    layout: str = FORMAT_11,
) -> KirReport:
    """Write the KIR of one room to ``path`` (.xlsx), replacing the file if it exists.
    ``layout`` FORMAT_14: the older 14-column card with the B / RR / RB counts."""
    require(actor, Permission.VIEW)
    if layout not in FORMATS:
        raise ValueError(f"no KIR format {layout!r}")  # the CLI offers only FORMATS
    room = get_room(db, actor, room_id)  # NotFound outside the actor's units
    office = get_office_settings(db, actor, room.unit_id)
    require_essentials(office)
    when = as_of or to_wib(db.clock()).date()
    wide = layout == FORMAT_14
    lines = fold(_room_items(db, actor, room), wide=wide)
    identity = room_page(room.code, room.name, room.responsible_name, room.responsible_nip)
    with stream_workbook(TITLE) as workbook:
        sheet = StreamSheet(
            workbook,
            SHEET,
            COLUMNS_14 if wide else COLUMNS,
            paper_size=office.paper_size,
            office=office,
        )
        begin_card(sheet, office, when)
        pages = write_room(sheet, office, identity, lines, when, wide=wide)
        sheet.finish()
        save_workbook(workbook, path)
    items = sum(line.count for line in lines)
    return KirReport(path=path, rows=len(lines), items=items, pages=pages)
