"""What the vehicles page shows: the fleet, one vehicle's card, its timeline and fuel figures,
and the edits that are not new records (details, plans switched off, documents renewed or
corrected).

Records themselves (service, fuel, odometer replaced, payments) are written, and deleted, by
``vehicles.records`` and corrected by ``vehicles.corrections``; which meter a reading is on is
``vehicles.meters.meter_of``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, load_asset
from inventaris.assets.vehicle_numbers import normalize_plate
from inventaris.catalog import VEHICLE_PREFIX
from inventaris.core.attention import Urgency, urgency_of
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import (
    Asset,
    FuelRecord,
    OdometerReset,
    Room,
    ServicePlan,
    ServiceRecord,
    VehicleDetail,
    VehicleDocument,
    VehiclePayment,
)
from inventaris.vehicles.due import PlanDue, Reading, daily_distance
from inventaris.vehicles.due_list import DueItem, due_items, plan_dues
from inventaris.vehicles.meters import meter_of, meter_resets, readings_of
from inventaris.vehicles.records import (
    DOCUMENT_KINDS,
    FUELS,
    LABEL_FUEL,
    MSG_KIND,
    add_payment,
    check_payment,
    load_vehicle,
)

WHEELS = ("R2", "R4", "R6")
SERVICE_KIND_LABELS = {
    "servis_berkala": QT_TRANSLATE_NOOP("Engine", "Periodic service"),
    "ganti_oli": QT_TRANSLATE_NOOP("Engine", "Oil change"),
    "ban": QT_TRANSLATE_NOOP("Engine", "Tyres"),
    "aki": QT_TRANSLATE_NOOP("Engine", "Battery"),
    "rem": QT_TRANSLATE_NOOP("Engine", "Brakes"),
    "mesin": QT_TRANSLATE_NOOP("Engine", "Engine"),
    "kelistrikan": QT_TRANSLATE_NOOP("Engine", "Electrical"),
    "body": QT_TRANSLATE_NOOP("Engine", "Bodywork"),
    "ac": QT_TRANSLATE_NOOP("Engine", "Air conditioning"),
    "lainnya": QT_TRANSLATE_NOOP("Engine", "Other"),
}
MSG_NO_PLAN = QT_TRANSLATE_NOOP("Engine", "The service plan no longer exists.")
MSG_NO_DOCUMENT = QT_TRANSLATE_NOOP("Engine", "The document no longer exists.")
MSG_WHEELS = QT_TRANSLATE_NOOP("Engine", "Wheels: choose R2, R4 or R6.")
MSG_RENEW_EARLIER = QT_TRANSLATE_NOOP(
    "Engine", "The new expiry date {new} is not later than the current one, {old}."
)


def fill_cost(litres: Decimal, price_per_litre: int) -> int:
    """What one fill cost, in whole Rupiah."""
    return int((litres * price_per_litre).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --- fuel figures ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class FuelFill:
    on: date
    km: int
    litres: Decimal
    cost: int
    recorded_at: datetime | None = None  # for ``meter_of``; None: at the end of its day


@dataclass(frozen=True)
class FuelStats:
    fills: int
    litres: Decimal
    cost: int
    km: int  # between the first and the last fill
    km_per_litre: Decimal | None
    cost_per_km: Decimal | None


def fuel_stats(fills: Iterable[FuelFill]) -> FuelStats:
    """Fuel use, full-tank to full-tank.

    The fuel bought at a fill is burnt on the way to the next one, so the distance between the
    first and the last fill is set against the litres and Rupiah of every fill but the last.
    With fewer than two fills there is no distance to tell from.
    """
    ordered = sorted(fills, key=lambda fill: (fill.on, fill.km))
    litres = sum((fill.litres for fill in ordered), Decimal(0))
    cost = sum(fill.cost for fill in ordered)
    if len(ordered) < 2:
        return FuelStats(len(ordered), litres, cost, 0, None, None)
    km = max(ordered[-1].km - ordered[0].km, 0)
    burnt_litres = litres - ordered[-1].litres
    burnt_cost = cost - ordered[-1].cost
    per_litre = (Decimal(km) / burnt_litres).quantize(Decimal("0.01")) if burnt_litres else None
    per_km = (Decimal(burnt_cost) / km).quantize(Decimal("0.01")) if km else None
    return FuelStats(len(ordered), litres, cost, km, per_litre, per_km)


def fuel_fills(
    session: Session, asset_id: int, start: date | None = None, end: date | None = None
) -> list[FuelFill]:
    """The fills of one vehicle in a period that are on the meter in use at its end.

    Distances across a replaced odometer mean nothing: only that meter's fills count."""
    query = select(
        FuelRecord.filled_on,
        FuelRecord.odometer_km,
        FuelRecord.litres,
        FuelRecord.price_per_litre,
        FuelRecord.recorded_at,
    ).where(FuelRecord.asset_id == asset_id)
    if start is not None:
        query = query.where(FuelRecord.filled_on >= start)
    if end is not None:
        query = query.where(FuelRecord.filled_on <= end)
    resets = [reset for reset in meter_resets(session, asset_id) if end is None or reset.on <= end]
    return [
        FuelFill(on, km, litres, fill_cost(litres, price), recorded_at)
        for on, km, litres, price, recorded_at in session.execute(query)
        if meter_of(on, recorded_at, resets) == len(resets)
    ]


