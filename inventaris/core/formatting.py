"""Indonesian formats for money, dates, NIP and plates, as Indonesian offices write them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from inventaris.core.timeutil import to_wib

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def group_thousands(amount: int) -> str:
    """12500000 -> '12.500.000' (Indonesian uses '.' for thousands)."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", ".")


def format_rupiah(amount: int | Decimal) -> str:
    """Rupiah without fractions: ``Rp 12.500.000``; negative as ``-Rp 1.000``."""
    if isinstance(amount, float):  # money is never float
        raise TypeError("money must be int or Decimal, not float")
    whole = int(Decimal(amount).to_integral_value())
    text = "Rp " + group_thousands(abs(whole))
    return "-" + text if whole < 0 else text


def format_date(day: date | datetime) -> str:
    """Table form: ``28-11-2026``. A datetime is shown in WIB."""
    if isinstance(day, datetime):
        day = to_wib(day).date()
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def format_date_long(day: date | datetime, language: str = "id") -> str:
    """Letter form: ``28 November 2026``."""
    if isinstance(day, datetime):
        day = to_wib(day).date()
    months = MONTHS_EN if language == "en" else MONTHS_ID
    return f"{day.day} {months[day.month - 1]} {day.year}"


def format_time(moment: datetime) -> str:
    """``09.30`` in WIB, the Indonesian way."""
    local = to_wib(moment)
    return f"{local.hour:02d}.{local.minute:02d}"


def format_datetime(moment: datetime) -> str:
    return f"{format_date(moment)} {format_time(moment)}"


def format_nip(nip: str) -> str:
    """``198001012005011001`` -> ``19800101 200501 1 001``; anything else unchanged."""
    digits = nip.replace(" ", "")
    if len(digits) != 18 or not digits.isdigit():
        return nip
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"
