"""The workbook's Penyusutan sheet, read back cell by cell: items disposed of during the year
keep their charge up to the disposal, an improvement may extend the life, and akumulasi awal +
beban − berkurang = akumulasi akhir = the Laporan Mutasi's saldo akhir, year after year.

The office (useful life of laptops 1.3.2.10: 4 years = 8 semesters; equipment threshold
Rp 1.000.000):

- "Dijual": Rp 12.000.000, bought 10-03-2024, 8 × 1.500.000 from 2024-S1; disposed of
  (dijual) on 15-09-2026, so on the register until 14-09-2026: 2026-S1 ended, 2026-S2 not.
- "Diperbaiki": Rp 10.000.000, bought 10-03-2025, 8 × 1.250.000 from 2025-S1; improved by
  Rp 2.000.000 on 10-02-2026, extending the life by 1 year.
- "Baru": Rp 6.000.000, bought 05-01-2026 (8 × 750.000 from 2026-S1), disposed of 01-07-2026.
- "Semester": Rp 8.000.000, bought 01-07-2025 (8 × 1.000.000 from 2025-S2), disposed of on
  30-06-2027: on the register until 29-06-2027, so 2027-S1 is not charged.
- a chair of Rp 450.000: ekstrakomptabel, not depreciated, not listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.assets.events import add_value, dispose_assets
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.permissions import Actor
from inventaris.inventory.positions import inventory_snapshot
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.office import get_office_settings, update_office_settings
from tests.conftest import FakeClock
from tests.support.builders import chair, first_admin, office_values

LAPTOP = "1.3.2.10.01.02.002"
SHEET = "Penyusutan"
HEADER_ROW = 8  # two rows: "Masa Manfaat" over Tahun / Terpakai / Sisa
FIRST_BODY_ROW = 10
TOP = [
    "No", "Kode Barang", "Register", "Nama Barang", "Merk/Type", "No. Pabrik/Rangka/Mesin",
    "Bahan", "Asal Usul/Cara Perolehan", "Tahun Perolehan", "Nilai Perolehan (Rp)",
    "Masa Manfaat", None, None, "Akumulasi Penyusutan Awal (Rp)",
    "Beban Penyusutan Tahun Ini (Rp)", "Akumulasi Penyusutan Barang Berkurang (Rp)",
    "Akumulasi Penyusutan Akhir (Rp)", "Nilai Buku (Rp)", "Keterangan",
]  # fmt: skip
BELOW = [None] * 10 + ["Tahun", "Terpakai (Semester)", "Sisa (Semester)"] + [None] * 6
# 1-based columns
NAME, BRAND, NUMBERS, MATERIAL, ORIGIN, YEAR, VALUE = 4, 5, 6, 7, 8, 9, 10
YEARS, USED, LEFT, OPENING, CHARGE, REMOVED, CLOSING, BOOK, REMARK = range(11, 20)


@dataclass(frozen=True)
class Office:
    admin: Actor
    sold: int
    improved: int
    new: int
    semester: int


def _laptop(name: str, price: int, bought: date, serial: str) -> Any:
    return chair(
        code=LAPTOP,
        name=name,
        brand_type="Lenovo ThinkPad E14",
        material="Logam/Plastik",
        price=price,
        acquisition_date=bought,
        acquisition_year=bought.year,
        serial_number=serial,
        funding_source=f"APBD {bought.year}",
    )


def _one(db: Database, admin: Actor, data: Any) -> int:
    return int(create_assets(db, admin, data)[0].id)


@pytest.fixture
def office(db: Database) -> Office:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    sold = _one(db, admin, _laptop("Dijual", 12_000_000, date(2024, 3, 10), "SN-SOLD"))
    improved = _one(db, admin, _laptop("Diperbaiki", 10_000_000, date(2025, 3, 10), "SN-FIX"))
    new = _one(db, admin, _laptop("Baru", 6_000_000, date(2026, 1, 5), "SN-NEW"))
    semester = _one(db, admin, _laptop("Semester", 8_000_000, date(2025, 7, 1), "SN-SEM"))
    create_assets(db, admin, chair())
    add_value(db, admin, improved, 2_000_000, occurred_on=date(2026, 2, 10), extra_years=1)
    for asset, day in ((sold, date(2026, 9, 15)), (new, date(2026, 7, 1))):
        dispose_assets(db, admin, [asset], decree="SK 3/2026", reason="dijual", occurred_on=day)
    return Office(admin, sold, improved, new, semester)


def _workbook(db: Database, office: Office, tmp_path: Path, year: int) -> Any:
    path = tmp_path / f"inventaris-{year}.xlsx"
    write_inventory_workbook(db, office.admin, year, path)
    return load_workbook(path)


def _rows(ws: Any) -> tuple[dict[str, list[Any]], list[Any], list[tuple[str, Any]]]:
    """The body rows by name, the totals row and the reconciliation lines below it."""
    rows: dict[str, list[Any]] = {}
    row = FIRST_BODY_ROW
    while ws.cell(row, 1).value != "JUMLAH":
        values = [None] + [ws.cell(row, column).value for column in range(1, 20)]
        rows[values[NAME]] = values
        row += 1
    totals = [None] + [ws.cell(row, column).value for column in range(1, 20)]
    lines: list[tuple[str, Any]] = []
    row += 1
    while ws.cell(row, 1).value:
        lines.append((ws.cell(row, 1).value, ws.cell(row, CLOSING).value))
        row += 1
    return rows, totals, lines


def _mutation_closing_depreciation(ws: Any) -> int:
    """The Mutasi sheet's saldo akhir of accumulated depreciation, found by its titles."""
    for row in range(1, 20):
        if ws.cell(row, 1).value == "No":
            top, below = row, row + 1
            break
    else:
        raise AssertionError("Mutasi: no table header")
    group = next(c for c in range(1, ws.max_column + 1) if ws.cell(top, c).value == "Saldo Akhir")
    column = next(
        c
        for c in range(group, ws.max_column + 1)
        if ws.cell(below, c).value == "Akumulasi Penyusutan (Rp)"
    )
    for row in range(below + 1, ws.max_row + 1):
        if ws.cell(row, 1).value == "JUMLAH":
            return int(ws.cell(row, column).value)
    raise AssertionError("Mutasi: no totals row")


