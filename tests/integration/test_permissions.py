"""Roles are checked in the engine: a Pimpinan can read but change nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
import sqlalchemy as sa

from inventaris.accounts import (
    UserInput,
    create_user,
    list_users,
    reset_password,
    unlock_user,
    update_user,
)
from inventaris.core.audit import list_audit
from inventaris.core.db import Database
from inventaris.core.errors import PermissionDenied
from inventaris.core.permissions import ROLE_PERMISSIONS, Actor, Permission, Role
from inventaris.dashboard import dashboard_summary
from inventaris.office import get_office_settings, list_units, update_office_settings
from tests.support.builders import PASSWORD, first_admin, user_with_role

TABLES = ("app_user", "unit", "regency_settings", "useful_life", "asset", "room", "user_unit")


def _snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as connection:
        return {
            table: [tuple(row) for row in connection.execute(sa.text(f"SELECT * FROM {table}"))]
            for table in TABLES
        }


def _write_use_cases(db: Database, admin: Actor) -> dict[str, Callable[[Actor], object]]:
    settings = get_office_settings(db, admin)
    target = user_with_role(db, admin, Role.SECRETARIAT)
    target_id = target.user_id or 0
    return {
        "update settings": lambda actor: update_office_settings(
            db, actor, replace(settings, regency_name="Changed", city="Stabat", unit_name="X")
        ),
        "create user": lambda actor: create_user(
            db, actor, UserInput("mallory", "Mallory", Role.ADMIN), PASSWORD
        ),
        "update user": lambda actor: update_user(
            db, actor, target_id, UserInput(target.username, "Renamed", Role.ADMIN)
        ),
        "reset password": lambda actor: reset_password(db, actor, target_id, "taken-over-1"),
        "unlock user": lambda actor: unlock_user(db, actor, target_id),
        "list users": lambda actor: list_users(db, actor),
        "read audit log": lambda actor: list_audit(db, actor),
    }


def test_pimpinan_cannot_change_anything(db: Database) -> None:
    admin = first_admin(db)
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    use_cases = _write_use_cases(db, admin)
    before = _snapshot(db)
    refused = []
    for name, call in use_cases.items():
        with pytest.raises(PermissionDenied) as caught:
            call(leader)
        refused.append(name)
        assert "Pimpinan (read only)" in str(caught.value)
    assert refused == list(use_cases)
    assert _snapshot(db) == before


def test_pimpinan_can_read(db: Database) -> None:
    admin = first_admin(db)
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    assert get_office_settings(db, leader).unit_name == "Bagian Umum"
    assert dashboard_summary(db, leader).active_assets == 0
    assert [unit.name for unit in list_units(db, leader)] == ["Bagian Umum"]


@pytest.mark.parametrize("role", [Role.CUSTODIAN, Role.DRIVERS_COORDINATOR, Role.SECRETARIAT])
def test_only_admins_change_settings_and_accounts(db: Database, role: Role) -> None:
    admin = first_admin(db)
    actor = user_with_role(db, admin, role)
    for call in _write_use_cases(db, admin).values():
        with pytest.raises(PermissionDenied):
            call(actor)


def test_every_role_may_view_and_only_pimpinan_may_do_nothing_else() -> None:
    for role, permissions in ROLE_PERMISSIONS.items():
        assert Permission.VIEW in permissions
        assert (permissions == {Permission.VIEW}) == (role is Role.LEADERSHIP)
    assert ROLE_PERMISSIONS[Role.ADMIN] == set(Permission)
