"""The vehicle log's records: service and fuel records with a rising odometer, odometer
replacements, service plans, documents and what was paid for them, and the deletion of a wrong
record (its correction is ``inventaris.vehicles.corrections``'s).

Which meter a reading is on, and the check that each meter's readings rise, are
``inventaris.vehicles.meters``'s; what is due is ``inventaris.vehicles.due_list``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, ensure_not_disposed, load_asset, today_in
from inventaris.assets.validation import MSG_FUTURE_DATE
from inventaris.catalog import is_vehicle
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.formatting import format_date, group_thousands
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.limits import check_amount
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import (
    Asset,
    FuelRecord,
    OdometerReset,
    ServicePlan,
    ServiceRecord,
    VehicleDocument,
    VehiclePayment,
)
from inventaris.vehicles.meters import (
    check_odometer,
    check_reset_removable,
    meter_of,
    meter_resets,
    readings_of,
)

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
RECORD_KINDS = ("service", "fuel", "odometer", "payment")
DOCUMENT_LABELS = {
    "pajak_tahunan": QT_TRANSLATE_NOOP("Engine", "Annual tax / STNK validation"),
    "stnk_5_tahun": QT_TRANSLATE_NOOP("Engine", "5-yearly STNK and plate"),
    "asuransi": QT_TRANSLATE_NOOP("Engine", "Insurance"),
    "lainnya": QT_TRANSLATE_NOOP("Engine", "Other document"),
}
MSG_RESET_BEFORE_READING = QT_TRANSLATE_NOOP(
    "Engine",
    "Odometer replaced on {date}: the current odometer already reads {last} km on {last_date}, "
    "after that day. Give the day it was replaced, on or after {last_date}.",
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
LABEL_AMOUNT_PAID = QT_TRANSLATE_NOOP("Engine", "Amount paid")
LABEL_PAID_ON = QT_TRANSLATE_NOOP("Engine", "Paid on")


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


def _check_km(km: int) -> None:
    if km < 0:
        raise ValidationError(MSG_NEGATIVE, field="odometer_km", label=LABEL_ODOMETER)


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


def check_service(db: Database, data: ServiceInput) -> date:
    """The checks of a service that need no database; its day (today at the latest)."""
    when = change_date(db, data.serviced_on)
    if data.kind not in SERVICE_KINDS:
        raise ValidationError(
            MSG_KIND,
            field="kind",
            label=LABEL_KIND,
            choices=", ".join(SERVICE_KINDS),
            value=data.kind,
        )
    check_amount(data.parts_cost, "parts_cost", LABEL_COST)
    check_amount(data.labour_cost, "labour_cost", LABEL_COST)
    _check_km(data.odometer_km)
    return when


def service_values(data: ServiceInput, when: date) -> dict[str, Any]:
    """The columns a service's form fills, for a new record and for a correction alike."""
    return {
        "serviced_on": when,
        "odometer_km": data.odometer_km,
        "kind": data.kind,
        "workshop": data.workshop.strip(),
        "receipt_number": data.receipt_number.strip(),
        "description": data.description.strip(),
        "parts_cost": data.parts_cost,
        "labour_cost": data.labour_cost,
    }


