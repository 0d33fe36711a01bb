"""User text never leaves the program as a formula.

A name typed into the program (an asset, a room, a booking, an occupant…) or read from an
imported file may look like a spreadsheet formula: ``=HYPERLINK("http://x","klik")`` opens a web
page when clicked, and ``+``, ``-`` and ``@`` start a formula too when a CSV file is opened in
Excel. Every workbook the program writes is opened here as a zip: no sheet holds a formula
(``<f>``) nor an error cell, and read back with openpyxl the text is there as plain text. The
CSV problem report starts such cells with a single quote (OWASP, "CSV Injection"), and only
text cells: a number stays a number.

The test clock stands at 28 November 2026.
"""

from __future__ import annotations

import csv
import re
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.assets.types import AssetInput
from inventaris.bookings.outputs import export_bookings_xlsx
from inventaris.bookings.service import BookingInput, Resource, book
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.core.timeutil import WIB
from inventaris.importing.problems import Problem
from inventaris.importing.service import import_assets, open_import, write_problem_report
from inventaris.inventory.kir import export_kir
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.locations import RoomInput, RoomKind, save_room
from inventaris.office import get_office_settings, update_office_settings
from inventaris.residences.occupancy import (
    OccupancyInput,
    ResidenceDetailInput,
    save_residence_details,
    start_occupancy,
)
from inventaris.residences.reports import export_residences_xlsx
from inventaris.vehicles.records import FuelInput, ServiceInput, add_fuel, add_service
from inventaris.vehicles.workbooks import export_fleet_year_xlsx, export_vehicle_year_xlsx
from tests.support.builders import chair, first_admin, office_values, vehicle

LINK = '=HYPERLINK("http://x","klik")'
PLUS = "+1+1"
AT = "@SUM(A1)"
MINUS = "-2+3"
ERROR = "#N/A"  # openpyxl would make it an error cell, not text
HOSTILE = (LINK, PLUS, AT, MINUS, ERROR)
CHAIR = "1.3.2.05.02.01.003"
HOUSE = "1.3.3.01.02.02.001"


def _text(index: int, suffix: str = "") -> str:
    """The hostile texts in turn, each field its own (a suffix keeps two fields apart)."""
    return HOSTILE[index % len(HOSTILE)] + suffix


@dataclass(frozen=True)
class Office:
    admin: Actor
    room: int
    house: int
    car: int


@pytest.fixture
def office(db: Database) -> Office:
    """Every user-typed field that reaches an export holds a text that looks like a formula."""
    admin = first_admin(db)
    settings = office_values(
        get_office_settings(db, admin),
        unit_name=LINK + " unit",
        head_name=MINUS + " kepala",
        custodian_name=AT + " pengurus",
        head_title=PLUS + " jabatan",
    )
    update_office_settings(db, admin, settings)
    room = save_room(
        db,
        admin,
        RoomInput(
            code="R.01",
            name=LINK,
            responsible_name=PLUS,
            responsible_nip="199001012015012003",
        ),
    ).id
    for number, text in enumerate(HOSTILE):
        create_assets(
            db,
            admin,
            chair(
                name=text,
                specification=_text(number + 1, " spek"),
                brand_type=_text(number + 2, " merk"),
                notes=_text(number + 3, " catatan"),
                room_id=room,
            ),
        )
    house = create_assets(
        db,
        admin,
        AssetInput(
            code=HOUSE,
            name=AT,
            acquisition_year=2005,
            price=350_000_000,
            address=MINUS,
            floor_area_m2=Decimal(70),
            land_area_m2=Decimal("210.5"),
            concrete=True,
            multi_storey=False,
            notes=LINK + " rumah",
        ),
    )[0].id
    save_residence_details(
        db, admin, house, ResidenceDetailInput(golongan="II", house_type=PLUS + " tipe")
    )
    start_occupancy(
        db,
        admin,
        OccupancyInput(
            asset_id=house,
            occupant_name=LINK,
            occupant_nip="19850101 201001 1 001",
            rank_grade=AT + " golongan",
            position=MINUS + " jabatan",
            sip_number=ERROR,
            sip_date=date(2026, 1, 10),
            valid_from=date(2026, 1, 15),
            valid_until=date(2027, 1, 14),
            monthly_rent=150_000,
        ),
    )
    car = create_assets(db, admin, vehicle(brand_type=LINK, name=PLUS + " kendaraan"))[0].id
    add_service(
        db,
        admin,
        ServiceInput(
            car,
            date(2026, 3, 15),
            12_000,
            "servis_berkala",
            600_000,
            250_000,
            workshop=MINUS,
            receipt_number=AT,
            description=LINK,
        ),
    )
    add_fuel(
        db,
        admin,
        FuelInput(car, date(2026, 4, 1), "Pertalite", Decimal(40), 10_000, 13_000, driver_name=AT),
    )
    meeting = save_room(
        db,
        admin,
        RoomInput(code="RR.01", name=MINUS + " ruang", kind=RoomKind.MEETING, capacity=40),
    ).id
    start = datetime(2026, 11, 30, 9, tzinfo=WIB)
    book(
        db,
        admin,
        BookingInput(
            Resource("room", meeting),
            start,
            start + timedelta(hours=2),
            LINK,
            organizer_unit=PLUS,
            contact_name=AT,
            contact_phone=MINUS,
            notes=ERROR + " catatan",
        ),
    )
    return Office(admin, room, house, car)