# --- the fleet ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VehicleRow:
    asset_id: int
    unit_id: int
    plate: str
    name: str
    code_register: str
    year: int
    holder_name: str
    driver_name: str
    pooled: bool
    wheels: str
    odometer_km: int | None
    odometer_on: date | None
    worst_state: Urgency | None  # the most urgent due item, None when nothing is due
    status: str


@dataclass(frozen=True)
class Fleet:
    vehicles: tuple[VehicleRow, ...]
    due: tuple[DueItem, ...]


def _newest(columns: tuple[Any, Any, Any], wanted: Any) -> Any:
    """One vehicle's newest record's ``wanted`` column, as a correlated subquery."""
    asset_column, on_column, km_column = columns
    return (
        select(wanted)
        .where(asset_column == Asset.id)
        .order_by(on_column.desc(), km_column.desc())
        .limit(1)
        .scalar_subquery()
    )


def _latest_readings(session: Session, asset_ids: Sequence[int]) -> dict[int, Reading]:
    """Each vehicle's latest odometer reading, on its current meter.

    From the newest record of each kind; a vehicle whose odometer was replaced (rare) is read
    one by one with ``readings_of``."""
    latest: dict[int, Reading] = {}
    tables = (
        (ServiceRecord.asset_id, ServiceRecord.serviced_on, ServiceRecord.odometer_km),
        (FuelRecord.asset_id, FuelRecord.filled_on, FuelRecord.odometer_km),
    )
    for chunk_start in range(0, len(asset_ids), 900):
        chunk = list(asset_ids[chunk_start : chunk_start + 900])
        replaced = set(
            session.scalars(
                select(OdometerReset.asset_id).distinct().where(OdometerReset.asset_id.in_(chunk))
            )
        )
        plain = [asset_id for asset_id in chunk if asset_id not in replaced]
        for columns in tables if plain else ():
            _, on_column, km_column = columns
            rows = session.execute(
                select(Asset.id, _newest(columns, on_column), _newest(columns, km_column)).where(
                    Asset.id.in_(plain)
                )
            )
            for asset_id, on, km in rows:
                if on is not None and (
                    asset_id not in latest or (on, km) > (latest[asset_id].on, latest[asset_id].km)
                ):
                    latest[asset_id] = Reading(on, km)
        for asset_id in sorted(replaced):
            readings = readings_of(session, asset_id)
            latest[asset_id] = max(readings, key=lambda reading: (reading.on, reading.km))
    return latest


def fleet(db: Database, actor: Actor, *, include_disposed: bool = False) -> Fleet:
    """Every vehicle with its latest odometer and its most urgent due item, and the due list."""
    require(actor, Permission.VIEW)
    due = due_items(db, actor)
    worst: dict[int, Urgency] = {}
    for item in due:
        worst[item.asset_id] = min(worst.get(item.asset_id, Urgency.OK), item.state)
    with db.read() as session:
        query = (
            select(Asset, VehicleDetail)
            .outerjoin(VehicleDetail, VehicleDetail.asset_id == Asset.id)
            .where(Asset.unit_id.in_(actor.unit_ids), Asset.code.startswith(VEHICLE_PREFIX))
            .order_by(Asset.plate_number, Asset.code, Asset.register_number)
        )
        if not include_disposed:
            query = query.where(Asset.status != "dihapus")
        found = session.execute(query).all()
        latest = _latest_readings(session, [asset.id for asset, _ in found])
        rows = []
        for asset, detail in found:
            reading = latest.get(asset.id)
            rows.append(
                VehicleRow(
                    asset_id=asset.id,
                    unit_id=asset.unit_id,
                    plate=asset.plate_number,
                    name=asset.brand_type or asset.name,
                    code_register=code_register(asset.code, asset.register_number),
                    year=asset.acquisition_year,
                    holder_name=asset.holder_name,
                    driver_name=detail.driver_name if detail else "",
                    pooled=detail.pooled if detail else False,
                    wheels=detail.wheels if detail else "",
                    odometer_km=reading.km if reading else None,
                    odometer_on=reading.on if reading else None,
                    worst_state=worst.get(asset.id),
                    status=asset.status,
                )
            )
    return Fleet(tuple(rows), tuple(due))


