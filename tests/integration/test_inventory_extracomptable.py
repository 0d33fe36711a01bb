"""Intrakomptabel and ekstrakomptabel apart, and the item-level Mutasi, read back cell by cell.

A small register around the thresholds (Rp 1.000.000 for equipment, Rp 25.000.000 for
buildings, the defaults): laptops above, chairs, an AC and a scanner below, a desk exactly at
the threshold (intrakomptabel: "at or above"), a guard post below the building threshold, land
(no threshold). During 2026 a laptop and the scanner are bought, a laptop and a chair disposed
of, a laptop reclassified to another objek, and the AC improved past the threshold (it stays
ekstrakomptabel: its acquisition value decides). The clock stands on 28 November 2026.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.assets.events import add_value, dispose_assets, reclassify
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.inventory.positions import inventory_snapshot
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.office import get_office_settings, update_office_settings
from tests.conftest import BACKENDS, filled, shared_database
from tests.support.builders import chair, first_admin, office_values

LAPTOP = "1.3.2.10.01.02.002"
SCANNER = "1.3.2.10.02.03.004"
PROJECTOR = "1.3.2.05.01.05.043"
CHAIR = "1.3.2.05.02.01.003"
DESK = "1.3.2.05.02.01.002"
AC = "1.3.2.05.02.04.004"
BUILDING = "1.3.3.01.01.01.001"
LAND = "1.3.1.01.01.01.002"
EXTRA = "Ekstrakomptabel"
ALL_PART = "BARANG INTRAKOMPTABEL DAN EKSTRAKOMPTABEL"
INTRA_PART = "BARANG INTRAKOMPTABEL (NILAI UNTUK NERACA)"
EXTRA_PART = "BARANG EKSTRAKOMPTABEL (DI BAWAH BATAS KAPITALISASI)"
PARTS = (ALL_PART, INTRA_PART, EXTRA_PART)
TOTAL = "JUMLAH"


@dataclass(frozen=True)
class Register:
    admin: Actor
    extra: set[int]  # the ekstrakomptabel items on the register at the end of 2026
    intra: set[int]


def _item(code: str, name: str, price: int, day: date, **changes: Any) -> Any:
    data = chair(code=code, name=name, price=price, acquisition_date=day)
    return replace(data, acquisition_year=day.year, **changes)


@pytest.fixture
def register(request: pytest.FixtureRequest, db: Database) -> Register:
    """Made once per backend and copied (``filled`` in tests/conftest.py)."""
    return filled(request, db, _register)


def _register(db: Database) -> Register:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))

    def add(data: Any) -> int:
        return create_assets(db, admin, data)[0].id

    laptop_old = add(_item(LAPTOP, "Laptop", 10_000_000, date(2024, 3, 10)))  # register 1
    laptop_gone = add(_item(LAPTOP, "Laptop", 10_000_000, date(2024, 3, 10)))  # 2
    laptop_moved = add(_item(LAPTOP, "Laptop", 10_000_000, date(2024, 3, 10)))  # 3
    laptop_new = add(_item(LAPTOP, "Laptop", 12_000_000, date(2026, 2, 1)))  # 4
    chairs = [add(_item(CHAIR, "Kursi besi", 450_000, date(2021, 3, 1))) for _ in range(2)]
    broken = add(_item(CHAIR, "Kursi besi", 450_000, date(2021, 3, 1), notes="Kaki patah"))
    chair_gone = add(_item(CHAIR, "Kursi besi", 450_000, date(2021, 3, 1)))  # register 4
    desk = add(_item(DESK, "Meja kerja", 1_000_000, date(2022, 1, 10)))
    ac = add(_item(AC, "AC Split 1 PK", 900_000, date(2023, 6, 1)))
    scanner = add(_item(SCANNER, "Scanner", 800_000, date(2026, 4, 1), brand_type="Epson"))
    where = {"brand_type": "", "address": "Jl. Proklamasi No. 1, Stabat"}
    post = add(
        _item(BUILDING, "Pos Jaga", 20_000_000, date(2020, 1, 6), floor_area_m2=Decimal(9), **where)
    )
    land = add(
        _item(
            LAND,
            "Tanah Pos Jaga",
            5_000_000,
            date(2020, 1, 6),
            land_area_m2=Decimal(40),
            land_title_status="Hak Pakai",
            **where,
        )
    )
    dispose_assets(
        db, admin, [chair_gone], decree="SK 3/2026", reason="dijual", occurred_on=date(2026, 5, 5)
    )
    dispose_assets(
        db, admin, [laptop_gone], decree="SK 9/2026", reason="hilang", occurred_on=date(2026, 8, 1)
    )
    reclassify(db, admin, laptop_moved, PROJECTOR, occurred_on=date(2026, 7, 1))
    add_value(db, admin, ac, 300_000, occurred_on=date(2026, 3, 1))  # 1.200.000 from then on
    return Register(
        admin,
        extra={*chairs, broken, ac, scanner, post},
        intra={laptop_old, laptop_moved, laptop_new, desk, land},
    )


def _write(db: Database, register: Register, path: Path, as_of: date | None = None) -> Any:
    write_inventory_workbook(db, register.admin, 2026, path, as_of=as_of)
    return load_workbook(path)


@pytest.fixture(scope="module", params=BACKENDS)
def workbook(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Written once per backend: the tests that take it only read it."""
    folder = tmp_path_factory.mktemp("extracomptable")
    with shared_database(request, folder) as db:
        return _write(db, _register(db), folder / "inventaris-2026.xlsx")


