"""KIB D (roads, irrigation, networks), E (other fixed assets) and F (construction in progress):
the form's fields, their cards in the annual workbook read back cell by cell, an empty card
("NIHIL"), the Rekapitulasi's column per KIB, the import of a small D/E/F workbook, and a
construction finished into a building. The clock stands on 28 November 2026.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from inventaris.assets.construction import FINISHED_REASON, finish_construction
from inventaris.assets.editing import create_assets, get_asset, update_asset
from inventaris.assets.events import asset_history
from inventaris.assets.types import AssetInput, AssetStatus, EventKind
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, ValidationError
from inventaris.core.permissions import Actor
from inventaris.importing.service import import_assets, open_import
from inventaris.inventory.positions import inventory_snapshot
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.model import AssetCode
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import chair, first_admin, office_values

ROAD_CODE = "1.3.4.01.01.01.001"
BOOK_CODE = "1.3.5.01.01.01.001"
WORKS_CODE = "1.3.6.01.01.01.001"
BUILDING_CODE = "1.3.3.01.01.01.001"  # in the starter list
# Test codes under the three jenis (the starter list has none of them yet).
KIB_DEF_CODES = {
    "1.3.4": "Jalan, Irigasi dan Jaringan",
    ROAD_CODE: "Jalan Kabupaten",
    "1.3.5": "Aset Tetap Lainnya",
    BOOK_CODE: "Buku Umum",
    "1.3.6": "Konstruksi Dalam Pengerjaan",
    WORKS_CODE: "Konstruksi Dalam Pengerjaan Gedung Kantor",
}
SIGNATURES = (
    "Mengetahui,",
    "Kepala Bagian Umum",
    "Drs. Zulkarnain",
    "NIP 19710111 200202 2 121",
    "Stabat, 31 Desember 2026",
    "Pengurus Barang",
    "Rahmat Hidayat",
)
HEADER_ROW = 8  # below the six letterhead lines and an empty row


def add_kib_def_codes(db: Database) -> None:
    with db.engine.begin() as connection:
        known = set(connection.scalars(sa.select(AssetCode.code)))
        missing = [{"code": c, "name": n} for c, n in KIB_DEF_CODES.items() if c not in known]
        if missing:
            connection.execute(sa.insert(AssetCode), missing)


def road(**changes: Any) -> AssetInput:
    data = chair(
        code=ROAD_CODE,
        name="Jalan Lingkungan Kantor Bupati",
        brand_type="",
        construction="Aspal Hotmix",
        length_km=Decimal("1.25"),
        width_m=Decimal("6"),
        land_area_m2=Decimal("7500"),
        address="Kompleks Kantor Bupati, Stabat",
        document_date=date(2019, 8, 1),
        document_number="BAST 12/PU/2019",
        land_title_status="Hak Pakai",
        land_code="1.3.1.01.01.01.002",
        acquisition_year=2019,
        acquisition_date=date(2019, 8, 1),
        price=850_000_000,
        condition="RR",
    )
    return replace(data, **changes)


def book(**changes: Any) -> AssetInput:
    data = chair(
        code=BOOK_CODE,
        name="Buku Sejarah Langkat",
        brand_type="",
        book_title="Sejarah Kesultanan Langkat / T. Lukman Sinar",
        specification="Hard cover, 320 hlm",
        art_origin="Langkat",
        art_creator="T. Lukman Sinar",
        material="Kertas",
        species="",
        size="A5",
        acquisition_year=2021,
        price=250_000,
        quantity_unit="Eksemplar",
    )
    return replace(data, **changes)


def works(**changes: Any) -> AssetInput:
    data = chair(
        code=WORKS_CODE,
        name="Pembangunan Gedung Arsip",
        brand_type="",
        building_kind="P",
        multi_storey=True,
        concrete=True,
        floor_area_m2=Decimal("420"),
        address="Jl. Proklamasi No. 1, Stabat",
        document_date=date(2026, 3, 2),
        document_number="SPK 027/PPK/2026",
        construction_start=date(2026, 3, 9),
        land_title_status="Hak Pakai",
        land_code="1.3.1.01.01.01.002",
        contract_number="027/PPK/2026",
        contract_value=1_500_000_000,
        progress_percent=60,
        funding_source="APBD 2026",
        acquisition_year=2026,
        acquisition_date=date(2026, 3, 2),
        price=900_000_000,
    )
    return replace(data, **changes)


@pytest.fixture
def admin(db: Database) -> Actor:
    actor = first_admin(db)
    update_office_settings(db, actor, office_values(get_office_settings(db, actor)))
    add_kib_def_codes(db)
    return actor


def _texts(ws: Any) -> list[Any]:
    return [value for row in ws.iter_rows(values_only=True) for value in row if value]


def _row(ws: Any, row: int) -> list[Any]:
    return [ws.cell(row, column).value for column in range(1, ws.max_column + 1)]


# --- the form's fields ---------------------------------------------------------------------


def test_the_fields_of_kib_d_e_and_f_are_saved_and_read_back(db: Database, admin: Actor) -> None:
    [saved_road] = create_assets(db, admin, road())
    [saved_book] = create_assets(db, admin, book())
    [saved_works] = create_assets(db, admin, works(building_kind=" sp "))
    found = get_asset(db, admin, saved_road.id)
    assert (found.kib, found.construction, found.length_km, found.width_m) == (
        "D",
        "Aspal Hotmix",
        Decimal("1.250"),
        Decimal("6.00"),
    )
    assert found.land_area_m2 == Decimal("7500.00")
    found = get_asset(db, admin, saved_book.id)
    assert (found.kib, found.book_title, found.art_origin, found.art_creator) == (
        "E",
        "Sejarah Kesultanan Langkat / T. Lukman Sinar",
        "Langkat",
        "T. Lukman Sinar",
    )
    found = get_asset(db, admin, saved_works.id)
    assert found.kib == "F"
    assert found.building_kind == "SP"  # trimmed and upper-cased
    assert (found.construction_start, found.contract_number, found.contract_value) == (
        date(2026, 3, 9),
        "027/PPK/2026",
        1_500_000_000,
    )
    assert found.progress_percent == 60
    changed = update_asset(
        db,
        admin,
        found.id,
        replace(found.as_input(), progress_percent=85),
        expected_version=found.row_version,
    )
    assert changed.progress_percent == 85
    corrected = [e for e in asset_history(db, admin, found.id) if e.kind == EventKind.CORRECTED]
    assert corrected[-1].details == {"progress_percent": [60, 85]}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"progress_percent": 101}, "progress_percent"),
        ({"building_kind": "X"}, "building_kind"),
        ({"contract_value": -1}, "contract_value"),
        ({"construction_start": date(2027, 1, 1)}, "construction_start"),
        ({"length_km": Decimal(200_000)}, "length_km"),
    ],
)
def test_impossible_kib_f_and_d_values_are_refused_naming_the_field(
    db: Database, admin: Actor, changes: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        create_assets(db, admin, works(**changes))
    assert refused.value.field == field


# --- the workbook --------------------------------------------------------------------------


def _workbook(db: Database, admin: Actor, tmp_path: Path) -> Any:
    path = tmp_path / "inventaris-2026.xlsx"
    write_inventory_workbook(db, admin, 2026, path)
    return load_workbook(path)


def test_an_empty_card_prints_its_header_nihil_and_the_signatures(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    create_assets(db, admin, chair())  # KIB B only
    workbook = _workbook(db, admin, tmp_path)
    for kib, width, grouped in (("A", 14, True), ("C", 17, True), ("D", 17, True),
                                ("E", 16, True), ("F", 17, True)):  # fmt: skip
        ws = workbook[f"KIB {kib}"]
        assert ws.cell(1, 1).value == "PEMERINTAH KABUPATEN LANGKAT"
        assert ws.cell(5, 1).value.startswith(f"KARTU INVENTARIS BARANG (KIB) {kib} – ")
        assert ws.cell(HEADER_ROW, 1).value == "No Urut"
        assert ws.max_column == width
        nil_row = HEADER_ROW + (2 if grouped else 1)
        assert _row(ws, nil_row) == ["NIHIL"] + [None] * (width - 1), kib
        merged = {str(cell_range) for cell_range in ws.merged_cells.ranges}
        last = get_column_letter(width)
        assert f"A{nil_row}:{last}{nil_row}" in merged
        assert ws.cell(nil_row + 1, 1).value == "JUMLAH"
        texts = _texts(ws)
        for expected in SIGNATURES:
            assert expected in texts, (kib, expected)
    # A card with items has no NIHIL row.
    assert "NIHIL" not in _texts(workbook["KIB B"])


def test_kib_d_e_and_f_rows_in_the_forms_column_order(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    create_assets(db, admin, road())
    create_assets(db, admin, book())
    create_assets(db, admin, works())
    workbook = _workbook(db, admin, tmp_path)
    d, e, f = workbook["KIB D"], workbook["KIB E"], workbook["KIB F"]
    assert _row(d, HEADER_ROW) == [
        "No Urut", "Nama Barang", "Kode Barang", "Register", "Konstruksi", "Panjang (Km)",
        "Lebar (M)", "Luas (m²)", "Letak/Lokasi", "Dokumen", None, "Status Tanah",
        "Nomor Kode Tanah", "Asal Usul", "Harga (Rp)", "Kondisi (B, RR, RB)", "Keterangan",
    ]  # fmt: skip
    assert _row(d, HEADER_ROW + 2) == [
        1, "Jalan Lingkungan Kantor Bupati", ROAD_CODE, "000001", "Aspal Hotmix",
        1.25, 6, 7500,
        "Kompleks Kantor Bupati, Stabat", d.cell(10, 10).value, "BAST 12/PU/2019", "Hak Pakai",
        "1.3.1.01.01.01.002", "Pengadaan (APBD 2021)", 850_000_000, "RR", None,
    ]  # fmt: skip
    assert d.cell(10, 10).value.date() == date(2019, 8, 1)
    assert _row(d, 11)[0] == "JUMLAH" and _row(d, 11)[14] == 850_000_000
    assert _row(e, HEADER_ROW + 1) == [
        None, None, None, None, "Judul/Pencipta", "Spesifikasi", "Asal Daerah", "Pencipta",
        "Bahan", "Jenis", "Ukuran", None, None, None, None, None,
    ]  # fmt: skip
    assert _row(e, HEADER_ROW + 2) == [
        1, "Buku Sejarah Langkat", BOOK_CODE, "000001",
        "Sejarah Kesultanan Langkat / T. Lukman Sinar", "Hard cover, 320 hlm", "Langkat",
        "T. Lukman Sinar", "Kertas", None, "A5", 1, 2021, "Pengadaan (APBD 2021)", 250_000, None,
    ]  # fmt: skip
    totals = _row(e, 11)
    assert (totals[0], totals[11], totals[14]) == ("JUMLAH", 1, 250_000)
    assert _row(f, HEADER_ROW)[:8] == [
        "No Urut", "Nama Barang", "Kode Barang", "Register", "Bangunan (P, SP, D)",
        "Konstruksi Bangunan", None, "Luas (m²)",
    ]  # fmt: skip
    row = _row(f, HEADER_ROW + 2)
    assert row[:9] == [
        1, "Pembangunan Gedung Arsip", WORKS_CODE, "000001", "P", "Bertingkat", "Beton", 420,
        "Jl. Proklamasi No. 1, Stabat",
    ]  # fmt: skip
    assert [cell.date() for cell in (row[9], row[11])] == [date(2026, 3, 2), date(2026, 3, 9)]
    assert row[10] == "SPK 027/PPK/2026"
    assert row[12:] == [
        "Hak Pakai", "1.3.1.01.01.01.002", "Pengadaan (APBD 2026)", 900_000_000,
        "Kontrak 027/PPK/2026 senilai Rp 1.500.000.000, progres 60%",
    ]  # fmt: skip
    # The Buku Inventaris lists them too, with their size or construction.
    book_rows = {r[1]: r for r in workbook["Buku Inventaris"].iter_rows(values_only=True)}
    assert book_rows[ROAD_CODE][9] == "Aspal Hotmix, 1,25 km × 6 m"
    assert book_rows[WORKS_CODE][9] == "Bertingkat, Beton, 420 m²"


def test_the_rekapitulasi_has_a_value_column_per_kib(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    create_assets(db, admin, chair(price=1_500_000), quantity=2)
    create_assets(db, admin, road())
    create_assets(db, admin, works())
    workbook = _workbook(db, admin, tmp_path)
    ws = workbook["Rekapitulasi"]
    header = next(row for row in range(1, 20) if ws.cell(row, 1).value == "No")
    assert _row(ws, header)[7:] == [f"KIB {kib} (Rp)" for kib in "ABCDEF"]
    lines = {}
    for row in ws.iter_rows(min_row=header + 1, values_only=True):  # the first block: all
        if row[0] == "JUMLAH":
            totals = list(row)
            break
        lines[row[1]] = list(row)
    assert lines["1.3.2"][4] == 3_000_000
    assert lines["1.3.2"][7:] == [None, 3_000_000, None, None, None, None]
    assert lines["1.3.4"][7:] == [None, None, None, 850_000_000, None, None]
    assert lines["1.3.6"][7:] == [None, None, None, None, None, 900_000_000]
    assert totals[7:] == [0, 3_000_000, 0, 850_000_000, 0, 900_000_000]
    assert sum(totals[7:]) == totals[4]


# --- the import ----------------------------------------------------------------------------


def _def_workbook(path: Path) -> Path:
    """KIB D, E and F sheets as a regional system prints them (19/2016 headings)."""
    workbook = Workbook()
    d = workbook.active
    d.title = "KIB D"
    d.append(["KARTU INVENTARIS BARANG (KIB) D JALAN, IRIGASI DAN JARINGAN"])
    d.append([])
    d.append(["No", "Nama Barang", "Kode Barang", "Nomor Register", "Konstruksi",
              "Panjang (Km)", "Lebar (M)", "Luas (M2)", "Letak/Lokasi", "Dokumen", None,
              "Status Tanah", "Nomor Kode Tanah", "Asal Usul", "Harga (Rp)", "Kondisi",
              "Keterangan"])  # fmt: skip
    d.append([None] * 9 + ["Tanggal", "Nomor"] + [None] * 6)
    d.append([1, "Jalan Lingkungan", ROAD_CODE, "000003", "Beton", "0,8", "4,5", 3600,
              "Stabat", "01-08-2018", "BAST 7/2018", "Hak Pakai", "", "Pengadaan (APBD)",
              420_000_000, "B", ""])  # fmt: skip
    e = workbook.create_sheet("KIB E")
    e.append(["No", "Nama Barang", "Kode Barang", "Register", "Buku/Perpustakaan", None,
              "Barang Bercorak Kesenian/Kebudayaan", None, None, "Hewan/Ternak dan Tumbuhan",
              None, "Jumlah", "Tahun Cetak/Pembelian", "Asal Usul", "Harga (Rp)",
              "Keterangan"])  # fmt: skip
    e.append([None] * 4 + ["Judul/Pencipta", "Spesifikasi", "Asal Daerah", "Pencipta",
              "Bahan", "Jenis", "Ukuran"] + [None] * 5)  # fmt: skip
    e.append([1, "Lukisan Istana Darul Aman", BOOK_CODE, "000002", "", "", "Tanjung Pura",
              "Ahmad", "Cat minyak", "", "120 x 80 cm", 1, 2015, "Hibah", 15_000_000,
              ""])  # fmt: skip
    f = workbook.create_sheet("KIB F")
    f.append(["No", "Nama Barang", "Kode Barang", "Register", "Bangunan (P, SP, D)",
              "Konstruksi Bangunan", None, "Luas (M2)", "Letak/Lokasi", "Dokumen", None,
              "Tgl/Bln/Thn Mulai", "Status Tanah", "Nomor Kode Tanah", "Asal-usul Pembiayaan",
              "Nilai Kontrak (Rp)", "Keterangan"])  # fmt: skip
    f.append([None] * 5 + ["Bertingkat/Tidak", "Beton/Tidak", None, None, "Tanggal", "Nomor"]
             + [None] * 6)  # fmt: skip
    f.append([1, "Pembangunan Pos Jaga", WORKS_CODE, "000004", "SP", "Tidak", "Beton", 24,
              "Stabat", "05-02-2026", "SPK 3/2026", "10-02-2026", "Hak Pakai", "", "APBD",
              120_000_000, ""])  # fmt: skip
    target = path / "kib-def.xlsx"
    workbook.save(target)
    return target


def test_a_small_kib_d_e_f_workbook_is_imported_column_by_column(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    source = open_import(db, admin, _def_workbook(tmp_path))
    report = import_assets(db, admin, source, accept_warnings=True)
    assert report.problems == ()
    assert (report.new, report.written) == (3, True)
    with inventory_snapshot(db, admin, 2026) as snapshot:
        items = {item.kib: item for item in snapshot.items()}
    d, e, f = items["D"], items["E"], items["F"]
    assert (d.register_number, d.construction, d.length_km, d.width_m, d.land_area_m2) == (
        3,
        "Beton",
        Decimal("0.800"),
        Decimal("4.50"),
        Decimal("3600.00"),
    )
    assert (d.document_number, d.land_title_status, d.funding_source, d.value) == (
        "BAST 7/2018",
        "Hak Pakai",
        "APBD",
        420_000_000,
    )
    assert d.acquisition_year == 2018
    assert (e.art_origin, e.art_creator, e.material, e.size) == (
        "Tanjung Pura",
        "Ahmad",
        "Cat minyak",
        "120 x 80 cm",
    )
    assert (e.acquisition_method, e.acquisition_year, e.value) == ("Hibah", 2015, 15_000_000)
    assert (f.building_kind, f.multi_storey, f.concrete) == ("SP", False, True)
    assert (f.floor_area_m2, f.land_area_m2) == (Decimal("24.00"), None)  # KIB F: the floor
    assert (f.construction_start, f.document_date) == (date(2026, 2, 10), date(2026, 2, 5))
    assert (f.value, f.funding_source) == (120_000_000, "APBD")


# --- a construction finished ---------------------------------------------------------------


def test_a_finished_construction_becomes_a_building_of_the_same_value(
    db: Database, admin: Actor, tmp_path: Path
) -> None:
    [kdp] = create_assets(db, admin, works())
    done = finish_construction(
        db,
        admin,
        kdp.id,
        code=BUILDING_CODE,
        name="Gedung Arsip",
        handover_number="BAST 41/PPK/2026",
        expected_version=kdp.row_version,
        finished_on=date(2026, 10, 15),
        note="Serah terima pekerjaan",
    )
    assert done.works == f"{WORKS_CODE}.000001"
    assert done.building == f"{BUILDING_CODE}.000001"
    old = get_asset(db, admin, kdp.id)
    assert (old.status, old.disposed_on, old.disposal_reason, old.disposal_decree) == (
        AssetStatus.DISPOSED,
        date(2026, 10, 15),
        FINISHED_REASON,
        "BAST 41/PPK/2026",
    )
    new = get_asset(db, admin, done.building_id)
    assert (new.kib, new.name, new.price, new.acquisition_date) == (
        "C",
        "Gedung Arsip",
        900_000_000,
        date(2026, 10, 15),
    )
    assert (new.address, new.floor_area_m2, new.multi_storey, new.concrete) == (
        "Jl. Proklamasi No. 1, Stabat",
        Decimal("420.00"),
        True,
        True,
    )
    assert (new.document_number, new.contract_number, new.progress_percent) == (
        "BAST 41/PPK/2026",
        "",
        None,
    )
    # Each history leads to the other.
    [disposed] = [e for e in asset_history(db, admin, kdp.id) if e.kind == EventKind.DISPOSED]
    assert disposed.details["to"] == done.building
    assert disposed.details["to_asset_id"] == done.building_id
    [acquired] = [e for e in asset_history(db, admin, new.id) if e.kind == EventKind.ACQUIRED]
    assert (acquired.details["from"], acquired.details["from_asset_id"]) == (done.works, kdp.id)
    assert (acquired.occurred_on, acquired.amount) == (date(2026, 10, 15), 900_000_000)
    # The Mutasi: the value leaves 1.3.6 and enters 1.3.3 the same day.
    with inventory_snapshot(db, admin, 2026) as snapshot:
        lines = {line.code[:5]: line for line in snapshot.mutation()}
        kibs = [item.kib for item in snapshot.items()]
    assert (lines["1.3.6"].added.value, lines["1.3.6"].removed.value) == (900_000_000,) * 2
    assert lines["1.3.6"].closing.count == 0
    assert (lines["1.3.3"].added.value, lines["1.3.3"].closing.value) == (900_000_000,) * 2
    assert kibs == ["C"]
    workbook = _workbook(db, admin, tmp_path)
    assert "NIHIL" in _texts(workbook["KIB F"])
    assert "Gedung Arsip" in _texts(workbook["KIB C"])


def test_finishing_is_refused_for_what_is_not_a_construction_or_not_a_building(
    db: Database, admin: Actor
) -> None:
    [kdp] = create_assets(db, admin, works())
    [seat] = create_assets(db, admin, chair())

    def finish(asset_id: int, code: str, version: int, **kwargs: Any) -> Any:
        return finish_construction(
            db,
            admin,
            asset_id,
            code=code,
            name="",
            handover_number=kwargs.pop("handover", "BAST 1"),
            expected_version=version,
            **kwargs,
        )

    with pytest.raises(ValidationError) as refused:
        finish(seat.id, BUILDING_CODE, seat.row_version)
    assert refused.value.params["kib"] == "B"
    with pytest.raises(ValidationError) as refused:
        finish(kdp.id, ROAD_CODE, kdp.row_version)
    assert refused.value.field == "code"
    with pytest.raises(ValidationError) as refused:
        finish(kdp.id, BUILDING_CODE, kdp.row_version, handover=" ")
    assert refused.value.field == "handover_number"
    with pytest.raises(ValidationError) as refused:
        finish(kdp.id, BUILDING_CODE, kdp.row_version, finished_on=date(2026, 1, 5))
    assert refused.value.field == "finished_on"  # before the works were recorded
    with pytest.raises(ConflictError):
        finish(kdp.id, BUILDING_CODE, kdp.row_version + 1)
    # Nothing of the refused attempts was written; then it goes through once, and only once.
    assert get_asset(db, admin, kdp.id).status == AssetStatus.ACTIVE
    finish(kdp.id, BUILDING_CODE, kdp.row_version)
    with pytest.raises(ValidationError):
        finish(kdp.id, BUILDING_CODE, get_asset(db, admin, kdp.id).row_version)
