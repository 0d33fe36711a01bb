"""The running life of official vehicles: details, services, fuel, plans, dated documents and
what was paid for them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime


class VehicleDetail(Base):
    __tablename__ = "vehicle_detail"

    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), primary_key=True)
    previous_plate: Mapped[str] = mapped_column(String(16), default="")
    colour: Mapped[str] = mapped_column(String(40), default="")
    fuel_type: Mapped[str] = mapped_column(String(20), default="")
    wheels: Mapped[str] = mapped_column(String(4), default="R4")
    driver_name: Mapped[str] = mapped_column(String(120), default="")
    pooled: Mapped[bool] = mapped_column(default=False)


class ServiceRecord(Base):
    __tablename__ = "service_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"))
    serviced_on: Mapped[date] = mapped_column(Date)
    odometer_km: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(24))
    workshop: Mapped[str] = mapped_column(String(120), default="")
    receipt_number: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    parts_cost: Mapped[int] = mapped_column(BigInteger, default=0)
    labour_cost: Mapped[int] = mapped_column(BigInteger, default=0)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    row_version: Mapped[int] = mapped_column(Integer, default=1)  # a correction from a stale form

    __mapper_args__ = {"version_id_col": row_version}
    # Covering indexes: the due list reads only these columns, from the index alone.
    __table_args__ = (
        Index("ix_service_record_asset_on", "asset_id", "serviced_on", "odometer_km"),
        Index("ix_service_record_asset_kind", "asset_id", "kind", "serviced_on", "odometer_km"),
    )


class FuelRecord(Base):
    __tablename__ = "fuel_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"))
    filled_on: Mapped[date] = mapped_column(Date)
    fuel: Mapped[str] = mapped_column(String(20))
    litres: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    price_per_litre: Mapped[int] = mapped_column(BigInteger)
    odometer_km: Mapped[int] = mapped_column(Integer)
    driver_name: Mapped[str] = mapped_column(String(120), default="")
    coupon_number: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (Index("ix_fuel_record_asset_on", "asset_id", "filled_on", "odometer_km"),)


class OdometerReset(Base):
    """The odometer was replaced or reset: readings start again from ``new_reading_km``."""

    __tablename__ = "odometer_reset"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    reset_on: Mapped[date] = mapped_column(Date)
    new_reading_km: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class ServicePlan(Base):
    """Every N km and/or every M months, whichever comes first.

    It counts from the last matching service; without one, from its start (the day it was
    made, at the odometer reading then); a plan without a start (made before plans had one)
    from the vehicle's acquisition."""

    __tablename__ = "service_plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    service_kind: Mapped[str] = mapped_column(String(24))
    every_km: Mapped[int | None] = mapped_column(Integer)
    every_months: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    starts_on: Mapped[date | None] = mapped_column(Date)
    starts_km: Mapped[int | None] = mapped_column(Integer)


class VehicleDocument(Base):
    """A dated document: annual tax/STNK validation, 5-yearly STNK and plate, insurance …"""

    __tablename__ = "vehicle_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    number: Mapped[str] = mapped_column(String(60), default="")
    expires_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class VehiclePayment(Base):
    """What was paid for one of a vehicle's documents (the annual tax at its renewal, a premium):
    a cost of the vehicle on the day it was paid. A renewed "other" document keeps its row, so
    each payment is a row of its own."""

    __tablename__ = "vehicle_payment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("vehicle_document.id"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (Index("ix_vehicle_payment_asset_on", "asset_id", "paid_on"),)