# --- one vehicle ------------------------------------------------------------------------------


@dataclass(frozen=True)
class VehicleDetailInput:
    previous_plate: str = ""
    colour: str = ""
    fuel_type: str = ""
    wheels: str = "R4"
    driver_name: str = ""
    pooled: bool = False


@dataclass(frozen=True)
class PlanView:
    id: int
    name: str
    service_kind: str
    every_km: int | None
    every_months: int | None
    due: PlanDue


@dataclass(frozen=True)
class DocumentView:
    id: int
    kind: str
    number: str
    expires_on: date
    note: str
    state: Urgency
    superseded: bool  # a later document of the same kind exists


@dataclass(frozen=True)
class VehicleCard:
    asset_id: int
    plate: str
    name: str
    brand_type: str
    code_register: str
    year: int
    engine_size: str  # KIB B "Ukuran / CC"
    chassis_number: str
    engine_number: str
    bpkb_number: str
    holder_name: str
    room_name: str
    condition: str
    status: str
    details: VehicleDetailInput
    odometer: Reading | None
    daily_km: float | None
    plans: tuple[PlanView, ...]
    documents: tuple[DocumentView, ...]
    fuel_last_year: FuelStats
    timeline: tuple[TimelineEntry, ...] = ()  # newest first, read with the rest


def superseded_ids(documents: Iterable[tuple[int, str, date]]) -> set[int]:
    """Documents replaced by a later one of the same kind (a renewed tax, a new policy).

    Each "other" document stands alone."""
    newest: dict[str, tuple[date, int]] = {}
    listed = list(documents)
    for document_id, kind, expires_on in listed:
        if kind != "lainnya" and (kind not in newest or (expires_on, document_id) > newest[kind]):
            newest[kind] = (expires_on, document_id)
    return {
        document_id
        for document_id, kind, _ in listed
        if kind != "lainnya" and newest[kind][1] != document_id
    }


def vehicle_card(db: Database, actor: Actor, asset_id: int) -> VehicleCard:
    require(actor, Permission.VIEW)
    today = change_date(db, None)
    with db.read() as session:
        asset = load_vehicle(session, actor, asset_id, for_change=False)
        detail = session.get(VehicleDetail, asset_id)
        room_name = session.scalar(select(Room.name).where(Room.id == asset.room_id)) or ""
        start = asset.acquisition_date or date(asset.acquisition_year, 1, 1)
        active_plans = session.scalars(
            select(ServicePlan)
            .where(ServicePlan.asset_id == asset_id, ServicePlan.active.is_(True))
            .order_by(ServicePlan.id)
        ).all()
        readings, dues = plan_dues(session, asset_id, active_plans, start, today)
        current = max(readings, key=lambda r: (r.on, r.km)) if readings else None
        plans = [
            PlanView(plan.id, plan.name, plan.service_kind, plan.every_km, plan.every_months, due)
            for plan, due in zip(active_plans, dues, strict=True)
        ]
        documents = session.scalars(
            select(VehicleDocument)
            .where(VehicleDocument.asset_id == asset_id)
            .order_by(VehicleDocument.expires_on.desc(), VehicleDocument.id.desc())
        ).all()
        old = superseded_ids((d.id, d.kind, d.expires_on) for d in documents)
        fills = fuel_fills(session, asset_id, today - timedelta(days=365), today)
        return VehicleCard(
            asset_id=asset.id,
            plate=asset.plate_number,
            name=asset.name,
            brand_type=asset.brand_type,
            code_register=code_register(asset.code, asset.register_number),
            year=asset.acquisition_year,
            engine_size=asset.size,
            chassis_number=asset.chassis_number,
            engine_number=asset.engine_number,
            bpkb_number=asset.bpkb_number,
            holder_name=asset.holder_name,
            room_name=room_name,
            condition=asset.condition,
            status=asset.status,
            details=_detail_input(detail),
            odometer=current,
            daily_km=daily_distance(readings, today),
            plans=tuple(plans),
            documents=tuple(
                DocumentView(
                    d.id,
                    d.kind,
                    d.number,
                    d.expires_on,
                    d.note,
                    urgency_of(d.expires_on, today),
                    d.id in old,
                )
                for d in documents
            ),
            fuel_last_year=fuel_stats(fills),
            timeline=tuple(timeline_of(session, asset_id)),
        )


