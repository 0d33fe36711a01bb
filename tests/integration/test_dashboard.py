"""Beranda's figures: the register per KIB and per condition, and this week's room bookings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

from inventaris.assets.editing import create_assets
from inventaris.assets.events import change_condition, dispose_assets
from inventaris.assets.types import AssetInput
from inventaris.bookings.service import BookingInput, Resource, book, cancel_booking
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Role
from inventaris.core.timeutil import WIB
from inventaris.dashboard import RoomWeek, Totals, dashboard_summary
from inventaris.locations import RoomInput, RoomKind, save_room
from tests.conftest import FakeClock
from tests.support.builders import chair, first_admin, user_with_role, vehicle

LAND = AssetInput(
    code="1.3.1.01.01.01.001",
    name="Tanah kantor",
    acquisition_year=2000,
    price=1_250_000_000,
    address="Jl. Proklamasi",
    land_area_m2=Decimal(1200),
    land_title_status="Hak Pakai",
)
HALL = AssetInput(
    code="1.3.3.01.01.01.001",
    name="Gedung kantor",
    acquisition_year=2005,
    price=2_400_000_000,
    address="Jl. Proklamasi",
    floor_area_m2=Decimal(600),
    concrete=True,
    multi_storey=True,
)


def _register(db: Database, admin: Actor) -> None:
    create_assets(db, admin, LAND)
    create_assets(db, admin, HALL)
    chairs = create_assets(db, admin, chair(), quantity=4)
    car = create_assets(db, admin, vehicle())[0]
    change_condition(db, admin, [chairs[0].id], "RR")
    change_condition(db, admin, [car.id], "RB")
    dispose_assets(db, admin, [chairs[3].id], decree="SK 1/2026", reason="rusak berat")


def test_register_totals_per_kib_and_condition_count_active_items_only(db: Database) -> None:
    admin = first_admin(db)
    _register(db, admin)
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    summary = dashboard_summary(db, leader)
    assert summary.by_kib == (
        Totals("A", 1, 1_250_000_000),
        Totals("B", 4, 3 * 450_000 + 380_000_000),
        Totals("C", 1, 2_400_000_000),
    )
    assert summary.by_condition == (
        Totals("B", 4, 1_250_000_000 + 2_400_000_000 + 2 * 450_000),
        Totals("RR", 1, 450_000),
        Totals("RB", 1, 380_000_000),
    )
    assert summary.active_assets == 6
    assert summary.total_value == 1_250_000_000 + 2_400_000_000 + 3 * 450_000 + 380_000_000
    assert all(isinstance(t.value, int) for t in summary.by_kib + summary.by_condition)


def test_an_empty_register_still_shows_kib_a_b_c_and_every_condition(db: Database) -> None:
    summary = dashboard_summary(db, first_admin(db))
    assert [(t.key, t.count, t.value) for t in summary.by_kib] == [
        ("A", 0, 0),
        ("B", 0, 0),
        ("C", 0, 0),
    ]
    assert [t.key for t in summary.by_condition] == ["B", "RR", "RB"]


def _room(db: Database, admin: Actor, code: str, name: str, **changes: object) -> int:
    data = replace(RoomInput(code=code, name=name, kind=RoomKind.MEETING), **changes)
    return save_room(db, admin, data).id


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=WIB)


def test_week_bookings_per_room_from_monday_to_sunday_in_wib(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    small = _room(db, admin, "R.1", "Ruang Rapat Kecil")
    large = _room(db, admin, "R.2", "Aula")
    _room(db, admin, "R.3", "Ruang Rapat Lama", active=False)
    _room(db, admin, "R.4", "Ruang Kerja", kind=RoomKind.OFFICE)
    saturday = clock.now  # 28-11-2026 09.00 WIB; the week runs 23-11 to 29-11
    clock.now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)  # Sunday before, 19.00 WIB

    def meeting(room: int, start: datetime, end: datetime) -> int:
        return book(db, admin, BookingInput(Resource("room", room), start, end, "Rapat")).id

    meeting(small, _at(22, 20), _at(22, 21))  # the week before: not counted
    meeting(small, _at(22, 23), _at(23, 1))  # across Monday 00.00 WIB: one hour inside
    meeting(small, _at(23, 9), _at(23, 10, 30))
    meeting(small, _at(29, 23, 30), datetime(2026, 11, 30, 0, 30, tzinfo=WIB))  # 30 min inside
    meeting(small, datetime(2026, 11, 30, 8, tzinfo=WIB), datetime(2026, 11, 30, 9, tzinfo=WIB))
    meeting(large, _at(25, 8), _at(25, 12))
    cancelled = meeting(large, _at(26, 8), _at(26, 12))
    cancel_booking(db, admin, cancelled, "Ditunda")
    clock.now = saturday

    week = dashboard_summary(db, admin).week
    assert (week.monday, week.sunday) == (date(2026, 11, 23), date(2026, 11, 29))
    assert week.rooms == (
        RoomWeek(large, "Aula", 1, 240),
        RoomWeek(small, "Ruang Rapat Kecil", 3, 60 + 90 + 30),
    )
