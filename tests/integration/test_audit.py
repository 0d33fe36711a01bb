"""The audit log: every write, who and when, searchable and paged."""

from __future__ import annotations

import pytest

from inventaris.accounts import UserInput, authenticate, update_user
from inventaris.core.audit import count_audit, list_audit
from inventaris.core.db import Database
from inventaris.core.errors import AuthenticationError, PermissionDenied
from inventaris.core.permissions import Role
from tests.conftest import FakeClock
from tests.support.builders import first_admin, user_with_role


def test_changes_to_accounts_are_logged_with_who_when_old_and_new(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    clock.advance(hours=1)
    update_user(
        db, admin, clerk.user_id or 0, UserInput(clerk.username, "Nama Baru", Role.SECRETARIAT)
    )
    change = list_audit(db, admin)[0]
    assert (change.action, change.entity, change.entity_id) == (
        "update",
        "app_user",
        str(clerk.user_id),
    )
    assert change.username == "admin"
    assert change.occurred_at == clock.now
    assert change.old_values == {"full_name": clerk.full_name, "role": "pengurus_barang"}
    assert change.new_values == {"full_name": "Nama Baru", "role": "staf_sekretariat"}


def test_logins_and_failed_logins_are_logged_by_user(db: Database) -> None:
    admin = first_admin(db)
    with pytest.raises(AuthenticationError):
        authenticate(db, "admin", "wrong-password")
    authenticate(db, "admin", "rahasia-123")
    with pytest.raises(AuthenticationError):
        authenticate(db, "intruder", "guess-123")
    actions = [(entry.action, entry.username) for entry in list_audit(db, admin)[:3]]
    assert actions == [("login_failed", "system"), ("login", "admin"), ("login_failed", "admin")]
    assert list_audit(db, admin)[0].new_values == {"username": "(unknown)"}


def test_the_log_is_searched_and_paged_newest_first(db: Database) -> None:
    admin = first_admin(db)
    for _ in range(7):
        user_with_role(db, admin, Role.SECRETARIAT)
    total = count_audit(db, admin)
    first_page = list_audit(db, admin, limit=5)
    rest = list_audit(db, admin, offset=5, limit=100)
    ids = [entry.id for entry in first_page + rest]
    assert len(ids) == total and ids == sorted(ids, reverse=True)
    inserts = list_audit(db, admin, search="INSERT")
    assert inserts and all(entry.action == "insert" for entry in inserts)
    assert count_audit(db, admin, search="no-such-thing") == 0


def test_only_admins_read_the_log(db: Database) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    with pytest.raises(PermissionDenied):
        list_audit(db, clerk)
