"""The team's answers on the working sheet (LKI): per register item, and for items found that
are not in the register (III.A.7)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import MSG_NO_ASSET, today_in
from inventaris.assets.types import FIRST_YEAR, MAX_IDENTICAL, Condition
from inventaris.catalog import check_code
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ConflictError, NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_amount
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.labels import scanned_asset
from inventaris.model import Asset, AssetCode, Stocktake, StocktakeItem
from inventaris.stocktake.counting import finding_view
from inventaris.stocktake.ledger import (
    Answer,
    check_place,
    load_ledger,
    load_stocktake,
    place_of,
    recorded_of,
    snapshot,
    snapshot_of_recorded,
)
from inventaris.stocktake.types import (
    CHECKED_FIELDS,
    AnswerInput,
    AnswerView,
    FindingInput,
    FindingView,
    Presence,
    UserKind,
)

LABEL_FINDING_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the item found")
LABEL_USER_NAME = QT_TRANSLATE_NOOP("Engine", "Used by: name")
LABEL_USER_NIP = QT_TRANSLATE_NOOP("Engine", "Used by: NIP")
LABEL_VALUE = QT_TRANSLATE_NOOP("Engine", "Estimated value")
MSG_PRESENCE_CHECKED = QT_TRANSLATE_NOOP(
    "Engine",
    "{asset} was checked in this stock-take; take the check back before calling it {presence}.",
)
MSG_PRESENCE = QT_TRANSLATE_NOOP("Engine", 'Presence: "{value}" is not hilang or tidak_ditemukan.')
MSG_CONDITION = QT_TRANSLATE_NOOP("Engine", 'Condition: "{value}" is not B, RR or RB.')
MSG_USER_KIND = QT_TRANSLATE_NOOP("Engine", 'Used by: "{value}" is not unit, employee or other.')
MSG_FIELD = QT_TRANSLATE_NOOP("Engine", 'Correction: "{value}" is not a field the team checks.')
MSG_TWIN = QT_TRANSLATE_NOOP(
    "Engine",
    "Recorded twice: {value} is not another item of this unit (give its code and register).",
)
MSG_QUANTITY = QT_TRANSLATE_NOOP("Engine", "Quantity: {value} is not between 1 and {most}.")
MSG_YEAR = QT_TRANSLATE_NOOP("Engine", "Year: {value} is not between {first} and {last}.")
MSG_UNKNOWN_CODE = QT_TRANSLATE_NOOP("Engine", "Kode barang: {code} is not in the code table.")
MSG_NO_FINDING = QT_TRANSLATE_NOOP("Engine", "The finding {id} does not exist in this stock-take.")
MSG_FINDING_REGISTERED = QT_TRANSLATE_NOOP(
    "Engine", "This finding has been registered already; change the asset in the register."
)
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "Engine", "{who} changed these answers after you opened them. Reload, then answer again."
)


def _answer_view(session: Session, stocktake: Stocktake, asset: Asset) -> AnswerView:
    ledger = load_ledger(session, stocktake)
    answer = ledger.answers.get(asset.id)
    recorded = ledger.recorded(asset.id) or recorded_of(
        snapshot(asset, ledger.place_name(place_of(asset.room_id)))
    )
    first = ledger.first_check.get(asset.id)
    base = AnswerInput() if answer is None else _input_of(answer)
    return AnswerView(
        **base.__dict__,
        asset_id=asset.id,
        recorded=recorded,
        found_place=first[0] if first else None,
        row_version=answer.row_version if answer is not None else 0,
    )


def _input_of(answer: Answer) -> AnswerInput:
    return AnswerInput(
        presence=answer.presence,
        observed_condition=answer.observed_condition,
        corrections=dict(answer.corrections or {}),
        user_kind=answer.user_kind,
        user_name=answer.user_name,
        user_nip=answer.user_nip,
        user_document=answer.user_document,
        twin=answer.twin,
        land_not_owned=answer.land_not_owned,
        note=answer.note,
    )


def _asset(session: Session, stocktake: Stocktake, asset_id: int) -> Asset:
    asset = session.get(Asset, asset_id)
    if asset is None or asset.unit_id != stocktake.unit_id:
        raise NotFound(MSG_NO_ASSET, id=asset_id)
    return asset


def get_answer(db: Database, actor: Actor, stocktake_id: int, asset_id: int) -> AnswerView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        return _answer_view(session, stocktake, _asset(session, stocktake, asset_id))


def _clean_answer(
    session: Session, stocktake: Stocktake, asset: Asset, data: AnswerInput
) -> AnswerInput:
    if data.presence and data.presence not in tuple(Presence):
        raise ValidationError(MSG_PRESENCE, field="presence", value=data.presence)
    if data.observed_condition and data.observed_condition not in tuple(Condition):
        raise ValidationError(
            MSG_CONDITION, field="observed_condition", value=data.observed_condition
        )
    if data.user_kind and data.user_kind not in tuple(UserKind):
        raise ValidationError(MSG_USER_KIND, field="user_kind", value=data.user_kind)
    corrections = {}
    for key, value in data.corrections.items():
        if key not in CHECKED_FIELDS:
            raise ValidationError(MSG_FIELD, field="corrections", value=key)
        if value.strip():
            corrections[key] = " ".join(value.split())
    user_name = " ".join(data.user_name.split())
    if data.user_kind in (UserKind.EMPLOYEE, UserKind.OTHER) and not user_name:
        raise ValidationError(MSG_REQUIRED, field="user_name", label=LABEL_USER_NAME)
    nip = data.user_nip.strip()
    if nip:
        nip = normalize_nip(nip, field="user_nip", label=LABEL_USER_NIP)
    twin = data.twin.strip()
    if twin:
        twin_id = scanned_asset(session, [stocktake.unit_id], twin)
        twin_asset = session.get(Asset, twin_id) if twin_id is not None else None
        if twin_asset is None or twin_asset.id == asset.id:
            raise ValidationError(MSG_TWIN, field="twin", value=twin)
        twin = code_register(twin_asset.code, twin_asset.register_number)
    return AnswerInput(
        presence=data.presence,
        observed_condition=data.observed_condition,
        corrections=corrections,
        user_kind=data.user_kind,
        user_name=user_name if data.user_kind else "",
        user_nip=nip if data.user_kind == UserKind.EMPLOYEE else "",
        user_document=data.user_document.strip() if data.user_kind else "",
        twin=twin,
        land_not_owned=data.land_not_owned,
        note=data.note.strip(),
    )


def answer_item(
    db: Database,
    actor: Actor,
    stocktake_id: int,
    asset_id: int,
    data: AnswerInput,
    row_version: int = 0,
) -> AnswerView:
    """Save the answers about one register item (``row_version`` 0: none were saved yet)."""
    require(actor, Permission.EDIT_ASSETS)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        asset = _asset(session, stocktake, asset_id)
        clean = _clean_answer(session, stocktake, asset, data)
        ledger = load_ledger(session, stocktake)
        answer = session.scalar(
            select(StocktakeItem).where(
                StocktakeItem.stocktake_id == stocktake.id, StocktakeItem.asset_id == asset_id
            )
        )
        if (answer.row_version if answer is not None else 0) != row_version:
            raise ConflictError(MSG_CHANGED, who=answer.answered_by if answer else "")
        checked = asset_id in ledger.first_check
        if clean.presence and checked:
            raise ValidationError(
                MSG_PRESENCE_CHECKED,
                field="presence",
                asset=code_register(asset.code, asset.register_number),
                presence=clean.presence,
            )
        if answer is None:
            answer = StocktakeItem(stocktake_id=stocktake.id, asset_id=asset_id)
            session.add(answer)
        for name, value in clean.__dict__.items():
            setattr(answer, name, value)
        if clean.presence and not answer.recorded:
            recorded = ledger.recorded(asset_id) or recorded_of(
                snapshot(asset, ledger.place_name(place_of(asset.room_id)))
            )
            answer.recorded = snapshot_of_recorded(recorded)
        answer.answered_at = db.clock()
        answer.answered_by = actor.username
        session.flush()
        return _answer_view(session, stocktake, asset)


def _clean_finding(
    session: Session, stocktake: Stocktake, data: FindingInput, today_year: int
) -> FindingInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(MSG_REQUIRED, field="name", label=LABEL_FINDING_NAME)
    check_place(session, stocktake, data.place)
    code = check_code(data.code) if data.code.strip() else ""
    if code and session.get(AssetCode, code) is None:
        raise ValidationError(MSG_UNKNOWN_CODE, field="code", code=code)
    if not 1 <= data.quantity <= MAX_IDENTICAL:
        raise ValidationError(
            MSG_QUANTITY, field="quantity", value=data.quantity, most=MAX_IDENTICAL
        )
    year = data.acquisition_year
    if year is not None and not FIRST_YEAR <= year <= today_year:
        raise ValidationError(
            MSG_YEAR, field="acquisition_year", value=year, first=FIRST_YEAR, last=today_year
        )
    if data.estimated_value is not None:
        check_amount(data.estimated_value, "estimated_value", LABEL_VALUE)
    if data.condition not in tuple(Condition):
        raise ValidationError(MSG_CONDITION, field="condition", value=data.condition)
    return FindingInput(
        name=name,
        place=data.place,
        code=code,
        brand_type=" ".join(data.brand_type.split()),
        specification=data.specification.strip(),
        quantity=data.quantity,
        acquisition_year=year,
        estimated_value=data.estimated_value,
        condition=data.condition,
        improvement=data.improvement,
        improvement_of=data.improvement_of.strip() if data.improvement else "",
        scanned=data.scanned.strip(),
        note=data.note.strip(),
    )


def record_finding(
    db: Database,
    actor: Actor,
    stocktake_id: int,
    data: FindingInput,
    finding_id: int | None = None,
    row_version: int = 0,
) -> FindingView:
    """Note an item found that is not in the register, or describe an unknown scanned code,
    with enough to register it later."""
    require(actor, Permission.EDIT_ASSETS)
    today = today_in(db)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        clean = _clean_finding(session, stocktake, data, today.year)
        if finding_id is None:
            item = StocktakeItem(stocktake_id=stocktake.id, corrections={})
            session.add(item)
        else:
            item = _finding(session, stocktake, finding_id)
            if item.row_version != row_version:
                raise ConflictError(MSG_CHANGED, who=item.answered_by)
            if item.registered_asset_id is not None:
                raise ValidationError(MSG_FINDING_REGISTERED, field="name")
        item.place = clean.place
        item.name = clean.name
        item.code = clean.code
        item.brand_type = clean.brand_type
        item.specification = clean.specification
        item.quantity = clean.quantity
        item.acquisition_year = clean.acquisition_year
        item.estimated_value = clean.estimated_value
        item.observed_condition = clean.condition
        item.improvement = clean.improvement
        item.improvement_of = clean.improvement_of
        if clean.scanned or finding_id is None:
            item.scanned = clean.scanned
        item.note = clean.note
        item.answered_at = db.clock()
        item.answered_by = actor.username
        session.flush()
        return finding_view(item, load_ledger(session, stocktake).place_name(clean.place))


def _finding(session: Session, stocktake: Stocktake, finding_id: int) -> StocktakeItem:
    item = session.get(StocktakeItem, finding_id)
    if item is None or item.stocktake_id != stocktake.id or item.asset_id is not None:
        raise NotFound(MSG_NO_FINDING, id=finding_id)
    return item


def remove_finding(db: Database, actor: Actor, stocktake_id: int, finding_id: int) -> None:
    """Drop a finding noted by mistake (not one already registered)."""
    require(actor, Permission.EDIT_ASSETS)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        item = _finding(session, stocktake, finding_id)
        if item.registered_asset_id is not None:
            raise ValidationError(MSG_FINDING_REGISTERED, field="name")
        session.delete(item)


def list_findings(db: Database, actor: Actor, stocktake_id: int) -> list[FindingView]:
    require(actor, Permission.VIEW)
    with db.read() as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        ledger = load_ledger(session, stocktake)
        return [
            finding_view(item, ledger.place_name(item.place or 0))
            for item in session.scalars(
                select(StocktakeItem)
                .where(StocktakeItem.stocktake_id == stocktake_id, StocktakeItem.asset_id.is_(None))
                .order_by(StocktakeItem.id)
            )
        ]
