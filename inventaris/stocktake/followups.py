"""Follow-ups of a stock-take, applied one by one by a person (BMD.md §11).

Nothing in the register changes until someone applies a follow-up, and each one is an ordinary
dated, audited event: a move, a condition change, an acquisition "Hasil Inventarisasi", an item
put on the disposal proposal. The stock-take remembers which are done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, create_in_session, load_asset
from inventaris.assets.events import condition_in_session, move_in_session
from inventaris.assets.types import AssetInput, AssetStatus
from inventaris.assets.validation import validate_asset
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.core.timeutil import to_wib
from inventaris.disposals.proposals import propose_in_session
from inventaris.model import Asset, Stocktake, StocktakeFollowUp, StocktakeItem, StocktakeScan
from inventaris.stocktake.ledger import Ledger, load_ledger, load_stocktake
from inventaris.stocktake.results import ResultRow, stocktake_results
from inventaris.stocktake.types import OUTSIDE_ROOMS, FollowUpKind, Presence

MSG_ALREADY_DONE = QT_TRANSLATE_NOOP("Engine", "This follow-up was applied already.")
MSG_NOT_DUE = QT_TRANSLATE_NOOP(
    "Engine", "The stock-take's answers do not call for this follow-up on {item}."
)
MSG_NEEDS_CODE = QT_TRANSLATE_NOOP(
    "Engine", "Kode barang: give the code of {item} before registering it."
)
MSG_NEEDS_VALUE = QT_TRANSLATE_NOOP(
    "Engine", "Estimated value: give the value of {item} before registering it."
)
ACQUISITION_METHOD = "Hasil Inventarisasi"
DISPOSAL_REASONS = {
    Presence.LOST: "Hilang",
    Presence.NOT_FOUND: "Tidak ditemukan saat inventarisasi",
}


@dataclass(frozen=True)
class FollowUpView:
    kind: FollowUpKind
    list_number: str  # the LHI list it answers
    asset_id: int | None
    finding_id: int | None
    code_register: str
    name: str
    detail: str
    done_on: date | None
    done_by: str

    @property
    def done(self) -> bool:
        return self.done_on is not None


_LIST_OF = {
    FollowUpKind.MOVE: "III.B.8",
    FollowUpKind.CONDITION: "III.B.7",
    FollowUpKind.REGISTER: "III.B.11",
}


def _done(
    session: Session, stocktake_id: int
) -> dict[tuple[str, int | None, int | None], tuple[date, str]]:
    """The follow-ups applied: (kind, asset, finding) -> (date, by whom)."""
    rows = session.scalars(
        select(StocktakeFollowUp).where(StocktakeFollowUp.stocktake_id == stocktake_id)
    )
    return {(row.kind, row.asset_id, row.item_id): (row.done_on, row.done_by) for row in rows}


def list_followups(db: Database, actor: Actor, stocktake_id: int) -> list[FollowUpView]:
    """Every follow-up the answers call for, done or not, in the order of the LHI lists."""
    results = stocktake_results(db, actor, stocktake_id)
    with db.read() as session:
        done = _done(session, stocktake_id)
    views: list[FollowUpView] = []

    def add(kind: FollowUpKind, number: str, row: ResultRow) -> None:
        key = (kind.value, row.asset_id, row.finding_id)
        record = done.get(key)
        views.append(
            FollowUpView(
                kind=kind,
                list_number=number,
                asset_id=row.asset_id,
                finding_id=row.finding_id,
                code_register=row.code_register,
                name=row.name,
                detail=row.detail,
                done_on=record[0] if record else None,
                done_by=record[1] if record else "",
            )
        )

    for number in ("III.B.1", "III.B.2"):
        for row in results.lists[number]:
            add(FollowUpKind.DISPOSAL, number, row)
    for row in results.lists["III.B.7"]:
        add(FollowUpKind.CONDITION, "III.B.7", row)
    misplaced = {check.recorded.asset_id for check in results.checks if check.misplaced}
    for row in results.lists["III.B.8"]:
        if row.asset_id in misplaced:
            add(FollowUpKind.MOVE, "III.B.8", row)
    for row in results.lists["III.B.11"]:
        add(FollowUpKind.REGISTER, "III.B.11", row)
    return views


def _checked_on(session: Session, stocktake_id: int, asset_id: int) -> date | None:
    moment = session.scalar(
        select(StocktakeScan.scanned_at)
        .where(StocktakeScan.stocktake_id == stocktake_id, StocktakeScan.asset_id == asset_id)
        .order_by(StocktakeScan.id)
    )
    return to_wib(moment).date() if moment is not None else None


def apply_followup(
    db: Database,
    actor: Actor,
    stocktake_id: int,
    kind: FollowUpKind,
    *,
    asset_id: int | None = None,
    finding_id: int | None = None,
    occurred_on: date | None = None,
) -> FollowUpView:
    """Apply one follow-up as a dated event (today unless ``occurred_on``); returns it, done."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        key = (kind.value, asset_id if kind is not FollowUpKind.REGISTER else None, finding_id)
        if key in _done(session, stocktake_id):
            raise ValidationError(MSG_ALREADY_DONE, field="followup")
        ledger = load_ledger(session, stocktake)
        if kind is FollowUpKind.REGISTER:
            if finding_id is None:
                raise ValidationError(MSG_NOT_DUE, field="followup", item="-")
            asset_id_done = None
            finding = _register(session, actor, stocktake, finding_id, when)
            shown = (finding.code, finding.name or finding.scanned)
            number = _LIST_OF[kind]
        else:
            if asset_id is None:
                raise ValidationError(MSG_NOT_DUE, field="followup", item="-")
            asset_id_done = asset_id
            asset = _apply_to_asset(session, actor, stocktake, ledger, kind, asset_id, when)
            shown = (code_register(asset.code, asset.register_number), asset.name)
            answer = ledger.answers.get(asset_id)
            lost = answer is not None and answer.presence == Presence.LOST
            number = _LIST_OF.get(kind) or ("III.B.1" if lost else "III.B.2")
        session.add(
            StocktakeFollowUp(
                stocktake_id=stocktake_id,
                kind=kind.value,
                asset_id=asset_id_done,
                item_id=finding_id if kind is FollowUpKind.REGISTER else None,
                done_on=when,
                done_at=db.clock(),
                done_by=actor.username,
            )
        )
    # Built from what was just written: recomputing every list for one row would cost the
    # whole stock-take's results per follow-up (seconds at 100,000 items).
    return FollowUpView(
        kind=kind,
        list_number=number,
        asset_id=asset_id_done,
        finding_id=finding_id if kind is FollowUpKind.REGISTER else None,
        code_register=shown[0],
        name=shown[1],
        detail="",  # the list's words are in list_followups
        done_on=when,
        done_by=actor.username,
    )


