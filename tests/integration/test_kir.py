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
    return chair(
        code=LAPTOP_CODE,
        name="Laptop",
        brand_type="Lenovo ThinkPad E14",
        acquisition_year=2024,
        acquisition_date=date(2024, 5, 2),
        price=14_500_000,
        room_id=room_id,
        **changes,
    )


def _sheet(path: Path) -> Any:
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["KIR"]
    return workbook["KIR"]


def _row_of(ws: Any, column: int, text: str) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, column).value == text)


def _values(ws: Any, row: int) -> list[Any]:
    return [ws.cell(row, column).value for column in range(1, 12)]


@pytest.fixture
def furnished(db: Database) -> tuple[Actor, int]:
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
    assert ws.print_title_rows == f"${header}:${header}"
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
