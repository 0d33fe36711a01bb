"""Beranda: the figures of the day and the list of what needs attention.

Each area of the office registers an attention source; the dashboard asks them all and shows
the items most urgent first. Later areas (vehicles, residences, bookings) add their own sources.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.core.db import Database
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import to_wib
from inventaris.model import Asset, RegencySettings, Room, Unit

VEHICLE_CODE_PREFIX = "1.3.2.02.01"
RESIDENCE_CODE_PREFIX = "1.3.3.01.02"


class Urgency(enum.IntEnum):
    """Lower is more urgent; the UI colours by it and always shows a word too."""

    OVERDUE = 0
    WITHIN_7_DAYS = 1
    WITHIN_30_DAYS = 2
    NOTICE = 3


@dataclass(frozen=True)
class AttentionItem:
    urgency: Urgency
    area: str  # translatable area name
    message: str  # translatable template
    params: tuple[tuple[str, str], ...] = ()
    due_on: date | None = None


@dataclass(frozen=True)
class DashboardSummary:
    unit_names: tuple[str, ...]
    active_assets: int
    total_value: int
    rooms: int
    vehicles: int
    residences: int
    attention: tuple[AttentionItem, ...]


AttentionSource = Callable[[Session, Actor, date], list[AttentionItem]]
_sources: list[AttentionSource] = []


def attention_source(source: AttentionSource) -> AttentionSource:
    """Register a function that lists what needs attention in one area."""
    _sources.append(source)
    return source


AREA_SETTINGS = QT_TRANSLATE_NOOP("Engine", "Settings")
MSG_SETTINGS_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Engine",
    "The office settings are incomplete (regency, city, unit or kode lokasi): reports and labels "
    "need them.",
)


@attention_source
def _settings_incomplete(session: Session, actor: Actor, today: date) -> list[AttentionItem]:
    del today
    regency = session.get(RegencySettings, 1)
    units = session.scalars(select(Unit).where(Unit.id.in_(actor.unit_ids))).all()
    incomplete = regency is None or not (regency.regency_name and regency.city)
    incomplete = incomplete or any(not (unit.name and unit.kode_lokasi) for unit in units)
    if not incomplete:
        return []
    return [AttentionItem(Urgency.NOTICE, AREA_SETTINGS, MSG_SETTINGS_INCOMPLETE)]


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
            select(func.count(Asset.id)).where(active, Asset.code.startswith(VEHICLE_CODE_PREFIX))
        )
        residences = session.scalar(
            select(func.count(Asset.id)).where(active, Asset.code.startswith(RESIDENCE_CODE_PREFIX))
        )
        rooms = session.scalar(
            select(func.count(Room.id)).where(Room.unit_id.in_(units), Room.active.is_(True))
        )
        names = tuple(
            session.scalars(select(Unit.name).where(Unit.id.in_(units)).order_by(Unit.id))
        )
        items: list[AttentionItem] = []
        for source in _sources:
            items.extend(source(session, actor, today))
    # Imported here: both import this module.
    from inventaris.residences.views import residence_attention
    from inventaris.vehicles.due_list import vehicle_attention

    items.extend(vehicle_attention(db, actor))
    items.extend(residence_attention(db, actor))
    items.sort(key=lambda item: (item.urgency, item.due_on or date.max))
    return DashboardSummary(
        unit_names=names,
        active_assets=int(count),
        total_value=int(value),
        rooms=int(rooms or 0),
        vehicles=int(vehicles or 0),
        residences=int(residences or 0),
        attention=tuple(items),
    )
