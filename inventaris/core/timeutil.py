"""Time: stored in UTC, shown in WIB (Asia/Jakarta); one replaceable clock for the engine."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

# Indonesia abolished daylight saving long ago; a fixed offset avoids needing tzdata on Windows.
WIB = timezone(timedelta(hours=7), "WIB")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_wib(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must be timezone-aware")
    return moment.astimezone(WIB)


def ensure_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: times must be timezone-aware")
    return moment.astimezone(UTC)
