"""What every page needs after login: the database handle and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission
from inventaris.units import UnitView


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor  # narrowed to the unit worked in (ui/units/working.py), except the BPKAD's
    language: str
    # The unit picked among several, and the actor as logged in (to switch to another unit);
    # None when the account has one unit, or reads them all (BPKAD).
    unit: UnitView | None = None
    login_actor: Actor | None = None

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
