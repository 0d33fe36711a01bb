"""Beranda: the figures of the day and the list of what needs attention.

What needs attention comes from the areas listed in ``inventaris.areas``, read in the same
transaction as the figures.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from inventaris.areas import attention_in
from inventaris.catalog import RESIDENCE_PREFIX, VEHICLE_PREFIX
from inventaris.core.attention import AttentionItem
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import to_wib
from inventaris.model import Asset, Room, Unit


@dataclass(frozen=True)
class DashboardSummary:
    unit_names: tuple[str, ...]
    active_assets: int
    total_value: int
    rooms: int
    vehicles: int
    residences: int
    attention: tuple[AttentionItem, ...]


def dashboard_summary(db: Database, actor: Actor) -> DashboardSummary:
    require(actor, Permission.VIEW)
    today = to_wib(db.clock()).date()
    units = list(actor.unit_ids)
    with db.read() as session:
        active = (Asset.unit_id.in_(units)) & (Asset.status != "dihapus")
        count, value = session.execute(
            select(func.count(Asset.id), func.coalesce(func.sum(Asset.price), 0)).where(active)
        ).one()
        vehicles = session.scalar(
            select(func.count(Asset.id)).where(active, Asset.code.startswith(VEHICLE_PREFIX))
        )
        residences = session.scalar(
            select(func.count(Asset.id)).where(active, Asset.code.startswith(RESIDENCE_PREFIX))
        )
        rooms = session.scalar(
            select(func.count(Room.id)).where(Room.unit_id.in_(units), Room.active.is_(True))
        )
        names = tuple(
            session.scalars(select(Unit.name).where(Unit.id.in_(units)).order_by(Unit.id))
        )
        items = attention_in(session, actor, today)
    return DashboardSummary(
        unit_names=names,
        active_assets=int(count),
        total_value=int(value),
        rooms=int(rooms or 0),
        vehicles=int(vehicles or 0),
        residences=int(residences or 0),
        attention=tuple(items),
    )
