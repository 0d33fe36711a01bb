"""Importing the office's spreadsheets: layouts, every kind of problem, all-or-nothing, re-import.

The files are made here the way offices make them: title rows above the table, a row of column
numbers under it, headers over two rows with merged group titles, Indonesian headings spelt
every which way, Rupiah and dates written by hand.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from inventaris.assets.editing import create_assets
from inventaris.assets.types import EventKind
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.permissions import Actor
from inventaris.importing import planning, rows
from inventaris.importing.headers import Field
from inventaris.importing.service import (
    ImportReport,
    import_assets,
    open_import,
    write_problem_report,
)
from inventaris.model import Asset, AssetEvent, RegisterCounter, Room
from tests.support.builders import a_room, chair, first_admin, vehicle
from tests.support.databases import copy_sqlite

CHAIR = "1.3.2.05.02.01.003"
LAPTOP = "1.3.2.10.01.02.002"
JEEP = "1.3.2.02.01.01.002"
HOUSE = "1.3.3.01.02.02.001"

KIB_B_HEADER = [
    "No.",
    "Kode Barang",
    "Nama / Jenis Barang",
    "No. Register",
    "Merk/Type",
    "Ukuran/CC",
    "Bahan",
    "Tahun Pembelian",
    "Nomor Pabrik",
    "Nomor Rangka",
    "Nomor Mesin",
    "Nomor Polisi",
    "Nomor BPKB",
    "Asal Usul",
    "Harga (Rp)",
    "Kondisi",
    "Ruangan",
    "Keterangan",
]


def kib_b_row(number: int, code: str, name: str, register: Any, **cells: Any) -> list[Any]:
    row: list[Any] = [number, code, name, register] + [None] * (len(KIB_B_HEADER) - 4)
    for heading, value in cells.items():
        row[KIB_B_HEADER.index(heading)] = value
    return row


def office_kib_b(path: Path, data_rows: list[list[Any]], *, numbering: bool = True) -> Path:
    """The office's own KIB B: title rows, the header, a row of column numbers, a total."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB B 2025"
    sheet.append(["KARTU INVENTARIS BARANG (KIB) B"])
    sheet.append(["PERALATAN DAN MESIN"])
    sheet.append(["SKPD : Sekretariat Daerah", None, None, "Kode Lokasi: 12.02.05.04.01.01.01"])
    sheet.append([])
    sheet.append(KIB_B_HEADER)
    if numbering:
        sheet.append(list(range(1, len(KIB_B_HEADER) + 1)))
    for row in data_rows:
        sheet.append(row)
    sheet.append(["Jumlah", None, None, None, None, None, None, None, None, None, None, None])
    sheet.append([])
    sheet.append([None, "Mengetahui,", None, None, None, None, None, None, "Stabat, 31-12-2025"])
    sheet.append(
        [None, "Kepala Bagian Umum", None, None, None, None, None, None, "Pengurus Barang"]
    )
    workbook.save(path)
    return path


@pytest.fixture
def admin(db: Database) -> Actor:
    return first_admin(db)


def run(db: Database, admin: Actor, path: Path, **options: Any) -> ImportReport:
    return import_assets(db, admin, open_import(db, admin, path), **options)


def assets(db: Database) -> list[Asset]:
    with db.read() as session:
        found = list(session.scalars(select(Asset).order_by(Asset.code, Asset.register_number)))
        session.expunge_all()  # plain loaded values, readable after the unit of work ends
        return found


def where(report: ImportReport) -> list[tuple[int, str, str]]:
    return [(problem.row, problem.column, problem.template) for problem in report.problems]


# --- layouts and values ----------------------------------------------------------------------


