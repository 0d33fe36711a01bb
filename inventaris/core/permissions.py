"""Roles and what each may do. Every use case checks here: a hidden button is not a permission."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from inventaris.core.errors import PermissionDenied
from inventaris.core.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADMIN = "admin"
    CUSTODIAN = "pengurus_barang"  # Pengurus Barang: keeps the register
    DRIVERS_COORDINATOR = "koordinator_pengemudi"
    SECRETARIAT = "staf_sekretariat"
    LEADERSHIP = "pimpinan"  # reads everything, changes nothing
    BPKAD = "bpkad"  # the regency's asset office: reads every unit, changes nothing


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Engine", "Admin"),
    Role.CUSTODIAN: QT_TRANSLATE_NOOP("Engine", "Pengurus Barang"),
    Role.DRIVERS_COORDINATOR: QT_TRANSLATE_NOOP("Engine", "Koordinator Pengemudi"),
    Role.SECRETARIAT: QT_TRANSLATE_NOOP("Engine", "Staf Sekretariat"),
    Role.LEADERSHIP: QT_TRANSLATE_NOOP("Engine", "Pimpinan (read only)"),
    Role.BPKAD: QT_TRANSLATE_NOOP("Engine", "BPKAD (reads every unit)"),
}


class Permission(enum.StrEnum):
    VIEW = "view"
    EDIT_SETTINGS = "edit_settings"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    EDIT_ASSETS = "edit_assets"
    EDIT_VEHICLES = "edit_vehicles"
    BOOK_ROOMS = "book_rooms"
    BOOK_VEHICLES = "book_vehicles"
    CONFIRM_BOOKINGS = "confirm_bookings"
    EDIT_RESIDENCES = "edit_residences"
    LOAD_DEMO_DATA = "load_demo_data"
    MANAGE_BACKUPS = "manage_backups"
    VIEW_ALL_UNITS = "view_all_units"  # every unit, whichever one the window works in
    MANAGE_UNITS = "manage_units"


PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW: QT_TRANSLATE_NOOP("Engine", "view the data"),
    Permission.EDIT_SETTINGS: QT_TRANSLATE_NOOP("Engine", "change the office settings"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Engine", "manage user accounts"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Engine", "read the audit log"),
    Permission.EDIT_ASSETS: QT_TRANSLATE_NOOP("Engine", "change the asset register"),
    Permission.EDIT_VEHICLES: QT_TRANSLATE_NOOP("Engine", "change the vehicle log"),
    Permission.BOOK_ROOMS: QT_TRANSLATE_NOOP("Engine", "book meeting rooms"),
    Permission.BOOK_VEHICLES: QT_TRANSLATE_NOOP("Engine", "book pool vehicles"),
    Permission.CONFIRM_BOOKINGS: QT_TRANSLATE_NOOP("Engine", "confirm bookings"),
    Permission.EDIT_RESIDENCES: QT_TRANSLATE_NOOP("Engine", "change official residences"),
    Permission.LOAD_DEMO_DATA: QT_TRANSLATE_NOOP("Engine", "load demo data"),
    Permission.MANAGE_BACKUPS: QT_TRANSLATE_NOOP(
        "Engine", "back up, restore and check the database"
    ),
    Permission.VIEW_ALL_UNITS: QT_TRANSLATE_NOOP("Engine", "read every unit's data"),
    Permission.MANAGE_UNITS: QT_TRANSLATE_NOOP("Engine", "add and change the units"),
}

_EVERYTHING = frozenset(Permission)

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: _EVERYTHING,
    Role.CUSTODIAN: frozenset(
        {
            Permission.VIEW,
            Permission.EDIT_ASSETS,
            Permission.EDIT_VEHICLES,
            Permission.EDIT_RESIDENCES,
        }
    ),
    Role.DRIVERS_COORDINATOR: frozenset(
        {Permission.VIEW, Permission.EDIT_VEHICLES, Permission.BOOK_VEHICLES}
    ),
    Role.SECRETARIAT: frozenset({Permission.VIEW, Permission.BOOK_ROOMS}),
    Role.LEADERSHIP: frozenset({Permission.VIEW}),
    Role.BPKAD: frozenset({Permission.VIEW, Permission.VIEW_ALL_UNITS}),
}

MSG_DENIED = QT_TRANSLATE_NOOP("Engine", "Your role ({role}) may not {action}.")


@dataclass(frozen=True)
class Actor:
    """Who is calling a use case: a plain value, safe to hand to the UI."""

    user_id: int | None
    username: str
    full_name: str
    role: Role
    unit_ids: frozenset[int] = frozenset()

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


# The program itself, for migrations and demo data built from the command line.
SYSTEM_ACTOR = Actor(user_id=None, username="system", full_name="Inventaris", role=Role.ADMIN)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            MSG_DENIED, role=ROLE_LABELS[actor.role], action=PERMISSION_LABELS[permission]
        )
