"""The vehicle log: service and fuel records with a rising odometer, service plans, documents,
corrections, and what is due (issue 5, engine part). The due computation itself is pure and
lives in ``inventaris.vehicle_due``.

Meters. An odometer replacement (``OdometerReset``) starts a new meter at its
``new_reading_km``; on each meter readings only rise. Which meter a reading is on is decided in
one place, ``meter_of``: by its date, and on a replacement's own day by whether it was recorded
before the replacement (the old meter) or after it (the new one), whatever its km.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session, aliased

from inventaris.assets import change_date, ensure_not_disposed, load_asset
from inventaris.catalog import VEHICLE_PREFIX, is_vehicle
from inventaris.dashboard import AttentionItem, Urgency
from inventaris.db import Database
from inventaris.errors import NotFound, ValidationError
from inventaris.formatting import group_thousands
from inventaris.i18n import QT_TRANSLATE_NOOP
from inventaris.model import (
    Asset,
    AuditEntry,
    FuelRecord,
    OdometerReset,
    ServicePlan,
    ServiceRecord,
    VehicleDocument,
)
from inventaris.permissions import Actor, Permission, require
from inventaris.search import code_register
from inventaris.vehicle_due import (
    ESTIMATE_WINDOW_DAYS,
    PlanDue,
    carried_km,
    daily_distance,
    due_from_base,
    due_state,
    plan_base,
)

# Re-exported for inventaris/reports until it imports them from inventaris.vehicle_due.
from inventaris.vehicle_due import DueState as DueState
from inventaris.vehicle_due import Reading as Reading

SERVICE_KINDS = (
    "servis_berkala",
    "ganti_oli",
    "ban",
    "aki",
    "rem",
    "mesin",
    "kelistrikan",
    "body",
    "ac",
    "lainnya",
)
FUELS = ("Pertalite", "Pertamax", "Solar", "Biosolar", "Dexlite")
DOCUMENT_KINDS = ("pajak_tahunan", "stnk_5_tahun", "asuransi", "lainnya")
RECORD_KINDS = ("service", "fuel", "odometer")
DOCUMENT_LABELS = {
    "pajak_tahunan": QT_TRANSLATE_NOOP("Engine", "Annual tax / STNK validation"),
    "stnk_5_tahun": QT_TRANSLATE_NOOP("Engine", "5-yearly STNK and plate"),
    "asuransi": QT_TRANSLATE_NOOP("Engine", "Insurance"),
    "lainnya": QT_TRANSLATE_NOOP("Engine", "Other document"),
}
AREA_VEHICLES = QT_TRANSLATE_NOOP("Engine", "Vehicles")
MSG_DUE = QT_TRANSLATE_NOOP("Engine", "{vehicle}: {what}")
MSG_DUE_KM = QT_TRANSLATE_NOOP("Engine", "{vehicle}: {what} at {due_km} km (now {current_km} km)")

MSG_ODOMETER_LOWER = QT_TRANSLATE_NOOP(
    "Engine",
    "Odometer: {value} km is lower than the last reading, {last} km on {date}. Check the number; "
    "if the odometer was replaced, record that first.",
)
MSG_ODOMETER_HIGHER = QT_TRANSLATE_NOOP(
    "Engine",
    "Odometer: {value} km is higher than the next reading, {next} km on {date}. Check the number "
    "and the date.",
)
MSG_RESET_BEFORE_READING = QT_TRANSLATE_NOOP(
    "Engine",
    "Odometer replaced on {date}: the current odometer already reads {last} km on {last_date}, "
    "after that day. Give the day it was replaced, on or after {last_date}.",
)
MSG_RESET_IN_USE = QT_TRANSLATE_NOOP(
    "Engine",
    "The odometer replacement of {date} cannot be deleted: the new meter's {value} km on {on} "
    "is lower than the old meter's {last} km on {last_on}. Delete those records first.",
)
MSG_NOT_VEHICLE = QT_TRANSLATE_NOOP("Engine", "{asset} is not a vehicle (kode barang 1.3.2.02).")
MSG_KIND = QT_TRANSLATE_NOOP("Engine", '{label}: choose one of {choices} ("{value}" is not).')
MSG_NEGATIVE = QT_TRANSLATE_NOOP("Engine", "{label} cannot be negative.")
MSG_LITRES = QT_TRANSLATE_NOOP("Engine", "Litres must be more than 0.")
MSG_PLAN_EMPTY = QT_TRANSLATE_NOOP(
    "Engine", "Service plan: give every how many km, every how many months, or both."
)
MSG_NO_RECORD = QT_TRANSLATE_NOOP("Engine", "The record no longer exists.")
MSG_DELETE_REASON = QT_TRANSLATE_NOOP("Engine", "Give the reason for deleting the record.")
LABEL_KIND = QT_TRANSLATE_NOOP("Engine", "Kind")
LABEL_FUEL = QT_TRANSLATE_NOOP("Engine", "Fuel")
LABEL_ODOMETER = QT_TRANSLATE_NOOP("Engine", "Odometer")
LABEL_COST = QT_TRANSLATE_NOOP("Engine", "Cost")
LABEL_PRICE = QT_TRANSLATE_NOOP("Engine", "Price per litre")


def _day(on: date) -> str:
    return on.strftime("%d-%m-%Y")


# --- meters ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeterReset:
    """An odometer replacement, as ``meter_of`` needs it."""

    on: date  # reset_on
    km: int  # new_reading_km: the new meter's first reading
    recorded_at: datetime
    id: int


# The columns of OdometerReset that make a MeterReset, in its order, and the order of a
# vehicle's replacements that meter_of expects (date, then id).
RESET_COLUMNS = (
    OdometerReset.reset_on,
    OdometerReset.new_reading_km,
    OdometerReset.recorded_at,
    OdometerReset.id,
)
RESET_ORDER = (OdometerReset.reset_on, OdometerReset.id)


def meter_of(on: date, recorded_at: datetime | None, resets: Sequence[MeterReset]) -> int:
    """Which meter a reading is on: 0 for the first meter, n after the n-th replacement.

    ``resets`` are one vehicle's replacements in (date, id) order: two on one day follow each
    other by id. A reading dated after a replacement's day is on its meter (or a later one). On
    the replacement's own day it is on the new meter when it was recorded at or after the
    replacement, and on the old one when recorded before it, whatever its km: a fill at
    150,000 km on the morning of a replacement to 0 stays on the old meter. ``recorded_at=None``
    stands for the end of the day (after every replacement of that day).
    """
    meter = 0
    for number, reset in enumerate(resets, start=1):
        if reset.on > on:
            break
        if reset.on < on or recorded_at is None or recorded_at >= reset.recorded_at:
            meter = number
    return meter


def meter_resets(session: Session, asset_id: int) -> list[MeterReset]:
    """One vehicle's odometer replacements, in (date, id) order."""
    return [
        MeterReset(*row)
        for row in session.execute(
            select(*RESET_COLUMNS).where(OdometerReset.asset_id == asset_id).order_by(*RESET_ORDER)
        )
    ]


