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

SHEET_KIB = {kib: f"KIB {kib}" for kib in "ABCDEF"}
SHEET_KIR = "KIR"
SHEET_BOOK = "Buku Inventaris"
SHEET_RECAP = "Rekapitulasi"
SHEET_MUTATION = "Mutasi"
SHEET_DEPRECIATION = "Penyusutan"

TITLE_KIB = {
    "A": "KARTU INVENTARIS BARANG (KIB) A – TANAH",
    "B": "KARTU INVENTARIS BARANG (KIB) B – PERALATAN DAN MESIN",
    "C": "KARTU INVENTARIS BARANG (KIB) C – GEDUNG DAN BANGUNAN",
    "D": "KARTU INVENTARIS BARANG (KIB) D – JALAN, IRIGASI DAN JARINGAN",
    "E": "KARTU INVENTARIS BARANG (KIB) E – ASET TETAP LAINNYA",
    "F": "KARTU INVENTARIS BARANG (KIB) F – KONSTRUKSI DALAM PENGERJAAN",
}
# The row of an empty card: regional systems print it so that a blank card is not mistaken
# for a missing one.
NIL = "NIHIL"
TITLE_BOOK = "BUKU INVENTARIS"
TITLE_RECAP = "REKAPITULASI BUKU INVENTARIS"
TITLE_MUTATION = "LAPORAN MUTASI BARANG"

LENT_REMARK = "Dipinjamkan"
EXTRA_REMARK = "Ekstrakomptabel"
MULTI_STOREY = {True: "Bertingkat", False: "Tidak"}
BUILDING_KIND_WORDS = {"P": "Permanen", "SP": "Semi Permanen", "D": "Darurat"}
CONCRETE = {True: "Beton", False: "Tidak"}

_NUMBER = Column("No Urut", 6, Kind.WHOLE, center=True)
_PRICE = Column("Harga (Rp)", 16, Kind.WHOLE)
_REMARK = Column("Keterangan", 22)
_DATE = Column("Tanggal", 12, Kind.DATE)
_DOCUMENT = Column("Nomor", 18)
_CONTRACT_VALUE = Column("Nilai Kontrak (Rp)", 16, Kind.WHOLE)


@dataclass(frozen=True)
class KibLayout:
    layout: Layout
    value_column: int  # 0-based position of "Harga (Rp)"

    @property
    def columns(self) -> tuple[Column, ...]:
        return flatten(self.layout)


def _kib(layout: Layout, value: Column = _PRICE) -> KibLayout:
    return KibLayout(layout, flatten(layout).index(value))


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
    # KIB D, E and F in the order of Permendagri 19/2016 and 47/2021 as regional systems
    # print them.
    "D": _kib(
        (
            _NUMBER,
            Column("Nama Barang", 28),
            Column("Kode Barang", 19, center=True),
            Column("Register", 9, center=True),
            Column("Konstruksi", 14),
            Column("Panjang (Km)", 10, Kind.AREA),
            Column("Lebar (M)", 9, Kind.AREA),
            Column("Luas (m²)", 11, Kind.AREA),
            Column("Letak/Lokasi", 30),
            Group("Dokumen", (_DATE, _DOCUMENT)),
            Column("Status Tanah", 14),
            Column("Nomor Kode Tanah", 19),
            Column("Asal Usul", 22),
            _PRICE,
            Column("Kondisi (B, RR, RB)", 9, center=True),
            _REMARK,
        )
    ),
    "E": _kib(
        (
            _NUMBER,
            Column("Nama Barang", 28),
            Column("Kode Barang", 19, center=True),
            Column("Register", 9, center=True),
            Group(
                "Buku/Perpustakaan",
                (Column("Judul/Pencipta", 22), Column("Spesifikasi", 18)),
            ),
            Group(
                "Barang Bercorak Kesenian/Kebudayaan",
                (Column("Asal Daerah", 14), Column("Pencipta", 16), Column("Bahan", 10)),
            ),
            Group(
                "Hewan/Ternak dan Tumbuhan",
                (Column("Jenis", 16), Column("Ukuran", 10)),
            ),
            Column("Jumlah", 7, Kind.WHOLE),
            Column("Tahun Cetak/Pembelian", 10, Kind.YEAR),
            Column("Asal Usul", 22),
            _PRICE,
            _REMARK,
        )
    ),
    # No code or register on the 19/2016 form; SIMDA prints them after the name, and an
    # import needs them to find the item again.
    "F": _kib(
        (
            _NUMBER,
            Column("Nama Barang", 28),
            Column("Kode Barang", 19, center=True),
            Column("Register", 9, center=True),
            Column("Bangunan (P, SP, D)", 10, center=True),
            Group(
                "Konstruksi Bangunan",
                (
                    Column("Bertingkat/Tidak", 11, center=True),
                    Column("Beton/Tidak", 9, center=True),
                ),
            ),
            Column("Luas (m²)", 11, Kind.AREA),
            Column("Letak/Lokasi", 30),
            Group("Dokumen", (_DATE, _DOCUMENT)),
            Column("Tgl/Bln/Thn Mulai", 12, Kind.DATE),
            Column("Status Tanah", 14),
            Column("Nomor Kode Tanah", 19),
            Column("Asal-usul Pembiayaan", 22),
            _CONTRACT_VALUE,
            _REMARK,
        ),
        _CONTRACT_VALUE,
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
    # The acquisition value once more, in the column of its KIB, as the BPKAD's recap per card.
    *(Column(f"KIB {kib} (Rp)", 16, Kind.WHOLE) for kib in "ABCDEF"),
)
# 0-based position of each KIB's value column on the Rekapitulasi.
RECAP_KIB_COLUMNS = {kib: 7 + index for index, kib in enumerate("ABCDEF")}


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