def _detail_input(detail: VehicleDetail | None) -> VehicleDetailInput:
    if detail is None:
        return VehicleDetailInput()
    return VehicleDetailInput(
        previous_plate=detail.previous_plate,
        colour=detail.colour,
        fuel_type=detail.fuel_type,
        wheels=detail.wheels,
        driver_name=detail.driver_name,
        pooled=detail.pooled,
    )


def save_vehicle_details(
    db: Database, actor: Actor, asset_id: int, data: VehicleDetailInput
) -> None:
    """Previous plate, colour, fuel, wheels, driver and pooled or assigned."""
    require(actor, Permission.EDIT_VEHICLES)
    previous_plate = normalize_plate(data.previous_plate)
    if data.wheels not in WHEELS:
        raise ValidationError(MSG_WHEELS, field="wheels")
    if data.fuel_type and data.fuel_type not in FUELS:
        raise ValidationError(
            MSG_KIND,
            field="fuel_type",
            label=LABEL_FUEL,
            choices=", ".join(FUELS),
            value=data.fuel_type,
        )
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
        detail = session.get(VehicleDetail, asset_id)
        if detail is None:
            detail = VehicleDetail(asset_id=asset_id)
            session.add(detail)
        detail.previous_plate = previous_plate
        detail.colour = data.colour.strip()
        detail.fuel_type = data.fuel_type
        detail.wheels = data.wheels
        detail.driver_name = data.driver_name.strip()
        detail.pooled = data.pooled


def _plan(session: Session, actor: Actor, plan_id: int) -> ServicePlan:
    plan = session.get(ServicePlan, plan_id)
    if plan is None:
        raise NotFound(MSG_NO_PLAN)
    load_vehicle(session, actor, plan.asset_id)
    return plan


def stop_plan(db: Database, actor: Actor, plan_id: int) -> None:
    """Switch a plan off; its history stays in the audit log."""
    require(actor, Permission.EDIT_VEHICLES)
    with db.write(actor) as session:
        _plan(session, actor, plan_id).active = False


def renew_document(
    db: Database,
    actor: Actor,
    document_id: int,
    expires_on: date,
    number: str | None = None,
    *,
    note: str | None = None,
    amount_paid: int = 0,
    paid_on: date | None = None,
) -> int:
    """A renewed tax, STNK or policy: a new document of the same kind with the later date, and
    what was paid for it (``amount_paid`` on ``paid_on``, today unless given), a cost of the
    vehicle. None keeps the old number or note.

    The old one stays as history and stops raising attention."""
    require(actor, Permission.EDIT_VEHICLES)
    paid = check_payment(db, amount_paid, paid_on)
    with db.write(actor) as session:
        old = session.get(VehicleDocument, document_id)
        if old is None:
            raise NotFound(MSG_NO_DOCUMENT)
        load_vehicle(session, actor, old.asset_id)
        if expires_on <= old.expires_on:
            raise ValidationError(
                MSG_RENEW_EARLIER,
                field="expires_on",
                new=expires_on.strftime("%d-%m-%Y"),
                old=old.expires_on.strftime("%d-%m-%Y"),
            )
        renewed = VehicleDocument(
            asset_id=old.asset_id,
            kind=old.kind,
            number=(old.number if number is None else number).strip(),
            expires_on=expires_on,
            note=(old.note if note is None else note).strip(),
        )
        if old.kind == "lainnya":
            # "Other" documents do not supersede each other: the renewed one replaces this one
            # (its earlier payments stay, each a row of its own).
            old.expires_on, old.number, old.note = expires_on, renewed.number, renewed.note
            renewed = old
        else:
            session.add(renewed)
            session.flush()
        if paid is not None:
            add_payment(db, session, actor, renewed, amount_paid, paid)
        return renewed.id


def correct_document(
    db: Database,
    actor: Actor,
    document_id: int,
    expires_on: date,
    number: str | None = None,
    note: str | None = None,
) -> None:
    """Correct a mistyped document in place (a wrong year, a wrong number); None keeps a value.

    Unlike a renewal nothing new is made; which document of a kind is the current one still
    follows the dates, so a later one keeps superseding the corrected one (and the other way
    round)."""
    require(actor, Permission.EDIT_VEHICLES)
    with db.write(actor) as session:
        document = session.get(VehicleDocument, document_id)
        if document is None:
            raise NotFound(MSG_NO_DOCUMENT)
        load_vehicle(session, actor, document.asset_id)
        document.expires_on = expires_on
        if number is not None:
            document.number = number.strip()
        if note is not None:
            document.note = note.strip()