_Record = tuple[date, int, datetime, str | None]  # day, km, recorded at, service kind or None


def _records(
    session: Session, asset_id: int, since: date | None = None, until: date | None = None
) -> list[_Record]:
    """A vehicle's readings from its service and fuel records, dated in [since, until]."""
    rows: list[_Record] = []
    service_query = select(
        ServiceRecord.serviced_on,
        ServiceRecord.odometer_km,
        ServiceRecord.recorded_at,
        ServiceRecord.kind,
    ).where(ServiceRecord.asset_id == asset_id)
    fuel_query = select(FuelRecord.filled_on, FuelRecord.odometer_km, FuelRecord.recorded_at).where(
        FuelRecord.asset_id == asset_id
    )
    if since is not None:
        service_query = service_query.where(ServiceRecord.serviced_on >= since)
        fuel_query = fuel_query.where(FuelRecord.filled_on >= since)
    if until is not None:
        service_query = service_query.where(ServiceRecord.serviced_on <= until)
        fuel_query = fuel_query.where(FuelRecord.filled_on <= until)
    rows += [(on, km, at, kind) for on, km, at, kind in session.execute(service_query)]
    rows += [(on, km, at, None) for on, km, at in session.execute(fuel_query)]
    return rows


def readings_of(
    session: Session,
    asset_id: int,
    resets: Sequence[MeterReset] | None = None,
    meter: int | None = None,
) -> list[Reading]:
    """The odometer readings on one meter, the current one unless told (``meter_of``).

    A replaced meter's replacement counts as its first reading."""
    if resets is None:
        resets = meter_resets(session, asset_id)
    if meter is None:
        meter = len(resets)
    since = resets[meter - 1].on if meter else None
    until = resets[meter].on if meter < len(resets) else None
    readings = [
        Reading(on, km)
        for on, km, recorded_at, _ in _records(session, asset_id, since, until)
        if not resets or meter_of(on, recorded_at, resets) == meter
    ]
    if meter:
        readings.append(Reading(resets[meter - 1].on, resets[meter - 1].km))
    return readings


