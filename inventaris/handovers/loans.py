"""Lending items to another body (pinjam pakai) until they come back: BMD.md §12.

Each loan and its end is one paper (a Handover with its items), made with the paper pieces of
``service``, and on every item the dated status event dipinjamkan and back (lent, loan_ended),
with the condition on return (condition_changed) when it changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date
from inventaris.assets.events import condition_in_session, status_in_session
from inventaris.assets.types import AssetStatus, Condition, EventKind
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.limits import check_lengths
from inventaris.core.permissions import Actor, Permission, require
from inventaris.handovers.queries import handover_view, open_paper
from inventaris.handovers.service import (
    LABEL_BORROWER,
    LABELS,
    MSG_CONDITION,
    RETRIES,
    after_paper,
    asset_name,
    chosen_assets,
    clean_text,
    free_assets,
    new_paper,
    number_race,
)
from inventaris.handovers.types import MAX_LOAN_YEARS, HandoverKind, HandoverView, LoanInput
from inventaris.model import Handover

MSG_NOT_LENT = QT_TRANSLATE_NOOP("Engine", "{asset} is not on loan.")
MSG_TWO_BORROWERS = QT_TRANSLATE_NOOP(
    "Engine",
    "{asset} is lent to {borrower} and {other} to {other_borrower}: end one borrower's loan at "
    "a time.",
)
MSG_LOAN_END_BEFORE = QT_TRANSLATE_NOOP(
    "Engine", "End of the loan: {end} is not after its start ({start})."
)
MSG_LOAN_TOO_LONG = QT_TRANSLATE_NOOP(
    "Engine",
    "End of the loan: {end} is more than {years} years after its start ({start}); a longer "
    "loan is renewed with a new agreement.",
)


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def lend(db: Database, actor: Actor, asset_ids: Sequence[int], data: LoanInput) -> HandoverView:
    """Pinjam pakai: the items are lent to another body from ``starts_on`` (status dipinjamkan,
    a dated event) until ``ends_on``, at most five years later."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, data.starts_on)
    borrower = clean_text(data.borrower, "borrower", required=True)
    agreement = clean_text(data.agreement_number, "agreement_number", required=True)
    typed = clean_text(data.number, "number")
    note = clean_text(data.note, "note")
    if data.ends_on <= when:
        raise ValidationError(
            MSG_LOAN_END_BEFORE,
            field="ends_on",
            end=data.ends_on.strftime("%d-%m-%Y"),
            start=when.strftime("%d-%m-%Y"),
        )
    if data.ends_on > _years_later(when, MAX_LOAN_YEARS):
        raise ValidationError(
            MSG_LOAN_TOO_LONG,
            field="ends_on",
            end=data.ends_on.strftime("%d-%m-%Y"),
            start=when.strftime("%d-%m-%Y"),
            years=MAX_LOAN_YEARS,
        )
    labels = {**LABELS, "holder_name": LABEL_BORROWER}
    check_lengths(
        Handover.__table__,
        {"holder_name": borrower, "agreement_number": agreement, "number": typed},
        labels,
    )

    def work(session: Session) -> Handover:
        assets = free_assets(session, actor, asset_ids)
        paper = new_paper(
            session,
            actor,
            assets,
            HandoverKind.LOAN,
            when,
            typed,
            {asset.id: asset.condition for asset in assets},
            holder_name=borrower,
            agreement_number=agreement,
            ends_on=data.ends_on,
            note=note,
        )
        details = {
            "borrower": borrower,
            "agreement": agreement,
            "ends_on": data.ends_on.isoformat(),
            "handover": paper.number,
            "handover_id": paper.id,
        }
        ids = [asset.id for asset in assets]
        status_in_session(
            session, actor, ids, AssetStatus.LENT, EventKind.LENT, when, note=note, details=details
        )
        return paper

    for attempt in range(RETRIES):
        with number_race(typed, attempt), db.write(actor) as session:
            return handover_view(session, work(session))
    raise AssertionError("unreachable")  # pragma: no cover


def end_loan(
    db: Database,
    actor: Actor,
    asset_ids: Sequence[int],
    *,
    occurred_on: date | None = None,
    condition: str | None = None,
    note: str = "",
    number: str = "",
) -> HandoverView:
    """The borrower gives the items back: status aktif again (a dated event), the condition
    on return recorded when given."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    returned = None
    if condition:
        try:
            returned = Condition(condition.strip().upper())
        except ValueError:
            raise ValidationError(MSG_CONDITION, field="condition", value=condition) from None
    typed = clean_text(number, "number")
    note = clean_text(note, "note")
    check_lengths(Handover.__table__, {"number": typed}, LABELS)

    def work(session: Session) -> Handover:
        assets = chosen_assets(session, actor, asset_ids)
        loans: list[Handover] = []
        for asset in assets:
            if asset.status != AssetStatus.LENT.value:
                raise ValidationError(MSG_NOT_LENT, field="assets", asset=asset_name(asset))
            loan = open_paper(session, asset.id, HandoverKind.LOAN)
            after_paper(asset, loan, when)
            if loan is None:
                continue
            if loans and loan.holder_name != loans[0].holder_name:
                raise ValidationError(
                    MSG_TWO_BORROWERS,
                    field="assets",
                    asset=asset_name(assets[0]),
                    borrower=loans[0].holder_name,
                    other=asset_name(asset),
                    other_borrower=loan.holder_name,
                )
            loans.append(loan)
        ended = max(loans, key=lambda p: (p.occurred_on, p.id)) if loans else None
        paper = new_paper(
            session,
            actor,
            assets,
            HandoverKind.LOAN_RETURN,
            when,
            typed,
            {asset.id: (returned.value if returned else asset.condition) for asset in assets},
            holder_name=ended.holder_name if ended else "-",
            agreement_number=ended.agreement_number if ended else "",
            returns_id=ended.id if ended else None,
            note=note,
        )
        ids = [asset.id for asset in assets]
        if returned is not None:
            condition_in_session(session, actor, ids, returned.value, when, note=note)
        details = {"handover": paper.number, "handover_id": paper.id}
        status_in_session(
            session,
            actor,
            ids,
            AssetStatus.ACTIVE,
            EventKind.LOAN_ENDED,
            when,
            note=note,
            details=details,
        )
        return paper

    for attempt in range(RETRIES):
        with number_race(typed, attempt), db.write(actor) as session:
            return handover_view(session, work(session))
    raise AssertionError("unreachable")  # pragma: no cover


__all__ = ["end_loan", "lend"]
