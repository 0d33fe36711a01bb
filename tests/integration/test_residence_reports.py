"""Official residences on paper: the list of houses read back cell by cell, a house's occupancy
history, and the SIP letter rendered as PDF and read back with pypdfium2.

The test clock stands at 28 November 2026.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.assets.types import AssetInput
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.permissions import Actor
from inventaris.office import get_office_settings, update_office_settings
from inventaris.reports.common import BLANK_NAME, BLANK_NIP
from inventaris.residences.occupancy import (
    FamilyInput,
    OccupancyInput,
    ResidenceDetailInput,
    end_occupancy,
    save_residence_details,
    start_occupancy,
)
from inventaris.residences.reports import (
    export_residences_xlsx,
    house_history,
    occupancy_history_html,
)
from inventaris.residences.sip_letter import sip_letter, sip_letter_html, terbilang
from inventaris.residences.views import residence_rows
from tests.support.builders import first_admin, office_values

TODAY = date(2026, 11, 28)
HEADERS = [
    "No",
    "Alamat",
    "Kode Barang / Register",
    "Golongan",
    "Tipe",
    "Luas Bangunan (m²)",
    "Luas Tanah (m²)",
    "Kondisi",
    "Penghuni",
    "NIP",
    "Pangkat/Gol.",
    "Jabatan",
    "Nomor SIP",
    "Tanggal SIP",
    "Berlaku s.d.",
    "Status SIP",
    "Sewa per Bulan (Rp)",
    "Keterangan",
]
POINTS_PER_MM = 72 / 25.4


def _house(db: Database, admin: Actor, street: str, golongan: str = "II") -> int:
    data = AssetInput(
        code="1.3.3.01.02.02.001",
        name="Rumah Dinas Tipe 70",
        acquisition_year=2005,
        price=350_000_000,
        address=street,
        floor_area_m2=Decimal(70),
        land_area_m2=Decimal("210.5"),
        concrete=True,
        multi_storey=False,
    )
    house = create_assets(db, admin, data)[0].id
    save_residence_details(
        db, admin, house, ResidenceDetailInput(golongan=golongan, house_type="70")
    )
    return house


def _occupant(house: int, **changes: Any) -> OccupancyInput:
    data = OccupancyInput(
        asset_id=house,
        occupant_name="Ir. Bambang Sitepu",
        occupant_nip="19690315 199403 1 004",  # retires 1 April 2027 at 58
        rank_grade="Pembina Tk. I / IVb",
        position="Kepala Dinas Pekerjaan Umum",
        occupant_unit="Dinas PUPR",
        sip_number="030/1234/UMUM/2026",
        sip_date=date(2026, 1, 10),
        sip_signatory="Sekretaris Daerah Kabupaten Langkat",
        valid_from=date(2026, 1, 15),
        monthly_rent=150_000,
        move_in_on=date(2026, 1, 20),
        family=(FamilyInput("Rina", "istri", 52), FamilyInput("Dimas", "anak", 17)),
    )
    return replace(data, **changes)


def _younger(house: int, number: int, valid_until: date, rent: int) -> OccupancyInput:
    return _occupant(
        house,
        occupant_name=f"Pegawai {number}",
        occupant_nip="19850101 201001 1 001",  # retires in 2043
        sip_number=f"030/{number}/UMUM/2026",
        valid_from=date(2025, 6, 1),
        valid_until=valid_until,
        monthly_rent=rent,
        family=(),
    )


@pytest.fixture
def estate(db: Database) -> dict[str, Any]:
    """Seven houses: the SIP at each threshold, one vacated, one never lived in."""
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    houses = {
        street: _house(db, admin, f"Jl. {street} No. 1, Stabat")
        for street in ("Anggrek", "Bakung", "Cempaka", "Dahlia", "Flamboyan", "Gardenia", "Kenanga")
    }
    expired = _occupant(houses["Anggrek"], valid_until=TODAY - timedelta(days=1))
    start_occupancy(db, admin, expired)
    for number, (street, days, rent) in enumerate(
        (("Bakung", 30, 200_000), ("Cempaka", 90, 250_000), ("Dahlia", 91, 300_000)), start=2
    ):
        start_occupancy(
            db, admin, _younger(houses[street], number, TODAY + timedelta(days=days), rent)
        )
    moved = start_occupancy(db, admin, _younger(houses["Flamboyan"], 5, date(2027, 5, 31), 99))
    end_occupancy(db, admin, moved.occupancy.id, date(2026, 11, 1), "mutasi")
    start_occupancy(db, admin, _younger(houses["Kenanga"], 6, TODAY + timedelta(days=31), 50_000))
    return {"admin": admin, "houses": houses}


def _sheet(path: Path) -> Any:
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Rumah Dinas"]
    return workbook["Rumah Dinas"]


def _row_of(ws: Any, column: int, text: str) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, column).value == text)


def _values(ws: Any, row: int) -> list[Any]:
    return [ws.cell(row, column).value for column in range(1, len(HEADERS) + 1)]


def test_the_list_of_houses_reads_back_cell_by_cell(
    db: Database, estate: dict[str, Any], tmp_path: Path
) -> None:
    admin = estate["admin"]
    path = tmp_path / "rumah-dinas.xlsx"
    report = export_residences_xlsx(db, admin, path)
    ws = _sheet(path)
    assert ws["A1"].value == "PEMERINTAH KABUPATEN LANGKAT"
    assert ws["A5"].value == "DAFTAR RUMAH DINAS"
    assert ws["A6"].value == "Keadaan per 28 November 2026"
    header = _row_of(ws, 2, "Alamat")
    assert _values(ws, header) == HEADERS
    assert ws.freeze_panes == f"A{header + 1}"
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.orientation == "landscape"

    first = _values(ws, header + 1)
    assert first[:9] == [
        1,
        "Jl. Anggrek No. 1, Stabat",
        first[2],
        "II",
        "70",
        70,
        210.5,
        "Baik",
        "Ir. Bambang Sitepu",
    ]
    assert first[2].startswith("1.3.3.01.02.02.001.")
    assert first[9:13] == [
        "19690315 199403 1 004",  # grouped, as text
        "Pembina Tk. I / IVb",
        "Kepala Dinas Pekerjaan Umum",
        "030/1234/UMUM/2026",
    ]
    assert all(isinstance(value, datetime) for value in first[13:15])  # date cells
    assert [first[13].date(), first[14].date()] == [date(2026, 1, 10), date(2026, 11, 27)]
    assert first[15:] == ["Terlambat", 150_000, "Pensiun 01-04-2027"]  # retires within a year
    assert ws.cell(header + 1, 14).number_format == "DD-MM-YYYY"
    assert ws.cell(header + 1, 17).number_format == "#,##0"
    assert ws.cell(header + 1, 6).number_format == "#,##0.00"

    by_street = {
        ws.cell(row, 2).value.split()[1]: _values(ws, row) for row in range(header + 1, header + 8)
    }
    assert {street: values[15] for street, values in by_street.items()} == {
        "Anggrek": "Terlambat",
        "Bakung": "≤ 30 hari",
        "Cempaka": "≤ 90 hari",
        "Dahlia": "Aman",
        "Flamboyan": "Kosong",
        "Gardenia": "Kosong",
        "Kenanga": "≤ 90 hari",
    }
    vacated = by_street["Flamboyan"]
    assert vacated[8:17] == [None] * 7 + ["Kosong", None]
    assert vacated[17] == "Kosong sejak 01-11-2026"
    assert by_street["Gardenia"][17] == "Kosong"
    assert by_street["Bakung"][17] is None  # retires long after

    rows = residence_rows(db, admin)
    occupied = [row for row in rows if row.occupant is not None]
    rent = sum(row.occupant.monthly_rent for row in occupied if row.occupant)
    totals = header + 8
    assert ws.cell(totals, 1).value == "JUMLAH"
    assert (ws.cell(totals, 3).value, ws.cell(totals, 9).value) == (len(rows), len(occupied))
    assert ws.cell(totals, 16).value == len(rows) - len(occupied) == 2
    assert ws.cell(totals, 17).value == rent == 950_000
    assert ws.cell(totals, 3).number_format == '#,##0 "rumah"'
    assert ws.cell(totals, 17).number_format == "#,##0"
    assert (report.houses, report.occupied, report.vacant, report.rent_total) == (7, 5, 2, rent)
    assert ws.cell(_row_of(ws, 1, "Mengetahui,") + 5, 1).value == "Drs. Zulkarnain"


def test_the_list_needs_the_office_settings_and_stays_in_the_actors_units(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError):
        export_residences_xlsx(db, admin, tmp_path / "a.xlsx")
    with pytest.raises(NotFound):
        export_residences_xlsx(db, admin, tmp_path / "b.xlsx", unit_id=999)
    assert not list(tmp_path.glob("*.xlsx"))


def test_the_history_lists_every_occupancy_newest_first(
    db: Database, estate: dict[str, Any]
) -> None:
    admin = estate["admin"]
    house = estate["houses"]["Flamboyan"]
    start_occupancy(
        db,
        admin,
        _occupant(house, sip_number="030/7/UMUM/2026", valid_from=date(2026, 11, 10)),
    )
    history = house_history(db, admin, house)
    assert [o.sip_number for o in history.card.history] == ["030/7/UMUM/2026", "030/5/UMUM/2026"]
    html = occupancy_history_html(history)
    assert html.index("030/7/UMUM/2026") < html.index("030/5/UMUM/2026")
    assert "Penghuni sekarang; SIP Aman" in html
    assert "<td>Mutasi</td>" in html and "<td>01-11-2026</td>" in html
    assert "Rina (istri, 52 th)<br>Dimas (anak, 17 th)" in html
    assert "RIWAYAT PENGHUNI" in html


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        (0, "nol"),
        (11, "sebelas"),
        (19, "sembilan belas"),
        (150_000, "seratus lima puluh ribu"),
        (1_000, "seribu"),
        (1_250_500, "satu juta dua ratus lima puluh ribu lima ratus"),
        (2_000_000_000, "dua miliar"),
    ],
)
def test_amounts_in_words(amount: int, words: str) -> None:
    assert terbilang(amount) == words


def _pdf_pages(path: Path) -> list[tuple[str, tuple[float, float]]]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [
            (" ".join(page.get_textpage().get_text_range().split()), page.get_size())
            for page in document
        ]
    finally:
        document.close()


def test_the_sip_letter_pdf_is_filled_from_the_settings_and_the_occupancy(
    qapp: Any, db: Database, estate: dict[str, Any], tmp_path: Path
) -> None:
    from ui.printing import sip_letter_document, write_pdf

    admin = estate["admin"]
    [current] = [
        row.occupant
        for row in residence_rows(db, admin)
        if row.occupant and row.occupant.sip_number == "030/1234/UMUM/2026"
    ]
    letter = sip_letter(db, admin, current.id)
    path = tmp_path / "sip.pdf"
    assert write_pdf(sip_letter_document(letter), path) == 1
    [(text, size)] = _pdf_pages(path)
    assert size == pytest.approx((210 * POINTS_PER_MM, 297 * POINTS_PER_MM), abs=1)
    for expected in (
        "PEMERINTAH KABUPATEN LANGKAT SEKRETARIAT DAERAH",
        "SURAT IZIN PENGHUNIAN RUMAH DINAS Nomor: 030/1234/UMUM/2026",
        "Dasar : Peraturan Pemerintah Nomor 40 Tahun 1994 tentang Rumah Negara jo. Peraturan "
        "Pemerintah Nomor 31 Tahun 2005 tentang Perubahannya; Peraturan Daerah dan Peraturan "
        "Bupati Langkat",
        "MENGIZINKAN",
        "Nama : Ir. Bambang Sitepu",
        "NIP : 19690315 199403 1 004",
        "Pangkat/Golongan : Pembina Tk. I / IVb",
        "Unit Kerja : Dinas PUPR",
        "Jumlah anggota keluarga : 2 orang (Rina, istri; Dimas, anak)",
        "Alamat : Jl. Anggrek No. 1, Stabat",
        "Luas : bangunan 70 m², tanah 210,5 m²",
        "Rp 150.000 (seratus lima puluh ribu rupiah) setiap bulan",
        "60 (enam puluh) hari",
        "berlaku sejak 15 Januari 2026 sampai dengan 27 November 2026",
        "Stabat, 10 Januari 2026 Sekretaris Daerah Kabupaten Langkat,",
        f"{BLANK_NAME} {BLANK_NIP}",
        "Tembusan: 1. Bupati Langkat (sebagai laporan)",
        "Kepala Dinas PUPR Kabupaten Langkat",
    ):
        assert expected in text, text
    assert "Halaman" not in text  # a letter, not a report


def test_a_past_occupancy_has_its_letter_and_a_missing_one_is_not_found(
    db: Database, estate: dict[str, Any]
) -> None:
    admin = estate["admin"]
    house = estate["houses"]["Flamboyan"]
    [past] = house_history(db, admin, house).card.history
    letter = sip_letter(db, admin, past.id)
    assert letter.occupancy.move_out_on == date(2026, 11, 1)
    assert letter.dated == "Stabat, 10 Januari 2026"
    with pytest.raises(NotFound):
        sip_letter(db, admin, past.id + 1000)


def test_names_are_printed_as_typed_not_as_markup(
    qapp: Any, db: Database, estate: dict[str, Any], tmp_path: Path
) -> None:
    from ui.printing import occupancy_history_document, sip_letter_document, write_pdf

    admin = estate["admin"]
    house = estate["houses"]["Gardenia"]
    made = start_occupancy(
        db,
        admin,
        _occupant(
            house,
            occupant_name="Ahmad <b>& Sons",
            family=(FamilyInput("Siti <i>", "istri"),),
        ),
    )
    letter = sip_letter(db, admin, made.occupancy.id)
    html = sip_letter_html(letter)
    assert "Ahmad &lt;b&gt;&amp; Sons" in html and "<b>&" not in html
    assert "Siti &lt;i&gt;" in html
    history = house_history(db, admin, house)
    assert "Ahmad &lt;b&gt;&amp; Sons" in occupancy_history_html(history)

    write_pdf(sip_letter_document(letter), tmp_path / "sip.pdf")
    assert "Nama : Ahmad <b>& Sons" in _pdf_pages(tmp_path / "sip.pdf")[0][0]
    write_pdf(occupancy_history_document(history), tmp_path / "riwayat.pdf")
    [(text, size)] = _pdf_pages(tmp_path / "riwayat.pdf")
    assert size[0] > size[1]  # landscape
    assert "RIWAYAT PENGHUNIAN RUMAH DINAS" in text and "Ahmad <b>& Sons" in text


def test_the_sip_letter_is_signed_and_addressed_as_the_settings_say(
    qapp: Any, db: Database, estate: dict[str, Any], tmp_path: Path
) -> None:
    from inventaris.residences.sip_letter import copies
    from ui.printing import sip_letter_document, write_pdf

    admin = estate["admin"]
    update_office_settings(
        db,
        admin,
        replace(
            get_office_settings(db, admin),
            address="Jl. Tengku Amir Hamzah No. 1, Stabat 20811",
            sip_signatory_title="Sekretaris Daerah Kabupaten Langkat",
            sip_signatory_name="Dr. H. Amril, S.Sos, M.AP",
            sip_signatory_nip="197003121990031005",
        ),
    )
    house = estate["houses"]["Gardenia"]
    made = start_occupancy(db, admin, _occupant(house, occupant_unit="BPKAD"))
    letter = sip_letter(db, admin, made.occupancy.id)
    assert letter.letterhead[-1] == "Jl. Tengku Amir Hamzah No. 1, Stabat 20811"
    tembusan = copies(letter)
    assert len(tembusan) == len(set(tembusan)) == 4  # the holder's office is the BPKAD
    assert tembusan.count("Kepala BPKAD Kabupaten Langkat") == 1
    path = tmp_path / "sip.pdf"
    assert write_pdf(sip_letter_document(letter), path) == 1
    [(text, _)] = _pdf_pages(path)
    for expected in (
        "PEMERINTAH KABUPATEN LANGKAT SEKRETARIAT DAERAH Jl. Tengku Amir Hamzah No. 1, Stabat",
        "Peraturan Pemerintah Nomor 40 Tahun 1994 tentang Rumah Negara jo. Peraturan Pemerintah "
        "Nomor 31 Tahun 2005",
        "Sekretaris Daerah Kabupaten Langkat, Dr. H. Amril, S.Sos, M.AP NIP 19700312 199003 1 005",
        "Tembusan: 1. Bupati Langkat (sebagai laporan) 2. Kepala BPKAD Kabupaten Langkat "
        "3. Yang bersangkutan 4. Arsip",
    ):
        assert expected in text, text
    assert BLANK_NAME not in text

    # A letter naming another signatory gets lines to sign on, not the settings' name.
    acting = start_occupancy(
        db,
        admin,
        _occupant(
            estate["houses"]["Flamboyan"],  # vacated on 1 November
            sip_number="030/99/UMUM/2026",
            sip_signatory="Plt. Sekretaris Daerah Kabupaten Langkat",
            sip_date=date(2026, 11, 5),
            valid_from=date(2026, 11, 10),
            move_in_on=date(2026, 11, 12),
        ),
    )
    other = sip_letter(db, admin, acting.occupancy.id)
    assert (other.signatory, other.signatory_name, other.signatory_nip) == (
        "Plt. Sekretaris Daerah Kabupaten Langkat",
        "",
        "",
    )
