"""The meeting rooms' daily agenda (Jadwal Penggunaan Ruang Rapat) and a period's bookings as .xlsx.

The agenda is a read model the printing module lays out on paper (``agenda_html`` gives its
escaped HTML body) for the staff who prepare the rooms: every active meeting room of the unit
with its bookings of the day in time order, then the pool vehicles' trips in a section of their
own. Cancelled bookings stay off the agenda; the workbook lists them, with the reason, because it
is the record of the period.

The words on the paper and in the sheet are Indonesian document text, as in the KIR.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from inventaris.bookings.holidays import holiday_on
from inventaris.bookings.service import (
    ROOM,
    VEHICLE,
    BookingStatus,
    BookingView,
    bookable_resources,
    bookings_between,
)
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.formatting import MONTHS_ID, format_date, format_date_long, format_time
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import to_wib
from inventaris.office import OfficeSettings, get_office_settings, unit_actor
from inventaris.reports.common import (
    Column,
    Kind,
    custodian,
    head_of_unit,
    new_workbook,
    require_essentials,
    save_workbook,
    set_up_pages,
    write_letterhead,
    write_signatures,
    write_table_header,
    write_table_rows,
)

# --- document text (Indonesian, fixed) -----------------------------------------------------------
TITLE_AGENDA = "JADWAL PENGGUNAAN RUANG RAPAT"
TITLE_EXPORT = "DAFTAR PEMESANAN RUANG RAPAT DAN KENDARAAN OPERASIONAL"
SHEET = "Pemesanan"
HEADING_VEHICLES = "KENDARAAN OPERASIONAL"
NOTHING_BOOKED = "Tidak ada pemakaian."
NO_ROOMS = "Belum ada ruang rapat."
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
NEED_WORDS = {"snacks": "Konsumsi", "projector": "Proyektor", "sound": "Pengeras suara"}
STATUS_WORDS = {
    BookingStatus.REQUESTED: "Diajukan",
    BookingStatus.CONFIRMED: "Dikonfirmasi",
    BookingStatus.CANCELLED: "Dibatalkan",
}
DASH = "–"  # between two times: 09.00–10.30

COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Tanggal", 12, Kind.DATE),
    Column("Mulai", 9, center=True),
    Column("Selesai", 9, center=True),
    Column("Ruang/Kendaraan", 24),
    Column("Acara", 34),
    Column("Unit Penyelenggara", 22),
    Column("Kontak", 20),
    Column("Telepon", 15),
    Column("Peserta", 9, Kind.WHOLE),
    Column("Kebutuhan", 20),
    Column("Status", 13, center=True),
    Column("Keterangan", 28),
)

MSG_PERIOD = QT_TRANSLATE_NOOP(
    "Engine", "The period must end on or after its first day ({first} to {last})."
)


# --- words ---------------------------------------------------------------------------------------


def format_day_long(day: date) -> str:
    """``Senin, 30 November 2026``."""
    return f"{DAYS_ID[day.weekday()]}, {day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def needs_text(needs: Iterable[str]) -> str:
    """``Konsumsi, Proyektor``."""
    return ", ".join(NEED_WORDS.get(need, need) for need in needs)


def _clock(moment: datetime, day: date) -> str:
    text = format_time(moment)
    local = to_wib(moment).date()
    return text if local == day else f"{format_date(local)} {text}"


def time_range(starts_at: datetime, ends_at: datetime, day: date | None = None) -> str:
    """``09.00–10.30``; an end (or start) on another day than ``day`` carries its date."""
    day = day or to_wib(starts_at).date()
    return f"{_clock(starts_at, day)}{DASH}{_clock(ends_at, day)}"


def check_period(first_day: date, last_day: date) -> None:
    if last_day < first_day:
        raise ValidationError(
            MSG_PERIOD,
            field="last_day",
            first=format_date(first_day),
            last=format_date(last_day),
        )


# --- the agenda ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AgendaEntry:
    booking_id: int
    resource_name: str
    starts_at: datetime
    ends_at: datetime
    time: str  # "09.00–10.30"
    title: str
    organizer_unit: str
    contact_name: str
    contact_phone: str
    participants: int | None
    needs: str  # "Konsumsi, Proyektor"
    status: BookingStatus
    status_text: str  # "Dikonfirmasi"
    notes: str


@dataclass(frozen=True)
class AgendaRoom:
    name: str
    detail: str  # capacity and facilities
    entries: tuple[AgendaEntry, ...]


@dataclass(frozen=True)
class Agenda:
    office: OfficeSettings
    day: date
    printed_on: date
    holiday: str | None  # the public holiday's name
    rooms: tuple[AgendaRoom, ...]
    vehicles: tuple[AgendaEntry, ...]  # the pool vehicles' bookings of the day
    has_pool_vehicles: bool

    @property
    def day_text(self) -> str:
        return format_day_long(self.day)

    @property
    def booking_count(self) -> int:
        return sum(len(room.entries) for room in self.rooms) + len(self.vehicles)


def _entry(booking: BookingView, day: date) -> AgendaEntry:
    return AgendaEntry(
        booking_id=booking.id,
        resource_name=booking.resource_name,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        time=time_range(booking.starts_at, booking.ends_at, day),
        title=booking.title,
        organizer_unit=booking.organizer_unit,
        contact_name=booking.contact_name,
        contact_phone=booking.contact_phone,
        participants=booking.participants,
        needs=needs_text(booking.needs),
        status=booking.status,
        status_text=STATUS_WORDS[booking.status],
        notes=booking.notes,
    )


def _room_detail(capacity: int | None, facilities: str) -> str:
    parts = [f"kapasitas {capacity} orang" if capacity else "", facilities.strip()]
    return "; ".join(part for part in parts if part)


def daily_agenda(db: Database, actor: Actor, day: date, *, unit_id: int | None = None) -> Agenda:
    """The day's bookings of the unit's meeting rooms (every room, booked or not) and of its
    pool vehicles, each in time order, with the office's settings for letterhead and signatures."""
    require(actor, Permission.VIEW)
    narrowed, unit = unit_actor(actor, unit_id)
    office = get_office_settings(db, actor, unit)
    require_essentials(office)
    bookings = bookings_between(db, narrowed, day, day)
    by_key: dict[str, list[AgendaEntry]] = {}
    for booking in bookings:
        by_key.setdefault(booking.resource_key, []).append(_entry(booking, day))
    rooms = []
    for resource in bookable_resources(db, narrowed, ROOM):
        entries = by_key.pop(resource.resource.key, [])
        detail = _room_detail(resource.capacity, resource.detail)
        rooms.append(AgendaRoom(resource.name, detail, tuple(entries)))
    # A room put out of use after it was booked still shows its bookings.
    for key, entries in by_key.items():
        if key.startswith(f"{ROOM}:"):
            rooms.append(AgendaRoom(entries[0].resource_name, "", tuple(entries)))
    vehicles = [
        entry
        for key, entries in by_key.items()
        if key.startswith(f"{VEHICLE}:")
        for entry in entries
    ]
    vehicles.sort(key=lambda entry: (entry.starts_at, entry.resource_name))
    pool = bool(vehicles) or bool(bookable_resources(db, narrowed, VEHICLE))
    return Agenda(
        office=office,
        day=day,
        printed_on=to_wib(db.clock()).date(),
        holiday=holiday_on(day),
        rooms=tuple(rooms),
        vehicles=tuple(vehicles),
        has_pool_vehicles=pool,
    )


