"""Bookings: overlap edges, concurrent saves, series with preview and skips, edits by scope."""

from __future__ import annotations

import re
import threading
from datetime import date, datetime, time

import pytest

from inventaris.assets.editing import create_assets
from inventaris.bookings.recurrence import Frequency, Recurrence
from inventaris.bookings.service import (
    BookingChanges,
    BookingInput,
    BookingStatus,
    Resource,
    Scope,
    Settings,
    book,
    book_series,
    bookings_between,
    cancel_booking,
    confirm_booking,
    edit_booking,
    get_settings,
    preview_series,
    save_settings,
)
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.core.timeutil import WIB
from inventaris.locations import RoomInput, RoomKind, save_room
from inventaris.vehicles.fleet import VehicleDetailInput, save_vehicle_details
from tests.support.builders import first_admin, user_with_role, vehicle


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=WIB)


def meeting_room(db: Database, admin: Actor, name: str = "Ruang Rapat Bupati") -> Resource:
    room = save_room(
        db, admin, RoomInput(code=name[-6:], name=name, kind=RoomKind.MEETING, capacity=40)
    )
    return Resource("room", room.id)


def meeting(room: Resource, start: datetime, end: datetime, title: str = "Rapat") -> BookingInput:
    return BookingInput(room, start, end, title, organizer_unit="Bagian Umum")


def test_touching_bookings_are_fine_and_any_overlap_is_refused_naming_the_other(
    db: Database,
) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    book(db, admin, meeting(room, at(1, 10), at(1, 11), "Rapat koordinasi"))
    book(db, admin, meeting(room, at(1, 11), at(1, 12)))
    book(db, admin, meeting(room, at(1, 9), at(1, 10)))
    for start, end in (
        (at(1, 10), at(1, 11)),  # the same slot
        (at(1, 10, 45), at(1, 11, 15)),  # across the touching point
        (at(1, 8), at(1, 13)),  # around all
        (at(1, 10, 15), at(1, 10, 30)),  # inside
    ):
        with pytest.raises(ConflictError) as caught:
            book(db, admin, meeting(room, start, end))
        assert "Ruang Rapat Bupati is already booked on 01-12-2026" in str(caught.value)
    with pytest.raises(
        ConflictError, match=re.escape("10.00 to 11.00 for \u201cRapat koordinasi\u201d")
    ):
        book(db, admin, meeting(room, at(1, 10, 30), at(1, 10, 45)))
    other_room = meeting_room(db, admin, "Ruang Rapat Sekda")
    book(db, admin, meeting(other_room, at(1, 10), at(1, 11)))
    assert len(bookings_between(db, admin, date(2026, 12, 1), date(2026, 12, 1))) == 4