# --- reading the sheets back ---------------------------------------------------------------------


def _is_code(value: Any) -> bool:
    return isinstance(value, str) and value[:1].isdigit()


def _table_from(ws: Any, row: int) -> tuple[int, list[list[Any]], list[Any]]:
    """From the table header at or below ``row``: (the header row, body rows, totals row)."""
    while ws.cell(row, 1).value not in ("No", "No Urut"):
        row += 1
    header = row
    row += 1
    body: list[list[Any]] = []
    while True:
        values = [cell.value for cell in ws[row]]
        if values[0] == TOTAL:
            return header, body, values
        if values[0] != "NIHIL" and (isinstance(values[0], int) or _is_code(values[1])):
            body.append(values)
        row += 1


def _blocks(ws: Any) -> dict[str, tuple[list[list[Any]], list[Any]]]:
    """Each part's block of the Rekapitulasi or the Mutasi: its body rows and totals row."""
    found: dict[str, tuple[list[list[Any]], list[Any]]] = {}
    for row in range(1, ws.max_row + 1):
        label = ws.cell(row, 1).value
        if label in PARTS:
            _, body, totals = _table_from(ws, row)
            found[label] = (body, totals)
    assert list(found) == list(PARTS), list(found)
    return found


def _texts(ws: Any) -> list[Any]:
    return [value for row in ws.iter_rows(values_only=True) for value in row if value]


# --- the engine ------------------------------------------------------------------------------


def test_each_item_is_intra_or_ekstra_by_its_acquisition_value(
    db: Database, register: Register
) -> None:
    with inventory_snapshot(db, register.admin, 2026) as snapshot:
        items = {item.asset_id: item for item in snapshot.items()}
        lines = {line.code: line for line in snapshot.mutation()}
    assert {i for i, item in items.items() if item.extracomptable} == register.extra
    assert {i for i, item in items.items() if not item.extracomptable} == register.intra
    # The AC's improvement raised its value past the threshold; it stays ekstrakomptabel.
    assert sorted(item.value for item in items.values() if item.code == AC) == [1_200_000]
    # Ekstrakomptabel items are never depreciated.
    assert all(items[i].accumulated == 0 for i in register.extra)
    assert set(lines) == {"1.3.1.01", "1.3.2.05", "1.3.2.10", "1.3.3.01"}  # objek: 4 levels
    office = lines["1.3.2.05"]
    assert (office.extra.opening.count, office.extra.opening.value) == (5, 2_700_000)
    assert (office.extra.added.count, office.extra.added.value) == (0, 300_000)
    assert (office.extra.removed.count, office.extra.removed.value) == (1, 450_000)
    assert (office.extra.closing.count, office.extra.closing.value) == (4, 2_550_000)
    assert (office.intra.opening.count, office.intra.opening.value) == (1, 1_000_000)
    assert (office.intra.added.count, office.intra.added.value) == (1, 10_000_000)
    assert (office.intra.closing.count, office.intra.closing.value) == (2, 11_000_000)
    computers = lines["1.3.2.10"]
    assert (computers.intra.removed.count, computers.intra.removed.value) == (2, 20_000_000)
    assert (computers.extra.added.count, computers.extra.added.value) == (1, 800_000)


