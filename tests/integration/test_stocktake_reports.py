"""The stock-take's results on paper (BMD.md §11): the workbook read back cell by cell, and the
Berita Acara's HTML body, on SQLite and PostgreSQL. The PDF is rendered in
tests/ui/test_stocktake_printing.py. The test clock stands at 28 November 2026."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.office import get_office_settings, update_office_settings
from inventaris.stocktake.answers import answer_item, record_finding
from inventaris.stocktake.berita_acara import berita_acara_html
from inventaris.stocktake.counting import scan
from inventaris.stocktake.results import LHI_LISTS, StocktakeResults, stocktake_results
from inventaris.stocktake.sessions import start_stocktake
from inventaris.stocktake.types import AnswerInput, FindingInput, StocktakeInput, TeamMember
from inventaris.stocktake.workbook import write_stocktake_workbook
from tests.integration.test_stocktake import LAPTOP, Office
from tests.support.builders import a_room, chair, first_admin, office_values, vehicle

FORMULA_NAME = '=HYPERLINK("http://contoh.id","klik")'
TEAM = (
    TeamMember("Ahmad Siregar", "197001011995031001", "Ketua"),
    TeamMember("Siti Rahmah", "198205142006042011", "Sekretaris"),
    TeamMember("Budi Santoso", "198811022010011005", "Anggota"),
    TeamMember("Dewi Lestari", "", ""),
)
LKI_HEADERS = [
    "No",
    "Kode Barang / Register",
    "Nama Barang",
    "Merk/Tipe",
    "Ruangan Tercatat",
    "Ruangan Ditemukan",
    "Status",
    "Kondisi Tercatat",
    "Kondisi Hasil Inventarisasi",
    "Keterangan",
]
LHI_HEADERS = [
    "No",
    "Kode Barang",
    "Register",
    "Nama Barang",
    "Merk/Tipe",
    "Ruangan/Lokasi",
    "Tahun",
    "Nilai (Rp)",
    "Kondisi Tercatat",
    "Kondisi",
    "Keterangan",
    "Catatan",
]
RECAP_HEADERS = [
    "KIB",
    "Jumlah di register",
    "Ditemukan",
    "Tidak ditemukan",
    "Salah ruangan",
    "Belum tercatat",
]


def build_office(db: Database) -> Office:
    """The stock-take tests' office (3 chairs in R.01, 2 laptops in R.02, a car outside
    rooms), with the office's settings filled in for the papers."""
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    rooms = {
        "R.01": a_room(db, admin, "R.01", "Ruang Kabag"),
        "R.02": a_room(db, admin, "R.02", "Ruang Rapat"),
    }
    chairs = create_assets(db, admin, chair(room_id=rooms["R.01"]), 3)
    laptops = create_assets(
        db,
        admin,
        chair(
            code=LAPTOP, name="Laptop", brand_type="Lenovo", price=14_500_000, room_id=rooms["R.02"]
        ),
        2,
    )
    (car,) = create_assets(db, admin, vehicle())
    return Office(admin, rooms, chairs, laptops, car)


def stocktake_with_every_list(db: Database) -> tuple[Office, int]:
    """A stock-take with a finding on every LHI list (as test_stocktake's
    test_every_lhi_list_is_derived_from_the_answers), a note that looks like a formula and a
    team of four."""
    office = build_office(db)
    admin, r1, r2 = office.admin, office.rooms["R.01"], office.rooms["R.02"]
    number = start_stocktake(
        db,
        admin,
        StocktakeInput(
            name="Inventarisasi BMD 2026",
            decree_number="030/123/BU/2026",
            decree_date=date(2026, 3, 1),
            started_on=date(2026, 11, 2),
            ends_on=date(2026, 11, 27),
            team=TEAM,
        ),
    ).id
    c0, c1, c2 = office.chairs
    l0, l1 = office.laptops
    scan(db, admin, number, r1, c0.code_register)
    scan(db, admin, number, r1, c1.code_register)
    scan(db, admin, number, r1, l0.code_register)  # misplaced: III.B.8
    answer_item(db, admin, number, c2.id, AnswerInput(presence="hilang", note=FORMULA_NAME))
    answer_item(db, admin, number, c0.id, AnswerInput(observed_condition="RB"))
    answer_item(
        db,
        admin,
        number,
        c1.id,
        AnswerInput(
            user_kind="employee",
            user_name="Rina",
            user_nip="199001012015012003",
            corrections={"brand_type": "Informa"},
            twin=l1.code_register,
        ),
    )
    answer_item(
        db, admin, number, office.car.id, AnswerInput(user_kind="other", user_name="Polres Langkat")
    )
    answer_item(db, admin, number, l1.id, AnswerInput(land_not_owned=True))
    record_finding(
        db,
        admin,
        number,
        FindingInput(
            name="Meja rapat",
            place=r2,
            code="1.3.2.05.02.01.008",
            estimated_value=2_000_000,
            acquisition_year=2024,
        ),
    )
    record_finding(db, admin, number, FindingInput(name=FORMULA_NAME, place=r2, note="=1+1"))
    record_finding(
        db,
        admin,
        number,
        FindingInput(name="Pagar", improvement=True, improvement_of="1.3.3.01.01.01.001.000001"),
    )
    record_finding(db, admin, number, FindingInput(name="Kanopi", improvement=True))
    return office, number