def test_the_columns_of_the_sheet(db: Database, office: Office, tmp_path: Path) -> None:
    ws = _workbook(db, office, tmp_path, 2026)[SHEET]
    assert [ws.cell(HEADER_ROW, c).value for c in range(1, 20)] == TOP
    assert [ws.cell(HEADER_ROW + 1, c).value for c in range(1, 20)] == BELOW
    assert ws.cell(5, 1).value == "DAFTAR PENYUSUTAN BARANG MILIK DAERAH"
    assert "K8:M8" in {str(cells) for cells in ws.merged_cells.ranges}


def test_a_disposal_mid_year_keeps_its_charge_up_to_the_disposal(
    db: Database, office: Office, tmp_path: Path
) -> None:
    ws = _workbook(db, office, tmp_path, 2026)[SHEET]
    rows, totals, _ = _rows(ws)
    assert sorted(rows) == ["Baru", "Dijual", "Diperbaiki", "Semester"]  # no chair
    sold = rows["Dijual"]
    # 31-12-2025: 2024-S1 … 2025-S2 = 4 × 1.500.000 = 6.000.000. In 2026 up to 14-09: 2026-S1,
    # 1.500.000 (the charge the old sheet left out). It leaves with 7.500.000; nothing at the end.
    assert sold[OPENING : BOOK + 1] == [6_000_000, 1_500_000, 7_500_000, 0, 0]
    assert sold[VALUE] == 12_000_000
    assert sold[YEARS : LEFT + 1] == [4, 5, 3]  # 5 semesters used, 3 left when it went
    assert sold[REMARK] == "Dihapus 15-09-2026 (dijual, SK 3/2026)"
    # Bought 05-01-2026, gone 01-07-2026 (there until 30-06): 2026-S1, 6.000.000 / 8 = 750.000.
    assert rows["Baru"][OPENING : BOOK + 1] == [0, 750_000, 750_000, 0, 0]
    assert rows["Baru"][YEARS : LEFT + 1] == [4, 1, 7]
    # The new columns, filled.
    assert sold[1:10] == [
        1,
        LAPTOP,
        "000001",
        "Dijual",
        "Lenovo ThinkPad E14",
        "SN-SOLD",
        "Logam/Plastik",
        "Pengadaan (APBD 2024)",
        2024,
    ]
    assert [row[1] for row in rows.values()] == [1, 2, 3, 4]
    for row in rows.values():
        assert all(row[c] not in (None, "") for c in (BRAND, NUMBERS, MATERIAL, ORIGIN, YEAR))
    # The totals row: the year's charge includes the two disposed laptops'.
    charges = sum(row[CHARGE] for row in rows.values())
    assert totals[CHARGE] == charges
    assert charges == 1_500_000 + 750_000 + 2_375_000 + 2_000_000