# --- the cards -------------------------------------------------------------------------------


def test_the_cards_keterangan_marks_the_ekstrakomptabel_items(workbook: Any) -> None:
    marks: dict[tuple[str, str], Any] = {}
    for sheet, code_title, register_title in (
        ("KIB B", "Kode Barang", "Nomor Register"),
        ("KIB C", "Kode Barang", "Register"),
        ("KIB A", "Kode Barang", "Register"),
        ("Buku Inventaris", "Kode Barang", "Register"),
    ):
        ws = workbook[sheet]
        header, body, _ = _table_from(ws, 1)
        titles = [cell.value for cell in ws[header]]
        code, number, remark = (
            titles.index(code_title),
            titles.index(register_title),
            titles.index("Keterangan"),
        )
        seen = {(row[code], row[number]): row[remark] for row in body}
        if sheet == "Buku Inventaris":
            assert seen == marks, "the Buku Inventaris marks the same items"
        else:
            marks.update(seen)
    assert marks == {
        (LAPTOP, "000001"): None,
        (LAPTOP, "000004"): None,
        (CHAIR, "000001"): EXTRA,
        (CHAIR, "000002"): EXTRA,
        (CHAIR, "000003"): f"{EXTRA}. Kaki patah",
        (DESK, "000001"): None,  # exactly at the threshold: intrakomptabel
        (AC, "000001"): EXTRA,
        (SCANNER, "000001"): EXTRA,
        (PROJECTOR, "000001"): None,
        (BUILDING, "000001"): EXTRA,  # below the building threshold of Rp 25.000.000
        (LAND, "000001"): None,
    }


def test_the_daftar_barang_ekstrakomptabel_lists_exactly_the_ekstra_items(
    workbook: Any,
) -> None:
    ws = workbook["Daftar Barang Ekstrakomptabel"]
    assert "DAFTAR BARANG EKSTRAKOMPTABEL" in _texts(ws)
    assert (
        "BATAS KAPITALISASI: PERALATAN DAN MESIN Rp 1.000.000; GEDUNG DAN BANGUNAN Rp 25.000.000"
        in _texts(ws)
    )
    _, body, totals = _table_from(ws, 1)
    assert [row[:4] for row in body] == [
        [1, CHAIR, "000001", "Kursi besi"],
        [2, CHAIR, "000002", "Kursi besi"],
        [3, CHAIR, "000003", "Kursi besi"],
        [4, AC, "000001", "AC Split 1 PK"],
        [5, SCANNER, "000001", "Scanner"],
        [6, BUILDING, "000001", "Pos Jaga"],
    ]
    assert [row[10] for row in body] == [1] * 6
    assert [row[12] for row in body] == [450_000, 450_000, 450_000, 1_200_000, 800_000, 20_000_000]
    assert [row[13] for row in body] == [None, None, "Kaki patah", None, None, None]
    assert (totals[10], totals[12]) == (6, 23_350_000)


# --- Rekapitulasi and Mutasi -----------------------------------------------------------------


