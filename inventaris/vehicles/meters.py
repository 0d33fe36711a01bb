"""Which odometer a reading is on, a vehicle's readings on one meter, and the checks that keep
each meter's readings rising.

Meters. An odometer replacement (``OdometerReset``) starts a new meter at its
``new_reading_km``; on each meter readings only rise. Which meter a reading is on is decided in
one place, ``meter_of``: by its date, and on a replacement's own day by whether it was recorded
before the replacement (the old meter) or after it (the new one), whatever its km. The records
themselves are written by ``vehicles.records``; what is due by ``vehicles.due_list``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.core.errors import ValidationError
from inventaris.core.formatting import format_date, group_thousands
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.model import FuelRecord, OdometerReset, ServiceRecord
from inventaris.vehicles.due import Reading, carried_km

MSG_ODOMETER_LOWER = QT_TRANSLATE_NOOP(
    "Engine",
    "Odometer: {value} km is lower than the last reading, {last} km on {date}. Check the number; "
    "if the odometer was replaced, record that first.",
)
MSG_ODOMETER_HIGHER = QT_TRANSLATE_NOOP(
    "Engine",
    "Odometer: {value} km is higher than the next reading, {next} km on {date}. Check the number "
    "and the date.",
)
MSG_RESET_IN_USE = QT_TRANSLATE_NOOP(
    "Engine",
    "The odometer replacement of {date} cannot be deleted: the new meter's {value} km on {on} "
    "is lower than the old meter's {last} km on {last_on}. Delete those records first.",
)


@dataclass(frozen=True)
class MeterReset:
    """An odometer replacement, as ``meter_of`` needs it."""

    on: date  # reset_on
    km: int  # new_reading_km: the new meter's first reading
    recorded_at: datetime
    id: int


# The columns of OdometerReset that make a MeterReset, in its order, and the order of a
# vehicle's replacements that meter_of expects (date, then id).
RESET_COLUMNS = (
    OdometerReset.reset_on,
    OdometerReset.new_reading_km,
    OdometerReset.recorded_at,
    OdometerReset.id,
)
RESET_ORDER = (OdometerReset.reset_on, OdometerReset.id)


def meter_of(on: date, recorded_at: datetime | None, resets: Sequence[MeterReset]) -> int:
    """Which meter a reading is on: 0 for the first meter, n after the n-th replacement.

    ``resets`` are one vehicle's replacements in (date, id) order: two on one day follow each
    other by id. A reading dated after a replacement's day is on its meter (or a later one). On
    the replacement's own day it is on the new meter when it was recorded at or after the
    replacement, and on the old one when recorded before it, whatever its km: a fill at
    150,000 km on the morning of a replacement to 0 stays on the old meter. ``recorded_at=None``
    stands for the end of the day (after every replacement of that day).
    """
    meter = 0
    for number, reset in enumerate(resets, start=1):
        if reset.on > on:
            break
        if reset.on < on or recorded_at is None or recorded_at >= reset.recorded_at:
            meter = number
    return meter


def meter_resets(session: Session, asset_id: int) -> list[MeterReset]:
    """One vehicle's odometer replacements, in (date, id) order."""
    return [
        MeterReset(*row)
        for row in session.execute(
            select(*RESET_COLUMNS).where(OdometerReset.asset_id == asset_id).order_by(*RESET_ORDER)
        )
    ]


_Record = tuple[date, int, datetime, str | None]  # day, km, recorded at, service kind or None


def _records(
    session: Session, asset_id: int, since: date | None = None, until: date | None = None
) -> list[_Record]:
    """A vehicle's readings from its service and fuel records, dated in [since, until]."""
    rows: list[_Record] = []
    service_query = select(
        ServiceRecord.serviced_on,
        ServiceRecord.odometer_km,
        ServiceRecord.recorded_at,
        ServiceRecord.kind,
    ).where(ServiceRecord.asset_id == asset_id)
    fuel_query = select(FuelRecord.filled_on, FuelRecord.odometer_km, FuelRecord.recorded_at).where(
        FuelRecord.asset_id == asset_id
    )
    if since is not None:
        service_query = service_query.where(ServiceRecord.serviced_on >= since)
        fuel_query = fuel_query.where(FuelRecord.filled_on >= since)
    if until is not None:
        service_query = service_query.where(ServiceRecord.serviced_on <= until)
        fuel_query = fuel_query.where(FuelRecord.filled_on <= until)
    rows += [(on, km, at, kind) for on, km, at, kind in session.execute(service_query)]
    rows += [(on, km, at, None) for on, km, at in session.execute(fuel_query)]
    return rows


