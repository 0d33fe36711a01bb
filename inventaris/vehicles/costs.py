"""Vehicle costs: one vehicle's year and the fleet's year as read models.

Km driven. The odometer readings are the km of the service and fuel records; an odometer reset
starts a new meter at its ``new_reading_km``. On one meter the odometer only rises, so the km of
a month is how far the highest reading so far rose through the readings dated in that month: the
rise from the last reading before the month to the last reading in it (a backdated record below
the highest adds nothing and is never counted twice). The distance between two readings counts
in the month of the later one; nothing is spread over the days between. Across a reset the old
meter counts up to its last reading and the new one from ``new_reading_km``: the stretch driven
between the old meter's last reading and its replacement is unknown and counts 0. On the day of
a reset a reading is on the new meter when recorded at or after the replacement
(inventaris.vehicles.meters.meter_of), else on the old one. A vehicle's very first reading has
nothing to rise from and adds 0.

Fuel use is the full-tank method of ``fuel_stats`` on the year's fills of each meter, added up
over the meters, so a replaced odometer loses no fills of the rest of the year. "Biaya per km" is
everything spent (fuel, parts and labour, and what was paid for the vehicle's documents: the
annual tax at its renewal, a premium) divided by the km driven, in whole Rupiah. A payment counts
in the month it was paid.

The workbooks of these figures are ``vehicle_workbooks``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.assets.editing import today_in
from inventaris.assets.vehicle_numbers import normalize_plate
from inventaris.catalog import VEHICLE_PREFIX
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import Asset, FuelRecord, OdometerReset, ServiceRecord, VehiclePayment
from inventaris.office import MSG_NO_UNIT
from inventaris.vehicles.fleet import (
    FuelFill,
    FuelStats,
    TimelineEntry,
    fill_cost,
    fuel_stats,
    timeline_of,
)
from inventaris.vehicles.meters import RESET_COLUMNS, RESET_ORDER, MeterReset, meter_of
from inventaris.vehicles.records import SERVICE_KINDS, load_vehicle

FIRST_YEAR = 1950
MSG_YEAR = QT_TRANSLATE_NOOP("Engine", "Year: choose a year from {first} to {last}.")
MSG_NO_PLATE = QT_TRANSLATE_NOOP("Engine", "There is no vehicle with the plate {plate}.")
NO_KINDS = (0,) * len(SERVICE_KINDS)


# --- read models ----------------------------------------------------------------------------------


def per_km(amount: int, km: int) -> int | None:
    """Rupiah per km, whole (half up); None without km to divide by."""
    if km <= 0:
        return None
    return int((Decimal(amount) / km).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Figures:
    """A month's or a year's km, fuel and service costs (by ``SERVICE_KINDS``), and what was
    paid for the vehicle's documents (tax)."""

    km: int = 0
    litres: Decimal = Decimal(0)
    fuel_cost: int = 0
    service_costs: tuple[int, ...] = NO_KINDS
    tax_cost: int = 0

    @property
    def service_cost(self) -> int:
        return sum(self.service_costs)

    @property
    def total_cost(self) -> int:
        return self.fuel_cost + self.service_cost + self.tax_cost

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
            sum(part.tax_cost for part in listed),
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


@dataclass(frozen=True)
class RecordedReading:
    """An odometer reading and when it was recorded, as ``meter_of`` needs it."""

    on: date
    km: int
    recorded_at: datetime | None = None  # None: at the end of its day (after its replacements)


def monthly_km(
    readings: Iterable[RecordedReading], resets: Sequence[MeterReset], year: int
) -> list[int]:
    """Km driven in each month of ``year`` (see the module's note); ``resets`` in (date, id)
    order."""
    months = [0] * 12
    meters: dict[int, list[RecordedReading]] = {}
    for reading in readings:
        if reading.on.year <= year:
            meter = meter_of(reading.on, reading.recorded_at, resets)
            meters.setdefault(meter, []).append(reading)
    for meter, found in meters.items():
        highest = resets[meter - 1].km if meter else None
        for reading in sorted(found, key=lambda r: (r.on, r.km)):
            if highest is not None and reading.on.year == year:
                months[reading.on.month - 1] += max(reading.km - highest, 0)
            highest = reading.km if highest is None else max(highest, reading.km)
    return months


def meter_fuel_stats(
    fills: Iterable[FuelFill], resets: Sequence[MeterReset]
) -> tuple[FuelStats, Decimal]:
    """``fuel_stats`` per meter, added up; and the litres its km per litre is measured on."""
    meters: dict[int, list[FuelFill]] = {}
    listed = list(fills)
    for fill in listed:
        meters.setdefault(meter_of(fill.on, fill.recorded_at, resets), []).append(fill)
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


_Service = tuple[date, int, datetime, str, int]  # on, km, recorded at, kind, Rp


