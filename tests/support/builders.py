"""Test data made through the public use cases, as a user would make it."""

from __future__ import annotations

import itertools

from inventaris.accounts import UserInput, create_first_admin, create_user
from inventaris.db import Database
from inventaris.permissions import Actor, Role

PASSWORD = "rahasia-123"
_numbers = itertools.count(1)


def first_admin(db: Database) -> Actor:
    return create_first_admin(db, "admin", "Admin Kantor", PASSWORD)


def user_with_role(db: Database, admin: Actor, role: Role) -> Actor:
    number = next(_numbers)
    view = create_user(db, admin, UserInput(f"user{number}", f"Pengguna {number}", role), PASSWORD)
    return Actor(view.id, view.username, view.full_name, view.role, view.unit_ids)