@dataclass(frozen=True)
class _MeterHistory:
    """A vehicle with a replaced odometer: what its plans need to count across meters."""

    resets: Sequence[MeterReset]
    starts: list[int]  # each meter's first reading (meter 0's unused)
    highest: list[int]  # each meter's highest reading
    current: list[Reading]  # the current meter's readings, as readings_of gives them
    services: dict[str, tuple[int, date, int]]  # kind: the latest (meter, day, km)

    def carried(self, km: int, meter: int) -> int:
        return carried_km(km, meter, self.starts, self.highest)


def _meter_history(session: Session, asset_id: int, resets: Sequence[MeterReset]) -> _MeterHistory:
    current_meter = len(resets)
    starts = [0, *(reset.km for reset in resets)]
    highest = list(starts)
    current = [Reading(resets[-1].on, resets[-1].km)] if resets else []
    services: dict[str, tuple[int, date, int]] = {}
    for on, km, recorded_at, kind in _records(session, asset_id):
        meter = meter_of(on, recorded_at, resets)
        highest[meter] = max(highest[meter], km)
        if meter == current_meter:
            current.append(Reading(on, km))
        if kind is not None and (kind not in services or (meter, on, km) > services[kind]):
            services[kind] = (meter, on, km)
    return _MeterHistory(resets, starts, highest, current, services)


# --- records ------------------------------------------------------------------------------------


def load_vehicle(
    session: Session, actor: Actor, asset_id: int, *, for_change: bool = True
) -> Asset:
    """The vehicle asset; refused when it is not a vehicle, or disposed and about to change.

    About to change, the vehicle's row is locked until the unit of work ends (PostgreSQL's
    FOR UPDATE), so two records of one vehicle are checked against each other's odometer one
    after the other. SQLite takes its write lock up front and leaves the FOR UPDATE out."""
    if for_change:
        session.get(Asset, asset_id, with_for_update=True)
    asset = load_asset(session, actor, asset_id)
    if not is_vehicle(asset.code):
        raise ValidationError(
            MSG_NOT_VEHICLE, field="asset", asset=code_register(asset.code, asset.register_number)
        )
    if for_change:
        ensure_not_disposed(asset)
    return asset


def _check_odometer(
    session: Session, asset_id: int, on: date, km: int, recorded_at: datetime
) -> None:
    if km < 0:
        raise ValidationError(MSG_NEGATIVE, field="odometer_km", label=LABEL_ODOMETER)
    # A receipt entered late is fine: it must fit between the readings around its date on the
    # meter in use that day (the old meter for a day before its replacement).
    resets = meter_resets(session, asset_id)
    readings = readings_of(session, asset_id, resets, meter_of(on, recorded_at, resets))
    before = [reading for reading in readings if reading.on <= on]
    after = [reading for reading in readings if reading.on > on]
    if before:
        last = max(before, key=lambda reading: (reading.km, reading.on))
        if km < last.km:
            raise ValidationError(
                MSG_ODOMETER_LOWER,
                field="odometer_km",
                value=group_thousands(km),
                last=group_thousands(last.km),
                date=_day(last.on),
            )
    if after:
        following = min(after, key=lambda reading: (reading.km, reading.on))
        if km > following.km:
            raise ValidationError(
                MSG_ODOMETER_HIGHER,
                field="odometer_km",
                value=group_thousands(km),
                next=group_thousands(following.km),
                date=_day(following.on),
            )


@dataclass(frozen=True)
class ServiceInput:
    asset_id: int
    serviced_on: date
    odometer_km: int
    kind: str
    parts_cost: int = 0
    labour_cost: int = 0
    workshop: str = ""
    receipt_number: str = ""
    description: str = ""


def add_service(db: Database, actor: Actor, data: ServiceInput) -> int:
    require(actor, Permission.EDIT_VEHICLES)
    when = change_date(db, data.serviced_on)
    if data.kind not in SERVICE_KINDS:
        raise ValidationError(
            MSG_KIND,
            field="kind",
            label=LABEL_KIND,
            choices=", ".join(SERVICE_KINDS),
            value=data.kind,
        )
    if data.parts_cost < 0 or data.labour_cost < 0:
        raise ValidationError(MSG_NEGATIVE, field="parts_cost", label=LABEL_COST)
    with db.write(actor) as session:
        load_vehicle(session, actor, data.asset_id)
        now = db.clock()
        _check_odometer(session, data.asset_id, when, data.odometer_km, now)
        record = ServiceRecord(
            asset_id=data.asset_id,
            serviced_on=when,
            odometer_km=data.odometer_km,
            kind=data.kind,
            workshop=data.workshop.strip(),
            receipt_number=data.receipt_number.strip(),
            description=data.description.strip(),
            parts_cost=data.parts_cost,
            labour_cost=data.labour_cost,
            recorded_at=now,
            recorded_by=actor.username,
        )
        session.add(record)
        session.flush()
        return record.id


