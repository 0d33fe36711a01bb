"""The Bupati's decree (SK penghapusan, BMD.md §13 step 3): it disposes of exactly the items it
names, dated on the decree, with its number and method.

Chosen: a decree without the inspection's berita acara recorded is accepted (the decree is the
legal act; the berita acara may be filed later), and the window asks before recording one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from inventaris.assets.editing import change_date, load_asset
from inventaris.assets.events import dispose_in_session
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.disposals.proposals import (
    MOST_NUMBER,
    check_length,
    not_before_proposal,
    waiting_item,
)
from inventaris.disposals.queries import load_proposal, proposal_view
from inventaris.disposals.types import METHOD_REASONS, DisposalMethod, ItemState, ProposalView
from inventaris.model import DisposalDecree

LABEL_DECREE_NUMBER = QT_TRANSLATE_NOOP("Engine", "Number of the decree (SK)")
LABEL_DECREE_DATE = QT_TRANSLATE_NOOP("Engine", "Date of the decree")
MSG_METHOD = QT_TRANSLATE_NOOP(
    "Engine", 'Method of disposal: choose one of {choices} ("{value}" is not).'
)
MSG_NOTHING_WAITING = QT_TRANSLATE_NOOP(
    "Engine", "No item of the proposal {proposal} is waiting for a decree."
)


def record_decree(
    db: Database,
    actor: Actor,
    proposal_id: int,
    number: str,
    decreed_on: date,
    method: str,
    asset_ids: Sequence[int] | None = None,
) -> ProposalView:
    """Record the decree for ``asset_ids`` of the proposal (None: every item still proposed)
    and dispose of exactly those, on the decree's date. An item not waiting on this proposal
    (never proposed, withdrawn, disposed of already) refuses the whole decree."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, decreed_on)
    number = check_length(number, MOST_NUMBER, "decree_number", LABEL_DECREE_NUMBER)
    if not number:
        raise ValidationError(MSG_REQUIRED, field="decree_number", label=LABEL_DECREE_NUMBER)
    if method not in {m.value for m in DisposalMethod}:
        choices = ", ".join(m.value for m in DisposalMethod)
        raise ValidationError(MSG_METHOD, field="method", choices=choices, value=method)
    chosen = DisposalMethod(method)
    with db.write(actor) as session:
        proposal = load_proposal(session, actor, proposal_id)
        not_before_proposal(proposal, when, "decreed_on", LABEL_DECREE_DATE)
        if asset_ids is None:
            view = proposal_view(session, proposal)
            ids = [item.asset_id for item in view.waiting]
            if not ids:
                raise ValidationError(MSG_NOTHING_WAITING, field="assets", proposal=proposal.title)
        else:
            ids = list(dict.fromkeys(asset_ids))
            if not ids:
                raise ValidationError(MSG_NOTHING_WAITING, field="assets", proposal=proposal.title)
        items = [waiting_item(session, proposal, load_asset(session, actor, i)) for i in ids]
        decree = DisposalDecree(
            proposal_id=proposal.id,
            number=number,
            decreed_on=when,
            method=chosen.value,
            created_at=session.info["clock"](),
            created_by=actor.username,
        )
        session.add(decree)
        session.flush()
        for item in items:
            item.state = ItemState.DISPOSED.value
            item.decree_id = decree.id
        dispose_in_session(
            session,
            actor,
            ids,
            when,
            decree=number,
            reason=METHOD_REASONS[chosen],
            details={"method": chosen.value, "proposal": proposal.title},
        )
        session.flush()
        return proposal_view(session, proposal)
