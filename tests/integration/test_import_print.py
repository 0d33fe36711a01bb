"""A KIB as the regional BMD system prints it, brought to the import the way an office brings it.

The print gives its prices in thousands ("Harga (ribuan Rp)"), repeats its page header on every
page (the title, the identity block, the header over two rows, the row of column numbers) and
closes each page with a JUMLAH row. None of it may come in silently wrong: amounts are scaled
exactly and the check says so, the page furniture is left out, and a price too low to believe
under a heading that names no unit is a warning a person must confirm.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.importing import planning, rows
from inventaris.importing.problems import Severity
from inventaris.importing.service import ImportReport, import_assets, open_import
from inventaris.model import Asset
from tests.support.builders import first_admin

CHAIR = "1.3.2.05.02.01.003"
LAPTOP = "1.3.2.10.01.02.002"
HOUSE = "1.3.3.01.02.02.001"

# KIB B as Permendagri 19/2016 lays it out: sixteen columns, "Nomor" over five of them.
UPPER = [
    "No. Urut",
    "Kode Barang",
    "Jenis Barang / Nama Barang",
    "Nomor Register",
    "Merk / Type",
    "Ukuran / CC",
    "Bahan",
    "Tahun Pembelian",
    "Nomor",
    None,
    None,
    None,
    None,
    "Asal Usul / Cara Perolehan",
    "Harga (ribuan Rp)",
    "Keterangan",
]
LOWER = [None] * 8 + ["Pabrik", "Rangka", "Mesin", "Polisi", "BPKB"] + [None] * 3
PRICE = "O"  # the price column's letter
WIDTH = len(UPPER)
FIRST_PAGE_ITEMS = 30
SECOND_PAGE_ITEMS = 12


def page_header(sheet: Worksheet, *, first_page: bool) -> None:
    """The title, the identity block, the header over two rows (merged) and the numbering."""
    sheet.append(["KARTU INVENTARIS BARANG (KIB) B"])
    sheet.append(["PERALATAN DAN MESIN"])
    sheet.append(["PROVINSI", None, ": SUMATERA UTARA"])
    if first_page:
        sheet.append(["KABUPATEN", None, ": LANGKAT"])
        sheet.append(["SKPD/UNIT", None, ": SEKRETARIAT DAERAH / BAGIAN UMUM"])
    sheet.append(["NO. KODE LOKASI", None, ": 12.02.05.04.01.01.01"])
    sheet.append([])
    sheet.append(UPPER)
    top = sheet.max_row
    sheet.append(LOWER)
    for column in "ABCDEFGHNOP":
        sheet.merge_cells(f"{column}{top}:{column}{top + 1}")
    sheet.merge_cells(f"I{top}:M{top}")
    sheet.append(list(range(1, WIDTH + 1)))


def total_row(label: str, amount: Any) -> list[Any]:
    return [label] + [None] * (WIDTH - 2) + [amount]  # the amount under Harga


def item(number: int, registers: dict[str, int]) -> tuple[list[Any], int]:
    """An item row, laptops and chairs in turn; each price written as a number or as text.

    Returns the row and the price it means, in Rupiah.
    """
    laptop = number % 2 == 1
    code = LAPTOP if laptop else CHAIR
    registers[code] = registers.get(code, 0) + 1
    typed = number % 4 in (1, 2)
    if laptop:
        price, rupiah = ("9.875" if typed else 9875), 9_875_000
    else:
        price, rupiah = ("2.475,5" if typed else 2475.5), 2_475_500
    row: list[Any] = [
        number,
        code,
        "Laptop" if laptop else "Kursi Lipat",
        f"{registers[code]:06d}",
        "Lenovo" if laptop else "Chitose",
        None,
        None if laptop else "Besi",
        2021,
        f"SN{number:05d}" if laptop else None,
        None,
        None,
        None,
        None,
        "Pembelian",
        price,
        None,
    ]
    return row, rupiah


def bmd_print(path: Path) -> tuple[Path, dict[int, int]]:
    """Two printed pages of KIB B; returns the file and each item's row with its Rupiah."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB B"
    registers: dict[str, int] = {}
    expected: dict[int, int] = {}
    page_header(sheet, first_page=True)
    page_total = 0
    for number in range(1, FIRST_PAGE_ITEMS + 1):
        row, rupiah = item(number, registers)
        sheet.append(row)
        expected[sheet.max_row] = rupiah
        page_total += rupiah // 1000
    sheet.append(total_row("JUMLAH HALAMAN", page_total))
    sheet.append(total_row("jumlah s/d halaman ini", page_total))
    # The next page: its header again, then the sum carried over.
    page_header(sheet, first_page=False)
    sheet.append(total_row("JUMLAH DIPINDAHKAN", page_total))
    for number in range(FIRST_PAGE_ITEMS + 1, FIRST_PAGE_ITEMS + SECOND_PAGE_ITEMS + 1):
        row, rupiah = item(number, registers)
        sheet.append(row)
        expected[sheet.max_row] = rupiah
    sheet.append(total_row("JUMLAH HALAMAN", 0))
    sheet.append(total_row("JUMLAH", page_total))
    sheet.append([])
    sheet.append([None, "Mengetahui,", None, None, None, None, None, None, "Stabat, 31-12-2025"])
    sheet.append(
        [None, "Kepala Bagian Umum", None, None, None, None, None, None, "Pengurus Barang"]
    )
    workbook.save(path)
    return path, expected


