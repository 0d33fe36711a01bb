"""The code table: well-formed codes, the picker's search, importing the BPKAD table."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from inventaris.catalog import (
    check_code,
    get_code,
    import_code_table,
    is_well_formed,
    kib_of,
    search_codes,
)
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from tests.support.builders import first_admin


@pytest.mark.parametrize(
    ("code", "ok"),
    [
        ("1.3.2.10.01.02.002", True),
        ("1.3.2", True),
        ("1", True),
        ("1.3.2.10.01.02.02", False),
        ("1.3.2.1", False),
        ("1.3.2.10.01.02.002.001", False),
        ("a.3.2", False),
        ("", False),
    ],
)
def test_well_formed_codes(code: str, ok: bool) -> None:
    assert is_well_formed(code) is ok


def test_codes_are_normalised_and_mapped_to_their_kib() -> None:
    assert check_code(" 1.3.2.10. ") == "1.3.2.10"
    assert (kib_of("1.3.1.01"), kib_of("1.3.2.02.01"), kib_of("1.3.3.01.02")) == ("A", "B", "C")
    assert kib_of("1.3") is None
    with pytest.raises(ValidationError, match="not a kode barang"):
        check_code("1.3.2.1")


def test_the_picker_finds_by_name_or_code_prefix(db: Database) -> None:
    admin = first_admin(db)
    assert [c.code for c in search_codes(db, admin, "laptop")] == ["1.3.2.10.01.02.002"]
    assert {c.code for c in search_codes(db, admin, "KURSI rapat")} == {
        "1.3.2.05.02.01.030",  # Kursi Rapat
        "1.3.2.05.03",  # Meja dan Kursi Kerja/Rapat Pejabat
    }
    by_prefix = [c.code for c in search_codes(db, admin, "1.3.2.10")]
    assert by_prefix[0] == "1.3.2.10" and all(c.startswith("1.3.2.10") for c in by_prefix)


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_importing_the_full_table_from_xlsx_with_a_title_above_the_header(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    path = _xlsx(
        tmp_path / "kodefikasi.xlsx",
        [
            ["KODEFIKASI BARANG MILIK DAERAH"],
            [],
            ["No", "Kode Barang", "Uraian Barang"],
            [1, "1.3.2.10.01.02.002", "Laptop"],
            [2, "1.3.2.10.01.02.010.", "Komputer All in One"],
            [3, "1.3.2.05.01.05.044", "Papan Tulis Elektronik"],
        ],
    )
    report = import_code_table(db, admin, path)
    assert (report.added, report.renamed, report.unchanged) == (2, 0, 1)
    found = get_code(db, "1.3.2.10.01.02.010")
    assert found is not None and found.name == "Komputer All in One"


def test_a_bad_table_names_row_and_column_and_imports_nothing(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    path = tmp_path / "kode.csv"
    path.write_text(
        "kode;nama\n1.3.2.10.01.02.011;Server\n1.3.2.10.1;Salah\n"
        "1.3.2.10.01.02.011;Lagi\n1.3.2.10.01.02.012;\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as caught:
        import_code_table(db, admin, path)
    assert str(caught.value) == (
        "3 problem(s) in kode.csv; nothing was imported. The first, row 3, column A: "
        '"1.3.2.10.1" is not a well-formed code'
    )
    problems = caught.value.params["problems"]
    assert [(p.row, p.column) for p in problems] == [(3, "A"), (4, "A"), (5, "B")]
    assert get_code(db, "1.3.2.10.01.02.011") is None


def test_a_file_without_headers_or_not_a_table_is_refused(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError, match="no header row"):
        import_code_table(db, admin, _xlsx(tmp_path / "x.xlsx", [["a", "b"], [1, 2]]))
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not a workbook")
    with pytest.raises(ValidationError, match="cannot be read"):
        import_code_table(db, admin, fake)


# The starter table ships as ../shared/domain/kodefikasi-awal.csv gives it (relative to the
# repository); refreshed there, copy it into resources/ and put its SHA-256 here.
STARTER_SHA256 = "60858cc13793bb0dd8d1c944ccf2988c9704168b88071ad1894fb43fcf35daca"


def test_the_starter_table_is_the_domain_table() -> None:
    import hashlib

    from inventaris.catalog import objek_of
    from inventaris.core.reference import read_starter_codes, starter_codes_file

    assert hashlib.sha256(starter_codes_file().read_bytes()).hexdigest() == STARTER_SHA256
    rows = read_starter_codes()
    codes = [code for code, _name in rows]
    assert len(codes) == len(set(codes)) == 78
    assert all(is_well_formed(code) and name.strip() for code, name in rows)
    leaves = {code for code in codes if len(code.split(".")) == 7}
    # Every objek of equipment is named; land and buildings still wait for the BPKAD's table
    # (the demo office has imported their two names, inventaris/demo/office.py).
    assert {objek_of(code) for code in leaves} - set(codes) == {"1.3.1.01", "1.3.3.01"}


def test_a_report_line_has_its_own_name_or_is_listed_unnamed(db: Database, tmp_path: Path) -> None:
    from dataclasses import replace
    from datetime import date

    from inventaris.assets.editing import create_assets
    from inventaris.assets.events import dispose_assets
    from inventaris.catalog import codes_without_name, own_names, unnamed_report_objek
    from tests.support.builders import chair

    admin = first_admin(db)
    with db.read() as session:
        names = own_names(session, ["1.3.2.10", "1.3.2", "1.3.4", "1.3.1.01", "1.3.2.07"])
    # Exact codes only: never the name of the jenis above (a jenis has its official one).
    assert names == {
        "1.3.2.10": "Komputer",
        "1.3.2": "Peralatan dan Mesin",
        "1.3.4": "Jalan, Irigasi dan Jaringan",
    }
    assert codes_without_name(db, admin, ["1.3.2.10", "1.3.2.07 ", "1.3.1.01"]) == [
        "1.3.1.01",
        "1.3.2.07",
    ]
    leaves = tmp_path / "leaves.csv"  # codes of items, imported without their objek
    leaves.write_text(
        "kode,nama\n1.3.2.07.01.01.001,Senjata Api\n1.3.2.08.01.01.001,Alat Ukur\n",
        encoding="utf-8",
    )
    import_code_table(db, admin, leaves)
    create_assets(db, admin, chair())  # 1.3.2.05: named
    create_assets(
        db, admin, chair(code="1.3.2.07.01.01.001", name="Senjata", acquisition_year=2024,
                         acquisition_date=date(2024, 2, 1))
    )  # fmt: skip
    [old] = create_assets(
        db, admin, chair(code="1.3.2.08.01.01.001", name="Alat ukur", acquisition_year=2010,
                         acquisition_date=date(2010, 2, 1))
    )  # fmt: skip
    dispose_assets(
        db, admin, [old.id], decree="SK 1", reason="hilang", occurred_on=date(2025, 5, 2)
    )
    assert unnamed_report_objek(db, admin, 2026) == ["1.3.2.07"]  # 1.3.2.08 left in 2025
    assert unnamed_report_objek(db, admin, 2025) == ["1.3.2.07", "1.3.2.08"]
    assert unnamed_report_objek(db, admin, 2023) == ["1.3.2.08"]  # 1.3.2.07 came in 2024
    stranger = replace(admin, unit_ids=frozenset())
    assert unnamed_report_objek(db, stranger, 2025) == []  # no unit of theirs
    table = tmp_path / "kode.csv"
    table.write_text("kode,nama\n1.3.2.07,Alat Pertahanan\n", encoding="utf-8")
    import_code_table(db, admin, table)
    assert unnamed_report_objek(db, admin, 2026) == []
