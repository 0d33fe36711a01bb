"""Proposals for disposal (usulan penghapusan): an item waits on one proposal at a time.

A proposal lists items with their reasons; the inspection team's berita acara is recorded on it
(BMD.md §13 step 2); a decree (``decrees.record_decree``) then disposes of some or all of them.
Items proposed stay in the register until then; one may be withdrawn (repaired, found again).
Reading them back (a proposal, the list, which items wait) is in ``queries``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, ensure_not_disposed, load_asset, record_event
from inventaris.assets.events import MSG_NOTHING_CHOSEN
from inventaris.assets.types import EventKind
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ConflictError, ValidationError
from inventaris.core.formatting import format_date
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.disposals.queries import load_proposal, proposal_view
from inventaris.disposals.types import STATE_LABELS, ItemState, ProposalView
from inventaris.model import Asset, DisposalProposal, DisposalProposalItem

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


MSG_NOT_ON_PROPOSAL = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is not on the proposal {proposal}: only proposed items can be decreed."
)
MSG_NOT_WAITING = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is no longer waiting on the proposal {proposal} ({state})."
)
MSG_ONE_UNIT = QT_TRANSLATE_NOOP(
    "Engine", "One proposal holds the items of one unit: {asset} belongs to another."
)
MSG_TOO_LONG = QT_TRANSLATE_NOOP("Engine", "{label}: at most {most} characters.")
MSG_DATE_BEFORE_PROPOSAL = QT_TRANSLATE_NOOP(
    "Engine", "{label}: {value} is before the proposal was made ({proposed})."
)
LABEL_REASON = QT_TRANSLATE_NOOP("Engine", "Reason")
LABEL_INSPECTION_NUMBER = QT_TRANSLATE_NOOP("Engine", "Number of the inspection's berita acara")
LABEL_INSPECTION_DATE = QT_TRANSLATE_NOOP("Engine", "Date of the inspection")
LABEL_WITHDRAWN_ON = QT_TRANSLATE_NOOP("Engine", "Date of the withdrawal")
REASON_BADLY_DAMAGED = "Rusak berat"
MOST_REASON = 200
MOST_NUMBER = 80
MOST_TITLE = 200


def default_title(proposed_on: date) -> str:
    return f"Usulan Penghapusan BMD {format_date(proposed_on)}"


def check_length(value: str, most: int, field: str, label: str) -> str:
    value = value.strip()
    if len(value) > most:
        raise ValidationError(MSG_TOO_LONG, field=field, label=label, most=most)
    return value


def create_proposal(
    db: Database,
    actor: Actor,
    asset_ids: Sequence[int],
    *,
    reason: str = "",
    reasons: Mapping[int, str] | None = None,
    title: str = "",
    proposed_on: date | None = None,
    number: str = "",
) -> ProposalView:
    """A new usulan penghapusan of ``asset_ids``, each with its reason (``reasons``, else
    ``reason``). An item already waiting on a proposal is refused, and so is a disposed one."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, proposed_on)
    ids = list(dict.fromkeys(asset_ids))
    if not ids:
        raise ValidationError(MSG_NOTHING_CHOSEN, field="assets")
    given = reasons or {}
    items = []
    for asset_id in ids:
        text = check_length(given.get(asset_id) or reason, MOST_REASON, "reason", LABEL_REASON)
        if not text:
            raise ValidationError(MSG_REQUIRED, field="reason", label=LABEL_REASON)
        items.append((asset_id, text))
    title = check_length(title, MOST_TITLE, "title", "Title") or default_title(when)
    number = check_length(number, MOST_NUMBER, "number", "Number")
    try:
        with db.write(actor) as session:
            unit_id = load_asset(session, actor, ids[0]).unit_id
            for asset_id in ids[1:]:
                asset = load_asset(session, actor, asset_id)
                if asset.unit_id != unit_id:
                    raise ValidationError(
                        MSG_ONE_UNIT,
                        field="assets",
                        asset=code_register(asset.code, asset.register_number),
                    )
            proposal = propose_in_session(
                session, actor, unit_id, items, title=title, proposed_on=when
            )
            proposal.number = number
            session.flush()
            return proposal_view(session, proposal)
    except exc.IntegrityError as error:
        # Another PC proposed one of them between our check and our commit.
        if "uq_disposal_proposed_asset" not in str(error.orig) and (
            "disposal_proposal_item.asset_id" not in str(error.orig)
        ):
            raise
        with db.read() as session:
            for asset_id in ids:
                _refuse_if_waiting(session, load_asset(session, actor, asset_id))
        raise ConflictError(MSG_ALREADY_PROPOSED, asset="-", proposal="-") from None


