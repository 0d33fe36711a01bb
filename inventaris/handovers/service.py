"""Handing items over to an employee and taking them back (BAST pemakaian / pengembalian):
BMD.md §12. Lending them to another body (pinjam pakai) is in ``loans``, built on the paper
pieces here (the chosen items, the paper and its number).

Each is one paper (a Handover with its items) and, on every item, the usual dated event: the
holder changes (holder_changed, the BAST number in its details), the condition on return
(condition_changed, when it changed).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, ensure_not_disposed, load_asset
from inventaris.assets.events import condition_in_session, holder_in_session
from inventaris.assets.types import AssetStatus, Condition
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_lengths
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.handovers.queries import handover_view, handovers_this_year, open_paper
from inventaris.handovers.types import HandoverInput, HandoverKind, HandoverView
from inventaris.model import Asset, Handover, HandoverItem, Unit
from inventaris.office import handover_number

LABEL_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the second party")
LABEL_NIP = QT_TRANSLATE_NOOP("Engine", "NIP")
LABEL_POSITION = QT_TRANSLATE_NOOP("Engine", "Position (jabatan)")
LABEL_NUMBER = QT_TRANSLATE_NOOP("Engine", "BAST number")
LABEL_NOTE = QT_TRANSLATE_NOOP("Engine", "Note")
LABEL_BORROWER = QT_TRANSLATE_NOOP("Engine", "Borrower")
LABEL_AGREEMENT = QT_TRANSLATE_NOOP("Engine", "Agreement number")
LABELS = {
    "holder_name": LABEL_NAME,
    "holder_nip": LABEL_NIP,
    "holder_position": LABEL_POSITION,
    "number": LABEL_NUMBER,
    "note": LABEL_NOTE,
    "agreement_number": LABEL_AGREEMENT,
}

MSG_NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Engine", "Choose at least one asset first.")
MSG_TWO_UNITS = QT_TRANSLATE_NOOP(
    "Engine", "The chosen items belong to different units: one paper holds one unit's items."
)
MSG_HELD = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is held by {holder} (BAST {number}); record its return first."
)
MSG_HELD_NO_PAPER = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is held by {holder}; record its return first."
)
MSG_LENT = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is lent to {borrower} (pinjam pakai {agreement}) until it comes back."
)
MSG_NOT_HELD = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is not held by anyone: there is nothing to return."
)
MSG_TWO_HOLDERS = QT_TRANSLATE_NOOP(
    "Engine",
    "{asset} is held by {holder} and {other} by {other_holder}: return one person's items at "
    "a time.",
)
MSG_BEFORE_PAPER = QT_TRANSLATE_NOOP(
    "Engine", "Date: {value} is before {asset} was handed over with {number} ({date})."
)
MSG_NUMBER_USED = QT_TRANSLATE_NOOP(
    "Engine", "BAST number {number} is already used (the paper of {date})."
)
MSG_CONDITION = QT_TRANSLATE_NOOP("Engine", 'Condition: choose B, RR or RB ("{value}" is not).')
RETRIES = 3  # two PCs taking the same next number: the loser takes the one after


# --- the pieces ------------------------------------------------------------------------------


def chosen_assets(session: Session, actor: Actor, asset_ids: Sequence[int]) -> list[Asset]:
    """The items, loaded in the actor's units, none disposed, all of one unit."""
    if not asset_ids:
        raise ValidationError(MSG_NOTHING_CHOSEN, field="assets")
    assets = [load_asset(session, actor, asset_id) for asset_id in dict.fromkeys(asset_ids)]
    for asset in assets:
        ensure_not_disposed(asset)
    if len({asset.unit_id for asset in assets}) > 1:
        raise ValidationError(MSG_TWO_UNITS, field="assets")
    return assets


def asset_name(asset: Asset) -> str:
    return code_register(asset.code, asset.register_number)


def free_assets(session: Session, actor: Actor, asset_ids: Sequence[int]) -> list[Asset]:
    """The chosen items, each refused by name while it is lent or held under a paper: an item
    goes out on one handover or loan at a time."""
    assets = chosen_assets(session, actor, asset_ids)
    for asset in assets:
        refuse_lent(session, asset)
        refuse_held(session, asset)
    return assets


