"""Lengths the database holds: checked before saving, so the message names the field.

PostgreSQL refuses a value longer than its column (SQLite would store it silently); either way
the person should learn which field is too long, not that the database is unhappy.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from sqlalchemy import Table

from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

MSG_TOO_LONG = QT_TRANSLATE_NOOP("Engine", "{label}: at most {limit} characters ({count} typed).")


@functools.cache
def _limits(table: Table) -> dict[str, int]:
    """Each text column's length; the model does not change while the program runs."""
    return {
        column.name: length
        for column in table.columns
        if (length := getattr(column.type, "length", None))
    }


def check_lengths(
    table: Table,
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