def agenda_subtitle(agenda: Agenda) -> tuple[str, ...]:
    """The lines under the title: the long date, and the public holiday if it is one."""
    lines = [agenda.day_text]
    if agenda.holiday:
        lines.append(f"Hari libur nasional: {agenda.holiday}")
    return tuple(lines)


def _row(
    values: Sequence[str], tag: str = "td", widths: Sequence[int] = (), centred: Sequence[int] = ()
) -> str:
    cells = []
    for index, value in enumerate(values):
        width = f' width="{widths[index]}%"' if index < len(widths) else ""
        align = ' align="center"' if index in centred else ""
        cells.append(f"<{tag}{width}{align}>{value or '&nbsp;'}</{tag}>")
    return f"<tr>{''.join(cells)}</tr>"


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    centred: Sequence[int],
) -> str:
    """A boxed table whose header repeats on every page; the cells are already escaped."""
    head = _row([escape(header) for header in headers], "th", widths)
    body = "".join(_row(row, centred=centred) for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse: collapse; border-color: #000000">'
        f"<thead>{head}</thead>{body}</table>"
    )


def _heading(text: str, detail: str = "") -> str:
    extra = f" <span style='font-weight: normal'>({escape(detail)})</span>" if detail else ""
    return (
        '<p style="margin-top: 10px; margin-bottom: 3px; font-weight: bold">'
        f"{escape(text)}{extra}</p>"
    )


