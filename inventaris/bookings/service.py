"""Bookings of meeting rooms and pool vehicles.

Never a double booking: the database refuses two overlapping active bookings of one resource
(see migration 0009). The use cases look for a conflict first only so that the refusal can name
the booking in the way; when two PCs save the same slot at the same instant, the database's own
refusal is turned into the same sentence. A recurring series is all or nothing: its dates are
previewed with their conflicts, the person skips the dates that conflict, and the rest is
written in one transaction.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from inventaris.bookings.holidays import holidays_between
from inventaris.bookings.recurrence import Recurrence, occurrence_dates
from inventaris.core.db import MSG_STALE_WRITE, Database
from inventaris.core.errors import (
    MSG_REQUIRED,
    ConflictError,
    NotFound,
    ValidationError,
    WriteRaceLost,
)
from inventaris.core.guards import MSG_NAIVE_TIME
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, Role, require
from inventaris.core.timeutil import WIB, ensure_utc, to_wib
from inventaris.model import Asset, Booking, BookingSeries, BookingSettings, Room, VehicleDetail

ROOM, VEHICLE = "room", "vehicle"
NEEDS = ("snacks", "projector", "sound")
NEED_LABELS = {
    "snacks": QT_TRANSLATE_NOOP("Engine", "Snacks"),
    "projector": QT_TRANSLATE_NOOP("Engine", "Projector"),
    "sound": QT_TRANSLATE_NOOP("Engine", "Sound system"),
}
LABEL_TITLE = QT_TRANSLATE_NOOP("Engine", "Agenda")

MSG_CONFLICT = QT_TRANSLATE_NOOP(
    "Engine",
    "{resource} is already booked on {date} from {start} to {end} for \u201c{title}\u201d "
    "({organizer}).",
)
MSG_END_FIRST = QT_TRANSLATE_NOOP(
    "Engine", "The end, {end}, must be later than the start, {start}."
)
MSG_STEP = QT_TRANSLATE_NOOP(
    "Engine", "Times go in steps of {step} minutes; {time} is not on a step."
)
MSG_PAST = QT_TRANSLATE_NOOP("Engine", "A booking cannot end in the past ({end}).")
MSG_NOT_MEETING_ROOM = QT_TRANSLATE_NOOP(
    "Engine", "{room} is not a meeting room; only meeting rooms are booked."
)
MSG_NOT_POOL = QT_TRANSLATE_NOOP(
    "Engine", "{vehicle} is not a pool vehicle; only pool vehicles are booked."
)
MSG_NO_BOOKING = QT_TRANSLATE_NOOP("Engine", "The booking no longer exists.")
MSG_CANCEL_REASON = QT_TRANSLATE_NOOP("Engine", "Give the reason for the cancellation.")
MSG_ALREADY_CANCELLED = QT_TRANSLATE_NOOP("Engine", "The booking is already cancelled.")
MSG_NEED = QT_TRANSLATE_NOOP("Engine", 'Needs: "{value}" is not one of {choices}.')


class BookingStatus(enum.StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


STATUS_LABELS = {
    BookingStatus.REQUESTED: QT_TRANSLATE_NOOP("Engine", "Requested"),
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("Engine", "Confirmed"),
    BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("Engine", "Cancelled"),
}


class Scope(enum.StrEnum):
    """Which occurrences of a series a change reaches."""

    ONE = "one"
    FOLLOWING = "following"
    SERIES = "series"


@dataclass(frozen=True)
class Resource:
    kind: str  # ROOM or VEHICLE
    id: int

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"


@dataclass(frozen=True)
class BookingInput:
    resource: Resource
    starts_at: datetime  # timezone-aware
    ends_at: datetime
    title: str
    organizer_unit: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    participants: int | None = None
    needs: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class BookingView:
    id: int
    resource_key: str
    resource_name: str
    starts_at: datetime
    ends_at: datetime
    title: str
    organizer_unit: str
    contact_name: str
    contact_phone: str
    participants: int | None
    needs: tuple[str, ...]
    notes: str
    status: BookingStatus
    cancel_reason: str
    series_id: int | None
    series_date: date | None
    own_changes: bool
    created_by: str
    row_version: int


@dataclass(frozen=True)
class Occurrence:
    """One date of a series as the preview shows it."""

    on: date
    starts_at: datetime
    ends_at: datetime
    conflict: BookingView | None
    holiday: str | None  # the public holiday's name: booking it is allowed, with a warning


@dataclass(frozen=True)
class Settings:
    day_starts: time
    day_ends: time
    step_minutes: int
    approval: bool


# --- reading ------------------------------------------------------------------------------------


def _resource_names(session: Session, keys: Collection[str]) -> dict[str, str]:
    rooms = [int(key.split(":")[1]) for key in keys if key.startswith(f"{ROOM}:")]
    vehicles = [int(key.split(":")[1]) for key in keys if key.startswith(f"{VEHICLE}:")]
    names: dict[str, str] = {}
    if rooms:
        for room_id, name in session.execute(select(Room.id, Room.name).where(Room.id.in_(rooms))):
            names[f"{ROOM}:{room_id}"] = name
    if vehicles:
        rows = session.execute(
            select(Asset.id, Asset.plate_number, Asset.brand_type, Asset.name).where(
                Asset.id.in_(vehicles)
            )
        )
        for asset_id, plate, brand, name in rows:
            names[f"{VEHICLE}:{asset_id}"] = " ".join(
                part for part in (plate, brand or name) if part
            )
    return names


def _views(session: Session, bookings: Sequence[Booking]) -> list[BookingView]:
    names = _resource_names(session, {booking.resource_key for booking in bookings})
    return [
        BookingView(
            id=b.id,
            resource_key=b.resource_key,
            resource_name=names.get(b.resource_key, b.resource_key),
            starts_at=b.starts_at,
            ends_at=b.ends_at,
            title=b.title,
            organizer_unit=b.organizer_unit,
            contact_name=b.contact_name,
            contact_phone=b.contact_phone,
            participants=b.participants,
            needs=tuple(need for need in b.needs.split(",") if need),
            notes=b.notes,
            status=BookingStatus(b.status),
            cancel_reason=b.cancel_reason,
            series_id=b.series_id,
            series_date=b.series_date,
            own_changes=b.own_changes,
            created_by=b.created_by,
            row_version=b.row_version,
        )
        for b in bookings
    ]


def bookings_between(
    db: Database,
    actor: Actor,
    first_day: date,
    last_day: date,
    *,
    resource_keys: Collection[str] | None = None,
    include_cancelled: bool = False,
) -> list[BookingView]:
    """Bookings that touch the WIB days ``first_day`` to ``last_day``, by start time."""
    require(actor, Permission.VIEW)
    start = datetime.combine(first_day, time(0), WIB)
    end = datetime.combine(last_day + timedelta(days=1), time(0), WIB)
    query = (
        select(Booking)
        .where(
            Booking.unit_id.in_(actor.unit_ids),
            Booking.starts_at < end,
            Booking.ends_at > start,
        )
        .order_by(Booking.starts_at, Booking.resource_key)
    )
    if resource_keys is not None:
        query = query.where(Booking.resource_key.in_(list(resource_keys)))
    if not include_cancelled:
        query = query.where(Booking.status != BookingStatus.CANCELLED)
    with db.read() as session:
        return _views(session, session.scalars(query).all())


def get_settings(db: Database, actor: Actor, unit_id: int | None = None) -> Settings:
    require(actor, Permission.VIEW)
    with db.read() as session:
        return _settings(session, unit_id or min(actor.unit_ids))


def _settings(session: Session, unit_id: int) -> Settings:
    row = session.get(BookingSettings, unit_id)
    if row is None:
        return Settings(time(7, 30), time(17, 0), 15, False)
    return Settings(
        time.fromisoformat(row.day_starts),
        time.fromisoformat(row.day_ends),
        row.step_minutes,
        row.approval,
    )


def _conflict(
    session: Session, key: str, starts_at: datetime, ends_at: datetime, ignore: Collection[int] = ()
) -> Booking | None:
    query = select(Booking).where(
        Booking.resource_key == key,
        Booking.status != BookingStatus.CANCELLED,
        Booking.starts_at < ends_at,
        Booking.ends_at > starts_at,
    )
    if ignore:
        query = query.where(Booking.id.not_in(list(ignore)))
    return session.scalars(query.order_by(Booking.starts_at).limit(1)).first()


def _conflict_error(session: Session, booking: Booking) -> ConflictError:
    view = _views(session, [booking])[0]
    start, end = to_wib(view.starts_at), to_wib(view.ends_at)
    return ConflictError(
        MSG_CONFLICT,
        field="starts_at",
        resource=view.resource_name,
        date=start.strftime("%d-%m-%Y"),
        start=start.strftime("%H.%M"),
        end=end.strftime("%H.%M"),
        title=view.title,
        organizer=view.organizer_unit or view.created_by,
    )


# --- checking -----------------------------------------------------------------------------------


def _check_resource(session: Session, actor: Actor, resource: Resource) -> int:
    """The resource's unit, after checking it can be booked at all."""
    if resource.kind == ROOM:
        room = session.get(Room, resource.id)
        if room is None or room.unit_id not in actor.unit_ids or not room.active:
            raise NotFound(MSG_NO_BOOKING)
        if room.kind != "meeting":
            raise ValidationError(MSG_NOT_MEETING_ROOM, field="resource", room=room.name)
        return room.unit_id
    asset = session.get(Asset, resource.id)
    if asset is None or asset.unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_BOOKING)
    detail = session.get(VehicleDetail, resource.id)
    if asset.status == "dihapus" or detail is None or not detail.pooled:
        raise ValidationError(
            MSG_NOT_POOL, field="resource", vehicle=asset.plate_number or asset.name
        )
    return asset.unit_id


