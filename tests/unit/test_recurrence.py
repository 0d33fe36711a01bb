"""Recurring bookings: the dates each rule gives, and the rules that are refused."""

from __future__ import annotations

from datetime import date

import pytest

from inventaris.bookings.recurrence import (
    MAX_OCCURRENCES,
    Frequency,
    MonthlyBy,
    Recurrence,
    nth_of,
    occurrence_dates,
)
from inventaris.core.errors import ValidationError


def test_daily_every_other_day_until_a_date() -> None:
    rule = Recurrence(Frequency.DAILY, interval=2, until=date(2026, 12, 7))
    assert occurrence_dates(date(2026, 11, 30), rule) == [
        date(2026, 11, 30),
        date(2026, 12, 2),
        date(2026, 12, 4),
        date(2026, 12, 6),
    ]


def test_weekly_on_chosen_weekdays_n_times() -> None:
    # Monday 30 Nov 2026; Mondays and Thursdays, 5 times
    rule = Recurrence(Frequency.WEEKLY, weekdays=(3, 0), count=5)
    assert occurrence_dates(date(2026, 11, 30), rule) == [
        date(2026, 11, 30),
        date(2026, 12, 3),
        date(2026, 12, 7),
        date(2026, 12, 10),
        date(2026, 12, 14),
    ]


def test_weekly_starting_midweek_skips_the_earlier_weekdays_and_honours_the_interval() -> None:
    rule = Recurrence(Frequency.WEEKLY, interval=2, weekdays=(0, 2), count=4)
    assert occurrence_dates(date(2026, 12, 2), rule) == [  # a Wednesday
        date(2026, 12, 2),
        date(2026, 12, 14),
        date(2026, 12, 16),
        date(2026, 12, 28),
    ]


def test_monthly_on_the_same_date_skips_months_without_it() -> None:
    rule = Recurrence(Frequency.MONTHLY, count=4)
    assert occurrence_dates(date(2027, 1, 31), rule) == [
        date(2027, 1, 31),
        date(2027, 3, 31),
        date(2027, 5, 31),
        date(2027, 7, 31),
    ]


def test_monthly_on_the_second_tuesday_and_on_the_last_friday() -> None:
    second_tuesday = Recurrence(Frequency.MONTHLY, monthly_by=MonthlyBy.WEEKDAY, count=3)
    assert occurrence_dates(date(2026, 12, 8), second_tuesday) == [
        date(2026, 12, 8),
        date(2027, 1, 12),
        date(2027, 2, 9),
    ]
    assert nth_of(date(2027, 1, 29)) == -1  # the fifth Friday is the last one
    last_friday = Recurrence(Frequency.MONTHLY, monthly_by=MonthlyBy.WEEKDAY, count=3)
    assert occurrence_dates(date(2027, 1, 29), last_friday) == [
        date(2027, 1, 29),
        date(2027, 2, 26),
        date(2027, 3, 26),
    ]


def test_at_most_366_occurrences() -> None:
    assert len(occurrence_dates(date(2027, 1, 1), Recurrence(Frequency.DAILY, count=366))) == 366
    with pytest.raises(ValidationError) as caught:
        occurrence_dates(date(2027, 1, 1), Recurrence(Frequency.DAILY, until=date(2028, 6, 1)))
    assert caught.value.params["limit"] == MAX_OCCURRENCES
    with pytest.raises(ValidationError):
        occurrence_dates(date(2027, 1, 1), Recurrence(Frequency.DAILY, count=367))


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (Recurrence(Frequency.DAILY), "until"),
        (Recurrence(Frequency.DAILY, until=date(2026, 1, 1)), "until"),
        (Recurrence(Frequency.WEEKLY, count=3), "weekdays"),
        (Recurrence(Frequency.DAILY, interval=0, count=3), "interval"),
        (Recurrence(Frequency.MONTHLY, nth=5, count=3), "nth"),
    ],
)
def test_rules_that_cannot_work_are_refused_with_the_field(rule: Recurrence, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        occurrence_dates(date(2026, 12, 1), rule)
    assert caught.value.field == field
