"""Identifiers people type: the NIP, 18 digits (birth date, appointment month, sex, sequence)."""

from __future__ import annotations

from datetime import date

from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

MSG_NIP_FORMAT = QT_TRANSLATE_NOOP(
    "Engine",
    "{label}: a NIP has 18 digits (birth date, appointment year and month, sex, sequence).",
)
MSG_NIP_DATE = QT_TRANSLATE_NOOP(
    "Engine",
    "{label}: NIP {nip} does not start with a valid birth date and appointment year and month.",
)
MSG_NIP_SEX = QT_TRANSLATE_NOOP(
    "Engine", "{label}: digit 15 of a NIP is 1 (male) or 2 (female), not {digit}."
)


def normalize_nip(raw: str, *, field: str, label: str) -> str:
    """Return the 18 digits of a NIP typed with or without spaces, or raise ValidationError.

    ``field`` names the form field (for focusing it); ``label`` is its translatable caption.
    """
    digits = "".join(raw.split())
    if len(digits) != 18 or not digits.isdigit():
        raise ValidationError(MSG_NIP_FORMAT, field=field, label=label)
    try:
        birth = nip_birth_date(digits)
        appointment_year = int(digits[8:12])
        appointment_month = int(digits[12:14])
    except ValueError:
        raise ValidationError(MSG_NIP_DATE, field=field, label=label, nip=digits) from None
    if not 1 <= appointment_month <= 12 or appointment_year < birth.year:
        raise ValidationError(MSG_NIP_DATE, field=field, label=label, nip=digits)
    if digits[14] not in "12":
        raise ValidationError(MSG_NIP_SEX, field=field, label=label, digit=digits[14])
    return digits


def nip_birth_date(nip: str) -> date:
    return date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
