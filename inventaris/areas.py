"""The areas that report what needs attention, and the one reading of them.

Beranda and ``inventaris due`` read the same list, in one transaction, so they never disagree.
A new area adds its source here; the areas themselves know nothing of Beranda.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from inventaris.core.attention import AttentionItem, AttentionSource, sort_key
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import to_wib
from inventaris.handovers.queries import loan_attention
from inventaris.office import settings_attention
from inventaris.residences.views import residence_attention
from inventaris.vehicles.due_list import vehicle_attention

ATTENTION_SOURCES: tuple[AttentionSource, ...] = (
    settings_attention,
    vehicle_attention,
    residence_attention,
    loan_attention,
)
DEFAULT_WITHIN_DAYS = 30


def attention_in(
    session: Session, actor: Actor, today: date, within_days: int = DEFAULT_WITHIN_DAYS
) -> list[AttentionItem]:
    """Every area's items, most urgent first, read in the caller's open session."""
    items = [
        item for source in ATTENTION_SOURCES for item in source(session, actor, today, within_days)
    ]
    items.sort(key=sort_key)
    return items


def attention_items(
    db: Database, actor: Actor, *, within_days: int = DEFAULT_WITHIN_DAYS
) -> list[AttentionItem]:
    """What needs attention today, looking ``within_days`` ahead (``inventaris due``)."""
    require(actor, Permission.VIEW)
    today = to_wib(db.clock()).date()
    with db.read() as session:
        return attention_in(session, actor, today, within_days)