def test_office_kib_b_with_title_rows_numbering_and_a_register_range(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = office_kib_b(
        tmp_path / "kib-b.xlsx",
        [
            kib_b_row(
                1,
                CHAIR + ".",
                "Kursi Besi",
                "0001 - 0005",
                **{
                    "Merk/Type": "Chitose",
                    "Tahun Pembelian": 2019,
                    "Asal Usul": "Pembelian",
                    "Harga (Rp)": "Rp 2.250.001",
                    "Kondisi": "KB",
                },
            ),
            kib_b_row(
                2,
                LAPTOP,
                "Laptop",
                "000007",
                **{
                    "Merk/Type": "Lenovo ThinkPad",
                    "Tahun Pembelian": "2021",
                    "Nomor Pabrik": 123456789.0,
                    "Asal Usul": "Hibah",
                    "Harga (Rp)": "12,500,000.00",
                    "Kondisi": 1,
                    "Keterangan": "Dipakai Kabag",
                },
            ),
        ],
    )
    report = run(db, admin, path)

    assert report.problems == ()
    assert (report.new, report.updated, report.unchanged, report.written) == (6, 0, 0, True)
    found = assets(db)
    chairs = [asset for asset in found if asset.code == CHAIR]
    assert [asset.register_number for asset in chairs] == [1, 2, 3, 4, 5]
    # Rp 2.250.001 shared by five: the odd Rupiah goes to the first item.
    assert [asset.price for asset in chairs] == [450_001, 450_000, 450_000, 450_000, 450_000]
    assert {asset.condition for asset in chairs} == {"RR"}  # KB is the older name of RR
    assert {asset.acquisition_method for asset in chairs} == {"Pengadaan"}
    laptop = next(asset for asset in found if asset.code == LAPTOP)
    assert (laptop.register_number, laptop.price, laptop.condition) == (7, 12_500_000, "B")
    assert (laptop.serial_number, laptop.acquisition_year, laptop.notes) == (
        "123456789",
        2021,
        "Dipakai Kabag",
    )
    assert laptop.acquisition_method == "Hibah"
    with db.read() as session:
        events = session.scalars(select(AssetEvent).where(AssetEvent.asset_id == laptop.id)).all()
        assert [(e.kind, e.occurred_on, e.amount) for e in events] == [
            ("acquired", date(2021, 12, 31), 12_500_000)
        ]
        # The next laptop added by hand continues after the imported numbers.
        counter = session.get(RegisterCounter, (laptop.unit_id, LAPTOP))
        assert counter is not None and counter.last_number == 7
    added = create_assets(db, admin, chair(code=LAPTOP, name="Laptop baru"))
    assert added[0].register_number == 8


def test_two_row_header_with_merged_group_titles(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB C"
    sheet.append(["KARTU INVENTARIS BARANG (KIB) C – GEDUNG DAN BANGUNAN"])
    sheet.merge_cells("A1:J1")
    top = [
        "No",
        "Nama Barang",
        "Kode Barang",
        "Register",
        "Kondisi Bangunan (B, KB, RB)",
        "Luas Lantai (M2)",
        "Letak / Lokasi Alamat",
        "Dokumen Gedung",
        None,
        "Nilai Perolehan",
    ]
    below = [None, None, None, None, None, None, None, "Tanggal", "Nomor", None]
    sheet.append(top)
    sheet.append(below)
    for column in "ABCDEFGJ":
        sheet.merge_cells(f"{column}2:{column}3")
    sheet.merge_cells("H2:I2")
    sheet.append(
        [
            1,
            "Rumah Dinas Sekda",
            HOUSE,
            "1",
            "B",
            "120,5",
            "Jl. Proklamasi No. 1",
            datetime(2015, 6, 3),  # noqa: DTZ001 - an Excel date has no time zone
            "IMB/12/2015",
            850_000_000,
        ]
    )
    sheet.append(
        [
            2,
            "Rumah Dinas Asisten",
            HOUSE,
            2,
            "Rusak Ringan",
            "1.090,25 m²",
            "Jl. Sudirman 2",
            "03/06/2015",
            "IMB/13/2015",
            "Rp 650.000.000",
        ]
    )
    workbook.save(tmp_path / "kib-c.xlsx")

    source = open_import(db, admin, tmp_path / "kib-c.xlsx")
    layout = source.layouts[0]
    assert (layout.header_row, layout.header_rows) == (3, 2)
    assert layout.fields[7:9] == (Field.DOCUMENT_DATE, Field.DOCUMENT_NUMBER)
    report = import_assets(db, admin, source)

    assert report.problems == ()
    first, second = assets(db)
    assert (first.floor_area_m2, first.document_date, first.document_number) == (
        Decimal("120.50"),
        date(2015, 6, 3),
        "IMB/12/2015",
    )
    assert (second.floor_area_m2, second.condition, second.price) == (
        Decimal("1090.25"),
        "RR",
        650_000_000,
    )
    assert second.document_date == date(2015, 6, 3)


def test_regional_csv_export_with_semicolons_and_other_words(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "simda.csv"
    path.write_text(
        "KD_BRG;URAIAN;NO_REG;TGL_PEROLEHAN;NILAI PEROLEHAN;KONDISI;JUMLAH;MEREK\n"
        f"{CHAIR};Kursi Besi;000010 s/d 000012;28-11-2020;1.350.000;1;3;Futura\n"
        f"{LAPTOP};Laptop;;15/01/2022;12500000;3;1;Asus\n",
        encoding="cp1252",
    )
    report = run(db, admin, path)

    assert report.problems == ()
    found = assets(db)
    assert [(a.code, a.register_number, a.price, a.condition) for a in found] == [
        (CHAIR, 10, 450_000, "B"),
        (CHAIR, 11, 450_000, "B"),
        (CHAIR, 12, 450_000, "B"),
        (LAPTOP, 1, 12_500_000, "RB"),
    ]
    assert found[0].acquisition_date == date(2020, 11, 28)
    assert found[3].acquisition_date == date(2022, 1, 15)


# --- problems: where and why -----------------------------------------------------------------


def test_each_problem_names_its_row_column_and_reason(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    create_assets(db, admin, vehicle(plate_number="BK 1 A", chassis_number="MHF000001"))
    path = office_kib_b(
        tmp_path / "bad.xlsx",
        [
            kib_b_row(
                1,
                "1.3.2.99.99.99.999",
                "Barang aneh",
                1,
                **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000},
            ),
            kib_b_row(2, CHAIR, None, 1, **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000}),
            kib_b_row(3, CHAIR, "Kursi", 2, **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000}),
            kib_b_row(4, CHAIR, "Kursi", 2, **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000}),
            kib_b_row(
                5,
                JEEP,
                "Jeep",
                5,
                **{"Tahun Pembelian": 2020, "Harga (Rp)": 1, "Nomor Polisi": "bk 1 a"},
            ),
            kib_b_row(
                6,
                JEEP,
                "Jeep",
                6,
                **{"Tahun Pembelian": 2020, "Harga (Rp)": 1, "Nomor Rangka": "MHF777"},
            ),
            kib_b_row(
                7,
                JEEP,
                "Jeep",
                7,
                **{"Tahun Pembelian": 2020, "Harga (Rp)": 1, "Nomor Rangka": "MHF777"},
            ),
            kib_b_row(
                8, CHAIR, "Kursi", 8, **{"Tahun Pembelian": "31-02-2020", "Harga (Rp)": 1000}
            ),
            kib_b_row(9, CHAIR, "Kursi", 9, **{"Tahun Pembelian": 2027, "Harga (Rp)": 1000}),
            kib_b_row(
                10, CHAIR, "Kursi", 10, **{"Tahun Pembelian": 2020, "Harga (Rp)": "dua juta"}
            ),
            kib_b_row(
                11,
                CHAIR,
                "Kursi",
                11,
                **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000, "Kondisi": "hancur"},
            ),
        ],
    )
    report = run(db, admin, path)

    from inventaris.importing import values

    data = 7  # the first data row: five rows of titles and header, one of column numbers
    assert where(report) == [
        (data, "B", planning.PROBLEM_UNKNOWN_CODE),
        (data + 1, "C", rows.PROBLEM_MISSING),
        (data + 3, "D", planning.PROBLEM_DUPLICATE_REGISTER),
        (data + 4, "L", planning.PROBLEM_NUMBER_TAKEN),
        (data + 6, "J", planning.PROBLEM_DUPLICATE_NUMBER),
        (data + 7, "H", values.PROBLEM_IMPOSSIBLE_DATE),
        (data + 8, "H", values.PROBLEM_FUTURE),
        (data + 9, "O", values.PROBLEM_NOT_RUPIAH),
        (data + 10, "P", values.PROBLEM_CONDITION),
    ]
    assert report.problems[0].value == "1.3.2.99.99.99.999"
    assert report.problems[2].message() == (
        f"register 000002 of {CHAIR} appears again (first in KIB B 2025, row {data + 2})"
    )
    assert "bk 1 a is already used by Toyota" in report.problems[3].message()
    assert report.written is False
    assert len(assets(db)) == 1  # the vehicle made above: nothing of the file