def test_rekap_intra_plus_ekstra_is_the_total_and_intra_is_the_balance_sheet(
    workbook: Any,
) -> None:
    blocks = _blocks(workbook["Rekapitulasi"])
    whole, intra, extra = (blocks[part] for part in PARTS)
    figures = range(3, 7)  # count, value, accumulated depreciation, book value

    def by_code(block: tuple[list[list[Any]], list[Any]]) -> dict[str, list[int]]:
        return {row[1]: [row[i] or 0 for i in figures] for row in block[0]}

    all_lines, intra_lines, extra_lines = by_code(whole), by_code(intra), by_code(extra)
    assert set(intra_lines) | set(extra_lines) == set(all_lines)
    for code, amounts in all_lines.items():
        parts = zip(intra_lines.get(code, [0] * 4), extra_lines.get(code, [0] * 4), strict=True)
        assert [a + b for a, b in parts] == amounts, code
    for column in figures:
        assert intra[1][column] + extra[1][column] == whole[1][column], column
    # Jumlah barang and nilai perolehan, by hand.
    assert {code: amounts[:2] for code, amounts in intra_lines.items()} == {
        "1.3.1": [1, 5_000_000],
        "1.3.1.01": [1, 5_000_000],
        "1.3.2": [4, 33_000_000],
        "1.3.2.05": [2, 11_000_000],
        "1.3.2.10": [2, 22_000_000],
    }
    assert {code: amounts[:2] for code, amounts in extra_lines.items()} == {
        "1.3.2": [5, 3_350_000],
        "1.3.2.05": [4, 2_550_000],
        "1.3.2.10": [1, 800_000],
        "1.3.3": [1, 20_000_000],
        "1.3.3.01": [1, 20_000_000],
    }
    # The balance sheet's figure: the intrakomptabel total only.
    assert (intra[1][3], intra[1][4]) == (5, 38_000_000)
    assert (whole[1][3], whole[1][4]) == (11, 61_350_000)
    assert extra[1][5] == 0  # ekstrakomptabel items are not depreciated
    assert intra[1][5] == whole[1][5]


def test_mutasi_intra_plus_ekstra_is_the_total_and_each_line_balances(workbook: Any) -> None:
    blocks = _blocks(workbook["Mutasi"])
    whole, intra, extra = (blocks[part] for part in PARTS)
    figures = range(3, 15)

    def by_code(block: tuple[list[list[Any]], list[Any]]) -> dict[str, list[int]]:
        return {row[1]: [row[i] for i in figures] for row in block[0]}

    all_lines, intra_lines, extra_lines = by_code(whole), by_code(intra), by_code(extra)
    assert list(all_lines) == ["1.3.1.01", "1.3.2.05", "1.3.2.10", "1.3.3.01"]
    for code, amounts in all_lines.items():
        parts = zip(intra_lines.get(code, [0] * 12), extra_lines.get(code, [0] * 12), strict=True)
        assert [a + b for a, b in parts] == amounts, code
    for column in figures:
        assert intra[1][column] + extra[1][column] == whole[1][column], column
    for row in [*whole[0], *intra[0], *extra[0], whole[1], intra[1], extra[1]]:
        for offset in range(3):  # awal + bertambah − berkurang = akhir
            opening, added, removed, closing = (row[3 + part * 3 + offset] for part in range(4))
            assert opening + added - removed == closing, (row[1], offset)
    assert list(extra_lines) == ["1.3.2.05", "1.3.2.10", "1.3.3.01"]  # land is never ekstra
    assert extra_lines["1.3.2.05"][:12:3] == [5, 0, 1, 4]  # counts: awal, +, −, akhir
    assert extra_lines["1.3.2.05"][1:12:3] == [2_700_000, 300_000, 450_000, 2_550_000]
    assert intra_lines["1.3.2.10"][:12:3] == [3, 1, 2, 2]
    assert intra_lines["1.3.2.10"][1:12:3] == [30_000_000, 12_000_000, 20_000_000, 22_000_000]
    # The saldo akhir for the balance sheet is the intrakomptabel one.
    assert (intra[1][12], intra[1][13]) == (5, 38_000_000)
    assert (extra[1][12], extra[1][13], extra[1][14]) == (6, 23_350_000, 0)


# --- the item-level Mutasi ---------------------------------------------------------------------


