"""Lengths the database holds: checked before saving, so the message names the field.

PostgreSQL refuses a value longer than its column (SQLite would store it silently); either way
the person should learn which field is too long, not that the database is unhappy.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import FromClause

from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

MSG_TOO_LONG = QT_TRANSLATE_NOOP("Engine", "{label}: at most {limit} characters ({count} typed).")


@functools.cache
def _limits(table: FromClause) -> dict[str, int]:
    """Each text column's length; the model does not change while the program runs."""
    return {
        column.name: length
        for column in table.columns
        if (length := getattr(column.type, "length", None))
    }


def check_lengths(
    table: FromClause,  # a model's __table__, as SQLAlchemy types it
    values: Mapping[str, object],
    labels: Mapping[str, str],
    columns: Mapping[str, str] | None = None,
) -> None:
    """Refuse the first text longer than its column; ``columns`` maps field to column name."""
    limits = _limits(table)
    for field, value in values.items():
        if not isinstance(value, str):
            continue
        limit = limits.get((columns or {}).get(field, field))
        if limit and len(value) > limit:
            raise ValidationError(
                MSG_TOO_LONG,
                field=field,
                label=labels.get(field, field),
                limit=limit,
                count=len(value),
            )


# A regency's whole yearly budget is a few trillion Rupiah: no single amount comes near this,
# and it stays well inside the 64-bit integers both databases store (SQLite overflows beyond).
MAX_RUPIAH = 10**15 - 1
# More than a regency's whole land (Langkat: about 6.3 billion m²).
MAX_AREA_M2 = Decimal(10) ** 10

MSG_NEGATIVE = QT_TRANSLATE_NOOP("Engine", "{label} cannot be negative.")
MSG_TOO_LARGE = QT_TRANSLATE_NOOP("Engine", "{label}: at most {maximum} ({value} given).")


def check_amount(
    value: int | Decimal, field: str, label: str, maximum: int | Decimal = MAX_RUPIAH
) -> None:
    """Refuse a negative or absurdly large amount (Rupiah, km, m²), naming the field."""
    if value < 0:
        raise ValidationError(MSG_NEGATIVE, field=field, label=label)
    if value > maximum:
        raise ValidationError(
            MSG_TOO_LARGE,
            field=field,
            label=label,
            maximum=f"{maximum:,}".replace(",", "."),
            value=f"{value:,}".replace(",", "."),
        )


# An attachment (a photo, a scanned BAST or SK) is kept in the database, which every PC reads
# and every backup copies: a phone photo or a many-page scan fits, a video does not.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