def test_problem_report_exports_to_xlsx_and_csv(db: Database, admin: Actor, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = office_kib_b(
        tmp_path / "bad.xlsx",
        [kib_b_row(1, "9.9", "Barang", 1, **{"Tahun Pembelian": 2020, "Harga (Rp)": 5})],
    )
    report = run(db, admin, path, dry_run=True)
    headings = ["Sheet", "Baris", "Kolom", "Nilai", "Masalah"]
    write_problem_report(tmp_path / "report.xlsx", report.problems, headings)
    write_problem_report(tmp_path / "report.csv", report.problems, headings)

    sheet = load_workbook(tmp_path / "report.xlsx").active
    assert sheet is not None
    assert [cell.value for cell in sheet[1]] == headings
    assert [cell.value for cell in sheet[2]][:4] == ["KIB B 2025", 7, "B", "9.9"]
    assert "9.9" in str(sheet["E2"].value)
    lines = (tmp_path / "report.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Sheet;Baris;Kolom;Nilai;Masalah"
    assert lines[1].startswith("KIB B 2025;7;B;9.9;")


# --- all or nothing, dry run, valid rows only --------------------------------------------------


def _one_good_one_bad(tmp_path: Path) -> Path:
    return office_kib_b(
        tmp_path / "mixed.xlsx",
        [
            kib_b_row(1, CHAIR, "Kursi", 1, **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000}),
            kib_b_row(2, CHAIR, "Kursi", 2, **{"Tahun Pembelian": 2020, "Harga (Rp)": -5}),
        ],
    )


def test_one_bad_row_means_nothing_is_written(db: Database, admin: Actor, tmp_path: Path) -> None:
    report = run(db, admin, _one_good_one_bad(tmp_path))
    assert (report.written, report.new, report.rows_with_problems) == (False, 1, 1)
    assert assets(db) == []
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AssetEvent)) == 0


