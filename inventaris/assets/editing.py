"""Assets: adding (one or many identical), reading and correcting register rows.

One physical item is one register row. Register numbers run per (unit, code), start at 1 and
are never reused, disposed items included. Every change is kept as a dated event: editing the
form records a move, a condition or holder change, a reclassification or a correction.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, exc, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from inventaris.assets.types import (
    INPUT_COLUMNS,
    AssetInput,
    AssetStatus,
    AssetView,
    EventKind,
    acquired_details,
    acquired_on,
)
from inventaris.assets.validation import LABELS, MSG_FUTURE_DATE, validate_asset
from inventaris.assets.vehicle_numbers import explain_number_race, number_refused
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, NotFound, ValidationError
from inventaris.core.formatting import format_datetime
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import SEARCHED_COLUMNS, build_search_text, code_register, code_words
from inventaris.core.timeutil import to_wib
from inventaris.labels import new_label_key
from inventaris.locations import check_unit, default_unit
from inventaris.model import Asset, AssetCode, AssetEvent, RegisterCounter, Room, User

MSG_NO_ASSET = QT_TRANSLATE_NOOP("Engine", "The asset {id} does not exist.")
MSG_CHANGED_BY = QT_TRANSLATE_NOOP(
    "Engine",
    "{who} saved a change to this asset on {when} WIB, after you opened it. Reload it to see "
    "that change, then make yours again.",
)
MSG_DISPOSED = QT_TRANSLATE_NOOP(
    "Engine", "{asset} was disposed of on {date}; a disposed item cannot be changed."
)


def today_in(db: Database) -> date:
    return to_wib(db.clock()).date()


def change_date(db: Database, occurred_on: date | None) -> date:
    """The date a change happened: today unless given, never in the future."""
    today = today_in(db)
    when = occurred_on or today
    if when > today:
        raise ValidationError(
            MSG_FUTURE_DATE,
            field="occurred_on",
            label=LABELS["occurred_on"],
            value=when.strftime("%d-%m-%Y"),
        )
    return when


# --- reading ---------------------------------------------------------------------------------


def _view(session: Session, asset: Asset) -> AssetView:
    room_name = session.scalar(select(Room.name).where(Room.id == asset.room_id)) or ""
    code_name = session.scalar(select(AssetCode.name).where(AssetCode.code == asset.code)) or ""
    values = {name: getattr(asset, name) for name in INPUT_COLUMNS}
    return AssetView(
        **values,
        unit_id=asset.unit_id,
        id=asset.id,
        register_number=asset.register_number,
        status=asset.status,
        code_name=code_name,
        room_name=room_name,
        disposed_on=asset.disposed_on,
        disposal_decree=asset.disposal_decree,
        disposal_reason=asset.disposal_reason,
        label_printed_at=asset.label_printed_at,
        created_at=asset.created_at,
        updated_at=asset.updated_at,
        updated_by=asset.updated_by,
        row_version=asset.row_version,
    )


def load_asset(session: Session, actor: Actor, asset_id: int) -> Asset:
    asset = session.get(Asset, asset_id)
    if asset is None or asset.unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_ASSET, id=asset_id)
    return asset


def get_asset(db: Database, actor: Actor, asset_id: int) -> AssetView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        return _view(session, load_asset(session, actor, asset_id))


# --- writing ---------------------------------------------------------------------------------


def advance_register_counter(
    session: Session, unit_id: int, code: str, count: int, *, past: int = 0
) -> int:
    """Move the (unit, code) counter past ``past`` and on by ``count``; returns where it stands.

    One statement that inserts the counter or moves it (an upsert), so PCs adding the first
    items of a code at the same moment never both insert it; PostgreSQL locks the row until
    commit, and SQLite's write transaction keeps every other writer out anyway.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    counter = RegisterCounter.__table__.c
    statement = insert(RegisterCounter).values(unit_id=unit_id, code=code, last_number=past + count)
    moved = case((counter.last_number > past, counter.last_number), else_=past) + count
    last = session.execute(
        statement.on_conflict_do_update(
            index_elements=[counter.unit_id, counter.code], set_={"last_number": moved}
        ).returning(counter.last_number)
    ).scalar_one()
    return int(last)