def test_the_daftar_mutasi_barang_lists_each_item_added_or_removed(workbook: Any) -> None:
    ws = workbook["Daftar Mutasi Barang"]
    assert "DAFTAR MUTASI BARANG SEMESTER II / TAHUNAN" in _texts(ws)
    _, body, totals = _table_from(ws, 1)
    # kode, register, awal, berkurang, bertambah, akhir (barang and harga each), keterangan
    assert [[row[1], row[2], *row[8:17]] for row in body] == [
        [PROJECTOR, "000001", 0, 0, 0, 0, 1, 10_000_000, 1, 10_000_000,
         f"Reklasifikasi dari {LAPTOP}.000003"],
        [CHAIR, "000004", 1, 450_000, 1, 450_000, 0, 0, 0, 0,
         f"Dihapus 05-05-2026 (dijual), SK 3/2026; {EXTRA}"],
        [AC, "000001", 1, 900_000, 0, 0, 0, 300_000, 1, 1_200_000,
         f"Kapitalisasi Rp 300.000; {EXTRA}"],
        [LAPTOP, "000002", 1, 10_000_000, 1, 10_000_000, 0, 0, 0, 0,
         "Dihapus 01-08-2026 (hilang), SK 9/2026"],
        [LAPTOP, "000003", 1, 10_000_000, 1, 10_000_000, 0, 0, 0, 0,
         f"Reklasifikasi ke {PROJECTOR}.000001"],
        [LAPTOP, "000004", 0, 0, 0, 0, 1, 12_000_000, 1, 12_000_000, "Perolehan baru"],
        [SCANNER, "000001", 0, 0, 0, 0, 1, 800_000, 1, 800_000, f"Perolehan baru; {EXTRA}"],
    ]  # fmt: skip
    assert [row[0] for row in body] == list(range(1, 8))
    assert [row[3] for row in body][-1] == "Scanner"
    assert body[-1][4:8] == ["Epson", "Pengadaan (APBD 2021)", 2026, "B"]
    for row in body:  # awal − berkurang + bertambah = akhir, count and Rupiah
        assert row[8] - row[10] + row[12] == row[14]
        assert row[9] - row[11] + row[13] == row[15]
    assert totals[8:16] == [4, 21_350_000, 3, 20_450_000, 3, 23_100_000, 4, 24_000_000]
    # The same bertambah and berkurang as the Laporan Mutasi's (count and value).
    mutation = _blocks(workbook["Mutasi"])[ALL_PART][1]
    assert (totals[12], totals[13]) == (mutation[6], mutation[7])
    assert (totals[10], totals[11]) == (mutation[9], mutation[10])


def test_semester_titles(db: Database, register: Register, tmp_path: Path) -> None:
    first = _write(db, register, tmp_path / "s1.xlsx", as_of=date(2026, 6, 30))
    assert "LAPORAN MUTASI BARANG SEMESTER I" in _texts(first["Mutasi"])
    assert "DAFTAR MUTASI BARANG SEMESTER I" in _texts(first["Daftar Mutasi Barang"])
    assert "PERIODE: 1 Januari 2026 s.d. 30 Juni 2026" in _texts(first["Daftar Mutasi Barang"])
    # By 30 June: the chair is gone, the AC improved, the laptop and scanner bought; the
    # disposal of August and the reclassification of July are not yet.
    _, body, _ = _table_from(first["Daftar Mutasi Barang"], 1)
    assert [(row[1], row[2]) for row in body] == [
        (CHAIR, "000004"),
        (AC, "000001"),
        (LAPTOP, "000004"),
        (SCANNER, "000001"),
    ]
    september = _write(db, register, tmp_path / "q3.xlsx", as_of=date(2026, 9, 30))
    texts = _texts(september["Mutasi"])
    assert "LAPORAN MUTASI BARANG" in texts
    assert not [text for text in texts if "SEMESTER" in str(text)]
    year = _write(db, register, tmp_path / "s2.xlsx")
    assert "LAPORAN MUTASI BARANG SEMESTER II / TAHUNAN" in _texts(year["Mutasi"])


def test_a_lower_threshold_moves_items_to_intrakomptabel(
    db: Database, register: Register, tmp_path: Path
) -> None:
    settings = get_office_settings(db, register.admin)
    update_office_settings(db, register.admin, replace(settings, threshold_equipment=500_000))
    with inventory_snapshot(db, register.admin, 2026) as snapshot:
        extra = {item.asset_id for item in snapshot.items() if item.extracomptable}
        mutation = snapshot.mutation()
    # The chairs (Rp 450.000) stay below; the AC (900.000) and scanner (800.000) do not.
    assert len(extra) == 4
    workbook = _write(db, register, tmp_path / "lower.xlsx")
    _, body, totals = _table_from(workbook["Daftar Barang Ekstrakomptabel"], 1)
    assert [row[1] for row in body] == [CHAIR, CHAIR, CHAIR, BUILDING]
    assert totals[12] == 3 * 450_000 + 20_000_000
    assert sum(line.extra.closing.value for line in mutation) == totals[12]
