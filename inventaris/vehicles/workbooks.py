"""Vehicle costs as .xlsx workbooks, each a complete signed document: one vehicle's year
("Rekap Bulanan", "Biaya per Bulan dan Jenis", "Rincian" of every record) and the fleet's year
("Rekap Kendaraan"). The figures are ``vehicle_costs``'s read models; "Pajak" is what was paid
for the vehicle's documents (the annual tax at its renewal, a premium).

Totals are plain numbers, as in the KIR. Sheet titles and column headers are Indonesian document
text, as in the KIR.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from inventaris.assets.editing import load_asset, today_in
from inventaris.core.db import Database
from inventaris.core.formatting import MONTHS_ID, format_date
from inventaris.core.permissions import Actor
from inventaris.office import OfficeSettings, get_office_settings
from inventaris.reports.common import (
    FORMAT_WHOLE,
    Column,
    Kind,
    custodian,
    head_of_unit,
    require_essentials,
    save_workbook,
    set_up_pages,
    sheet_name,
    write_letterhead,
    write_signatures,
    write_table_header,
    write_table_rows,
    write_totals_row,
)
from inventaris.vehicles.costs import (
    Figures,
    FleetYear,
    VehicleTotals,
    VehicleYear,
    fleet_year,
    vehicle_year,
)
from inventaris.vehicles.fleet import TimelineEntry
from inventaris.vehicles.history import KIND_NAMES, RECORD_NAMES, TOTAL_LABEL, record_what
from inventaris.vehicles.records import SERVICE_KINDS

# --- document text (Indonesian, fixed) -----------------------------------------------------------
TITLE_VEHICLE = "LAPORAN BIAYA OPERASIONAL KENDARAAN DINAS TAHUN {year}"
TITLE_FLEET = "REKAPITULASI BIAYA OPERASIONAL KENDARAAN DINAS TAHUN {year}"
SHEET_MONTHS = "Rekap Bulanan"
SHEET_KINDS = "Biaya per Bulan dan Jenis"
SHEET_RECORDS = "Rincian"
SHEET_FLEET = "Rekap Kendaraan"
FORMAT_LITRES = "#,##0.00"

MONTH_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Bulan", 14),
    Column("Km Tempuh", 12, Kind.WHOLE),
    Column("BBM (Liter)", 12, Kind.WHOLE),
    Column("Biaya BBM (Rp)", 16, Kind.WHOLE),
    Column("Biaya Servis (Rp)", 16, Kind.WHOLE),
    Column("Biaya Pajak (Rp)", 16, Kind.WHOLE),
    Column("Jumlah Biaya (Rp)", 17, Kind.WHOLE),
)
KIND_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Bulan", 12),
    Column("BBM", 13, Kind.WHOLE),
    *(Column(KIND_NAMES[kind], 12, Kind.WHOLE) for kind in SERVICE_KINDS),
    Column("Pajak", 12, Kind.WHOLE),
    Column("Jumlah", 14, Kind.WHOLE),
)
RECORD_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Tanggal", 12, Kind.DATE),
    Column("Catatan", 14),
    Column("Jenis", 16),
    Column("Km Odometer", 12, Kind.WHOLE),
    Column("Uraian", 40),
    Column("Liter", 10, Kind.WHOLE),
    Column("Biaya (Rp)", 15, Kind.WHOLE),
)
FLEET_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Nomor Polisi", 13, center=True),
    Column("Merk/Tipe", 24),
    Column("Kode Barang / Register", 27, center=True),
    Column("Tahun Perolehan", 10, Kind.YEAR),
    Column("Km Tempuh", 11, Kind.WHOLE),
    Column("BBM (Liter)", 11, Kind.WHOLE),
    Column("Biaya BBM (Rp)", 15, Kind.WHOLE),
    Column("Biaya Servis (Rp)", 15, Kind.WHOLE),
    Column("Biaya Pajak (Rp)", 15, Kind.WHOLE),
    Column("Jumlah Biaya (Rp)", 16, Kind.WHOLE),
    Column("Biaya per Km (Rp)", 11, Kind.WHOLE),
    Column("Km per Liter", 10, Kind.WHOLE),
    Column("Keterangan", 20),
)


def _as_of(db: Database, year: int) -> date:
    """The date printed on a year's report: 31 December, or today for the running year."""
    return min(today_in(db), date(year, 12, 31))