# --- reading a written workbook --------------------------------------------------------------


_FORMULA = r"<c [^>]*>(?:(?!</c>).)*<f[ >/].*?</c>"  # a cell holding an <f> element
_ERROR_OR_RESULT = r'<c [^>]*t="(?:e|str)"[^>]*>'  # an error, or a formula's text result


def formulas_and_errors(path: Path) -> list[str]:
    """Every formula or error cell in the sheets' XML, with its sheet; [] when there is none."""
    found: list[str] = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if not name.startswith("xl/worksheets/") or not name.endswith(".xml"):
                continue
            xml = package.read(name).decode("utf-8")
            found += [f"{name}: {cell}" for cell in re.findall(_FORMULA, xml, re.S)]
            found += [f"{name}: {cell}" for cell in re.findall(_ERROR_OR_RESULT, xml)]
    return found


def texts(path: Path) -> dict[str, str]:
    """Every text cell's value, read back with openpyxl, with its data type."""
    found: dict[str, str] = {}
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = cell.data_type
    return found


def assert_plain_text(path: Path, expected: set[str]) -> None:
    assert formulas_and_errors(path) == []
    read = texts(path)
    missing = expected - set(read)
    assert not missing, f"{path.name}: not found as text: {sorted(missing)}"
    assert {text: read[text] for text in expected} == dict.fromkeys(expected, "s")


# --- every export ----------------------------------------------------------------------------


def test_the_kir_writes_names_as_text(db: Database, office: Office, tmp_path: Path) -> None:
    path = tmp_path / "kir.xlsx"
    export_kir(db, office.admin, office.room, path, as_of=date(2026, 11, 28))
    expected = set(HOSTILE) | {_text(n, " spek") for n in range(5)}
    expected |= {_text(n, " merk") for n in range(5)}
    expected |= {LINK + " unit", PLUS, MINUS + " kepala", AT + " pengurus", PLUS + " jabatan"}
    assert_plain_text(path, expected)


def test_the_annual_workbook_writes_names_as_text(
    db: Database, office: Office, tmp_path: Path
) -> None:
    path = tmp_path / "inventaris.xlsx"
    write_inventory_workbook(db, office.admin, 2026, path)
    expected = set(HOSTILE) | {_text(n, " spek") for n in range(5)}
    expected |= {_text(n, " merk") for n in range(5)} | {_text(n, " catatan") for n in range(5)}
    expected |= {LINK + " unit", PLUS, MINUS + " kepala", AT + " pengurus"}
    assert_plain_text(path, expected)


def test_the_bookings_workbook_writes_titles_and_names_as_text(
    db: Database, office: Office, tmp_path: Path
) -> None:
    path = tmp_path / "pemesanan.xlsx"
    export_bookings_xlsx(db, office.admin, date(2026, 11, 30), date(2026, 11, 30), path)
    expected = {LINK, PLUS, AT, MINUS, MINUS + " ruang", ERROR + " catatan", LINK + " unit"}
    assert_plain_text(path, expected)


