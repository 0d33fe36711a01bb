"""The KIR of one room as .xlsx: read back cell by cell, as the BPKAD would compare it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.assets.events import change_condition, dispose_assets
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.inventory.kir import KirReport, export_kir
from inventaris.locations import RoomInput, save_room
from inventaris.office import OfficeSettings, get_office_settings, update_office_settings
from tests.conftest import filled
from tests.support.builders import chair, first_admin, office_values, user_with_role

HEADERS = [
    "No",
    "NIBAR",
    "Nomor Register",
    "Kode Barang",
    "Nama Barang",
    "Spesifikasi Nama Barang",
    "Merk/Tipe",
    "Tahun Perolehan",
    "Jumlah",
    "Satuan",
    "Keterangan",
]
CHAIR_CODE = "1.3.2.05.02.01.003"
LAPTOP_CODE = "1.3.2.10.01.02.002"


def _fill_settings(db: Database, admin: Actor, paper_size: str = "A4") -> OfficeSettings:
    settings = office_values(get_office_settings(db, admin), paper_size=paper_size)
    return update_office_settings(db, admin, settings)


def _room(db: Database, admin: Actor, code: str = "R.01", **changes: Any) -> int:
    data = RoomInput(
        code=code,
        name="Ruang Kepala Bagian",
        responsible_name="Sari Lubis",
        responsible_nip="199001012015012003",
    )
    return save_room(db, admin, replace(data, **changes)).id


def _laptop(room_id: int, **changes: Any) -> Any:
    laptop = {
        "code": LAPTOP_CODE,
        "name": "Laptop",
        "brand_type": "Lenovo ThinkPad E14",
        "acquisition_year": 2024,
        "acquisition_date": date(2024, 5, 2),
        "price": 14_500_000,
    }
    return chair(**{**laptop, **changes}, room_id=room_id)


def _sheet(path: Path) -> Any:
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["KIR"]
    return workbook["KIR"]


def _row_of(ws: Any, column: int, text: str) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, column).value == text)


def _values(ws: Any, row: int) -> list[Any]:
    return [ws.cell(row, column).value for column in range(1, 12)]


@pytest.fixture
def furnished(request: pytest.FixtureRequest, db: Database) -> tuple[Actor, int]:
    """Made once per backend and copied (``filled`` in tests/conftest.py)."""
    return filled(request, db, _furnished)


def _furnished(db: Database) -> tuple[Actor, int]:
    """Room R.01 with 50 chairs, 2 laptops and things that must stay off its card."""
    admin = first_admin(db)
    _fill_settings(db, admin)
    room = _room(db, admin)
    other_room = _room(db, admin, "R.02", name="Gudang")
    create_assets(db, admin, chair(room_id=room), quantity=50)  # registers 1–50
    gone = create_assets(db, admin, chair(room_id=room))[0]  # 51, disposed below
    dispose_assets(db, admin, [gone.id], decree="SK 12/2026", reason=_a_reason())
    create_assets(db, admin, chair(room_id=other_room))  # 52, another room
    create_assets(db, admin, chair(room_id=room))  # 53: not next to 50, a row of its own
    create_assets(
        db,
        admin,
        _laptop(room, specification="Core i5, RAM 8 GB", serial_number="PF3ABC01", nibar="N-0001"),
    )
    create_assets(
        db,
        admin,
        _laptop(room, specification="Core i7, RAM 16 GB", serial_number="PF3ABC02", condition="RR"),
    )
    building = chair(
        code="1.3.3.01.01.01.001",
        name="Gedung Kantor Bupati",
        brand_type="",
        address="Jl. Proklamasi No. 1, Stabat",
        floor_area_m2=Decimal("850.00"),
        price=2_500_000_000,
    )
    create_assets(db, admin, building)  # KIB C never sits in a room
    return admin, room


def _a_reason() -> str:
    from inventaris.assets.events import DISPOSAL_REASONS

    return next(iter(DISPOSAL_REASONS))


def test_kir_folds_alike_registers_and_leaves_out_what_is_not_in_the_room(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    admin, room = furnished
    report = export_kir(db, admin, room, tmp_path / "kir.xlsx")
    assert report == KirReport(path=tmp_path / "kir.xlsx", rows=4, items=53)

    ws = _sheet(report.path)
    header = _row_of(ws, 1, "No")
    assert _values(ws, header) == HEADERS
    assert ws.cell(header - 2, 9).value == "Halaman 1 dari 1"  # beside the room, on the right
    assert [ws.cell(row, 1).value for row in range(1, header)] == [
        "PEMERINTAH KABUPATEN LANGKAT",
        "Bagian Umum Sekretariat Daerah",
        "KODE LOKASI: 12.02.05.04.01.01.01",
        None,
        "KARTU INVENTARIS RUANGAN (KIR)",
        "Keadaan per 28 November 2026",
        "RUANGAN: R.01 – Ruang Kepala Bagian",
        None,
    ]
    chair_row = [CHAIR_CODE, "Kursi besi", None, "Chitose", 2021]
    laptop_row = [LAPTOP_CODE, "Laptop"]
    assert _values(ws, header + 1) == [1, None, "000001 – 000050", *chair_row, 50, "Unit", "Baik"]
    assert _values(ws, header + 2) == [2, None, "000053", *chair_row, 1, "Unit", "Baik"]
    assert _values(ws, header + 3) == [
        3,
        "N-0001",
        "000001",
        *laptop_row,
        "Core i5, RAM 8 GB",
        "Lenovo ThinkPad E14",
        2024,
        1,
        "Unit",
        "Baik",
    ]
    assert _values(ws, header + 4) == [
        4,
        None,
        "000002",
        *laptop_row,
        "Core i7, RAM 16 GB",
        "Lenovo ThinkPad E14",
        2024,
        1,
        "Unit",
        "Rusak Ringan",
    ]
    totals = header + 5
    assert ws.cell(totals, 1).value == "JUMLAH"
    assert ws.cell(totals, 9).value == 53
    assert ws.cell(totals + 1, 1).value is None  # nothing else in the table

    first = ws.cell(header + 1, 1)
    assert ws.cell(header + 1, 8).number_format == "0"  # 2021, not 2.021
    assert ws.cell(header + 1, 9).number_format == "#,##0"
    assert ws.cell(totals, 9).number_format == "#,##0"
    assert ws.cell(header, 1).font.bold and ws.cell(totals, 9).font.bold
    assert first.border.left.style == "thin" and ws.cell(totals, 11).border.bottom.style == "thin"


def test_kir_signature_block_names_the_three_signatories(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    admin, room = furnished
    ws = _sheet(export_kir(db, admin, room, tmp_path / "kir.xlsx", as_of=date(2026, 12, 31)).path)
    assert ws.cell(6, 1).value == "Keadaan per 31 Desember 2026"
    top = _row_of(ws, 1, "Mengetahui,")
    assert top > _row_of(ws, 1, "JUMLAH")
    left, middle, right = 1, 5, 9
    assert ws.cell(top, right).value == "Stabat, 31 Desember 2026"
    assert [ws.cell(top + 1, column).value for column in (left, middle, right)] == [
        "Kepala Bagian Umum",
        "Penanggung Jawab Ruangan",
        "Pengurus Barang",
    ]
    name_row = top + 5
    assert [ws.cell(name_row, column).value for column in (left, middle, right)] == [
        "Drs. Zulkarnain",
        "Sari Lubis",
        "Rahmat Hidayat",
    ]
    assert ws.cell(name_row, left).font.underline == "single"
    assert [ws.cell(name_row + 1, column).value for column in (left, middle, right)] == [
        "NIP 19710111 200202 2 121",
        "NIP 19900101 201501 2 003",
        "NIP 19870324 201608 2 808",
    ]


def test_kir_page_set_up_follows_the_paper_setting(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    admin, room = furnished
    ws = _sheet(export_kir(db, admin, room, tmp_path / "a4.xlsx").path)
    header = _row_of(ws, 1, "No")
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    # The card lays out its own pages (each repeats the room): no rows repeated by the sheet,
    # no sheet-wide page footer (the pages are numbered per room on the card).
    assert ws.print_title_rows is None
    assert not ws.oddFooter.center.text
    assert ws.freeze_panes == f"A{header + 1}"
    assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage

    _fill_settings(db, admin, paper_size="F4")
    ws = _sheet(export_kir(db, admin, room, tmp_path / "f4.xlsx").path)
    assert int(ws.page_setup.paperSize) == 14  # Folio, 8.5 × 13 in: the F4 sheet
    assert ws.page_setup.orientation == "landscape"


def test_mixed_conditions_are_counted_in_keterangan(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    _fill_settings(db, admin)
    room = _room(db, admin)
    chairs = create_assets(db, admin, chair(room_id=room), quantity=3)
    change_condition(db, admin, [chairs[2].id], "RB")
    ws = _sheet(export_kir(db, admin, room, tmp_path / "kir.xlsx").path)
    row = _row_of(ws, 1, "No") + 1
    assert ws.cell(row, 3).value == "000001 – 000003"
    assert ws.cell(row, 11).value == "Baik 2, Rusak Berat 1"


def test_an_empty_room_still_gives_a_signed_card(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    _fill_settings(db, admin)
    room = _room(db, admin, responsible_name="", responsible_nip="")
    report = export_kir(db, admin, room, tmp_path / "kir.xlsx")
    assert (report.rows, report.items) == (0, 0)
    ws = _sheet(report.path)
    totals = _row_of(ws, 1, "No") + 1
    assert (ws.cell(totals, 1).value, ws.cell(totals, 9).value) == ("JUMLAH", 0)
    top = _row_of(ws, 1, "Mengetahui,")
    assert ws.cell(top + 5, 5).value.startswith("(....")  # a line to write the name on
    assert ws.cell(top + 6, 5).value.startswith("NIP ....")


def test_a_read_only_user_may_print_but_not_another_units_room(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    admin, room = furnished
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    assert export_kir(db, leader, room, tmp_path / "kir.xlsx").items == 53
    stranger = replace(admin, unit_ids=frozenset({max(admin.unit_ids) + 100}))
    with pytest.raises(NotFound, match=f"room {room} does not exist"):
        export_kir(db, stranger, room, tmp_path / "other.xlsx")
    assert not (tmp_path / "other.xlsx").exists()


def test_kir_needs_the_office_settings_first(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    room = _room(db, admin)
    with pytest.raises(ValidationError, match="office settings"):
        export_kir(db, admin, room, tmp_path / "kir.xlsx")


def test_an_unwritable_place_is_refused_and_leaves_no_file(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    admin, room = furnished
    with pytest.raises(ValidationError, match="cannot be written") as refused:
        export_kir(db, admin, room, tmp_path / "missing-folder" / "kir.xlsx")
    assert refused.value.field == "path"
    folder = tmp_path / "exports"
    (folder / "kir.xlsx").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(ValidationError, match="cannot be written"):
        export_kir(db, admin, room, folder / "kir.xlsx")
    assert [path.name for path in folder.iterdir()] == ["kir.xlsx"]  # no half-written file


# --- the card as printed: pages per room, wrapped rows, header block, the 14-column card -------


def _page_starts(ws: Any) -> list[int]:
    """The first row of each printed page (the sheet's manual breaks)."""
    return [1] + [brk.id + 1 for brk in ws.row_breaks.brk]


def _texts(ws: Any, first: int, last: int) -> list[Any]:
    return [
        ws.cell(row, column).value
        for row in range(first, last)
        for column in range(1, ws.max_column + 1)
        if ws.cell(row, column).value is not None
    ]


def test_a_room_longer_than_a_page_shows_the_room_and_its_page_on_every_page(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    _fill_settings(db, admin)
    room = _room(db, admin)
    for number in range(90):  # a merk each, so the card cannot fold them into one row
        create_assets(db, admin, _laptop(room, brand_type=f"ThinkPad E14 #{number:02d}"))
    report = export_kir(db, admin, room, tmp_path / "kir.xlsx")
    ws = _sheet(report.path)
    starts = _page_starts(ws)
    assert report.pages == len(starts) >= 3
    numbers: list[int] = []
    for page, start in enumerate(starts, start=1):
        end = starts[page] if page < len(starts) else ws.max_row + 1
        header = next(row for row in range(start, end) if ws.cell(row, 1).value == "No")
        head = _texts(ws, start, header)
        assert head[:2] == ["PEMERINTAH KABUPATEN LANGKAT", "Bagian Umum Sekretariat Daerah"]
        assert "RUANGAN: R.01 – Ruang Kepala Bagian" in head
        assert f"Halaman {page} dari {len(starts)}" in head
        assert _values(ws, header) == HEADERS
        numbers += [
            ws.cell(row, 1).value
            for row in range(header + 1, end)
            if isinstance(ws.cell(row, 1).value, int)
        ]
    assert numbers == list(range(1, 91))  # every row once, numbering running on
    last_page = _texts(ws, starts[-1], ws.max_row + 1)
    assert "JUMLAH" in last_page and "Penanggung Jawab Ruangan" in last_page
    assert "JUMLAH" not in _texts(ws, 1, starts[-1])


def test_a_long_merk_wraps_in_its_cell_and_its_row_grows(db: Database, tmp_path: Path) -> None:
    from inventaris.reports.streaming import wrapped_lines

    admin = first_admin(db)
    _fill_settings(db, admin)
    room = _room(db, admin)
    long_merk = "Lenovo ThinkPad X1 Carbon Gen 11 Intel Evo vPro Core i7-1365U Ultra Light Edition"
    create_assets(db, admin, _laptop(room, brand_type=long_merk))
    create_assets(db, admin, _laptop(room, brand_type="Asus"))
    ws = _sheet(export_kir(db, admin, room, tmp_path / "kir.xlsx").path)
    first = _row_of(ws, 1, "No") + 1
    cell = ws.cell(first, 7)
    assert cell.value == long_merk and cell.alignment.wrap_text
    lines = wrapped_lines(long_merk, int(COLUMN_WIDTHS[6]))  # a character per unit of width
    assert lines >= 4
    assert ws.row_dimensions[first].height == pytest.approx(13.5 * lines)
    assert ws.row_dimensions[first + 1].height is None  # a short merk: the default height
    assert ws.cell(first + 1, 7).value == "Asus"  # the next row is a row of its own


def test_a_merk_just_over_the_width_gets_a_second_line(db: Database, tmp_path: Path) -> None:
    # LibreOffice without Calibri wrapped this 23-character merk in the 20-wide column while
    # the row stayed one line high, so the text ran into the row below.
    admin = first_admin(db)
    _fill_settings(db, admin)
    room = _room(db, admin)
    create_assets(db, admin, _laptop(room, brand_type="Lenovo ThinkCentre M70s"))
    ws = _sheet(export_kir(db, admin, room, tmp_path / "kir.xlsx").path)
    first = _row_of(ws, 1, "No") + 1
    assert ws.cell(first, 7).value == "Lenovo ThinkCentre M70s"
    assert ws.row_dimensions[first].height == pytest.approx(13.5 * 2)


COLUMN_WIDTHS = [20.0 if index == 6 else 0.0 for index in range(11)]  # Merk/Tipe's width


def test_wrapping_breaks_at_spaces_like_a_spreadsheet() -> None:
    from inventaris.reports.streaming import wrapped_lines

    assert wrapped_lines("", 10) == 1
    assert wrapped_lines("Lenovo", 10) == 1
    assert wrapped_lines("Lenovo ThinkPad", 10) == 2  # 15 characters, but two words
    assert wrapped_lines("aaaa bbbb cccc", 9) == 2
    assert wrapped_lines("x" * 25, 10) == 3  # a word longer than a line is cut


def test_the_header_block_shows_only_the_lines_that_are_set(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    admin, room = furnished
    settings = get_office_settings(db, admin)
    update_office_settings(
        db, admin, replace(settings, province="Sumatera Utara", sub_unit="Bagian Umum", upb="")
    )
    ws = _sheet(export_kir(db, admin, room, tmp_path / "kir.xlsx").path)
    header = _row_of(ws, 1, "No")
    assert [ws.cell(row, 1).value for row in range(1, header)] == [
        "PEMERINTAH KABUPATEN LANGKAT",
        "Bagian Umum Sekretariat Daerah",
        None,
        "KARTU INVENTARIS RUANGAN (KIR)",
        "Keadaan per 28 November 2026",
        "PROVINSI: Sumatera Utara",
        "KABUPATEN: LANGKAT",
        "SUB UNIT (KUASA PENGGUNA BARANG): Bagian Umum",
        "KODE LOKASI: 12.02.05.04.01.01.01",
        "RUANGAN: R.01 – Ruang Kepala Bagian",
        None,
    ]
    settings = get_office_settings(db, admin)
    update_office_settings(
        db,
        admin,
        replace(settings, bidang="Pemerintahan", unit_organisasi="Sekretariat Daerah", upb="UPB 1"),
    )
    ws = _sheet(export_kir(db, admin, room, tmp_path / "kir2.xlsx").path)
    texts = [ws.cell(row, 1).value for row in range(1, _row_of(ws, 1, "No"))]
    assert texts[5:12] == [
        "PROVINSI: Sumatera Utara",
        "KABUPATEN: LANGKAT",
        "BIDANG: Pemerintahan",
        "UNIT ORGANISASI (PENGGUNA BARANG): Sekretariat Daerah",
        "SUB UNIT (KUASA PENGGUNA BARANG): Bagian Umum",
        "UPB: UPB 1",
        "KODE LOKASI: 12.02.05.04.01.01.01",
    ]


HEADERS_14 = [
    "No Urut",
    "Nama Barang/Jenis Barang",
    "Merk/Model",
    "No. Seri Pabrik",
    "Ukuran",
    "Bahan",
    "Tahun Pembuatan/Pembelian",
    "No. Kode Barang",
    "Jumlah Barang/Register",
    "Harga Beli/Perolehan (Rp)",
    "Keadaan Barang",
    None,
    None,
    "Keterangan Mutasi dll",
]


def test_the_14_column_card_counts_each_condition(
    db: Database, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    from inventaris.inventory.kir import FORMAT_14

    admin, room = furnished
    chairs = create_assets(db, admin, chair(room_id=room), quantity=2)  # 54, 55 (after 53)
    change_condition(db, admin, [chairs[1].id], "RB")
    report = export_kir(db, admin, room, tmp_path / "kir14.xlsx", layout=FORMAT_14)
    assert (report.rows, report.items) == (4, 55)
    ws = _sheet(report.path)
    top = _row_of(ws, 1, "No Urut")
    assert [ws.cell(top, column).value for column in range(1, 15)] == HEADERS_14
    assert [ws.cell(top + 1, column).value for column in range(11, 14)] == [
        "Baik (B)",
        "Rusak Ringan (RR)",
        "Rusak Berat (RB)",
    ]
    assert "K1:M1".replace("1", str(top)) in {str(rng) for rng in ws.merged_cells.ranges}

    def row(offset: int) -> list[Any]:
        return [ws.cell(top + 1 + offset, column).value for column in range(1, 15)]

    chair_cells = ["Kursi besi", "Chitose", None, None, None, 2021, CHAIR_CODE]
    assert row(1) == [1, *chair_cells, 50, 50 * 450_000, 50, 0, 0, "Reg. 000001 – 000050"]
    assert row(2) == [2, *chair_cells, 3, 3 * 450_000, 2, 0, 1, "Reg. 000053 – 000055"]
    laptop = ["Laptop, Core i5, RAM 8 GB", "Lenovo ThinkPad E14", "PF3ABC01", None, None, 2024]
    assert row(3) == [3, *laptop, LAPTOP_CODE, 1, 14_500_000, 1, 0, 0, "Reg. 000001"]
    assert row(4)[3] == "PF3ABC02" and row(4)[10:13] == [0, 1, 0]
    totals = top + 6
    assert ws.cell(totals, 1).value == "JUMLAH"
    price = 53 * 450_000 + 2 * 14_500_000
    assert [ws.cell(totals, column).value for column in range(9, 14)] == [55, price, 53, 1, 1]
    assert ws.cell(totals, 10).number_format == "#,##0"
    assert ws.cell(top - 2, 12).value == "Halaman 1 dari 1"


def test_the_cli_prints_either_card(
    qapp: Any, db: Database, db_url: str, furnished: tuple[Actor, int], tmp_path: Path
) -> None:
    from tests.support.cli import run_in_process

    eleven, fourteen = tmp_path / "kir.xlsx", tmp_path / "kir14.xlsx"
    base = ("--lang", "en", "--db", db_url, "kir", "--room", "r.01")
    plain = run_in_process(*base, "--out", str(eleven))
    assert plain.returncode == 0, plain.stderr
    assert "53 items on 4 rows" in plain.stdout
    assert _values(_sheet(eleven), _row_of(_sheet(eleven), 1, "No")) == HEADERS
    wide = run_in_process(*base, "--out", str(fourteen), "--format", "14")
    assert wide.returncode == 0, wide.stderr
    ws = _sheet(fourteen)
    assert [ws.cell(_row_of(ws, 1, "No Urut"), column).value for column in range(1, 15)] == (
        HEADERS_14
    )
    wrong = run_in_process(*base, "--out", str(tmp_path / "x.xlsx"), "--format", "12")
    assert wrong.returncode == 2 and "--format" in wrong.stderr
    assert not (tmp_path / "x.xlsx").exists()
