"""The command line works with no display at all, and speaks in sentences.

The verbs run in this process (``ui.cli.main``, as ``main.py`` calls it): starting Python, Qt and
SQLAlchemy for each call was most of these tests' time. What only a new process shows, that it
starts and paints without any display, runs in one (``run_subprocess``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.cli import Completed, run_in_process, run_subprocess
from tests.support.databases import copy_sqlite

# main() uses the application there is; the tests' one is pytest-qt's QApplication.
pytestmark = pytest.mark.usefixtures("qapp")


def run(*args: str, stdin: str | None = None, lang: str = "id") -> Completed:
    return run_in_process("--lang", lang, *args, stdin=stdin)


def test_help_lists_the_verbs_without_a_display() -> None:
    result = run_subprocess("--lang", "id", "--help")
    assert result.returncode == 0, result.stderr
    for verb in ("demo", "upgrade", "info", "set-db", "create-user"):
        assert verb in result.stdout


def test_demo_then_info_headless(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    made = run("--db", url, "demo", "--assets", "250", "--seed", "4", lang="en")
    assert made.returncode == 0, made.stderr
    assert "250 assets" in made.stdout and "pimpinan" in made.stdout
    info = run("--db", url, "info", lang="en")
    assert info.returncode == 0, info.stderr
    assert "Assets: 250" in info.stdout


def test_demo_into_a_used_database_is_refused_in_indonesian(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "5").returncode == 0
    again = run("--db", url, "demo", "--assets", "5")
    assert again.returncode == 1
    assert "hanya" in again.stderr and "Traceback" not in again.stderr


@pytest.mark.parametrize(
    "url", ["sqlite:///{tmp}/no/such/folder/x.db", "not-a-url", "postgresql://u:p@127.0.0.1:1/x"]
)
def test_a_database_that_cannot_be_opened_gives_a_sentence(tmp_path: Path, url: str) -> None:
    result = run("--db", url.format(tmp=tmp_path), "info", lang="en")
    assert result.returncode == 1
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert ":p@" not in result.stderr


def test_create_user_reads_the_password_from_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    made = run(
        "--db",
        url,
        "create-user",
        "admin",
        "--name",
        "Admin",
        "--role",
        "admin",
        "--password-stdin",
        stdin="rahasia-123\n",
        lang="en",
    )
    assert made.returncode == 0, made.stderr
    clerk = run(
        "--db",
        url,
        "create-user",
        "budi",
        "--name",
        "Budi",
        "--role",
        "pengurus_barang",
        "--nip",
        "123",
        "--password-stdin",
        stdin="rahasia-123\n",
        lang="en",
    )
    assert clerk.returncode == 1
    assert "NIP" in clerk.stderr and "18 digits" in clerk.stderr


def test_set_db_saves_the_choice_for_this_pc(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kantor.db'}"
    result = run("--db", url, "set-db", lang="en")
    assert result.returncode == 0, result.stderr
    from inventaris.core.paths import load_local_config

    assert load_local_config()["database_url"] == url


def test_labels_are_written_as_pdf_without_a_display(tmp_path: Path) -> None:
    import pypdfium2
    import zxingcpp

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "60").returncode == 0
    out = tmp_path / "labels.pdf"
    # A process of its own, with no display: painting must still work there.
    made = run_subprocess(
        "--lang",
        "en",
        "--db",
        url,
        "labels",
        "--out",
        str(out),
        "--template",
        "a4-4x10",
        "--start",
        "39",
    )
    assert made.returncode == 0, made.stderr
    assert " labels on 3 page(s)" in made.stdout  # 60 less the disposed
    document = pypdfium2.PdfDocument(str(out))
    first_page = document[0].render(scale=300 / 72).to_pil()
    assert len(zxingcpp.read_barcodes(first_page)) == 2  # positions 39 and 40 of the sheet
    document.close()
    # Printed labels are remembered: nothing is left unlabelled now.
    again = run("--db", url, "labels", "--out", str(tmp_path / "again.pdf"), lang="en")
    assert again.returncode == 1 and "No asset needs a label" in again.stderr
    unknown = run("--db", url, "labels", "--out", str(out), "--template", "a5-9x9", lang="en")
    assert unknown.returncode == 1 and "no label template called a5-9x9" in unknown.stderr


def test_due_prints_one_line_per_item_and_exits_0(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "400").returncode == 0
    from datetime import timedelta

    from inventaris.accounts import authenticate
    from inventaris.areas import attention_items
    from inventaris.assets.register import RegisterFilter, RegisterQuery, all_register_rows
    from inventaris.core.db import Database
    from inventaris.core.timeutil import to_wib, utc_now
    from inventaris.vehicles.records import save_document

    db = Database(url)
    admin = authenticate(db, "admin", "demo1234")
    car = all_register_rows(db, admin, RegisterQuery(RegisterFilter(code_prefix="1.3.2.02")))[0]
    today = to_wib(utc_now()).date()
    save_document(db, admin, car.id, "lainnya", today + timedelta(days=5), note="KIR uji")
    expected = attention_items(db, admin, within_days=30)
    db.dispose()
    result = run("--db", url, "due", "--days", "30", lang="en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(expected) > 1
    assert lines[0].startswith("OVERDUE\t")  # the demo has an expired tax and an expired SIP
    ours = next(line for line in lines if "Other document" in line)
    assert ours.startswith("within 7 days\t")
    vacant = next(line for line in lines if line.endswith("is vacant."))
    assert vacant.startswith("note\t-\t")
    assert lines.index(vacant) == len(lines) - 1  # notes come last


def _vehicle_office(tmp_path: Path, template: Path) -> tuple[str, int]:
    """A database with the office's settings and one car driven 500 km last year."""
    from datetime import date
    from decimal import Decimal

    from inventaris.assets.editing import create_assets
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.core.timeutil import to_wib, utc_now
    from inventaris.office import get_office_settings, update_office_settings
    from inventaris.vehicles.records import FuelInput, ServiceInput, add_fuel, add_service
    from tests.support.builders import first_admin, office_values, vehicle

    url = copy_sqlite(template, tmp_path / "kantor.db")  # the session's migrated template
    year = to_wib(utc_now()).date().year - 1
    db = Database(url)
    prepare_database(db)
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    car = create_assets(db, admin, vehicle())[0].id
    for month, km in ((3, 10_000), (4, 10_500)):
        fill = FuelInput(car, date(year, month, 1), "Pertalite", Decimal(40), 10_000, km)
        add_fuel(db, admin, fill)
    add_service(
        db, admin, ServiceInput(car, date(year, 3, 15), 10_200, "ganti_oli", 200_000, 50_000)
    )
    db.dispose()
    return url, year


