"""Proposals for disposal (usulan penghapusan): an item waits on one proposal at a time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import ensure_not_disposed, load_asset, record_event
from inventaris.assets.types import EventKind
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor
from inventaris.core.search import code_register
from inventaris.model import DisposalProposal, DisposalProposalItem

MSG_ALREADY_PROPOSED = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is already proposed for disposal (on the proposal {proposal})."
)


def propose_in_session(
    session: Session,
    actor: Actor,
    unit_id: int,
    items: Sequence[tuple[int, str]],
    *,
    title: str,
    proposed_on: date,
    stocktake_id: int | None = None,
) -> DisposalProposal:
    """Put ``(asset id, reason)`` pairs on a new proposal; each item gets a dated event.

    A stock-take's follow-ups add to the proposal it opened for them, so one list goes to the
    Bupati instead of one letter per item.
    """
    proposal = None
    if stocktake_id is not None:
        proposal = session.scalar(
            select(DisposalProposal).where(DisposalProposal.stocktake_id == stocktake_id)
        )
    if proposal is None:
        proposal = DisposalProposal(
            unit_id=unit_id,
            title=title,
            proposed_on=proposed_on,
            stocktake_id=stocktake_id,
            created_at=session.info["clock"](),
            created_by=actor.username,
        )
        session.add(proposal)
        session.flush()
    for asset_id, reason in items:
        asset = load_asset(session, actor, asset_id)
        ensure_not_disposed(asset)
        waiting = session.scalar(
            select(DisposalProposal.title)
            .join(DisposalProposalItem, DisposalProposalItem.proposal_id == DisposalProposal.id)
            .where(
                DisposalProposalItem.asset_id == asset_id, DisposalProposalItem.state == "proposed"
            )
        )
        if waiting is not None:
            raise ValidationError(
                MSG_ALREADY_PROPOSED,
                field="assets",
                asset=code_register(asset.code, asset.register_number),
                proposal=waiting,
            )
        session.add(DisposalProposalItem(proposal_id=proposal.id, asset_id=asset_id, reason=reason))
        record_event(
            session,
            actor,
            asset,
            EventKind.DISPOSAL_PROPOSED,
            proposed_on,
            details={"reason": reason, "proposal": proposal.title},
        )
    session.flush()
    return proposal
