"""Bookings as an iCalendar file (RFC 5545) that Outlook and Google Calendar import.

Written by hand, with no library at run time: a calendar of published events needs only a few
properties, and the rules that trip importers are few and checked by the tests: CRLF line ends,
text escaping (backslash, semicolon, comma, newline) and lines folded at 75 octets without
splitting a UTF-8 character. Times are written in UTC (``…Z``), so no VTIMEZONE is needed;
X-WR-TIMEZONE tells Google and Outlook to show them in WIB.

Each booking is one VEVENT whose UID stays the same for the booking's whole life and whose
SEQUENCE follows its row version, so importing the file again updates the events in place, and a
cancelled booking shows as cancelled (STATUS:CANCELLED) instead of vanishing. The words inside
the events (description lines) are Indonesian document text, like the printed reports.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from inventaris import __version__
from inventaris.bookings.outputs import check_period, needs_text
from inventaris.bookings.service import ROOM, BookingStatus, BookingView, Resource, bookings_between
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import ensure_utc, to_wib, utc_now
from inventaris.locations import get_room
from inventaris.model import Booking, BookingSeries
from inventaris.office import get_office_settings
from inventaris.reports.common import MSG_CANNOT_SAVE

PRODID = f"-//Inventaris//Inventaris {__version__}//ID"
TIMEZONE = "Asia/Jakarta"
LINE_OCTETS = 75  # RFC 5545 §3.1: a content line is folded after at most 75 octets
CRLF = "\r\n"

ICS_STATUS = {
    BookingStatus.REQUESTED: "TENTATIVE",
    BookingStatus.CONFIRMED: "CONFIRMED",
    BookingStatus.CANCELLED: "CANCELLED",
}

MSG_NO_SERIES = QT_TRANSLATE_NOOP("Engine", "The recurring booking {id} does not exist.")

_HOST_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


# --- the format ----------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, newlines as \\n."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """One content line folded into pieces of at most 75 octets, joined by CRLF and a space.

    A piece ends only between characters, never inside a multi-byte UTF-8 sequence."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size = [], 0
            limit = LINE_OCTETS - 1  # the leading space of a continuation line counts
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def utc_stamp(moment: datetime) -> str:
    """``20261130T020000Z``: a DATE-TIME in UTC."""
    return ensure_utc(moment).strftime("%Y%m%dT%H%M%SZ")


def uid_host(kode_lokasi: str, unit_id: int) -> str:
    """The right-hand side of the UIDs: ``inventaris.<kode lokasi>``, unique to the unit."""
    code = _HOST_UNSAFE.sub("-", kode_lokasi.strip()).strip(".-")
    return f"inventaris.{code or f'unit-{unit_id}'}"


def booking_uid(booking_id: int, host: str) -> str:
    return f"booking-{booking_id}@{host}"


def _description(booking: BookingView) -> str:
    lines = []
    if booking.organizer_unit:
        lines.append(f"Penyelenggara: {booking.organizer_unit}")
    contact = " ".join(
        part
        for part in (booking.contact_name, booking.contact_phone and f"({booking.contact_phone})")
        if part
    )
    if contact:
        lines.append(f"Kontak: {contact}")
    if booking.participants:
        lines.append(f"Peserta: {booking.participants} orang")
    if booking.needs:
        lines.append(f"Kebutuhan: {needs_text(booking.needs)}")
    if booking.notes:
        lines.append(f"Keterangan: {booking.notes}")
    if booking.status is BookingStatus.REQUESTED:
        lines.append("Status: menunggu persetujuan")
    if booking.status is BookingStatus.CANCELLED and booking.cancel_reason:
        lines.append(f"Dibatalkan: {booking.cancel_reason}")
    return "\n".join(lines)


