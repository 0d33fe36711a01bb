"""Dates of a recurring booking: daily, weekly on chosen weekdays, monthly on the same date or on
the n-th weekday (e.g. the second Tuesday, or the last Friday), until a date or N times.

Pure functions; the booking use cases turn the dates into occurrences and check each of them.
A monthly date that a month lacks (the 31st in April) is skipped, as calendar programs do; the
preview shows the dates before anything is saved.
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

MAX_OCCURRENCES = 366

MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "Engine", "A series has at most {limit} occurrences; this one would have more."
)
MSG_NO_END = QT_TRANSLATE_NOOP("Engine", "Repeat: give an end date or a number of times.")
MSG_END_BEFORE = QT_TRANSLATE_NOOP(
    "Engine", "Repeat until {until}: that is before the first date, {first}."
)
MSG_NO_WEEKDAY = QT_TRANSLATE_NOOP("Engine", "Repeat weekly: choose at least one weekday.")
MSG_INTERVAL = QT_TRANSLATE_NOOP("Engine", "Repeat every: give a number from 1 to 12.")
MSG_NTH = QT_TRANSLATE_NOOP("Engine", "Repeat monthly: the week must be 1 to 4, or the last.")


class Frequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class MonthlyBy(enum.StrEnum):
    DATE = "date"  # the 14th of each month
    WEEKDAY = "weekday"  # the second Tuesday of each month


@dataclass(frozen=True)
class Recurrence:
    frequency: Frequency
    interval: int = 1  # every 1, 2 … days, weeks or months
    weekdays: tuple[int, ...] = ()  # weekly: 0 = Monday … 6 = Sunday
    monthly_by: MonthlyBy = MonthlyBy.DATE
    nth: int = 0  # monthly by weekday: 1..4, or -1 for the last; 0 = from the first date
    until: date | None = None
    count: int | None = None


def nth_of(day: date) -> int:
    """Which weekday of its month ``day`` is: 1..4, or -1 when it is the last one (the 5th)."""
    number = (day.day - 1) // 7 + 1
    return -1 if number == 5 else number


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    days = [
        day
        for day in range(1, calendar.monthrange(year, month)[1] + 1)
        if date(year, month, day).weekday() == weekday
    ]
    if nth == -1:
        return date(year, month, days[-1])
    return date(year, month, days[nth - 1]) if nth <= len(days) else None


def _check(first: date, rule: Recurrence) -> None:
    if not 1 <= rule.interval <= 12:
        raise ValidationError(MSG_INTERVAL, field="interval")
    if rule.until is None and rule.count is None:
        raise ValidationError(MSG_NO_END, field="until")
    if rule.until is not None and rule.until < first:
        raise ValidationError(
            MSG_END_BEFORE,
            field="until",
            until=rule.until.strftime("%d-%m-%Y"),
            first=first.strftime("%d-%m-%Y"),
        )
    if rule.count is not None and not 1 <= rule.count <= MAX_OCCURRENCES:
        raise ValidationError(MSG_TOO_MANY, field="count", limit=MAX_OCCURRENCES)
    if rule.frequency is Frequency.WEEKLY and not rule.weekdays:
        raise ValidationError(MSG_NO_WEEKDAY, field="weekdays")
    if rule.frequency is Frequency.MONTHLY and rule.nth not in (-1, 0, 1, 2, 3, 4):
        raise ValidationError(MSG_NTH, field="nth")


def _candidates(first: date, rule: Recurrence) -> Iterator[date]:
    """Every date the rule names from ``first`` on, without end (the caller stops)."""
    if rule.frequency is Frequency.DAILY:
        day = first
        while True:
            yield day
            day += timedelta(days=rule.interval)
    elif rule.frequency is Frequency.WEEKLY:
        week_start = first - timedelta(days=first.weekday())
        weekdays = sorted(set(rule.weekdays))
        while True:
            for weekday in weekdays:
                day = week_start + timedelta(days=weekday)
                if day >= first:
                    yield day
            week_start += timedelta(weeks=rule.interval)
    else:
        month_index = first.year * 12 + first.month - 1
        nth = rule.nth or nth_of(first)
        while True:
            year, month = divmod(month_index, 12)
            month += 1
            if rule.monthly_by is MonthlyBy.DATE:
                if first.day <= calendar.monthrange(year, month)[1]:
                    yield date(year, month, first.day)
            else:
                found = _nth_weekday(year, month, first.weekday(), nth)
                if found is not None and found >= first:
                    yield found
            month_index += rule.interval


def occurrence_dates(first: date, rule: Recurrence) -> list[date]:
    """The dates of the series, the first date included when the rule names it."""
    _check(first, rule)
    dates: list[date] = []
    for day in _candidates(first, rule):
        if rule.until is not None and day > rule.until:
            break
        if rule.count is not None and len(dates) == rule.count:
            break
        if len(dates) == MAX_OCCURRENCES:
            raise ValidationError(MSG_TOO_MANY, field="until", limit=MAX_OCCURRENCES)
        dates.append(day)
    return dates
