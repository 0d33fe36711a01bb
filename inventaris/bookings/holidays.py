"""Indonesian public holidays (the ``holidays`` package, country ID), for the booking views.

Dates of Islamic holidays are the government's published ones where the package knows them and
estimates beyond; the package marks estimates, and so do we.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=32)
def _year(year: int, language: str) -> dict[date, str]:
    import holidays  # 0.1 s to import: only when a view or a booking first asks

    names = holidays.country_holidays("ID", years=year, language=language)
    return dict(names.items())


def holidays_between(first: date, last: date, language: str = "id") -> dict[date, str]:
    """Public holidays from ``first`` to ``last``: date -> name in Indonesian or English."""
    code = "id" if language == "id" else "en_US"
    found: dict[date, str] = {}
    for year in range(first.year, last.year + 1):
        found.update({day: name for day, name in _year(year, code).items() if first <= day <= last})
    return dict(sorted(found.items()))


def holiday_on(day: date, language: str = "id") -> str | None:
    return holidays_between(day, day, language).get(day)