def _refuse_if_waiting(session: Session, asset: Asset) -> None:
    waiting = session.scalar(
        select(DisposalProposal.title)
        .join(DisposalProposalItem, DisposalProposalItem.proposal_id == DisposalProposal.id)
        .where(
            DisposalProposalItem.asset_id == asset.id,
            DisposalProposalItem.state == ItemState.PROPOSED.value,
        )
    )
    if waiting is not None:
        raise ValidationError(
            MSG_ALREADY_PROPOSED,
            field="assets",
            asset=code_register(asset.code, asset.register_number),
            proposal=waiting,
        )


def not_before_proposal(proposal: DisposalProposal, when: date, field: str, label: str) -> None:
    if when < proposal.proposed_on:
        raise ValidationError(
            MSG_DATE_BEFORE_PROPOSAL,
            field=field,
            label=label,
            value=format_date(when),
            proposed=format_date(proposal.proposed_on),
        )


def record_inspection(
    db: Database,
    actor: Actor,
    proposal_id: int,
    number: str,
    inspected_on: date,
    note: str = "",
) -> ProposalView:
    """The inspection team's berita acara (number, date, what it found); recorded again, it
    corrects the earlier one."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, inspected_on)
    number = check_length(number, MOST_NUMBER, "inspection_number", LABEL_INSPECTION_NUMBER)
    if not number:
        raise ValidationError(
            MSG_REQUIRED, field="inspection_number", label=LABEL_INSPECTION_NUMBER
        )
    with db.write(actor) as session:
        proposal = load_proposal(session, actor, proposal_id)
        not_before_proposal(proposal, when, "inspection_date", LABEL_INSPECTION_DATE)
        proposal.inspection_number = number
        proposal.inspection_date = when
        proposal.inspection_note = note.strip()
        session.flush()
        return proposal_view(session, proposal)


def waiting_item(
    session: Session, proposal: DisposalProposal, asset: Asset
) -> DisposalProposalItem:
    """The item of ``asset`` on ``proposal`` still waiting for a decree, or a refusal that says
    why not (never proposed there, disposed of, withdrawn)."""
    item = session.scalar(
        select(DisposalProposalItem)
        .where(
            DisposalProposalItem.proposal_id == proposal.id,
            DisposalProposalItem.asset_id == asset.id,
        )
        .order_by(DisposalProposalItem.id.desc())
    )
    shown = code_register(asset.code, asset.register_number)
    if item is None:
        raise ValidationError(
            MSG_NOT_ON_PROPOSAL, field="assets", asset=shown, proposal=proposal.title
        )
    if item.state != ItemState.PROPOSED.value:
        raise ValidationError(
            MSG_NOT_WAITING,
            field="assets",
            asset=shown,
            proposal=proposal.title,
            state=STATE_LABELS[ItemState(item.state)],
        )
    return item


def withdraw_item(
    db: Database,
    actor: Actor,
    proposal_id: int,
    asset_id: int,
    *,
    note: str = "",
    occurred_on: date | None = None,
) -> ProposalView:
    """Take an item off the proposal (repaired, found again): it may be proposed anew later."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    with db.write(actor) as session:
        proposal = load_proposal(session, actor, proposal_id)
        asset = load_asset(session, actor, asset_id)
        item = waiting_item(session, proposal, asset)
        ensure_not_disposed(asset)
        not_before_proposal(proposal, when, "occurred_on", LABEL_WITHDRAWN_ON)
        item.state = ItemState.WITHDRAWN.value
        record_event(
            session,
            actor,
            asset,
            EventKind.DISPOSAL_WITHDRAWN,
            when,
            note=note.strip(),
            details={"proposal": proposal.title},
        )
        session.flush()
        return proposal_view(session, proposal)
