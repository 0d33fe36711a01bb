"""``inventaris handover`` and ``inventaris handback``: hand items over to an employee by code or
scanned label, take them back, and save each BAST as a PDF (read back with pypdfium2)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from inventaris.assets.editing import create_assets
from inventaris.assets.events import dispose_assets
from inventaris.core.db import Database
from inventaris.labels import label_data
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import chair, first_admin, office_values
from tests.support.cli import Completed, run_in_process
from tests.ui.test_stocktake_printing import _pages

pytestmark = pytest.mark.usefixtures("qapp")
NIP = "198503152010011002"


def run(url: str, *args: str, lang: str = "en") -> Completed:
    return run_in_process("--lang", lang, "--db", url, *args)


@dataclass(frozen=True)
class Office:
    url: str
    items: list[str]  # code+register
    payload: str  # the second item's label line, as the scanner types it
    disposed: str


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    admin = first_admin(sqlite_db)
    update_office_settings(sqlite_db, admin, office_values(get_office_settings(sqlite_db, admin)))
    views = create_assets(sqlite_db, admin, chair(name="Laptop ASUS", brand_type="ASUS X441"), 3)
    [payload] = label_data(sqlite_db, admin, [views[1].id])
    dispose_assets(sqlite_db, admin, [views[2].id], decree="SK 7/2026", reason="hilang")
    return Office(
        url=f"sqlite:///{sqlite_db.url.database}",
        items=[view.code_register for view in views[:2]],
        payload=payload.payload,
        disposed=views[2].code_register,
    )


def test_handover_and_handback_print_the_number_and_save_each_bast(
    office: Office, tmp_path: Path
) -> None:
    given = tmp_path / "bast.pdf"
    done = run(
        office.url, "handover", office.items[0], office.payload,
        "--to-name", "Andi Saputra", "--to-nip", "19850315 201001 1 002",
        "--position", "Analis Kebijakan", "--out", str(given),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == "001/BAST/2026\n"
    assert "BAST 001/BAST/2026 of 2 item(s) saved to" in done.stderr
    text = " ".join(_pages(given))
    for expected in (
        "BERITA ACARA SERAH TERIMA PEMAKAIAN BARANG MILIK DAERAH",
        "Nomor: 001/BAST/2026",
        "Andi Saputra",
        "NIP 19850315 201001 1 002",
        "Analis Kebijakan",
        "Rahmat Hidayat",  # the Pengurus Barang, first party
        "1.3.2.05.02.01.003 000001",
        "000002",
        "ASUS X441",
        "Baik",
        "Mengetahui, Kepala Bagian Umum",
    ):
        assert expected in text, expected
    back = tmp_path / "kembali.pdf"
    returned = run(office.url, "handback", *office.items, "--condition", "RR", "--out", str(back))
    assert returned.returncode == 0, returned.stderr
    assert returned.stdout == "002/BAST/2026\n"
    text = " ".join(_pages(back))
    for expected in (
        "BERITA ACARA SERAH TERIMA PENGEMBALIAN BARANG MILIK DAERAH",
        "Nomor 001/BAST/2026",  # the handover it ends
        "NIP 19850315 201001 1 002",
        "Rusak Ringan",
    ):
        assert expected in text, expected


def test_a_refused_or_unknown_item_exits_1_with_a_sentence_and_no_pdf(
    office: Office, tmp_path: Path
) -> None:
    out = tmp_path / "bast.pdf"
    refused = run(
        office.url, "handover", office.disposed, "--to-name", "Andi", "--to-nip", NIP,
        "--out", str(out),
    )  # fmt: skip
    assert refused.returncode == 1 and refused.stdout == ""
    assert f"{office.disposed} was disposed of on" in refused.stderr
    unknown = run(
        office.url, "handover", "9.9.9.000001", "--to-name", "Andi", "--to-nip", NIP,
        "--out", str(out),
    )  # fmt: skip
    assert unknown.returncode == 1
    assert 'No asset has the code or label "9.9.9.000001".' in unknown.stderr
    nothing = run(office.url, "handback", office.items[0], "--condition", "B", "--out", str(out))
    assert nothing.returncode == 1 and "is not held by anyone" in nothing.stderr
    assert not out.exists()