# --- an item's row on each sheet ------------------------------------------------------------


def _origin(item: ItemPosition) -> str:
    """The way of acquisition and the funding when known: "Pengadaan (APBD 2021)"."""
    if item.funding_source:
        return f"{item.acquisition_method} ({item.funding_source})"
    return item.acquisition_method


def _remark(item: ItemPosition) -> str:
    """Ekstrakomptabel first (below the capitalisation threshold), then lent, then the notes."""
    parts = (
        EXTRA_REMARK if item.extracomptable else "",
        LENT_REMARK if item.status == AssetStatus.LENT.value else "",
        item.notes,
    )
    return ". ".join(part for part in parts if part)


def _flag(value: bool | None, words: dict[bool, str]) -> str:
    return "" if value is None else words[value]


def area_text(area: Decimal | None) -> str:
    """``Decimal("1250.50")`` -> ``1.250,5 m²`` (Indonesian separators)."""
    return _measure(area, "m²")


def _construction(item: ItemPosition) -> str:
    parts = [
        _flag(item.multi_storey, {True: "Bertingkat", False: "Tidak Bertingkat"}),
        _flag(item.concrete, {True: "Beton", False: "Bukan Beton"}),
        area_text(item.floor_area_m2),
    ]
    return ", ".join(part for part in parts if part)


def _measure(value: Decimal | None, unit: str) -> str:
    """``Decimal("1.50"), "km"`` -> ``1,5 km``."""
    if value is None:
        return ""
    whole, _, fraction = f"{value.normalize():f}".partition(".")
    text = group_thousands(int(whole))
    return f"{text},{fraction} {unit}" if fraction else f"{text} {unit}"


def _road(item: ItemPosition) -> str:
    """KIB D's size in the Buku Inventaris: "Aspal, 1,5 km × 6 m"."""
    measures = " × ".join(
        text for text in (_measure(item.length_km, "km"), _measure(item.width_m, "m")) if text
    )
    return ", ".join(part for part in (item.construction, measures) if part)


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


def _kib_d(number: int, item: ItemPosition) -> tuple[Any, ...]:
    return (
        number,
        item.name,
        item.code,
        register_text(item.register_number),
        item.construction,
        item.length_km,
        item.width_m,
        item.land_area_m2,
        item.address,
        item.document_date,
        item.document_number,
        item.land_title_status,
        item.land_code,
        _origin(item),
        item.value,
        item.condition,
        _remark(item),
    )


def _kib_e(number: int, item: ItemPosition) -> tuple[Any, ...]:
    return (
        number,
        item.name,
        item.code,
        register_text(item.register_number),
        item.book_title,
        item.specification,
        item.art_origin,
        item.art_creator,
        item.material,
        item.species,
        item.size,
        1,
        item.acquisition_year,
        _origin(item),
        item.value,
        _remark(item),
    )


def _works_remark(item: ItemPosition) -> str:
    """A KDP's contract and progress before the notes: "Kontrak 027/SPK/2026 senilai
    Rp 1.500.000.000, progres 60%"."""
    contract = ""
    if item.contract_number or item.contract_value is not None:
        contract = " ".join(
            part
            for part in (
                "Kontrak",
                item.contract_number,
                ""
                if item.contract_value is None
                else f"senilai Rp {group_thousands(item.contract_value)}",
            )
            if part
        )
    progress = "" if item.progress_percent is None else f"progres {item.progress_percent}%"
    works = ", ".join(part for part in (contract, progress) if part)
    return ". ".join(part for part in (works, _remark(item)) if part)


def _kib_f(number: int, item: ItemPosition) -> tuple[Any, ...]:
    return (
        number,
        item.name,
        item.code,
        register_text(item.register_number),
        item.building_kind,
        _flag(item.multi_storey, MULTI_STOREY),
        _flag(item.concrete, CONCRETE),
        item.floor_area_m2,
        item.address,
        item.document_date,
        item.document_number,
        item.construction_start,
        item.land_title_status,
        item.land_code,
        _origin(item),
        item.value,
        _works_remark(item),
    )


_KIB_ROWS = {"A": _kib_a, "B": _kib_b, "C": _kib_c, "D": _kib_d, "E": _kib_e, "F": _kib_f}


def kib_row(kib: str, number: int, item: ItemPosition) -> tuple[Any, ...]:
    """The item's row on its KIB card (A to F)."""
    return _KIB_ROWS[kib](number, item)


def book_row(number: int, kib: str | None, item: ItemPosition) -> tuple[Any, ...]:
    """The item's row in the Buku Inventaris."""
    if kib in ("A", "C", "D", "F"):
        numbers = item.document_number
    else:
        found = (item.serial_number, item.chassis_number, item.engine_number)
        numbers = " / ".join(text for text in found if text)
    if kib == "A":
        size = area_text(item.land_area_m2)
    elif kib in ("C", "F"):
        size = _construction(item)
    elif kib == "D":
        size = _road(item)
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
