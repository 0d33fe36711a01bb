"""Vehicle costs per year (one vehicle, the fleet) and the printable history's read model.

The workbooks are read back cell by cell, as the BPKAD would compare them. The test clock stands
at 28 November 2026, so 2026 is the running year and its sheets are dated that day.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.assets.events import dispose_assets
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.core.schema import prepare_database
from inventaris.office import get_office_settings, update_office_settings
from inventaris.vehicles.costs import (
    FleetYear,
    RecordedReading,
    fleet_year,
    monthly_km,
    vehicle_by_plate,
    vehicle_year,
)
from inventaris.vehicles.fleet import (
    VehicleDetailInput,
    fuel_fills,
    fuel_stats,
    save_vehicle_details,
)
from inventaris.vehicles.history import vehicle_history, vehicle_history_html
from inventaris.vehicles.meters import MeterReset
from inventaris.vehicles.records import (
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    reset_odometer,
    save_document,
    save_plan,
)
from inventaris.vehicles.workbooks import export_fleet_year_xlsx, export_vehicle_year_xlsx
from tests.conftest import BACKENDS, FakeClock, migrated_db_url
from tests.support.builders import chair, first_admin, office_values, user_with_role, vehicle

MONTH_HEADERS = [
    "No",
    "Bulan",
    "Km Tempuh",
    "BBM (Liter)",
    "Biaya BBM (Rp)",
    "Biaya Servis (Rp)",
    "Biaya Pajak (Rp)",
    "Jumlah Biaya (Rp)",
]
KIND_HEADERS = [
    "No",
    "Bulan",
    "BBM",
    "Servis Berkala",
    "Ganti Oli",
    "Ban",
    "Aki",
    "Rem",
    "Mesin",
    "Kelistrikan",
    "Body",
    "AC",
    "Lainnya",
    "Pajak",
    "Jumlah",
]
RECORD_HEADERS = [
    "No",
    "Tanggal",
    "Catatan",
    "Jenis",
    "Km Odometer",
    "Uraian",
    "Liter",
    "Biaya (Rp)",
]
FLEET_HEADERS = [
    "No",
    "Nomor Polisi",
    "Merk/Tipe",
    "Kode Barang / Register",
    "Tahun Perolehan",
    "Km Tempuh",
    "BBM (Liter)",
    "Biaya BBM (Rp)",
    "Biaya Servis (Rp)",
    "Biaya Pajak (Rp)",
    "Jumlah Biaya (Rp)",
    "Biaya per Km (Rp)",
    "Km per Liter",
    "Keterangan",
]
LETTERHEAD = [
    "PEMERINTAH KABUPATEN LANGKAT",
    "Bagian Umum Sekretariat Daerah",
    "KODE LOKASI: 12.02.05.04.01.01.01",
    None,
]
INNOVA_LINES = [
    "KENDARAAN: BK 1234 AB – Toyota Innova 2.0 G",
    "KODE BARANG / REGISTER: 1.3.2.02.01.01.003.000001",
]
# The Innova's year: km by month (a reading on 31 January and one on 1 February; the odometer
# replaced on 15 June), and what was spent.
INNOVA_KM = [900, 500, 1_100, 0, 0, 2_300, 800, 0, 0, 0, 0, 0]
INNOVA_FUEL = [400_000, 355_000, 0, 0, 0, 575_000, 250_000, 0, 0, 0, 0, 0]
INNOVA_SERVICE = [450_000, 0, 850_000, 0, 0, 0, 2_400_000, 0, 0, 0, 0, 0]


@dataclass(frozen=True)
class Fleet:
    db: Database
    admin: Actor
    innova: int
    avanza: int
    pickup: int  # disposed of in September 2026
    old: int  # disposed of in 2025
    seat: int  # a chair


def _fuel(asset_id: int, on: date, km: int, litres: str, price: int = 10_000, **more: Any) -> Any:
    fuel = more.pop("fuel", "Pertalite")
    return FuelInput(asset_id, on, fuel, Decimal(litres), price, km, **more)


def _service(
    asset_id: int, on: date, km: int, kind: str, parts: int, labour: int, **more: Any
) -> Any:
    return ServiceInput(asset_id, on, km, kind, parts, labour, **more)


def _car(db: Database, admin: Actor, plate: str, number: int, **changes: Any) -> int:
    data = vehicle(
        plate_number=plate,
        chassis_number=f"MHF{number:014d}",
        engine_number=f"E{number}",
        bpkb_number=f"B{number}",
        **changes,
    )
    return create_assets(db, admin, data)[0].id


@pytest.fixture(scope="module", params=BACKENDS)
def fleet(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Fleet]:
    """One office with four vehicles per backend, for the whole module: the reports only read."""
    with migrated_db_url(request, request.param, tmp_path_factory.mktemp("fleet")) as url:
        db = Database(url, clock=FakeClock())
        prepare_database(db)
        yield _fill(db)
        db.dispose()


def _fill(db: Database) -> Fleet:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    innova = _car(db, admin, "BK 1234 AB", 1, size="1998 cc")
    add_fuel(db, admin, _fuel(innova, date(2025, 12, 20), 9_500, "40"))  # before the year
    add_fuel(
        db,
        admin,
        _fuel(
            innova, date(2026, 1, 20), 10_000, "40", driver_name="Syahrial", coupon_number="K-01"
        ),
    )
    add_service(
        db,
        admin,
        _service(
            innova,
            date(2026, 1, 31),
            10_400,
            "ganti_oli",
            350_000,
            100_000,
            workshop="Bengkel Maju",
            receipt_number="N-12",
            description="Oli <mesin> & filter",
        ),
    )
    add_fuel(db, admin, _fuel(innova, date(2026, 2, 1), 10_900, "35.5"))
    add_service(
        db, admin, _service(innova, date(2026, 3, 15), 12_000, "servis_berkala", 600_000, 250_000)
    )
    add_fuel(db, admin, _fuel(innova, date(2026, 6, 10), 14_000, "30", 12_500, fuel="Pertamax"))
    reset_odometer(db, admin, innova, date(2026, 6, 15), 0, "odometer diganti")
    add_fuel(db, admin, _fuel(innova, date(2026, 6, 20), 300, "20"))
    add_service(
        db, admin, _service(innova, date(2026, 7, 1), 800, "ban", 2_400_000, 0, workshop="Toko Ban")
    )
    add_fuel(db, admin, _fuel(innova, date(2026, 7, 20), 1_100, "25"))

    avanza = _car(db, admin, "BK 9 AA", 2, brand_type="Toyota Avanza 1.3 G")
    for on, km, litres in ((date(2026, 3, 1), 20_000, "40"), (date(2026, 4, 1), 20_480, "40")):
        add_fuel(db, admin, _fuel(avanza, on, km, litres))
    add_fuel(db, admin, _fuel(avanza, date(2026, 5, 1), 21_000, "42"))

    pickup = _car(db, admin, "BK 7 C", 3, brand_type="Mitsubishi L300")
    add_service(db, admin, _service(pickup, date(2026, 5, 5), 50_000, "rem", 300_000, 200_000))
    dispose_assets(
        db, admin, [pickup], decree="SK 9/2026", reason="dijual", occurred_on=date(2026, 9, 30)
    )
    old = _car(db, admin, "BK 8 D", 4, brand_type="Suzuki Carry")
    dispose_assets(
        db, admin, [old], decree="SK 2/2025", reason="dijual", occurred_on=date(2025, 6, 1)
    )
    seat = create_assets(db, admin, chair())[0].id  # not a vehicle: never in the fleet

    save_vehicle_details(
        db, admin, innova, VehicleDetailInput(colour="Hitam", fuel_type="Pertalite")
    )
    save_plan(db, admin, innova, "Ganti oli", "ganti_oli", 5_000, 6)
    save_document(db, admin, innova, "pajak_tahunan", date(2026, 12, 10), "PKB-1")
    return Fleet(db, admin, innova, avanza, pickup, old, seat)


def _sheet(path: Path, name: str) -> Any:
    return load_workbook(path)[name]


def _row_of(ws: Any, column: int, text: str) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, column).value == text)


def _values(ws: Any, row: int, width: int) -> list[Any]:
    return [ws.cell(row, column).value for column in range(1, width + 1)]


def _number(value: Any) -> Decimal:
    """A cell's number as openpyxl reads it (int or float) compared as a Decimal."""
    return Decimal(str(value))


