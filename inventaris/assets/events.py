"""Dated changes in an asset's life, one or many assets at a time, and its history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import (
    change_date,
    ensure_not_disposed,
    load_asset,
    next_register_numbers,
    record_event,
    touch,
)
from inventaris.assets.types import DAY_KNOWN, AssetStatus, Condition, EventKind, acquired_on
from inventaris.assets.validation import LABELS
from inventaris.catalog import check_code, kib_of
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_amount
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.core.timeutil import to_wib
from inventaris.model import Asset, AssetCode, AssetEvent, DisposalProposalItem, Room, User

DISPOSAL_REASONS = ("dijual", "dihibahkan", "dimusnahkan", "hilang", "rusak berat")

LABEL_DECREE = QT_TRANSLATE_NOOP("Engine", "SK number of the disposal")
LABEL_HOLDER_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the holder")
MSG_REASON = QT_TRANSLATE_NOOP(
    "Engine", 'Reason for disposal: choose one of {choices} ("{value}" is not).'
)
MSG_NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Engine", "Choose at least one asset first.")
MSG_ROOM = QT_TRANSLATE_NOOP("Engine", "Room: the room {id} does not exist in this unit.")
MSG_ROOM_KIB = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is KIB {kib}; only KIB B and KIB E items sit in rooms."
)
MSG_AMOUNT = QT_TRANSLATE_NOOP(
    "Engine", "Amount: the capitalised value must be more than Rp 0 (it is added to the price)."
)
MSG_EXTRA_YEARS = QT_TRANSLATE_NOOP(
    "Engine", "Extends the useful life by: {value} years is not between 0 and {most}."
)
MOST_EXTRA_YEARS = 50  # a major repair adds years to the remaining life; a building's is 50
EXTRA_YEARS = "extra_years"  # the key in a value_changed event's details (depreciation reads it)
MSG_SAME_CODE = QT_TRANSLATE_NOOP("Engine", "Kode barang: {code} is already this asset's code.")
MSG_UNKNOWN_CODE = QT_TRANSLATE_NOOP("Engine", "Kode barang: {code} is not in the code table.")
MSG_BEFORE_ACQUISITION = QT_TRANSLATE_NOOP(
    "Engine", "{label}: {value} is before {asset} was acquired ({acquired})."
)


@dataclass(frozen=True)
class EventView:
    id: int
    kind: EventKind
    occurred_on: date
    recorded_at: datetime
    recorded_by: str
    recorded_by_name: str
    amount: int | None
    details: dict[str, Any]
    note: str
    day_known: bool = True  # False: only the year of ``occurred_on`` is known


def _assets(session: Any, actor: Actor, asset_ids: Sequence[int], when: date) -> list[Asset]:
    if not asset_ids:
        raise ValidationError(MSG_NOTHING_CHOSEN, field="assets")
    assets = [load_asset(session, actor, asset_id) for asset_id in dict.fromkeys(asset_ids)]
    for asset in assets:
        ensure_not_disposed(asset)
        acquired = asset.acquisition_date or date(asset.acquisition_year, 1, 1)
        if when < acquired:
            raise ValidationError(
                MSG_BEFORE_ACQUISITION,
                field="occurred_on",
                label=LABELS["occurred_on"],
                value=when.strftime("%d-%m-%Y"),
                acquired=acquired.strftime("%d-%m-%Y"),
                asset=code_register(asset.code, asset.register_number),
            )
    return assets


def move_assets(
    db: Database,
    actor: Actor,
    asset_ids: Sequence[int],
    room_id: int | None,
    *,
    occurred_on: date | None = None,
    note: str = "",
) -> int:
    """Move one or many assets to a room (None: out of every room, e.g. to a warehouse list)."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    with db.write(actor) as session:
        return move_in_session(session, actor, asset_ids, room_id, when, note=note)


def move_in_session(
    session: Session,
    actor: Actor,
    asset_ids: Sequence[int],
    room_id: int | None,
    when: date,
    *,
    note: str = "",
) -> int:
    """``move_assets`` inside an open unit of work (a stock-take's follow-up uses it)."""
    assets = _assets(session, actor, asset_ids, when)
    room = session.get(Room, room_id) if room_id is not None else None
    if room_id is not None and (room is None or room.unit_id not in actor.unit_ids):
        raise ValidationError(MSG_ROOM, field="room_id", id=room_id)
    moved = 0
    for asset in assets:
        if asset.room_id == room_id:
            continue
        if room is not None and kib_of(asset.code) not in ("B", "E"):
            raise ValidationError(
                MSG_ROOM_KIB,
                field="room_id",
                kib=kib_of(asset.code),
                asset=code_register(asset.code, asset.register_number),
            )
        old_room = session.get(Room, asset.room_id) if asset.room_id else None
        record_event(
            session,
            actor,
            asset,
            EventKind.MOVED,
            when,
            note=note,
            details={
                "from_room_id": asset.room_id,
                "from_room": old_room.name if old_room else "",
                "to_room_id": room_id,
                "to_room": room.name if room else "",
            },
        )
        asset.room_id = room_id
        touch(session, actor, asset, room.name if room else "")
        moved += 1
    return moved


