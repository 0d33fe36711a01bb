"""Vehicle costs (issue 5 item 6): one vehicle's year and the fleet's year as read models and as
.xlsx workbooks, and the read model and HTML body of a vehicle's printable history.

Km driven. The odometer readings are the km of the service and fuel records; an odometer reset
starts a new meter at its ``new_reading_km``. On one meter the odometer only rises, so the km of
a month is how far the highest reading so far rose through the readings dated in that month: the
rise from the last reading before the month to the last reading in it (a backdated record below
the highest adds nothing and is never counted twice). The distance between two readings counts
in the month of the later one; nothing is spread over the days between. Across a reset the old
meter counts up to its last reading and the new one from ``new_reading_km``: the stretch driven
between the old meter's last reading and its replacement is unknown and counts 0. On the day of
a reset a reading at or above the new start is on the new meter (as in ``readings_of``). A
vehicle's very first reading has nothing to rise from and adds 0.

Fuel use is the full-tank method of ``fuel_stats`` on the year's fills of each meter, added up
over the meters, so a replaced odometer loses no fills of the rest of the year. "Biaya per km" is
everything spent (fuel, parts and labour) divided by the km driven, in whole Rupiah.

Two workbooks, each a complete signed document: one vehicle's year ("Rekap Bulanan", "Biaya per
Bulan dan Jenis", "Rincian" of every record) and the fleet's year ("Rekap Kendaraan"). Totals
are plain numbers, as in the KIR. Sheet titles, column headers and the history's words are
Indonesian document text, as in the KIR; only the messages a person acts on are translatable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.asset_types import CONDITION_LABELS, Condition
from inventaris.assets import load_asset, today_in
from inventaris.db import Database
from inventaris.errors import NotFound, ValidationError
from inventaris.formatting import MONTHS_ID, format_date, format_date_long, group_thousands
from inventaris.i18n import QT_TRANSLATE_NOOP
from inventaris.model import Asset, FuelRecord, OdometerReset, ServiceRecord
from inventaris.office import MSG_NO_UNIT, OfficeSettings, get_office_settings
from inventaris.permissions import Actor, Permission, require
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
from inventaris.search import code_register
from inventaris.vehicle_log import (
    VEHICLE_PREFIX,
    FuelFill,
    FuelStats,
    TimelineEntry,
    VehicleCard,
    fill_cost,
    fuel_stats,
    timeline_of,
    vehicle_card,
)
from inventaris.vehicles import SERVICE_KINDS, DueState, Reading, load_vehicle
from inventaris.vehicles_identity import normalize_plate

FIRST_YEAR = 1950
MSG_YEAR = QT_TRANSLATE_NOOP("Engine", "Year: choose a year from {first} to {last}.")
MSG_NO_PLATE = QT_TRANSLATE_NOOP("Engine", "There is no vehicle with the plate {plate}.")

# --- document text (Indonesian, fixed) -----------------------------------------------------------
TITLE_VEHICLE = "LAPORAN BIAYA OPERASIONAL KENDARAAN DINAS TAHUN {year}"
TITLE_FLEET = "REKAPITULASI BIAYA OPERASIONAL KENDARAAN DINAS TAHUN {year}"
TITLE_HISTORY = "RIWAYAT KENDARAAN DINAS"
SHEET_MONTHS = "Rekap Bulanan"
SHEET_KINDS = "Biaya per Bulan dan Jenis"
SHEET_RECORDS = "Rincian"
SHEET_FLEET = "Rekap Kendaraan"
TOTAL_LABEL = "JUMLAH"
FORMAT_LITRES = "#,##0.00"
KIND_NAMES = {
    "servis_berkala": "Servis Berkala",
    "ganti_oli": "Ganti Oli",
    "ban": "Ban",
    "aki": "Aki",
    "rem": "Rem",
    "mesin": "Mesin",
    "kelistrikan": "Kelistrikan",
    "body": "Body",
    "ac": "AC",
    "lainnya": "Lainnya",
}
RECORD_NAMES = {"service": "Servis", "fuel": "BBM", "odometer": "Ganti odometer"}
DOCUMENT_NAMES = {
    "pajak_tahunan": "Pajak tahunan / pengesahan STNK",
    "stnk_5_tahun": "STNK 5 tahunan dan plat",
    "asuransi": "Asuransi",
    "lainnya": "Dokumen lain",
}
STATE_NAMES = {
    DueState.OVERDUE: "Terlambat",
    DueState.WITHIN_7: "≤ 7 hari",
    DueState.WITHIN_14: "≤ 14 hari",
    DueState.WITHIN_30: "≤ 30 hari",
    DueState.OK: "Aman",
}
STATUS_NAMES = {"aktif": "Aktif", "dipinjamkan": "Dipinjamkan", "dihapus": "Dihapus"}

MONTH_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Bulan", 14),
    Column("Km Tempuh", 12, Kind.WHOLE),
    Column("BBM (Liter)", 12, Kind.WHOLE),
    Column("Biaya BBM (Rp)", 16, Kind.WHOLE),
    Column("Biaya Servis (Rp)", 16, Kind.WHOLE),
    Column("Jumlah Biaya (Rp)", 17, Kind.WHOLE),
)
KIND_COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Bulan", 12),
    Column("BBM", 13, Kind.WHOLE),
    *(Column(KIND_NAMES[kind], 12, Kind.WHOLE) for kind in SERVICE_KINDS),
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
    Column("Jumlah Biaya (Rp)", 16, Kind.WHOLE),
    Column("Biaya per Km (Rp)", 11, Kind.WHOLE),
    Column("Km per Liter", 10, Kind.WHOLE),
    Column("Keterangan", 20),
)
NO_KINDS = (0,) * len(SERVICE_KINDS)


# --- read models ----------------------------------------------------------------------------------


def per_km(amount: int, km: int) -> int | None:
    """Rupiah per km, whole (half up); None without km to divide by."""
    if km <= 0:
        return None
    return int((Decimal(amount) / km).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Figures:
    """A month's or a year's km, fuel and service costs (by ``SERVICE_KINDS``)."""

    km: int = 0
    litres: Decimal = Decimal(0)
    fuel_cost: int = 0
    service_costs: tuple[int, ...] = NO_KINDS

    @property
    def service_cost(self) -> int:
        return sum(self.service_costs)

    @property
    def total_cost(self) -> int:
        return self.fuel_cost + self.service_cost

    def cost_of(self, kind: str) -> int:
        return self.service_costs[SERVICE_KINDS.index(kind)]

    @staticmethod
    def add_up(parts: Iterable[Figures]) -> Figures:
        listed = list(parts)
        return Figures(
            sum(part.km for part in listed),
            sum((part.litres for part in listed), Decimal(0)),
            sum(part.fuel_cost for part in listed),
            tuple(sum(costs) for costs in zip(*(p.service_costs for p in listed), strict=True))
            if listed
            else NO_KINDS,
        )


@dataclass(frozen=True)
class VehicleTotals:
    """One vehicle's year in one line: a row of the fleet summary."""

    asset_id: int
    plate: str
    name: str  # merk/type, else the asset's name
    code_register: str
    acquisition_year: int
    disposed_on: date | None
    total: Figures
    fuel: FuelStats  # full-tank method over the year's fills
    fuel_basis_litres: Decimal  # the litres the km per litre is measured on

    @property
    def cost_per_km(self) -> int | None:
        return per_km(self.total.total_cost, self.total.km)

    @property
    def km_per_litre(self) -> Decimal | None:
        return self.fuel.km_per_litre