def _rows(ws: Any) -> list[list[Any]]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def _row_of(ws: Any, first: Any, column: int = 1) -> int:
    """The number of the first row whose cell in ``column`` is ``first``."""
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, column).value == first:
            return row
    raise AssertionError(f"no row starting with {first!r}")


def _label_value(ws: Any, label: str) -> Any:
    return ws.cell(_row_of(ws, label), 2).value


def test_the_workbook_has_the_recap_the_working_sheet_and_every_list(
    db: Database, tmp_path: Path
) -> None:
    office, number = stocktake_with_every_list(db)
    path = tmp_path / "inventarisasi.xlsx"
    results = write_stocktake_workbook(db, office.admin, number, path)
    assert results.counts == stocktake_results(db, office.admin, number).counts

    book = load_workbook(path)
    assert book.sheetnames == ["Rekap", "LKI", *LHI_LISTS]

    # --- Rekap: letterhead, what was counted, the counts, the recap per KIB, the team
    recap = book["Rekap"]
    assert [recap.cell(row, 1).value for row in range(1, 7)] == [
        "PEMERINTAH KABUPATEN LANGKAT",
        "Bagian Umum Sekretariat Daerah",
        "KODE LOKASI: 12.02.05.04.01.01.01",
        None,
        "REKAPITULASI HASIL INVENTARISASI BARANG MILIK DAERAH",
        "Keadaan per 28 November 2026",
    ]
    assert _label_value(recap, "Nama Inventarisasi") == "Inventarisasi BMD 2026"
    assert _label_value(recap, "Nomor SK Tim") == "030/123/BU/2026"
    assert _label_value(recap, "Tanggal SK Tim") == "1 Maret 2026"
    assert _label_value(recap, "Periode") == "2 November 2026 s.d. 27 November 2026"
    assert _label_value(recap, "Cakupan") == (
        "Seluruh ruangan dan barang di luar ruangan; seluruh KIB (A s.d. F)"
    )
    counts = {
        label: _label_value(recap, label)
        for label in (
            "Jumlah barang di register",
            "Ditemukan",
            "Tidak ditemukan",
            "Salah ruangan",
            "Belum tercatat / kode tidak dikenal",
        )
    }
    # 3 chairs + 2 laptops + the car; found 2 chairs and a laptop (in the wrong room); 4 findings
    assert counts == {
        "Jumlah barang di register": 6,
        "Ditemukan": 3,
        "Tidak ditemukan": 3,
        "Salah ruangan": 1,
        "Belum tercatat / kode tidak dikenal": 4,
    }
    assert all(type(value) is int for value in counts.values())

    header = _row_of(recap, "KIB")
    assert [recap.cell(header, c).value for c in range(1, 7)] == RECAP_HEADERS
    table = {
        recap.cell(row, 1).value: [recap.cell(row, c).value for c in range(2, 7)]
        for row in range(header + 1, _row_of(recap, "JUMLAH"))
    }
    assert table == {
        "KIB A – Tanah": [0, 0, 0, 0, 0],
        "KIB B – Peralatan dan Mesin": [6, 3, 3, 1, 1],
        "KIB C – Gedung dan Bangunan": [0, 0, 0, 0, 0],
        "KIB D – Jalan, Irigasi dan Jaringan": [0, 0, 0, 0, 0],
        "KIB E – Aset Tetap Lainnya": [0, 0, 0, 0, 0],
        "KIB F – Konstruksi Dalam Pengerjaan": [0, 0, 0, 0, 0],
        "Tanpa kode barang": [0, 0, 0, 0, 3],
    }
    for in_register, found, not_found, _misplaced, _unrecorded in table.values():
        assert found + not_found == in_register
    totals = _row_of(recap, "JUMLAH")
    assert [recap.cell(totals, c).value for c in range(2, 7)] == [6, 3, 3, 1, 4]
    assert recap.cell(totals, 2).number_format == "#,##0"

    # the team, three to a row, then "Mengetahui," and the head of unit on a row of its own
    texts = [value for row in _rows(recap)[totals:] for value in row if value is not None]
    assert texts[0] == "Stabat, 28 November 2026"  # above the first row's last block
    assert recap.cell(totals + 2, 5).value == texts[0]
    assert texts[1:4] == ["Ketua Tim", "Sekretaris Tim", "Anggota"]
    assert texts[4:10] == [
        "Ahmad Siregar",
        "Siti Rahmah",
        "Budi Santoso",
        "NIP 19700101 199503 1 001",
        "NIP 19820514 200604 2 011",
        "NIP 19881102 201001 1 005",
    ]
    assert texts[10:13] == ["Anggota", "Dewi Lestari", "NIP ........................"]
    assert texts[13:] == [
        "Mengetahui,",
        "Kepala Bagian Umum",
        "Drs. Zulkarnain",
        "NIP 19710111 200202 2 121",
    ]
    mengetahui = _row_of(recap, "Mengetahui,", column=3)  # the middle block of three
    assert recap.cell(mengetahui, 1).value is None
    # one upright page: the recap and the signatures are never parted
    assert recap.page_setup.orientation == "portrait" and recap.page_setup.fitToHeight == 1

    # --- LKI: every expected item, what the team found
    lki = book["LKI"]
    header = _row_of(lki, "No")
    assert [lki.cell(header, c).value for c in range(1, 11)] == LKI_HEADERS
    body = [
        [lki.cell(row, c).value for c in range(1, 11)] for row in range(header + 1, lki.max_row + 1)
    ]
    assert [row[0] for row in body] == [1, 2, 3, 4, 5, 6]
    by_code = {row[1]: row for row in body}
    c0, _c1, c2 = office.chairs
    l0, l1 = office.laptops
    assert by_code[c0.code_register][2:] == [
        "Kursi besi",
        c0.brand_type or None,
        "Ruang Kabag",
        "Ruang Kabag",
        "Ada",
        "Baik",
        "Rusak Berat",
        None,
    ]
    assert by_code[l0.code_register][4:7] == ["Ruang Rapat", "Ruang Kabag", "Ada"]
    assert by_code[c2.code_register][6:] == ["Hilang", "Baik", None, FORMULA_NAME]
    assert by_code[l1.code_register][5:7] == [None, "Tidak ditemukan"]
    assert by_code[office.car.code_register][4:7] == ["Di luar ruangan", None, "Tidak ditemukan"]

    # --- the LHI lists: title, one row each, the totals, "Nihil" for an empty one
    for number_, title in LHI_LISTS.items():
        ws = book[number_]
        assert ws.cell(5, 1).value == title.upper()
        assert ws.cell(7, 1).value == f"FORMAT {number_}"
        header = _row_of(ws, "No")
        assert [ws.cell(header, c).value for c in range(1, 13)] == LHI_HEADERS
        rows = [
            [ws.cell(row, c).value for c in range(1, 13)]
            for row in range(header + 1, ws.max_row + 1)
        ]
        assert len(rows) == len(results.lists[number_]) + 1, number_  # and the totals row
    lost = book["III.B.1"]
    header = _row_of(lost, "No")
    assert [lost.cell(header + 1, c).value for c in range(1, 13)] == [
        1,
        c2.code,
        "000003",
        "Kursi besi",
        c2.brand_type or None,
        "Ruang Kabag",
        c2.acquisition_year,
        c2.price,
        "Baik",
        None,
        "Hilang",
        FORMULA_NAME,
    ]
    value = lost.cell(header + 1, 8)
    assert type(value.value) is int and value.number_format == "#,##0"
    assert lost.cell(header + 2, 1).value == "JUMLAH"
    assert lost.cell(header + 2, 8).value == c2.price
    changed = book["III.B.8"]
    header = _row_of(changed, "No")
    details = {changed.cell(row, 11).value for row in (header + 1, header + 2)}
    assert details == {
        "Merk/Tipe: seharusnya Informa",
        "Ruangan: Ruang Rapat seharusnya Ruang Kabag",
    }
    other = book["III.B.6"]
    header = _row_of(other, "No")
    assert other.cell(header + 1, 6).value == "Di luar ruangan"  # the car, not the engine's word
    assert other.cell(header + 1, 11).value == "Polres Langkat; tanpa dokumen"
    unrecorded = book["III.B.11"]
    header = _row_of(unrecorded, "No")
    assert [unrecorded.cell(header + 1, c).value for c in range(1, 13)] == [
        1,
        "1.3.2.05.02.01.008",
        None,
        "Meja rapat",
        None,
        "Ruang Rapat",
        2024,
        2_000_000,
        None,
        "Baik",
        None,
        None,
    ]
    assert unrecorded.cell(header + 2, 4).value == FORMULA_NAME
    assert unrecorded.cell(header + 2, 12).value == "=1+1"

    # every text cell is text: what looks like a formula stays as typed
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_an_empty_list_says_nihil(db: Database, tmp_path: Path) -> None:
    office = build_office(db)
    number = start_stocktake(db, office.admin, StocktakeInput(name="Belum dihitung")).id
    path = tmp_path / "kosong.xlsx"
    results = write_stocktake_workbook(db, office.admin, number, path)
    assert results.lists["III.B.9"] == () and len(results.lists["III.B.2"]) == 6
    book = load_workbook(path)
    empty = book["III.B.9"]
    header = _row_of(empty, "No")
    assert empty.cell(header + 1, 1).value == "Nihil"
    assert empty.max_row == header + 1
    assert f"A{header + 1}:L{header + 1}" in {str(r) for r in empty.merged_cells.ranges}
    # nothing scanned yet: every item is not found, in the recap and on the working sheet
    recap = book["Rekap"]
    totals = _row_of(recap, "JUMLAH")
    assert [recap.cell(totals, c).value for c in range(2, 7)] == [6, 0, 6, 0, 0]
    lki = book["LKI"]
    statuses = {lki.cell(row, 7).value for row in range(_row_of(lki, "No") + 1, lki.max_row + 1)}
    assert statuses == {"Tidak ditemukan"}


