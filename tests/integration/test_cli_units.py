"""Units on the command line: ``demo --units``, the ``units`` verb, and ``--unit KODE`` on find,
due, labels, export-inventory and kir (only that unit's items; an unknown code refused, named).

The regency: ``demo --units 4`` (the Bagian Umum, Dinas Pendidikan, Bappeda and Kecamatan
Stabat), made once per session and copied per test.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support.cli import Completed, run_in_process
from tests.support.databases import copy_sqlite

pytestmark = pytest.mark.usefixtures("qapp")

KECAMATAN = "12.02.05.07.01.01.01"
DINAS = "12.02.05.01.01.01.01"
BAGIAN_UMUM = "12.02.05.04.01.01.01"
UNKNOWN = "12.99.99"


def run(*args: str) -> Completed:
    return run_in_process("--lang", "en", *args)


@pytest.fixture
def url(tmp_path: Path, demo_template: Callable[..., Path]) -> str:
    return copy_sqlite(demo_template(assets=400, seed=2, units=4), tmp_path / "regency.db")


def _scalar_rows(url: str, query: str, **params: object) -> list[tuple[object, ...]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(sa.text(query), params)]
    finally:
        engine.dispose()


def _unit_id(url: str, code: str) -> int:
    [(unit_id,)] = _scalar_rows(url, "SELECT id FROM unit WHERE kode_lokasi = :c", c=code)
    return int(str(unit_id))


def test_demo_spreads_the_items_over_believable_units(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'regency.db'}"
    made = run("--db", url, "demo", "--assets", "600", "--units", "5", "--seed", "3")
    assert made.returncode == 0, made.stderr
    assert "600 assets" in made.stdout and "pb.disdik" in made.stdout
    units = _scalar_rows(url, "SELECT id, kode_lokasi, name FROM unit ORDER BY id")
    assert [name for _id, _code, name in units] == [
        "Bagian Umum Sekretariat Daerah",
        "Dinas Pendidikan",
        "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        "Kecamatan Stabat",
        "Bagian Tata Pemerintahan Sekretariat Daerah",
    ]
    codes = [code for _id, code, _name in units]
    assert len(set(codes)) == 5 and all(str(code).startswith("12.02.05.") for code in codes)
    counts = dict(_scalar_rows(url, "SELECT unit_id, count(*) FROM asset GROUP BY unit_id"))
    assert sum(int(str(count)) for count in counts.values()) == 600
    by_unit = [int(str(counts[unit_id])) for unit_id, _code, _name in units]
    assert by_unit[1] == max(by_unit) and min(by_unit) > 0  # the Dinas is the largest
    # Every unit has its own rooms and its items sit in them (or in none: buildings, vehicles).
    strays = _scalar_rows(
        url,
        "SELECT count(*) FROM asset a JOIN room r ON r.id = a.room_id WHERE r.unit_id <> a.unit_id",
    )
    assert strays == [(0,)]
    rooms = dict(_scalar_rows(url, "SELECT unit_id, count(*) FROM room GROUP BY unit_id"))
    assert sorted(rooms) == sorted(unit_id for unit_id, _code, _name in units)
    # A Pengurus Barang per unit, assigned to it alone; the BPKAD reads them all.
    custodians = _scalar_rows(
        url,
        "SELECT u.username, uu.unit_id, n.custodian_name = u.full_name FROM app_user u "
        "JOIN user_unit uu ON uu.user_id = u.id JOIN unit n ON n.id = uu.unit_id "
        "WHERE u.role = 'pengurus_barang' ORDER BY uu.unit_id",
    )
    assert [row[1] for row in custodians] == [unit_id for unit_id, _code, _name in units]
    assert all(row[2] for row in custodians)
    assert custodians[1][0] == "pb.disdik"
    assert _scalar_rows(url, "SELECT role FROM app_user WHERE username = 'bpkad'") == [("bpkad",)]
    vehicles = _scalar_rows(
        url, "SELECT count(DISTINCT unit_id) FROM asset WHERE code LIKE '1.3.2.02.%'"
    )
    assert vehicles[0][0] >= 3  # the Bagian Umum's fleet and a few cars elsewhere
    plates = _scalar_rows(
        url,
        "SELECT count(*) - count(DISTINCT plate_number) FROM asset WHERE plate_number <> ''",
    )
    assert plates == [(0,)]


def test_demo_refuses_too_many_items_for_one_unit(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.db'}"
    one = run("--db", url, "demo", "--assets", "100001")
    assert one.returncode == 1 and "--units" in one.stderr
    none = run("--db", url, "demo", "--units", "0")
    assert none.returncode == 1 and "(not 0)" in none.stderr


def test_units_lists_code_name_and_items(url: str) -> None:
    result = run("--db", url, "units")
    assert result.returncode == 0, result.stderr
    expected = _scalar_rows(
        url,
        "SELECT n.kode_lokasi, n.name, count(a.id) FROM unit n LEFT JOIN asset a "
        "ON a.unit_id = n.id AND a.status <> 'dihapus' GROUP BY n.id, n.kode_lokasi, n.name "
        "ORDER BY n.kode_lokasi",
    )
    assert result.stdout.splitlines() == [
        f"{code}\t{name}\t{count}" for code, name, count in expected
    ]
    assert len(expected) == 4


def test_find_keeps_to_the_unit(url: str) -> None:
    every = run("--db", url, "find", "kursi")
    only = run("--db", url, "find", "kursi", "--unit", KECAMATAN)
    assert every.returncode == only.returncode == 0, only.stderr
    kecamatan = _unit_id(url, KECAMATAN)
    expected = _scalar_rows(
        url,
        "SELECT count(*) FROM asset WHERE unit_id = :u AND status <> 'dihapus' "
        "AND search_text LIKE '%kursi%'",
        u=kecamatan,
    )[0][0]
    lines = only.stdout.splitlines()
    assert len(lines) == expected > 0
    assert len(every.stdout.splitlines()) > len(lines)
    rooms = {
        str(name)
        for (name,) in _scalar_rows(url, "SELECT name FROM room WHERE unit_id = :u", u=kecamatan)
    }
    assert {line.split("\t")[2] for line in lines} <= rooms


def test_due_is_the_union_of_the_units(url: str) -> None:
    every = run("--db", url, "due", "--days", "60")
    assert every.returncode == 0, every.stderr
    parts = []
    for code in (BAGIAN_UMUM, DINAS, KECAMATAN, "12.02.05.05.01.01.01"):
        result = run("--db", url, "due", "--days", "60", "--unit", code)
        assert result.returncode == 0, result.stderr
        parts.append(result.stdout.splitlines())
    assert parts[2] == []  # a kecamatan of 19 items: no vehicle, no house
    assert parts[0] and len(parts[0]) < len(every.stdout.splitlines())
    assert sorted(line for part in parts for line in part) == sorted(every.stdout.splitlines())


def test_labels_kir_and_inventory_of_one_unit(url: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    kecamatan = _unit_id(url, KECAMATAN)
    [(items,)] = _scalar_rows(
        url, "SELECT count(*) FROM asset WHERE unit_id = :u AND status <> 'dihapus'", u=kecamatan
    )
    labels = run("--db", url, "labels", "--all", "--unit", KECAMATAN,
                 "--out", str(tmp_path / "l.pdf"))  # fmt: skip
    assert labels.returncode == 0, labels.stderr
    assert labels.stdout.startswith(f"{items} labels on ")

    both = run("--db", url, "kir", "--room", "R.01", "--out", str(tmp_path / "k.xlsx"))
    assert both.returncode == 1 and "--unit" in both.stderr
    kir = run("--db", url, "kir", "--room", "R.01", "--unit", KECAMATAN,
              "--out", str(tmp_path / "k.xlsx"))  # fmt: skip
    assert kir.returncode == 0, kir.stderr
    assert kir.stdout.startswith("Room card of Ruang Camat saved")

    out = tmp_path / "buku.xlsx"
    book = run("--db", url, "export-inventory", "--year", "2025", "--unit", KECAMATAN,
               "--out", str(out))  # fmt: skip
    assert book.returncode == 0, book.stderr
    ws = load_workbook(out, read_only=True)["KIB B"]
    assert [ws.cell(row, 1).value for row in (2, 3)] == [
        "Kecamatan Stabat",
        f"KODE LOKASI: {KECAMATAN}",
    ]


@pytest.mark.parametrize(
    "verb",
    [
        ("find", "kursi"),
        ("due",),
        ("labels", "--all", "--out", "{tmp}/l.pdf"),
        ("kir", "--room", "R.01", "--out", "{tmp}/k.xlsx"),
        ("export-inventory", "--year", "2025", "--out", "{tmp}/b.xlsx"),
    ],
)
def test_an_unknown_unit_is_refused_by_name(
    url: str, tmp_path: Path, verb: tuple[str, ...]
) -> None:
    args = [part.format(tmp=tmp_path) for part in verb]
    result = run("--db", url, *args, "--unit", UNKNOWN)
    assert result.returncode == 1
    assert f"no unit with the kode lokasi {UNKNOWN}" in result.stderr
    assert result.stdout == "" and not [*tmp_path.glob("*.xlsx"), *tmp_path.glob("*.pdf")]


def test_export_inventory_regency_writes_the_recap_and_the_units(url: str, tmp_path: Path) -> None:
    out = tmp_path / "rekap-2025.xlsx"
    result = run("--db", url, "export-inventory", "--year", "2025", "--regency", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Regency recap 2025 saved to {out}: 4 units, ")
    assert len(list((tmp_path / "rekap-2025-unit").glob("*.xlsx"))) == 4
    both = run("--db", url, "export-inventory", "--year", "2025", "--regency", "--unit",
               KECAMATAN, "--out", str(out))  # fmt: skip
    assert both.returncode != 0