def test_an_improvement_that_extends_the_life(db: Database, office: Office, tmp_path: Path) -> None:
    # Rp 10.000.000 from 2025-S1 at 1.250.000: 31-12-2025 = 2.500.000, book 7.500.000.
    # +2.000.000 on 10-02-2026 (2026-S1) and +1 year: 9.500.000 over 2026-S1 … 2028-S2 (6) + 2 =
    # 8 semesters (to 2029-S2) = 1.187.500 each. 2026: 2 × 1.187.500 = 2.375.000; akhir
    # 4.875.000; value 12.000.000; book 7.125.000. Life 4 + 1 = 5 years: 4 semesters used
    # (2025-S1 … 2026-S2), 6 left (2027-S1 … 2029-S2).
    rows_2026, _, _ = _rows(_workbook(db, office, tmp_path, 2026)[SHEET])
    fixed = rows_2026["Diperbaiki"]
    assert fixed[VALUE] == 12_000_000
    assert fixed[YEARS : LEFT + 1] == [5, 4, 6]
    assert fixed[OPENING : BOOK + 1] == [2_500_000, 2_375_000, 0, 4_875_000, 7_125_000]
    assert fixed[REMARK] == "Masa manfaat +1 tahun (kapitalisasi 10-02-2026)"
    # In 2025 the improvement had not happened: 4 years, 2 used, 6 left; 2 × 1.250.000.
    rows_2025, _, _ = _rows(_workbook(db, office, tmp_path, 2025)[SHEET])
    before = rows_2025["Diperbaiki"]
    assert before[VALUE] == 10_000_000
    assert before[YEARS : LEFT + 1] == [4, 2, 6]
    assert before[OPENING : BOOK + 1] == [0, 2_500_000, 0, 2_500_000, 7_500_000]
    assert before[REMARK] is None
    # The Mutasi and Rekapitulasi use the same longer life.
    with inventory_snapshot(db, office.admin, 2026) as snapshot:
        laptops = [line for line in snapshot.mutation() if LAPTOP.startswith(line.code)]
        assert sum(line.closing.depreciation for line in laptops) == 4_875_000 + 3_000_000