def _check_times(
    starts_at: datetime, ends_at: datetime, settings: Settings, now: datetime
) -> tuple[datetime, datetime]:
    starts_at, ends_at = ensure_utc(starts_at), ensure_utc(ends_at)
    if starts_at > now + timedelta(days=HORIZON_DAYS):
        raise ValidationError(
            MSG_TOO_FAR, field="starts_at", start=to_wib(starts_at).strftime("%d-%m-%Y")
        )
    if ends_at - starts_at > timedelta(days=MAX_BOOKING_DAYS):
        raise ValidationError(MSG_TOO_LONG, field="ends_at", days=MAX_BOOKING_DAYS)
    if ends_at <= starts_at:
        raise ValidationError(
            MSG_END_FIRST,
            field="ends_at",
            start=to_wib(starts_at).strftime("%H.%M"),
            end=to_wib(ends_at).strftime("%H.%M"),
        )
    for field, moment in (("starts_at", starts_at), ("ends_at", ends_at)):
        local = to_wib(moment)
        if (local.hour * 60 + local.minute) % settings.step_minutes or local.second:
            raise ValidationError(
                MSG_STEP, field=field, step=settings.step_minutes, time=local.strftime("%H.%M")
            )
    if ends_at <= now:
        raise ValidationError(
            MSG_PAST, field="ends_at", end=to_wib(ends_at).strftime("%d-%m-%Y %H.%M")
        )
    return starts_at, ends_at