def change_condition(
    db: Database,
    actor: Actor,
    asset_ids: Sequence[int],
    condition: str,
    *,
    occurred_on: date | None = None,
    note: str = "",
) -> int:
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    with db.write(actor) as session:
        return condition_in_session(session, actor, asset_ids, condition, when, note=note)


def condition_in_session(
    session: Session,
    actor: Actor,
    asset_ids: Sequence[int],
    condition: str,
    when: date,
    *,
    note: str = "",
) -> int:
    """``change_condition`` inside an open unit of work (a stock-take's follow-up uses it)."""
    new = Condition(condition)
    changed = 0
    for asset in _assets(session, actor, asset_ids, when):
        if asset.condition == new:
            continue
        record_event(
            session,
            actor,
            asset,
            EventKind.CONDITION_CHANGED,
            when,
            note=note,
            details={"from": asset.condition, "to": new.value},
        )
        asset.condition = new.value
        touch(session, actor, asset)
        changed += 1
    return changed


def change_holder(
    db: Database,
    actor: Actor,
    asset_id: int,
    holder_name: str,
    holder_nip: str = "",
    *,
    occurred_on: date | None = None,
    note: str = "",
) -> None:
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    nip = holder_nip.strip()
    if nip:
        nip = normalize_nip(nip, field="holder_nip", label=LABEL_HOLDER_NIP)
    with db.write(actor) as session:
        holder_in_session(session, actor, [asset_id], holder_name, nip, when, note=note)


