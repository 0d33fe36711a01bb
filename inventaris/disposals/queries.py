"""Reading the proposals for disposal back: one proposal with its items and decrees, the list of
them with their items counted, which items wait on one, and the usual candidates (Rusak Berat).
The writes are in ``proposals`` and ``decrees``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from inventaris.assets.register import DEFAULT_STATUSES
from inventaris.assets.types import Condition
from inventaris.core.db import Database
from inventaris.core.errors import NotFound
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.disposals.types import (
    DecreeView,
    DisposalMethod,
    ItemState,
    ProposalItemView,
    ProposalSummary,
    ProposalView,
)
from inventaris.model import Asset, DisposalDecree, DisposalProposal, DisposalProposalItem

MSG_NO_PROPOSAL = QT_TRANSLATE_NOOP("Engine", "The disposal proposal {id} does not exist.")


def load_proposal(session: Session, actor: Actor, proposal_id: int) -> DisposalProposal:
    proposal = session.get(DisposalProposal, proposal_id)
    if proposal is None or proposal.unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_PROPOSAL, id=proposal_id)
    return proposal


def proposal_view(session: Session, proposal: DisposalProposal) -> ProposalView:
    decrees = {
        decree.id: decree
        for decree in session.scalars(
            select(DisposalDecree)
            .where(DisposalDecree.proposal_id == proposal.id)
            .order_by(DisposalDecree.decreed_on, DisposalDecree.id)
        )
    }
    rows = session.execute(
        select(DisposalProposalItem, Asset)
        .join(Asset, Asset.id == DisposalProposalItem.asset_id)
        .where(DisposalProposalItem.proposal_id == proposal.id)
        .order_by(Asset.code, Asset.register_number)
    )
    items = []
    counts: dict[int, int] = {}
    for item, asset in rows:
        decree = decrees.get(item.decree_id) if item.decree_id is not None else None
        if decree is not None:
            counts[decree.id] = counts.get(decree.id, 0) + 1
        items.append(
            ProposalItemView(
                asset_id=asset.id,
                code=asset.code,
                register_number=asset.register_number,
                name=asset.name,
                brand_type=asset.brand_type,
                acquisition_year=asset.acquisition_year,
                price=asset.price,
                condition=asset.condition,
                reason=item.reason,
                state=ItemState(item.state),
                decree_number=decree.number if decree else "",
                decreed_on=decree.decreed_on if decree else None,
                method=DisposalMethod(decree.method) if decree else None,
            )
        )
    return ProposalView(
        id=proposal.id,
        unit_id=proposal.unit_id,
        title=proposal.title,
        number=proposal.number,
        proposed_on=proposal.proposed_on,
        stocktake_id=proposal.stocktake_id,
        inspection_number=proposal.inspection_number,
        inspection_date=proposal.inspection_date,
        inspection_note=proposal.inspection_note,
        created_by=proposal.created_by,
        items=tuple(items),
        decrees=tuple(
            DecreeView(d.id, d.number, d.decreed_on, DisposalMethod(d.method), counts.get(d.id, 0))
            for d in decrees.values()
        ),
    )


def get_proposal(db: Database, actor: Actor, proposal_id: int) -> ProposalView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        return proposal_view(session, load_proposal(session, actor, proposal_id))


def list_proposals(db: Database, actor: Actor) -> list[ProposalSummary]:
    """Every proposal of the actor's units, the newest first, with its items counted."""
    require(actor, Permission.VIEW)
    item = DisposalProposalItem
    counted = (
        select(
            item.proposal_id,
            *(
                func.sum(case((item.state == state.value, 1), else_=0)).label(state.value)
                for state in ItemState
            ),
            func.sum(case((item.state != ItemState.WITHDRAWN.value, Asset.price), else_=0)),
        )
        .join(Asset, Asset.id == item.asset_id)
        .group_by(item.proposal_id)
        .subquery()
    )
    query = (
        select(DisposalProposal, *list(counted.c)[1:])
        .outerjoin(counted, counted.c.proposal_id == DisposalProposal.id)
        .where(DisposalProposal.unit_id.in_(sorted(actor.unit_ids)))
        .order_by(DisposalProposal.proposed_on.desc(), DisposalProposal.id.desc())
    )
    with db.read() as session:
        return [
            ProposalSummary(
                id=proposal.id,
                title=proposal.title,
                number=proposal.number,
                proposed_on=proposal.proposed_on,
                inspected_on=proposal.inspection_date,
                proposed=int(proposed or 0),
                disposed=int(disposed or 0),
                withdrawn=int(withdrawn or 0),
                total_value=int(value or 0),
            )
            for proposal, proposed, disposed, withdrawn, value in session.execute(query)
        ]


def badly_damaged_ids(db: Database, actor: Actor) -> list[int]:
    """The register's items in condition Rusak Berat that wait on no proposal, in code order:
    the usual candidates of a proposal."""
    require(actor, Permission.VIEW)
    waiting = select(DisposalProposalItem.asset_id).where(
        DisposalProposalItem.state == ItemState.PROPOSED.value
    )
    query = (
        select(Asset.id)
        .where(
            Asset.unit_id.in_(sorted(actor.unit_ids)),
            Asset.status.in_(sorted(DEFAULT_STATUSES)),
            Asset.condition == Condition.BADLY_DAMAGED.value,
            Asset.id.not_in(waiting),
        )
        .order_by(Asset.code, Asset.register_number)
    )
    with db.read() as session:
        return list(session.scalars(query))


def waiting_proposals(db: Database, actor: Actor, asset_ids: Sequence[int]) -> dict[int, int]:
    """Which proposal each of ``asset_ids`` waits on (those waiting on none are left out)."""
    require(actor, Permission.VIEW)
    query = (
        select(DisposalProposalItem.asset_id, DisposalProposalItem.proposal_id)
        .join(DisposalProposal, DisposalProposal.id == DisposalProposalItem.proposal_id)
        .where(
            DisposalProposalItem.asset_id.in_(list(asset_ids)),
            DisposalProposalItem.state == ItemState.PROPOSED.value,
            DisposalProposal.unit_id.in_(sorted(actor.unit_ids)),
        )
    )
    with db.read() as session:
        return {asset_id: proposal_id for asset_id, proposal_id in session.execute(query)}
