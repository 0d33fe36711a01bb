"""The regency recap, read back cell by cell: a row per unit on each KIB's Rekapitulasi, the
totals, and each row equal to the sums of that unit's own workbook written in the same run.

Three units and some thirty items, among them the ones whose figures need their history (an
improvement, a reclassification after the position date, a year-only acquisition, a disposal)
and ekstrakomptabel chairs. The clock stands on 28 November 2026.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventaris.accounts import every_unit_actor
from inventaris.assets.editing import create_assets
from inventaris.assets.events import DISPOSAL_REASONS, add_value, dispose_assets, reclassify
from inventaris.core.db import Database
from inventaris.core.errors import Cancelled, PermissionDenied, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.inventory.regency import (
    regency_recap,
    unit_file_name,
    unit_folder,
    write_regency_recap,
)
from inventaris.office import get_office_settings, update_office_settings
from inventaris.units import UnitInput, save_unit
from tests.conftest import filled
from tests.support.builders import chair, first_admin, office_values, user_with_role, vehicle

LAND = "1.3.1.01.01.01.002"
BUILDING = "1.3.3.01.01.01.001"
LAPTOP = "1.3.2.10.01.02.002"
DESKTOP = "1.3.2.10.01.02.001"
KIBS = "ABCDEF"
JENIS = {"A": "1.3.1", "B": "1.3.2", "C": "1.3.3", "D": "1.3.4", "E": "1.3.5", "F": "1.3.6"}
HEADER = [
    "No",
    "Kode Lokasi",
    "Nama Unit",
    "Jumlah Barang",
    "Nilai Perolehan (Rp)",
    "Akumulasi Penyusutan (Rp)",
    "Nilai Buku (Rp)",
]
HEADER_ROW = 8
# A name an Admin typed that a spreadsheet would take for a formula: it must stay text.
FORMULA_NAME = '=HYPERLINK("http://x.invalid","Kecamatan Uji")'


@dataclass(frozen=True)
class Regency:
    admin: Actor  # every unit
    units: dict[str, int]  # kode lokasi -> id


def _laptop(unit_id: int, **changes: Any) -> Any:
    data = chair(
        code=LAPTOP,
        name="Laptop",
        brand_type="Lenovo ThinkPad E14",
        price=10_000_000,
        acquisition_date=date(2024, 3, 10),
        acquisition_year=2024,
        unit_id=unit_id,
    )
    return replace(data, **changes)


@pytest.fixture
def regency(request: pytest.FixtureRequest, db: Database) -> Regency:
    """Made once per backend and copied (``filled`` in tests/conftest.py)."""
    return filled(request, db, _regency)


def _regency(db: Database) -> Regency:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    first = min(admin.unit_ids)
    second = save_unit(
        db, admin, UnitInput("12.02.05.01.01.01.01", "Dinas Pendidikan", head_name="Drs. Budi")
    ).id
    third = save_unit(db, admin, UnitInput("12.02.05.07.01.01.01", FORMULA_NAME)).id
    admin = every_unit_actor(db, admin)
    # The Bagian Umum: land, a building, chairs, an improved laptop, a vehicle.
    create_assets(
        db,
        admin,
        chair(
            code=LAND, name="Tanah Kantor", quantity_unit="Bidang", acquisition_year=2010,
            acquisition_date=date(2010, 5, 4), price=150_000_000, land_area_m2=Decimal("250"),
            address="Jl. Sudirman No. 9, Stabat", land_title_status="Hak Pakai",
        ),
    )  # fmt: skip
    create_assets(
        db,
        admin,
        chair(
            code=BUILDING, name="Gedung Kantor", acquisition_year=2015,
            acquisition_date=date(2015, 2, 3), price=2_500_000_000,
            address="Jl. Proklamasi No. 1, Stabat", floor_area_m2=Decimal("850"),
        ),
    )  # fmt: skip
    create_assets(db, admin, chair(unit_id=first), quantity=4)
    improved = create_assets(db, admin, _laptop(first))[0].id
    add_value(db, admin, improved, 1_000_000, occurred_on=date(2026, 3, 1), extra_years=1)
    create_assets(db, admin, vehicle(unit_id=first))
    # The Dinas: laptops (one of 2026), one known by its year only, one reclassified in 2026.
    create_assets(db, admin, _laptop(second), quantity=6)
    create_assets(db, admin, _laptop(second, acquisition_date=date(2026, 2, 1),
                                     acquisition_year=2026))  # fmt: skip
    create_assets(db, admin, _laptop(second, acquisition_date=None, acquisition_year=2020))
    create_assets(db, admin, _laptop(second, acquisition_date=None, acquisition_year=2026))
    moved = create_assets(db, admin, _laptop(second, acquisition_date=date(2019, 8, 17),
                                             acquisition_year=2019))[0].id  # fmt: skip
    reclassify(db, admin, moved, DESKTOP, occurred_on=date(2026, 4, 2))
    create_assets(db, admin, chair(unit_id=second), quantity=5)
    # The kecamatan: two laptops, one disposed of in 2025; chairs.
    kept, gone = (view.id for view in create_assets(db, admin, _laptop(third), quantity=2))
    del kept
    dispose_assets(
        db, admin, [gone], decree="SK 9/2025", reason=DISPOSAL_REASONS[0],
        occurred_on=date(2025, 6, 2),
    )  # fmt: skip
    create_assets(db, admin, chair(unit_id=third, acquisition_year=2025,
                                   acquisition_date=date(2025, 9, 9)), quantity=3)  # fmt: skip
    return Regency(
        admin,
        {
            "12.02.05.04.01.01.01": first,
            "12.02.05.01.01.01.01": second,
            "12.02.05.07.01.01.01": third,
        },
    )


def _recap_rows(ws: Any) -> tuple[list[list[Any]], list[Any]]:
    assert [ws.cell(HEADER_ROW, column).value for column in range(1, 8)] == HEADER
    rows: list[list[Any]] = []
    for row in ws.iter_rows(min_row=HEADER_ROW + 1, max_col=7):
        values = [cell.value for cell in row]
        if values[0] == "JUMLAH":
            return rows, values
        for cell in row[1:3]:  # kode lokasi and name: text, never a formula
            assert cell.data_type == "s", cell.value
        rows.append(values)
    raise AssertionError(f"{ws.title}: no totals row")


def _unit_sums(path: Path) -> dict[str, tuple[int, int, int, int]]:
    """Per KIB, the unit's own workbook's count, value, accumulated depreciation and book value:
    its Rekapitulasi's jenis line (first block, all items), checked against the KIB's totals."""
    workbook = load_workbook(path)
    recap = workbook["Rekapitulasi"]
    lines: dict[str, tuple[int, int, int, int]] = {}
    for row in recap.iter_rows(min_row=9, max_col=7, values_only=True):
        if row[0] == "JUMLAH":
            break  # the end of the first block
        if row[1] in JENIS.values():
            lines[str(row[1])] = (int(row[3]), int(row[4]), int(row[5]), int(row[6]))
    sums: dict[str, tuple[int, int, int, int]] = {}
    for kib in KIBS:
        found = lines.get(JENIS[kib], (0, 0, 0, 0))
        card = workbook[f"KIB {kib}"]
        totals = next(
            row for row in card.iter_rows(values_only=True) if row[0] == "JUMLAH"
        )  # the card's totals row: its Harga is the last number on it
        numbers = [value for value in totals[1:] if isinstance(value, int)]
        assert (numbers[-1] if numbers else 0) == found[1], (path.name, kib)
        sums[kib] = found
    return sums


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_recap_has_a_row_per_unit_equal_to_its_own_workbook(
    db: Database, regency: Regency, tmp_path: Path, year: int
) -> None:
    path = tmp_path / f"rekap-{year}.xlsx"
    report = write_regency_recap(db, regency.admin, year, path)
    folder = unit_folder(path)
    assert report.folder == folder == tmp_path / f"rekap-{year}-unit"
    workbook = load_workbook(path)
    assert workbook.sheetnames == [f"Rekap KIB {kib}" for kib in KIBS]
    codes = sorted(regency.units)
    names = {unit.kode_lokasi: unit.name for unit in report.recap.units}
    own = {
        code: _unit_sums(folder / unit_file_name(code, names[code]))
        for code in codes
    }  # fmt: skip
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        unit_file_name(code, names[code]) for code in codes
    )
    for kib in KIBS:
        ws = workbook[f"Rekap KIB {kib}"]
        assert ws.cell(1, 1).value == "PEMERINTAH KABUPATEN LANGKAT"
        assert ws.cell(3, 1).value == "KODE LOKASI: 12.02.05"  # what the units share
        assert ws.cell(6, 1).value == f"Keadaan per 31 Desember {year}"
        rows, totals = _recap_rows(ws)
        assert [row[:3] for row in rows] == [
            [number, code, names[code]] for number, code in enumerate(codes, start=1)
        ]
        for row in rows:
            count, value, accumulated, book = own[row[1]][kib]
            assert row[3:] == [count, value, accumulated, book], (kib, row)
            assert book == value - accumulated
        assert totals[3:] == [sum(row[index] for row in rows) for index in range(3, 7)]
    # The figures are not all zero: the check above compared something.
    assert own["12.02.05.01.01.01.01"]["B"][0] == (15 if year == 2026 else 13)
    assert own["12.02.05.04.01.01.01"]["B"][2] > 0
    assert own["12.02.05.07.01.01.01"]["B"][0] == 4  # the laptop disposed of in 2025 is gone
    assert report.recap.items == sum(own[code][kib][0] for code in codes for kib in KIBS)


def test_a_name_that_looks_like_a_formula_stays_text(
    db: Database, regency: Regency, tmp_path: Path
) -> None:
    path = tmp_path / "rekap.xlsx"
    write_regency_recap(db, regency.admin, 2026, path, unit_workbooks=False)
    assert not unit_folder(path).exists()
    ws = load_workbook(path)["Rekap KIB B"]
    cell = next(c for c in ws["C"] if c.value == FORMULA_NAME)
    assert cell.data_type == "s"


def test_only_a_role_reading_every_unit_may_make_it(db: Database, regency: Regency) -> None:
    custodian = user_with_role(db, regency.admin, Role.CUSTODIAN)
    with pytest.raises(PermissionDenied):
        regency_recap(db, custodian, 2026)
    bpkad = user_with_role(db, regency.admin, Role.BPKAD)
    recap = regency_recap(db, replace(bpkad, unit_ids=frozenset({1})), 2026)
    assert sorted(unit.kode_lokasi for unit in recap.units) == sorted(regency.units)
    with pytest.raises(ValidationError):
        regency_recap(db, bpkad, 2026, date(2025, 12, 31))


def test_a_cancelled_run_leaves_no_file(db: Database, regency: Regency, tmp_path: Path) -> None:
    path = tmp_path / "rekap.xlsx"
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # during the second unit's workbook

    with pytest.raises(Cancelled):
        write_regency_recap(db, regency.admin, 2026, path, cancelled=cancelled)
    assert not path.exists() and not unit_folder(path).exists()
