"""The demo's people: who is a woman by her first name, and NIPs that agree with the person.

A NIP (18 digits) is the birth date (yyyymmdd), the month of appointment (yyyymm), the sex
(1 male, 2 female) and a sequence number. The demo's civil servants are between their first
appointment, at least 18 years old, and the retirement age (BUP, 58 for most).
"""

from __future__ import annotations

from datetime import date, timedelta

RETIREMENT_AGE = 58
MALE, FEMALE = "1", "2"
FEMALE_NAMES = frozenset(
    {
        "Citra", "Dewi", "Gita", "Indah", "Kartika", "Lestari", "Nurul", "Putri", "Sari",
        "Wulan", "Rina", "Siti", "Fitri", "Maya", "Nurhayati",
    }
)  # fmt: skip
MALE_NAMES = frozenset(
    {
        "Ahmad", "Budi", "Eka", "Fajar", "Hendra", "Joko", "Muhammad", "Rizky", "Taufik",
        "Yusuf", "Zulkifli", "Agus", "Irwan", "Darma", "Rahmat", "Syahrial", "Zulkarnain",
    }
)  # fmt: skip
TITLES = frozenset({"Drs.", "Dra.", "Dr.", "Ir.", "H.", "Hj."})


def sex_of(name: str) -> str | None:
    """The NIP's sex digit for a demo name (by its first name, titles skipped); None when the
    name is not a person's (an account such as "Administrator Sistem")."""
    first = next((word for word in name.split() if word not in TITLES), "")
    if first in FEMALE_NAMES:
        return FEMALE
    if first in MALE_NAMES:
        return MALE
    return None


def birth_between(today: date, youngest: int, oldest: int, draw: int) -> date:
    """A birth date making the person ``youngest`` to ``oldest`` years old today, from ``draw``
    (any non-negative number): old enough to have been appointed, not yet retired."""
    start = date(today.year - oldest, 1, 1) + timedelta(days=1)
    span = (date(today.year - youngest, 1, 1) - start).days
    return start + timedelta(days=draw % span)


def make_nip(
    birth: date, years_to_appointment: int, month: int, sex: str, number: int, today: date
) -> str:
    """Appointed ``years_to_appointment`` after the birth year, in ``month``: never before the
    year after the 18th birthday's, never later than last year."""
    appointed = max(birth.year + 19, min(birth.year + years_to_appointment, today.year - 1))
    return f"{birth:%Y%m%d}{appointed:04d}{month:02d}{sex}{number:03d}"
