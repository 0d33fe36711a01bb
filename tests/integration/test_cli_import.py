"""``inventaris import``: exit 0 when imported, 1 with the problems one a line; hostile files
give a sentence, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.integration.test_cli import run
from tests.support.databases import copy_sqlite

# The verbs run in this process (tests/support/cli.py), in pytest-qt's QApplication.
pytestmark = pytest.mark.usefixtures("qapp")

CHAIR = "1.3.2.05.02.01.003"


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB B"
    sheet.append(["Kode Barang", "Nama Barang", "Register", "Tahun", "Harga (Rp)", "Ruangan"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def url(tmp_path: Path, sqlite_template: Path) -> str:
    """A new office (the migrated template) with its first Admin, made on the command line."""
    url = copy_sqlite(sqlite_template, tmp_path / "office.db")
    made = run(
        "--db", url, "create-user", "admin", "--name", "Admin", "--role", "admin",
        "--password-stdin", stdin="rahasia-123\n",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return url


def test_a_clean_file_is_imported_and_a_second_run_changes_nothing(
    tmp_path: Path, url: str
) -> None:
    path = _sheet(tmp_path / "kib.xlsx", [[CHAIR, "Kursi", "0001 - 0003", 2020, "Rp 1.350.000"]])
    first = run("--db", url, "import", str(path), lang="en")
    assert first.returncode == 0, first.stderr
    assert "3 new items" in first.stderr and "Imported from kib.xlsx" in first.stderr
    again = run("--db", url, "import", str(path), lang="en")
    assert again.returncode == 0, again.stderr
    assert "0 new items, 0 updated, 3 unchanged" in again.stderr
    info = run("--db", url, "info", lang="en")
    assert "Assets: 3" in info.stdout


def test_problems_are_printed_one_a_line_and_nothing_is_written(tmp_path: Path, url: str) -> None:
    path = _sheet(
        tmp_path / "kib.xlsx",
        [
            [CHAIR, "Kursi", 1, 2020, 450_000],
            ["1.3.2.99.99.99.999", "Barang", 1, 2020, 1],
            [CHAIR, "Kursi", 3, "31-02-2020", 450_000],
        ],
    )
    result = run("--db", url, "import", str(path), lang="en")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "KIB B, row 3, column A: kode barang 1.3.2.99.99.99.999 is not in the code table; "
        "import the BPKAD's table first",
        'KIB B, row 4, column D: "31-02-2020" is not a possible date',
    ]
    assert "Nothing was imported" in result.stderr
    assert "Assets: 0" in run("--db", url, "info", lang="en").stdout

    valid = run("--db", url, "import", str(path), "--valid-only", lang="en")
    assert valid.returncode == 1  # it still found problems, though the good row went in
    assert "Assets: 1" in run("--db", url, "info", lang="en").stdout


def test_dry_run_writes_nothing_and_new_rooms_need_create_missing(tmp_path: Path, url: str) -> None:
    path = _sheet(tmp_path / "kib.xlsx", [[CHAIR, "Kursi", 1, 2020, 450_000, "Gudang"]])
    dry = run("--db", url, "import", str(path), "--dry-run", lang="en")
    assert dry.returncode == 0, dry.stderr
    assert "Rooms not in the register: Gudang" in dry.stdout
    assert "Dry run: nothing was written." in dry.stderr
    refused = run("--db", url, "import", str(path), lang="en")
    assert refused.returncode == 1 and "--create-missing" in refused.stderr
    created = run("--db", url, "import", str(path), "--create-missing", lang="en")
    assert created.returncode == 0, created.stderr
    assert "Assets: 1" in run("--db", url, "info", lang="en").stdout


def test_a_named_sheet_is_imported_and_an_unknown_one_refused(tmp_path: Path, url: str) -> None:
    path = _sheet(tmp_path / "kib.xlsx", [[CHAIR, "Kursi", 1, 2020, 450_000]])
    assert run("--db", url, "import", str(path), "--sheet", "KIB B").returncode == 0
    unknown = run("--db", url, "import", str(path), "--sheet", "KIB Z", lang="en")
    assert unknown.returncode == 1
    assert "KIB Z" in unknown.stderr and "Traceback" not in unknown.stderr


@pytest.mark.parametrize(
    ("content", "word"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "not a spreadsheet"),
        (b"PK\x03\x04 broken zip" + b"\x00" * 100, "xlsx"),
    ],
)
def test_a_hostile_file_gets_a_sentence(
    tmp_path: Path, url: str, content: bytes, word: str
) -> None:
    path = tmp_path / "aset.xlsx"
    path.write_bytes(content)
    result = run("--db", url, "import", str(path), lang="en")
    assert result.returncode == 1
    assert word in result.stderr and "Traceback" not in result.stderr


def test_a_password_protected_workbook_is_named_as_such(tmp_path: Path, url: str) -> None:
    from msoffcrypto.format import ooxml

    plain = _sheet(tmp_path / "plain.xlsx", [[CHAIR, "Kursi", 1, 2020, 450_000]])
    locked = tmp_path / "terkunci.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        ooxml.OOXMLFile(source).encrypt("rahasia", target)
    result = run("--db", url, "import", str(locked))
    assert result.returncode == 1
    assert "kata sandi" in result.stderr.lower() and "Traceback" not in result.stderr


def test_a_column_in_thousands_is_scaled_and_said_on_a_line_of_its_own(
    tmp_path: Path, url: str
) -> None:
    from tests.integration.test_import_print import bmd_print

    path, expected = bmd_print(tmp_path / "kib-b-bmd.xlsx")
    dry = run("--db", url, "import", str(path), "--dry-run", lang="en")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout == ""  # no problem: standard output, which scripts read, stays empty
    assert "Note: KIB B: Column O 'Harga (ribuan Rp)': values multiplied by 1.000" in (
        dry.stderr.splitlines()
    )
    assert f"{len(expected)} rows: {len(expected)} new items" in dry.stderr

    done = run("--db", url, "import", str(path))
    assert done.returncode == 0, done.stderr
    assert "Catatan: KIB B: Kolom O 'Harga (ribuan Rp)': nilai dikalikan 1.000" in (
        done.stderr.splitlines()
    )
    found = run("--db", url, "find", "Laptop", lang="en")
    assert found.returncode == 0 and found.stdout.count("Laptop") == 21


def test_a_doubtful_price_needs_accept_warnings(tmp_path: Path, url: str) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "KIB B"
    sheet.append(["Kode Barang", "Nama Barang", "Register", "Tahun", "Harga"])  # no unit
    sheet.append([CHAIR, "Kursi", 1, 2020, 8_500])
    sheet.append([CHAIR, "Kursi", 2, 2020, 450_000])
    workbook.save(tmp_path / "kib.xlsx")
    path = str(tmp_path / "kib.xlsx")
    warning = (
        "Warning: KIB B, row 2, column E: Kursi: Rp 8.500 for one item is too low to be sure of "
        "for KIB B (under Rp 10.000), and the column's heading names no unit."
    )

    dry = run("--db", url, "import", path, "--dry-run", lang="en")
    assert dry.returncode == 0, dry.stderr  # as with rooms to create: for the real run to ask
    assert [line[: len(warning)] for line in dry.stdout.splitlines()] == [warning]

    refused = run("--db", url, "import", path, lang="en")
    assert refused.returncode == 1
    assert refused.stdout.startswith(warning)
    assert "Nothing was imported" in refused.stderr and "--accept-warnings" in refused.stderr
    assert "Assets: 0" in run("--db", url, "info", lang="en").stdout

    accepted = run("--db", url, "import", path, "--accept-warnings", lang="en")
    assert accepted.returncode == 0, accepted.stderr
    assert "Imported from kib.xlsx" in accepted.stderr
    assert "Assets: 2" in run("--db", url, "info", lang="en").stdout
