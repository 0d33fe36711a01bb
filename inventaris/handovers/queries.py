"""Reading the handovers: one paper, the papers of an item or an employee, what an employee
holds now, the people the form offers, and the loans whose end is near (the attention list)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.assets.types import AssetStatus
from inventaris.core.attention import AttentionItem, Urgency, urgency_of
from inventaris.core.db import Database
from inventaris.core.errors import NotFound
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.handovers.types import (
    HandoverItemView,
    HandoverKind,
    HandoverView,
    HeldItem,
    KnownHolder,
)
from inventaris.model import Asset, Handover, HandoverItem, User

AREA_LOANS = QT_TRANSLATE_NOOP("Engine", "Loans (pinjam pakai)")
MSG_LOAN_ENDS = QT_TRANSLATE_NOOP(
    "Engine", "{asset} lent to {borrower} ({agreement}): the loan ends on {date}"
)
MSG_LOAN_ENDS_SUMMARY = QT_TRANSLATE_NOOP(
    "Engine", "lent to {borrower} ({agreement}), ends on {date}"
)
MSG_NO_HANDOVER = QT_TRANSLATE_NOOP("Engine", "The handover {id} does not exist.")
# What each kind of paper is ended by.
_OPENING = {HandoverKind.HANDOVER: HandoverKind.RETURN, HandoverKind.LOAN: HandoverKind.LOAN_RETURN}


def open_paper(session: Session, asset_id: int, kind: HandoverKind) -> Handover | None:
    """The handover (or loan) the item is still under: its latest paper of that pair, when that
    is not the return."""
    pair = (kind.value, _OPENING[kind].value)
    latest = session.scalar(
        select(Handover)
        .join(HandoverItem, HandoverItem.handover_id == Handover.id)
        .where(HandoverItem.asset_id == asset_id, Handover.kind.in_(pair))
        .order_by(Handover.occurred_on.desc(), Handover.id.desc())
        .limit(1)
    )
    return latest if latest is not None and latest.kind == kind.value else None


def handover_view(session: Session, paper: Handover) -> HandoverView:
    rows = session.execute(
        select(HandoverItem.condition, Asset)
        .join(Asset, Asset.id == HandoverItem.asset_id)
        .where(HandoverItem.handover_id == paper.id)
        .order_by(Asset.code, Asset.register_number)
    )
    items = tuple(
        HandoverItemView(
            asset_id=asset.id,
            code=asset.code,
            register_number=asset.register_number,
            code_register=code_register(asset.code, asset.register_number),
            name=asset.name,
            brand_type=asset.brand_type,
            condition=condition,
        )
        for condition, asset in rows
    )
    ended = session.get(Handover, paper.returns_id) if paper.returns_id else None
    return HandoverView(
        id=paper.id,
        unit_id=paper.unit_id,
        kind=HandoverKind(paper.kind),
        number=paper.number,
        occurred_on=paper.occurred_on,
        holder_name=paper.holder_name,
        holder_nip=paper.holder_nip,
        holder_position=paper.holder_position,
        agreement_number=paper.agreement_number,
        ends_on=paper.ends_on,
        returns_id=paper.returns_id,
        returns_number=ended.number if ended else "",
        returns_on=ended.occurred_on if ended else None,
        note=paper.note,
        created_at=paper.created_at,
        created_by=paper.created_by,
        items=items,
    )


def get_handover(db: Database, actor: Actor, handover_id: int) -> HandoverView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        paper = session.get(Handover, handover_id)
        if paper is None or paper.unit_id not in actor.unit_ids:
            raise NotFound(MSG_NO_HANDOVER, id=handover_id)
        return handover_view(session, paper)


def list_handovers(
    db: Database, actor: Actor, asset_id: int | None = None, nip: str | None = None
) -> list[HandoverView]:
    """The papers of the actor's units, newest first; of one item, or one employee (NIP)."""
    require(actor, Permission.VIEW)
    query = select(Handover).where(Handover.unit_id.in_(list(actor.unit_ids)))
    if asset_id is not None:
        query = query.where(
            Handover.id.in_(
                select(HandoverItem.handover_id).where(HandoverItem.asset_id == asset_id)
            )
        )
    if nip is not None:
        query = query.where(Handover.holder_nip == "".join(nip.split()))
    with db.read() as session:
        papers = session.scalars(query.order_by(Handover.occurred_on.desc(), Handover.id.desc()))
        return [handover_view(session, paper) for paper in papers]