def test_the_residences_workbook_writes_addresses_and_occupants_as_text(
    db: Database, office: Office, tmp_path: Path
) -> None:
    path = tmp_path / "rumah.xlsx"
    export_residences_xlsx(db, office.admin, path)
    expected = {MINUS, LINK, AT + " golongan", MINUS + " jabatan", ERROR, PLUS + " tipe"}
    assert_plain_text(path, expected | {LINK + " unit", MINUS + " kepala"})


def test_the_vehicle_workbooks_write_names_and_records_as_text(
    db: Database, office: Office, tmp_path: Path
) -> None:
    year = tmp_path / "kendaraan.xlsx"
    export_vehicle_year_xlsx(db, office.admin, office.car, 2026, year)
    assert_plain_text(year, {LINK + " unit", MINUS + " kepala"})
    details = {value for value in texts(year) if value.startswith(MINUS)}
    assert any(LINK in value for value in details), details  # workshop · receipt · description
    assert AT in texts(year)  # the driver of the fill
    fleet = tmp_path / "armada.xlsx"
    export_fleet_year_xlsx(db, office.admin, 2026, fleet)
    assert_plain_text(fleet, {LINK, LINK + " unit", AT + " pengurus"})


# --- the import problem report -----------------------------------------------------------------


def _hostile_import(db: Database, admin: Actor, tmp_path: Path) -> list[Problem]:
    """A CSV file whose wrong cells look like formulas: each is a problem quoting the cell."""
    path = tmp_path / "kib-b.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["No", "Kode Barang", "Nama Barang", "Tahun Pembelian", "Harga", "Kondisi"])
        writer.writerow([1, LINK, "Kursi", 2020, 1000, "B"])
        writer.writerow([2, CHAIR, "Kursi", 2020, MINUS, "B"])
        writer.writerow([3, CHAIR, "Kursi", AT, 1000, "B"])
        writer.writerow([4, CHAIR, "Kursi", 2020, 1000, PLUS])
        writer.writerow([5, CHAIR, "Kursi", 2020, -5, "B"])
    report = import_assets(db, admin, open_import(db, admin, path), dry_run=True)
    problems = list(report.problems)
    assert {problem.value for problem in problems} >= {LINK, MINUS, AT, PLUS, "-5"}
    # A sheet named by the user, and a value Excel would read as a command (DDE).
    problems.append(replace(problems[0], sheet=AT + " sheet", value="-cmd|' /C calc'!A0"))
    problems.append(replace(problems[0], sheet="\tKIB", value="\r=1+1"))
    return problems


HEADINGS = ["Sheet", "Baris", "Kolom", "Nilai", "Masalah"]


def test_the_problem_report_workbook_writes_values_as_text(db: Database, tmp_path: Path) -> None:
    problems = _hostile_import(db, first_admin(db), tmp_path)
    path = tmp_path / "masalah.xlsx"
    write_problem_report(path, problems, HEADINGS)
    expected = {LINK, MINUS, AT, PLUS, AT + " sheet", "-cmd|' /C calc'!A0"}
    assert_plain_text(path, expected)
    assert "\n=1+1" in texts(path)  # XML reads a carriage return back as a line feed
    ws = load_workbook(path).active
    assert ws is not None
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert all(isinstance(row[1], int) for row in rows)  # the row number stays a number


def test_the_problem_report_csv_neutralises_formula_text_only(db: Database, tmp_path: Path) -> None:
    problems = _hostile_import(db, first_admin(db), tmp_path)
    path = tmp_path / "masalah.csv"
    write_problem_report(path, problems, HEADINGS)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert lines[0] == HEADINGS
    body = lines[1:]
    assert len(body) == len(problems)
    dangerous = ("=", "+", "-", "@", "\t", "\r")
    for line, problem in zip(body, problems, strict=True):
        sheet, row, column, value, message = line
        assert row == str(problem.row)  # a number, written as it is
        assert column == problem.column
        if problem.value.startswith(dangerous) and problem.value != "-5":
            assert value == "'" + problem.value
        else:
            assert value == problem.value
        for cell in (sheet, value, message):
            assert not cell.startswith(dangerous) or cell == "-5", line
    values = [line[3] for line in body]
    assert {"'" + LINK, "'" + MINUS, "'" + AT, "'" + PLUS, "-5"} <= set(values)
    assert "'-cmd|' /C calc'!A0" in values and "'\r=1+1" in values
    assert [line[0] for line in body][-2:] == ["'" + AT + " sheet", "'\tKIB"]