def _apply_to_asset(
    session: Session,
    actor: Actor,
    stocktake: Stocktake,
    ledger: Ledger,
    kind: FollowUpKind,
    asset_id: int,
    when: date,
) -> Asset:
    asset = load_asset(session, actor, asset_id)
    item = f"{asset.code} {asset.name}"
    note = f"Tindak lanjut inventarisasi: {stocktake.name}"
    first = ledger.first_check.get(asset_id)
    answer = ledger.answers.get(asset_id)
    if kind is FollowUpKind.MOVE:
        if first is None or first[0] == first[1].place:
            raise ValidationError(MSG_NOT_DUE, field="followup", item=item)
        room = first[0] if first[0] != OUTSIDE_ROOMS else None
        move_in_session(session, actor, [asset_id], room, when, note=note)
    elif kind is FollowUpKind.CONDITION:
        observed = answer.observed_condition if answer is not None else ""
        recorded = ledger.recorded(asset_id)
        before = recorded.condition if recorded is not None else asset.condition
        if not observed or observed == before:
            raise ValidationError(MSG_NOT_DUE, field="followup", item=item)
        condition_in_session(session, actor, [asset_id], observed, when, note=note)
    elif kind is FollowUpKind.DISPOSAL:
        presence = answer.presence if answer is not None and first is None else ""
        if first is not None or asset.status == AssetStatus.DISPOSED.value:
            raise ValidationError(MSG_NOT_DUE, field="followup", item=item)
        reason = DISPOSAL_REASONS.get(Presence(presence) if presence else Presence.NOT_FOUND)
        propose_in_session(
            session,
            actor,
            stocktake.unit_id,
            [(asset_id, reason or "")],
            title=f"Usulan penghapusan hasil {stocktake.name}",
            proposed_on=when,
            stocktake_id=stocktake.id,
        )
    return asset


def _register(
    session: Session, actor: Actor, stocktake: Stocktake, finding_id: int, when: date
) -> StocktakeItem:
    finding = session.get(StocktakeItem, finding_id)
    if finding is None or finding.stocktake_id != stocktake.id or finding.asset_id is not None:
        raise ValidationError(MSG_NOT_DUE, field="followup", item=str(finding_id))
    item = finding.name or finding.scanned
    if finding.registered_asset_id is not None:
        raise ValidationError(MSG_ALREADY_DONE, field="followup")
    if not finding.code:
        raise ValidationError(MSG_NEEDS_CODE, field="code", item=item)
    if finding.estimated_value is None:
        raise ValidationError(MSG_NEEDS_VALUE, field="estimated_value", item=item)
    room = finding.place if finding.place else None
    data = AssetInput(
        code=finding.code,
        name=finding.name,
        acquisition_year=finding.acquisition_year or when.year,
        price=finding.estimated_value,
        acquisition_method=ACQUISITION_METHOD,
        condition=finding.observed_condition or "B",
        specification=finding.specification,
        brand_type=finding.brand_type,
        room_id=room,
        notes=f"Hasil inventarisasi {stocktake.name}"
        + (f"; {finding.note}" if finding.note else ""),
        unit_id=stocktake.unit_id,
    )
    clean = validate_asset(
        session, data, when, quantity=finding.quantity, unit_id=stocktake.unit_id
    )
    created = create_in_session(
        session, actor, stocktake.unit_id, clean, finding.quantity, session.info["clock"]()
    )
    finding.registered_asset_id = created[0].id
    return finding
