"""Logins from many PCs at once: every wrong password counts, none gets past the lock-out, and
two PCs logging in to one account at the same moment are both let in."""

from __future__ import annotations

import threading
from collections.abc import Callable

import sqlalchemy as sa

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.core.errors import AuthenticationError
from inventaris.core.permissions import Actor, Role
from tests.support.builders import PASSWORD, first_admin, user_with_role


def _at_once(count: int, attempt: Callable[[], object]) -> list[object]:
    """Run ``attempt`` in ``count`` threads released together; each result or exception."""
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = attempt()
        except Exception as error:  # the test looks at what each attempt ended in
            results[index] = error

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def _failures_logged(db: Database, user_id: int | None) -> int:
    with db.engine.connect() as connection:
        return int(
            connection.execute(
                sa.text(
                    "SELECT count(*) FROM audit_entry "
                    "WHERE action = 'login_failed' AND entity_id = :id"
                ),
                {"id": str(user_id)},
            ).scalar_one()
        )


def test_sixteen_parallel_wrong_passwords_lock_the_account(db: Database) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    results = _at_once(16, lambda: authenticate(db, clerk.username, "wrong-password"))
    assert all(isinstance(result, AuthenticationError) for result in results), results
    assert sum("locked" in str(result) for result in results) >= 16 - 4  # all after the fifth
    refused = _at_once(1, lambda: authenticate(db, clerk.username, PASSWORD))[0]
    assert isinstance(refused, AuthenticationError) and "locked" in str(refused)
    assert _failures_logged(db, clerk.user_id) == 16 + 1


def test_two_pcs_logging_in_to_one_account_at_once_both_get_in(db: Database) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    results = _at_once(8, lambda: authenticate(db, clerk.username, PASSWORD))
    assert all(isinstance(result, Actor) for result in results), results
