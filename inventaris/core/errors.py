"""Domain errors: a message a person can act on, kept translatable.

Every error carries an English template (marked for lupdate) and named parameters. ``str(error)``
gives the English sentence; the UI and the command line translate the template, then format it.
"""

from __future__ import annotations

import contextlib
from typing import Any

from inventaris.core.i18n import ENGINE_CONTEXT, QT_TRANSLATE_NOOP

MSG_REQUIRED = QT_TRANSLATE_NOOP("Engine", "{label} is required.")


class DomainError(Exception):
    """Base of every error meant for the user's eyes."""

    context = ENGINE_CONTEXT

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any) -> None:
        self.template = template
        self.params = params
        # The form field the message is about, so a dialog can focus it.
        self.field = field
        super().__init__(self.render(template))

    def render(self, template: str) -> str:
        return fill_template(template, self.params)


def fill_template(template: str, params: dict[str, Any]) -> str:
    """Format a message whose parameters may themselves be templates ("{value} is not …")."""
    filled = dict(params)
    for key, value in params.items():
        if isinstance(value, str) and "{" in value:
            # A brace the user typed is not a placeholder: leave such a value as it is.
            with contextlib.suppress(KeyError, IndexError, ValueError):
                filled[key] = value.format(**params)
    return template.format(**filled)


class ValidationError(DomainError):
    """Input that cannot be accepted: says what and where."""


class PermissionDenied(DomainError):
    """The caller's role does not allow the use case."""


class NotFound(DomainError):
    """The thing asked for does not exist (any more)."""


class ConflictError(DomainError):
    """Someone else changed the same data first."""


class WriteRaceLost(ConflictError):
    """The database gave up this transaction for another one touching the same rows at the same
    moment (a deadlock or a serialisation failure): nothing of it was saved."""


class AuthenticationError(DomainError):
    """Wrong user name or password, or a locked account."""


class DatabaseError(DomainError):
    """The database cannot be opened or used."""


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Inventaris."""


MSG_CANCELLED = QT_TRANSLATE_NOOP("Engine", "Cancelled: nothing was saved.")


class Cancelled(DomainError):
    """The person stopped a long job; whatever it was writing has been thrown away."""

    def __init__(self, template: str = MSG_CANCELLED, /, **params: Any) -> None:
        super().__init__(template, **params)