def _contact(entry: AgendaEntry) -> str:
    return "<br>".join(escape(part) for part in (entry.contact_name, entry.contact_phone) if part)


def _time(entry: AgendaEntry) -> str:
    """The time, broken after the dash when one end carries its date."""
    text = escape(entry.time)
    return text.replace(DASH, f"{DASH}<br>") if len(entry.time) > len("09.00–10.30") else text


def _participants(entry: AgendaEntry) -> str:
    return str(entry.participants) if entry.participants else ""


def _status(entry: AgendaEntry) -> str:
    text = escape(entry.status_text)
    return f"<i>{text}</i>" if entry.status is BookingStatus.REQUESTED else text


ROOM_HEADERS = (
    "No",
    "Waktu",
    "Acara",
    "Unit Penyelenggara",
    "Kontak",
    "Peserta",
    "Kebutuhan",
    "Status",
    "Keterangan",
)
ROOM_WIDTHS = (4, 9, 22, 13, 13, 6, 11, 10, 12)
ROOM_CENTRED = (0, 1, 5, 7)  # No, Waktu, Peserta, Status
VEHICLE_HEADERS = (
    "No",
    "Waktu",
    "Kendaraan",
    "Keperluan",
    "Unit Penyelenggara",
    "Kontak",
    "Penumpang",
    "Status",
    "Keterangan",
)
VEHICLE_WIDTHS = (4, 9, 14, 19, 13, 13, 9, 10, 9)
VEHICLE_CENTRED = (0, 1, 6, 7)


def _room_rows(entries: Sequence[AgendaEntry]) -> list[list[str]]:
    return [
        [
            str(number),
            _time(entry),
            f"<b>{escape(entry.title)}</b>",
            escape(entry.organizer_unit),
            _contact(entry),
            _participants(entry),
            escape(entry.needs),
            _status(entry),
            escape(entry.notes),
        ]
        for number, entry in enumerate(entries, start=1)
    ]


def _vehicle_rows(entries: Sequence[AgendaEntry]) -> list[list[str]]:
    return [
        [
            str(number),
            _time(entry),
            escape(entry.resource_name),
            f"<b>{escape(entry.title)}</b>",
            escape(entry.organizer_unit),
            _contact(entry),
            _participants(entry),
            _status(entry),
            escape(entry.notes),
        ]
        for number, entry in enumerate(entries, start=1)
    ]