@dataclass
class _Log:
    """One vehicle's records as its year's figures need them."""

    services: list[_Service] = field(default_factory=list)
    fills: list[FuelFill] = field(default_factory=list)
    resets: list[MeterReset] = field(default_factory=list)  # to the year's end, (date, id) order
    before: list[RecordedReading] = field(default_factory=list)  # the meter running on 1 January
    payments: list[tuple[date, int]] = field(default_factory=list)  # paid on, Rp

    def figures(self, year: int) -> tuple[list[Figures], FuelStats, Decimal]:
        readings = [*self.before, *(RecordedReading(s[0], s[1], s[2]) for s in self.services)]
        readings += [RecordedReading(fill.on, fill.km, fill.recorded_at) for fill in self.fills]
        km = monthly_km(readings, self.resets, year)
        litres = [Decimal(0)] * 12
        fuel_cost = [0] * 12
        costs = [[0] * len(SERVICE_KINDS) for _ in range(12)]
        for fill in self.fills:
            litres[fill.on.month - 1] += fill.litres
            fuel_cost[fill.on.month - 1] += fill.cost
        for on, _, _, kind, cost in self.services:
            where = SERVICE_KINDS.index(kind if kind in SERVICE_KINDS else "lainnya")
            costs[on.month - 1][where] += cost
        tax = [0] * 12
        for on, amount in self.payments:
            tax[on.month - 1] += amount
        months = [
            Figures(km[m], litres[m], fuel_cost[m], tuple(costs[m]), tax[m]) for m in range(12)
        ]
        fuel, basis = meter_fuel_stats(self.fills, self.resets)
        return months, fuel, basis


_READINGS = (
    (
        ServiceRecord.asset_id,
        ServiceRecord.serviced_on,
        ServiceRecord.odometer_km,
        ServiceRecord.recorded_at,
    ),
    (FuelRecord.asset_id, FuelRecord.filled_on, FuelRecord.odometer_km, FuelRecord.recorded_at),
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
            ServiceRecord.recorded_at,
            ServiceRecord.kind,
            ServiceRecord.parts_cost + ServiceRecord.labour_cost,
        ).where(ServiceRecord.asset_id.in_(chunk), ServiceRecord.serviced_on.between(start, end))
        for asset_id, on, km, recorded_at, kind, cost in session.execute(services):
            logs[asset_id].services.append((on, km, recorded_at, kind, int(cost)))
        fills = select(
            FuelRecord.asset_id,
            FuelRecord.filled_on,
            FuelRecord.odometer_km,
            FuelRecord.litres,
            FuelRecord.price_per_litre,
            FuelRecord.recorded_at,
        ).where(FuelRecord.asset_id.in_(chunk), FuelRecord.filled_on.between(start, end))
        for asset_id, on, km, litres, price, recorded_at in session.execute(fills):
            logs[asset_id].fills.append(
                FuelFill(on, km, litres, fill_cost(litres, price), recorded_at)
            )
        payments = select(
            VehiclePayment.asset_id, VehiclePayment.paid_on, VehiclePayment.amount
        ).where(VehiclePayment.asset_id.in_(chunk), VehiclePayment.paid_on.between(start, end))
        for asset_id, on, amount in session.execute(payments):
            logs[asset_id].payments.append((on, int(amount)))
        resets = (
            select(OdometerReset.asset_id, *RESET_COLUMNS)
            .where(OdometerReset.asset_id.in_(chunk), OdometerReset.reset_on <= end)
            .order_by(OdometerReset.asset_id, *RESET_ORDER)
        )
        for asset_id, on, km, recorded_at, reset_id in session.execute(resets):
            logs[asset_id].resets.append(MeterReset(on, km, recorded_at, reset_id))
        # Where the odometer stood on 1 January: the highest reading before it on that meter.
        plain = [i for i in chunk if not any(r.on < start for r in logs[i].resets)]
        for asset_column, on_column, km_column, _ in _READINGS if plain else ():
            highest = (
                select(asset_column, func.max(km_column))
                .where(asset_column.in_(plain), on_column < start)
                .group_by(asset_column)
            )
            for asset_id, km in session.execute(highest):
                # No replacement before the year: on the first meter, whenever recorded.
                logs[asset_id].before.append(RecordedReading(start - timedelta(days=1), km, None))
        for asset_id in sorted(set(chunk) - set(plain)):  # rare: a reset before the year
            since = max(r.on for r in logs[asset_id].resets if r.on < start)
            for asset_column, on_column, km_column, recorded_column in _READINGS:
                rows = select(on_column, km_column, recorded_column).where(
                    asset_column == asset_id, on_column >= since, on_column < start
                )
                logs[asset_id].before += [
                    RecordedReading(on, km, recorded_at)
                    for on, km, recorded_at in session.execute(rows)
                ]
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
    """One vehicle's year: each month's km, fuel, service costs by kind and tax, and the
    totals."""
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


__all__ = [
    "FIRST_YEAR",
    "Figures",
    "FleetYear",
    "RecordedReading",
    "VehicleTotals",
    "VehicleYear",
    "fleet_year",
    "meter_fuel_stats",
    "monthly_km",
    "per_km",
    "vehicle_by_plate",
    "vehicle_year",
]
