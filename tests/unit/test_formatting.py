"""Indonesian formats for money, dates, times and NIP."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from inventaris.core.formatting import (
    format_date,
    format_date_long,
    format_datetime,
    format_nip,
    format_rupiah,
    format_time,
    group_thousands,
)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (12_500_000, "Rp 12.500.000"),
        (0, "Rp 0"),
        (999, "Rp 999"),
        (1_000, "Rp 1.000"),
        (Decimal("12500000.00"), "Rp 12.500.000"),
        (-2_500, "-Rp 2.500"),
        (18_500_000_000, "Rp 18.500.000.000"),
    ],
)
def test_rupiah_has_dots_and_no_fraction(amount: int | Decimal, text: str) -> None:
    assert format_rupiah(amount) == text


def test_money_is_never_a_float() -> None:
    with pytest.raises(TypeError):
        format_rupiah(1.5)  # type: ignore[arg-type]


def test_grouping() -> None:
    assert group_thousands(1234567) == "1.234.567"
    assert group_thousands(-1234) == "-1.234"


def test_dates_in_tables_and_letters() -> None:
    assert format_date(date(2026, 11, 28)) == "28-11-2026"
    assert format_date_long(date(2026, 11, 28)) == "28 November 2026"
    assert format_date_long(date(2026, 8, 1)) == "1 Agustus 2026"
    assert format_date_long(date(2026, 8, 1), "en") == "1 August 2026"


def test_times_are_shown_in_wib() -> None:
    moment = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 06.30 on the 28th in Stabat
    assert format_time(moment) == "06.30"
    assert format_date(moment) == "28-11-2026"
    assert format_datetime(moment) == "28-11-2026 06.30"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        format_time(datetime(2026, 11, 28, 9, 30))  # noqa: DTZ001


def test_nip_is_grouped() -> None:
    assert format_nip("198001012005011001") == "19800101 200501 1 001"
    assert format_nip("123") == "123"