def test_vehicle_report_writes_the_fleet_or_one_vehicle(
    tmp_path: Path, sqlite_template: Path
) -> None:
    from openpyxl import load_workbook

    url, year = _vehicle_office(tmp_path, sqlite_template)
    fleet_path = tmp_path / "armada.xlsx"
    fleet = run(
        "--db", url, "vehicle-report", "--year", str(year), "--out", str(fleet_path), lang="en"
    )
    assert fleet.returncode == 0, fleet.stderr
    assert fleet.stdout.strip() == (
        f"Fleet costs in {year} saved to {fleet_path}: 1 vehicles, 500 km, Rp 1.050.000."
    )
    ws = load_workbook(fleet_path)["Rekap Kendaraan"]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "BK 1234 AB")
    assert [ws.cell(row, column).value for column in range(6, 14)] == [
        500,
        80,
        800_000,
        250_000,
        0,  # no tax paid
        1_050_000,
        2_100,
        12.5,
    ]

    car_path = tmp_path / "innova.xlsx"
    one = run(
        "--db", url, "vehicle-report", "--year", str(year), "--out", str(car_path),
        "--plate", "bk1234ab", lang="en",
    )  # fmt: skip
    assert one.returncode == 0, one.stderr
    assert f"Costs of BK 1234 AB in {year} saved to {car_path}: 500 km, Rp 1.050.000." in one.stdout
    assert load_workbook(car_path).sheetnames == [
        "Rekap Bulanan",
        "Biaya per Bulan dan Jenis",
        "Rincian",
    ]

    unknown = run(
        "--db", url, "vehicle-report", "--year", str(year), "--out", str(tmp_path / "x.xlsx"),
        "--plate", "BK 5 ZZ", lang="en",
    )  # fmt: skip
    assert unknown.returncode == 1
    assert "There is no vehicle with the plate BK 5 ZZ." in unknown.stderr
    assert "Traceback" not in unknown.stderr and not (tmp_path / "x.xlsx").exists()