def holder_in_session(
    session: Session,
    actor: Actor,
    asset_ids: Sequence[int],
    holder_name: str,
    holder_nip: str,
    when: date,
    *,
    note: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """``change_holder`` for many assets inside an open unit of work (a handover uses it, its
    BAST number in ``details``); ``holder_nip`` is already normalised."""
    changed = 0
    for asset in _assets(session, actor, asset_ids, when):
        record_event(
            session,
            actor,
            asset,
            EventKind.HOLDER_CHANGED,
            when,
            note=note,
            details={
                "from": asset.holder_name,
                "from_nip": asset.holder_nip,
                "to": holder_name.strip(),
                "to_nip": holder_nip,
                **(details or {}),
            },
        )
        asset.holder_name, asset.holder_nip = holder_name.strip(), holder_nip
        touch(session, actor, asset)
        changed += 1
    return changed


def status_in_session(
    session: Session,
    actor: Actor,
    asset_ids: Sequence[int],
    status: AssetStatus,
    kind: EventKind,
    when: date,
    *,
    note: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Set aktif / dipinjamkan with a dated event of ``kind`` (a loan and its end); disposal
    has its own use case."""
    changed = 0
    for asset in _assets(session, actor, asset_ids, when):
        record_event(
            session,
            actor,
            asset,
            kind,
            when,
            note=note,
            details={"from": asset.status, "to": status.value, **(details or {})},
        )
        asset.status = status.value
        touch(session, actor, asset)
        changed += 1
    return changed


def add_value(
    db: Database,
    actor: Actor,
    asset_id: int,
    amount: int,
    *,
    occurred_on: date | None = None,
    note: str = "",
    extra_years: int = 0,
) -> None:
    """A capitalised improvement (kapitalisasi): the value rises from this date on, and a major
    repair may extend the useful life by ``extra_years`` (BMD.md §6; kept in the event's
    details, so the depreciation of every later report follows it)."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    if amount <= 0:
        raise ValidationError(MSG_AMOUNT, field="amount")
    if not 0 <= extra_years <= MOST_EXTRA_YEARS:
        raise ValidationError(
            MSG_EXTRA_YEARS, field=EXTRA_YEARS, value=extra_years, most=MOST_EXTRA_YEARS
        )
    with db.write(actor) as session:
        (asset,) = _assets(session, actor, [asset_id], when)
        # The same bound as the form's price: past it SQLite overflows, and no item costs so.
        check_amount(asset.price + amount, "amount", LABELS["price"])
        record_event(
            session,
            actor,
            asset,
            EventKind.VALUE_CHANGED,
            when,
            amount=amount,
            note=note,
            details={"from": asset.price, "to": asset.price + amount, EXTRA_YEARS: extra_years},
        )
        asset.price += amount
        touch(session, actor, asset)


def reclassify(
    db: Database,
    actor: Actor,
    asset_id: int,
    new_code: str,
    *,
    occurred_on: date | None = None,
    note: str = "",
) -> str:
    """Give the asset another code; it gets the next register number under that code."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    code = check_code(new_code)
    with db.write(actor) as session:
        (asset,) = _assets(session, actor, [asset_id], when)
        if session.get(AssetCode, code) is None:
            raise ValidationError(MSG_UNKNOWN_CODE, field="code", code=code)
        if code == asset.code:
            raise ValidationError(MSG_SAME_CODE, field="code", code=code)
        old = code_register(asset.code, asset.register_number)
        number = next_register_numbers(session, asset.unit_id, code, 1)[0]
        asset.code, asset.register_number = code, number
        if kib_of(code) not in ("B", "E"):
            asset.room_id = None
        new = code_register(asset.code, asset.register_number)
        record_event(
            session,
            actor,
            asset,
            EventKind.RECLASSIFIED,
            when,
            note=note,
            details={"from": old, "to": new},
        )
        touch(session, actor, asset)
        return new


def dispose_assets(
    db: Database,
    actor: Actor,
    asset_ids: Sequence[int],
    *,
    decree: str,
    reason: str,
    occurred_on: date | None = None,
    note: str = "",
) -> int:
    """Penghapusan: the items leave the active register; nothing is deleted."""
    require(actor, Permission.EDIT_ASSETS)
    when = change_date(db, occurred_on)
    if not decree.strip():
        raise ValidationError(MSG_REQUIRED, field="decree", label=LABEL_DECREE)
    if reason not in DISPOSAL_REASONS:
        raise ValidationError(
            MSG_REASON, field="reason", choices=", ".join(DISPOSAL_REASONS), value=reason
        )
    with db.write(actor) as session:
        return dispose_in_session(
            session, actor, asset_ids, when, decree=decree.strip(), reason=reason, note=note
        )


def dispose_in_session(
    session: Session,
    actor: Actor,
    asset_ids: Sequence[int],
    when: date,
    *,
    decree: str,
    reason: str,
    note: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """``dispose_assets`` inside an open unit of work (a disposal decree uses it); ``details``
    join the event's. An item still waiting on a proposal leaves it as disposed."""
    assets = _assets(session, actor, asset_ids, when)
    for asset in assets:
        record_event(
            session,
            actor,
            asset,
            EventKind.DISPOSED,
            when,
            note=note,
            details={"decree": decree, "reason": reason, "room": asset.room_id, **(details or {})},
        )
        asset.status = AssetStatus.DISPOSED.value
        asset.disposed_on = when
        asset.disposal_decree = decree
        asset.disposal_reason = reason
        touch(session, actor, asset)
    if assets:  # through the ORM, so the audit log sees each item change
        waiting = session.scalars(
            select(DisposalProposalItem).where(
                DisposalProposalItem.asset_id.in_([asset.id for asset in assets]),
                DisposalProposalItem.state == "proposed",
            )
        )
        for item in waiting:
            item.state = "disposed"
    return len(assets)


def asset_history(db: Database, actor: Actor, asset_id: int) -> list[EventView]:
    """Every event of one asset, oldest first, with who recorded it."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        asset = load_asset(session, actor, asset_id)
        rows = session.execute(
            select(AssetEvent, User.full_name)
            .outerjoin(User, User.username == AssetEvent.recorded_by)
            .where(AssetEvent.asset_id == asset_id)
            .order_by(AssetEvent.occurred_on, AssetEvent.id)
        )
        views = []
        for event, full_name in rows:
            details = dict(event.details or {})
            occurred_on, day_known = event.occurred_on, True
            if event.kind == EventKind.ACQUIRED:
                # Before the detail was kept, a year alone was dated 31 December, even when that
                # was still ahead: it is shown as the year, on the day it was recorded at latest.
                day_known = bool(details.get(DAY_KNOWN, asset.acquisition_date is not None))
                if not day_known:
                    recorded_on = to_wib(event.recorded_at).date()
                    occurred_on = acquired_on(None, occurred_on.year, recorded_on)
            views.append(
                EventView(
                    id=event.id,
                    kind=EventKind(event.kind),
                    occurred_on=occurred_on,
                    recorded_at=event.recorded_at,
                    recorded_by=event.recorded_by,
                    recorded_by_name=full_name or event.recorded_by,
                    amount=event.amount,
                    details=details,
                    note=event.note,
                    day_known=day_known,
                )
            )
        return sorted(views, key=lambda view: (view.occurred_on, view.id))
