"""The annual inventory workbook, read back cell by cell as the BPKAD would compare it.

The office's register: land, a building, three chairs and a laptop in rooms, a vehicle, a laptop
bought in 2026, one disposed of in 2026 and one improved in 2026. The clock stands on
28 November 2026.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from inventaris.assets.editing import create_assets
from inventaris.assets.events import DISPOSAL_REASONS, add_value, dispose_assets
from inventaris.core.db import Database
from inventaris.core.errors import Cancelled, ValidationError
from inventaris.core.permissions import Actor
from inventaris.inventory.positions import inventory_snapshot, objek_of
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.locations import RoomInput, save_room
from inventaris.office import get_office_settings, update_office_settings
from tests.conftest import BACKENDS, FakeClock, filled, shared_database
from tests.support.builders import chair, first_admin, office_values, vehicle

SHEETS = [
    "KIB A",
    "KIB B",
    "KIB C",
    "KIB D",
    "KIB E",
    "KIB F",
    "KIR",
    "Buku Inventaris",
    "Daftar Barang Ekstrakomptabel",
    "Rekapitulasi",
    "Mutasi",
    "Daftar Mutasi Barang",
    "Penyusutan",
]
# (first header row, [titles of that row], [titles of the row below] or None for one row)
HEADERS: dict[str, tuple[int, list[str | None], list[str | None] | None]] = {
    "KIB A": (
        8,
        ["No Urut", "Nama Barang", "Kode Barang", "Register", "Luas (m²)", "Tahun Pengadaan",
         "Letak/Alamat", "Status Hak", "Sertifikat", None, "Penggunaan", "Asal Usul",
         "Harga (Rp)", "Keterangan"],
        [None] * 8 + ["Tanggal", "Nomor"] + [None] * 4,
    ),
    "KIB B": (
        8,
        ["No Urut", "Kode Barang", "Nama/Jenis Barang", "Nomor Register", "Merk/Type",
         "Ukuran/CC", "Bahan", "Tahun Pembelian", "No. Pabrik", "No. Rangka", "No. Mesin",
         "No. Polisi", "No. BPKB", "Asal Usul/Cara Perolehan", "Harga (Rp)", "Keterangan"],
        None,
    ),
    "KIB C": (
        8,
        ["No Urut", "Nama Barang", "Kode Barang", "Register", "Kondisi Bangunan",
         "Bertingkat/Tidak", "Beton/Tidak", "Luas Lantai (m²)", "Letak/Lokasi",
         "Dokumen Gedung", None, "Luas Tanah (m²)", "Status Tanah", "Nomor Kode Tanah",
         "Asal Usul", "Harga (Rp)", "Keterangan"],
        [None] * 9 + ["Tanggal", "Nomor"] + [None] * 6,
    ),
    "KIB D": (
        8,
        ["No Urut", "Nama Barang", "Kode Barang", "Register", "Konstruksi", "Panjang (Km)",
         "Lebar (M)", "Luas (m²)", "Letak/Lokasi", "Dokumen", None, "Status Tanah",
         "Nomor Kode Tanah", "Asal Usul", "Harga (Rp)", "Kondisi (B, RR, RB)", "Keterangan"],
        [None] * 9 + ["Tanggal", "Nomor"] + [None] * 6,
    ),
    "KIB E": (
        8,
        ["No Urut", "Nama Barang", "Kode Barang", "Register", "Buku/Perpustakaan", None,
         "Barang Bercorak Kesenian/Kebudayaan", None, None, "Hewan/Ternak dan Tumbuhan", None,
         "Jumlah", "Tahun Cetak/Pembelian", "Asal Usul", "Harga (Rp)", "Keterangan"],
        [None] * 4 + ["Judul/Pencipta", "Spesifikasi", "Asal Daerah", "Pencipta", "Bahan",
                      "Jenis", "Ukuran"] + [None] * 5,
    ),
    "KIB F": (
        8,
        ["No Urut", "Nama Barang", "Kode Barang", "Register", "Bangunan (P, SP, D)",
         "Konstruksi Bangunan", None, "Luas (m²)", "Letak/Lokasi", "Dokumen", None,
         "Tgl/Bln/Thn Mulai", "Status Tanah", "Nomor Kode Tanah", "Asal-usul Pembiayaan",
         "Nilai Kontrak (Rp)", "Keterangan"],
        [None] * 5 + ["Bertingkat/Tidak", "Beton/Tidak", None, None, "Tanggal", "Nomor"]
        + [None] * 6,
    ),
    "KIR": (
        9,
        ["No", "NIBAR", "Nomor Register", "Kode Barang", "Nama Barang",
         "Spesifikasi Nama Barang", "Merk/Tipe", "Tahun Perolehan", "Jumlah", "Satuan",
         "Keterangan"],
        None,
    ),
    "Buku Inventaris": (
        8,
        ["No Urut", "Kode Barang", "Register", "Nama/Jenis Barang", "Merk/Type",
         "No. Sertifikat/Pabrik/Rangka/Mesin", "Bahan", "Asal/Cara Perolehan",
         "Tahun Perolehan", "Ukuran/Konstruksi", "Satuan", "Keadaan (B/RR/RB)",
         "Jumlah Barang", "Jumlah Harga (Rp)", "Keterangan"],
        None,
    ),
    "Daftar Barang Ekstrakomptabel": (
        9,
        ["No", "Kode Barang", "Register", "Nama/Jenis Barang", "Merk/Type", "Bahan",
         "Asal Usul/Cara Perolehan", "Tahun Perolehan", "Keadaan (B/RR/RB)", "Ruangan",
         "Jumlah Barang", "Satuan", "Harga (Rp)", "Keterangan"],
        None,
    ),
    "Rekapitulasi": (
        9,
        ["No", "Kode Barang", "Nama Barang", "Jumlah Barang", "Nilai Perolehan (Rp)",
         "Akumulasi Penyusutan (Rp)", "Nilai Buku (Rp)", "KIB A (Rp)", "KIB B (Rp)",
         "KIB C (Rp)", "KIB D (Rp)", "KIB E (Rp)", "KIB F (Rp)"],
        None,
    ),
    "Mutasi": (
        10,
        ["No", "Kode Barang", "Nama Barang", "Saldo Awal", None, None, "Bertambah", None, None,
         "Berkurang", None, None, "Saldo Akhir", None, None],
        [None] * 3 + ["Jumlah", "Nilai (Rp)", "Akumulasi Penyusutan (Rp)"] * 4,
    ),
    "Daftar Mutasi Barang": (
        9,
        ["No", "Kode Barang", "Register", "Nama Barang", "Spesifikasi",
         "Asal Usul/Cara Perolehan", "Tahun Perolehan", "Kondisi (B/RR/RB)", "Jumlah Awal",
         None, "Berkurang", None, "Bertambah", None, "Jumlah Akhir", None, "Keterangan"],
        [None] * 8 + ["Barang", "Harga (Rp)"] * 4 + [None],
    ),
    "Penyusutan": (
        8,
        ["No", "Kode Barang", "Register", "Nama Barang", "Merk/Type", "No. Pabrik/Rangka/Mesin",
         "Bahan", "Asal Usul/Cara Perolehan", "Tahun Perolehan", "Nilai Perolehan (Rp)",
         "Masa Manfaat", None, None, "Akumulasi Penyusutan Awal (Rp)",
         "Beban Penyusutan Tahun Ini (Rp)", "Akumulasi Penyusutan Barang Berkurang (Rp)",
         "Akumulasi Penyusutan Akhir (Rp)", "Nilai Buku (Rp)", "Keterangan"],
        [None] * 10 + ["Tahun", "Terpakai (Semester)", "Sisa (Semester)"] + [None] * 6,
    ),
}  # fmt: skip
TITLES = {
    "KIB A": "KARTU INVENTARIS BARANG (KIB) A – TANAH",
    "KIB B": "KARTU INVENTARIS BARANG (KIB) B – PERALATAN DAN MESIN",
    "KIB C": "KARTU INVENTARIS BARANG (KIB) C – GEDUNG DAN BANGUNAN",
    "KIB D": "KARTU INVENTARIS BARANG (KIB) D – JALAN, IRIGASI DAN JARINGAN",
    "KIB E": "KARTU INVENTARIS BARANG (KIB) E – ASET TETAP LAINNYA",
    "KIB F": "KARTU INVENTARIS BARANG (KIB) F – KONSTRUKSI DALAM PENGERJAAN",
    "KIR": "KARTU INVENTARIS RUANGAN (KIR)",
    "Buku Inventaris": "BUKU INVENTARIS",
    "Rekapitulasi": "REKAPITULASI BUKU INVENTARIS",
    "Daftar Barang Ekstrakomptabel": "DAFTAR BARANG EKSTRAKOMPTABEL",
    "Mutasi": "LAPORAN MUTASI BARANG SEMESTER II / TAHUNAN",
    "Daftar Mutasi Barang": "DAFTAR MUTASI BARANG SEMESTER II / TAHUNAN",
    "Penyusutan": "DAFTAR PENYUSUTAN BARANG MILIK DAERAH",
}
LAND = "1.3.1.01.01.01.002"
BUILDING = "1.3.3.01.01.01.001"
LAPTOP = "1.3.2.10.01.02.002"
TOTAL = "JUMLAH"


@dataclass(frozen=True)
class Office:
    admin: Actor
    rooms: tuple[int, int]
    laptop: int
    disposed: int
    bought: int


def _laptop(**changes: Any) -> Any:
    data = chair(
        code=LAPTOP,
        name="Laptop",
        brand_type="Lenovo ThinkPad E14",
        price=10_000_000,
        acquisition_date=date(2024, 3, 10),
        acquisition_year=2024,
        serial_number="PF3ABC01",
    )
    return replace(data, **changes)


@pytest.fixture
def office(request: pytest.FixtureRequest, db: Database) -> Office:
    """Made once per backend and copied (``filled`` in tests/conftest.py)."""
    return filled(request, db, _office)


def _office(db: Database) -> Office:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    head = save_room(
        db,
        admin,
        RoomInput(
            code="R.01",
            name="Ruang Kepala Bagian",
            responsible_name="Sari Lubis",
            responsible_nip="199001012015012003",
        ),
    ).id
    meeting = save_room(db, admin, RoomInput(code="R.02", name="Ruang Rapat")).id
    land = chair(
        code=LAND,
        name="Tanah Rumah Dinas",
        brand_type="",
        quantity_unit="Bidang",
        address="Jl. Sudirman No. 9, Stabat",
        land_area_m2=Decimal("250.50"),
        land_title_status="Hak Pakai",
        land_use="Rumah Negara Golongan II",
        document_date=date(2010, 5, 4),
        document_number="SHP No. 12",
        acquisition_year=2010,
        acquisition_date=date(2010, 5, 4),
        price=150_000_000,
    )
    create_assets(db, admin, land)
    building = chair(
        code=BUILDING,
        name="Gedung Kantor",
        brand_type="",
        address="Jl. Proklamasi No. 1, Stabat",
        floor_area_m2=Decimal("850.00"),
        multi_storey=True,
        concrete=True,
        document_date=date(2015, 2, 3),
        document_number="IMB/045/2015",
        acquisition_year=2015,
        acquisition_date=date(2015, 2, 3),
        price=2_500_000_000,
    )
    create_assets(db, admin, building)
    create_assets(db, admin, chair(room_id=head), quantity=3)
    laptop = create_assets(db, admin, _laptop(room_id=meeting))[0].id
    create_assets(db, admin, vehicle())
    bought = create_assets(
        db,
        admin,
        _laptop(acquisition_date=date(2026, 2, 1), acquisition_year=2026, serial_number="PF9"),
    )[0].id
    disposed = create_assets(db, admin, _laptop(serial_number="PF7"))[0].id
    dispose_assets(
        db,
        admin,
        [disposed],
        decree="SK 3/2026",
        reason=DISPOSAL_REASONS[0],
        occurred_on=date(2026, 5, 5),
    )
    add_value(db, admin, laptop, 1_000_000, occurred_on=date(2026, 3, 1))
    return Office(admin, (head, meeting), laptop, disposed, bought)


def _write(db: Database, office: Office, path: Path, year: int = 2026, **kwargs: Any) -> Any:
    return write_inventory_workbook(db, office.admin, year, path, **kwargs)


def _table(ws: Any, sheet: str) -> tuple[list[list[Any]], list[Any]]:
    """The body rows and the totals row of a one-block sheet."""
    first, _, below = HEADERS[sheet]
    start = first + (2 if below is not None else 1)
    rows: list[list[Any]] = []
    for row in ws.iter_rows(min_row=start, values_only=True):
        if row[0] == TOTAL:
            return rows, list(row)
        rows.append(list(row))
    raise AssertionError(f"{sheet}: no totals row")


@pytest.fixture
def workbook_2026(db: Database, office: Office, tmp_path: Path) -> tuple[Any, Any]:
    path = tmp_path / "inventaris-2026.xlsx"
    report = _write(db, office, path)
    return load_workbook(path), report


@pytest.fixture(scope="module", params=BACKENDS)
def read_only_2026(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Any, Any]:
    """``workbook_2026`` written once per backend, for the tests that only read the workbook."""
    folder = tmp_path_factory.mktemp("workbook")
    with shared_database(request, folder) as db:
        report = _write(db, _office(db), folder / "inventaris-2026.xlsx")
    return load_workbook(folder / "inventaris-2026.xlsx"), report


def test_every_sheet_carries_the_titles_of_the_form_in_order(
    read_only_2026: tuple[Any, Any],
) -> None:
    workbook, report = read_only_2026
    assert workbook.sheetnames == SHEETS
    assert [summary.name for summary in report.sheets] == SHEETS
    for name in SHEETS:
        ws = workbook[name]
        first, top, below = HEADERS[name]
        width = len(top)
        assert [ws.cell(first, column).value for column in range(1, width + 1)] == top, name
        if below is not None:
            assert [ws.cell(first + 1, c).value for c in range(1, width + 1)] == below, name
        letterhead = [ws.cell(row, 1).value for row in range(1, 7)]
        assert letterhead == [
            "PEMERINTAH KABUPATEN LANGKAT",
            "Bagian Umum Sekretariat Daerah",
            "KODE LOKASI: 12.02.05.04.01.01.01",
            None,
            TITLES[name],
            "Keadaan per 31 Desember 2026",
        ], name
    assert workbook["KIR"].cell(7, 1).value == "RUANGAN: R.01 – Ruang Kepala Bagian"
    assert workbook["Mutasi"].cell(7, 1).value == ("PERIODE: 1 Januari 2026 s.d. 31 Desember 2026")


def test_grouped_titles_span_their_columns(read_only_2026: tuple[Any, Any]) -> None:
    workbook, _ = read_only_2026
    merged = {str(cell_range) for cell_range in workbook["Mutasi"].merged_cells.ranges}
    assert {"D10:F10", "G10:I10", "J10:L10", "M10:O10", "A10:A11", "C10:C11"} <= merged
    merged = {str(cell_range) for cell_range in workbook["KIB A"].merged_cells.ranges}
    assert {"I8:J8", "A8:A9", "N8:N9"} <= merged
    merged = {str(cell_range) for cell_range in workbook["KIB C"].merged_cells.ranges}
    assert {"J8:K8", "I8:I9"} <= merged


def test_totals_are_numbers_equal_to_the_engines_sums(
    db: Database, office: Office, workbook_2026: tuple[Any, Any]
) -> None:
    workbook, report = workbook_2026
    with inventory_snapshot(db, office.admin, 2026) as snapshot:
        items = list(snapshot.items())
        recap = snapshot.recap()
        mutation = snapshot.mutation()
        rooms = [(room, list(positions)) for room, positions in snapshot.room_items()]
    for sheet, kib, price in (("KIB A", "A", 12), ("KIB B", "B", 14), ("KIB C", "C", 15)):
        rows, totals = _table(workbook[sheet], sheet)
        mine = [item for item in items if item.kib == kib]
        assert len(rows) == len(mine) == report.sheet(sheet).rows
        assert [row[price] for row in rows] == [item.value for item in mine]
        assert totals[price] == sum(item.value for item in mine) == report.sheet(sheet).total
    rows, totals = _table(workbook["Buku Inventaris"], "Buku Inventaris")
    assert (totals[12], totals[13]) == (len(items), sum(item.value for item in items))
    assert (report.items, report.value) == (totals[12], totals[13])
    assert [row[0] for row in rows] == list(range(1, len(items) + 1))
    rows, totals = _table(workbook["Rekapitulasi"], "Rekapitulasi")
    jenis = [line for line in recap if line.is_jenis]
    assert [row[1] for row in rows] == [line.code for line in recap]
    assert totals[3:7] == [
        sum(line.count for line in jenis),
        sum(line.value for line in jenis),
        sum(line.accumulated for line in jenis),
        sum(line.book_value for line in jenis),
    ]
    rows, totals = _table(workbook["Mutasi"], "Mutasi")
    assert [row[1] for row in rows] == [line.code for line in mutation]
    for index, part in enumerate(("opening", "added", "removed", "closing")):
        for offset, field in enumerate(("count", "value", "depreciation")):
            column = 3 + index * 3 + offset
            expected = sum(getattr(getattr(line, part), field) for line in mutation)
            assert totals[column] == expected, (part, field)
    rows, totals = _table(workbook["Penyusutan"], "Penyusutan")
    depreciated = [item for item in items if item.useful_years is not None]
    # The items disposed of during the year are listed too (tests/integration/
    # test_depreciation_sheet.py checks their figures).
    gone = [row for row in rows if str(row[18]).startswith("Dihapus")]
    kept = [row for row in rows if row not in gone]
    assert [(row[1], row[10]) for row in kept] == [
        (item.code, item.useful_years) for item in depreciated
    ]
    assert [row[5] for row in gone] == ["PF7"]  # the laptop disposed of on 5 May 2026
    assert [totals[9], totals[14], totals[16], totals[17]] == [
        sum(item.value for item in depreciated) + sum(row[9] for row in gone),
        sum(item.charge_this_year for item in depreciated) + sum(row[14] for row in gone),
        sum(item.accumulated for item in depreciated),
        sum(item.book_value for item in depreciated),
    ]
    assert report.sheet("Penyusutan").total == totals[17]
    kir_totals = [row[8] for row in workbook["KIR"].iter_rows(values_only=True) if row[0] == TOTAL]
    assert kir_totals == [len(positions) for _, positions in rooms]
    assert report.sheet("KIR").items == sum(kir_totals)


def test_every_mutation_line_balances_and_a_disposal_counts_as_berkurang(
    db: Database, office: Office, tmp_path: Path, workbook_2026: tuple[Any, Any]
) -> None:
    workbook, _ = workbook_2026
    rows, totals = _table(workbook["Mutasi"], "Mutasi")
    for row in [*rows, totals]:
        for offset in range(3):  # count, value, accumulated depreciation
            opening, added, removed, closing = (row[3 + part * 3 + offset] for part in range(4))
            assert opening + added - removed == closing, (row[1], offset)
    laptops = next(row for row in rows if row[1] == objek_of(LAPTOP))
    assert laptops[3] == 2  # the laptop and the one disposed of in 2026, both bought in 2024
    assert laptops[6] == 1  # bought in 2026
    assert laptops[9] == 1  # disposed of on 5 May 2026
    assert laptops[10] == 10_000_000
    assert laptops[12] == 2
    # The disposed laptop leaves the cards of 2026, but is on those of 2025.
    kib_b, _ = _table(workbook["KIB B"], "KIB B")
    assert "PF7" not in [row[8] for row in kib_b]
    path_2025 = tmp_path / "inventaris-2025.xlsx"
    _write(db, office, path_2025, year=2025)
    earlier = load_workbook(path_2025)
    kib_b_2025, _ = _table(earlier["KIB B"], "KIB B")
    assert "PF7" in [row[8] for row in kib_b_2025]
    # Each year's saldo akhir is the next year's saldo awal.
    closing_2025 = {row[1]: row[12:15] for row in _table(earlier["Mutasi"], "Mutasi")[0]}
    for row in rows:
        assert row[3:6] == closing_2025.get(row[1], [0, 0, 0]), row[1]


def test_pages_are_landscape_one_page_wide_with_headers_repeated(
    db: Database, office: Office, tmp_path: Path
) -> None:
    settings = get_office_settings(db, office.admin)
    update_office_settings(db, office.admin, replace(settings, paper_size="F4"))
    path = tmp_path / "f4.xlsx"
    _write(db, office, path)
    workbook = load_workbook(path)
    for name in SHEETS:
        ws = workbook[name]
        first, _, below = HEADERS[name]
        last = first + (1 if below is not None else 0)
        assert ws.page_setup.orientation == "landscape", name
        assert ws.page_setup.paperSize == 14, name  # Folio, the F4 of Indonesian offices
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), name
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True, name
        assert ws.freeze_panes == f"A{last + 1}", name
        if name == "KIR":
            # Each room on its own page with its own header: nothing repeated.
            assert ws.print_title_rows is None
            assert [brk.id for brk in ws.row_breaks.brk] == [_second_room_start(ws) - 1]
        elif name in ("Rekapitulasi", "Mutasi"):
            # All items, intrakomptabel, ekstrakomptabel: each block on its own page.
            assert ws.print_title_rows is None
            assert [brk.id + 1 for brk in ws.row_breaks.brk] == _block_starts(ws)[1:]
        else:
            assert ws.print_title_rows == f"${first}:${last}", name
            assert not ws.row_breaks.brk, name
        assert ws.print_area.endswith(f"${ws.max_row}"), name
        assert ws.column_dimensions["A"].width > 0


def _block_starts(ws: Any) -> list[int]:
    return [
        row
        for row in range(1, ws.max_row + 1)
        if ws.cell(row, 1).value == "PEMERINTAH KABUPATEN LANGKAT"
    ]


def _second_room_start(ws: Any) -> int:
    starts = [
        row
        for row in range(1, ws.max_row + 1)
        if ws.cell(row, 1).value == "PEMERINTAH KABUPATEN LANGKAT"
    ]
    assert len(starts) == 2
    return starts[1]


def test_rupiah_are_whole_numbers_and_dates_are_dates(read_only_2026: tuple[Any, Any]) -> None:
    workbook, _ = read_only_2026
    kib_a = workbook["KIB A"]
    price = kib_a.cell(10, 13)
    assert (price.value, price.number_format) == (150_000_000, "#,##0")
    assert type(price.value) is int
    certificate = kib_a.cell(10, 9)
    assert isinstance(certificate.value, datetime)  # a real date (openpyxl reads datetimes)
    assert certificate.value.date() == date(2010, 5, 4)
    assert certificate.number_format == "DD-MM-YYYY"
    area = kib_a.cell(10, 5)
    assert (Decimal(str(area.value)), area.number_format) == (Decimal("250.5"), "#,##0.00")
    assert kib_a.cell(10, 4).value == "000001"  # the register stays text, zero-padded
    assert kib_a.cell(10, 6).number_format == "0"  # a year, not 2,010
    kib_c = workbook["KIB C"]
    assert [kib_c.cell(10, column).value for column in (5, 6, 7)] == ["B", "Bertingkat", "Beton"]
    assert kib_c.cell(10, 10).value.date() == date(2015, 2, 3)
    mutation = workbook["Mutasi"]
    assert mutation.cell(12, 6).number_format == "(#,##0);-(#,##0);0"  # in parentheses
    assert mutation.cell(12, 5).number_format == "#,##0"
    for row in workbook["Buku Inventaris"].iter_rows(min_row=9, values_only=True):
        if row[0] == TOTAL:
            break
        assert type(row[13]) is int and type(row[12]) is int


def test_kir_folds_alike_registers_and_is_signed_by_the_room(
    read_only_2026: tuple[Any, Any],
) -> None:
    workbook, _ = read_only_2026
    ws = workbook["KIR"]
    assert [ws.cell(10, column).value for column in range(1, 12)] == [
        1,
        None,
        "000001 – 000003",
        "1.3.2.05.02.01.003",
        "Kursi besi",
        None,
        "Chitose",
        2021,
        3,
        "Unit",
        "Baik",
    ]
    texts = [value for row in ws.iter_rows(values_only=True) for value in row if value]
    assert "Penanggung Jawab Ruangan" in texts and "Sari Lubis" in texts
    assert "RUANGAN: R.02 – Ruang Rapat" in texts
    assert texts.count("Stabat, 31 Desember 2026") == 2  # each room signed


def test_signature_blocks_come_from_the_settings(read_only_2026: tuple[Any, Any]) -> None:
    workbook, _ = read_only_2026
    for name in SHEETS:
        texts = [v for row in workbook[name].iter_rows(values_only=True) for v in row if v]
        for expected in (
            "Mengetahui,",
            "Kepala Bagian Umum",
            "Drs. Zulkarnain",
            "NIP 19710111 200202 2 121",
            "Stabat, 31 Desember 2026",
            "Pengurus Barang",
            "Rahmat Hidayat",
            "NIP 19870324 201608 2 808",
        ):
            assert expected in texts, (name, expected)


def test_the_workbook_of_a_year_is_the_same_whenever_it_is_made(
    db: Database, office: Office, tmp_path: Path, clock: FakeClock
) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    _write(db, office, first)
    clock.advance(days=3, hours=5)
    _write(db, office, second)
    assert first.read_bytes() == second.read_bytes()
    properties = load_workbook(first).properties
    assert properties.created == properties.modified
    assert properties.created.date() == date(2026, 12, 31)  # the position date, not today


def test_a_position_date_within_the_year(db: Database, office: Office, tmp_path: Path) -> None:
    path = tmp_path / "semester.xlsx"
    _write(db, office, path, as_of=date(2026, 6, 30))
    workbook = load_workbook(path)
    assert workbook["KIB B"].cell(6, 1).value == "Keadaan per 30 Juni 2026"
    signed = [v for row in workbook["KIB B"].iter_rows(values_only=True) for v in row if v]
    assert "Stabat, 30 Juni 2026" in signed
    with pytest.raises(ValidationError) as refused:
        _write(db, office, tmp_path / "wrong.xlsx", as_of=date(2025, 12, 31))
    assert refused.value.field == "as_of"
    assert not (tmp_path / "wrong.xlsx").exists()


def test_progress_runs_up_to_the_total(db: Database, office: Office, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    path = tmp_path / "x.xlsx"
    _write(db, office, path, progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0
    assert calls[-1][0] == calls[-1][1] > 0
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_leaves_no_file_and_the_old_one_untouched(
    db: Database, office: Office, tmp_path: Path
) -> None:
    folder = tmp_path / "out"  # the SQLite database lives in tmp_path
    folder.mkdir()
    path = folder / "inventaris.xlsx"
    path.write_bytes(b"last year's file")
    polls = iter([False, False, True])  # the third poll: after the items' sheets were begun
    with pytest.raises(Cancelled):
        _write(db, office, path, cancelled=lambda: next(polls, True))
    assert path.read_bytes() == b"last year's file"
    assert os.listdir(folder) == ["inventaris.xlsx"]
    assert not [name for name in openpyxl_writer.ALL_TEMP_FILES if os.path.exists(name)]


def test_missing_settings_are_refused_before_anything_is_written(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError):
        write_inventory_workbook(db, admin, 2026, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_a_room_longer_than_a_page_gets_its_header_again_on_every_page(
    db: Database, office: Office, tmp_path: Path
) -> None:
    big = save_room(db, office.admin, RoomInput(code="R.09", name="Gudang Arsip")).id
    for number in range(120):  # different merk each, so the KIR cannot fold them into a range
        create_assets(db, office.admin, _laptop(room_id=big, brand_type=f"ThinkPad E14 #{number}"))
    path = tmp_path / "big.xlsx"
    _write(db, office, path)
    ws = load_workbook(path)["KIR"]
    starts = [1] + [brk.id + 1 for brk in ws.row_breaks.brk]
    pages: dict[str, list[str]] = {}  # room line: its pages' "Halaman k dari n"
    numbers: dict[str, list[int]] = {}
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else ws.max_row + 1
        # every page: the letterhead, the room with its page line, then the table header
        assert ws.cell(start, 1).value == "PEMERINTAH KABUPATEN LANGKAT"
        header = next(row for row in range(start, end) if ws.cell(row, 1).value == "No")
        assert [ws.cell(header, column).value for column in (1, 2, 3)] == [
            "No",
            "NIBAR",
            "Nomor Register",
        ]
        room = ws.cell(header - 2, 1).value
        pages.setdefault(room, []).append(ws.cell(header - 2, 9).value)
        numbers.setdefault(room, []).extend(
            ws.cell(row, 1).value
            for row in range(header + 1, end)
            if isinstance(ws.cell(row, 1).value, int)
        )
    big_pages = pages.pop("RUANGAN: R.09 – Gudang Arsip")
    assert len(big_pages) >= 3  # 120 rows: several pages, counted for the room alone
    assert big_pages == [f"Halaman {k} dari {len(big_pages)}" for k in range(1, len(big_pages) + 1)]
    assert pages and all(shown == ["Halaman 1 dari 1"] for shown in pages.values())
    for room, shown in numbers.items():
        assert shown == list(range(1, len(shown) + 1)), room  # numbering runs on per room