def _event(booking: BookingView, host: str, stamp: datetime) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{booking_uid(booking.id, host)}",
        f"DTSTAMP:{utc_stamp(stamp)}",
        f"DTSTART:{utc_stamp(booking.starts_at)}",
        f"DTEND:{utc_stamp(booking.ends_at)}",
        f"SUMMARY:{escape_text(booking.title)}",
        f"LOCATION:{escape_text(booking.resource_name)}",
    ]
    description = _description(booking)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines += [
        f"STATUS:{ICS_STATUS[booking.status]}",
        f"SEQUENCE:{max(booking.row_version - 1, 0)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return lines


def calendar_ics(
    bookings: Iterable[BookingView],
    calendar_name: str,
    *,
    host: str = "inventaris.local",
    stamp: datetime | None = None,
) -> str:
    """A VCALENDAR with one VEVENT per booking, CRLF line ends, lines folded at 75 octets."""
    when = stamp or utc_now()
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(calendar_name)}",
        f"X-WR-TIMEZONE:{TIMEZONE}",
    ]
    for booking in bookings:
        lines += _event(booking, host, when)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def save_ics(text: str, path: Path) -> None:
    """Write next to ``path`` and then replace it (UTF-8, the CRLF line ends kept)."""
    temporary = path.with_name(f".~{path.stem}-{uuid.uuid4().hex[:8]}.ics")
    try:
        temporary.write_bytes(text.encode("utf-8"))
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            MSG_CANNOT_SAVE, field="path", path=str(path), detail=error.strerror or str(error)
        ) from None


# --- use cases -----------------------------------------------------------------------------------


def _host_of_unit(db: Database, actor: Actor, unit_id: int) -> str:
    office = get_office_settings(db, actor, unit_id)
    return uid_host(office.kode_lokasi, unit_id)


def room_calendar_ics(
    db: Database, actor: Actor, room_id: int, first_day: date, last_day: date
) -> str:
    """A meeting room's bookings from ``first_day`` to ``last_day`` (WIB), cancelled ones too,
    so that importing again marks them cancelled in the person's calendar."""
    require(actor, Permission.VIEW)
    check_period(first_day, last_day)
    room = get_room(db, actor, room_id)  # NotFound outside the actor's units
    bookings = bookings_between(
        db,
        actor,
        first_day,
        last_day,
        resource_keys=[Resource(ROOM, room.id).key],
        include_cancelled=True,
    )
    return calendar_ics(
        bookings,
        f"Jadwal {room.name}",
        host=_host_of_unit(db, actor, room.unit_id),
        stamp=db.clock(),
    )


def bookings_of_series(db: Database, actor: Actor, series_id: int) -> list[BookingView]:
    """Every occurrence of a recurring booking, cancelled ones included, by date."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        series = session.get(BookingSeries, series_id)
        if series is None or series.unit_id not in actor.unit_ids:
            raise NotFound(MSG_NO_SERIES, id=series_id)
        of_series = Booking.series_id == series_id
        first = session.scalar(select(func.min(Booking.starts_at)).where(of_series))
        last = session.scalar(select(func.max(Booking.ends_at)).where(of_series))
        key = series.resource_key
    if first is None or last is None:
        return []
    found = bookings_between(
        db,
        actor,
        to_wib(first).date(),
        to_wib(last).date(),
        resource_keys=[key],
        include_cancelled=True,
    )
    return [booking for booking in found if booking.series_id == series_id]


def series_ics(db: Database, actor: Actor, series_id: int) -> str:
    """A recurring booking as one calendar: an event per occurrence, each with its own changes."""
    bookings = bookings_of_series(db, actor, series_id)
    with db.read() as session:
        series = session.get(BookingSeries, series_id)
        assert series is not None  # bookings_of_series checked it
        unit_id = series.unit_id
    title = _series_title(bookings)
    return calendar_ics(bookings, title, host=_host_of_unit(db, actor, unit_id), stamp=db.clock())


def _series_title(bookings: Sequence[BookingView]) -> str:
    if not bookings:
        return "Jadwal berulang"
    first = bookings[0]
    return f"{first.title} ({first.resource_name})"