# --- km driven ------------------------------------------------------------------------------------


def test_km_of_a_month_is_the_rise_from_the_last_reading_before_it() -> None:
    readings = [
        RecordedReading(date(2025, 12, 28), 9_500),
        RecordedReading(date(2026, 1, 31), 10_000),  # 500 km in January
        RecordedReading(date(2026, 2, 1), 10_040),  # the next day is February's: 40 km
        RecordedReading(date(2026, 2, 20), 10_030),  # a backdated slip below the highest: 0
        RecordedReading(date(2026, 4, 2), 10_500),  # nothing read in March: all of it in April
        RecordedReading(date(2027, 1, 3), 11_000),  # another year
    ]
    assert monthly_km(readings, [], 2026) == [500, 40, 0, 460, 0, 0, 0, 0, 0, 0, 0, 0]


def test_km_across_an_odometer_reset_count_on_both_meters() -> None:
    replaced_at = datetime(2026, 6, 15, 3, 0, tzinfo=UTC)
    resets = [MeterReset(date(2026, 6, 15), 0, replaced_at, 1)]
    readings = [
        RecordedReading(date(2026, 5, 31), 50_000),
        RecordedReading(date(2026, 6, 14), 50_200),
        # The reset's day: recorded before the replacement, the old meter's last reading; after
        # it, the new meter's.
        RecordedReading(date(2026, 6, 15), 50_250, datetime(2026, 6, 15, 1, 0, tzinfo=UTC)),
        RecordedReading(date(2026, 6, 15), 100, datetime(2026, 6, 15, 4, 0, tzinfo=UTC)),
        RecordedReading(date(2026, 6, 30), 300),
        RecordedReading(date(2026, 7, 10), 900),
    ]
    assert monthly_km(readings, resets, 2026)[5:7] == [250 + 300, 600]
    assert monthly_km(readings, [], 2026)[5:7] == [250, 0]  # a reset not recorded: no negative km