@pytest.fixture
def admin(db: Database) -> Actor:
    return first_admin(db)


def run(db: Database, admin: Actor, path: Path, **options: Any) -> ImportReport:
    return import_assets(db, admin, open_import(db, admin, path), **options)


def prices(db: Database) -> list[tuple[str, str, int]]:
    with db.read() as session:
        query = select(Asset.code, Asset.name, Asset.price).order_by(
            Asset.code, Asset.register_number
        )
        return [(code, name, price) for code, name, price in session.execute(query)]


# --- a column in thousands -------------------------------------------------------------------


def test_prices_in_thousands_of_rupiah_are_scaled_exactly(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path, _ = bmd_print(tmp_path / "kib-b-bmd.xlsx")
    report = run(db, admin, path, valid_only=True)  # the page header has its own test

    assert report.written
    found = prices(db)
    laptops = [price for code, _, price in found if code == LAPTOP]
    chairs = [price for code, _, price in found if code == CHAIR]
    # 9.875 (a number, or typed as text) thousand is Rp 9.875.000; 2.475,5 is Rp 2.475.500,
    # never rounded to 2.476 first.
    assert laptops == [9_875_000] * 21
    assert chairs == [2_475_500] * 21


def test_the_check_says_which_column_was_multiplied(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path, _ = bmd_print(tmp_path / "kib-b-bmd.xlsx")
    report = run(db, admin, path, dry_run=True)

    assert [(n.sheet, n.row, n.column, n.value, n.severity) for n in report.notices] == [
        ("KIB B", 0, PRICE, "Harga (ribuan Rp)", Severity.NOTICE)
    ]
    assert report.notices[0].message() == "Column O 'Harga (ribuan Rp)': values multiplied by 1.000"
    assert report.notices[0].template == planning.NOTICE_SCALED
    # Said, never in the way: no problem, nothing to confirm.
    assert report.problems == () and report.warnings == ()


def test_millions_of_rupiah_are_scaled_too(db: Database, admin: Actor, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB C"
    sheet.append(["KARTU INVENTARIS BARANG (KIB) C – GEDUNG DAN BANGUNAN"])
    heading = "Nilai (dalam jutaan rupiah)"
    sheet.append(
        ["Kode Barang", "Nama Barang", "Register", "Tahun", heading, "Letak", "Luas Lantai"]
    )
    sheet.append([HOUSE, "Rumah Dinas Sekda", 1, 2015, 850.5, "Jl. Proklamasi No. 1", 120])
    sheet.append([HOUSE, "Rumah Dinas Asisten", 2, 2015, "1.250,75", "Jl. Sudirman 2", 90])
    workbook.save(tmp_path / "kib-c.xlsx")

    report = run(db, admin, tmp_path / "kib-c.xlsx")

    assert report.problems == () and report.warnings == () and report.written
    assert [price for _, _, price in prices(db)] == [850_500_000, 1_250_750_000]
    assert [notice.message() for notice in report.notices] == [
        "Column E 'Nilai (dalam jutaan rupiah)': values multiplied by 1.000.000"
    ]


# --- the page header printed on every page ---------------------------------------------------


def test_the_page_header_repeated_mid_sheet_gives_no_rows(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path, expected = bmd_print(tmp_path / "kib-b-bmd.xlsx")
    report = run(db, admin, path, dry_run=True)

    assert [(p.row, p.column, p.message()) for p in report.problems] == []
    # Every item, on both pages, and nothing else: no title, identity line, header, numbering
    # or JUMLAH row became a row of its own.
    assert (report.rows, report.new, report.rows_with_problems) == (len(expected), 42, 0)


def test_a_page_header_written_otherwise_is_left_out_but_an_item_without_a_code_is_not(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB B"
    page_header(sheet, first_page=True)
    registers: dict[str, int] = {}
    for number in (1, 2):
        sheet.append(item(number, registers)[0])
    # The next page's header, typed again by hand rather than printed: spelt otherwise.
    sheet.append(["KIB B - Peralatan dan Mesin"])
    sheet.append(["Pemerintah Kabupaten Langkat"])
    sheet.append(["Provinsi: Sumatera Utara"])
    sheet.append(["Kode Lokasi 12.02.05.04.01.01.01"])
    sheet.append(["Halaman 2"])
    sheet.append(["No", "Kode Barang", "Nama Barang", "Register"] + [None] * 10 + ["Harga"])
    sheet.append([f"({number})" for number in range(1, WIDTH + 1)])
    sheet.append(item(3, registers)[0])
    forgotten = item(4, registers)[0]
    forgotten[1] = None  # its kode barang forgotten: a problem to report, not a row to skip
    sheet.append(forgotten)
    workbook.save(tmp_path / "kib-b.xlsx")

    report = run(db, admin, tmp_path / "kib-b.xlsx", dry_run=True)

    assert [(p.row, p.column, p.template) for p in report.problems] == [
        (sheet.max_row, "B", rows.PROBLEM_MISSING)
    ]
    assert (report.rows, report.new) == (4, 3)


# --- a price too low to believe --------------------------------------------------------------


def _unit_less(path: Path, data: list[list[Any]], price_heading: str = "Harga") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB B"
    sheet.append(
        ["Kode Barang", "Nama Barang", "Register", "Tahun", price_heading, "Alamat", "Luas Lantai"]
    )
    for row in data:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_doubtful_price_is_a_warning_to_confirm(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = _unit_less(
        tmp_path / "kib.xlsx",
        [
            [CHAIR, "Kursi", 1, 2020, "8.500"],
            [LAPTOP, "Laptop", 1, 2021, 12_500_000],
            [HOUSE, "Pos Jaga", 1, 2019, 850_000, "Jl. Proklamasi No. 1", 6],  # under a million
            [CHAIR, "Kursi Hibah", 2, 2020, 0],  # no value given: no scale to doubt
        ],
    )
    checked = run(db, admin, path, dry_run=True)
    assert checked.problems == ()
    assert [(w.row, w.column, w.value, w.severity) for w in checked.warnings] == [
        (2, "E", "8.500", Severity.WARNING),
        (4, "E", "850000", Severity.WARNING),
    ]
    first = checked.warnings[0].message()
    assert first.startswith("Kursi: Rp 8.500 for one item is too low to be sure of for KIB B")
    assert "(under Rp 10.000)" in first
    assert "KIB C (under Rp 1.000.000)" in checked.warnings[1].message()

    # Not written until a person confirms: all of them, or exactly the ones shown.
    refused = run(db, admin, path)
    assert (refused.written, len(refused.warnings)) == (False, 2) and prices(db) == []
    one_only = run(db, admin, path, accept_warnings={checked.warnings[0].key()})
    assert one_only.written is False and prices(db) == []
    accepted = run(db, admin, path, accept_warnings={w.key() for w in checked.warnings})
    assert accepted.written is True
    assert (CHAIR, "Kursi", 8_500) in prices(db)
    # Once in the register, the same file finds it unchanged: nothing left to confirm.
    again = run(db, admin, path)
    assert (again.unchanged, again.warnings, again.written) == (4, (), True)


def test_a_heading_naming_the_unit_is_taken_at_its_word(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = _unit_less(tmp_path / "kib.xlsx", [[CHAIR, "Kursi", 1, 2020, 8_500]], "Harga (Rp)")
    report = run(db, admin, path)
    assert (report.problems, report.warnings, report.notices, report.written) == (
        (),
        (),
        (),
        True,
    )
    assert prices(db) == [(CHAIR, "Kursi", 8_500)]