def test_valid_rows_only_writes_the_good_rows(db: Database, admin: Actor, tmp_path: Path) -> None:
    report = run(db, admin, _one_good_one_bad(tmp_path), valid_only=True)
    assert report.written is True
    assert [(a.code, a.register_number) for a in assets(db)] == [(CHAIR, 1)]


def test_dry_run_writes_nothing(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = office_kib_b(
        tmp_path / "ok.xlsx",
        [kib_b_row(1, CHAIR, "Kursi", 1, **{"Tahun Pembelian": 2020, "Harga (Rp)": 1000})],
    )
    report = run(db, admin, path, dry_run=True)
    assert (report.problems, report.new, report.written) == ((), 1, False)
    assert assets(db) == []


def test_a_failure_while_writing_rolls_everything_back(
    db: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from inventaris.importing import committing

    path = office_kib_b(
        tmp_path / "ok.xlsx",
        [
            kib_b_row(
                1,
                CHAIR,
                "Kursi",
                f"0001-{1500:04d}",
                **{"Tahun Pembelian": 2020, "Harga (Rp)": 1500},
            )
        ],
    )
    calls = 0
    original = committing.insert

    def failing_insert(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:  # the second chunk of assets: the first is already in the transaction
            raise RuntimeError("disk full")
        return original(*args, **kwargs)

    monkeypatch.setattr(committing, "insert", failing_insert)
    monkeypatch.setattr("inventaris.assets.types.MAX_IDENTICAL", 2000)
    monkeypatch.setattr("inventaris.assets.validation.MAX_IDENTICAL", 2000)
    monkeypatch.setattr("inventaris.importing.rows.MAX_IDENTICAL", 2000)
    with pytest.raises(RuntimeError):
        run(db, admin, path)
    assert assets(db) == []


# --- importing again ---------------------------------------------------------------------------


def test_importing_the_same_file_again_adds_nothing(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    cells = {"Tahun Pembelian": 2020, "Harga (Rp)": 1000, "Kondisi": "B"}
    first_rows = [
        kib_b_row(1, CHAIR, "Kursi", "1-3", **cells),
        kib_b_row(2, LAPTOP, "Laptop", None, **cells),
        kib_b_row(3, LAPTOP, "Laptop", None, **cells),  # the same again: a second laptop
    ]
    path = office_kib_b(tmp_path / "kib.xlsx", first_rows)
    assert run(db, admin, path).new == 5

    again = run(db, admin, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 5)
    assert len(assets(db)) == 5

    first_rows[0] = kib_b_row(1, CHAIR, "Kursi", "1-3", **{**cells, "Kondisi": "RB"})
    changed = run(db, admin, office_kib_b(tmp_path / "kib.xlsx", first_rows))
    assert (changed.new, changed.updated, changed.unchanged) == (0, 3, 2)
    assert changed.updates[0].fields == ("condition",)
    with db.read() as session:
        kinds = session.scalars(
            select(AssetEvent.kind).where(AssetEvent.kind == EventKind.CONDITION_CHANGED.value)
        ).all()
    assert len(kinds) == 3


def test_unmapped_fields_keep_their_values_on_reimport(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    room = a_room(db, admin)
    create_assets(db, admin, chair(room_id=room, condition="RR"))
    path = office_kib_b(
        tmp_path / "kib.xlsx",
        [
            kib_b_row(
                1,
                CHAIR,
                "Kursi besi",
                1,
                **{
                    "Tahun Pembelian": 2021,
                    "Harga (Rp)": 450_000,
                    "Merk/Type": "Chitose",
                    "Asal Usul": "Pengadaan (APBD 2021)",
                },
            )
        ],
    )
    report = run(db, admin, path)
    assert (report.updated, report.unchanged) == (0, 1), report.updates
    (asset,) = assets(db)
    assert (asset.room_id, asset.condition) == (room, "RR")


# --- rooms and holders -----------------------------------------------------------------------


def test_rooms_are_matched_or_created_after_confirmation(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    known = a_room(db, admin, "R.01", "Ruang Kepala Bagian")
    cells = {"Tahun Pembelian": 2020, "Harga (Rp)": 1000}
    path = office_kib_b(
        tmp_path / "rooms.xlsx",
        [
            kib_b_row(1, CHAIR, "Kursi", 1, **cells, Ruangan="ruang  KEPALA bagian"),
            kib_b_row(2, CHAIR, "Kursi", 2, **cells, Ruangan="R.01"),
            kib_b_row(3, CHAIR, "Kursi", 3, **cells, Ruangan="Gudang Arsip"),
        ],
    )
    unconfirmed = run(db, admin, path)
    assert (unconfirmed.written, unconfirmed.new_rooms) == (False, ("Gudang Arsip",))
    assert assets(db) == []

    confirmed = run(db, admin, path, create_missing=True)
    assert confirmed.written is True
    with db.read() as session:
        store = session.execute(select(Room.id, Room.code).where(Room.name == "Gudang Arsip")).one()
    assert store.code == "GA"
    assert [asset.room_id for asset in assets(db)] == [known, known, store.id]


def test_holders_are_matched_by_name_and_new_ones_confirmed(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    create_assets(db, admin, chair(holder_name="Budi Santoso", holder_nip="198001012005011001"))
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Kode Barang", "Nama Barang", "Tahun", "Harga", "Pemegang"])
    sheet.append([LAPTOP, "Laptop", 2022, 9_000_000, "BUDI  SANTOSO"])
    sheet.append([LAPTOP, "Laptop", 2022, 9_000_000, "Siti Aminah"])
    workbook.save(tmp_path / "holders.xlsx")

    report = run(db, admin, tmp_path / "holders.xlsx")
    assert (report.written, report.new_holders) == (False, ("Siti Aminah",))
    run(db, admin, tmp_path / "holders.xlsx", create_missing=True)
    laptops = [asset for asset in assets(db) if asset.code == LAPTOP]
    assert [(a.holder_name, a.holder_nip) for a in laptops] == [
        ("Budi Santoso", "198001012005011001"),
        ("Siti Aminah", ""),
    ]


# --- the mapping -----------------------------------------------------------------------------


def test_a_corrected_mapping_is_remembered_for_that_layout(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Kode Barang", "Nama Barang", "Tahun", "Harga", "Catatan Lama", "Lokasi"])
    sheet.append([LAPTOP, "Laptop", 2022, 9_000_000, "dari Dinas X", "Ruang Kepala"])
    workbook.save(tmp_path / "layout.xlsx")
    a_room(db, admin, "R.01", "Ruang Kepala")

    source = open_import(db, admin, tmp_path / "layout.xlsx")
    assert source.remembered == (False,)
    assert source.layouts[0].fields[4:6] == (Field.NOTES, Field.ADDRESS)
    corrected = source.layouts[0].with_fields(
        [Field.CODE, Field.NAME, Field.YEAR, Field.PRICE, None, Field.ROOM]
    )
    report = import_assets(db, admin, source.with_layouts([corrected]))
    assert report.written
    (laptop,) = assets(db)
    assert (laptop.notes, laptop.room_id is not None) == ("", True)

    again = open_import(db, admin, tmp_path / "layout.xlsx")
    assert again.remembered == (True,)
    assert again.layouts[0].fields == corrected.fields


def test_a_mapping_without_a_name_column_is_refused(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = office_kib_b(tmp_path / "kib.xlsx", [kib_b_row(1, CHAIR, "Kursi", 1)])
    source = open_import(db, admin, path)
    fields = list(source.layouts[0].fields)
    fields[2] = None
    with pytest.raises(ValidationError) as caught:
        import_assets(db, admin, source.with_layouts([source.layouts[0].with_fields(fields)]))
    assert caught.value.params["label"] == "Name"


def test_a_formula_never_calculated_is_a_problem_at_its_cell(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = office_kib_b(
        tmp_path / "formula.xlsx",
        [kib_b_row(1, CHAIR, "Kursi", 1, **{"Tahun Pembelian": 2020, "Harga (Rp)": "=2*500000"})],
    )
    report = run(db, admin, path)
    assert where(report) == [(7, "O", rows.PROBLEM_FORMULA)]


# --- the round trip: our own workbook read back -----------------------------------------------

KIB_COLUMNS = {
    "A": (
        "code",
        "register_number",
        "name",
        "land_area_m2",
        "acquisition_year",
        "address",
        "land_title_status",
        "document_date",
        "document_number",
        "land_use",
        "acquisition_method",
        "funding_source",
        "price",
        "notes",
    ),
    "B": (
        "code",
        "register_number",
        "name",
        "brand_type",
        "size",
        "material",
        "acquisition_year",
        "serial_number",
        "chassis_number",
        "engine_number",
        "plate_number",
        "bpkb_number",
        "acquisition_method",
        "funding_source",
        "price",
        "notes",
    ),
    "C": (
        "code",
        "register_number",
        "name",
        "condition",
        "multi_storey",
        "concrete",
        "floor_area_m2",
        "address",
        "document_date",
        "document_number",
        "land_area_m2",
        "land_title_status",
        "land_code",
        "acquisition_method",
        "funding_source",
        "price",
        "notes",
    ),
}


def _kib_values(db: Database) -> list[tuple[Any, ...]]:
    from inventaris.catalog import kib_of

    return sorted(
        tuple(getattr(asset, column) for column in KIB_COLUMNS[kib_of(asset.code) or "B"])
        for asset in assets(db)
        if asset.status != "dihapus"
    )


def test_round_trip_export_then_import_gives_back_the_register(
    db: Database, admin: Actor, tmp_path: Path, clock: Any, sqlite_template: Path
) -> None:
    from inventaris.inventory.workbook import write_inventory_workbook
    from inventaris.office import get_office_settings, update_office_settings
    from tests.support.builders import office_values

    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    create_assets(
        db,
        admin,
        chair(
            code="1.3.1.01.01.01.001",
            name="Tanah Kantor",
            brand_type="",
            funding_source="",
            address="Jl. Proklamasi 1",
            land_area_m2=Decimal("1250.50"),
            land_title_status="Hak Pakai",
            land_use="Kantor",
            document_date=date(2001, 4, 5),
            document_number="SHP 7",
            acquisition_year=2001,
            acquisition_date=None,
            price=900_000_000,
        ),
    )
    create_assets(
        db,
        admin,
        chair(
            code=HOUSE,
            name="Rumah Dinas Sekda",
            brand_type="",
            address="Jl. Sudirman 9",
            floor_area_m2=Decimal("120.50"),
            multi_storey=False,
            concrete=True,
            condition="RR",
            document_date=date(2015, 6, 3),
            document_number="IMB/12",
            land_area_m2=Decimal("300"),
            land_title_status="Hak Pakai",
            land_code="1.3.1.01.01.01.001.000001",
            acquisition_year=2015,
            acquisition_date=None,
            price=850_000_000,
            notes="Golongan II",
        ),
    )
    create_assets(db, admin, chair(acquisition_date=None), quantity=3)
    create_assets(
        db,
        admin,
        chair(
            code=LAPTOP,
            name="Laptop",
            brand_type="Lenovo",
            size="14 inch",
            material="Plastik",
            serial_number="PF3ABC01",
            acquisition_method="Hibah",
            funding_source="",
            price=12_500_000,
            acquisition_date=None,
            notes="Dipakai Kabag",
        ),
    )
    create_assets(db, admin, vehicle())
    expected = _kib_values(db)
    workbook = tmp_path / "inventaris-2026.xlsx"
    write_inventory_workbook(db, admin, 2026, workbook)

    fresh = Database(copy_sqlite(sqlite_template, tmp_path / "fresh.db"), clock=clock)
    try:
        from inventaris.core.schema import prepare_database

        prepare_database(fresh)
        fresh_admin = first_admin(fresh)
        source = open_import(fresh, fresh_admin, workbook)
        # KIB D, E and F are empty: their one row, "NIHIL", is no item.
        assert [sheet.name for sheet in source.sheets] == [f"KIB {kib}" for kib in "ABCDEF"]
        report = import_assets(fresh, fresh_admin, source)
        assert report.problems == ()
        assert report.new == 7
        assert _kib_values(fresh) == expected
    finally:
        fresh.dispose()


# --- progress and cancel -----------------------------------------------------------------------


def _many_rows(tmp_path: Path, count: int) -> Path:
    cells = {"Tahun Pembelian": 2020, "Harga (Rp)": 1000}
    return office_kib_b(
        tmp_path / "many.xlsx",
        [kib_b_row(number, CHAIR, "Kursi", number, **cells) for number in range(1, count + 1)],
    )


def test_progress_is_reported_up_to_the_whole(db: Database, admin: Actor, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    report = run(db, admin, _many_rows(tmp_path, 1200), progress=lambda d, t: seen.append((d, t)))
    assert report.written and report.new == 1200
    assert len(seen) >= 4
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1] > 0
    if db.backend == "postgresql":  # 1,200 new rows: the planner's statistics are refreshed
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stats WHERE tablename = 'asset'"
            ).scalar()


def test_cancelling_while_writing_leaves_nothing(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    from inventaris.core.errors import Cancelled

    path = _many_rows(tmp_path, 1200)
    source = open_import(db, admin, path)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5  # past the checking, in the middle of the writing

    with pytest.raises(Cancelled):
        import_assets(db, admin, source, cancelled=cancelled)
    assert assets(db) == []


# --- sheets: cover sheets, headings we do not know ---------------------------------------------


def test_a_cover_sheet_is_looked_past_and_unknown_headings_are_mapped_by_hand(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Sampul"
    cover.append(["INVENTARIS BARANG 2025"])
    data = workbook.create_sheet("Data")
    data.append(["Kode Barang", "Nama Barang", "Tahun", "Harga"])
    data.append([LAPTOP, "Laptop", 2022, 9_000_000])
    odd = workbook.create_sheet("Lama")
    odd.append(["KD", "BARANGNYA", "THN BELI", "RUPIAH"])
    odd.append([CHAIR, "Kursi", 2019, "Rp 450.000"])
    workbook.save(tmp_path / "book.xlsx")

    found = open_import(db, admin, tmp_path / "book.xlsx")
    assert [sheet.name for sheet in found.sheets] == ["Data"]

    chosen = open_import(db, admin, tmp_path / "book.xlsx", ["Lama"])
    layout = chosen.layouts[0]
    assert layout.headings == ("KD", "BARANGNYA", "THN BELI", "RUPIAH")
    with pytest.raises(ValidationError):
        import_assets(db, admin, chosen)  # no name column yet: the person maps it
    mapped = layout.with_fields([Field.CODE, Field.NAME, Field.YEAR, Field.PRICE])
    report = import_assets(db, admin, chosen.with_layouts([mapped]))
    assert report.written and [(a.code, a.price) for a in assets(db)] == [(CHAIR, 450_000)]


def test_an_unknown_sheet_name_lists_the_sheets(db: Database, admin: Actor, tmp_path: Path) -> None:
    path = office_kib_b(tmp_path / "kib.xlsx", [kib_b_row(1, CHAIR, "Kursi", 1)])
    with pytest.raises(ValidationError) as caught:
        open_import(db, admin, path, ["KIB Z"])
    assert caught.value.params["sheets"] == '"KIB B 2025"'


def test_only_the_rooms_a_person_agreed_to_are_created(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    cells = {"Tahun Pembelian": 2020, "Harga (Rp)": 1000}
    path = office_kib_b(
        tmp_path / "rooms.xlsx",
        [
            kib_b_row(1, CHAIR, "Kursi", 1, **cells, Ruangan="Gudang"),
            kib_b_row(2, CHAIR, "Kursi", 2, **cells, Ruangan="Aula"),
        ],
    )
    partly = run(db, admin, path, create_missing={"Gudang"})
    assert (partly.written, partly.new_rooms) == (False, ("Aula", "Gudang"))
    assert run(db, admin, path, create_missing={"Gudang", "Aula"}).written


def test_a_row_left_out_asks_for_no_room(db: Database, admin: Actor, tmp_path: Path) -> None:
    cells = {"Tahun Pembelian": 2020, "Harga (Rp)": 1000}
    path = office_kib_b(
        tmp_path / "rooms.xlsx",
        [
            kib_b_row(1, CHAIR, "Kursi", 1, **cells, Ruangan="Gudang"),
            kib_b_row(2, CHAIR, "Kursi", 1, **cells, Ruangan="Aula"),  # register 1 again
        ],
    )
    report = run(db, admin, path, valid_only=True, create_missing=True)
    assert (report.written, report.new_rooms) == (True, ("Gudang",))


def test_review_findings_numbering_as_text_huge_jumlah_and_kib_c_year(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "nomor.csv"
    path.write_text(
        "No;Kode Barang;Nama Barang;Tahun;Harga;Jumlah\n1;2;3;4;5;6\n"
        f"1;{CHAIR};Kursi;2020;1000;1\n2;{CHAIR};Kursi;2020;1000;20000\n",
        encoding="utf-8",
    )
    report = run(db, admin, path, dry_run=True)
    # The text row of column numbers is skipped; a jumlah of 20,000 is one problem, at once.
    assert [(p.row, p.column) for p in report.problems] == [(4, "F")]
    assert report.new == 1

    create_assets(
        db,
        admin,
        chair(
            code=HOUSE,
            name="Rumah Dinas",
            brand_type="",
            address="Jl. A",
            funding_source="",
            floor_area_m2=Decimal("90"),
            acquisition_year=2010,
            acquisition_date=None,
            document_date=date(2015, 6, 3),
            document_number="IMB/1",
            price=500_000_000,
        ),
    )
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(
        [
            "Nama Barang",
            "Kode Barang",
            "Register",
            "Luas Lantai",
            "Letak/Lokasi",
            "Dokumen Gedung Tanggal",
            "Dokumen Gedung Nomor",
            "Asal Usul",
            "Harga (Rp)",
        ]
    )
    sheet.append(
        [
            "Rumah Dinas",
            HOUSE,
            "000001",
            "90",
            "Jl. A",
            "03-06-2015",
            "IMB/1",
            "Pengadaan",
            500_000_000,
        ]
    )
    workbook.save(tmp_path / "kib-c.xlsx")
    again = run(db, admin, tmp_path / "kib-c.xlsx")
    # KIB C has no year column: the document's year does not overwrite a known year.
    assert (again.unchanged, again.updated) == (1, 0), again.updates