def agenda_html(agenda: Agenda, *, with_heading: bool = True) -> str:
    """The agenda as HTML, every text escaped. With ``with_heading`` it starts with the title and
    the long date (and the holiday); the printed document puts those under its letterhead."""
    parts = []
    if with_heading:
        lines = "<br>".join(escape(line) for line in agenda_subtitle(agenda))
        parts.append(
            f'<p align="center" style="font-size: 12pt; font-weight: bold">{escape(TITLE_AGENDA)}'
            f'</p><p align="center">{lines}</p>'
        )
    if not agenda.rooms:
        parts.append(f"<p>{escape(NO_ROOMS)}</p>")
    for room in agenda.rooms:
        parts.append(_heading(room.name.upper(), room.detail))
        if room.entries:
            parts.append(_table(ROOM_HEADERS, _room_rows(room.entries), ROOM_WIDTHS, ROOM_CENTRED))
        else:
            parts.append(f"<p>{escape(NOTHING_BOOKED)}</p>")
    if agenda.has_pool_vehicles:
        parts.append(_heading(HEADING_VEHICLES))
        if agenda.vehicles:
            rows = _vehicle_rows(agenda.vehicles)
            parts.append(_table(VEHICLE_HEADERS, rows, VEHICLE_WIDTHS, VEHICLE_CENTRED))
        else:
            parts.append(f"<p>{escape(NOTHING_BOOKED)}</p>")
    return "".join(parts)


# --- a period's bookings as .xlsx ----------------------------------------------------------------


@dataclass(frozen=True)
class BookingsReport:
    path: Path
    rows: int
    cancelled: int


def _remark(booking: BookingView) -> str:
    parts = [booking.notes]
    if booking.status is BookingStatus.CANCELLED:
        parts.append(f"Alasan batal: {booking.cancel_reason}" if booking.cancel_reason else "")
    return "; ".join(part for part in parts if part)


def _values(number: int, booking: BookingView) -> tuple[Any, ...]:
    day = to_wib(booking.starts_at).date()
    return (
        number,
        day,
        _clock(booking.starts_at, day),
        _clock(booking.ends_at, day),
        booking.resource_name,
        booking.title,
        booking.organizer_unit,
        booking.contact_name,
        booking.contact_phone,
        booking.participants,
        needs_text(booking.needs),
        STATUS_WORDS[booking.status],
        _remark(booking),
    )


def _period_line(first_day: date, last_day: date) -> str:
    if first_day == last_day:
        return f"TANGGAL: {format_day_long(first_day)}"
    return f"PERIODE: {format_date_long(first_day)} s.d. {format_date_long(last_day)}"


def export_bookings_xlsx(
    db: Database,
    actor: Actor,
    first_day: date,
    last_day: date,
    path: Path,
    *,
    unit_id: int | None = None,
) -> BookingsReport:
    """Every booking of the unit's rooms and pool vehicles touching ``first_day`` to
    ``last_day`` (WIB), cancelled ones included, one row each, by start; replaces ``path``."""
    require(actor, Permission.VIEW)
    check_period(first_day, last_day)
    narrowed, unit = unit_actor(actor, unit_id)
    office = get_office_settings(db, actor, unit)
    require_essentials(office)
    bookings = bookings_between(db, narrowed, first_day, last_day, include_cancelled=True)
    bookings.sort(
        key=lambda b: (b.starts_at, not b.resource_key.startswith(ROOM), b.resource_name, b.id)
    )
    today = to_wib(db.clock()).date()

    workbook, ws = new_workbook(SHEET)
    width = len(COLUMNS)
    header_row = write_letterhead(
        ws, office, TITLE_EXPORT, today, width, extra_lines=(_period_line(first_day, last_day),)
    )
    write_table_header(ws, header_row, COLUMNS)
    rows = (_values(number, booking) for number, booking in enumerate(bookings, start=1))
    after = write_table_rows(ws, header_row + 1, COLUMNS, rows)
    last_row = write_signatures(
        ws, after + 1, (head_of_unit(office), custodian(office, today)), width
    )
    set_up_pages(
        ws, paper_size=office.paper_size, header_row=header_row, last_row=last_row - 1, width=width
    )
    save_workbook(workbook, path)
    cancelled = sum(1 for booking in bookings if booking.status is BookingStatus.CANCELLED)
    return BookingsReport(path=path, rows=len(bookings), cancelled=cancelled)