@dataclass(frozen=True)
class VehicleYear:
    year: int
    vehicle: VehicleTotals
    months: tuple[Figures, ...]  # January first
    entries: tuple[TimelineEntry, ...]  # the year's records, oldest first

    @property
    def total(self) -> Figures:
        return self.vehicle.total

    @property
    def fuel(self) -> FuelStats:
        return self.vehicle.fuel

    @property
    def cost_per_km(self) -> int | None:
        return self.vehicle.cost_per_km


@dataclass(frozen=True)
class FleetYear:
    year: int
    unit_id: int | None
    vehicles: tuple[VehicleTotals, ...]
    total: Figures

    @property
    def cost_per_km(self) -> int | None:
        return per_km(self.total.total_cost, self.total.km)

    @property
    def km_per_litre(self) -> Decimal | None:
        """The whole fleet's, full-tank: every vehicle's measured km over its measured litres."""
        litres = sum((row.fuel_basis_litres for row in self.vehicles), Decimal(0))
        if not litres:
            return None
        km = sum(row.fuel.km for row in self.vehicles)
        return (Decimal(km) / litres).quantize(Decimal("0.01"))


# --- km and fuel from the readings (pure) ---------------------------------------------------------


def meter_of(on: date, km: int, resets: Sequence[Reading]) -> int:
    """Which meter a reading is on: 0 before the first reset, n after the n-th (date order)."""
    meter = 0
    for index, reset in enumerate(resets, start=1):
        if reset.on < on or (reset.on == on and km >= reset.km):
            meter = index
    return meter


