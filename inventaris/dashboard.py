"""Beranda: the figures of the day, the register in totals, this week's bookings per room, and
the list of what needs attention.

What needs attention comes from the areas listed in ``inventaris.areas``, read in the same
transaction as the figures. The register's totals are one grouped query (per jenis and
condition), so Beranda stays quick on 100,000 assets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from inventaris.areas import attention_in
from inventaris.assets.types import Condition
from inventaris.bookings.service import BookingStatus
from inventaris.catalog import KIB_BY_JENIS, RESIDENCE_PREFIX, VEHICLE_PREFIX
from inventaris.core.attention import AttentionItem
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import WIB, to_wib
from inventaris.model import Asset, Booking, Room, Unit

OTHER = ""  # the key of codes outside the six KIBs (none in a clean register)
ALWAYS_SHOWN_KIBS = ("A", "B", "C")  # a Bagian Umum has land, equipment and buildings
_JENIS_LENGTH = len("1.3.2")  # the first three levels are one digit each (catalog.LEVEL_DIGITS)


@dataclass(frozen=True)
class Totals:
    """How many active items and their acquisition value in Rupiah, for one KIB or condition."""

    key: str  # "A".."F" (OTHER for codes outside them), or a Condition ("B", "RR", "RB")
    count: int
    value: int


@dataclass(frozen=True)
class RoomWeek:
    room_id: int
    name: str
    bookings: int  # active ones: confirmed or waiting for confirmation
    minutes: int  # booked time within the week


@dataclass(frozen=True)
class WeekBookings:
    monday: date
    sunday: date
    rooms: tuple[RoomWeek, ...]  # every active meeting room, by name; others only when booked


@dataclass(frozen=True)
class DashboardSummary:
    unit_names: tuple[str, ...]
    active_assets: int
    total_value: int
    rooms: int
    vehicles: int
    residences: int
    attention: tuple[AttentionItem, ...]
    by_kib: tuple[Totals, ...]
    by_condition: tuple[Totals, ...]
    week: WeekBookings


def dashboard_summary(db: Database, actor: Actor) -> DashboardSummary:
    require(actor, Permission.VIEW)
    today = to_wib(db.clock()).date()
    units = list(actor.unit_ids)
    with db.read() as session:
        active = (Asset.unit_id.in_(units)) & (Asset.status != "dihapus")
        by_kib, by_condition = register_totals_in(session, units)
        vehicles = session.scalar(
            select(func.count(Asset.id)).where(active, Asset.code.startswith(VEHICLE_PREFIX))
        )
        residences = session.scalar(
            select(func.count(Asset.id)).where(active, Asset.code.startswith(RESIDENCE_PREFIX))
        )
        rooms = session.scalar(
            select(func.count(Room.id)).where(Room.unit_id.in_(units), Room.active.is_(True))
        )
        names = tuple(
            session.scalars(select(Unit.name).where(Unit.id.in_(units)).order_by(Unit.id))
        )
        items = attention_in(session, actor, today)
        week = week_bookings_in(session, units, today)
    return DashboardSummary(
        unit_names=names,
        active_assets=sum(totals.count for totals in by_kib),
        total_value=sum(totals.value for totals in by_kib),
        rooms=int(rooms or 0),
        vehicles=int(vehicles or 0),
        residences=int(residences or 0),
        attention=tuple(items),
        by_kib=by_kib,
        by_condition=by_condition,
        week=week,
    )


def register_totals_in(
    session: Session, unit_ids: list[int]
) -> tuple[tuple[Totals, ...], tuple[Totals, ...]]:
    """Active items per KIB and per condition: count and acquisition value (Rupiah).

    One scan grouped by jenis and condition (a few dozen rows at most); the two views are
    summed from it here. KIB A, B and C always show, the others when they hold something."""
    jenis = func.substr(Asset.code, 1, _JENIS_LENGTH)
    unit: ColumnElement[Any] = Asset.__table__.c.unit_id
    status: ColumnElement[Any] = Asset.__table__.c.status
    if session.get_bind().dialect.name == "sqlite":
        # Nearly every row passes; SQLite would look each one up through the unit's index,
        # which takes longer than reading the table straight through (EXPLAIN showed it).
        unit, status = Asset.unit_id + 0, Asset.status.concat("")
    rows = session.execute(
        select(
            jenis, Asset.condition, func.count(Asset.id), func.coalesce(func.sum(Asset.price), 0)
        )
        .where(unit.in_(unit_ids), status != "dihapus")
        .group_by(jenis, Asset.condition)
    ).all()
    kibs: dict[str, list[int]] = {kib: [0, 0] for kib in ALWAYS_SHOWN_KIBS}
    conditions: dict[str, list[int]] = {str(condition): [0, 0] for condition in Condition}
    for prefix, condition, count, value in rows:
        for key, table in ((KIB_BY_JENIS.get(prefix, OTHER), kibs), (condition, conditions)):
            figures = table.setdefault(key, [0, 0])
            figures[0] += int(count)
            figures[1] += int(value)
    order = [*sorted(kib for kib in kibs if kib != OTHER), *([OTHER] if OTHER in kibs else [])]
    return (
        tuple(Totals(kib, *kibs[kib]) for kib in order),
        tuple(Totals(key, count, value) for key, (count, value) in conditions.items()),
    )


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week ``day`` falls in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def week_bookings_in(session: Session, unit_ids: list[int], today: date) -> WeekBookings:
    """The active bookings of each meeting room in the WIB week (Monday to Sunday) of
    ``today``: how many, and how much of the week they take."""
    monday, sunday = week_of(today)
    start = datetime.combine(monday, time(0), WIB)
    end = start + timedelta(days=7)
    booked = session.execute(
        select(Booking.room_id, Booking.starts_at, Booking.ends_at).where(
            Booking.unit_id.in_(unit_ids),
            Booking.room_id.is_not(None),
            Booking.status != BookingStatus.CANCELLED,
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
    ).all()
    counts: dict[int, list[int]] = {}
    for room_id, starts_at, ends_at in booked:
        assert room_id is not None  # filtered above
        shown = min(ends_at, end) - max(starts_at, start)
        figures = counts.setdefault(room_id, [0, 0])
        figures[0] += 1
        figures[1] += int(shown.total_seconds()) // 60
    rooms = session.execute(
        select(Room.id, Room.name)
        .where(
            Room.unit_id.in_(unit_ids),
            or_(
                (Room.kind == "meeting") & Room.active.is_(True),
                Room.id.in_(sorted(counts)),
            ),
        )
        .order_by(Room.name, Room.id)
    ).all()
    return WeekBookings(
        monday,
        sunday,
        tuple(RoomWeek(room_id, name, *counts.get(room_id, (0, 0))) for room_id, name in rooms),
    )
