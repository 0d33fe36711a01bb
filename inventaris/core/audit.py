"""The audit log: every ORM write in a write unit of work is recorded automatically.

A ``before_flush`` hook reads SQLAlchemy's attribute history, so no use case can forget it: who
(the actor in ``session.info``), when (the unit of work's clock), what (table and key) and the old
and new values. Secrets are masked. Bulk inserts (demo data) write one summary entry themselves.
The ``Database`` installs the hook when it is made, so every entry point (the window, each verb
of the command line, a script) is audited, whatever it happened to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, inspect, or_, select
from sqlalchemy.orm import Session

from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import utc_now
from inventaris.model import AuditEntry, Base

if TYPE_CHECKING:  # the Database installs this module's hook, so it is not imported here
    from inventaris.core.db import Database

SECRET_COLUMNS = frozenset({"password_hash"})
# Bookkeeping of logins: the login entries themselves tell that story.
SKIPPED_COLUMNS = frozenset({"row_version", "last_login_at", "failed_logins", "locked_until"})
MASK = "***"


def _plain(value: Any) -> Any:
    """A JSON-safe form of a column value."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes | bytearray | memoryview):  # a file or logo: its size only
        return f"<{len(value)} bytes>"
    return value


def _shown(column: str, value: Any) -> Any:
    return MASK if column in SECRET_COLUMNS and value is not None else _plain(value)


def _identity(instance: Base) -> str:
    state = inspect(instance)
    key = state.identity or state.mapper.primary_key_from_instance(instance)
    return "/".join(str(part) for part in key if part is not None)


def _column_values(instance: Base) -> dict[str, Any]:
    state = inspect(instance)
    return {
        attr.key: _shown(attr.key, getattr(instance, attr.key))
        for attr in state.mapper.column_attrs
        if attr.key not in SKIPPED_COLUMNS
        # A deferred column never read (an attachment's content, on removal) is not fetched
        # just to be described as "<n bytes>".
        and not (attr.deferred and attr.key in state.unloaded)
    }


def _changes(instance: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(instance)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in SKIPPED_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before == after:
            continue
        old[attr.key] = _shown(attr.key, before)
        new[attr.key] = _shown(attr.key, after)
    return old, new


def add_entry(
    session: Session,
    *,
    action: str,
    entity: str,
    entity_id: str = "",
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    actor: Actor | None = None,
) -> None:
    """Record something that is not an ORM change (a login, a bulk load)."""
    who = actor or session.info.get("actor")
    clock = session.info.get("clock", utc_now)
    session.add(
        AuditEntry(
            occurred_at=clock(),
            user_id=who.user_id if who else None,
            username=who.username if who else "system",
            action=action,
            entity=entity,
            entity_id=entity_id,
            old_values=old,
            new_values=new,
        )
    )


_Pending = tuple[str, Base, dict[str, Any] | None, dict[str, Any] | None]


def install_audit_hook() -> None:
    """Record every ORM write of every session from now on (once per process)."""
    if not event.contains(Session, "before_flush", _record_changes):
        event.listen(Session, "before_flush", _record_changes)
        event.listen(Session, "after_flush_postexec", _record_inserts)


def _record_changes(session: Session, _context: Any, _instances: Any) -> None:
    actor = session.info.get("actor")
    if actor is None:  # read units of work and migrations record nothing
        return
    pending: list[_Pending] = []
    for instance in session.new:
        if not isinstance(instance, AuditEntry):
            pending.append(("insert", instance, None, None))
    for instance in session.dirty:
        if isinstance(instance, AuditEntry) or not session.is_modified(instance):
            continue
        before, after = _changes(instance)
        if after:
            pending.append(("update", instance, before, after))
    # Why a row is removed, when the use case says (a wrong vehicle record deleted): written
    # with the entry, since the log is never changed afterwards.
    reason = session.info.get("audit_reason")
    for instance in session.deleted:
        pending.append(
            ("delete", instance, _column_values(instance), {"reason": reason} if reason else None)
        )
    if not pending:
        return
    # New rows have no id before the flush: flush them first, then describe them.
    inserts = [item for item in pending if item[0] == "insert"]
    for action, instance, old, new in pending:
        if action != "insert":
            add_entry(
                session,
                action=action,
                entity=instance.__tablename__,
                entity_id=_identity(instance),
                old=old,
                new=new,
            )
    if inserts:
        session.info.setdefault("audit_inserts", []).extend(item[1] for item in inserts)


def _record_inserts(session: Session, _context: Any) -> None:
    inserted = session.info.pop("audit_inserts", None)
    if not inserted:
        return
    for instance in inserted:
        add_entry(
            session,
            action="insert",
            entity=instance.__tablename__,
            entity_id=_identity(instance),
            new=_column_values(instance),
        )


# --- reading the log -------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRow:
    id: int
    occurred_at: datetime
    username: str
    action: str
    entity: str
    entity_id: str
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None


def _filtered(query: Any, search: str) -> Any:
    if not search:
        return query
    pattern = f"%{search.lower()}%"
    return query.where(
        or_(
            func.lower(AuditEntry.username).like(pattern),
            func.lower(AuditEntry.entity).like(pattern),
            func.lower(AuditEntry.action).like(pattern),
            AuditEntry.entity_id.like(pattern),
        )
    )


def count_audit(db: Database, actor: Actor, search: str = "") -> int:
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return int(session.scalar(_filtered(select(func.count(AuditEntry.id)), search)) or 0)


def list_audit(
    db: Database, actor: Actor, *, search: str = "", offset: int = 0, limit: int = 200
) -> list[AuditRow]:
    """Newest first, one page at a time (the log grows without bound)."""
    require(actor, Permission.VIEW_AUDIT)
    query = _filtered(select(AuditEntry), search).order_by(AuditEntry.id.desc())
    with db.read() as session:
        return [
            AuditRow(
                id=entry.id,
                occurred_at=entry.occurred_at,
                username=entry.username,
                action=entry.action,
                entity=entry.entity,
                entity_id=entry.entity_id,
                old_values=entry.old_values,
                new_values=entry.new_values,
            )
            for entry in session.scalars(query.offset(offset).limit(limit))
        ]