def test_a_cancelled_booking_frees_its_slot(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    first = book(db, admin, meeting(room, at(2, 9), at(2, 10)))
    cancel_booking(db, admin, first.id, "acara ditunda")
    again = book(db, admin, meeting(room, at(2, 9), at(2, 10)))
    assert again.status is BookingStatus.CONFIRMED


@pytest.mark.parametrize(
    ("start", "end", "field"),
    [
        (at(3, 10), at(3, 10), "ends_at"),
        (at(3, 10, 5), at(3, 11), "starts_at"),
        (at(27, 9, month=11), at(27, 10, month=11), "ends_at"),  # yesterday
    ],
)
def test_impossible_times_are_refused_naming_the_field(
    db: Database, start: datetime, end: datetime, field: str
) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    with pytest.raises(ValidationError) as caught:
        book(db, admin, meeting(room, start, end))
    assert caught.value.field == field


def test_only_meeting_rooms_and_pool_vehicles_are_booked(db: Database) -> None:
    admin = first_admin(db)
    office = save_room(db, admin, RoomInput(code="R.9", name="Ruang Kasubbag"))
    with pytest.raises(ValidationError, match="not a meeting room"):
        book(db, admin, meeting(Resource("room", office.id), at(4, 9), at(4, 10)))
    car = create_assets(db, admin, vehicle())[0]
    trip = BookingInput(Resource("vehicle", car.id), at(4, 8), at(4, 16), "Dinas ke Medan")
    with pytest.raises(ValidationError, match="not a pool vehicle"):
        book(db, admin, trip)
    save_vehicle_details(db, admin, car.id, VehicleDetailInput(pooled=True))
    assert "BK 1234 AB" in book(db, admin, trip).resource_name
    with pytest.raises(ConflictError, match="BK 1234 AB"):
        book(db, admin, BookingInput(trip.resource, at(4, 15), at(4, 17), "Antar tamu"))


def test_concurrent_saves_of_one_slot_give_exactly_one_booking(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    clerks = [user_with_role(db, admin, Role.SECRETARIAT) for _ in range(8)]
    barrier = threading.Barrier(len(clerks))
    made: list[int] = []
    refused: list[str] = []

    def save(clerk: Actor) -> None:
        barrier.wait()
        try:
            made.append(book(db, clerk, meeting(room, at(7, 9), at(7, 11), clerk.username)).id)
        except DomainError as error:
            refused.append(str(error))

    threads = [threading.Thread(target=save, args=(clerk,)) for clerk in clerks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert len(refused) == 7
    expected = "is already booked on 07-12-2026 from 09.00 to 11.00"
    assert all(expected in text for text in refused), refused
    assert len(bookings_between(db, admin, date(2026, 12, 7), date(2026, 12, 7))) == 1


def test_a_series_is_previewed_with_conflicts_and_skipped_dates_are_left_out(
    db: Database,
) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    book(db, admin, meeting(room, at(15, 9, 30), at(15, 10, 30), "Rapat anggaran"))
    weekly = Recurrence(Frequency.WEEKLY, weekdays=(1,), count=4)  # Tuesdays from 1 Dec
    data = meeting(room, at(1, 9), at(1, 10), "Rapat staf")
    preview = preview_series(db, admin, data, weekly)
    assert [(o.on.day, o.conflict.title if o.conflict else None) for o in preview] == [
        (1, None),
        (8, None),
        (15, "Rapat anggaran"),
        (22, None),
    ]
    with pytest.raises(ConflictError, match="Rapat anggaran"):
        book_series(db, admin, data, weekly)
    assert len(bookings_between(db, admin, date(2026, 12, 1), date(2026, 12, 31))) == 1
    made = book_series(db, admin, data, weekly, skip={date(2026, 12, 15)})
    assert [b.series_date for b in made] == [
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 22),
    ]


def test_a_series_edit_keeps_each_occurrences_own_changes(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    daily = Recurrence(Frequency.DAILY, count=5)
    series = book_series(db, admin, meeting(room, at(1, 13), at(1, 14), "Apel"), daily)
    moved, cancelled = series[1], series[3]
    edit_booking(db, admin, moved.id, BookingChanges(start_time=time(15), end_time=time(16)))
    cancel_booking(db, admin, cancelled.id, "libur")
    edit_booking(
        db, admin, series[0].id, BookingChanges(title="Apel pagi", start_time=time(8)), Scope.SERIES
    )
    shown = {
        b.series_date.day: (b.title, b.starts_at.astimezone(WIB).hour, b.status)  # type: ignore[union-attr]
        for b in bookings_between(
            db, admin, date(2026, 12, 1), date(2026, 12, 5), include_cancelled=True
        )
    }
    assert shown == {
        1: ("Apel pagi", 8, BookingStatus.CONFIRMED),
        2: ("Apel", 15, BookingStatus.CONFIRMED),  # its own time and title survive
        3: ("Apel pagi", 8, BookingStatus.CONFIRMED),
        4: ("Apel", 13, BookingStatus.CANCELLED),  # still cancelled
        5: ("Apel pagi", 8, BookingStatus.CONFIRMED),
    }
    assert cancel_booking(db, admin, series[2].id, "diganti", Scope.FOLLOWING) == 2  # 3rd, 5th


def test_a_series_edit_that_would_collide_changes_nothing(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    series = book_series(
        db, admin, meeting(room, at(1, 13), at(1, 14), "Apel"), Recurrence(Frequency.DAILY, count=3)
    )
    book(db, admin, meeting(room, at(3, 10), at(3, 11), "Tamu"))
    with pytest.raises(ConflictError, match="Tamu"):
        edit_booking(db, admin, series[0].id, BookingChanges(start_time=time(10)), Scope.SERIES)
    hours = [
        b.starts_at.astimezone(WIB).hour
        for b in bookings_between(db, admin, date(2026, 12, 1), date(2026, 12, 3))
        if b.series_id
    ]
    assert hours == [13, 13, 13]


def test_holidays_are_named_in_the_preview(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    data = meeting(room, at(24, 9), at(24, 10), "Rapat akhir tahun")
    preview = preview_series(db, admin, data, Recurrence(Frequency.DAILY, count=2))
    assert [(o.on.day, o.holiday) for o in preview] == [(24, None), (25, "Hari Raya Natal")]
    english = preview_series(db, admin, data, Recurrence(Frequency.DAILY, count=2), "en")
    assert english[1].holiday == "Christmas Day"


def test_with_approval_on_staff_bookings_wait_for_an_admin_and_still_hold_the_slot(
    db: Database,
) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    save_settings(db, admin, Settings(time(8), time(16), 30, approval=True))
    assert get_settings(db, admin) == Settings(time(8), time(16), 30, True)
    clerk = user_with_role(db, admin, Role.SECRETARIAT)
    asked = book(db, clerk, meeting(room, at(9, 9), at(9, 10)))
    assert asked.status is BookingStatus.REQUESTED
    with pytest.raises(ConflictError):
        book(db, admin, meeting(room, at(9, 9, 30), at(9, 10, 30)))
    with pytest.raises(PermissionDenied):
        confirm_booking(db, clerk, asked.id)
    confirm_booking(db, admin, asked.id)
    (shown,) = bookings_between(db, admin, date(2026, 12, 9), date(2026, 12, 9))
    assert shown.status is BookingStatus.CONFIRMED
    with pytest.raises(ValidationError) as caught:  # 30-minute steps now
        book(db, admin, meeting(room, at(9, 11, 15), at(9, 12)))
    assert caught.value.field == "starts_at"
    with pytest.raises(ValidationError):
        save_settings(db, admin, Settings(time(16), time(8), 15, False))
