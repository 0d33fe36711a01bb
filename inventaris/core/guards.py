"""What no column may hold, whatever the use case: checked on every ORM flush.

Control characters (NUL, escape, form feed, a vertical tab pasted from Excel …) are stored
without complaint by SQLite, and later break an export or turn the log binary; PostgreSQL
refuses NUL with a driver error. A naive datetime has no time zone and would be read as UTC.
Like the audit hook, the ``Database`` installs this guard, so every entry point is covered; a
refused value is a ``ValidationError`` naming the field.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

# C0 controls and DEL, except tab, line feed and carriage return (notes have several lines).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

MSG_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Engine",
    "{label} holds an invisible control character (code {code}); remove it and type the text "
    "again.",
)
MSG_NAIVE_TIME = QT_TRANSLATE_NOOP(
    "Engine", "{label}: the time {value} has no time zone; the program stores times with one."
)


def check_text(value: str, field: str, label: str | None = None) -> str:
    """``value`` unchanged, or a ValidationError naming the field and the character."""
    found = CONTROL_CHARACTERS.search(value)
    if found is not None:
        raise ValidationError(
            MSG_CONTROL_CHARACTER,
            field=field,
            label=label or field,
            code=f"{ord(found.group()):#04x}",
        )
    return value


def _check_instance(instance: Any) -> None:
    state = inspect(instance)
    for attribute in state.mapper.column_attrs:
        value = state.dict.get(attribute.key)
        if isinstance(value, str):
            check_text(value, attribute.key)
        elif isinstance(value, datetime) and value.tzinfo is None:
            raise ValidationError(
                MSG_NAIVE_TIME, field=attribute.key, label=attribute.key, value=value.isoformat()
            )


def _refuse_bad_values(session: Session, _context: Any, _instances: Any) -> None:
    for instance in (*session.new, *session.dirty):
        _check_instance(instance)


def install_guards() -> None:
    """Check every ORM flush of every session from now on (once per process)."""
    if not event.contains(Session, "before_flush", _refuse_bad_values):
        event.listen(Session, "before_flush", _refuse_bad_values)
