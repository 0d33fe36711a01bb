"""Accounts: first start, login and lock-out, management, and no password ever in clear."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from inventaris.accounts import (
    UserInput,
    authenticate,
    change_own_password,
    create_first_admin,
    create_user,
    list_users,
    needs_first_admin,
    reset_password,
    unlock_user,
    update_user,
)
from inventaris.core.db import Database
from inventaris.core.errors import AuthenticationError, ValidationError
from inventaris.core.permissions import Role
from tests.conftest import FakeClock
from tests.support.builders import PASSWORD, first_admin, user_with_role


def test_a_new_database_asks_for_the_first_admin(db: Database) -> None:
    assert needs_first_admin(db)
    admin = first_admin(db)
    assert admin.role is Role.ADMIN and admin.unit_ids
    assert not needs_first_admin(db)


def test_the_first_admin_can_only_be_made_once(db: Database) -> None:
    first_admin(db)
    with pytest.raises(ValidationError, match="already has accounts"):
        create_first_admin(db, "another", "Another Admin", PASSWORD)


def test_correct_password_logs_in(db: Database) -> None:
    first_admin(db)
    actor = authenticate(db, " ADMIN ", PASSWORD)
    assert actor.username == "admin" and actor.role is Role.ADMIN


@pytest.mark.parametrize("username", ["admin", "nobody"])
def test_wrong_password_or_unknown_user_get_the_same_message(db: Database, username: str) -> None:
    first_admin(db)
    with pytest.raises(AuthenticationError) as caught:
        authenticate(db, username, "wrong-password")
    assert str(caught.value) == "Wrong user name or password."


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(
    db: Database, clock: FakeClock
) -> None:
    first_admin(db)
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="Wrong user name"):
            authenticate(db, "admin", "wrong-password")
    with pytest.raises(AuthenticationError, match="locked after 5 wrong passwords"):
        authenticate(db, "admin", "wrong-password")
    # Even the right password is refused while locked; the message gives the time in WIB.
    with pytest.raises(AuthenticationError, match=r"after 09\.15 WIB"):
        authenticate(db, "admin", PASSWORD)
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AuthenticationError, match="locked"):
        authenticate(db, "admin", PASSWORD)
    clock.advance(seconds=2)
    assert authenticate(db, "admin", PASSWORD).username == "admin"


def test_the_fourth_wrong_password_warns_that_the_next_one_locks(db: Database) -> None:
    first_admin(db)
    left = []
    for _ in range(3):
        with pytest.raises(AuthenticationError) as caught:
            authenticate(db, "admin", "wrong-password")
        assert str(caught.value) == "Wrong user name or password."
        left.append(caught.value.params["tries_left"])
    with pytest.raises(AuthenticationError) as caught:
        authenticate(db, "admin", "wrong-password")
    assert str(caught.value) == (
        "Wrong user name or password. One more wrong password locks this account for 15 minutes."
    )
    assert [*left, caught.value.params["tries_left"]] == [4, 3, 2, 1]
    # A right password starts the count again: the next wrong one warns of nothing.
    authenticate(db, "admin", PASSWORD)
    with pytest.raises(AuthenticationError) as caught:
        authenticate(db, "admin", "wrong-password")
    assert caught.value.params["tries_left"] == 4


def test_an_admin_can_unlock_a_locked_account(db: Database) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            authenticate(db, clerk.username, "wrong-password")
    unlock_user(db, admin, clerk.user_id or 0)
    assert authenticate(db, clerk.username, PASSWORD).user_id == clerk.user_id


def test_a_switched_off_account_cannot_log_in(db: Database) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.SECRETARIAT)
    update_user(
        db,
        admin,
        clerk.user_id or 0,
        UserInput(clerk.username, clerk.full_name, Role.SECRETARIAT, active=False),
    )
    with pytest.raises(AuthenticationError, match="deactivated"):
        authenticate(db, clerk.username, PASSWORD)


def test_passwords_are_stored_hashed_and_never_logged(db: Database) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    reset_password(db, admin, clerk.user_id or 0, "sandi-baru-456")
    change_own_password(db, clerk, "sandi-baru-456", "sandi-lagi-789")
    authenticate(db, clerk.username, "sandi-lagi-789")
    with db.engine.connect() as connection:
        hashes = connection.execute(sa.text("SELECT password_hash FROM app_user")).scalars().all()
        audit = connection.execute(sa.text("SELECT old_values, new_values FROM audit_entry")).all()
    assert all(value.startswith("scrypt$16384$8$1$") for value in hashes)
    everything = json.dumps([list(row) for row in audit], default=str) + "".join(hashes)
    for secret in (PASSWORD, "sandi-baru-456", "sandi-lagi-789"):
        assert secret not in everything
    assert "***" in everything  # the change is logged, masked


def test_short_password_is_refused_with_the_field(db: Database) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError) as caught:
        create_user(db, admin, UserInput("budi", "Budi", Role.CUSTODIAN), "short")
    assert caught.value.field == "password"
    assert "at least 8 characters" in str(caught.value)


def test_own_password_change_needs_the_current_one(db: Database) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError) as caught:
        change_own_password(db, admin, "not-my-password", "whatever-123")
    assert caught.value.field == "current_password"


@pytest.mark.parametrize(
    ("data", "field", "text"),
    [
        (UserInput("a", "Budi", Role.CUSTODIAN), "username", "3 to 32"),
        (UserInput("budi", "  ", Role.CUSTODIAN), "full_name", "Full name is required"),
        (UserInput("budi", "Budi", Role.CUSTODIAN, nip="1234"), "nip", "18 digits"),
        (UserInput("budi", "Budi", Role.CUSTODIAN, nip="198013452005011001"), "nip", "birth date"),
        (UserInput("budi", "Budi", Role.CUSTODIAN, nip="198001012005013001"), "nip", "digit 15"),
    ],
)
def test_bad_user_input_names_the_field(
    db: Database, data: UserInput, field: str, text: str
) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError) as caught:
        create_user(db, admin, data, PASSWORD)
    assert caught.value.field == field
    assert text in str(caught.value)
    assert [user.username for user in list_users(db, admin)] == ["admin"]


def test_user_names_are_unique(db: Database) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError, match='"admin" is already in use'):
        create_user(db, admin, UserInput("Admin", "Dua", Role.CUSTODIAN), PASSWORD)


def test_the_last_admin_cannot_be_demoted_or_switched_off(db: Database) -> None:
    admin = first_admin(db)
    for change in (
        UserInput("admin", "Admin Kantor", Role.LEADERSHIP),
        UserInput("admin", "Admin Kantor", Role.ADMIN, active=False),
    ):
        with pytest.raises(ValidationError, match="last one"):
            update_user(db, admin, admin.user_id or 0, change)
    second = user_with_role(db, admin, Role.ADMIN)
    update_user(db, second, admin.user_id or 0, UserInput("admin", "Admin Kantor", Role.LEADERSHIP))


def test_valid_nip_is_stored_as_digits(db: Database) -> None:
    admin = first_admin(db)
    view = create_user(
        db, admin, UserInput("budi", "Budi", Role.CUSTODIAN, nip="19800101 200501 1 001"), PASSWORD
    )
    assert view.nip == "198001012005011001"


def test_a_user_switched_off_while_logged_in_can_no_longer_write(db: Database) -> None:
    from inventaris.core.errors import PermissionDenied

    admin = first_admin(db)
    second = user_with_role(db, admin, Role.ADMIN)
    update_user(
        db,
        admin,
        second.user_id or 0,
        UserInput(second.username, second.full_name, Role.LEADERSHIP),
    )
    with pytest.raises(PermissionDenied, match="log in again"):
        create_user(db, second, UserInput("mallory", "Mallory", Role.ADMIN), PASSWORD)
    assert [user.username for user in list_users(db, admin)] == ["admin", second.username]