def test_a_fill_on_the_morning_of_a_replacement_counts_on_the_old_meter(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    car = _car(db, admin, "BK 5 E", 5)
    add_fuel(db, admin, _fuel(car, date(2026, 11, 1), 149_600, "30"))
    add_fuel(db, admin, _fuel(car, date(2026, 11, 10), 150_000, "30"))  # on the way to the garage
    clock.advance(minutes=30)
    reset_odometer(db, admin, car, date(2026, 11, 10), 0, "odometer diganti")
    clock.advance(minutes=30)
    add_fuel(db, admin, _fuel(car, date(2026, 11, 15), 300, "25"))
    report = vehicle_year(db, admin, car, 2026)
    # The old meter up to its last reading, then the new one from its start.
    assert report.months[10].km == (150_000 - 149_600) + 300
    assert report.total.km == 700
    # Full tank to full tank on the old meter: 400 km on 30 l; one fill on the new one.
    assert (report.fuel.km, report.fuel.km_per_litre) == (400, Decimal("13.33"))
    assert fleet_year(db, admin, 2026).total.km == 700


# --- one vehicle's year ---------------------------------------------------------------------------


def test_vehicle_year_splits_costs_by_month_and_kind(fleet: Fleet) -> None:
    db = fleet.db
    report = vehicle_year(db, fleet.admin, fleet.innova, 2026)
    assert [month.km for month in report.months] == INNOVA_KM
    assert [month.fuel_cost for month in report.months] == INNOVA_FUEL
    assert [month.service_cost for month in report.months] == INNOVA_SERVICE
    assert report.months[0].cost_of("ganti_oli") == 450_000
    assert report.months[2].cost_of("servis_berkala") == 850_000
    assert report.months[6].cost_of("ban") == 2_400_000
    assert report.months[5].litres == Decimal("50.00")
    total = report.total
    assert (total.km, total.litres, total.fuel_cost) == (5_600, Decimal("150.50"), 1_580_000)
    assert (total.service_cost, total.total_cost) == (3_700_000, 5_280_000)
    assert report.cost_per_km == 943  # 5.280.000 / 5.600 km
    # Full tank to full tank on each meter: 4.000 km on 75,5 l, then 800 km on 20 l.
    assert (report.fuel.km, report.fuel.km_per_litre) == (4_800, Decimal("50.26"))
    assert report.fuel.cost_per_km == Decimal("198.96")
    assert [entry.on for entry in report.entries][:2] == [date(2026, 1, 20), date(2026, 1, 31)]
    assert len(report.entries) == 9  # the December 2025 fill is not in 2026


def test_without_a_reset_the_fuel_figures_are_fuel_stats_of_the_years_fills(fleet: Fleet) -> None:
    db = fleet.db
    report = vehicle_year(db, fleet.admin, fleet.avanza, 2026)
    with db.read() as session:
        expected = fuel_stats(
            fuel_fills(session, fleet.avanza, date(2026, 1, 1), date(2026, 12, 31))
        )
    assert report.fuel == expected
    assert report.fuel.km_per_litre == Decimal("12.50")  # 1.000 km on 80 l
    assert [month.km for month in report.months][2:5] == [0, 480, 520]  # March's is the first


def test_vehicle_workbook_reads_back_month_by_month(fleet: Fleet, tmp_path: Path) -> None:
    db = fleet.db
    path = tmp_path / "innova.xlsx"
    report = export_vehicle_year_xlsx(db, fleet.admin, fleet.innova, 2026, path)
    assert load_workbook(path).sheetnames == [
        "Rekap Bulanan",
        "Biaya per Bulan dan Jenis",
        "Rincian",
    ]

    ws = _sheet(path, "Rekap Bulanan")
    header = _row_of(ws, 1, "No")
    assert [ws.cell(row, 1).value for row in range(1, header)] == [
        *LETTERHEAD,
        "LAPORAN BIAYA OPERASIONAL KENDARAAN DINAS TAHUN 2026",
        "Keadaan per 28 November 2026",
        *INNOVA_LINES,
        None,
    ]
    assert _values(ws, header, 8) == MONTH_HEADERS
    assert _values(ws, header + 1, 8) == [1, "Januari", 900, 40, 400_000, 450_000, 0, 850_000]
    assert _values(ws, header + 2, 8) == [2, "Februari", 500, 35.5, 355_000, 0, 0, 355_000]
    assert _values(ws, header + 12, 3) == [12, "Desember", 0]
    for month in range(12):
        row = header + 1 + month
        assert ws.cell(row, 3).value == INNOVA_KM[month]
        assert ws.cell(row, 5).value == INNOVA_FUEL[month]
        assert ws.cell(row, 6).value == INNOVA_SERVICE[month]
        assert ws.cell(row, 7).value == 0  # no tax paid (see test_vehicle_corrections.py)
        assert ws.cell(row, 8).value == INNOVA_FUEL[month] + INNOVA_SERVICE[month]
    totals = header + 13
    assert _values(ws, totals, 8)[:1] == ["JUMLAH"]
    assert ws.cell(totals, 3).value == sum(INNOVA_KM) == report.total.km
    assert _number(ws.cell(totals, 4).value) == report.total.litres == Decimal("150.5")
    assert ws.cell(totals, 5).value == sum(INNOVA_FUEL) == report.total.fuel_cost
    assert ws.cell(totals, 6).value == sum(INNOVA_SERVICE) == report.total.service_cost
    assert ws.cell(totals, 7).value == 0 == report.total.tax_cost
    assert ws.cell(totals, 8).value == 5_280_000
    assert ws.cell(totals + 1, 1).value is None  # the table ends with its totals
    km_per_litre = _row_of(ws, 1, "Km per liter (metode tangki penuh)")
    assert _number(ws.cell(km_per_litre, 4).value) == Decimal("50.26")
    assert ws.cell(_row_of(ws, 1, "Biaya BBM per km (Rp)"), 4).value == 199
    assert ws.cell(_row_of(ws, 1, "Biaya operasional per km (Rp)"), 4).value == 943

    # Rupiah as whole numbers with thousands, litres with two decimals, never text.
    assert ws.cell(header + 1, 5).number_format == "#,##0"
    assert ws.cell(totals, 8).number_format == "#,##0"
    assert ws.cell(header + 1, 4).number_format == "#,##0.00"
    assert ws.cell(totals, 4).number_format == "#,##0.00"
    assert ws.cell(totals, 8).font.bold and ws.cell(header, 1).font.bold
    top = _row_of(ws, 1, "Mengetahui,")
    assert ws.cell(top + 5, 1).value == "Drs. Zulkarnain"
    assert ws.cell(top, 7).value == "Stabat, 28 November 2026"


def test_the_month_by_kind_table_adds_up_both_ways(fleet: Fleet, tmp_path: Path) -> None:
    db = fleet.db
    path = tmp_path / "innova.xlsx"
    export_vehicle_year_xlsx(db, fleet.admin, fleet.innova, 2026, path)
    ws = _sheet(path, "Biaya per Bulan dan Jenis")
    header = _row_of(ws, 1, "No")
    assert ws.cell(header - 2, 1).value == "BIAYA PER BULAN DAN JENIS (RUPIAH)"
    assert _values(ws, header, 15) == KIND_HEADERS
    assert _values(ws, header + 1, 15) == [1, "Januari", 400_000, 0, 450_000, *[0] * 9, 850_000]
    assert _values(ws, header + 3, 15) == [3, "Maret", 0, 850_000, *[0] * 10, 850_000]
    assert _values(ws, header + 7, 15) == [
        7,
        "Juli",
        250_000,
        0,
        0,
        2_400_000,
        *[0] * 8,
        2_650_000,
    ]
    totals = header + 13
    expected = [1_580_000, 850_000, 450_000, 2_400_000, *[0] * 8, 5_280_000]
    assert _values(ws, totals, 15) == ["JUMLAH", None, *expected]
    for column in range(3, 16):  # each column's total is the sum of its months
        months = sum(ws.cell(row, column).value for row in range(header + 1, header + 13))
        assert ws.cell(totals, column).value == months
        assert ws.cell(totals, column).number_format == "#,##0"


def test_the_records_sheet_lists_the_years_records_with_real_dates(
    fleet: Fleet, tmp_path: Path
) -> None:
    db = fleet.db
    path = tmp_path / "innova.xlsx"
    export_vehicle_year_xlsx(db, fleet.admin, fleet.innova, 2026, path)
    ws = _sheet(path, "Rincian")
    header = _row_of(ws, 1, "No")
    assert _values(ws, header, 8) == RECORD_HEADERS
    first = _values(ws, header + 1, 8)
    assert first[0] == 1 and first[1].date() == date(2026, 1, 20)
    assert first[2:] == ["BBM", "Pertalite", 10_000, "Syahrial · K-01", 40, 400_000]
    assert ws.cell(header + 1, 2).number_format == "DD-MM-YYYY"
    second = _values(ws, header + 2, 8)
    assert second[1].date() == date(2026, 1, 31)
    assert second[2:] == [
        "Servis",
        "Ganti Oli",
        10_400,
        "Bengkel Maju · No. N-12 · Oli <mesin> & filter",
        None,
        450_000,
    ]
    reset = _row_of(ws, 3, "Ganti odometer")
    assert _values(ws, reset, 8)[4:] == [0, "odometer diganti", None, None]
    totals = header + 10
    assert ws.cell(totals, 1).value == "JUMLAH"
    assert _number(ws.cell(totals, 7).value) == Decimal("150.5")
    assert ws.cell(totals, 8).value == 5_280_000


def test_vehicle_sheets_print_landscape_with_the_header_on_every_page(
    fleet: Fleet, tmp_path: Path
) -> None:
    db = fleet.db
    path = tmp_path / "innova.xlsx"
    export_vehicle_year_xlsx(db, fleet.admin, fleet.innova, 2026, path)
    for ws in load_workbook(path):
        header = _row_of(ws, 1, "No")
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
        assert ws.print_title_rows == f"${header}:${header}"
        assert ws.freeze_panes == f"A{header + 1}"
    export_vehicle_year_xlsx(db, fleet.admin, fleet.innova, 2025, path)
    ws = _sheet(path, "Rekap Bulanan")
    assert ws.cell(6, 1).value == "Keadaan per 31 Desember 2025"  # a past year ends in December


# --- the fleet ------------------------------------------------------------------------------------


def test_fleet_year_has_every_vehicle_on_the_register_during_the_year(fleet: Fleet) -> None:
    db = fleet.db
    report = fleet_year(db, fleet.admin, 2026)
    assert isinstance(report, FleetYear)
    assert [row.plate for row in report.vehicles] == ["BK 1234 AB", "BK 7 C", "BK 9 AA"]
    innova, pickup, avanza = report.vehicles
    assert innova.total == vehicle_year(db, fleet.admin, fleet.innova, 2026).total
    assert (pickup.disposed_on, pickup.total.service_cost, pickup.total.km) == (
        date(2026, 9, 30),
        500_000,
        0,
    )
    assert (avanza.total.km, avanza.km_per_litre, avanza.cost_per_km) == (
        1_000,
        Decimal("12.50"),
        1_220,
    )
    assert pickup.cost_per_km is None and pickup.km_per_litre is None
    total = report.total
    assert (total.km, total.litres) == (6_600, Decimal("272.50"))
    assert (total.fuel_cost, total.service_cost, total.total_cost) == (
        2_800_000,
        4_200_000,
        7_000_000,
    )
    assert report.cost_per_km == 1_061  # 7.000.000 / 6.600 km
    assert report.km_per_litre == Decimal("33.05")  # (4.800 + 1.000) km / (95,5 + 80) l
    assert [row.plate for row in fleet_year(db, fleet.admin, 2025).vehicles] == [
        "BK 1234 AB",
        "BK 7 C",
        "BK 8 D",
        "BK 9 AA",
    ]


def test_fleet_workbook_reads_back_row_by_row(fleet: Fleet, tmp_path: Path) -> None:
    db = fleet.db
    path = tmp_path / "armada.xlsx"
    report = export_fleet_year_xlsx(db, fleet.admin, 2026, path)
    assert load_workbook(path).sheetnames == ["Rekap Kendaraan"]
    ws = _sheet(path, "Rekap Kendaraan")
    header = _row_of(ws, 1, "No")
    assert [ws.cell(row, 1).value for row in range(1, header)] == [
        *LETTERHEAD,
        "REKAPITULASI BIAYA OPERASIONAL KENDARAAN DINAS TAHUN 2026",
        "Keadaan per 28 November 2026",
        None,
    ]
    assert _values(ws, header, 14) == FLEET_HEADERS
    assert _values(ws, header + 1, 14) == [
        1,
        "BK 1234 AB",
        "Toyota Innova 2.0 G",
        "1.3.2.02.01.01.003.000001",
        2019,
        5_600,
        150.5,
        1_580_000,
        3_700_000,
        0,
        5_280_000,
        943,
        50.26,
        None,
    ]
    assert _values(ws, header + 2, 14)[1:] == [
        "BK 7 C",
        "Mitsubishi L300",
        "1.3.2.02.01.01.003.000003",
        2019,
        0,
        0,
        0,
        500_000,
        0,
        500_000,
        None,
        None,
        "Dihapus 30-09-2026",
    ]
    assert _values(ws, header + 3, 13)[1:2] == ["BK 9 AA"]
    totals = header + 4
    values = _values(ws, totals, 14)
    assert values[0] == "JUMLAH"
    assert values[5:12] == [6_600, 272.5, 2_800_000, 4_200_000, 0, 7_000_000, 1_061]
    assert _number(values[12]) == report.km_per_litre
    rows = range(header + 1, totals)
    for column in (6, 8, 9, 10, 11):  # sums, not formulas
        assert ws.cell(totals, column).value == sum(ws.cell(row, column).value for row in rows)
    assert ws.cell(header + 1, 5).number_format == "0"
    assert ws.cell(header + 1, 8).number_format == "#,##0"
    assert ws.cell(totals, 11).number_format == "#,##0"
    assert ws.cell(header + 1, 7).number_format == "#,##0.00"
    assert ws.cell(header + 1, 13).number_format == "#,##0.00"
    assert ws.page_setup.orientation == "landscape"
    assert ws.print_title_rows == f"${header}:${header}"


def test_an_empty_year_gives_a_table_of_zeros(fleet: Fleet, tmp_path: Path) -> None:
    db = fleet.db
    report = vehicle_year(db, fleet.admin, fleet.innova, 2024)
    assert report.total.km == 0 and report.total.total_cost == 0 and report.entries == ()
    assert report.cost_per_km is None and report.fuel.km_per_litre is None
    path = tmp_path / "empty.xlsx"
    export_fleet_year_xlsx(db, fleet.admin, 2024, path)
    ws = _sheet(path, "Rekap Kendaraan")
    totals = _row_of(ws, 1, "JUMLAH")
    assert _values(ws, totals, 14)[5:13] == [0, 0, 0, 0, 0, 0, None, None]


# --- finding and refusing -----------------------------------------------------------------------


def test_a_vehicle_is_found_by_its_plate_however_it_is_typed(fleet: Fleet) -> None:
    db = fleet.db
    assert vehicle_by_plate(db, fleet.admin, "bk1234ab") == fleet.innova
    assert vehicle_by_plate(db, fleet.admin, "BK 8 D") == fleet.old  # disposed, still printable
    with pytest.raises(NotFound, match="no vehicle with the plate BK 5 ZZ"):
        vehicle_by_plate(db, fleet.admin, "bk 5 zz")
    with pytest.raises(ValidationError, match="write it like BK 1234 AB"):
        vehicle_by_plate(db, fleet.admin, "kantor")


def test_reports_refuse_a_wrong_year_and_a_non_vehicle(fleet: Fleet) -> None:
    db = fleet.db
    with pytest.raises(ValidationError, match="from 1950 to 2026") as refused:
        vehicle_year(db, fleet.admin, fleet.innova, 2027)
    assert refused.value.field == "year"
    with pytest.raises(ValidationError, match="from 1950 to 2026"):
        fleet_year(db, fleet.admin, 1949)
    with pytest.raises(ValidationError, match="is not a vehicle"):
        vehicle_year(db, fleet.admin, fleet.seat, 2026)


def test_the_workbooks_need_the_office_settings_and_follow_their_paper(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    car = _car(db, admin, "BK 1234 AB", 1)
    with pytest.raises(ValidationError, match="office settings"):
        export_fleet_year_xlsx(db, admin, 2026, tmp_path / "fleet.xlsx")
    with pytest.raises(ValidationError, match="office settings"):
        export_vehicle_year_xlsx(db, admin, car, 2026, tmp_path / "car.xlsx")
    assert not (tmp_path / "fleet.xlsx").exists() and not (tmp_path / "car.xlsx").exists()
    settings = office_values(get_office_settings(db, admin), paper_size="F4")
    update_office_settings(db, admin, settings)
    export_fleet_year_xlsx(db, admin, 2026, tmp_path / "fleet.xlsx")
    assert int(_sheet(tmp_path / "fleet.xlsx", "Rekap Kendaraan").page_setup.paperSize) == 14
    export_vehicle_year_xlsx(db, admin, car, 2026, tmp_path / "car.xlsx")
    for ws in load_workbook(tmp_path / "car.xlsx"):
        assert int(ws.page_setup.paperSize) == 14  # Folio: the F4 sheet
        assert ws.page_setup.orientation == "landscape"


def test_a_read_only_user_may_print_but_not_another_units_vehicle(
    fleet: Fleet, tmp_path: Path
) -> None:
    db = fleet.db
    leader = user_with_role(db, fleet.admin, Role.LEADERSHIP)
    assert export_fleet_year_xlsx(db, leader, 2026, tmp_path / "a.xlsx").total.km == 6_600
    stranger = replace(fleet.admin, unit_ids=frozenset({max(fleet.admin.unit_ids) + 100}))
    with pytest.raises(NotFound):
        export_vehicle_year_xlsx(db, stranger, fleet.innova, 2026, tmp_path / "b.xlsx")
    with pytest.raises(NotFound):
        vehicle_by_plate(db, stranger, "BK 1234 AB")
    assert fleet_year(db, stranger, 2026).vehicles == ()
    assert not (tmp_path / "b.xlsx").exists()


# --- the printable history -----------------------------------------------------------------------


def test_vehicle_history_holds_identity_plans_documents_and_records_newest_first(
    fleet: Fleet,
) -> None:
    db = fleet.db
    admin = fleet.admin
    history = vehicle_history(db, admin, fleet.innova)
    card = history.card
    assert (card.plate, card.engine_size, card.details.colour) == ("BK 1234 AB", "1998 cc", "Hitam")
    assert [plan.name for plan in card.plans] == ["Ganti oli"]
    assert [document.number for document in card.documents] == ["PKB-1"]
    assert history.as_of == date(2026, 11, 28)
    assert [entry.on for entry in history.entries][:3] == [
        date(2026, 7, 20),
        date(2026, 7, 1),
        date(2026, 6, 20),
    ]
    assert history.entries[-1].on == date(2025, 12, 20)
    assert (history.service_count, history.service_cost) == (3, 3_700_000)
    assert (history.fuel_count, history.fuel_litres, history.fuel_cost) == (
        6,
        Decimal("190.50"),
        1_980_000,
    )
    assert history.total_cost == 5_680_000

    html = vehicle_history_html(history)
    assert "Oli &lt;mesin&gt; &amp; filter" in html and "<mesin>" not in html
    assert "<thead>" in html  # the records' header repeats on each printed page
    assert "5.680.000" in html and "190,50" in html and "Ganti Oli" in html
    assert "Pajak tahunan / pengesahan STNK" in html and "1998 cc" in html
