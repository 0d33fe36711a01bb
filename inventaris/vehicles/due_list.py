"""What is due across the fleet: each active plan's next service and each document's expiry,
for the due list, the dashboard and a vehicle's card. The due computation itself is pure and
lives in ``inventaris.vehicles.due``; across a replaced odometer it is fed through
``inventaris.vehicles.meters``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, func, select
from sqlalchemy.orm import Session, aliased

from inventaris.assets.editing import change_date
from inventaris.catalog import VEHICLE_PREFIX, code_under
from inventaris.core.attention import AttentionItem, Urgency, urgency_of
from inventaris.core.db import Database
from inventaris.core.formatting import group_thousands
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import (
    Asset,
    FuelRecord,
    OdometerReset,
    ServicePlan,
    ServiceRecord,
    VehicleDocument,
)
from inventaris.vehicles.due import (
    ESTIMATE_WINDOW_DAYS,
    PlanDue,
    Reading,
    daily_distance,
    due_from_base,
    plan_base,
)
from inventaris.vehicles.meters import (
    RESET_COLUMNS,
    RESET_ORDER,
    MeterHistory,
    MeterReset,
    meter_history,
    meter_of,
    meter_resets,
    readings_of,
)
from inventaris.vehicles.records import DOCUMENT_LABELS

AREA_VEHICLES = QT_TRANSLATE_NOOP("Engine", "Vehicles")
MSG_DUE = QT_TRANSLATE_NOOP("Engine", "{vehicle}: {what}")
MSG_DUE_KM = QT_TRANSLATE_NOOP("Engine", "{vehicle}: {what} at {due_km} km (now {current_km} km)")
# After the vehicle on a line of ``inventaris due``.
MSG_DUE_SUMMARY = QT_TRANSLATE_NOOP("Engine", "{what}")
MSG_DUE_SUMMARY_KM = QT_TRANSLATE_NOOP("Engine", "{what} ({due_km} km)")


@dataclass(frozen=True)
class DueItem:
    asset_id: int
    vehicle: str  # plate, or code + register
    what: str  # plan name or document kind
    due_on: date
    state: Urgency
    due_km: int | None = None
    current_km: int | None = None
    estimated: bool = False


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
    history: MeterHistory | None,
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
    history = meter_history(session, asset_id, resets) if resets else None
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
    with db.read() as session:
        return due_items_in(session, actor, today, within_days)


def due_items_in(session: Session, actor: Actor, today: date, within_days: int) -> list[DueItem]:
    """``due_items`` in the caller's open session."""
    horizon = today + timedelta(days=within_days)
    items: list[DueItem] = []
    # Plain rows through the session's connection, only the columns the list needs:
    # no ORM objects (nor the ORM's result machinery) for a whole fleet.
    connection = session.connection()
    fleet = _fleet(session, actor)
    plans = _last_services(connection, fleet)
    odometers = _readings_for_due(session, fleet, today) if plans else {}
    # Vehicles whose odometer was replaced (rare) are read one by one, across their meters.
    histories: dict[int, MeterHistory] = {}
    for asset_id, resets in _fleet_resets(connection, fleet).items() if plans else ():
        if asset_id in odometers:
            histories[asset_id] = meter_history(session, asset_id, resets)
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
        if due.due_on <= horizon or due.state is Urgency.OVERDUE:
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
                urgency_of(expires_on, today),
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
        code_under(Asset.code, VEHICLE_PREFIX, session.get_bind().dialect.name),
    ]
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


def vehicle_attention(
    session: Session, actor: Actor, today: date, within_days: int
) -> list[AttentionItem]:
    """The due list as attention items (Beranda, ``inventaris due``)."""
    items: list[AttentionItem] = []
    for item in due_items_in(session, actor, today, within_days):
        params: tuple[tuple[str, str], ...] = (("vehicle", item.vehicle), ("what", what_text(item)))
        message, summary = MSG_DUE, MSG_DUE_SUMMARY_KM if item.due_km else MSG_DUE_SUMMARY
        if item.due_km is not None:
            params += (("due_km", group_thousands(item.due_km)),)
            if item.current_km is not None:
                params += (("current_km", group_thousands(item.current_km)),)
                message = MSG_DUE_KM
        items.append(
            AttentionItem(
                item.state,
                AREA_VEHICLES,
                message,
                params,
                item.due_on,
                item.vehicle,
                summary,
                item.asset_id,
            )
        )
    return items