# --- the timeline -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    kind: str  # "service", "fuel", "odometer" or "payment"
    record_id: int
    odometer_km: int | None  # None for a payment
    what: str  # service kind, fuel name or document kind; "" for the odometer
    detail: str  # workshop and description, driver and coupon, the note, or the document
    litres: Decimal | None
    cost: int
    valid_until: date | None = None  # a payment: the end of what it paid for

    @property
    def printed_detail(self) -> str:
        """The detail as the Indonesian papers write it ("s.d." the end of what was paid)."""
        until = f"s.d. {self.valid_until:%d-%m-%Y}" if self.valid_until is not None else ""
        return " · ".join(part for part in (until, self.detail) if part)


def vehicle_timeline(db: Database, actor: Actor, asset_id: int) -> list[TimelineEntry]:
    """Every service, fuel, odometer and payment record of one vehicle, newest first."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        load_asset(session, actor, asset_id)
        return timeline_of(session, asset_id)


def timeline_of(session: Session, asset_id: int) -> list[TimelineEntry]:
    entries = [
        TimelineEntry(
            r.serviced_on,
            "service",
            r.id,
            r.odometer_km,
            r.kind,
            " · ".join(
                part
                for part in (
                    r.workshop,
                    r.receipt_number and f"No. {r.receipt_number}",
                    r.description,
                )
                if part
            ),
            None,
            r.parts_cost + r.labour_cost,
        )
        for r in session.scalars(select(ServiceRecord).where(ServiceRecord.asset_id == asset_id))
    ]
    entries += [
        TimelineEntry(
            r.filled_on,
            "fuel",
            r.id,
            r.odometer_km,
            r.fuel,
            " · ".join(part for part in (r.driver_name, r.coupon_number) if part),
            r.litres,
            fill_cost(r.litres, r.price_per_litre),
        )
        for r in session.scalars(select(FuelRecord).where(FuelRecord.asset_id == asset_id))
    ]
    entries += [
        TimelineEntry(r.reset_on, "odometer", r.id, r.new_reading_km, "", r.note, None, 0)
        for r in session.scalars(select(OdometerReset).where(OdometerReset.asset_id == asset_id))
    ]
    payments = select(VehiclePayment, VehicleDocument).join(
        VehicleDocument, VehicleDocument.id == VehiclePayment.document_id
    )
    entries += [
        TimelineEntry(
            paid.paid_on,
            "payment",
            paid.id,
            None,
            document.kind,
            " · ".join(part for part in (document.number, document.note) if part),
            None,
            paid.amount,
            document.expires_on,
        )
        for paid, document in session.execute(payments.where(VehiclePayment.asset_id == asset_id))
    ]
    # Newest first; on one day by km, payments (no km) last.
    order = {"payment": 0, "odometer": 1, "fuel": 2, "service": 3}
    entries.sort(key=lambda e: (e.on, e.odometer_km or 0, order[e.kind], e.record_id), reverse=True)
    return entries


def monthly_costs(entries: Iterable[TimelineEntry], year: int) -> dict[str, tuple[int, ...]]:
    """Service, fuel and payment (tax) spending of each month of ``year``, from a vehicle's
    timeline."""
    costs = {"service": [0] * 12, "fuel": [0] * 12, "payment": [0] * 12}
    for entry in entries:
        if entry.on.year == year and entry.kind in costs:
            costs[entry.kind][entry.on.month - 1] += entry.cost
    return {kind: tuple(values) for kind, values in costs.items()}


__all__ = [
    "DOCUMENT_KINDS",
    "SERVICE_KIND_LABELS",
    "WHEELS",
    "DocumentView",
    "Fleet",
    "FuelFill",
    "FuelStats",
    "PlanView",
    "TimelineEntry",
    "VehicleCard",
    "VehicleDetailInput",
    "VehicleRow",
    "correct_document",
    "fill_cost",
    "fleet",
    "fuel_fills",
    "fuel_stats",
    "monthly_costs",
    "renew_document",
    "save_vehicle_details",
    "stop_plan",
    "superseded_ids",
    "timeline_of",
    "vehicle_card",
    "vehicle_timeline",
]
