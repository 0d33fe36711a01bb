"""Meeting rooms: ``book``, ``bookings``, ``agenda``, ``export-bookings`` and ``ics``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, system_actor, tr

if TYPE_CHECKING:
    from inventaris.bookings.service import BookingView
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor
    from inventaris.locations import RoomView


def _room_named(db: Database, actor: Actor, name: str) -> RoomView | None:
    """The room whose name or code is ``name`` (any case); a meeting room first."""
    from inventaris.locations import RoomKind, list_rooms

    wanted = name.strip().lower()
    matches = [
        room
        for room in list_rooms(db, actor, with_counts=False)
        if wanted in (room.code.lower(), room.name.lower())
    ]
    matches.sort(key=lambda room: room.kind is not RoomKind.MEETING)
    if not matches:
        print(tr("There is no room called {room}.").format(room=name), file=sys.stderr)
        return None
    return matches[0]


def _booking_line(booking: BookingView, day: date | None = None) -> str:
    """time, resource, title, organiser, status: tab-separated, the status in words."""
    from inventaris.bookings.outputs import time_range
    from inventaris.bookings.service import STATUS_LABELS
    from inventaris.core.formatting import format_date
    from ui.i18n import engine_text

    when = time_range(booking.starts_at, booking.ends_at, day)
    if day is None:
        when = f"{format_date(booking.starts_at)} {when}"
    status = engine_text(STATUS_LABELS[booking.status])
    return "\t".join(
        (when, booking.resource_name, booking.title, booking.organizer_unit or "-", status)
    )


def run_book(args: argparse.Namespace) -> int:
    from inventaris.bookings.service import ROOM, BookingInput, Resource, book

    db = open_database(args.db)
    actor = system_actor(db)
    room = _room_named(db, actor, args.room)
    if room is None:
        return EXIT_ERROR
    data = BookingInput(
        Resource(ROOM, room.id), args.start, args.end, args.title, organizer_unit=args.organizer
    )
    booking = book(db, actor, data)  # a ConflictError names the booking in the way
    print(tr("Booking {id} saved:").format(id=booking.id), _booking_line(booking))
    return EXIT_OK


def run_bookings(args: argparse.Namespace) -> int:
    from inventaris.bookings.service import bookings_between
    from inventaris.core.formatting import format_date

    db = open_database(args.db)
    found = bookings_between(db, system_actor(db), args.date, args.date)
    for booking in found:
        print(_booking_line(booking, args.date))
    if not found:
        print(tr("No bookings on {date}.").format(date=format_date(args.date)), file=sys.stderr)
    return EXIT_OK


def run_agenda(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.bookings.outputs import daily_agenda
    from ui.printing import agenda_document, write_pdf

    db = open_database(args.db)
    agenda = daily_agenda(db, system_actor(db), args.date)
    pages = write_pdf(agenda_document(agenda), Path(args.out))
    print(
        tr("Agenda of {date} saved to {path}: {bookings} bookings on {pages} page(s).").format(
            date=agenda.day_text, path=args.out, bookings=agenda.booking_count, pages=pages
        )
    )
    return EXIT_OK


def run_export_bookings(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.bookings.outputs import export_bookings_xlsx
    from inventaris.core.formatting import format_date

    db = open_database(args.db)
    actor = system_actor(db)
    report = export_bookings_xlsx(db, actor, args.first_day, args.last_day, Path(args.out))
    print(
        tr("Bookings from {first} to {last} saved to {path}: {rows} rows.").format(
            first=format_date(args.first_day),
            last=format_date(args.last_day),
            path=report.path,
            rows=report.rows,
        )
    )
    return EXIT_OK


def run_ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.bookings.ics import room_calendar_ics, save_ics

    db = open_database(args.db)
    actor = system_actor(db)
    room = _room_named(db, actor, args.room)
    if room is None:
        return EXIT_ERROR
    text = room_calendar_ics(db, actor, room.id, args.first_day, args.last_day)
    save_ics(text, Path(args.out))
    print(
        tr("Calendar of {room} saved to {path}: {events} bookings.").format(
            room=room.name, path=args.out, events=text.count("BEGIN:VEVENT")
        )
    )
    return EXIT_OK
