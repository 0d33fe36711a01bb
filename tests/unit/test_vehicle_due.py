"""Due computation of service plans and documents, by hand-made cases."""

from __future__ import annotations

from datetime import date

import pytest

from inventaris.vehicles import DueState, Reading, add_months, daily_distance, due_state, plan_due

TODAY = date(2026, 11, 28)
START = date(2024, 1, 10)


@pytest.mark.parametrize(
    ("due_on", "state"),
    [
        (date(2026, 11, 27), DueState.OVERDUE),
        (TODAY, DueState.WITHIN_7),
        (date(2026, 12, 5), DueState.WITHIN_7),
        (date(2026, 12, 6), DueState.WITHIN_14),
        (date(2026, 12, 12), DueState.WITHIN_14),
        (date(2026, 12, 13), DueState.WITHIN_30),
        (date(2026, 12, 28), DueState.WITHIN_30),
        (date(2026, 12, 29), DueState.OK),
    ],
)
def test_document_states_at_each_threshold(due_on: date, state: DueState) -> None:
    assert due_state(due_on, TODAY) is state


def test_months_are_added_to_the_calendar() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_due_by_date_only() -> None:
    last = Reading(date(2026, 9, 1), 40_000)
    due = plan_due("Ganti oli", None, 3, last, [last], START, TODAY)
    assert due.due_on == date(2026, 12, 1) and due.state is DueState.WITHIN_7
    assert not due.estimated


def test_due_by_km_estimates_the_date_from_the_daily_distance() -> None:
    readings = [Reading(date(2026, 10, 1), 40_000), Reading(date(2026, 11, 20), 42_500)]
    # 2,500 km in 50 days = 50 km a day; the next 5,000 km from the service at 40,000 km
    # comes 2,500 km after the last reading: 50 days after 20-11-2026.
    due = plan_due("Ganti oli", 5_000, None, readings[0], readings, START, TODAY)
    assert due.due_km == 45_000 and due.estimated
    assert due.due_on == date(2027, 1, 9) and due.state is DueState.OK
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
    assert due.state is DueState.OVERDUE and due.current_km == 45_300


def test_the_next_cycle_starts_after_a_service() -> None:
    readings = [Reading(date(2026, 5, 1), 30_000), Reading(date(2026, 11, 1), 35_100)]
    before = plan_due("Ganti oli", 5_000, 6, readings[0], readings, START, TODAY)
    assert before.state is DueState.OVERDUE
    service = Reading(date(2026, 11, 2), 35_150)
    after = plan_due("Ganti oli", 5_000, 6, service, [*readings, service], START, TODAY)
    assert after.state is DueState.OK and after.due_km == 40_150
    assert after.due_on <= add_months(service.on, 6)


def test_without_any_service_the_plan_counts_from_acquisition() -> None:
    due = plan_due("Ganti oli", None, 3, None, [], date(2026, 10, 1), TODAY)
    assert due.due_on == date(2027, 1, 1)
