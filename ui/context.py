"""What every page needs after login: the database handle and who is working."""

from __future__ import annotations

from dataclasses import dataclass

from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission


@dataclass(frozen=True)
class AppContext:
    db: Database
    actor: Actor
    language: str

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