@dataclass(frozen=True)
class FuelInput:
    asset_id: int
    filled_on: date
    fuel: str
    litres: Decimal
    price_per_litre: int
    odometer_km: int
    driver_name: str = ""
    coupon_number: str = ""


def add_fuel(db: Database, actor: Actor, data: FuelInput) -> int:
    require(actor, Permission.EDIT_VEHICLES)
    when = change_date(db, data.filled_on)
    if data.fuel not in FUELS:
        raise ValidationError(
            MSG_KIND, field="fuel", label=LABEL_FUEL, choices=", ".join(FUELS), value=data.fuel
        )
    if data.litres <= 0:
        raise ValidationError(MSG_LITRES, field="litres")
    if data.price_per_litre < 0:
        raise ValidationError(MSG_NEGATIVE, field="price_per_litre", label=LABEL_PRICE)
    with db.write(actor) as session:
        load_vehicle(session, actor, data.asset_id)
        now = db.clock()
        _check_odometer(session, data.asset_id, when, data.odometer_km, now)
        record = FuelRecord(
            asset_id=data.asset_id,
            filled_on=when,
            fuel=data.fuel,
            litres=data.litres,
            price_per_litre=data.price_per_litre,
            odometer_km=data.odometer_km,
            driver_name=data.driver_name.strip(),
            coupon_number=data.coupon_number.strip(),
            recorded_at=now,
            recorded_by=actor.username,
        )
        session.add(record)
        session.flush()
        return record.id


def reset_odometer(
    db: Database, actor: Actor, asset_id: int, reset_on: date, new_reading_km: int, note: str = ""
) -> None:
    """The odometer was replaced: later readings are compared with ``new_reading_km``.

    Refused when dated before the current meter's latest reading: that reading would then lie
    on the new meter's days while read on the old one."""
    require(actor, Permission.EDIT_VEHICLES)
    when = change_date(db, reset_on)
    if new_reading_km < 0:
        raise ValidationError(MSG_NEGATIVE, field="odometer_km", label=LABEL_ODOMETER)
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
        readings = readings_of(session, asset_id)
        if readings:
            latest = max(readings, key=lambda reading: (reading.on, reading.km))
            if when < latest.on:
                raise ValidationError(
                    MSG_RESET_BEFORE_READING,
                    field="reset_on",
                    date=_day(when),
                    last=group_thousands(latest.km),
                    last_date=_day(latest.on),
                )
        session.add(
            OdometerReset(
                asset_id=asset_id,
                reset_on=when,
                new_reading_km=new_reading_km,
                note=note.strip(),
                recorded_at=db.clock(),
                recorded_by=actor.username,
            )
        )
        session.flush()
        # Plans started on or after its day were made before it was recorded, at an old-meter km.
        _restart_plans(session, asset_id, when)


def _restart_plans(session: Session, asset_id: int, since: date) -> None:
    """Read again the start km of the vehicle's plans started on or after ``since``: the highest
    reading up to their start day on the meter in use at its end (None when there is none).

    Called when readings up to those days change meter or go away (a replacement recorded late,
    a record or replacement deleted), so a plan never counts from a km its meter did not show.
    """
    plans = session.scalars(
        select(ServicePlan).where(
            ServicePlan.asset_id == asset_id,
            ServicePlan.active.is_(True),
            ServicePlan.starts_on >= since,
        )
    ).all()
    if not plans:
        return
    resets = meter_resets(session, asset_id)
    for plan in plans:
        assert plan.starts_on is not None  # selected by its start
        readings = readings_of(session, asset_id, resets, meter_of(plan.starts_on, None, resets))
        plan.starts_km = max((r.km for r in readings if r.on <= plan.starts_on), default=None)


