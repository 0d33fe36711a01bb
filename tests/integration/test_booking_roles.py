"""Who books what: the Staf Sekretariat books meeting rooms, the Koordinator Pengemudi pool
vehicles, an Admin both; the engine checks the kind of resource, whatever the face."""

from __future__ import annotations

import pytest

from inventaris.assets.editing import create_assets
from inventaris.bookings.service import (
    BookingChanges,
    BookingInput,
    Resource,
    book,
    cancel_booking,
    edit_booking,
    may_book,
)
from inventaris.core.db import Database
from inventaris.core.errors import PermissionDenied
from inventaris.core.permissions import Role
from inventaris.vehicles.fleet import VehicleDetailInput, save_vehicle_details
from tests.integration.test_bookings import at, meeting, meeting_room
from tests.support.builders import first_admin, user_with_role, vehicle


def test_each_role_books_only_its_own_kind_of_resource(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    car = create_assets(db, admin, vehicle())[0]
    save_vehicle_details(db, admin, car.id, VehicleDetailInput(pooled=True))
    trip = BookingInput(Resource("vehicle", car.id), at(4, 8), at(4, 16), "Dinas ke Medan")
    secretary = user_with_role(db, admin, Role.SECRETARIAT)
    coordinator = user_with_role(db, admin, Role.DRIVERS_COORDINATOR)

    assert (may_book(secretary, "room"), may_book(secretary, "vehicle")) == (True, False)
    assert (may_book(coordinator, "room"), may_book(coordinator, "vehicle")) == (False, True)
    assert may_book(admin, "room") and may_book(admin, "vehicle")

    meeting_booked = book(db, secretary, meeting(room, at(4, 9), at(4, 10)))
    trip_booked = book(db, coordinator, trip)
    with pytest.raises(PermissionDenied, match="book pool vehicles"):
        book(db, secretary, BookingInput(trip.resource, at(5, 8), at(5, 9), "Antar"))
    with pytest.raises(PermissionDenied, match="book meeting rooms"):
        book(db, coordinator, meeting(room, at(5, 9), at(5, 10)))
    # Nor change or cancel the other kind's bookings.
    with pytest.raises(PermissionDenied, match="book pool vehicles"):
        cancel_booking(db, secretary, trip_booked.id, "salah")
    with pytest.raises(PermissionDenied, match="book meeting rooms"):
        edit_booking(db, coordinator, meeting_booked.id, BookingChanges(title="Rapat lain"))
    for role in (Role.CUSTODIAN, Role.LEADERSHIP):
        other = user_with_role(db, admin, role)
        with pytest.raises(PermissionDenied):
            book(db, other, meeting(room, at(6, 9), at(6, 10)))
        with pytest.raises(PermissionDenied):
            cancel_booking(db, other, meeting_booked.id, "salah")