def monthly_km(readings: Iterable[Reading], resets: Sequence[Reading], year: int) -> list[int]:
    """Km driven in each month of ``year`` (see the module's note); ``resets`` in date order."""
    months = [0] * 12
    meters: dict[int, list[Reading]] = {}
    for reading in readings:
        if reading.on.year <= year:
            meters.setdefault(meter_of(reading.on, reading.km, resets), []).append(reading)
    for meter, found in meters.items():
        highest = resets[meter - 1].km if meter else None
        for reading in sorted(found, key=lambda r: (r.on, r.km)):
            if highest is not None and reading.on.year == year:
                months[reading.on.month - 1] += max(reading.km - highest, 0)
            highest = reading.km if highest is None else max(highest, reading.km)
    return months


def meter_fuel_stats(
    fills: Iterable[FuelFill], resets: Sequence[Reading]
) -> tuple[FuelStats, Decimal]:
    """``fuel_stats`` per meter, added up; and the litres its km per litre is measured on."""
    meters: dict[int, list[FuelFill]] = {}
    listed = list(fills)
    for fill in listed:
        meters.setdefault(meter_of(fill.on, fill.km, resets), []).append(fill)
    parts = [
        (fuel_stats(group), max(group, key=lambda f: (f.on, f.km))) for group in meters.values()
    ]
    measured = [(stats, last) for stats, last in parts if stats.fills >= 2]
    basis_litres = sum((stats.litres - last.litres for stats, last in measured), Decimal(0))
    if len(parts) == 1:
        return parts[0][0], basis_litres
    km = sum(stats.km for stats, _ in measured)
    basis_cost = sum(stats.cost - last.cost for stats, last in measured)
    return (
        FuelStats(
            fills=len(listed),
            litres=sum((fill.litres for fill in listed), Decimal(0)),
            cost=sum(fill.cost for fill in listed),
            km=km,
            km_per_litre=(Decimal(km) / basis_litres).quantize(Decimal("0.01"))
            if basis_litres
            else None,
            cost_per_km=(Decimal(basis_cost) / km).quantize(Decimal("0.01")) if km else None,
        ),
        basis_litres,
    )


# --- reading the records --------------------------------------------------------------------------


@dataclass
class _Log:
    """One vehicle's records as its year's figures need them."""

    services: list[tuple[date, int, str, int]] = field(default_factory=list)  # on, km, kind, Rp
    fills: list[FuelFill] = field(default_factory=list)
    resets: list[Reading] = field(default_factory=list)  # up to the year's end, in date order
    before: list[Reading] = field(default_factory=list)  # the meter running on 1 January

    def figures(self, year: int) -> tuple[list[Figures], FuelStats, Decimal]:
        readings = [*self.before, *(Reading(s[0], s[1]) for s in self.services)]
        readings += [Reading(fill.on, fill.km) for fill in self.fills]
        km = monthly_km(readings, self.resets, year)
        litres = [Decimal(0)] * 12
        fuel_cost = [0] * 12
        costs = [[0] * len(SERVICE_KINDS) for _ in range(12)]
        for fill in self.fills:
            litres[fill.on.month - 1] += fill.litres
            fuel_cost[fill.on.month - 1] += fill.cost
        for on, _, kind, cost in self.services:
            where = SERVICE_KINDS.index(kind if kind in SERVICE_KINDS else "lainnya")
            costs[on.month - 1][where] += cost
        months = [Figures(km[m], litres[m], fuel_cost[m], tuple(costs[m])) for m in range(12)]
        fuel, basis = meter_fuel_stats(self.fills, self.resets)
        return months, fuel, basis