def save_plan(
    db: Database,
    actor: Actor,
    asset_id: int,
    name: str,
    service_kind: str,
    every_km: int | None = None,
    every_months: int | None = None,
) -> int:
    """A new plan starts today at the current reading: without a matching service it counts
    from there, not from the vehicle's acquisition (see ``vehicle_due.plan_base``)."""
    require(actor, Permission.EDIT_VEHICLES)
    if not (every_km or every_months):
        raise ValidationError(MSG_PLAN_EMPTY, field="every_km")
    if service_kind not in SERVICE_KINDS:
        raise ValidationError(
            MSG_KIND,
            field="kind",
            label=LABEL_KIND,
            choices=", ".join(SERVICE_KINDS),
            value=service_kind,
        )
    today = change_date(db, None)
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
        readings = readings_of(session, asset_id)
        current = max(readings, key=lambda reading: (reading.on, reading.km), default=None)
        plan = ServicePlan(
            asset_id=asset_id,
            name=name.strip() or service_kind,
            service_kind=service_kind,
            every_km=every_km or None,
            every_months=every_months or None,
            starts_on=today,
            starts_km=current.km if current else None,
        )
        session.add(plan)
        session.flush()
        return plan.id


def save_document(
    db: Database,
    actor: Actor,
    asset_id: int,
    kind: str,
    expires_on: date,
    number: str = "",
    note: str = "",
) -> int:
    require(actor, Permission.EDIT_VEHICLES)
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(
            MSG_KIND, field="kind", label=LABEL_KIND, choices=", ".join(DOCUMENT_KINDS), value=kind
        )
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
        document = VehicleDocument(
            asset_id=asset_id,
            kind=kind,
            expires_on=expires_on,
            number=number.strip(),
            note=note.strip(),
        )
        session.add(document)
        session.flush()
        return document.id


# --- corrections --------------------------------------------------------------------------------

_Correctable = ServiceRecord | FuelRecord | OdometerReset


def _record(session: Session, kind: str, record_id: int) -> _Correctable | None:
    if kind == "service":
        return session.get(ServiceRecord, record_id)
    if kind == "fuel":
        return session.get(FuelRecord, record_id)
    return session.get(OdometerReset, record_id)


def delete_record(db: Database, actor: Actor, kind: str, record_id: int, reason: str) -> None:
    """Delete a service, fuel or odometer-replacement record entered by mistake.

    The audit log keeps the record: its "delete" entry holds the record's values as the old
    values and ``{"reason": reason}`` as the new ones. An odometer replacement is refused when
    the readings after it would not rise from the meter before it. Plans started on or after
    the record's day take their start km again from what remains."""
    require(actor, Permission.EDIT_VEHICLES)
    if kind not in RECORD_KINDS:
        raise ValidationError(
            MSG_KIND, field="kind", label=LABEL_KIND, choices=", ".join(RECORD_KINDS), value=kind
        )
    if not reason.strip():
        raise ValidationError(MSG_DELETE_REASON, field="reason")
    with db.write(actor) as session:
        record = _record(session, kind, record_id)
        if record is None:
            raise NotFound(MSG_NO_RECORD)
        asset_id = record.asset_id
        load_vehicle(session, actor, asset_id)
        if isinstance(record, ServiceRecord):
            on = record.serviced_on
        elif isinstance(record, FuelRecord):
            on = record.filled_on
        else:
            on = record.reset_on
            _check_reset_removable(session, record)
        session.delete(record)
        session.flush()  # the audit hook writes the "delete" entry with the record's values
        entry = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.action == "delete",
                AuditEntry.entity == record.__tablename__,
                AuditEntry.entity_id == str(record_id),
            )
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).one()
        entry.new_values = {"reason": reason.strip()}
        _restart_plans(session, asset_id, on)


def _check_reset_removable(session: Session, reset: OdometerReset) -> None:
    """Without the replacement its readings join the meter before: they must not be lower."""
    resets = meter_resets(session, reset.asset_id)
    number = next(n for n, found in enumerate(resets, start=1) if found.id == reset.id)
    before = readings_of(session, reset.asset_id, resets, number - 1)
    after = readings_of(session, reset.asset_id, resets, number)[:-1]  # not the reset itself
    if before and after:
        last = max(before, key=lambda reading: (reading.km, reading.on))
        lowest = min(after, key=lambda reading: (reading.km, reading.on))
        if lowest.km < last.km:
            raise ValidationError(
                MSG_RESET_IN_USE,
                field="record",
                date=_day(reset.reset_on),
                value=group_thousands(lowest.km),
                on=_day(lowest.on),
                last=group_thousands(last.km),
                last_on=_day(last.on),
            )


# --- what is due ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueItem:
    asset_id: int
    vehicle: str  # plate, or code + register
    what: str  # plan name or document kind
    due_on: date
    state: DueState
    due_km: int | None = None
    current_km: int | None = None
    estimated: bool = False