def add_service(db: Database, actor: Actor, data: ServiceInput) -> int:
    require(actor, Permission.EDIT_VEHICLES)
    when = check_service(db, data)
    with db.write(actor) as session:
        load_vehicle(session, actor, data.asset_id)
        now = db.clock()
        check_odometer(session, data.asset_id, when, data.odometer_km, now)
        record = ServiceRecord(
            asset_id=data.asset_id,
            **service_values(data, when),
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


def check_fuel(db: Database, data: FuelInput) -> date:
    """The checks of a fill that need no database; its day (today at the latest)."""
    when = change_date(db, data.filled_on)
    if data.fuel not in FUELS:
        raise ValidationError(
            MSG_KIND, field="fuel", label=LABEL_FUEL, choices=", ".join(FUELS), value=data.fuel
        )
    if data.litres <= 0:
        raise ValidationError(MSG_LITRES, field="litres")
    check_amount(data.price_per_litre, "price_per_litre", LABEL_PRICE)
    _check_km(data.odometer_km)
    return when


def fuel_values(data: FuelInput, when: date) -> dict[str, Any]:
    """The columns a fill's form fills, for a new record and for a correction alike."""
    return {
        "filled_on": when,
        "fuel": data.fuel,
        "litres": data.litres,
        "price_per_litre": data.price_per_litre,
        "odometer_km": data.odometer_km,
        "driver_name": data.driver_name.strip(),
        "coupon_number": data.coupon_number.strip(),
    }


def add_fuel(db: Database, actor: Actor, data: FuelInput) -> int:
    require(actor, Permission.EDIT_VEHICLES)
    when = check_fuel(db, data)
    with db.write(actor) as session:
        load_vehicle(session, actor, data.asset_id)
        now = db.clock()
        check_odometer(session, data.asset_id, when, data.odometer_km, now)
        record = FuelRecord(
            asset_id=data.asset_id,
            **fuel_values(data, when),
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
    _check_km(new_reading_km)
    with db.write(actor) as session:
        load_vehicle(session, actor, asset_id)
        readings = readings_of(session, asset_id)
        if readings:
            latest = max(readings, key=lambda reading: (reading.on, reading.km))
            if when < latest.on:
                raise ValidationError(
                    MSG_RESET_BEFORE_READING,
                    field="reset_on",
                    date=format_date(when),
                    last=group_thousands(latest.km),
                    last_date=format_date(latest.on),
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
        restart_plans(session, asset_id, when)


def restart_plans(session: Session, asset_id: int, since: date) -> None:
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


def check_payment(db: Database, amount_paid: int, paid_on: date | None) -> date | None:
    """The day of a payment given with a document, None without one (an amount of 0)."""
    check_amount(amount_paid, "amount_paid", LABEL_AMOUNT_PAID)
    if not amount_paid:
        return None
    today = today_in(db)
    on = paid_on or today
    if on > today:
        raise ValidationError(
            MSG_FUTURE_DATE, field="paid_on", label=LABEL_PAID_ON, value=format_date(on)
        )
    return on


def add_payment(
    db: Database, session: Session, actor: Actor, document: VehicleDocument, amount: int, on: date
) -> None:
    """What was paid for ``document`` (flushed, with an id): a cost of its vehicle on ``on``."""
    session.add(
        VehiclePayment(
            asset_id=document.asset_id,
            document_id=document.id,
            paid_on=on,
            amount=amount,
            recorded_at=db.clock(),
            recorded_by=actor.username,
        )
    )


def save_document(
    db: Database,
    actor: Actor,
    asset_id: int,
    kind: str,
    expires_on: date,
    number: str = "",
    note: str = "",
    amount_paid: int = 0,
    paid_on: date | None = None,
) -> int:
    """A dated document; with ``amount_paid``, also what was paid for it on ``paid_on`` (today
    unless given)."""
    require(actor, Permission.EDIT_VEHICLES)
    if kind not in DOCUMENT_KINDS:
        raise ValidationError(
            MSG_KIND, field="kind", label=LABEL_KIND, choices=", ".join(DOCUMENT_KINDS), value=kind
        )
    paid = check_payment(db, amount_paid, paid_on)
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
        if paid is not None:
            add_payment(db, session, actor, document, amount_paid, paid)
        return document.id


# --- corrections --------------------------------------------------------------------------------

_Correctable = ServiceRecord | FuelRecord | OdometerReset | VehiclePayment


def _record(session: Session, kind: str, record_id: int) -> _Correctable | None:
    if kind == "service":
        return session.get(ServiceRecord, record_id)
    if kind == "fuel":
        return session.get(FuelRecord, record_id)
    if kind == "payment":
        return session.get(VehiclePayment, record_id)
    return session.get(OdometerReset, record_id)


def delete_record(db: Database, actor: Actor, kind: str, record_id: int, reason: str) -> None:
    """Delete a service, fuel, odometer-replacement or payment record entered by mistake.

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
        elif isinstance(record, VehiclePayment):
            on = record.paid_on  # its document stays: only what was paid goes
        else:
            on = record.reset_on
            check_reset_removable(session, record)
        session.delete(record)
        # The audit hook writes the "delete" entry with the record's values and this reason.
        session.info["audit_reason"] = reason.strip()
        session.flush()
        session.info.pop("audit_reason")
        restart_plans(session, asset_id, on)
