"""Due computation of service plans and documents, by hand-made cases."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from inventaris.core.attention import Urgency, urgency_of
from inventaris.core.timeutil import add_months
from inventaris.vehicles.due import (
    Reading,
    carried_km,
    daily_distance,
    plan_base,
    plan_due,
)
from inventaris.vehicles.meters import MeterReset, meter_of

TODAY = date(2026, 11, 28)
START = date(2024, 1, 10)


@pytest.mark.parametrize(
    ("due_on", "state"),
    [
        (date(2026, 11, 27), Urgency.OVERDUE),
        (TODAY, Urgency.WITHIN_7),
        (date(2026, 12, 5), Urgency.WITHIN_7),
        (date(2026, 12, 6), Urgency.WITHIN_14),
        (date(2026, 12, 12), Urgency.WITHIN_14),
        (date(2026, 12, 13), Urgency.WITHIN_30),
        (date(2026, 12, 28), Urgency.WITHIN_30),
        (date(2026, 12, 29), Urgency.OK),
    ],
)
def test_document_states_at_each_threshold(due_on: date, state: Urgency) -> None:
    assert urgency_of(due_on, TODAY) is state


def test_months_are_added_to_the_calendar() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_due_by_date_only() -> None:
    last = Reading(date(2026, 9, 1), 40_000)
    due = plan_due("Ganti oli", None, 3, last, [last], START, TODAY)
    assert due.due_on == date(2026, 12, 1) and due.state is Urgency.WITHIN_7
    assert not due.estimated


def test_due_by_km_estimates_the_date_from_the_daily_distance() -> None:
    readings = [Reading(date(2026, 10, 1), 40_000), Reading(date(2026, 11, 20), 42_500)]
    # 2,500 km in 50 days = 50 km a day; the next 5,000 km from the service at 40,000 km
    # comes 2,500 km after the last reading: 50 days after 20-11-2026.
    due = plan_due("Ganti oli", 5_000, None, readings[0], readings, START, TODAY)
    assert due.due_km == 45_000 and due.estimated
    assert due.due_on == date(2027, 1, 9) and due.state is Urgency.OK
    assert daily_distance(readings, TODAY) == pytest.approx(50.0)


def test_km_or_months_whichever_comes_first() -> None:
    readings = [Reading(date(2026, 6, 1), 10_000), Reading(date(2026, 11, 20), 28_000)]
    by_km_first = plan_due("Servis besar", 20_000, 12, readings[0], readings, START, TODAY)
    assert by_km_first.estimated and by_km_first.due_on < add_months(readings[0].on, 12)
    slow = [Reading(date(2026, 6, 1), 10_000), Reading(date(2026, 11, 20), 10_500)]
    by_months_first = plan_due("Servis besar", 20_000, 6, slow[0], slow, START, TODAY)
    assert by_months_first.due_on == date(2026, 12, 1) and not by_months_first.estimated


def test_driven_past_the_km_is_overdue() -> None:
    readings = [Reading(date(2026, 9, 1), 40_000), Reading(date(2026, 11, 25), 45_300)]
    due = plan_due("Ganti oli", 5_000, None, readings[0], readings, START, TODAY)
    assert due.state is Urgency.OVERDUE and due.current_km == 45_300


def test_the_next_cycle_starts_after_a_service() -> None:
    readings = [Reading(date(2026, 5, 1), 30_000), Reading(date(2026, 11, 1), 35_100)]
    before = plan_due("Ganti oli", 5_000, 6, readings[0], readings, START, TODAY)
    assert before.state is Urgency.OVERDUE
    service = Reading(date(2026, 11, 2), 35_150)
    after = plan_due("Ganti oli", 5_000, 6, service, [*readings, service], START, TODAY)
    assert after.state is Urgency.OK and after.due_km == 40_150
    assert after.due_on <= add_months(service.on, 6)


def test_without_any_service_the_plan_counts_from_acquisition() -> None:
    due = plan_due("Ganti oli", None, 3, None, [], date(2026, 10, 1), TODAY)
    assert due.due_on == date(2027, 1, 1)


def test_without_a_matching_service_a_plan_counts_from_the_day_it_was_made() -> None:
    made = date(2026, 11, 1)
    readings = [Reading(date(2026, 10, 1), 60_000), Reading(date(2026, 11, 25), 61_200)]
    # A vehicle with years of history but no oil change on record: the new oil plan counts
    # from the day it was made at the km of that day, not from the acquisition.
    assert plan_base(None, START, made, 61_000) == (made, 61_000)
    due = plan_due(
        "Ganti oli", 5_000, 3, None, readings, START, TODAY, starts_on=made, starts_km=61_000
    )
    assert (due.due_km, due.due_on, due.state) == (66_000, date(2027, 2, 1), Urgency.OK)
    # Plans made before plans had a start count from acquisition, as they did.
    assert plan_base(None, START, None, None) == (START, None)
    legacy = plan_due("Ganti oli", 5_000, 3, None, readings, START, TODAY)
    assert legacy.state is Urgency.OVERDUE  # since 10-04-2024, three months after acquisition
    # The last matching service is the base whenever there is one, even from before the plan.
    september = Reading(date(2026, 9, 1), 59_500)
    assert plan_base(september, START, made, 61_000) == (september.on, september.km)
    later = Reading(date(2026, 11, 20), 61_900)
    assert plan_base(later, START, made, 61_000) == (later.on, later.km)


def _reset(day: int, km: int, minute: int, reset_id: int) -> MeterReset:
    return MeterReset(
        date(2026, 11, day), km, datetime(2026, 11, day, 1, minute, tzinfo=UTC), reset_id
    )


def test_on_a_replacement_day_the_meter_follows_the_order_of_recording_not_the_km() -> None:
    resets = [_reset(10, 0, 30, 1)]
    morning = datetime(2026, 11, 10, 1, 0, tzinfo=UTC)
    afternoon = datetime(2026, 11, 10, 7, 0, tzinfo=UTC)
    assert meter_of(date(2026, 11, 10), morning, resets) == 0  # 150,000 km before the reset
    assert meter_of(date(2026, 11, 10), afternoon, resets) == 1
    assert meter_of(date(2026, 11, 9), afternoon, resets) == 0  # a late receipt of the day before
    assert meter_of(date(2026, 11, 11), morning, resets) == 1
    assert meter_of(date(2026, 11, 10), None, resets) == 1  # None: at the end of the day


def test_two_replacements_on_one_day_follow_each_other_by_id() -> None:
    resets = [_reset(10, 0, 30, 4), _reset(10, 5, 10, 7)]  # the second recorded "earlier"
    assert meter_of(date(2026, 11, 10), None, resets) == 2
    assert meter_of(date(2026, 11, 11), None, resets) == 2
    assert meter_of(date(2026, 11, 10), datetime(2026, 11, 10, 1, 20, tzinfo=UTC), resets) == 2
    assert meter_of(date(2026, 11, 10), datetime(2026, 11, 10, 1, 0, tzinfo=UTC), resets) == 0


def test_km_driven_since_a_service_on_a_replaced_meter_still_counts() -> None:
    # Serviced at 148,000; the old meter last read 150,000; the new one starts at 0: 2,000 km
    # are behind already, so the service sits at -2,000 on the new meter.
    assert carried_km(148_000, 0, [0, 0], [150_000, 1_000]) == -2_000
    # Over two replacements: 500 km on the old meter, 300 km on the middle one (from 10).
    assert carried_km(9_500, 0, [0, 10, 100], [10_000, 310, 400]) == 100 - 800
    assert carried_km(900, 1, [0, 900], [5_000, 1_200]) == 900  # on the current meter


def test_a_carried_base_more_than_one_interval_back_is_due_from_the_meter_start() -> None:
    readings = [Reading(date(2026, 11, 10), 0), Reading(date(2026, 11, 20), 1_000)]
    service = Reading(date(2026, 8, 1), -6_000)  # 6,000 km before the replacement
    due = plan_due("Ganti oli", 5_000, None, service, readings, START, TODAY)
    assert (due.due_km, due.state) == (0, Urgency.OVERDUE)