# Two years ahead covers the yearly meeting plans; a date beyond is a typing mistake (2062 for
# 2026). A meeting room or a pool vehicle is booked for at most two weeks at a time.
HORIZON_DAYS = 2 * 366
MAX_BOOKING_DAYS = 14
MSG_TOO_FAR = QT_TRANSLATE_NOOP(
    "Engine", "A booking starts at most two years ahead; {start} is further. Check the year."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Engine", "A booking lasts at most {days} days; book a longer use in parts."
)


def _check_aware(data: BookingInput) -> None:
    for field, moment in (("starts_at", data.starts_at), ("ends_at", data.ends_at)):
        if moment.tzinfo is None:
            raise ValidationError(
                MSG_NAIVE_TIME, field=field, label=field, value=moment.isoformat()
            )


def _check_input(data: BookingInput) -> None:
    _check_aware(data)
    if not data.title.strip():
        raise ValidationError(MSG_REQUIRED, field="title", label=LABEL_TITLE)
    for need in data.needs:
        if need not in NEEDS:
            raise ValidationError(MSG_NEED, field="needs", value=need, choices=", ".join(NEEDS))


def _initial_status(actor: Actor, settings: Settings) -> BookingStatus:
    # With approval on, what secretariat staff book waits for an Admin.
    if settings.approval and actor.role == Role.SECRETARIAT:
        return BookingStatus.REQUESTED
    return BookingStatus.CONFIRMED


