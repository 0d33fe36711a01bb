"""The demo office as the BPKAD would read it: people whose NIPs agree with them, retired
occupants gone from their houses (but for one), land in good condition, and every objek on the
Rekapitulasi and Mutasi called by a name of its own."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from openpyxl import load_workbook

from inventaris.accounts import authenticate
from inventaris.catalog import objek_of
from inventaris.core.db import Database
from inventaris.demo.office import DEMO_PASSWORD, FIRST_NAMES, load_demo_data
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.residences.occupancy import retirement_date

TODAY = date(2026, 11, 28)  # the test clock's day
RETIREMENT_AGE = 58
# Written out here rather than taken from the demo, so the test can disagree with it.
WOMEN = {
    "Citra", "Dewi", "Gita", "Indah", "Kartika", "Lestari", "Nurul", "Putri", "Sari", "Wulan",
    "Rina", "Siti", "Fitri", "Maya", "Nurhayati",
}  # fmt: skip
NOT_A_PERSON = {"Administrator Sistem", "Kendaraan Operasional"}


def _sex(name: str) -> str:
    first = next(word for word in name.split() if word not in {"Drs.", "H.", "Hj.", "Dr."})
    return "2" if first in WOMEN else "1"


def _age(birth: date, on: date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _check_nip(name: str, nip: str, *, serving: bool = True) -> None:
    """18 digits: birth date, appointment month after the 18th birthday and not in the future,
    the sex of the name; a serving civil servant is below the retirement age."""
    assert re.fullmatch(r"\d{18}", nip), (name, nip)
    birth = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    appointed = date(int(nip[8:12]), int(nip[12:14]), 1)
    assert nip[14] == _sex(name), (name, nip)
    assert _age(birth, appointed) >= 18 and appointed <= TODAY, (name, nip)
    if serving:
        assert 18 <= _age(birth, TODAY) < RETIREMENT_AGE, (name, nip)


def _people(connection: Any) -> list[tuple[str, str]]:
    query = """
        SELECT full_name, nip FROM app_user
        UNION ALL SELECT responsible_name, responsible_nip FROM room
        UNION ALL SELECT head_name, head_nip FROM unit
        UNION ALL SELECT custodian_name, custodian_nip FROM unit
        UNION ALL SELECT holder_name, holder_nip FROM asset WHERE holder_name <> ''
    """
    return [(name, nip) for name, nip in connection.execute(sa.text(query))]


def test_every_nip_agrees_with_its_person(db: Database) -> None:
    load_demo_data(db, assets=1500, seed=3)
    with db.engine.connect() as connection:
        people = _people(connection)
        occupants = connection.execute(
            sa.text("SELECT occupant_name, occupant_nip FROM occupancy")
        ).all()
    persons = [(name, nip) for name, nip in people if name not in NOT_A_PERSON]
    assert len(persons) > 100 and {_sex(name) for name, _nip in persons} == {"1", "2"}
    for name, nip in persons:
        _check_nip(name, nip)
    assert all(not nip for name, nip in people if name == "Kendaraan Operasional")
    for name, nip in occupants:  # one has retired (below): their age is not checked here
        _check_nip(name, nip, serving=False)
    # One person, one NIP: the Pengurus Barang is a user and signs as the unit's custodian.
    names = {}
    for name, nip in people:
        if name not in NOT_A_PERSON:
            names.setdefault(name, set()).add(nip)
    with db.engine.connect() as connection:
        custodian = connection.execute(sa.text("SELECT custodian_name FROM unit")).scalar_one()
    assert len(names[custodian]) == 1


def test_retired_occupants_have_left_but_one(db: Database) -> None:
    load_demo_data(db, assets=1500, seed=3)
    with db.engine.connect() as connection:
        housed = connection.execute(
            sa.text(
                "SELECT id, occupant_name, occupant_nip FROM occupancy WHERE move_out_on IS NULL"
            )
        ).all()
        family = connection.execute(
            sa.text("SELECT occupancy_id, relation, age FROM family_member")
        ).all()
    assert len(housed) >= 4
    retired = [row for row in housed if retirement_date(row.occupant_nip, RETIREMENT_AGE) <= TODAY]
    assert len(retired) == 1  # the deliberate case: Beranda asks for the house back
    by_id = {row.id: row for row in housed}
    assert family
    for member in family:
        occupant = by_id[member.occupancy_id]
        nip = occupant.occupant_nip
        age = _age(date(int(nip[:4]), int(nip[4:6]), int(nip[6:8])), TODAY)
        if member.relation == "anak":
            assert 0 < member.age <= age - 20, (occupant, member)
        else:  # a wife for a man, a husband for a woman, of about the same age
            assert member.relation == ("suami" if nip[14] == "2" else "istri"), occupant
            assert abs(member.age - age) <= 5, (occupant, member)


def test_land_is_in_good_condition(db: Database) -> None:
    load_demo_data(db, assets=1500, seed=3)
    with db.engine.connect() as connection:
        land = connection.execute(
            sa.text(
                "SELECT condition, status, disposal_reason FROM asset WHERE code LIKE '1.3.1.%'"
            )
        ).all()
    assert len(land) == 15
    assert {row.condition for row in land} == {"B"}
    assert {row.disposal_reason for row in land if row.status == "dihapus"} <= {
        "dijual",
        "dihibahkan",
    }


def _named_lines(ws: Any) -> dict[str, str]:
    """Code -> name of the objek lines (four levels and more) on a Rekapitulasi/Mutasi sheet."""
    lines: dict[str, str] = {}
    for row in ws.iter_rows(values_only=True):
        code = row[1] if len(row) > 2 else None
        if isinstance(code, str) and re.fullmatch(r"\d(\.\d+){3,}", code):
            assert lines.setdefault(code, row[2]) == row[2], code  # one name wherever it stands
    return lines


def test_every_objek_in_the_demo_has_a_name_of_its_own(db: Database, tmp_path: Path) -> None:
    load_demo_data(db, assets=400, seed=3)
    keeper = authenticate(db, "pengurus", DEMO_PASSWORD)
    path = tmp_path / "buku.xlsx"
    write_inventory_workbook(db, keeper, 2026, path)
    with db.engine.connect() as connection:
        codes = connection.execute(
            sa.text("SELECT DISTINCT code FROM asset WHERE status <> 'dihapus'")
        ).scalars()
        objek = {objek_of(code) for code in codes}
    assert len(objek) >= 5  # land, vehicles, office things, computers, buildings
    workbook = load_workbook(path, read_only=True)
    try:
        for sheet in ("Rekapitulasi", "Mutasi"):
            lines = _named_lines(workbook[sheet])
            assert objek <= set(lines), sheet
            names = [lines[code] for code in sorted(lines)]
            assert all(isinstance(name, str) and name.strip() for name in names), (sheet, lines)
            assert len(set(names)) == len(names), (sheet, lines)  # no line says its jenis
    finally:
        workbook.close()


def test_the_demo_names_are_known_to_the_test() -> None:
    """Every first name the demo gives is sorted into men and women above."""
    assert set(FIRST_NAMES) - {"Ahmad", "Budi", "Eka", "Fajar", "Hendra", "Joko", "Muhammad",
                               "Rizky", "Taufik", "Yusuf", "Zulkifli", "Agus", "Irwan",
                               "Darma"} == WOMEN - {"Nurhayati"}  # fmt: skip