def refuse_lent(session: Session, asset: Asset) -> None:
    if asset.status != AssetStatus.LENT.value:
        return
    loan = open_paper(session, asset.id, HandoverKind.LOAN)
    raise ValidationError(
        MSG_LENT,
        field="assets",
        asset=asset_name(asset),
        borrower=loan.holder_name if loan else "-",
        agreement=loan.agreement_number if loan else "-",
    )


def refuse_held(session: Session, asset: Asset) -> None:
    if not (asset.holder_name or asset.holder_nip):
        return
    paper = open_paper(session, asset.id, HandoverKind.HANDOVER)
    holder = asset.holder_name or asset.holder_nip
    if paper is None:
        raise ValidationError(
            MSG_HELD_NO_PAPER, field="assets", asset=asset_name(asset), holder=holder
        )
    raise ValidationError(
        MSG_HELD, field="assets", asset=asset_name(asset), holder=holder, number=paper.number
    )


def after_paper(asset: Asset, paper: Handover | None, when: date) -> None:
    if paper is not None and when < paper.occurred_on:
        raise ValidationError(
            MSG_BEFORE_PAPER,
            field="occurred_on",
            value=when.strftime("%d-%m-%Y"),
            asset=asset_name(asset),
            number=paper.number,
            date=paper.occurred_on.strftime("%d-%m-%Y"),
        )


def _number(session: Session, unit_id: int, when: date, typed: str) -> str:
    """The typed number, refused when the unit used it already; else the pattern's next."""
    if typed:
        used = session.scalar(
            select(Handover.occurred_on).where(
                Handover.unit_id == unit_id, Handover.number == typed
            )
        )
        if used is not None:
            raise ValidationError(
                MSG_NUMBER_USED, field="number", number=typed, date=used.strftime("%d-%m-%Y")
            )
        return typed
    unit = session.get(Unit, unit_id)
    pattern = unit.handover_number_pattern if unit is not None else ""
    seq = handovers_this_year(session, unit_id, when.year) + 1
    while True:  # a number typed by hand may have taken the count's next one
        number = handover_number(pattern, seq, when.year)
        taken = session.scalar(
            select(Handover.id).where(Handover.unit_id == unit_id, Handover.number == number)
        )
        if taken is None:
            return number
        seq += 1


def new_paper(
    session: Session,
    actor: Actor,
    assets: Sequence[Asset],
    kind: HandoverKind,
    when: date,
    typed_number: str,
    conditions: dict[int, str],
    **fields: object,
) -> Handover:
    unit_id = assets[0].unit_id
    paper = Handover(
        unit_id=unit_id,
        kind=kind.value,
        number=_number(session, unit_id, when, typed_number),
        occurred_on=when,
        created_at=session.info["clock"](),
        created_by=actor.username,
        **fields,
    )
    session.add(paper)
    session.flush()
    for asset in assets:
        session.add(
            HandoverItem(handover_id=paper.id, asset_id=asset.id, condition=conditions[asset.id])
        )
    session.flush()
    return paper


@contextmanager
def number_race(typed_number: str, attempt: int) -> Iterator[None]:
    """When two PCs took the same next number at once, the one that lost is let through to try
    again with the number after (a typed number is refused instead)."""
    try:
        yield
    except exc.IntegrityError as error:
        text = str(error.orig)
        if "handover.number" not in text and "uq_handover_unit_number" not in text:
            raise
        if typed_number or attempt == RETRIES - 1:
            raise ValidationError(
                MSG_NUMBER_USED, field="number", number=typed_number or "-", date="-"
            ) from None


def clean_text(value: str, field: str, *, required: bool = False) -> str:
    text = " ".join(value.split()) if field != "note" else value.strip()
    if required and not text:
        raise ValidationError(MSG_REQUIRED, field=field, label=LABELS.get(field, LABEL_BORROWER))
    return text


# --- handing over and back -------------------------------------------------------------------