def _sheet(
    workbook: Any,
    office: OfficeSettings,
    as_of: date,
    *,
    name: str,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    totals: dict[int, Any],
    extra_lines: Sequence[str] = (),
    decimals: Sequence[int] = (),
    notes: Sequence[tuple[str, Any, str]] = (),
) -> Any:
    """One printed sheet: letterhead, table, totals row, notes, signatures and page set-up.

    ``decimals`` are the 0-based columns shown with two decimals (litres); ``notes`` are lines of
    (label, value, number format) written under the table."""
    ws = workbook.create_sheet(sheet_name(name))
    width = len(columns)
    header_row = write_letterhead(ws, office, title, as_of, width, extra_lines=extra_lines)
    write_table_header(ws, header_row, columns)
    totals_row = write_table_rows(ws, header_row + 1, columns, rows)
    # The shared helper styles and labels the row; the values (litres are Decimal) go in after.
    write_totals_row(ws, totals_row, columns, TOTAL_LABEL, dict.fromkeys(totals, 0))
    for index, value in totals.items():
        ws.cell(totals_row, index + 1).value = value
    for index in decimals:
        for row in range(header_row + 1, totals_row + 1):
            ws.cell(row, index + 1).number_format = FORMAT_LITRES
    row = totals_row + 2
    for label, value, number_format in notes:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        ws.cell(row, 1, label)
        cell = ws.cell(row, 4, "-" if value is None else value)
        cell.number_format = number_format
        row += 1
    last_row = write_signatures(
        ws, row + 1, (head_of_unit(office), custodian(office, as_of)), width
    )
    set_up_pages(
        ws, paper_size=office.paper_size, header_row=header_row, last_row=last_row - 1, width=width
    )
    return ws


def _monthly(f: Figures) -> tuple[Any, ...]:
    """The figures of a row of the "Rekap Bulanan" sheet, from "Km Tempuh" on."""
    return f.km, f.litres, f.fuel_cost, f.service_cost, f.tax_cost, f.total_cost


def whole(amount: Decimal | None) -> int | None:
    """Whole Rupiah, half up."""
    return None if amount is None else int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _vehicle_lines(vehicle: VehicleTotals) -> tuple[str, str]:
    name = f"{vehicle.plate} – {vehicle.name}" if vehicle.plate else vehicle.name
    return f"KENDARAAN: {name}", f"KODE BARANG / REGISTER: {vehicle.code_register}"


def _new_workbook(title: str) -> Any:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = "Inventaris"
    workbook.properties.title = title
    return workbook


