"""Depreciation (BMD.md §6) on hand-computed cases; the arithmetic is written beside each."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from inventaris.core.reference import DEFAULT_USEFUL_LIFE
from inventaris.inventory.depreciation import (
    Accumulated,
    SemesterCharge,
    ValueChange,
    acquisition_day,
    capitalisation_threshold,
    depreciable_life,
    depreciation_as_of,
    depreciation_schedule,
    depreciation_with_changes,
    first_depreciation_semester,
    is_depreciable_kind,
    schedule_with_changes,
    semester_end,
    semester_of,
    useful_life_years,
)
from inventaris.office import UsefulLifeRow

TABLE = tuple(UsefulLifeRow(prefix, years, text) for prefix, years, text in DEFAULT_USEFUL_LIFE)
LAPTOP = "1.3.2.10.01.02.002"
SEDAN = "1.3.2.02.01.01.001"
AC_SPLIT = "1.3.2.05.02.04.004"
OFFICE_BUILDING = "1.3.3.01.01.01.001"
LAND = "1.3.1.01.01.01.001"


# --- useful life ---------------------------------------------------------------------------


def test_useful_life_comes_from_the_settings_table() -> None:
    # BMD.md §6 defaults, seeded by inventaris/core/reference.py.
    assert useful_life_years(LAPTOP, TABLE) == 4
    assert useful_life_years(SEDAN, TABLE) == 7
    assert useful_life_years(AC_SPLIT, TABLE) == 5
    assert useful_life_years(OFFICE_BUILDING, TABLE) == 50


def test_the_longest_matching_prefix_wins() -> None:
    table = {"1.3.2": 8, "1.3.2.10": 4, "1.3.2.10.01.02": 3}
    assert useful_life_years(LAPTOP, table) == 3
    assert useful_life_years("1.3.2.10.02.03.003", table) == 4  # printer
    assert useful_life_years(SEDAN, table) == 8


def test_a_prefix_matches_whole_levels_only() -> None:
    # "1.3.2.1" is not the first levels of 1.3.2.10.…; a trailing dot is tolerated.
    assert useful_life_years(LAPTOP, {"1.3.2.1": 9}) is None
    assert useful_life_years(LAPTOP, {"1.3.2.10.": 4}) == 4
    assert useful_life_years("1.3.2.10", {"1.3.2.10": 4}) == 4


def test_a_code_no_row_covers_has_no_life() -> None:
    assert useful_life_years("1.3.4.01.01.01.001", TABLE) is None  # jalan: no default row
    assert is_depreciable_kind("1.3.4.01.01.01.001")


@pytest.mark.parametrize(
    "code",
    [LAND, "1.3.1", "1.3.5.01.01.01.001", "1.3.6.01.01.01.001", "1.3"],
)
def test_land_kdp_and_other_fixed_assets_are_never_depreciated(code: str) -> None:
    # BMD.md §2/§6: tanah 1.3.1, aset tetap lainnya 1.3.5, KDP 1.3.6 — even if a row says so.
    table = {"1.3": 10, "1.3.1": 20, "1.3.5": 5, "1.3.6": 5}
    assert useful_life_years(code, table) is None
    assert not is_depreciable_kind(code)
    # Not depreciated: the value stays the book value.
    position = depreciation_as_of(500_000_000, date(2020, 1, 6), None, date(2026, 12, 31))
    assert position == Accumulated(0, 0, 500_000_000, 500_000_000)
    assert depreciation_schedule(500_000_000, date(2020, 1, 6), None) == []


def test_ekstrakomptabel_items_are_not_depreciated() -> None:
    # BMD.md §4: Rp 1.000.000 for equipment, Rp 25.000.000 for buildings; at the threshold counts.
    thresholds = {"threshold_equipment": 1_000_000, "threshold_building": 25_000_000}
    assert depreciable_life(LAPTOP, 999_999, TABLE, **thresholds) is None
    assert depreciable_life(LAPTOP, 1_000_000, TABLE, **thresholds) == 4
    assert depreciable_life(OFFICE_BUILDING, 24_999_999, TABLE, **thresholds) is None
    assert depreciable_life(OFFICE_BUILDING, 25_000_000, TABLE, **thresholds) == 50
    assert depreciable_life(LAND, 900_000_000, TABLE, **thresholds) is None
    assert capitalisation_threshold("1.3.4.01", 1_000_000, 25_000_000) == 0


# --- semesters -----------------------------------------------------------------------------


def test_semester_boundaries() -> None:
    assert semester_of(date(2026, 1, 1)) == (2026, 1)
    assert semester_of(date(2026, 6, 30)) == (2026, 1)
    assert semester_of(date(2026, 7, 1)) == (2026, 2)
    assert semester_of(date(2026, 12, 31)) == (2026, 2)
    assert semester_end(2026, 1) == date(2026, 6, 30)
    assert semester_end(2026, 2) == date(2026, 12, 31)
    # The semester of acquisition counts in full (BMD.md §6).
    assert first_depreciation_semester(date(2026, 6, 30)) == (2026, 1)
    assert first_depreciation_semester(date(2026, 7, 1)) == (2026, 2)


def test_an_item_with_only_a_year_counts_from_31_december() -> None:
    assert acquisition_day(None, 2019) == date(2019, 12, 31)
    assert acquisition_day(date(2019, 3, 4), 2019) == date(2019, 3, 4)


# --- the schedule and positions ------------------------------------------------------------


def test_the_example_of_bmd() -> None:
    # BMD.md §6: Rp 10.000.000, 5 years, March 2026: 10 semesters of Rp 1.000.000 from 2026-S1;
    # book value 31-12-2026 = Rp 8.000.000; 0 after 2030-S2.
    schedule = depreciation_schedule(10_000_000, date(2026, 3, 10), 5)
    assert len(schedule) == 10
    assert schedule[0] == SemesterCharge(2026, 1, 1_000_000)
    assert schedule[-1] == SemesterCharge(2030, 2, 1_000_000)
    assert {item.charge for item in schedule} == {1_000_000}
    assert depreciation_as_of(10_000_000, date(2026, 3, 10), 5, date(2026, 12, 31)) == (
        Accumulated(2_000_000, 2_000_000, 8_000_000, 10_000_000)
    )
    assert depreciation_as_of(10_000_000, date(2026, 3, 10), 5, date(2031, 12, 31)) == (
        Accumulated(0, 10_000_000, 0, 10_000_000)
    )


def test_laptop_acquired_in_march_2023() -> None:
    # Rp 15.000.000, 4 years = 8 semesters: 15.000.000 // 8 = 1.875.000, remainder 0.
    # First charge 2023-S1 (acquired 15-03-2023), last 2026-S2.
    value, acquired = 15_000_000, date(2023, 3, 15)
    schedule = depreciation_schedule(value, acquired, 4)
    assert [(item.year, item.semester) for item in schedule] == [
        (2023, 1), (2023, 2), (2024, 1), (2024, 2),
        (2025, 1), (2025, 2), (2026, 1), (2026, 2),
    ]  # fmt: skip
    assert {item.charge for item in schedule} == {1_875_000}
    # 31-12-2026: all 8 semesters ended: accumulated 8 × 1.875.000 = 15.000.000, book 0;
    # this year 2026-S1 + 2026-S2 = 2 × 1.875.000 = 3.750.000.
    assert depreciation_as_of(value, acquired, 4, date(2026, 12, 31)) == Accumulated(
        charge_this_year=3_750_000, accumulated=15_000_000, book_value=0, value=15_000_000
    )
    # 31-12-2025: 6 semesters: 6 × 1.875.000 = 11.250.000; book 15.000.000 − 11.250.000.
    assert depreciation_as_of(value, acquired, 4, date(2025, 12, 31)) == Accumulated(
        3_750_000, 11_250_000, 3_750_000, 15_000_000
    )
    # 30-06-2026 ends 2026-S1: 7 × 1.875.000 = 13.125.000; this year 1.875.000.
    assert depreciation_as_of(value, acquired, 4, date(2026, 6, 30)) == Accumulated(
        1_875_000, 13_125_000, 1_875_000, 15_000_000
    )
    # 29-06-2026: 2026-S1 has not ended: 6 semesters, nothing yet this year.
    assert depreciation_as_of(value, acquired, 4, date(2026, 6, 29)) == Accumulated(
        0, 11_250_000, 3_750_000, 15_000_000
    )


def test_car_acquired_in_august_with_the_vehicle_life_from_the_table() -> None:
    # Rp 380.000.000, 7 years (1.3.2.02 kendaraan bermotor) = 14 semesters:
    # 380.000.000 // 14 = 27.142.857 (14 × 27.142.857 = 379.999.998), remainder 2.
    # Acquired 17-08-2022: first charge 2022-S2; the 14th semester is 2029-S1 = 27.142.859.
    years = useful_life_years(SEDAN, TABLE)
    assert years == 7
    value, acquired = 380_000_000, date(2022, 8, 17)
    schedule = depreciation_schedule(value, acquired, years)
    assert len(schedule) == 14
    assert schedule[0] == SemesterCharge(2022, 2, 27_142_857)
    assert schedule[-2] == SemesterCharge(2028, 2, 27_142_857)
    assert schedule[-1] == SemesterCharge(2029, 1, 27_142_859)
    assert sum(item.charge for item in schedule) == value
    # 31-12-2026: 2022-S2 … 2026-S2 = 1 + 2 × 4 = 9 semesters: 9 × 27.142.857 = 244.285.713;
    # book 380.000.000 − 244.285.713 = 135.714.287; this year 2 × 27.142.857 = 54.285.714.
    assert depreciation_as_of(value, acquired, years, date(2026, 12, 31)) == Accumulated(
        54_285_714, 244_285_713, 135_714_287, 380_000_000
    )
    # 31-12-2022: only 2022-S2 ended.
    assert depreciation_as_of(value, acquired, years, date(2022, 12, 31)) == Accumulated(
        27_142_857, 27_142_857, 352_857_143, 380_000_000
    )
    # 31-12-2029: 2029 holds only the last semester, 27.142.859; the book value is 0.
    assert depreciation_as_of(value, acquired, years, date(2029, 12, 31)) == Accumulated(
        27_142_859, 380_000_000, 0, 380_000_000
    )


def test_the_rounding_remainder_lands_in_the_last_semester() -> None:
    # Rp 10.000.007, 5 years = 10 semesters: 1.000.000 each, remainder 7 in the 10th.
    schedule = depreciation_schedule(10_000_007, date(2024, 2, 1), 5)
    assert [item.charge for item in schedule] == [1_000_000] * 9 + [1_000_007]
    assert sum(item.charge for item in schedule) == 10_000_007
    # 31-12-2028: 2024-S1 … 2028-S2, 10 semesters: everything, book value exactly 0.
    assert depreciation_as_of(10_000_007, date(2024, 2, 1), 5, date(2028, 12, 31)) == (
        Accumulated(2_000_007, 10_000_007, 0, 10_000_007)
    )
    # Rp 7 over 4 years: 7 // 8 = 0 for seven semesters, the eighth carries 7.
    tiny = depreciation_schedule(7, date(2024, 2, 1), 4)
    assert [item.charge for item in tiny] == [0] * 7 + [7]


def test_a_fully_depreciated_item_has_no_charge_and_no_book_value() -> None:
    # The laptop's life ended with 2026-S2.
    for as_of in (date(2027, 12, 31), date(2030, 6, 30), date(2040, 1, 1)):
        assert depreciation_as_of(15_000_000, date(2023, 3, 15), 4, as_of) == Accumulated(
            0, 15_000_000, 0, 15_000_000
        )


def test_acquired_on_30_june_or_on_1_july() -> None:
    # Rp 12.000.000, 4 years = 8 × 1.500.000.
    # 30-06-2024 is in 2024-S1, which counts in full: on 31-12-2024 2 semesters = 3.000.000.
    assert depreciation_as_of(12_000_000, date(2024, 6, 30), 4, date(2024, 12, 31)) == (
        Accumulated(3_000_000, 3_000_000, 9_000_000, 12_000_000)
    )
    # Its first semester has ended on its own acquisition day.
    assert depreciation_as_of(12_000_000, date(2024, 6, 30), 4, date(2024, 6, 30)) == (
        Accumulated(1_500_000, 1_500_000, 10_500_000, 12_000_000)
    )
    assert depreciation_schedule(12_000_000, date(2024, 6, 30), 4)[-1][:2] == (2027, 2)
    # 01-07-2024 is in 2024-S2: on 31-12-2024 1 semester = 1.500.000; the last is 2028-S1.
    assert depreciation_as_of(12_000_000, date(2024, 7, 1), 4, date(2024, 12, 31)) == (
        Accumulated(1_500_000, 1_500_000, 10_500_000, 12_000_000)
    )
    assert depreciation_schedule(12_000_000, date(2024, 7, 1), 4)[-1][:2] == (2028, 1)


def test_nothing_before_the_acquisition() -> None:
    assert depreciation_as_of(15_000_000, date(2023, 3, 15), 4, date(2023, 3, 14)) == (
        Accumulated(0, 0, 0, 0)
    )
    # Acquired, but its first semester has not ended: the book value is the value.
    assert depreciation_as_of(15_000_000, date(2023, 3, 15), 4, date(2023, 3, 15)) == (
        Accumulated(0, 0, 15_000_000, 15_000_000)
    )


def test_positions_agree_with_the_schedule() -> None:
    # The closed-form position equals the sum of the schedule's ended semesters.
    for value, years, acquired in itertools.product(
        (0, 1, 7, 999_999, 10_000_007, 380_000_000),
        (1, 4, 7),
        (date(2020, 1, 1), date(2020, 6, 30), date(2020, 7, 1), date(2020, 12, 31)),
    ):
        schedule = depreciation_schedule(value, acquired, years)
        assert sum(item.charge for item in schedule) == value
        for year in range(2019, 2030):
            for as_of in (date(year, 6, 30), date(year, 12, 31)):
                if as_of < acquired:
                    continue
                ended = [
                    item for item in schedule if semester_end(item.year, item.semester) <= as_of
                ]
                accumulated = sum(item.charge for item in ended)
                this_year = sum(item.charge for item in ended if item.year == year)
                assert depreciation_as_of(value, acquired, years, as_of) == Accumulated(
                    this_year, accumulated, value - accumulated, value
                )


def test_impossible_inputs_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        depreciation_schedule(-1, date(2024, 1, 1), 4)
    with pytest.raises(ValueError):
        depreciation_schedule(1_000, date(2024, 1, 1), 0)
    with pytest.raises(ValueError):
        semester_end(2024, 3)


# --- capitalised improvements --------------------------------------------------------------

BASE, BASE_ON = 10_000_000, date(2026, 3, 10)  # the BMD.md example: 10 × 1.000.000, 2026-S1…2030-S2


def test_an_improvement_is_spread_over_the_remaining_life() -> None:
    # Rp 3.000.000 added on 10-02-2028 (2028-S1). Charged before it: 2026-S1 … 2027-S2 =
    # 4 × 1.000.000; book 6.000.000. Remaining 2028-S1 … 2030-S2 = 6 semesters:
    # (6.000.000 + 3.000.000) / 6 = 1.500.000 each.
    change = ValueChange(date(2028, 2, 10), 3_000_000)
    schedule = schedule_with_changes(BASE, BASE_ON, 5, [change])
    assert [item.charge for item in schedule] == [1_000_000] * 4 + [1_500_000] * 6
    assert schedule[-1][:2] == (2030, 2)
    assert sum(item.charge for item in schedule) == 13_000_000
    # 31-12-2028: 4.000.000 + 2 × 1.500.000 = 7.000.000; value 13.000.000; book 6.000.000.
    assert depreciation_with_changes(BASE, BASE_ON, 5, [change], date(2028, 12, 31)) == (
        Accumulated(3_000_000, 7_000_000, 6_000_000, 13_000_000)
    )
    # 31-12-2027: the improvement has not happened yet.
    assert depreciation_with_changes(BASE, BASE_ON, 5, [change], date(2027, 12, 31)) == (
        Accumulated(2_000_000, 4_000_000, 6_000_000, 10_000_000)
    )
    # 30-04-2028: it has (the value includes it), but 2028-S1 has not ended.
    assert depreciation_with_changes(BASE, BASE_ON, 5, [change], date(2028, 4, 30)) == (
        Accumulated(0, 4_000_000, 9_000_000, 13_000_000)
    )
    # 31-12-2030: all spent.
    assert depreciation_with_changes(BASE, BASE_ON, 5, [change], date(2030, 12, 31)) == (
        Accumulated(3_000_000, 13_000_000, 0, 13_000_000)
    )


def test_an_improvement_that_extends_the_life() -> None:
    # The same Rp 3.000.000 adding 1 year: 6 + 2 = 8 semesters, 2028-S1 … 2031-S2:
    # 9.000.000 / 8 = 1.125.000 each.
    change = ValueChange(date(2028, 2, 10), 3_000_000, extra_years=1)
    schedule = schedule_with_changes(BASE, BASE_ON, 5, [change])
    assert [item.charge for item in schedule] == [1_000_000] * 4 + [1_125_000] * 8
    assert schedule[-1][:2] == (2031, 2)
    assert depreciation_with_changes(BASE, BASE_ON, 5, [change], date(2030, 12, 31)) == (
        # 4.000.000 + 6 × 1.125.000 = 10.750.000; book 13.000.000 − 10.750.000 = 2.250.000.
        Accumulated(2_250_000, 10_750_000, 2_250_000, 13_000_000)
    )


def test_an_improvement_with_a_remainder_still_ends_at_zero() -> None:
    # Rp 1.000.001 added on 1 September 2029 (2029-S2): book before it 10.000.000 − 7 × 1.000.000
    # = 3.000.000; 4.000.001 over 2029-S2 … 2030-S2 = 3 semesters: 1.333.333 × 2 + 1.333.335.
    change = ValueChange(date(2029, 9, 1), 1_000_001)
    schedule = schedule_with_changes(BASE, BASE_ON, 5, [change])
    assert [item.charge for item in schedule][-3:] == [1_333_333, 1_333_333, 1_333_335]
    assert sum(item.charge for item in schedule) == 11_000_001


def test_an_improvement_in_the_semester_of_acquisition_is_part_of_the_value() -> None:
    change = ValueChange(date(2026, 5, 1), 2_000_000)
    assert schedule_with_changes(BASE, BASE_ON, 5, [change]) == depreciation_schedule(
        12_000_000, BASE_ON, 5
    )


def test_an_improvement_after_the_life_has_ended() -> None:
    # The laptop is fully depreciated after 2026-S2. Rp 2.000.000 on 01-03-2027 with no extra
    # years: charged in full in 2027-S1. With 2 extra years: 4 × 500.000 from 2027-S1.
    laptop, bought = 15_000_000, date(2023, 3, 15)
    plain = ValueChange(date(2027, 3, 1), 2_000_000)
    assert schedule_with_changes(laptop, bought, 4, [plain])[-1] == SemesterCharge(
        2027, 1, 2_000_000
    )
    assert depreciation_with_changes(laptop, bought, 4, [plain], date(2027, 12, 31)) == (
        Accumulated(2_000_000, 17_000_000, 0, 17_000_000)
    )
    longer = ValueChange(date(2027, 3, 1), 2_000_000, extra_years=2)
    schedule = schedule_with_changes(laptop, bought, 4, [longer])
    assert schedule[8:] == [
        SemesterCharge(2027, 1, 500_000),
        SemesterCharge(2027, 2, 500_000),
        SemesterCharge(2028, 1, 500_000),
        SemesterCharge(2028, 2, 500_000),
    ]
    assert len(schedule) == 12  # 8 of the original life + 4
    # An improvement a year later (01-09-2028, 2028-S2): 2027 and 2028-S1 carry no charge.
    late = ValueChange(date(2028, 9, 1), 2_000_000)
    assert schedule_with_changes(laptop, bought, 4, [late])[-2:] == [
        SemesterCharge(2026, 2, 1_875_000),
        SemesterCharge(2028, 2, 2_000_000),
    ]
    assert depreciation_with_changes(laptop, bought, 4, [late], date(2027, 12, 31)) == (
        Accumulated(0, 15_000_000, 0, 15_000_000)
    )


def test_two_improvements() -> None:
    # +3.000.000 on 10-02-2028 (as above: 1.500.000 from 2028-S1), then +1.000.000 on
    # 15-08-2029 (2029-S2): charged by then 4.000.000 + 3 × 1.500.000 = 8.500.000; book
    # 13.000.000 − 8.500.000 = 4.500.000; 5.500.000 over 2029-S2 … 2030-S2 = 3 semesters:
    # 1.833.333 × 2 + 1.833.334.
    changes = [ValueChange(date(2029, 8, 15), 1_000_000), ValueChange(date(2028, 2, 10), 3_000_000)]
    schedule = schedule_with_changes(BASE, BASE_ON, 5, changes)
    assert [item.charge for item in schedule] == (
        [1_000_000] * 4 + [1_500_000] * 3 + [1_833_333, 1_833_333, 1_833_334]
    )
    assert sum(item.charge for item in schedule) == 14_000_000
    assert depreciation_with_changes(BASE, BASE_ON, 5, changes, date(2029, 12, 31)) == (
        # 2029: 1.500.000 (S1) + 1.833.333 (S2); accumulated 8.500.000 + 1.833.333.
        Accumulated(3_333_333, 10_333_333, 3_666_667, 14_000_000)
    )


def test_the_closed_form_agrees_with_the_schedule_on_many_cases() -> None:
    """The fast path without improvements gives what summing the schedule gives."""
    import random

    from inventaris.inventory.depreciation import (
        depreciation_as_of,
        depreciation_schedule,
        semester_end,
    )

    rng = random.Random(8)
    for _ in range(500):
        value = rng.randrange(0, 900_000_000)
        acquired = date(rng.randrange(2000, 2026), rng.randrange(1, 13), rng.randrange(1, 29))
        years = rng.choice((1, 2, 4, 5, 7, 8, 20, 50))
        as_of = date(rng.randrange(acquired.year, 2080), rng.randrange(1, 13), rng.randrange(1, 29))
        if as_of < acquired:
            continue
        schedule = depreciation_schedule(value, acquired, years)
        ended = [c for c in schedule if semester_end(c.year, c.semester) <= as_of]
        position = depreciation_as_of(value, acquired, years, as_of)
        assert position.accumulated == sum(c.charge for c in ended)
        assert position.charge_this_year == sum(c.charge for c in ended if c.year == as_of.year)
        assert position.book_value == value - position.accumulated


# --- semesters used and remaining (the Penyusutan sheet) ----------------------------------


def test_semesters_used_and_remaining_count_ended_semesters_only() -> None:
    from inventaris.inventory.depreciation import LifeUsed, life_used

    # Acquired 10-03-2024, 4 years = 8 semesters, 2024-S1 … 2027-S2.
    bought = date(2024, 3, 10)
    assert life_used(bought, 4, (), date(2024, 6, 29)) == LifeUsed(4, 0, 8)  # S1 not ended
    assert life_used(bought, 4, (), date(2024, 6, 30)) == LifeUsed(4, 1, 7)
    # 31-12-2025: 2024-S1, 2024-S2, 2025-S1, 2025-S2 used; 2026-S1 … 2027-S2 left.
    assert life_used(bought, 4, (), date(2025, 12, 31)) == LifeUsed(4, 4, 4)
    # 14-09-2026 (the day before a disposal on 15-09): 2026-S1 ended, 2026-S2 not.
    assert life_used(bought, 4, (), date(2026, 9, 14)) == LifeUsed(4, 5, 3)
    assert life_used(bought, 4, (), date(2031, 12, 31)) == LifeUsed(4, 8, 0)
    assert life_used(bought, 4, (), date(2023, 12, 31)) == LifeUsed(4, 0, 8)  # not yet bought


def test_an_improvement_that_extends_the_life_adds_its_semesters() -> None:
    from inventaris.inventory.depreciation import LifeUsed, life_used

    # BASE: 5 years from 2026-S1 (10 semesters). +3.000.000 on 10-02-2028 adding 1 year: the
    # life runs to 2031-S2, 6 years = 12 semesters. On 31-12-2028: used 2026-S1 … 2028-S2 = 6;
    # left 2029-S1 … 2031-S2 = 6.
    longer = ValueChange(date(2028, 2, 10), 3_000_000, extra_years=1)
    assert life_used(BASE_ON, 5, [longer], date(2028, 12, 31)) == LifeUsed(6, 6, 6)
    # On 31-12-2027 the improvement is not known yet: 5 years, 4 used, 6 left.
    assert life_used(BASE_ON, 5, [longer], date(2027, 12, 31)) == LifeUsed(5, 4, 6)
    assert life_used(BASE_ON, 5, [longer], date(2031, 12, 31)) == LifeUsed(6, 12, 0)
    # Without the extra year: 10 semesters in all.
    plain = ValueChange(date(2028, 2, 10), 3_000_000)
    assert life_used(BASE_ON, 5, [plain], date(2028, 12, 31)) == LifeUsed(5, 6, 4)


def test_an_improvement_after_the_life_is_one_more_semester_used() -> None:
    from inventaris.inventory.depreciation import LifeUsed, life_used

    # 4 years from 2023-S1, over after 2026-S2; +2.000.000 on 01-03-2027, no extra years: charged
    # in full in 2027-S1, so 9 semesters carried a charge.
    late = ValueChange(date(2027, 3, 1), 2_000_000)
    assert life_used(date(2023, 3, 15), 4, [late], date(2027, 12, 31)) == LifeUsed(4, 9, 0)
    assert life_used(date(2023, 3, 15), 4, [late], date(2027, 6, 29)) == LifeUsed(4, 8, 1)
