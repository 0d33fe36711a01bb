"""Proposals for disposal (usulan penghapusan): an item waits on one proposal at a time.

A proposal lists items with their reasons; the inspection team's berita acara is recorded on it
(BMD.md §13 step 2); a decree (``decrees.record_decree``) then disposes of some or all of them.
Items proposed stay in the register until then; one may be withdrawn (repaired, found again).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import case, exc, func, select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, ensure_not_disposed, load_asset, record_event
from inventaris.assets.events import MSG_NOTHING_CHOSEN
from inventaris.assets.register import DEFAULT_STATUSES
from inventaris.assets.types import Condition, EventKind
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ConflictError, NotFound, ValidationError
from inventaris.core.formatting import format_date
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.disposals.types import (
    STATE_LABELS,
    DecreeView,
    DisposalMethod,
    ItemState,
    ProposalItemView,
    ProposalSummary,
    ProposalView,
)
from inventaris.model import Asset, DisposalDecree, DisposalProposal, DisposalProposalItem

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


MSG_NO_PROPOSAL = QT_TRANSLATE_NOOP("Engine", "The disposal proposal {id} does not exist.")
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