def hand_over(
    db: Database, actor: Actor, asset_ids: Sequence[int], data: HandoverInput
) -> HandoverView:
    """Serah terima pemakaian: the items go to the employee (the second party) on the date;
    refused for an item disposed of, held by someone (its return comes first) or lent."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, data.occurred_on)
    name = clean_text(data.holder_name, "holder_name", required=True)
    nip = clean_text(data.holder_nip, "holder_nip", required=True)
    nip = normalize_nip(nip, field="holder_nip", label=LABEL_NIP)
    position = clean_text(data.holder_position, "holder_position")
    number = clean_text(data.number, "number")
    note = clean_text(data.note, "note")
    values = {"holder_position": position, "number": number}
    check_lengths(Handover.__table__, values, LABELS)
    check_lengths(Asset.__table__, {"holder_name": name}, LABELS)

    def work(session: Session) -> Handover:
        assets = free_assets(session, actor, asset_ids)
        paper = new_paper(
            session,
            actor,
            assets,
            HandoverKind.HANDOVER,
            when,
            number,
            {asset.id: asset.condition for asset in assets},
            holder_name=name,
            holder_nip=nip,
            holder_position=position,
            note=note,
        )
        details = {"handover": paper.number, "handover_id": paper.id}
        ids = [asset.id for asset in assets]
        holder_in_session(session, actor, ids, name, nip, when, note=note, details=details)
        return paper

    for attempt in range(RETRIES):
        with number_race(number, attempt), db.write(actor) as session:
            return handover_view(session, work(session))
    raise AssertionError("unreachable")  # pragma: no cover


def hand_back(
    db: Database,
    actor: Actor,
    asset_ids: Sequence[int],
    condition: str,
    *,
    occurred_on: date | None = None,
    note: str = "",
    number: str = "",
) -> HandoverView:
    """Pengembalian: the employee gives the items back in ``condition`` (B, RR, RB); the paper
    ends the handover they came with (``returns_id``), a condition event is recorded where the
    condition changed and the holder is cleared, all dated ``occurred_on``."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    try:
        returned = Condition(condition.strip().upper())
    except ValueError:
        raise ValidationError(MSG_CONDITION, field="condition", value=condition) from None
    typed = clean_text(number, "number")
    note = clean_text(note, "note")
    check_lengths(Handover.__table__, {"number": typed}, LABELS)

    def work(session: Session) -> Handover:
        assets = chosen_assets(session, actor, asset_ids)
        first = assets[0]
        papers: list[Handover] = []
        for asset in assets:
            if not (asset.holder_name or asset.holder_nip):
                raise ValidationError(MSG_NOT_HELD, field="assets", asset=asset_name(asset))
            if (asset.holder_nip, asset.holder_name) != (first.holder_nip, first.holder_name):
                raise ValidationError(
                    MSG_TWO_HOLDERS,
                    field="assets",
                    asset=asset_name(first),
                    holder=first.holder_name or first.holder_nip,
                    other=asset_name(asset),
                    other_holder=asset.holder_name or asset.holder_nip,
                )
            paper = open_paper(session, asset.id, HandoverKind.HANDOVER)
            after_paper(asset, paper, when)
            if paper is not None:
                papers.append(paper)
        ended = max(papers, key=lambda p: (p.occurred_on, p.id)) if papers else None
        paper = new_paper(
            session,
            actor,
            assets,
            HandoverKind.RETURN,
            when,
            typed,
            {asset.id: returned.value for asset in assets},
            holder_name=first.holder_name,
            holder_nip=first.holder_nip,
            holder_position=ended.holder_position if ended else "",
            returns_id=ended.id if ended else None,
            note=note,
        )
        ids = [asset.id for asset in assets]
        condition_in_session(session, actor, ids, returned.value, when, note=note)
        details = {"handover": paper.number, "handover_id": paper.id}
        holder_in_session(session, actor, ids, "", "", when, note=note, details=details)
        return paper

    for attempt in range(RETRIES):
        with number_race(typed, attempt), db.write(actor) as session:
            return handover_view(session, work(session))
    raise AssertionError("unreachable")  # pragma: no cover


def next_handover_number(db: Database, actor: Actor, unit_id: int, on: date) -> str:
    """The number the next paper of the unit dated ``on`` would get (the form's suggestion)."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        return _number(session, unit_id, on, "")


__all__ = [
    "hand_back",
    "hand_over",
    "next_handover_number",
]