def next_register_numbers(session: Session, unit_id: int, code: str, count: int) -> list[int]:
    """Hand out ``count`` new register numbers, never handed out before."""
    last = advance_register_counter(session, unit_id, code, count)
    return list(range(last - count + 1, last + 1))


def record_event(
    session: Session,
    actor: Actor,
    asset: Asset,
    kind: EventKind,
    occurred_on: date,
    *,
    amount: int | None = None,
    details: dict[str, Any] | None = None,
    note: str = "",
) -> None:
    now = session.info["clock"]()
    session.add(
        AssetEvent(
            asset_id=asset.id,
            kind=kind.value,
            occurred_on=occurred_on,
            recorded_at=now,
            recorded_by=actor.username,
            amount=amount,
            details=details,
            note=note.strip(),
        )
    )


def touch(session: Session, actor: Actor, asset: Asset, room_name: str | None = None) -> None:
    """Stamp who changed the asset and refresh its search words."""
    asset.updated_at = session.info["clock"]()
    asset.updated_by = actor.username
    if room_name is None:
        room_name = session.scalar(select(Room.name).where(Room.id == asset.room_id)) or ""
    asset.search_text = build_search_text(
        {column: getattr(asset, column) for column in SEARCHED_COLUMNS},
        room_name,
        code_words(session, [asset.code])[asset.code],
    )


def create_assets(
    db: Database, actor: Actor, data: AssetInput, quantity: int = 1
) -> list[AssetView]:
    """Add ``quantity`` identical items (50 chairs = 50 registers) in one transaction."""
    require(actor, Permission.EDIT_ASSETS)
    unit_id = data.unit_id or default_unit(actor)
    check_unit(actor, unit_id, data.name)
    today = today_in(db)
    clean: AssetInput | None = None
    try:
        with db.write(actor) as session:
            clean = validate_asset(session, data, today, quantity=quantity, unit_id=unit_id)
            return create_in_session(session, actor, unit_id, clean, quantity, db.clock())
    except exc.IntegrityError as error:
        raise _explain_refusal(db, error, clean, None) from None


def _explain_refusal(
    db: Database, error: exc.IntegrityError, clean: AssetInput | None, asset_id: int | None
) -> Exception:
    """A database rule refused the save because another PC saved first: say so in a sentence.
    Anything else is a bug and goes on as it is."""
    column = number_refused(error)
    if column is None or clean is None:
        return error
    return explain_number_race(db, clean, asset_id, column)


def create_in_session(
    session: Session, actor: Actor, unit_id: int, clean: AssetInput, quantity: int, now: datetime
) -> list[AssetView]:
    """Add ``quantity`` items of a validated form inside an open unit of work."""
    numbers = next_register_numbers(session, unit_id, clean.code, quantity)
    created = []
    for number in numbers:
        asset = Asset(
            **{name: getattr(clean, name) for name in INPUT_COLUMNS},
            unit_id=unit_id,
            register_number=number,
            status=AssetStatus.ACTIVE.value,
            created_at=now,
            label_key=new_label_key(),
        )
        touch(session, actor, asset)
        session.add(asset)
        created.append(asset)
    session.flush()
    recorded_on = to_wib(now).date()
    for asset in created:
        record_event(
            session,
            actor,
            asset,
            EventKind.ACQUIRED,
            acquired_on(clean.acquisition_date, clean.acquisition_year, recorded_on),
            amount=clean.price,
            details=acquired_details(clean.acquisition_date, clean.acquisition_method),
        )
    return [_view(session, asset) for asset in created]


def conflict(db: Database, actor: Actor, asset_id: int) -> ConflictError:
    """The refusal of a stale save: who saved last and when, so the user can reload."""
    with db.read() as session:
        asset = load_asset(session, actor, asset_id)
        who = session.scalar(select(User.full_name).where(User.username == asset.updated_by))
        return ConflictError(
            MSG_CHANGED_BY, who=who or asset.updated_by, when=format_datetime(asset.updated_at)
        )


