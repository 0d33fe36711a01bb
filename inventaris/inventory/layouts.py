"""The columns of the inventory workbook's sheets, in the official forms' order (the BPKAD compares
them column by column), and an item's row on each. The titles are the forms' column names with
each word capitalised, as on the one-room KIR.

Indonesian document text, fixed by regulation: not translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from inventaris.assets.types import AssetStatus
from inventaris.core.formatting import group_thousands
from inventaris.core.search import register_text
from inventaris.inventory.positions import ItemPosition
from inventaris.reports.common import Column, Kind
from inventaris.reports.streaming import Group, Layout, flatten

SHEET_KIB = {"A": "KIB A", "B": "KIB B", "C": "KIB C"}
SHEET_KIR = "KIR"
SHEET_BOOK = "Buku Inventaris"
SHEET_RECAP = "Rekapitulasi"
SHEET_MUTATION = "Mutasi"
SHEET_DEPRECIATION = "Penyusutan"

TITLE_KIB = {
    "A": "KARTU INVENTARIS BARANG (KIB) A – TANAH",
    "B": "KARTU INVENTARIS BARANG (KIB) B – PERALATAN DAN MESIN",
    "C": "KARTU INVENTARIS BARANG (KIB) C – GEDUNG DAN BANGUNAN",
}
TITLE_BOOK = "BUKU INVENTARIS"
TITLE_RECAP = "REKAPITULASI BUKU INVENTARIS"
TITLE_MUTATION = "LAPORAN MUTASI BARANG"
TITLE_DEPRECIATION = "DAFTAR PENYUSUTAN BARANG MILIK DAERAH"

LENT_REMARK = "Dipinjamkan"
MULTI_STOREY = {True: "Bertingkat", False: "Tidak"}
CONCRETE = {True: "Beton", False: "Tidak"}

_NUMBER = Column("No Urut", 6, Kind.WHOLE, center=True)
_PRICE = Column("Harga (Rp)", 16, Kind.WHOLE)
_REMARK = Column("Keterangan", 22)
_DATE = Column("Tanggal", 12, Kind.DATE)
_DOCUMENT = Column("Nomor", 18)


@dataclass(frozen=True)
class KibLayout:
    layout: Layout
    value_column: int  # 0-based position of "Harga (Rp)"

    @property
    def columns(self) -> tuple[Column, ...]:
        return flatten(self.layout)


def _kib(layout: Layout) -> KibLayout:
    return KibLayout(layout, flatten(layout).index(_PRICE))


KIB_LAYOUTS = {
    "A": _kib(
        (
            _NUMBER,
            Column("Nama Barang", 28),
            Column("Kode Barang", 19, center=True),
            Column("Register", 9, center=True),
            Column("Luas (m²)", 11, Kind.AREA),
            Column("Tahun Pengadaan", 11, Kind.YEAR),
            Column("Letak/Alamat", 30),
            Column("Status Hak", 14),
            Group("Sertifikat", (_DATE, _DOCUMENT)),
            Column("Penggunaan", 22),
            Column("Asal Usul", 22),
            _PRICE,
            _REMARK,
        )
    ),
    "B": _kib(
        (
            _NUMBER,
            Column("Kode Barang", 19, center=True),
            Column("Nama/Jenis Barang", 28),
            Column("Nomor Register", 9, center=True),
            Column("Merk/Type", 22),
            Column("Ukuran/CC", 10),
            Column("Bahan", 10),
            Column("Tahun Pembelian", 10, Kind.YEAR),
            Column("No. Pabrik", 14),
            Column("No. Rangka", 20),
            Column("No. Mesin", 14),
            Column("No. Polisi", 12),
            Column("No. BPKB", 12),
            Column("Asal Usul/Cara Perolehan", 22),
            _PRICE,
            _REMARK,
        )
    ),
    "C": _kib(
        (
            _NUMBER,
            Column("Nama Barang", 28),
            Column("Kode Barang", 19, center=True),
            Column("Register", 9, center=True),
            Column("Kondisi Bangunan", 10, center=True),
            Column("Bertingkat/Tidak", 11, center=True),
            Column("Beton/Tidak", 9, center=True),
            Column("Luas Lantai (m²)", 11, Kind.AREA),
            Column("Letak/Lokasi", 30),
            Group("Dokumen Gedung", (_DATE, _DOCUMENT)),
            Column("Luas Tanah (m²)", 11, Kind.AREA),
            Column("Status Tanah", 14),
            Column("Nomor Kode Tanah", 19),
            Column("Asal Usul", 22),
            _PRICE,
            _REMARK,
        )
    ),
}

BOOK_COLUMNS = (
    _NUMBER,
    Column("Kode Barang", 19, center=True),
    Column("Register", 9, center=True),
    Column("Nama/Jenis Barang", 28),
    Column("Merk/Type", 22),
    Column("No. Sertifikat/Pabrik/Rangka/Mesin", 22),
    Column("Bahan", 10),
    Column("Asal/Cara Perolehan", 22),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    Column("Ukuran/Konstruksi", 16),
    Column("Satuan", 8, center=True),
    Column("Keadaan (B/RR/RB)", 9, center=True),
    Column("Jumlah Barang", 9, Kind.WHOLE),
    Column("Jumlah Harga (Rp)", 16, Kind.WHOLE),
    _REMARK,
)
BOOK_VALUE = 13  # 0-based position of "Jumlah Harga (Rp)"

_VALUE = Column("Nilai Perolehan (Rp)", 18, Kind.WHOLE)
_ACCUMULATED = Column("Akumulasi Penyusutan (Rp)", 18, Kind.CONTRA)
_BOOK = Column("Nilai Buku (Rp)", 18, Kind.WHOLE)

RECAP_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Kode Barang", 14, center=True),
    Column("Nama Barang", 36),
    Column("Jumlah Barang", 11, Kind.WHOLE),
    _VALUE,
    _ACCUMULATED,
    _BOOK,
)


def _balance(title: str) -> Group:
    return Group(
        title,
        (
            Column("Jumlah", 9, Kind.WHOLE),
            Column("Nilai (Rp)", 17, Kind.WHOLE),
            Column("Akumulasi Penyusutan (Rp)", 17, Kind.CONTRA),
        ),
    )


MUTATION_LAYOUT: Layout = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Kode Barang", 14, center=True),
    Column("Nama Barang", 30),
    _balance("Saldo Awal"),
    _balance("Bertambah"),
    _balance("Berkurang"),
    _balance("Saldo Akhir"),
)

DEPRECIATION_COLUMNS = (
    Column("No", 6, Kind.WHOLE, center=True),
    Column("Kode Barang", 19, center=True),
    Column("Register", 9, center=True),
    Column("Nama Barang", 26),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    _VALUE,
    Column("Masa Manfaat (Tahun)", 11, Kind.YEAR),
    Column("Penyusutan Tahun Berjalan (Rp)", 18, Kind.WHOLE),
    _ACCUMULATED,
    _BOOK,
)


# --- an item's row on each sheet ------------------------------------------------------------


def _origin(item: ItemPosition) -> str:
    """The way of acquisition and the funding when known: "Pengadaan (APBD 2021)"."""
    if item.funding_source:
        return f"{item.acquisition_method} ({item.funding_source})"
    return item.acquisition_method


def _remark(item: ItemPosition) -> str:
    if item.status == AssetStatus.LENT.value:
        return f"{LENT_REMARK}. {item.notes}" if item.notes else LENT_REMARK
    return item.notes


def _flag(value: bool | None, words: dict[bool, str]) -> str:
    return "" if value is None else words[value]


def area_text(area: Decimal | None) -> str:
    """``Decimal("1250.50")`` -> ``1.250,5 m²`` (Indonesian separators)."""
    if area is None:
        return ""
    whole, _, fraction = f"{area.normalize():f}".partition(".")
    text = group_thousands(int(whole))
    return f"{text},{fraction} m²" if fraction else f"{text} m²"


def _construction(item: ItemPosition) -> str:
    parts = [
        _flag(item.multi_storey, {True: "Bertingkat", False: "Tidak Bertingkat"}),
        _flag(item.concrete, {True: "Beton", False: "Bukan Beton"}),
        area_text(item.floor_area_m2),
    ]
    return ", ".join(part for part in parts if part)


def _kib_a(number: int, item: ItemPosition) -> tuple[Any, ...]:
    return (
        number,
        item.name,
        item.code,
        register_text(item.register_number),
        item.land_area_m2,
        item.acquisition_year,
        item.address,
        item.land_title_status,
        item.document_date,
        item.document_number,
        item.land_use,
        _origin(item),
        item.value,
        _remark(item),
    )


def _kib_b(number: int, item: ItemPosition) -> tuple[Any, ...]:
    return (
        number,
        item.code,
        item.name,
        register_text(item.register_number),
        item.brand_type,
        item.size,
        item.material,
        item.acquisition_year,
        item.serial_number,
        item.chassis_number,
        item.engine_number,
        item.plate_number,
        item.bpkb_number,
        _origin(item),
        item.value,
        _remark(item),
    )


def _kib_c(number: int, item: ItemPosition) -> tuple[Any, ...]:
    return (
        number,
        item.name,
        item.code,
        register_text(item.register_number),
        item.condition,
        _flag(item.multi_storey, MULTI_STOREY),
        _flag(item.concrete, CONCRETE),
        item.floor_area_m2,
        item.address,
        item.document_date,
        item.document_number,
        item.land_area_m2,
        item.land_title_status,
        item.land_code,
        _origin(item),
        item.value,
        _remark(item),
    )


_KIB_ROWS = {"A": _kib_a, "B": _kib_b, "C": _kib_c}


def kib_row(kib: str, number: int, item: ItemPosition) -> tuple[Any, ...]:
    """The item's row on its KIB card (A, B or C)."""
    return _KIB_ROWS[kib](number, item)


def book_row(number: int, kib: str | None, item: ItemPosition) -> tuple[Any, ...]:
    """The item's row in the Buku Inventaris."""
    if kib in ("A", "C"):
        numbers = item.document_number
    else:
        found = (item.serial_number, item.chassis_number, item.engine_number)
        numbers = " / ".join(text for text in found if text)
    if kib == "A":
        size = area_text(item.land_area_m2)
    elif kib == "C":
        size = _construction(item)
    else:
        size = item.size
    return (
        number,
        item.code,
        register_text(item.register_number),
        item.name,
        item.brand_type,
        numbers,
        item.material,
        _origin(item),
        item.acquisition_year,
        size,
        item.quantity_unit,
        item.condition,
        1,
        item.value,
        _remark(item),
    )


def depreciation_row(number: int, item: ItemPosition) -> tuple[Any, ...]:
    """The item's row in the Penyusutan list (a depreciated item: ``useful_years`` set)."""
    return (
        number,
        item.code,
        register_text(item.register_number),
        item.name,
        item.acquisition_year,
        item.value,
        item.useful_years,
        item.charge_this_year,
        item.accumulated,
        item.book_value,
    )