def readings_of(
    session: Session,
    asset_id: int,
    resets: Sequence[MeterReset] | None = None,
    meter: int | None = None,
) -> list[Reading]:
    """The odometer readings on one meter, the current one unless told (``meter_of``).

    A replaced meter's replacement counts as its first reading."""
    if resets is None:
        resets = meter_resets(session, asset_id)
    if meter is None:
        meter = len(resets)
    since = resets[meter - 1].on if meter else None
    until = resets[meter].on if meter < len(resets) else None
    readings = [
        Reading(on, km)
        for on, km, recorded_at, _ in _records(session, asset_id, since, until)
        if not resets or meter_of(on, recorded_at, resets) == meter
    ]
    if meter:
        readings.append(Reading(resets[meter - 1].on, resets[meter - 1].km))
    return readings


@dataclass(frozen=True)
class MeterHistory:
    """A vehicle with a replaced odometer: what its plans need to count across meters."""

    resets: Sequence[MeterReset]
    starts: list[int]  # each meter's first reading (meter 0's unused)
    highest: list[int]  # each meter's highest reading
    current: list[Reading]  # the current meter's readings, as readings_of gives them
    services: dict[str, tuple[int, date, int]]  # kind: the latest (meter, day, km)

    def carried(self, km: int, meter: int) -> int:
        return carried_km(km, meter, self.starts, self.highest)


def meter_history(session: Session, asset_id: int, resets: Sequence[MeterReset]) -> MeterHistory:
    current_meter = len(resets)
    starts = [0, *(reset.km for reset in resets)]
    highest = list(starts)
    current = [Reading(resets[-1].on, resets[-1].km)] if resets else []
    services: dict[str, tuple[int, date, int]] = {}
    for on, km, recorded_at, kind in _records(session, asset_id):
        meter = meter_of(on, recorded_at, resets)
        highest[meter] = max(highest[meter], km)
        if meter == current_meter:
            current.append(Reading(on, km))
        if kind is not None and (kind not in services or (meter, on, km) > services[kind]):
            services[kind] = (meter, on, km)
    return MeterHistory(resets, starts, highest, current, services)


# --- checks --------------------------------------------------------------------------------------


def check_odometer(
    session: Session, asset_id: int, on: date, km: int, recorded_at: datetime
) -> None:
    """A new reading (``km`` at least 0) must fit between the readings around its date on its
    meter: not below the highest before it, not above the lowest after it."""
    # A receipt entered late is fine: it must fit between the readings around its date on the
    # meter in use that day (the old meter for a day before its replacement).
    resets = meter_resets(session, asset_id)
    readings = readings_of(session, asset_id, resets, meter_of(on, recorded_at, resets))
    before = [reading for reading in readings if reading.on <= on]
    after = [reading for reading in readings if reading.on > on]
    if before:
        last = max(before, key=lambda reading: (reading.km, reading.on))
        if km < last.km:
            raise ValidationError(
                MSG_ODOMETER_LOWER,
                field="odometer_km",
                value=group_thousands(km),
                last=group_thousands(last.km),
                date=format_date(last.on),
            )
    if after:
        following = min(after, key=lambda reading: (reading.km, reading.on))
        if km > following.km:
            raise ValidationError(
                MSG_ODOMETER_HIGHER,
                field="odometer_km",
                value=group_thousands(km),
                next=group_thousands(following.km),
                date=format_date(following.on),
            )


def check_reset_removable(session: Session, reset: OdometerReset) -> None:
    """Without the replacement its readings join the meter before: they must not be lower."""
    resets = meter_resets(session, reset.asset_id)
    number = next(n for n, found in enumerate(resets, start=1) if found.id == reset.id)
    before = readings_of(session, reset.asset_id, resets, number - 1)
    after = readings_of(session, reset.asset_id, resets, number)[:-1]  # not the reset itself
    if before and after:
        last = max(before, key=lambda reading: (reading.km, reading.on))
        lowest = min(after, key=lambda reading: (reading.km, reading.on))
        if lowest.km < last.km:
            raise ValidationError(
                MSG_RESET_IN_USE,
                field="record",
                date=format_date(reset.reset_on),
                value=group_thousands(lowest.km),
                on=format_date(lowest.on),
                last=group_thousands(last.km),
                last_on=format_date(last.on),
            )