def held_items(db: Database, actor: Actor, nip: str) -> list[HeldItem]:
    """What the employee with this NIP holds now ("Barang yang dipegang"), by code."""
    require(actor, Permission.VIEW)
    digits = "".join(nip.split())
    if not digits:
        return []
    with db.read() as session:
        assets = session.scalars(
            select(Asset)
            .where(
                Asset.holder_nip == digits,
                Asset.unit_id.in_(list(actor.unit_ids)),
                Asset.status != AssetStatus.DISPOSED.value,
            )
            .order_by(Asset.code, Asset.register_number)
        )
        held = []
        for asset in assets:
            paper = open_paper(session, asset.id, HandoverKind.HANDOVER)
            held.append(
                HeldItem(
                    asset_id=asset.id,
                    code_register=code_register(asset.code, asset.register_number),
                    name=asset.name,
                    brand_type=asset.brand_type,
                    condition=asset.condition,
                    holder_name=asset.holder_name,
                    since=paper.occurred_on if paper else None,
                    handover_id=paper.id if paper else None,
                    handover_number=paper.number if paper else "",
                )
            )
        return held


def known_holders(db: Database, actor: Actor) -> list[KnownHolder]:
    """The people the handover form offers: past second parties (with their last position),
    then the users with a NIP; one entry per NIP, by name."""
    require(actor, Permission.VIEW)
    found: dict[str, KnownHolder] = {}
    with db.read() as session:
        papers = session.execute(
            select(Handover.holder_name, Handover.holder_nip, Handover.holder_position)
            .where(
                Handover.unit_id.in_(list(actor.unit_ids)),
                Handover.kind == HandoverKind.HANDOVER.value,
                Handover.holder_nip != "",
            )
            .order_by(Handover.occurred_on, Handover.id)
        )
        for name, nip, position in papers:
            found[nip] = KnownHolder(name, nip, position)  # the latest wins
        holders = session.execute(
            select(Asset.holder_name, Asset.holder_nip)
            .where(Asset.unit_id.in_(list(actor.unit_ids)), Asset.holder_nip != "")
            .group_by(Asset.holder_name, Asset.holder_nip)
        )
        for name, nip in holders:
            found.setdefault(nip, KnownHolder(name, nip))
        users = session.execute(
            select(User.full_name, User.nip).where(User.nip != "", User.active.is_(True))
        )
        for name, nip in users:
            found.setdefault(nip, KnownHolder(name, nip))
    return sorted(found.values(), key=lambda person: (person.name.casefold(), person.nip))


def handovers_this_year(session: Session, unit_id: int, year: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Handover)
            .where(
                Handover.unit_id == unit_id,
                Handover.occurred_on >= date(year, 1, 1),
                Handover.occurred_on <= date(year, 12, 31),
            )
        )
        or 0
    )


def loan_attention(
    session: Session, actor: Actor, today: date, within_days: int
) -> list[AttentionItem]:
    """Loans ending within ``within_days`` (30, 14 and 7 days the steps) or overdue: the items
    still lent, each under its latest loan."""
    rows = session.execute(
        select(Handover, Asset)
        .join(HandoverItem, HandoverItem.handover_id == Handover.id)
        .join(Asset, Asset.id == HandoverItem.asset_id)
        .where(
            Handover.kind == HandoverKind.LOAN.value,
            Asset.status == AssetStatus.LENT.value,
            Asset.unit_id.in_(list(actor.unit_ids)),
        )
        .order_by(Handover.occurred_on, Handover.id)
    )
    latest: dict[int, tuple[Handover, Asset]] = {}
    for paper, asset in rows:
        latest[asset.id] = (paper, asset)
    items = []
    for paper, asset in latest.values():
        if paper.ends_on is None:
            continue
        urgency = urgency_of(paper.ends_on, today, warn_days=within_days)
        if urgency is Urgency.OK:
            continue
        subject = f"{code_register(asset.code, asset.register_number)} {asset.name}"
        params = (
            ("asset", subject),
            ("borrower", paper.holder_name),
            ("agreement", paper.agreement_number),
            ("date", paper.ends_on.strftime("%d-%m-%Y")),
        )
        items.append(
            AttentionItem(
                urgency,
                AREA_LOANS,
                MSG_LOAN_ENDS,
                params,
                paper.ends_on,
                subject,
                MSG_LOAN_ENDS_SUMMARY,
                asset.id,
            )
        )
    return items