def _new_booking(
    data: BookingInput,
    unit_id: int,
    starts_at: datetime,
    ends_at: datetime,
    status: BookingStatus,
    actor: Actor,
    now: datetime,
) -> Booking:
    return Booking(
        unit_id=unit_id,
        resource_key=data.resource.key,
        room_id=data.resource.id if data.resource.kind == ROOM else None,
        vehicle_id=data.resource.id if data.resource.kind == VEHICLE else None,
        starts_at=starts_at,
        ends_at=ends_at,
        title=data.title.strip(),
        organizer_unit=data.organizer_unit.strip(),
        contact_name=data.contact_name.strip(),
        contact_phone=data.contact_phone.strip(),
        participants=data.participants,
        needs=",".join(data.needs),
        notes=data.notes.strip(),
        status=status.value,
        cancel_reason="",
        own_changes=False,
        created_at=now,
        created_by=actor.username,
        updated_at=now,
        updated_by=actor.username,
    )


def _overlap_refused(error: exc.IntegrityError) -> bool:
    """The database's own overlap guard fired (trigger on SQLite, exclusion on PostgreSQL)."""
    return "booking_overlap" in str(error.orig)


def _explain_race(db: Database, data_key: str, starts_at: datetime, ends_at: datetime) -> Exception:
    """Another PC saved the slot between our check and our insert: name what it saved."""
    with db.read() as session:
        winner = _conflict(session, data_key, starts_at, ends_at)
        if winner is not None:
            return _conflict_error(session, winner)
    return ConflictError(MSG_NO_BOOKING)


# --- writing ------------------------------------------------------------------------------------


BOOKING_PERMISSIONS = {ROOM: Permission.BOOK_ROOMS, VEHICLE: Permission.BOOK_VEHICLES}


def may_book(actor: Actor, kind: str) -> bool:
    """Whether the actor books this kind of resource: the Staf Sekretariat meeting rooms, the
    Koordinator Pengemudi pool vehicles, an Admin both."""
    permission = BOOKING_PERMISSIONS.get(kind)
    return permission is not None and actor.can(permission)


def _require_booking(actor: Actor, kind: str) -> None:
    require(actor, BOOKING_PERMISSIONS.get(kind, Permission.BOOK_ROOMS))


def _require_some_booking(actor: Actor) -> None:
    """A first check, before the booking (and so its kind) is read."""
    if not any(actor.can(permission) for permission in BOOKING_PERMISSIONS.values()):
        require(actor, Permission.BOOK_ROOMS)


def _kind_of(booking: Booking) -> str:
    return booking.resource_key.partition(":")[0]


