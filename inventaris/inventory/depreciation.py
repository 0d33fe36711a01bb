"""Depreciation (penyusutan) of BMD, Permendagri 1/2019: straight line, counted in semesters.

The rules below are the ones BMD depreciation follows; where they are silent, what this module
does is marked "chosen here":

- Straight line in semesters (Jan–Jun, Jul–Dec): useful life in years × 2 semesters, charge per
  semester = value ÷ semesters. Whole Rupiah: ``value // semesters`` each semester and the
  rounding remainder in the last semester, so the charges add up to the value exactly and the
  book value ends at exactly 0 (no residual value).
- "The semester of acquisition counts in full (charged at its end)": an item acquired on
  30 June is first charged for Jan–Jun, one acquired on 1 July for Jul–Dec.
- "A position 'per date' includes only semesters that have ended": a semester counts on and
  after its last day (30 June, 31 December).
- Useful life comes from the settings' table by code prefix; the longest matching prefix wins.
  Tanah (1.3.1, KIB A), Aset Tetap Lainnya (1.3.5, KIB E), Konstruksi Dalam Pengerjaan
  (1.3.6, KIB F) and ekstrakomptabel items (below the capitalisation threshold) are not
  depreciated.
- "A capitalised improvement made after depreciation started is spread over the remaining life
  (prospective); a correction of the acquisition value applies from the start." A correction is
  simply the corrected acquisition value passed as ``value``. For an improvement (a
  ``value_changed`` event, its ``amount`` added to the price) the rule chosen here: its semester
  counts in full, like the acquisition's; the book value left at the start of that semester plus
  the amount is spread in equal whole-Rupiah charges over the semesters left of the life, from
  that semester to the life's last one, the remainder again in the last. A major repair
  (kapitalisasi) "may extend the life": ``ValueChange.extra_years`` adds those years to the
  remaining life. An improvement after the life has ended, without extra years, is charged in
  full in its own semester (the book value still ends at 0).

Money is whole Rupiah (``int``) throughout; no float is ever involved. The functions are pure;
positions "as of" a date are computed in closed form, so a report over 100,000 assets never
builds their schedules.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple, Protocol

from inventaris.assets.types import acquired_on
from inventaris.catalog import kib_of, normalize_code

NOT_DEPRECIATED_KIBS = frozenset({"A", "E", "F"})  # tanah, aset tetap lainnya, KDP: not depreciated
EQUIPMENT_KIB = "B"  # 1.3.2 Peralatan dan Mesin: the equipment capitalisation threshold applies
BUILDING_KIB = "C"  # 1.3.3 Gedung dan Bangunan: the building capitalisation threshold applies


class LifeRow(Protocol):
    """One row of the useful-life table (``office.UsefulLifeRow`` or the ``UsefulLife`` model)."""

    @property
    def code_prefix(self) -> str: ...

    @property
    def years(self) -> int: ...


LifeTable = Iterable[LifeRow] | Mapping[str, int]


class SemesterCharge(NamedTuple):
    year: int
    semester: int  # 1 = January–June, 2 = July–December
    charge: int  # whole Rupiah


@dataclass(frozen=True)
class Accumulated:
    """An item's depreciation position at a date, for the workbook's Penyusutan sheet."""

    charge_this_year: int  # charges of the date's year whose semesters have ended by the date
    accumulated: int  # every charge of the semesters ended by the date
    book_value: int  # value − accumulated, never negative
    value: int  # the value at the date: acquisition value plus improvements made by then


@dataclass(frozen=True)
class ValueChange:
    """A capitalised improvement (kapitalisasi): ``amount`` Rupiah added on ``occurred_on``."""

    occurred_on: date
    amount: int
    extra_years: int = 0  # years the improvement adds to the remaining useful life


# --- the useful life -----------------------------------------------------------------------


def _prefix_matches(code: str, prefix: str) -> bool:
    """Prefixes match whole levels: 1.3.2.1 is not a prefix of 1.3.2.10.01."""
    return code == prefix or code.startswith(prefix + ".")


def is_depreciable_kind(code: str) -> bool:
    """False for tanah (1.3.1), aset tetap lainnya (1.3.5) and KDP (1.3.6): never depreciated.

    Also False for a code above the jenis level (1.3), which names no KIB.
    """
    kib = kib_of(normalize_code(code))
    return kib is not None and kib not in NOT_DEPRECIATED_KIBS


def useful_life_years(code: str, table: LifeTable) -> int | None:
    """Years of useful life of ``code``: the table's row with the longest matching prefix.

    None means the item is not depreciated: its jenis is never depreciated (tanah, KDP, aset
    tetap lainnya, whatever the table says), or no row of the table covers it. A report can
    tell the two apart with ``is_depreciable_kind``.
    """
    clean = normalize_code(code)
    if not is_depreciable_kind(clean):
        return None
    if isinstance(table, Mapping):
        rows: Iterable[tuple[str, int]] = table.items()
    else:
        rows = ((row.code_prefix, row.years) for row in table)
    best: tuple[int, int] | None = None  # (levels of the prefix, years)
    for prefix, years in rows:
        wanted = normalize_code(prefix)
        if wanted and _prefix_matches(clean, wanted):
            levels = wanted.count(".") + 1
            if best is None or levels > best[0]:
                best = (levels, years)
    return None if best is None else best[1]


def capitalisation_threshold(code: str, threshold_equipment: int, threshold_building: int) -> int:
    """The unit price from which an item is intrakomptabel (the settings' values).

    Each region sets its capitalisation thresholds by Perkada, so the settings hold an equipment
    threshold (1.3.2) and a building threshold (1.3.3). The central-government reference names
    none for the other jenis, so chosen here: 0, every item of them is intrakomptabel.
    """
    kib = kib_of(normalize_code(code))
    if kib == EQUIPMENT_KIB:
        return threshold_equipment
    if kib == BUILDING_KIB:
        return threshold_building
    return 0


def depreciable_life(
    code: str,
    price: int,
    table: LifeTable,
    *,
    threshold_equipment: int,
    threshold_building: int,
) -> int | None:
    """``useful_life_years``, but None for an ekstrakomptabel item too: it is not depreciated.

    ``price`` is the unit price at acquisition; an item at or above the threshold is
    intrakomptabel.
    """
    if price < capitalisation_threshold(code, threshold_equipment, threshold_building):
        return None
    return useful_life_years(code, table)


# --- semesters -----------------------------------------------------------------------------


def semester_of(day: date) -> tuple[int, int]:
    """(year, 1) for January–June, (year, 2) for July–December."""
    return day.year, 1 if day.month <= 6 else 2


def semester_end(year: int, semester: int) -> date:
    """The last day of a semester: 30 June or 31 December."""
    if semester not in (1, 2):
        raise ValueError(f"a semester is 1 or 2, not {semester}")
    return date(year, 6, 30) if semester == 1 else date(year, 12, 31)


def first_depreciation_semester(acquired_on: date) -> tuple[int, int]:
    """The semester of the first charge: the semester of acquisition itself.

    The rule: "the semester of acquisition counts in full (charged at its end)". Acquired on
    30 June: first charged for January–June; on 1 July: for July–December.
    """
    return semester_of(acquired_on)


def acquisition_day(
    acquisition_date: date | None, acquisition_year: int, recorded_on: date | None = None
) -> date:
    """The day an item counts from (on the register and for depreciation) when the register
    only knows the year.

    Chosen here, as the ``acquired`` event is dated (``assets.types.acquired_on``): 31 December
    of the year, so an item with only a year is first charged for July–December of that year;
    but an item recorded earlier in its year (``recorded_on``) is already there that day.
    """
    if recorded_on is None:
        return acquisition_date or date(acquisition_year, 12, 31)
    return acquired_on(acquisition_date, acquisition_year, recorded_on)


def _index(year: int, semester: int) -> int:
    return year * 2 + semester - 1


def _index_of(day: date) -> int:
    return _index(*semester_of(day))


def _from_index(index: int) -> tuple[int, int]:
    return index // 2, index % 2 + 1


def _last_ended_index(as_of: date) -> int:
    """The index of the latest semester that has ended on ``as_of`` (its last day included)."""
    year, semester = semester_of(as_of)
    index = _index(year, semester)
    return index if as_of == semester_end(year, semester) else index - 1


# --- the schedule --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """``base`` spread over ``semesters`` equal charges from ``first``, charged up to ``stop``.

    ``stop`` is the line's last semester, or the one before an improvement that replaced it.
    """

    first: int
    base: int
    semesters: int
    stop: int

    def charge_at(self, index: int) -> int:
        if not self.first <= index <= self.stop:
            return 0
        per, remainder = divmod(self.base, self.semesters)
        return per + remainder if index == self.first + self.semesters - 1 else per

    def charged_through(self, index: int) -> int:
        """The sum of the charges from ``first`` up to and including ``index``."""
        count = min(index, self.stop) - self.first + 1
        if count <= 0:
            return 0
        per, remainder = divmod(self.base, self.semesters)
        return count * per + (remainder if count == self.semesters else 0)


def _check(value: int, useful_years: int | None) -> None:
    if value < 0:
        raise ValueError(f"a value cannot be negative: {value}")
    if useful_years is not None and useful_years < 1:
        raise ValueError(f"a useful life is at least 1 year, not {useful_years}")


def _lines(
    value: int, acquired_on: date, useful_years: int, changes: Iterable[ValueChange]
) -> list[_Line]:
    start = _index_of(acquired_on)
    end = start + useful_years * 2 - 1  # the life's last semester, moved by extra years
    current = _Line(start, value, useful_years * 2, end)
    done: list[_Line] = []
    for change in sorted(changes, key=lambda item: item.occurred_on):
        if change.amount < 0 or change.extra_years < 0:
            raise ValueError(f"an improvement adds value and years: {change}")
        at = max(_index_of(change.occurred_on), start)  # none before the acquisition's semester
        book = current.base - current.charged_through(at - 1)
        remaining = max(0, end - at + 1) + change.extra_years * 2
        remaining = max(remaining, 1)  # after the life: charged in its own semester
        end = at + remaining - 1
        if at > current.first:
            stop = min(at - 1, current.stop)
            done.append(_Line(current.first, current.base, current.semesters, stop))
        current = _Line(at, book + change.amount, remaining, end)
    done.append(current)
    return done


def schedule_with_changes(
    value: int, acquired_on: date, useful_years: int | None, changes: Iterable[ValueChange]
) -> list[SemesterCharge]:
    """Every semester's charge from the first to the life's last, improvements included.

    Empty when the item is not depreciated (``useful_years`` None). Semesters between a life's
    end and a later improvement carry no charge and are left out.
    """
    _check(value, useful_years)
    if useful_years is None:
        return []
    schedule: list[SemesterCharge] = []
    for line in _lines(value, acquired_on, useful_years, changes):
        for index in range(line.first, line.stop + 1):
            schedule.append(SemesterCharge(*_from_index(index), line.charge_at(index)))
    return schedule


def depreciation_schedule(
    value: int, acquired_on: date, useful_years: int | None
) -> list[SemesterCharge]:
    """``useful_years`` × 2 semesters of ``value // semesters``, the remainder in the last.

    For example: Rp 10.000.000, 5 years, acquired March 2026 gives 10 charges of
    Rp 1.000.000, from 2026-S1 to 2030-S2.
    """
    return schedule_with_changes(value, acquired_on, useful_years, ())


def depreciation_with_changes(
    value: int,
    acquired_on: date,
    useful_years: int | None,
    changes: Iterable[ValueChange],
    as_of: date,
) -> Accumulated:
    """The position on ``as_of`` of an item with capitalised improvements.

    ``value`` is the acquisition value (corrected, if it was: a correction applies from the
    start). Improvements dated after ``as_of`` are not counted yet. Before the acquisition the
    item does not exist: everything is 0. Not depreciated (``useful_years`` None): the book
    value is the value.
    """
    _check(value, useful_years)
    if as_of < acquired_on:
        return Accumulated(charge_this_year=0, accumulated=0, book_value=0, value=0)
    known: Sequence[ValueChange] = [c for c in changes if c.occurred_on <= as_of]
    if not known and useful_years is not None:
        return _straight_line(value, acquired_on, useful_years, as_of)
    total = value + sum(change.amount for change in known)
    if useful_years is None:
        return Accumulated(charge_this_year=0, accumulated=0, book_value=total, value=total)
    lines = _lines(value, acquired_on, useful_years, known)
    ended = _last_ended_index(as_of)
    before_year = _index(as_of.year, 1) - 1
    accumulated = sum(line.charged_through(ended) for line in lines)
    earlier = sum(line.charged_through(before_year) for line in lines)
    return Accumulated(
        charge_this_year=accumulated - earlier,
        accumulated=accumulated,
        book_value=max(0, total - accumulated),
        value=total,
    )


def _straight_line(value: int, acquired_on: date, useful_years: int, as_of: date) -> Accumulated:
    """``depreciation_with_changes`` without improvements, in closed form: the annual workbook
    asks this of every item several times."""
    semesters = useful_years * 2
    per, remainder = divmod(value, semesters)
    first = _index_of(acquired_on)
    ended = _last_ended_index(as_of)

    def through(index: int) -> int:
        count = min(index - first + 1, semesters)
        if count <= 0:
            return 0
        return count * per + (remainder if count == semesters else 0)

    accumulated = through(ended)
    charge_this_year = accumulated - through(as_of.year * 2 - 1)
    return Accumulated(
        charge_this_year=charge_this_year,
        accumulated=accumulated,
        book_value=value - accumulated,
        value=value,
    )


@dataclass(frozen=True)
class LifeUsed:
    """How much of an item's useful life is spent on a date, for the Penyusutan sheet."""

    years: int  # the useful life, with the years added by improvements made by the date
    used: int  # semesters charged by the date (ended ones only)
    remaining: int  # semesters still to be charged after it


def life_used(
    acquired_on: date, useful_years: int, changes: Iterable[ValueChange], as_of: date
) -> LifeUsed:
    """The semesters used and remaining on ``as_of`` (improvements dated after it unknown yet).

    Used counts the semesters that carried a charge and have ended; remaining, those of the
    schedule still to come. An improvement after the life had ended, without extra years, is
    one more semester charged (it is in the schedule), so used may then exceed years × 2.
    """
    _check(0, useful_years)
    known = [change for change in changes if change.occurred_on <= as_of]
    years = useful_years + sum(change.extra_years for change in known)
    ended = _last_ended_index(as_of)
    used = total = 0
    for line in _lines(0, acquired_on, useful_years, known):
        total += line.stop - line.first + 1
        used += max(0, min(ended, line.stop) - line.first + 1)
    return LifeUsed(years=years, used=used, remaining=total - used)


def depreciation_as_of(
    value: int, acquired_on: date, useful_years: int | None, as_of: date
) -> Accumulated:
    """The position on ``as_of``: this year's charge, accumulated, book value.

    Only semesters ended by ``as_of`` count: on 31-12-2026 both semesters of 2026, on
    30-06-2026 the first, on 29-06-2026 none of 2026.
    """
    return depreciation_with_changes(value, acquired_on, useful_years, (), as_of)