_VEHICLE_CODE = VEHICLE_PREFIX + "."


@dataclass(frozen=True)
class _Odometer:
    """What plan_due needs of a vehicle's readings: the latest, the lowest km, km a day."""

    current: Reading | None
    lowest_km: int
    per_day: float | None


_NO_READINGS = _Odometer(None, 0, None)


def _odometer(readings: Sequence[Reading], today: date) -> _Odometer:
    if not readings:
        return _NO_READINGS
    return _Odometer(
        max(readings, key=lambda reading: (reading.on, reading.km)),
        min(reading.km for reading in readings),
        daily_distance(readings, today),
    )


def _due_of(
    plan: Any,
    last: tuple[int, date, int] | None,
    odometer: _Odometer,
    history: _MeterHistory | None,
    acquired_on: date,
    today: date,
) -> PlanDue:
    """One plan's due (a ServicePlan, or a row with its columns' names), the same for the due
    list and the vehicle card.

    ``last`` is the latest matching service as (meter, day, km); with a replaced odometer
    (``history``) a service or plan start read on an earlier meter is carried over to the
    current one (``vehicle_due.carried_km``)."""
    service = None
    if last is not None:
        meter, on, km = last
        service = Reading(on, history.carried(km, meter) if history else km)
    starts_km = plan.starts_km
    if history is not None and plan.starts_on is not None and starts_km is not None:
        starts_km = history.carried(starts_km, meter_of(plan.starts_on, None, history.resets))
    base_on, base_km = plan_base(service, acquired_on, plan.starts_on, starts_km)
    return due_from_base(
        plan.name,
        plan.every_km,
        plan.every_months,
        base_on,
        base_km,
        odometer.current,
        odometer.lowest_km,
        odometer.per_day if plan.every_km else None,
        today,
    )


def plan_dues(
    session: Session, asset_id: int, plans: Sequence[ServicePlan], acquired_on: date, today: date
) -> tuple[list[Reading], list[PlanDue]]:
    """One vehicle's current-meter readings and when each of ``plans`` is due (its card)."""
    resets = meter_resets(session, asset_id)
    history = _meter_history(session, asset_id, resets) if resets else None
    readings = history.current if history else readings_of(session, asset_id, resets)
    odometer = _odometer(readings, today)
    dues = []
    for plan in plans:
        if history is not None:
            last = history.services.get(plan.service_kind)
        else:
            row = session.execute(
                select(ServiceRecord.serviced_on, ServiceRecord.odometer_km)
                .where(ServiceRecord.asset_id == asset_id, ServiceRecord.kind == plan.service_kind)
                .order_by(ServiceRecord.serviced_on.desc(), ServiceRecord.odometer_km.desc())
                .limit(1)
            ).first()
            last = (0, row[0], row[1]) if row else None
        dues.append(_due_of(plan, last, odometer, history, acquired_on, today))
    return readings, dues


def due_items(db: Database, actor: Actor, *, within_days: int = 30) -> list[DueItem]:
    """Every plan or document due within ``within_days`` or overdue, most urgent first.

    Disposed vehicles raise nothing."""
    require(actor, Permission.VIEW)
    today = change_date(db, None)
    horizon = today + timedelta(days=within_days)
    items: list[DueItem] = []
    with db.read() as session:
        # Plain rows through the session's connection, only the columns the list needs:
        # no ORM objects (nor the ORM's result machinery) for a whole fleet.
        connection = session.connection()
        fleet = _fleet(session, actor)
        plans = _last_services(connection, fleet)
        odometers = _readings_for_due(session, fleet, today) if plans else {}
        # Vehicles whose odometer was replaced (rare) are read one by one, across their meters.
        histories: dict[int, _MeterHistory] = {}
        for asset_id, resets in _fleet_resets(connection, fleet).items() if plans else ():
            if asset_id in odometers:
                histories[asset_id] = _meter_history(session, asset_id, resets)
                odometers[asset_id] = _odometer(histories[asset_id].current, today)
        for plan in plans:
            history = histories.get(plan.asset_id)
            if history is not None:
                last = history.services.get(plan.service_kind)
            else:
                last = None if plan.last_on is None else (0, plan.last_on, plan.last_km)
            due = _due_of(
                plan,
                last,
                odometers.get(plan.asset_id, _NO_READINGS),
                history,
                plan.acquisition_date or date(plan.acquisition_year, 1, 1),
                today,
            )
            if due.due_on <= horizon or due.state is DueState.OVERDUE:
                items.append(
                    DueItem(
                        plan.asset_id,
                        plan.plate_number or code_register(plan.code, plan.register_number),
                        plan.name,
                        due.due_on,
                        due.state,
                        due.due_km,
                        due.current_km,
                        due.estimated,
                    )
                )
        documents = connection.execute(
            select(
                VehicleDocument.asset_id,
                VehicleDocument.kind,
                VehicleDocument.expires_on,
                Asset.plate_number,
                Asset.code,
                Asset.register_number,
            )
            .join(Asset, Asset.id == VehicleDocument.asset_id)
            .where(VehicleDocument.expires_on <= horizon, ~_superseded(), *fleet)
            .order_by(VehicleDocument.id)
        ).all()
        for asset_id, kind, expires_on, plate, code, register in documents:
            items.append(
                DueItem(
                    asset_id,
                    plate or code_register(code, register),
                    kind,
                    expires_on,
                    due_state(expires_on, today),
                )
            )
    items.sort(key=lambda item: (item.state, item.due_on, item.vehicle))
    return items