def book(db: Database, actor: Actor, data: BookingInput) -> BookingView:
    """One booking; refused with the booking in the way when the slot is taken."""
    _require_booking(actor, data.resource.kind)
    _check_input(data)
    try:
        with db.write(actor) as session:
            unit_id = _check_resource(session, actor, data.resource)
            settings = _settings(session, unit_id)
            starts_at, ends_at = _check_times(data.starts_at, data.ends_at, settings, db.clock())
            taken = _conflict(session, data.resource.key, starts_at, ends_at)
            if taken is not None:
                raise _conflict_error(session, taken)
            booking = _new_booking(
                data,
                unit_id,
                starts_at,
                ends_at,
                _initial_status(actor, settings),
                actor,
                db.clock(),
            )
            session.add(booking)
            session.flush()
            return _views(session, [booking])[0]
    except exc.IntegrityError as error:
        if _overlap_refused(error):
            raise _explain_race(
                db, data.resource.key, ensure_utc(data.starts_at), ensure_utc(data.ends_at)
            ) from None
        raise
    except WriteRaceLost:  # two PCs waiting on each other's booking of the slot
        raise _explain_race(
            db, data.resource.key, ensure_utc(data.starts_at), ensure_utc(data.ends_at)
        ) from None


def _moments(data: BookingInput, on: date) -> tuple[datetime, datetime]:
    """The booking's WIB time of day, on another date (WIB has no daylight saving)."""
    start, end = to_wib(data.starts_at), to_wib(data.ends_at)
    days = (end.date() - start.date()).days
    return (
        datetime.combine(on, start.timetz()),
        datetime.combine(on + timedelta(days=days), end.timetz()),
    )


def preview_series(
    db: Database, actor: Actor, data: BookingInput, rule: Recurrence, language: str = "id"
) -> list[Occurrence]:
    """Every date of the series with the booking it would collide with, before saving."""
    require(actor, Permission.VIEW)
    _check_aware(data)
    first = to_wib(data.starts_at).date()
    dates = occurrence_dates(first, rule)
    holidays = holidays_between(dates[0], dates[-1], language) if dates else {}
    with db.read() as session:
        result = []
        for on in dates:
            starts_at, ends_at = _moments(data, on)
            taken = _conflict(
                session, data.resource.key, ensure_utc(starts_at), ensure_utc(ends_at)
            )
            conflict = _views(session, [taken])[0] if taken is not None else None
            result.append(Occurrence(on, starts_at, ends_at, conflict, holidays.get(on)))
        return result


def book_series(
    db: Database,
    actor: Actor,
    data: BookingInput,
    rule: Recurrence,
    skip: Collection[date] = (),
) -> list[BookingView]:
    """The series' occurrences except ``skip``, all or none: any conflict left refuses it all."""
    _require_booking(actor, data.resource.kind)
    _check_input(data)
    first = to_wib(data.starts_at).date()
    dates = [on for on in occurrence_dates(first, rule) if on not in set(skip)]
    try:
        with db.write(actor) as session:
            unit_id = _check_resource(session, actor, data.resource)
            settings = _settings(session, unit_id)
            now = db.clock()
            status = _initial_status(actor, settings)
            series = BookingSeries(
                unit_id=unit_id,
                resource_key=data.resource.key,
                frequency=rule.frequency.value,
                interval=rule.interval,
                weekdays=",".join(str(day) for day in sorted(rule.weekdays)),
                monthly_by=rule.monthly_by.value,
                nth=rule.nth,
                first_on=first,
                until=rule.until,
                count=rule.count,
                created_at=now,
                created_by=actor.username,
            )
            session.add(series)
            session.flush()
            bookings = []
            for on in dates:
                starts_at, ends_at = _check_times(*_moments(data, on), settings, now)
                taken = _conflict(session, data.resource.key, starts_at, ends_at)
                if taken is not None:
                    raise _conflict_error(session, taken)
                booking = _new_booking(data, unit_id, starts_at, ends_at, status, actor, now)
                booking.series_id, booking.series_date = series.id, on
                session.add(booking)
                session.flush()  # the next date's check sees this one
                bookings.append(booking)
            return _views(session, bookings)
    except exc.IntegrityError as error:
        if _overlap_refused(error):
            raise ConflictError(MSG_NO_BOOKING) from None
        raise


