"""``inventaris stocktake``: start one, count a room from what a scanner typed, report the counts.

The verbs run in this process, as in test_cli.py; the office is made through the use cases.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from inventaris.labels import label_data
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import a_room, chair, first_admin, office_values, vehicle
from tests.support.cli import Completed, run_in_process

pytestmark = pytest.mark.usefixtures("qapp")


def run(url: str, *args: str, stdin: str | None = None, lang: str = "en") -> Completed:
    return run_in_process("--lang", lang, "--db", url, *args, stdin=stdin)


@dataclass(frozen=True)
class Office:
    url: str
    chairs: list[str]  # code+register of the three chairs in R.01
    chair_payload: str  # the first chair's label line, as the scanner types it
    chair_key: str  # the second chair's bare label key
    desk: str  # code+register of the desk in R.02
    car: str  # code+register of the car, in no room


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    admin = first_admin(sqlite_db)
    settings = get_office_settings(sqlite_db, admin)
    update_office_settings(sqlite_db, admin, office_values(settings))
    r1 = a_room(sqlite_db, admin, "R.01", "Ruang Kepala")
    r2 = a_room(sqlite_db, admin, "R.02", "Ruang Staf")
    chairs = create_assets(sqlite_db, admin, chair(room_id=r1), 3)
    [desk] = create_assets(
        sqlite_db, admin, chair(room_id=r2, code="1.3.2.05.02.01.001", name="Meja kerja")
    )
    [car] = create_assets(sqlite_db, admin, vehicle())
    first, second = label_data(sqlite_db, admin, [chairs[0].id, chairs[1].id])
    return Office(
        url=f"sqlite:///{sqlite_db.url.database}",
        chairs=[item.code_register for item in chairs],
        chair_payload=first.payload,
        chair_key=second.label_key,
        desk=desk.code_register,
        car=car.code_register,
    )


def test_start_prints_the_number_alone_and_refuses_an_unknown_room(office: Office) -> None:
    unknown = run(office.url, "stocktake", "start", "--name", "Sensus", "--rooms", "R.01,R.77")
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert "There is no room with the code R.77." in unknown.stderr
    started = run(
        office.url, "stocktake", "start", "--name", "Inventarisasi 2026",
        "--rooms", "r.01, R.02", "--decree", "032/17/BU/2026",
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert started.stdout == "1\n"  # nothing was started by the refused call
    from inventaris.accounts import every_unit_actor
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.stocktake.sessions import get_stocktake

    db = Database(office.url)
    view = get_stocktake(db, every_unit_actor(db, SYSTEM_ACTOR), 1)
    db.dispose()
    assert view.name == "Inventarisasi 2026" and view.decree_number == "032/17/BU/2026"
    assert len(view.room_ids) == 2 and view.is_open
    again = run(office.url, "stocktake", "start", "--name", "Lagi")
    assert again.returncode == 1 and "Inventarisasi 2026 is still open" in again.stderr


def test_scan_reads_stdin_line_by_line_and_report_counts(office: Office, tmp_path: Path) -> None:
    started = run(office.url, "stocktake", "start", "--name", "Sensus", "--rooms", "R.01,R.02")
    number = started.stdout.strip()
    lines = [
        office.chair_payload,  # a label line: found
        office.chair_key.lower(),  # a bare key, as a scanner in lower case types it: found
        "",  # a blank line: skipped
        office.desk,  # registered in R.02: in the wrong room
        office.chairs[0],  # the first chair again: counted once
        "   ",  # nothing but spaces: this line fails, the next ones are counted
        "02.06.02.01.29/0113",  # an old sticker: kept as an unknown code
    ]
    scanned = run(
        office.url, "stocktake", "scan", number, "--room", "R.01", stdin="\r\n".join(lines) + "\n"
    )
    assert scanned.returncode == 1  # a line failed
    assert scanned.stdout.splitlines() == [
        f"Found\t{office.chairs[0]}\tKursi besi",
        f"Found\t{office.chairs[1]}\tKursi besi",
        f"In the wrong room\t{office.desk}\tMeja kerja\tregistered in Ruang Staf",
        f"Already scanned here\t{office.chairs[0]}\tKursi besi",
        "Unknown code\t02.06.02.01.29/0113",
        "6 lines read: Found 2, In the wrong room 1, Already scanned here 1, Unknown code 1; "
        "1 failed.",
    ]
    assert scanned.stderr.strip() == "Line 6: The scanned line is empty."

    out = tmp_path / "sensus.xlsx"
    report = run(office.url, "stocktake", "report", number, "--out", str(out), "--json")
    assert report.returncode == 0, report.stderr
    counts = json.loads(report.stdout)
    # The keys in the contract's order and spelling: {"expected":…, "found":…, …}
    assert report.stdout.strip() == (
        '{"expected":4, "found":3, "not_found":1, "misplaced":1, "unknown":1}'
    )
    # Four items in R.01 and R.02 (the car is in no room); the third chair was not scanned,
    # and no room was closed: it counts as not found.
    assert counts == {"expected": 4, "found": 3, "not_found": 1, "misplaced": 1, "unknown": 1}
    assert counts["found"] + counts["not_found"] == counts["expected"]
    assert out.is_file() and out.stat().st_size > 0
    from openpyxl import load_workbook

    assert "III.B.11" in load_workbook(out, read_only=True).sheetnames
    plain = run(office.url, "stocktake", "report", number, "--out", str(tmp_path / "b.xlsx"))
    assert plain.returncode == 0 and plain.stdout.startswith("Results of Sensus saved to ")
    assert "4 items expected, 3 found, 1 not found" in plain.stdout


def test_scan_outside_rooms_and_what_is_refused(office: Office, tmp_path: Path) -> None:
    number = run(office.url, "stocktake", "start", "--name", "Sensus").stdout.strip()
    outside = run(office.url, "stocktake", "scan", number, "--room", "-", stdin=office.car + "\n")
    assert outside.returncode == 0, outside.stderr
    assert outside.stdout.splitlines()[0] == f"Found\t{office.car}\tToyota Kijang Innova"
    assert outside.stdout.splitlines()[-1] == "1 lines read: Found 1; 0 failed."
    for argv, message in (
        (["99", "--room", "R.01"], "The stock-take 99 does not exist."),
        ([number, "--room", "R.77"], "There is no room with the code R.77."),
    ):
        refused = run(office.url, "stocktake", "scan", *argv, stdin=office.chairs[0] + "\n")
        assert refused.returncode == 1 and refused.stdout == "", argv
        assert message in refused.stderr and "Traceback" not in refused.stderr
    # A stock-take of one room does not count the others, nor what stands outside rooms.
    from inventaris.accounts import every_unit_actor
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.stocktake.sessions import finish_stocktake

    db = Database(office.url)
    finish_stocktake(db, every_unit_actor(db, SYSTEM_ACTOR), int(number))
    db.dispose()
    closed = run(office.url, "stocktake", "scan", number, "--room", "R.01", stdin="x\n")
    assert closed.returncode == 1 and "is finished" in closed.stderr
    one = run(office.url, "stocktake", "start", "--name", "Satu", "--rooms", "R.02").stdout.strip()
    for room in ("R.01", "-"):
        refused = run(office.url, "stocktake", "scan", one, "--room", room, stdin="x\n")
        assert refused.returncode == 1 and "is not counted in the stock-take Satu" in refused.stderr
    out = tmp_path / "x.xlsx"
    report = run(office.url, "stocktake", "report", "99", "--out", str(out), "--json")
    assert report.returncode == 1 and "The stock-take 99 does not exist." in report.stderr
    assert report.stdout == "" and not out.exists()