def _superseded() -> ColumnElement[bool]:
    """A later document of the same kind exists (a renewed tax, a new policy): the old one
    stays as history and raises nothing. Each "other" document stands alone."""
    later = aliased(VehicleDocument)
    return (VehicleDocument.kind != "lainnya") & (
        select(later.id)
        .where(
            later.asset_id == VehicleDocument.asset_id,
            later.kind == VehicleDocument.kind,
            (later.expires_on > VehicleDocument.expires_on)
            | ((later.expires_on == VehicleDocument.expires_on) & (later.id > VehicleDocument.id)),
        )
        .exists()
    )


def _fleet(session: Session, actor: Actor) -> list[ColumnElement[bool]]:
    """The conditions on ``asset`` for the actor's vehicles that are not disposed."""
    conditions = [
        Asset.unit_id.in_(actor.unit_ids),
        Asset.status != "dihapus",
        Asset.code.startswith(_VEHICLE_CODE),
    ]
    if session.get_bind().dialect.name == "sqlite":
        # SQLite's LIKE cannot use the code index; the same prefix as a range can (with its
        # binary collation the range is exact; PostgreSQL's locale collation may not be).
        conditions += [Asset.code >= _VEHICLE_CODE, Asset.code < _VEHICLE_CODE[:-1] + "/"]
    return conditions


def _fleet_resets(
    connection: Connection, fleet: Sequence[ColumnElement[bool]]
) -> dict[int, list[MeterReset]]:
    """The odometer replacements of the fleet's vehicles, each vehicle's in (date, id) order."""
    found: dict[int, list[MeterReset]] = {}
    rows = connection.execute(
        select(OdometerReset.asset_id, *RESET_COLUMNS)
        .join(Asset, Asset.id == OdometerReset.asset_id)
        .where(*fleet)
        .order_by(OdometerReset.asset_id, *RESET_ORDER)
    )
    for asset_id, on, km, recorded_at, reset_id in rows:
        found.setdefault(asset_id, []).append(MeterReset(on, km, recorded_at, reset_id))
    return found


def _edge(
    columns: tuple[Any, Any, Any], wanted: Any, newest: bool, since: date | None = None
) -> Any:
    """A vehicle's first (or latest) reading's ``wanted`` column, as a correlated subquery:
    one seek in the table's covering index (asset, date, km). With ``since``, the first
    reading on or after that day."""
    asset_column, on_column, km_column = columns
    order = (on_column.desc(), km_column.desc()) if newest else (on_column.asc(), km_column.asc())
    query = select(wanted).where(asset_column == Asset.id)
    if since is not None:
        query = query.where(on_column >= since)
    return query.order_by(*order).limit(1).scalar_subquery()


_READING_TABLES = (
    (ServiceRecord.asset_id, ServiceRecord.serviced_on, ServiceRecord.odometer_km),
    (FuelRecord.asset_id, FuelRecord.filled_on, FuelRecord.odometer_km),
)