def _load(session: Session, actor: Actor, booking_id: int) -> Booking:
    booking = session.get(Booking, booking_id)
    if booking is None or booking.unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_BOOKING)
    return booking


def _scope_members(session: Session, booking: Booking, scope: Scope) -> list[Booking]:
    if scope is Scope.ONE or booking.series_id is None:
        return [booking]
    query = select(Booking).where(Booking.series_id == booking.series_id)
    if scope is Scope.FOLLOWING:
        query = query.where(Booking.series_date >= booking.series_date)
    members = list(session.scalars(query.order_by(Booking.series_date)))
    # Occurrences changed on their own keep their own changes; the chosen one is always in.
    return [m for m in members if m.id == booking.id or not m.own_changes]


def cancel_booking(
    db: Database, actor: Actor, booking_id: int, reason: str, scope: Scope = Scope.ONE
) -> int:
    """Cancel one occurrence, it and the following ones, or the whole series; returns how many."""
    _require_some_booking(actor)
    if not reason.strip():
        raise ValidationError(MSG_CANCEL_REASON, field="cancel_reason")
    with db.write(actor) as session:
        booking = _load(session, actor, booking_id)
        _require_booking(actor, _kind_of(booking))
        if booking.status == BookingStatus.CANCELLED and scope is Scope.ONE:
            raise ValidationError(MSG_ALREADY_CANCELLED, field="status")
        now = db.clock()
        members = [
            m
            for m in _scope_members(session, booking, scope)
            if m.status != BookingStatus.CANCELLED
        ]
        for member in members:
            member.status = BookingStatus.CANCELLED.value
            member.cancel_reason = reason.strip()
            member.updated_at, member.updated_by = now, actor.username
            if scope is Scope.ONE and member.series_id is not None:
                member.own_changes = True
        return len(members)


@dataclass(frozen=True)
class BookingChanges:
    """What an edit changes; None leaves a field as each occurrence has it."""

    start_time: time | None = None  # WIB time of day
    end_time: time | None = None
    on: date | None = None  # only for one booking
    title: str | None = None
    organizer_unit: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    participants: int | None = None
    needs: tuple[str, ...] | None = None
    notes: str | None = None


def edit_booking(
    db: Database,
    actor: Actor,
    booking_id: int,
    changes: BookingChanges,
    scope: Scope = Scope.ONE,
    expected_version: int | None = None,
) -> list[BookingView]:
    """Change one occurrence, it and the following ones, or the whole series, all or none.

    A series edit leaves alone the occurrences that were changed on their own, so their own
    changes survive; an edit of one occurrence marks it as changed on its own."""
    _require_some_booking(actor)
    if changes.title is not None and not changes.title.strip():
        raise ValidationError(MSG_REQUIRED, field="title", label=LABEL_TITLE)
    try:
        with db.write(actor) as session:
            booking = _load(session, actor, booking_id)
            _require_booking(actor, _kind_of(booking))
            if expected_version is not None and booking.row_version != expected_version:
                raise ConflictError(MSG_STALE_WRITE)
            settings = _settings(session, booking.unit_id)
            now = db.clock()
            members = [
                m
                for m in _scope_members(session, booking, scope)
                if m.status != BookingStatus.CANCELLED
            ]
            member_ids = [m.id for m in members]
            for member in members:
                start, end = to_wib(member.starts_at), to_wib(member.ends_at)
                day = changes.on if (changes.on and scope is Scope.ONE) else start.date()
                new_start = datetime.combine(day, changes.start_time or start.time(), WIB)
                new_end = datetime.combine(
                    day + (end.date() - start.date()), changes.end_time or end.time(), WIB
                )
                if (new_start, new_end) != (start, end):
                    starts_at, ends_at = _check_times(new_start, new_end, settings, now)
                    taken = _conflict(session, member.resource_key, starts_at, ends_at, member_ids)
                    if taken is not None:
                        raise _conflict_error(session, taken)
                    member.starts_at, member.ends_at = starts_at, ends_at
                for name in ("title", "organizer_unit", "contact_name", "contact_phone", "notes"):
                    value = getattr(changes, name)
                    if value is not None:
                        setattr(member, name, value.strip())
                if changes.participants is not None:
                    member.participants = changes.participants
                if changes.needs is not None:
                    member.needs = ",".join(changes.needs)
                if scope is Scope.ONE and member.series_id is not None:
                    member.own_changes = True
                member.updated_at, member.updated_by = now, actor.username
            session.flush()
            return _views(session, members)
    except exc.IntegrityError as error:
        if _overlap_refused(error):
            raise ConflictError(MSG_NO_BOOKING) from None
        raise