def test_the_workbook_needs_the_office_settings(db: Database, tmp_path: Path) -> None:
    admin = first_admin(db)
    number = start_stocktake(db, admin, StocktakeInput(name="Tanpa kop")).id
    with pytest.raises(ValidationError, match="office settings"):
        write_stocktake_workbook(db, admin, number, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def _text(html: str) -> str:
    """The HTML's text, roughly: tags dropped, entities left as they are."""
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_the_berita_acara_states_the_decree_counts_lists_and_recap(db: Database) -> None:
    office, number = stocktake_with_every_list(db)
    results: StocktakeResults = stocktake_results(db, office.admin, number)
    settings = get_office_settings(db, office.admin)
    html = berita_acara_html(results, settings)
    text = _text(html)
    assert (
        "Pada hari ini Sabtu tanggal 28 November 2026, kami yang bertanda tangan di bawah ini, "
        "Tim Inventarisasi Barang Milik Daerah yang ditetapkan dengan Keputusan Nomor "
        "030/123/BU/2026 tanggal 1 Maret 2026, telah melaksanakan inventarisasi Barang Milik "
        "Daerah pada Bagian Umum Sekretariat Daerah (Inventarisasi BMD 2026) dalam periode "
        "2 November 2026 s.d. 27 November 2026, dengan cakupan: Seluruh ruangan dan barang di "
        "luar ruangan; seluruh KIB (A s.d. F)." in text
    )
    assert (
        "Dari 6 barang yang tercatat di register, 3 barang ditemukan dan 3 barang tidak "
        "ditemukan; 1 barang ditemukan di ruangan lain dari yang tercatat, dan 4 barang "
        "ditemukan belum tercatat atau kodenya tidak dikenal." in text
    )
    assert "III.B.2 Daftar Barang Tidak Ditemukan 2" in text
    assert "III.B.11 Daftar Barang Belum Tercatat 2" in text
    assert "KIB B – Peralatan dan Mesin 6 3 3 1 1" in text
    assert "JUMLAH 6 3 3 1 4" in text
    assert "Lampiran III.B.9: Daftar Barang yang Tercatat Ganda" in text
    assert "14.500.000" in text
    # the formula-looking text is escaped, never markup
    assert "=HYPERLINK(&quot;http://contoh.id&quot;,&quot;klik&quot;)" in html
    # an empty list says so
    settled = replace(results, lists={**results.lists, "III.B.9": ()})
    empty = _text(berita_acara_html(settled, settings))
    appendix = empty[empty.index("Lampiran III.B.9:") : empty.index("Lampiran III.B.10:")]
    assert appendix.endswith("Keterangan Catatan Nihil &nbsp; ")
    assert text.endswith(
        "Demikian Berita Acara Inventarisasi ini beserta lampirannya dibuat dengan sebenarnya "
        "untuk dipergunakan sebagaimana mestinya."
    )