def test_vehicle_history_is_written_as_pdf_without_a_display(
    tmp_path: Path, sqlite_template: Path
) -> None:
    import pypdfium2

    url, year = _vehicle_office(tmp_path, sqlite_template)
    out = tmp_path / "riwayat.pdf"
    made = run(
        "--db", url, "vehicle-history", "--plate", "BK 1234 AB", "--out", str(out), lang="en"
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == (f"History of BK 1234 AB saved to {out}: 3 records on 1 page(s).")
    document = pypdfium2.PdfDocument(str(out))
    text = " ".join(document[0].get_textpage().get_text_range().split())
    document.close()
    assert "RIWAYAT KENDARAAN DINAS BK 1234 AB" in text
    assert f"15-03-{year} Servis Ganti Oli 10.200 250.000" in text
    assert "JUMLAH 1.050.000" in text and "Halaman 1 dari 1" in text
    missing = run("--db", url, "vehicle-history", "--plate", "BK 5 ZZ", "--out", str(out))
    assert missing.returncode == 1 and "BK 5 ZZ" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_export_inventory_writes_the_years_workbook_and_prints_progress(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "300").returncode == 0
    out = tmp_path / "buku-2025.xlsx"
    result = run(
        "--db", url, "export-inventory", "--year", "2025", "--out", str(out), lang="en"
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Inventory workbook 2025 saved to {out}: ")
    assert "100%" in result.stderr  # the progress line
    workbook = load_workbook(out, read_only=True)
    assert workbook.sheetnames[:3] == ["KIB A", "KIB B", "KIB C"]

    wrong = run(
        "--db", url, "export-inventory", "--year", "2025", "--as-of", "2026-01-31",
        "--out", str(tmp_path / "x.xlsx"),
    )  # fmt: skip
    assert wrong.returncode != 0
    assert "31-01-2026" in wrong.stderr and "2025" in wrong.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_find_takes_a_scanned_label_line_or_a_bare_key(
    tmp_path: Path, demo_template: Callable[..., Path]
) -> None:
    from inventaris.accounts import authenticate
    from inventaris.assets.register import RegisterFilter, RegisterQuery, all_register_rows
    from inventaris.core.db import Database
    from inventaris.labels import label_data

    url = copy_sqlite(demo_template(assets=120, seed=3), tmp_path / "demo.db")
    db = Database(url)
    admin = authenticate(db, "admin", "demo1234")
    rows = all_register_rows(db, admin, RegisterQuery(RegisterFilter(text="laptop")))
    [label] = label_data(db, admin, [rows[0].id])
    db.dispose()
    line = f"{rows[0].code_register}\t{rows[0].name}\t{rows[0].room_name}\n"

    # "laptop" is what people call them: the names ("ASUS VivoBook 14") never say so.
    by_kind = run("--db", url, "find", "laptop")
    assert by_kind.returncode == 0 and by_kind.stdout.count("\n") == len(rows) > 1
    assert line in by_kind.stdout
    for scanned in (label.payload, label.label_key.lower()):
        result = run("--db", url, "find", *scanned.split())
        assert result.returncode == 0, result.stderr
        assert result.stdout == line  # the one asset, in the usual format
    unknown = run("--db", url, "find", "INV:0000000000", "1.3.2.10.01.02.002.000001", lang="en")
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert "No asset matches INV:0000000000" in unknown.stderr


def test_the_screenshot_command_is_reachable_but_not_listed() -> None:
    # The bundle's smoke test draws the window through it (tests/smoke/bundle.py).
    shown = run("--help").stdout
    assert "screenshots" not in shown
    drawn = run_in_process("screenshots", "--help")
    assert drawn.returncode == 0, drawn.stderr
    assert "python -m ui.screenshots" in drawn.stdout and "--out" in drawn.stdout
