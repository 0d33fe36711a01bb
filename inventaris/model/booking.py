"""Bookings of a meeting room or a pool vehicle, single or part of a recurring series.

No two active bookings of one resource overlap, ever: the database itself refuses it (an
exclusion constraint on PostgreSQL, triggers under SQLite's single write lock); the use cases
check first only to name the conflicting booking in a friendly sentence.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime


class BookingSeries(Base):
    """The rule a recurring booking was made from; each occurrence is its own booking row."""

    __tablename__ = "booking_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    resource_key: Mapped[str] = mapped_column(String(40))
    frequency: Mapped[str] = mapped_column(String(10))
    interval: Mapped[int] = mapped_column(Integer, default=1)
    weekdays: Mapped[str] = mapped_column(String(20), default="")  # "0,3": Monday, Thursday
    monthly_by: Mapped[str] = mapped_column(String(10), default="date")
    nth: Mapped[int] = mapped_column(Integer, default=0)
    first_on: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)
    count: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class Booking(Base):
    __tablename__ = "booking"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    # "room:12" or "vehicle:34": one column for the overlap guard on both kinds of resource.
    resource_key: Mapped[str] = mapped_column(String(40))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    vehicle_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id"))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime)
    title: Mapped[str] = mapped_column(String(200))
    organizer_unit: Mapped[str] = mapped_column(String(120), default="")
    contact_name: Mapped[str] = mapped_column(String(120), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    participants: Mapped[int | None] = mapped_column(Integer)
    needs: Mapped[str] = mapped_column(String(120), default="")  # "snacks,projector,sound"
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="confirmed")
    cancel_reason: Mapped[str] = mapped_column(String(240), default="")
    series_id: Mapped[int | None] = mapped_column(ForeignKey("booking_series.id"))
    series_date: Mapped[date | None] = mapped_column(Date)  # the occurrence's date in the rule
    # Edited or cancelled on its own: edits to the whole series leave it as it is.
    own_changes: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_booking_resource_time", "resource_key", "starts_at", "ends_at"),
        Index("ix_booking_time", "starts_at"),
        Index("ix_booking_series", "series_id", "series_date"),
    )


class BookingSettings(Base):
    """A unit's booking rules: the office hours the views show, the time step, approval."""

    __tablename__ = "booking_settings"

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    day_starts: Mapped[str] = mapped_column(String(5), default="07:30")
    day_ends: Mapped[str] = mapped_column(String(5), default="17:00")
    step_minutes: Mapped[int] = mapped_column(Integer, default=15)
    approval: Mapped[bool] = mapped_column(default=False)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