def confirm_booking(db: Database, actor: Actor, booking_id: int) -> None:
    require(actor, Permission.CONFIRM_BOOKINGS)
    with db.write(actor) as session:
        booking = _load(session, actor, booking_id)
        if booking.status == BookingStatus.REQUESTED:
            booking.status = BookingStatus.CONFIRMED.value
            booking.updated_at, booking.updated_by = db.clock(), actor.username


MSG_HOURS = QT_TRANSLATE_NOOP(
    "Engine", "Office hours: the day must end after it starts ({start} to {end})."
)
MSG_STEP_CHOICE = QT_TRANSLATE_NOOP("Engine", "Time step: choose 5, 10, 15, 30 or 60 minutes.")


def save_settings(
    db: Database, actor: Actor, settings: Settings, unit_id: int | None = None
) -> None:
    """Office hours shown in the views, the time step, and whether bookings need approval."""
    require(actor, Permission.EDIT_SETTINGS)
    if settings.day_ends <= settings.day_starts:
        raise ValidationError(
            MSG_HOURS,
            field="day_ends",
            start=settings.day_starts.strftime("%H.%M"),
            end=settings.day_ends.strftime("%H.%M"),
        )
    if settings.step_minutes not in (5, 10, 15, 30, 60):
        raise ValidationError(MSG_STEP_CHOICE, field="step_minutes")
    unit = unit_id or min(actor.unit_ids)
    with db.write(actor) as session:
        row = session.get(BookingSettings, unit)
        if row is None:
            row = BookingSettings(unit_id=unit)
            session.add(row)
        row.day_starts = settings.day_starts.strftime("%H:%M")
        row.day_ends = settings.day_ends.strftime("%H:%M")
        row.step_minutes = settings.step_minutes
        row.approval = settings.approval


@dataclass(frozen=True)
class ResourceView:
    resource: Resource
    name: str
    detail: str  # facilities, or the vehicle's type
    capacity: int | None = None


def bookable_resources(db: Database, actor: Actor, kind: str = ROOM) -> list[ResourceView]:
    """The active meeting rooms, or the pool vehicles still on the register, by name."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        if kind == ROOM:
            rooms = session.scalars(
                select(Room)
                .where(
                    Room.unit_id.in_(actor.unit_ids),
                    Room.kind == "meeting",
                    Room.active.is_(True),
                )
                .order_by(Room.name)
            )
            return [
                ResourceView(Resource(ROOM, room.id), room.name, room.facilities, room.capacity)
                for room in rooms
            ]
        rows = session.execute(
            select(Asset.id, Asset.plate_number, Asset.brand_type, Asset.name)
            .join(VehicleDetail, VehicleDetail.asset_id == Asset.id)
            .where(
                Asset.unit_id.in_(actor.unit_ids),
                Asset.status != "dihapus",
                VehicleDetail.pooled.is_(True),
            )
            .order_by(Asset.plate_number)
        )
        return [
            ResourceView(Resource(VEHICLE, asset_id), plate or name, brand or name)
            for asset_id, plate, brand, name in rows
        ]