def ensure_not_disposed(asset: Asset) -> None:
    if asset.status == AssetStatus.DISPOSED:
        raise ValidationError(
            MSG_DISPOSED,
            field="status",
            asset=code_register(asset.code, asset.register_number),
            date=asset.disposed_on.strftime("%d-%m-%Y") if asset.disposed_on else "-",
        )


def update_asset(
    db: Database,
    actor: Actor,
    asset_id: int,
    data: AssetInput,
    *,
    expected_version: int,
    occurred_on: date | None = None,
    note: str = "",
) -> AssetView:
    """Save the form; each kind of change becomes a dated event; a stale form is refused."""
    require(actor, Permission.EDIT_ASSETS)
    today = today_in(db)
    when = change_date(db, occurred_on)
    clean: AssetInput | None = None
    try:
        with db.write(actor) as session:
            asset = load_asset(session, actor, asset_id)
            if asset.row_version != expected_version:
                raise conflict(db, actor, asset_id)
            ensure_not_disposed(asset)
            clean = validate_asset(session, data, today, asset_id=asset_id, unit_id=asset.unit_id)
            # No flush half-way: a new code must not meet the old register number in the table.
            with session.no_autoflush:
                apply_changes(session, actor, asset, clean, when, note)
            session.flush()
            return _view(session, asset)
    except StaleDataError:
        # Another PC saved between our check and our write: the version guard caught it.
        raise conflict(db, actor, asset_id) from None
    except exc.IntegrityError as error:
        raise _explain_refusal(db, error, clean, asset_id) from None


def apply_changes(
    session: Session, actor: Actor, asset: Asset, clean: AssetInput, when: date, note: str
) -> None:
    before = {name: getattr(asset, name) for name in INPUT_COLUMNS}
    after = {name: getattr(clean, name) for name in INPUT_COLUMNS}
    changed = {name for name in INPUT_COLUMNS if before[name] != after[name]}
    if not changed:
        return
    for name in changed:
        setattr(asset, name, after[name])
    if "room_id" in changed:
        names = dict(
            session.execute(
                select(Room.id, Room.name).where(
                    Room.id.in_([r for r in (before["room_id"], after["room_id"]) if r])
                )
            ).all()
        )
        record_event(
            session,
            actor,
            asset,
            EventKind.MOVED,
            when,
            note=note,
            details={
                "from_room_id": before["room_id"],
                "from_room": names.get(before["room_id"], ""),
                "to_room_id": after["room_id"],
                "to_room": names.get(after["room_id"], ""),
            },
        )
    if "condition" in changed:
        record_event(
            session,
            actor,
            asset,
            EventKind.CONDITION_CHANGED,
            when,
            note=note,
            details={"from": before["condition"], "to": after["condition"]},
        )
    if changed & {"holder_name", "holder_nip"}:
        record_event(
            session,
            actor,
            asset,
            EventKind.HOLDER_CHANGED,
            when,
            note=note,
            details={
                "from": before["holder_name"],
                "from_nip": before["holder_nip"],
                "to": after["holder_name"],
                "to_nip": after["holder_nip"],
            },
        )
    if "code" in changed:
        old_register = asset.register_number
        asset.register_number = next_register_numbers(session, asset.unit_id, asset.code, 1)[0]
        record_event(
            session,
            actor,
            asset,
            EventKind.RECLASSIFIED,
            when,
            note=note,
            details={
                "from": code_register(before["code"], old_register),
                "to": code_register(asset.code, asset.register_number),
            },
        )
    corrected = changed - {"room_id", "condition", "holder_name", "holder_nip", "code"}
    if corrected:
        record_event(
            session,
            actor,
            asset,
            EventKind.CORRECTED,
            when,
            note=note,
            amount=after["price"] if "price" in corrected else None,
            details={
                name: [_plain(before[name]), _plain(after[name])] for name in sorted(corrected)
            },
        )
    touch(session, actor, asset)


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
