"""Correcting a vehicle's records: a service, a fill or a payment read back into its form and
saved again, checked as when it was first recorded.

The odometer rule holds across the correction: the corrected reading must fit between the
readings around its (possibly new) date on its meter, so a mistyped high reading that blocks
later entries is put right by correcting it (or deleting it, ``records.delete_record``). A form
opened before another PC saved the same record is refused (the record's row version), and the
audit log keeps the values before and after.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.model import FuelRecord, ServiceRecord, VehicleDocument, VehiclePayment
from inventaris.vehicles.meters import check_odometer
from inventaris.vehicles.records import (
    MSG_NO_RECORD,
    FuelInput,
    ServiceInput,
    check_fuel,
    check_payment,
    check_service,
    fuel_values,
    load_vehicle,
    restart_plans,
    service_values,
)

MSG_RECORD_CHANGED = QT_TRANSLATE_NOOP(
    "Engine",
    "This record was changed on another computer after you opened it. Close the form and open "
    "the record again to see the change.",
)
MSG_PAYMENT_ZERO = QT_TRANSLATE_NOOP(
    "Engine",
    "Amount paid: give the amount. To remove a payment recorded by mistake, delete it.",
)


@dataclass(frozen=True)
class ServiceRecordView:
    id: int
    row_version: int
    data: ServiceInput


@dataclass(frozen=True)
class FuelRecordView:
    id: int
    row_version: int
    data: FuelInput


@dataclass(frozen=True)
class PaymentView:
    id: int
    row_version: int
    asset_id: int
    document_kind: str
    document_number: str
    expires_on: date  # the document's
    paid_on: date
    amount: int


_Record = TypeVar("_Record", ServiceRecord, FuelRecord, VehiclePayment)


def _found(
    session: Session, actor: Actor, model: type[_Record], record_id: int, *, for_change: bool
) -> _Record:
    """The record, when it exists and its vehicle is the actor's (and, to change, on the
    register); about to change, the vehicle is locked first (``load_vehicle``)."""
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(MSG_NO_RECORD)
    load_vehicle(session, actor, record.asset_id, for_change=for_change)
    return record


def _check_version(record: ServiceRecord | FuelRecord | VehiclePayment, expected: int) -> None:
    if record.row_version != expected:
        raise ConflictError(MSG_RECORD_CHANGED)


# --- reading back into the form -------------------------------------------------------------------


def service_record(db: Database, actor: Actor, record_id: int) -> ServiceRecordView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        r = _found(session, actor, ServiceRecord, record_id, for_change=False)
        data = ServiceInput(
            r.asset_id,
            r.serviced_on,
            r.odometer_km,
            r.kind,
            r.parts_cost,
            r.labour_cost,
            r.workshop,
            r.receipt_number,
            r.description,
        )
        return ServiceRecordView(r.id, r.row_version, data)


def fuel_record(db: Database, actor: Actor, record_id: int) -> FuelRecordView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        r = _found(session, actor, FuelRecord, record_id, for_change=False)
        data = FuelInput(
            r.asset_id,
            r.filled_on,
            r.fuel,
            r.litres,
            r.price_per_litre,
            r.odometer_km,
            r.driver_name,
            r.coupon_number,
        )
        return FuelRecordView(r.id, r.row_version, data)


def payment(db: Database, actor: Actor, payment_id: int) -> PaymentView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        paid = _found(session, actor, VehiclePayment, payment_id, for_change=False)
        kind, number, expires_on = session.execute(
            select(VehicleDocument.kind, VehicleDocument.number, VehicleDocument.expires_on).where(
                VehicleDocument.id == paid.document_id
            )
        ).one()
        return PaymentView(
            paid.id,
            paid.row_version,
            paid.asset_id,
            kind,
            number,
            expires_on,
            paid.paid_on,
            paid.amount,
        )


# --- saving the correction ------------------------------------------------------------------------


def update_service_record(
    db: Database, actor: Actor, record_id: int, data: ServiceInput, *, expected_version: int
) -> None:
    """Save a corrected service (a record stays with its vehicle: ``data.asset_id`` is not
    used). Refused like a new one when its reading does not fit its date."""
    require(actor, Permission.EDIT_VEHICLES)
    when = check_service(db, data)
    with db.write(actor) as session:
        record = _found(session, actor, ServiceRecord, record_id, for_change=True)
        _check_version(record, expected_version)
        since = min(record.serviced_on, when)
        for column, value in service_values(data, when).items():
            setattr(record, column, value)
        _recheck(session, record.asset_id, when, data.odometer_km, record, since)


def update_fuel_record(
    db: Database, actor: Actor, record_id: int, data: FuelInput, *, expected_version: int
) -> None:
    """Save a corrected fill (``data.asset_id`` is not used), checked as a new one is."""
    require(actor, Permission.EDIT_VEHICLES)
    when = check_fuel(db, data)
    with db.write(actor) as session:
        record = _found(session, actor, FuelRecord, record_id, for_change=True)
        _check_version(record, expected_version)
        since = min(record.filled_on, when)
        for column, value in fuel_values(data, when).items():
            setattr(record, column, value)
        _recheck(session, record.asset_id, when, data.odometer_km, record, since)


def _recheck(
    session: Session,
    asset_id: int,
    on: date,
    km: int,
    record: ServiceRecord | FuelRecord,
    since: date,
) -> None:
    """The odometer rule for the corrected reading, then the plans whose start it may move.

    The record is written first, so the readings around it are read with its new values: set
    against itself a reading always fits. Its meter is the one of its new day, with the moment
    it was first recorded (``meter_of``)."""
    session.flush()
    check_odometer(session, asset_id, on, km, record.recorded_at)
    restart_plans(session, asset_id, since)


def update_payment(
    db: Database,
    actor: Actor,
    payment_id: int,
    paid_on: date,
    amount: int,
    *,
    expected_version: int,
) -> None:
    """Correct what was paid for a document, and when."""
    require(actor, Permission.EDIT_VEHICLES)
    if amount == 0:
        raise ValidationError(MSG_PAYMENT_ZERO, field="amount_paid")
    on = check_payment(db, amount, paid_on)
    assert on is not None  # an amount was given
    with db.write(actor) as session:
        paid = _found(session, actor, VehiclePayment, payment_id, for_change=True)
        _check_version(paid, expected_version)
        paid.paid_on, paid.amount = on, amount


__all__ = [
    "FuelRecordView",
    "PaymentView",
    "ServiceRecordView",
    "fuel_record",
    "payment",
    "service_record",
    "update_fuel_record",
    "update_payment",
    "update_service_record",
]