def export_vehicle_year_xlsx(
    db: Database, actor: Actor, asset_id: int, year: int, path: Path
) -> VehicleYear:
    """Write one vehicle's year to ``path`` (.xlsx): the months, the months by kind of cost, and
    every record of the year. Replaces the file if it exists."""
    report = vehicle_year(db, actor, asset_id, year)
    with db.read() as session:
        unit_id = load_asset(session, actor, asset_id).unit_id
    office = get_office_settings(db, actor, unit_id)
    require_essentials(office)
    as_of = _as_of(db, year)
    title = TITLE_VEHICLE.format(year=year)
    workbook = _new_workbook(title)
    lines = _vehicle_lines(report.vehicle)
    total = report.total
    month_rows = [(m, MONTHS_ID[m - 1], *_monthly(f)) for m, f in enumerate(report.months, start=1)]
    fuel = report.fuel
    _sheet(
        workbook,
        office,
        as_of,
        name=SHEET_MONTHS,
        title=title,
        columns=MONTH_COLUMNS,
        rows=month_rows,
        totals=dict(enumerate(_monthly(total), start=2)),
        extra_lines=lines,
        decimals=(3,),
        notes=(
            ("Km per liter (metode tangki penuh)", fuel.km_per_litre, "0.00"),
            ("Biaya BBM per km (Rp)", whole(fuel.cost_per_km), FORMAT_WHOLE),
            ("Biaya operasional per km (Rp)", report.cost_per_km, FORMAT_WHOLE),
        ),
    )
    kind_rows = [
        (m, MONTHS_ID[m - 1], f.fuel_cost, *f.service_costs, f.tax_cost, f.total_cost)
        for m, f in enumerate(report.months, start=1)
    ]
    kind_totals = {2: total.fuel_cost, len(KIND_COLUMNS) - 1: total.total_cost}
    kind_totals |= {3 + index: cost for index, cost in enumerate(total.service_costs)}
    kind_totals[len(KIND_COLUMNS) - 2] = total.tax_cost
    _sheet(
        workbook,
        office,
        as_of,
        name=SHEET_KINDS,
        title=title,
        columns=KIND_COLUMNS,
        rows=kind_rows,
        totals=kind_totals,
        extra_lines=(*lines, "BIAYA PER BULAN DAN JENIS (RUPIAH)"),
    )
    record_rows = [_record_row(number, entry) for number, entry in enumerate(report.entries, 1)]
    _sheet(
        workbook,
        office,
        as_of,
        name=SHEET_RECORDS,
        title=title,
        columns=RECORD_COLUMNS,
        rows=record_rows,
        totals={6: total.litres, 7: total.total_cost},
        extra_lines=(*lines, "RINCIAN SERVIS, BBM, ODOMETER DAN PAJAK"),
        decimals=(6,),
    )
    save_workbook(workbook, path)
    return report


def _record_row(number: int, entry: TimelineEntry) -> tuple[Any, ...]:
    return (
        number,
        entry.on,
        RECORD_NAMES[entry.kind],
        record_what(entry),
        entry.odometer_km,
        entry.printed_detail,
        entry.litres,
        entry.cost if entry.kind != "odometer" else None,
    )


def export_fleet_year_xlsx(
    db: Database, actor: Actor, year: int, path: Path, unit_id: int | None = None
) -> FleetYear:
    """Write the fleet's year to ``path`` (.xlsx), one row per vehicle, replacing the file."""
    report = fleet_year(db, actor, year, unit_id)
    office = get_office_settings(db, actor, report.unit_id)
    require_essentials(office)
    as_of = _as_of(db, year)
    rows = [
        (
            number,
            row.plate,
            row.name,
            row.code_register,
            row.acquisition_year,
            row.total.km,
            row.total.litres,
            row.total.fuel_cost,
            row.total.service_cost,
            row.total.tax_cost,
            row.total.total_cost,
            row.cost_per_km,
            row.km_per_litre,
            f"Dihapus {format_date(row.disposed_on)}" if row.disposed_on else "",
        )
        for number, row in enumerate(report.vehicles, start=1)
    ]
    total = report.total
    totals = {5: total.km, 6: total.litres, 7: total.fuel_cost, 8: total.service_cost}
    totals |= {9: total.tax_cost, 10: total.total_cost}
    totals |= {11: report.cost_per_km, 12: report.km_per_litre}
    workbook = _new_workbook(TITLE_FLEET.format(year=year))
    _sheet(
        workbook,
        office,
        as_of,
        name=SHEET_FLEET,
        title=TITLE_FLEET.format(year=year),
        columns=FLEET_COLUMNS,
        rows=rows,
        totals=totals,
        decimals=(6, 12),
    )
    save_workbook(workbook, path)
    return report


__all__ = [
    "FLEET_COLUMNS",
    "KIND_COLUMNS",
    "MONTH_COLUMNS",
    "RECORD_COLUMNS",
    "export_fleet_year_xlsx",
    "export_vehicle_year_xlsx",
    "whole",
]