_READINGS = (
    (ServiceRecord.asset_id, ServiceRecord.serviced_on, ServiceRecord.odometer_km),
    (FuelRecord.asset_id, FuelRecord.filled_on, FuelRecord.odometer_km),
)


def _logs(session: Session, asset_ids: Sequence[int], year: int) -> dict[int, _Log]:
    """The records of many vehicles for one year, in a few queries per 900 vehicles."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    logs = {asset_id: _Log() for asset_id in asset_ids}
    for chunk_start in range(0, len(asset_ids), 900):
        chunk = list(asset_ids[chunk_start : chunk_start + 900])
        services = select(
            ServiceRecord.asset_id,
            ServiceRecord.serviced_on,
            ServiceRecord.odometer_km,
            ServiceRecord.kind,
            ServiceRecord.parts_cost + ServiceRecord.labour_cost,
        ).where(ServiceRecord.asset_id.in_(chunk), ServiceRecord.serviced_on.between(start, end))
        for asset_id, on, km, kind, cost in session.execute(services):
            logs[asset_id].services.append((on, km, kind, int(cost)))
        fills = select(
            FuelRecord.asset_id,
            FuelRecord.filled_on,
            FuelRecord.odometer_km,
            FuelRecord.litres,
            FuelRecord.price_per_litre,
        ).where(FuelRecord.asset_id.in_(chunk), FuelRecord.filled_on.between(start, end))
        for asset_id, on, km, litres, price in session.execute(fills):
            logs[asset_id].fills.append(FuelFill(on, km, litres, fill_cost(litres, price)))
        resets = (
            select(OdometerReset.asset_id, OdometerReset.reset_on, OdometerReset.new_reading_km)
            .where(OdometerReset.asset_id.in_(chunk), OdometerReset.reset_on <= end)
            .order_by(OdometerReset.reset_on, OdometerReset.id)
        )
        for asset_id, on, km in session.execute(resets):
            logs[asset_id].resets.append(Reading(on, km))
        # Where the odometer stood on 1 January: the highest reading before it on that meter.
        plain = [i for i in chunk if not any(r.on < start for r in logs[i].resets)]
        for asset_column, on_column, km_column in _READINGS if plain else ():
            highest = (
                select(asset_column, func.max(km_column))
                .where(asset_column.in_(plain), on_column < start)
                .group_by(asset_column)
            )
            for asset_id, km in session.execute(highest):
                logs[asset_id].before.append(Reading(start - timedelta(days=1), km))
        for asset_id in sorted(set(chunk) - set(plain)):  # rare: a reset before the year
            since = max(r.on for r in logs[asset_id].resets if r.on < start)
            for asset_column, on_column, km_column in _READINGS:
                rows = select(on_column, km_column).where(
                    asset_column == asset_id, on_column >= since, on_column < start
                )
                logs[asset_id].before += [Reading(on, km) for on, km in session.execute(rows)]
    return logs


_ASSET_COLUMNS = (
    Asset.id,
    Asset.plate_number,
    Asset.brand_type,
    Asset.name,
    Asset.code,
    Asset.register_number,
    Asset.acquisition_year,
    Asset.disposed_on,
)


def _totals(row: Any, months: Sequence[Figures], fuel: FuelStats, basis: Decimal) -> VehicleTotals:
    return VehicleTotals(
        asset_id=row.id,
        plate=row.plate_number,
        name=row.brand_type or row.name,
        code_register=code_register(row.code, row.register_number),
        acquisition_year=row.acquisition_year,
        disposed_on=row.disposed_on,
        total=Figures.add_up(months),
        fuel=fuel,
        fuel_basis_litres=basis,
    )


def _check_year(db: Database, year: int) -> None:
    last = today_in(db).year
    if not FIRST_YEAR <= year <= last:
        raise ValidationError(MSG_YEAR, field="year", first=FIRST_YEAR, last=last)


def vehicle_year(db: Database, actor: Actor, asset_id: int, year: int) -> VehicleYear:
    """One vehicle's year: each month's km, fuel and service costs by kind, and the totals."""
    require(actor, Permission.VIEW)
    _check_year(db, year)
    with db.read() as session:
        load_vehicle(session, actor, asset_id, for_change=False)
        row = session.execute(select(*_ASSET_COLUMNS).where(Asset.id == asset_id)).one()
        months, fuel, basis = _logs(session, [asset_id], year)[asset_id].figures(year)
        entries = [entry for entry in timeline_of(session, asset_id) if entry.on.year == year]
    entries.reverse()
    return VehicleYear(year, _totals(row, months, fuel, basis), tuple(months), tuple(entries))


def fleet_year(db: Database, actor: Actor, year: int, unit_id: int | None = None) -> FleetYear:
    """Every vehicle of a unit (by default the actor's first) that was on the register during
    ``year``: those disposed of during the year are in, those disposed of before are not."""
    require(actor, Permission.VIEW)
    _check_year(db, year)
    unit = unit_id if unit_id is not None else min(actor.unit_ids, default=None)
    if unit is not None and unit not in actor.unit_ids:
        raise NotFound(MSG_NO_UNIT, id=unit)
    query = select(*_ASSET_COLUMNS).where(
        Asset.unit_id == unit,
        Asset.code.startswith(VEHICLE_PREFIX),
        Asset.acquisition_year <= year,
        (Asset.status != "dihapus") | (Asset.disposed_on >= date(year, 1, 1)),
    )
    with db.read() as session:
        assets = sorted(
            session.execute(query), key=lambda r: (r.plate_number, r.code, r.register_number)
        )
        logs = _logs(session, [row.id for row in assets], year)
    rows = []
    for row in assets:
        months, fuel, basis = logs[row.id].figures(year)
        rows.append(_totals(row, months, fuel, basis))
    return FleetYear(year, unit, tuple(rows), Figures.add_up(row.total for row in rows))


def vehicle_by_plate(db: Database, actor: Actor, plate: str) -> int:
    """The vehicle with this plate: the one on the register, else the last one disposed of."""
    require(actor, Permission.VIEW)
    wanted = normalize_plate(plate)
    if not wanted:
        raise NotFound(MSG_NO_PLATE, plate=plate)
    query = (
        select(Asset.id)
        .where(
            Asset.plate_number == wanted,
            Asset.unit_id.in_(sorted(actor.unit_ids)),
            Asset.code.startswith(VEHICLE_PREFIX),
        )
        .order_by((Asset.status == "dihapus").asc(), Asset.disposed_on.desc(), Asset.id.desc())
    )
    with db.read() as session:
        found = session.scalars(query.limit(1)).first()
    if found is None:
        raise NotFound(MSG_NO_PLATE, plate=wanted)
    return found


# --- the workbooks -------------------------------------------------------------------------------


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
    return f.km, f.litres, f.fuel_cost, f.service_cost, f.total_cost


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
        (m, MONTHS_ID[m - 1], f.fuel_cost, *f.service_costs, f.total_cost)
        for m, f in enumerate(report.months, start=1)
    ]
    kind_totals = {2: total.fuel_cost, len(KIND_COLUMNS) - 1: total.total_cost}
    kind_totals |= {3 + index: cost for index, cost in enumerate(total.service_costs)}
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
        extra_lines=(*lines, "RINCIAN SERVIS, BBM DAN ODOMETER"),
        decimals=(6,),
    )
    save_workbook(workbook, path)
    return report


def _record_row(number: int, entry: TimelineEntry) -> tuple[Any, ...]:
    return (
        number,
        entry.on,
        RECORD_NAMES[entry.kind],
        _what(entry),
        entry.odometer_km,
        entry.detail,
        entry.litres,
        entry.cost if entry.kind != "odometer" else None,
    )


def _what(entry: TimelineEntry) -> str:
    return KIND_NAMES.get(entry.what, entry.what) if entry.kind == "service" else entry.what


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
            row.total.total_cost,
            row.cost_per_km,
            row.km_per_litre,
            f"Dihapus {format_date(row.disposed_on)}" if row.disposed_on else "",
        )
        for number, row in enumerate(report.vehicles, start=1)
    ]
    total = report.total
    totals = {5: total.km, 6: total.litres, 7: total.fuel_cost, 8: total.service_cost}
    totals |= {9: total.total_cost, 10: report.cost_per_km, 11: report.km_per_litre}
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
        decimals=(6, 11),
    )
    save_workbook(workbook, path)
    return report


# --- the printable history -----------------------------------------------------------------------


@dataclass(frozen=True)
class VehicleHistory:
    card: VehicleCard
    office: OfficeSettings
    as_of: date
    entries: tuple[TimelineEntry, ...]  # newest first
    service_count: int
    service_cost: int
    fuel_count: int
    fuel_litres: Decimal
    fuel_cost: int

    @property
    def total_cost(self) -> int:
        return self.service_cost + self.fuel_cost


def vehicle_history(db: Database, actor: Actor, asset_id: int) -> VehicleHistory:
    """Everything known of one vehicle, for printing: identity, plans, documents, records."""
    card = vehicle_card(db, actor, asset_id)  # NotFound, or not a vehicle
    with db.read() as session:
        unit_id = load_asset(session, actor, asset_id).unit_id
        entries = timeline_of(session, asset_id)
    office = get_office_settings(db, actor, unit_id)
    require_essentials(office)
    services = [entry for entry in entries if entry.kind == "service"]
    fills = [entry for entry in entries if entry.kind == "fuel"]
    return VehicleHistory(
        card=card,
        office=office,
        as_of=today_in(db),
        entries=tuple(entries),
        service_count=len(services),
        service_cost=sum(entry.cost for entry in services),
        fuel_count=len(fills),
        fuel_litres=sum((entry.litres or Decimal(0) for entry in fills), Decimal(0)),
        fuel_cost=sum(entry.cost for entry in fills),
    )


def decimal_text(value: Decimal | None, places: int = 2) -> str:
    """``1234.5`` -> ``1.234,50``: Indonesian decimals; "-" for nothing."""
    if value is None:
        return "-"
    text = f"{value:,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _cells(values: Iterable[str], tag: str = "td", right: Sequence[int] = ()) -> str:
    cells = (
        f"<{tag}{' align=right' if index in right else ''}>{escape(value) or '&nbsp;'}</{tag}>"
        for index, value in enumerate(values)
    )
    return f"<tr>{''.join(cells)}</tr>"


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    right: Sequence[int] = (),
    total: Sequence[str] = (),
) -> str:
    """A boxed table whose header repeats on every page; ``total`` is a last row in bold."""
    body = "".join(_cells(row, right=right) for row in rows)
    if total:
        body += _cells(total, right=right).replace("<td", "<td style='font-weight: bold'")
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse: collapse; border-color: #000000">'
        f"<thead>{_cells(headers, 'th')}</thead>{body}</table>"
    )


def _heading(text: str) -> str:
    return f'<p style="margin-top: 10px; margin-bottom: 3px; font-weight: bold">{escape(text)}</p>'


def _identity(history: VehicleHistory) -> list[tuple[str, str]]:
    card = history.card
    odometer = card.odometer
    condition = card.condition
    if condition in {c.value for c in Condition}:
        condition = CONDITION_LABELS[Condition(condition)]
    return [
        ("Nomor Polisi", card.plate or "-"),
        ("Merk/Tipe", card.brand_type or "-"),
        ("Nama Barang", card.name),
        ("Kode Barang / Register", card.code_register),
        ("Tahun Perolehan", str(card.year)),
        ("Ukuran/CC", card.engine_size or "-"),
        ("Nomor Rangka", card.chassis_number or "-"),
        ("Nomor Mesin", card.engine_number or "-"),
        ("Nomor BPKB", card.bpkb_number or "-"),
        ("Warna", card.details.colour or "-"),
        ("Bahan Bakar", card.details.fuel_type or "-"),
        ("Nomor Polisi Lama", card.details.previous_plate or "-"),
        ("Pemegang", "Kendaraan Operasional" if card.details.pooled else card.holder_name or "-"),
        ("Pengemudi", card.details.driver_name or "-"),
        ("Kondisi", condition),
        ("Status", STATUS_NAMES.get(card.status, card.status)),
        (
            "Odometer Terakhir",
            f"{group_thousands(odometer.km)} km ({format_date(odometer.on)})" if odometer else "-",
        ),
    ]


def vehicle_history_html(history: VehicleHistory) -> str:
    """The body of the printed history (HTML, every text escaped); the letterhead, title and
    signatures are the printing module's."""
    card = history.card
    pairs = _identity(history)
    half = (len(pairs) + 1) // 2
    identity_rows = "".join(
        "<tr>"
        + "".join(
            f"<td><b>{escape(label)}</b></td><td>: {escape(value)}</td>"
            for label, value in pairs[index : len(pairs) : half]
        )
        + "</tr>"
        for index in range(half)
    )
    parts = [f'<table width="100%" cellpadding="1">{identity_rows}</table>']
    parts.append(_heading("RENCANA SERVIS"))
    plans = [
        (
            plan.name,
            KIND_NAMES.get(plan.service_kind, plan.service_kind),
            " / ".join(
                text
                for text in (
                    plan.every_km and f"{group_thousands(plan.every_km)} km",
                    plan.every_months and f"{plan.every_months} bulan",
                )
                if text
            ),
            format_date(plan.due.due_on) + (" (perkiraan)" if plan.due.estimated else ""),
            f"{group_thousands(plan.due.due_km)} km" if plan.due.due_km is not None else "-",
            STATE_NAMES[plan.due.state],
        )
        for plan in card.plans
    ]
    headers: Sequence[str] = ("Rencana", "Jenis", "Setiap", "Jatuh Tempo", "Pada Km", "Keadaan")
    parts.append(_table(headers, plans, right=(4,)) if plans else "<p>Tidak ada.</p>")
    parts.append(_heading("DOKUMEN"))
    documents = [
        (
            DOCUMENT_NAMES.get(document.kind, document.kind),
            document.number or "-",
            format_date(document.expires_on),
            "Sudah diperbarui" if document.superseded else STATE_NAMES[document.state],
            document.note,
        )
        for document in card.documents
    ]
    headers = ("Dokumen", "Nomor", "Berlaku s.d.", "Keadaan", "Keterangan")
    parts.append(_table(headers, documents) if documents else "<p>Tidak ada.</p>")
    parts.append(_heading("RIWAYAT SERVIS, BBM DAN ODOMETER"))
    records = [
        (
            str(number),
            format_date(entry.on),
            RECORD_NAMES[entry.kind],
            _what(entry),
            group_thousands(entry.odometer_km),
            entry.detail,
            decimal_text(entry.litres) if entry.litres is not None else "",
            group_thousands(entry.cost) if entry.kind != "odometer" else "",
        )
        for number, entry in enumerate(history.entries, start=1)
    ]
    headers = ("No", "Tanggal", "Catatan", "Jenis", "Km", "Uraian", "Liter", "Biaya (Rp)")
    table = _table(headers, records, right=(4, 6, 7)) if records else "<p>Belum ada catatan.</p>"
    parts.append(table)
    totals = (
        ("Servis", f"{history.service_count} kali", "", group_thousands(history.service_cost)),
        (
            "BBM",
            f"{history.fuel_count} kali",
            decimal_text(history.fuel_litres),
            group_thousands(history.fuel_cost),
        ),
    )
    parts.append(_heading("JUMLAH BIAYA"))
    headers = ("Catatan", "Banyaknya", "Liter", "Biaya (Rp)")
    total = (TOTAL_LABEL, "", "", group_thousands(history.total_cost))
    parts.append(_table(headers, totals, right=(2, 3), total=total))
    return "".join(parts)


def history_subtitle(history: VehicleHistory) -> tuple[str, ...]:
    """The lines under the history's title: the vehicle, and the date it is printed for."""
    card = history.card
    vehicle = f"{card.plate} – {card.brand_type or card.name}" if card.plate else card.name
    return vehicle, f"Keadaan per {format_date_long(history.as_of)}"


__all__ = [
    "FLEET_COLUMNS",
    "KIND_COLUMNS",
    "KIND_NAMES",
    "MONTH_COLUMNS",
    "RECORD_COLUMNS",
    "TITLE_HISTORY",
    "Figures",
    "FleetYear",
    "VehicleHistory",
    "VehicleTotals",
    "VehicleYear",
    "decimal_text",
    "export_fleet_year_xlsx",
    "export_vehicle_year_xlsx",
    "fleet_year",
    "history_subtitle",
    "meter_fuel_stats",
    "meter_of",
    "monthly_km",
    "per_km",
    "vehicle_by_plate",
    "vehicle_history",
    "vehicle_history_html",
    "vehicle_year",
]