def _readings_for_due(
    session: Session, fleet: Sequence[ColumnElement[bool]], today: date
) -> dict[int, _Odometer]:
    """The odometer of every vehicle with an active plan, in one query of index seeks.

    plan_due needs only the latest reading, the lowest km and the first and the latest reading
    of the last months (for the daily distance). Per table: the first reading's km, the latest
    reading, the first reading in the window and the lowest km in the window; the odometer only
    rises, so these give what the whole history would. (A vehicle whose odometer was replaced
    has more than one meter: due_items reads it again, one by one.)
    """
    window = today - timedelta(days=ESTIMATE_WINDOW_DAYS)
    columns: list[Any] = [Asset.id]
    for table in _READING_TABLES:
        _, on_column, km_column = table
        columns += [
            _edge(table, km_column, False),
            _edge(table, on_column, True),
            _edge(table, km_column, True),
            _edge(table, on_column, False, window),
            _edge(table, km_column, False, window),
            select(func.min(km_column))
            .where(table[0] == Asset.id, on_column >= window)
            .scalar_subquery(),
        ]
    planned = select(ServicePlan.asset_id).where(ServicePlan.active.is_(True))
    connection = session.connection()
    rows = connection.execute(select(*columns).where(Asset.id.in_(planned), *fleet)).all()
    result: dict[int, _Odometer] = {}
    for asset_id, *edges in rows:
        latest: list[Reading] = []
        first_recent: list[Reading] = []
        lows: list[int] = []
        for low_km, last_on, last_km, recent_on, recent_km, recent_low in (edges[:6], edges[6:]):
            if last_on is None:
                continue  # no readings in this table
            latest.append(Reading(last_on, last_km))
            lows += (low_km, last_km)
            if recent_on is not None:
                first_recent.append(Reading(recent_on, recent_km))
                lows.append(recent_low)
        if not latest:
            result[asset_id] = _NO_READINGS
            continue
        current = max(latest, key=lambda reading: (reading.on, reading.km))
        per_day = None
        if first_recent:
            first = min(first_recent, key=lambda reading: (reading.on, reading.km))
            if current.on != first.on:
                per_day = max(current.km - first.km, 0) / (current.on - first.on).days
        result[asset_id] = _Odometer(current, min(lows), per_day)
    return result


def _last_services(connection: Connection, fleet: Sequence[ColumnElement[bool]]) -> Sequence[Any]:
    """The fleet's active plans with their vehicle, each with the day and km of the latest
    service of the plan's kind.

    Two correlated subqueries per plan, each one seek in ix_service_record_asset_kind
    (asset, kind, day, km) read backwards: no grouping of ten years of services.
    """

    def latest(column: Any) -> Any:
        return (
            select(column)
            .where(
                ServiceRecord.asset_id == ServicePlan.asset_id,
                ServiceRecord.kind == ServicePlan.service_kind,
            )
            .order_by(ServiceRecord.serviced_on.desc(), ServiceRecord.odometer_km.desc())
            .limit(1)
            .scalar_subquery()
        )

    return connection.execute(
        select(
            ServicePlan.asset_id,
            ServicePlan.name,
            ServicePlan.service_kind,
            ServicePlan.every_km,
            ServicePlan.every_months,
            ServicePlan.starts_on,
            ServicePlan.starts_km,
            latest(ServiceRecord.serviced_on).label("last_on"),
            latest(ServiceRecord.odometer_km).label("last_km"),
            Asset.plate_number,
            Asset.code,
            Asset.register_number,
            Asset.acquisition_date,
            Asset.acquisition_year,
        )
        .join(Asset, Asset.id == ServicePlan.asset_id)
        .where(ServicePlan.active.is_(True), *fleet)
        .order_by(ServicePlan.id)
    ).all()


def what_text(item: DueItem) -> str:
    """The translatable name of what is due (a plan's own name stays as typed)."""
    return DOCUMENT_LABELS.get(item.what, item.what)


def vehicle_attention(db: Database, actor: Actor) -> list[AttentionItem]:
    """The due list in the dashboard's form."""
    urgency = {
        DueState.OVERDUE: Urgency.OVERDUE,
        DueState.WITHIN_7: Urgency.WITHIN_7_DAYS,
        DueState.WITHIN_14: Urgency.WITHIN_30_DAYS,
        DueState.WITHIN_30: Urgency.WITHIN_30_DAYS,
    }
    items: list[AttentionItem] = []
    for item in due_items(db, actor):
        params: tuple[tuple[str, str], ...]
        if item.due_km is not None and item.current_km is not None:
            params = (
                ("vehicle", item.vehicle),
                ("what", what_text(item)),
                ("due_km", group_thousands(item.due_km)),
                ("current_km", group_thousands(item.current_km)),
            )
            message = MSG_DUE_KM
        else:
            params = (("vehicle", item.vehicle), ("what", what_text(item)))
            message = MSG_DUE
        items.append(
            AttentionItem(urgency[item.state], AREA_VEHICLES, message, params, item.due_on)
        )
    return items
