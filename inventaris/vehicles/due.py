"""When a vehicle's service plans and documents are due: pure computation, no database.

A plan is due every N km and/or every M months after its base, whichever comes first; for
kilometres, the average daily distance of the last months estimates the date. Documents are due
on their expiry date. How urgent each is, is the one scale of ``core.attention`` (warnings 30
days ahead).

A plan's base is the last matching service, even one from before the plan was made: an oil
change recorded in September makes a plan made in November due in December, and a vehicle whose
last battery was fitted years ago is rightly overdue for a battery plan. Without any matching
service the plan counts from its start, the day it was made at the odometer reading of that
moment, not from the acquisition: a plan added to a vehicle with history is not overdue for that
history. Plans made before plans had a start (``starts_on`` NULL) count from the acquisition, as
they did.

Across a replaced odometer (see ``inventaris.vehicles.meters.meter_of``) a base read on an earlier
meter is carried over to the current one (``carried_km``): the distance already driven after it
on the old meter counts, so an oil change 2,000 km before the replacement is due 3,000 km into
the new meter, not 5,000.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from inventaris.core.attention import Urgency, urgency_of
from inventaris.core.timeutil import add_months

ESTIMATE_WINDOW_DAYS = 180


@dataclass(frozen=True)
class Reading:
    on: date
    km: int


@dataclass(frozen=True)
class PlanDue:
    plan_name: str
    due_on: date
    due_km: int | None
    current_km: int | None
    state: Urgency
    estimated: bool  # the date comes from the daily distance, not from the calendar


def daily_distance(readings: Sequence[Reading], today: date) -> float | None:
    """Average km a day over the last months of readings (None when too few to tell)."""
    recent = sorted(
        (r for r in readings if (today - r.on).days <= ESTIMATE_WINDOW_DAYS),
        key=lambda reading: (reading.on, reading.km),
    )
    if len(recent) < 2 or recent[-1].on == recent[0].on:
        return None
    return max(recent[-1].km - recent[0].km, 0) / (recent[-1].on - recent[0].on).days


def carried_km(km: int, meter: int, starts: Sequence[int], highest: Sequence[int]) -> int:
    """A km read on meter ``meter``, as a km on the current (last) meter.

    ``starts[i]`` is meter i's first reading (its reset's ``new_reading_km``; meter 0's is not
    used) and ``highest[i]`` its highest reading. What was driven after ``km``, up to the highest
    reading of its meter and then over every later replaced meter, is already driven: the result
    is the current meter's start less that distance (below the start, possibly below 0).
    """
    current = len(highest) - 1
    if meter >= current:
        return km
    driven = max(highest[meter] - km, 0)
    for between in range(meter + 1, current):
        driven += max(highest[between] - starts[between], 0)
    return starts[current] - driven


def plan_base(
    last_service: Reading | None,
    acquired_on: date,
    starts_on: date | None = None,
    starts_km: int | None = None,
) -> tuple[date, int | None]:
    """The day and km a plan's next due counts from (km None: the meter's lowest reading).

    The last matching service; without one, the plan's start; without a start (a plan made
    before plans had one), the acquisition."""
    if last_service is not None:
        return last_service.on, last_service.km
    if starts_on is not None:
        return starts_on, starts_km
    return acquired_on, None


def plan_due(
    name: str,
    every_km: int | None,
    every_months: int | None,
    last_service: Reading | None,
    readings: Sequence[Reading],
    start: date,
    today: date,
    *,
    starts_on: date | None = None,
    starts_km: int | None = None,
) -> PlanDue:
    """When a plan is next due: km and months from its base (``plan_base``), earliest wins.

    ``start`` is the vehicle's acquisition; ``readings`` and the kms are the current meter's."""
    current = max(readings, key=lambda reading: (reading.on, reading.km)) if readings else None
    lowest_km = min((r.km for r in readings), default=0)
    per_day = daily_distance(readings, today) if every_km else None
    base_on, base_km = plan_base(last_service, start, starts_on, starts_km)
    return due_from_base(
        name, every_km, every_months, base_on, base_km, current, lowest_km, per_day, today
    )


def due_from_base(
    name: str,
    every_km: int | None,
    every_months: int | None,
    base_on: date,
    base_km: int | None,
    current: Reading | None,
    lowest_km: int,
    per_day: float | None,
    today: date,
) -> PlanDue:
    """plan_due from its base and what it needs of the readings: the latest, the lowest km and
    the daily distance.

    The km due is never below the meter's lowest reading: a base carried over from a replaced
    meter may already lie more than one interval back (due since the replacement)."""
    candidates: list[tuple[date, bool]] = []
    due_km = None
    if every_months:
        candidates.append((add_months(base_on, every_months), False))
    if every_km:
        due_km = max((lowest_km if base_km is None else base_km) + every_km, lowest_km)
        if current is not None and current.km >= due_km:
            candidates.append((current.on, True))  # already driven past it
        elif current is not None and per_day:
            days = (due_km - current.km) / per_day
            candidates.append((current.on + timedelta(days=int(days)), True))
    if not candidates:
        far = today + timedelta(days=3650)
        return PlanDue(name, far, due_km, current.km if current else None, Urgency.OK, True)
    due_on, estimated = min(candidates)
    return PlanDue(
        name, due_on, due_km, current.km if current else None, urgency_of(due_on, today), estimated
    )
