"""The vehicle log: service and fuel records with a rising odometer, service plans, documents,
and what is due (issue 5, engine part).

Due dates: a plan is due every N km and/or every M months after the last matching service,
whichever comes first; for kilometres, the average daily distance of the last months estimates
the date. Documents are due on their expiry date. Warnings at 30, 14 and 7 days, then overdue.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session, aliased

from inventaris.assets import change_date, ensure_not_disposed, load_asset
from inventaris.catalog import VEHICLE_PREFIX, is_vehicle
from inventaris.dashboard import AttentionItem, Urgency
from inventaris.db import Database
from inventaris.errors import ValidationError
from inventaris.formatting import group_thousands
from inventaris.i18n import QT_TRANSLATE_NOOP
from inventaris.model import (
    Asset,
    FuelRecord,
    OdometerReset,
    ServicePlan,
    ServiceRecord,
    VehicleDocument,
)
from inventaris.permissions import Actor, Permission, require
from inventaris.search import code_register

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
DOCUMENT_LABELS = {
    "pajak_tahunan": QT_TRANSLATE_NOOP("Engine", "Annual tax / STNK validation"),
    "stnk_5_tahun": QT_TRANSLATE_NOOP("Engine", "5-yearly STNK and plate"),
    "asuransi": QT_TRANSLATE_NOOP("Engine", "Insurance"),
    "lainnya": QT_TRANSLATE_NOOP("Engine", "Other document"),
}
AREA_VEHICLES = QT_TRANSLATE_NOOP("Engine", "Vehicles")
MSG_DUE = QT_TRANSLATE_NOOP("Engine", "{vehicle}: {what}")
MSG_DUE_KM = QT_TRANSLATE_NOOP("Engine", "{vehicle}: {what} at {due_km} km (now {current_km} km)")
ESTIMATE_WINDOW_DAYS = 180

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
MSG_NOT_VEHICLE = QT_TRANSLATE_NOOP("Engine", "{asset} is not a vehicle (kode barang 1.3.2.02).")
MSG_KIND = QT_TRANSLATE_NOOP("Engine", '{label}: choose one of {choices} ("{value}" is not).')
MSG_NEGATIVE = QT_TRANSLATE_NOOP("Engine", "{label} cannot be negative.")
MSG_PLAN_EMPTY = QT_TRANSLATE_NOOP(
    "Engine", "Service plan: give every how many km, every how many months, or both."
)
LABEL_KIND = QT_TRANSLATE_NOOP("Engine", "Kind")
LABEL_FUEL = QT_TRANSLATE_NOOP("Engine", "Fuel")
LABEL_ODOMETER = QT_TRANSLATE_NOOP("Engine", "Odometer")
LABEL_COST = QT_TRANSLATE_NOOP("Engine", "Cost")
LABEL_LITRES = QT_TRANSLATE_NOOP("Engine", "Litres")


class DueState(enum.IntEnum):
    """Lower is more urgent."""

    OVERDUE = 0
    WITHIN_7 = 1
    WITHIN_14 = 2
    WITHIN_30 = 3
    OK = 4


def due_state(due_on: date, today: date) -> DueState:
    days = (due_on - today).days
    if days < 0:
        return DueState.OVERDUE
    if days <= 7:
        return DueState.WITHIN_7
    if days <= 14:
        return DueState.WITHIN_14
    if days <= 30:
        return DueState.WITHIN_30
    return DueState.OK


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise ValueError(day)


# --- pure due computation -----------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    on: date
    km: int


@dataclass(frozen=True)
class PlanDue:
    plan_name: str
    due_on: date
    due_km: int | None
    current_km: int | None
    state: DueState
    estimated: bool  # the date comes from the daily distance, not from the calendar


def daily_distance(readings: Sequence[Reading], today: date) -> float | None:
    """Average km a day over the last months of readings (None when too few to tell)."""
    recent = sorted(
        (r for r in readings if (today - r.on).days <= ESTIMATE_WINDOW_DAYS),
        key=lambda reading: (reading.on, reading.km),
    )
    if len(recent) < 2 or recent[-1].on == recent[0].on:
        return None
    return max(recent[-1].km - recent[0].km, 0) / (recent[-1].on - recent[0].on).days


def plan_due(
    name: str,
    every_km: int | None,
    every_months: int | None,
    last_service: Reading | None,
    readings: Sequence[Reading],
    start: date,
    today: date,
) -> PlanDue:
    """When a plan is next due: km and months from the last matching service, earliest wins."""
    current = max(readings, key=lambda reading: (reading.on, reading.km)) if readings else None
    lowest_km = min((r.km for r in readings), default=0)
    per_day = daily_distance(readings, today) if every_km else None
    return _plan_due(
        name, every_km, every_months, last_service, current, lowest_km, per_day, start, today
    )


def _plan_due(
    name: str,
    every_km: int | None,
    every_months: int | None,
    last_service: Reading | None,
    current: Reading | None,
    lowest_km: int,
    per_day: float | None,
    start: date,
    today: date,
) -> PlanDue:
    """plan_due from what it needs of the readings: latest, lowest km and daily distance."""
    base_on = last_service.on if last_service else start
    base_km = last_service.km if last_service else lowest_km
    candidates: list[tuple[date, bool]] = []
    due_km = None
    if every_months:
        candidates.append((add_months(base_on, every_months), False))
    if every_km:
        due_km = base_km + every_km
        if current is not None and current.km >= due_km:
            candidates.append((current.on, True))  # already driven past it
        elif current is not None and per_day:
            days = (due_km - current.km) / per_day
            candidates.append((current.on + timedelta(days=int(days)), True))
    if not candidates:
        far = today + timedelta(days=3650)
        return PlanDue(name, far, due_km, current.km if current else None, DueState.OK, True)
    due_on, estimated = min(candidates)
    return PlanDue(
        name, due_on, due_km, current.km if current else None, due_state(due_on, today), estimated
    )


# --- records ------------------------------------------------------------------------------------


def load_vehicle(
    session: Session, actor: Actor, asset_id: int, *, for_change: bool = True
) -> Asset:
    """The vehicle asset; refused when it is not a vehicle, or disposed and about to change."""
    asset = load_asset(session, actor, asset_id)
    if not is_vehicle(asset.code):
        raise ValidationError(
            MSG_NOT_VEHICLE, field="asset", asset=code_register(asset.code, asset.register_number)
        )
    if for_change:
        ensure_not_disposed(asset)
    return asset


def readings_of(session: Session, asset_id: int) -> list[Reading]:
    """Odometer readings since the last reset (the reset itself counts as a reading)."""
    reset = session.execute(
        select(OdometerReset.reset_on, OdometerReset.new_reading_km, OdometerReset.id)
        .where(OdometerReset.asset_id == asset_id)
        .order_by(OdometerReset.reset_on.desc(), OdometerReset.id.desc())
        .limit(1)
    ).first()
    since = reset.reset_on if reset else date.min
    readings = [
        Reading(on, km)
        for on, km in session.execute(
            select(ServiceRecord.serviced_on, ServiceRecord.odometer_km).where(
                ServiceRecord.asset_id == asset_id, ServiceRecord.serviced_on >= since
            )
        )
    ]
    readings += [
        Reading(on, km)
        for on, km in session.execute(
            select(FuelRecord.filled_on, FuelRecord.odometer_km).where(
                FuelRecord.asset_id == asset_id, FuelRecord.filled_on >= since
            )
        )
    ]
    if reset is not None:
        # Readings on the day of the reset but before it would be from the old meter.
        readings = [r for r in readings if r.on > reset.reset_on or r.km >= reset.new_reading_km]
        readings.append(Reading(reset.reset_on, reset.new_reading_km))
    return readings


def _check_odometer(session: Session, asset_id: int, on: date, km: int) -> None:
    if km < 0:
        raise ValidationError(MSG_NEGATIVE, field="odometer_km", label=LABEL_ODOMETER)
    # A receipt entered late is fine: it must fit between the readings around its date.
    readings = readings_of(session, asset_id)
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
                date=last.on.strftime("%d-%m-%Y"),
            )
    if after:
        following = min(after, key=lambda reading: (reading.km, reading.on))
        if km > following.km:
            raise ValidationError(
                MSG_ODOMETER_HIGHER,
                field="odometer_km",
                value=group_thousands(km),
                next=group_thousands(following.km),
                date=following.on.strftime("%d-%m-%Y"),
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
        _check_odometer(session, data.asset_id, when, data.odometer_km)
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
            recorded_at=db.clock(),
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
    if data.litres <= 0 or data.price_per_litre < 0:
        raise ValidationError(MSG_NEGATIVE, field="litres", label=LABEL_LITRES)
    with db.write(actor) as session:
        load_vehicle(session, actor, data.asset_id)
        _check_odometer(session, data.asset_id, when, data.odometer_km)
        record = FuelRecord(
            asset_id=data.asset_id,
            filled_on=when,
            fuel=data.fuel,
            litres=data.litres,
            price_per_litre=data.price_per_litre,
            odometer_km=data.odometer_km,
            driver_name=data.driver_name.strip(),
            coupon_number=data.coupon_number.strip(),
            recorded_at=db.clock(),
            recorded_by=actor.username,
        )
        session.add(record)
        session.flush()
        return record.id


def reset_odometer(
    db: Database, actor: Actor, asset_id: int, reset_on: date, new_reading_km: int, note: str = ""
) -> None:
    """The odometer was replaced: later readings are compared with ``new_reading_km``."""
    require(actor, Permission.EDIT_VEHICLES)
    when = change_date(db, reset_on)
    if new_reading_km < 0:
        raise ValidationError(MSG_NEGATIVE, field="odometer_km", label=LABEL_ODOMETER)
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
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


def save_plan(
    db: Database,
    actor: Actor,
    asset_id: int,
    name: str,
    service_kind: str,
    every_km: int | None = None,
    every_months: int | None = None,
) -> int:
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
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
        plan = ServicePlan(
            asset_id=asset_id,
            name=name.strip() or service_kind,
            service_kind=service_kind,
            every_km=every_km or None,
            every_months=every_months or None,
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
        for (
            asset_id,
            name,
            every_km,
            every_months,
            last_on,
            last_km,
            plate,
            code,
            register,
            acquired_on,
            acquired_in,
        ) in plans:
            odometer = odometers.get(asset_id, _NO_READINGS)
            due = _plan_due(
                name,
                every_km,
                every_months,
                None if last_on is None else Reading(last_on, last_km),
                odometer.current,
                odometer.lowest_km,
                odometer.per_day,
                acquired_on or date(acquired_in, 1, 1),
                today,
            )
            if due.due_on <= horizon or due.state is DueState.OVERDUE:
                items.append(
                    DueItem(
                        asset_id,
                        plate or code_register(code, register),
                        name,
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
    rises, so these give what the whole history would. Vehicles whose odometer was reset are
    read one by one (rare), from their reset on.
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
    resets = connection.scalars(
        select(OdometerReset.asset_id)
        .distinct()
        .join(Asset, Asset.id == OdometerReset.asset_id)
        .where(*fleet)
    ).all()
    for asset_id in (asset_id for asset_id in resets if asset_id in result):
        readings = readings_of(session, asset_id)
        result[asset_id] = _Odometer(
            max(readings, key=lambda reading: (reading.on, reading.km)),
            min(reading.km for reading in readings),
            daily_distance(readings, today),
        )
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
            ServicePlan.every_km,
            ServicePlan.every_months,
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
                ("due_km", str(item.due_km)),
                ("current_km", str(item.current_km)),
            )
            message = MSG_DUE_KM
        else:
            params = (("vehicle", item.vehicle), ("what", what_text(item)))
            message = MSG_DUE
        items.append(
            AttentionItem(urgency[item.state], AREA_VEHICLES, message, params, item.due_on)
        )
    return items