def test_the_reconciliation_holds_four_years_running(
    db: Database, office: Office, tmp_path: Path, clock: FakeClock
) -> None:
    clock.advance(days=420)  # 22-01-2028: the 2027 disposal can be recorded, and 2027 closed
    dispose_assets(
        db,
        office.admin,
        [office.semester],
        decree="SK 9/2027",
        reason="rusak berat",
        occurred_on=date(2027, 6, 30),
    )
    previous_closing = 0  # nothing before the first laptop, bought in 2024
    for year in (2024, 2025, 2026, 2027):
        workbook = _workbook(db, office, tmp_path, year)
        rows, totals, lines = _rows(workbook[SHEET])
        for name, row in rows.items():
            assert row[OPENING] + row[CHARGE] - row[REMOVED] == row[CLOSING], (year, name)
            if row[REMOVED]:  # it left: nothing of it on the register at the end
                assert (row[CLOSING], row[BOOK]) == (0, 0), (year, name)
            else:
                assert row[VALUE] - row[CLOSING] == row[BOOK], (year, name)
        for column in (OPENING, CHARGE, REMOVED, CLOSING, BOOK, VALUE):
            assert totals[column] == sum(row[column] for row in rows.values()), (year, column)
        assert totals[OPENING] + totals[CHARGE] - totals[REMOVED] == totals[CLOSING], year
        mutation = _mutation_closing_depreciation(workbook["Mutasi"])
        assert mutation == totals[CLOSING], year
        assert totals[OPENING] == previous_closing, year  # last year's akhir is this year's awal
        previous_closing = totals[CLOSING]
        assert lines == [
            (f"Akumulasi penyusutan per 31 Desember {year - 1}", totals[OPENING]),
            ("Ditambah: beban penyusutan tahun ini", totals[CHARGE]),
            ("Dikurangi: akumulasi penyusutan barang berkurang", totals[REMOVED]),
            (
                f"Akumulasi penyusutan per 31 Desember {year} (awal + beban − berkurang)",
                totals[CLOSING],
            ),
            ("Akumulasi penyusutan saldo akhir menurut Laporan Mutasi Barang", mutation),
            ("Selisih", 0),
        ]
    # 2027 by hand: Diperbaiki 2 × 1.187.500 = 2.375.000 (akhir 7.250.000); Semester, bought
    # 01-07-2025 at 1.000.000 a semester, 3.000.000 by 31-12-2026, gone 30-06-2027 with 2027-S1
    # not ended: no charge, 3.000.000 berkurang.
    assert sorted(rows) == ["Diperbaiki", "Semester"]
    assert rows["Semester"][OPENING : BOOK + 1] == [3_000_000, 0, 3_000_000, 0, 0]
    assert rows["Semester"][YEARS : LEFT + 1] == [4, 3, 5]
    assert rows["Diperbaiki"][OPENING : BOOK + 1] == [
        4_875_000,
        2_375_000,
        0,
        7_250_000,
        4_750_000,
    ]
    assert rows["Diperbaiki"][YEARS : LEFT + 1] == [5, 6, 4]
    assert (totals[OPENING], totals[CHARGE], totals[REMOVED], totals[CLOSING]) == (
        7_875_000,
        2_375_000,
        3_000_000,
        7_250_000,
    )


def _json(value: Any) -> Any:
    return value if isinstance(value, dict) else json.loads(value)  # SQLite gives the text


def test_extra_years_are_checked_kept_in_the_event_and_audited(
    db: Database, office: Office
) -> None:
    for wrong in (-1, 51):
        with pytest.raises(ValidationError) as refused:
            add_value(db, office.admin, office.improved, 1_000_000, extra_years=wrong)
        assert refused.value.field == "extra_years"
    add_value(db, office.admin, office.improved, 1_000_000, extra_years=50)
    with db.engine.connect() as connection:
        details = connection.execute(
            sa.text(
                "SELECT details FROM asset_event WHERE asset_id = :id AND kind = 'value_changed' "
                "ORDER BY id"
            ),
            {"id": office.improved},
        ).scalars()
        assert [_json(value)["extra_years"] for value in details] == [1, 50]
        audited = connection.execute(
            sa.text("SELECT new_values FROM audit_entry WHERE entity = 'asset_event' ORDER BY id")
        ).scalars()
        entries = [_json(value) for value in audited]
    events = [entry for entry in entries if entry.get("kind") == "value_changed"]
    assert [entry["details"]["extra_years"] for entry in events] == [1, 50]
    assert events[-1]["amount"] == 1_000_000


def test_a_value_change_without_extra_years_keeps_the_life(
    db: Database, office: Office, tmp_path: Path
) -> None:
    # A laptop improved without extra years keeps its 4 years.
    other = _one(db, office.admin, _laptop("Lain", 8_000_000, date(2025, 1, 2), "SN-X"))
    add_value(db, office.admin, other, 800_000, occurred_on=date(2026, 1, 20))
    rows, _, _ = _rows(_workbook(db, office, tmp_path, 2026)[SHEET])
    # 8.000.000 at 1.000.000 from 2025-S1: 2.000.000 by 31-12-2025, book 6.000.000; + 800.000
    # = 6.800.000 over 2026-S1 … 2028-S2 = 6 semesters: 1.133.333 × 5 + 1.133.335.
    assert rows["Lain"][YEARS : LEFT + 1] == [4, 4, 4]
    assert rows["Lain"][OPENING : BOOK + 1] == [2_000_000, 2_266_666, 0, 4_266_666, 4_533_334]
    assert rows["Lain"][REMARK] is None
