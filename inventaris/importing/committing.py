"""Writing a checked plan: new rooms, new items in bulk, updates as dated events.

Runs inside the caller's one write transaction, so an error or a cancel leaves nothing behind.
New items go in with bulk statements (ten thousand ORM objects would take seconds); each still
gets its acquisition event, a label key and its search words, like an item added by hand.

Several PCs may import at once. Imports into one unit wait for each other (``line_up``), so the
second plans against what the first wrote: the items it finds are unchanged or updates, never
added again. The database's rules stop whatever else another PC saved meanwhile (the register
numbers the file gives, a plate), and that refusal becomes a sentence.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

from sqlalchemy import exc, func, insert, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from inventaris.assets.editing import advance_register_counter, apply_changes, load_asset
from inventaris.assets.types import (
    INPUT_COLUMNS,
    AssetStatus,
    EventKind,
    acquired_details,
    acquired_on,
)
from inventaris.assets.vehicle_numbers import NUMBER_LABELS, number_refused
from inventaris.core.audit import add_entry
from inventaris.core.errors import ConflictError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor
from inventaris.core.search import FTS_INSERT_TRIGGER, build_search_text, code_words
from inventaris.importing.planning import Action, Plan, PlannedItem, name_key
from inventaris.labels import new_label_keys
from inventaris.locations import RoomKind
from inventaris.model import Asset, AssetEvent, ImportLayout, Room

CHUNK = 1000
# The first key of the PostgreSQL advisory locks that line imports up, the unit's id the
# second: "IMPT" in ASCII, so no other lock of the program shares it.
IMPORT_LOCK = 0x494D5054

MSG_IMPORT_RACE = QT_TRANSLATE_NOOP(
    "Engine",
    "While {file} was being imported, another PC saved {what} that the file also holds; nothing "
    "was imported. Check the file again: the check now names each clash by its row.",
)
WHAT_REGISTERS = QT_TRANSLATE_NOOP("Engine", "items with register numbers")
WHAT_IMPORTED = QT_TRANSLATE_NOOP("Engine", "items without a register number")
WHAT_NUMBER = QT_TRANSLATE_NOOP("Engine", "an item with a {label}")


def line_up(session: Session, unit_id: int) -> None:
    """Wait until no other import into the unit is being written; hold it off until this one
    commits or rolls back. Call it first in the import's write transaction, before planning.

    PostgreSQL: a transaction-level advisory lock per unit. SQLite: the write transaction
    (BEGIN IMMEDIATE) already holds every other writer off from its start.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            text("SELECT pg_advisory_xact_lock(CAST(:kind AS integer), CAST(:unit AS integer))"),
            {"kind": IMPORT_LOCK, "unit": unit_id},
        )


def remember_layout(
    session: Session, actor: Actor, signature: str, headings: list[str], fields: list[str | None]
) -> None:
    """Keep a layout's column mapping for the next file laid out alike (shared by the PCs).

    One statement that inserts or replaces it, so PCs importing files of a new layout at the
    same moment never both insert it; it stays a dated, audited change like any other.
    """
    saved = session.get(ImportLayout, signature)
    before = None if saved is None else list(saved.fields)
    if before == fields:
        return
    now = session.info["clock"]()
    dialect = session.get_bind().dialect.name
    upsert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(ImportLayout)
    values = {
        "headers": headings,
        "fields": fields,
        "updated_at": now,
        "updated_by": actor.username,
    }
    session.execute(
        upsert.values(signature=signature, **values).on_conflict_do_update(
            index_elements=[ImportLayout.__table__.c.signature], set_=values
        )
    )
    if saved is not None:
        session.expire(saved)
    add_entry(
        session,
        action="insert" if before is None else "update",
        entity=ImportLayout.__tablename__,
        entity_id=signature,
        old=None if before is None else {"fields": before},
        new={"fields": fields} if before is not None else {"headers": headings, "fields": fields},
    )


def explain_refusal(error: exc.IntegrityError, file_name: str) -> ConflictError | None:
    """What another PC saved while the file was being imported, when a database rule refused
    the import because of it; None for anything else (a bug)."""
    detail = str(error.orig)
    column = number_refused(error)
    if column is not None:
        what, label = WHAT_NUMBER, NUMBER_LABELS[column]
        return ConflictError(MSG_IMPORT_RACE, field=column, file=file_name, what=what, label=label)
    if "register_number" in detail:
        return ConflictError(MSG_IMPORT_RACE, file=file_name, what=WHAT_REGISTERS)
    if "import_key" in detail:
        return ConflictError(MSG_IMPORT_RACE, file=file_name, what=WHAT_IMPORTED)
    return None


def _room_code(name: str, taken: set[str]) -> str:
    """A short code for a room made by an import: its initials, ``RKU``, ``RKU-2`` …"""
    initials = "".join(word[0] for word in name_key(name).split())[:8].upper() or "R"
    code, number = initials, 1
    while code in taken:
        number += 1
        code = f"{initials}-{number}"
    taken.add(code)
    return code


def create_rooms(session: Session, unit_id: int, names: list[str]) -> dict[str, int]:
    """Add the rooms the file names and the register lacks; name -> new id."""
    taken = set(session.scalars(select(Room.code).where(Room.unit_id == unit_id)))
    created: dict[str, int] = {}
    for name in names:
        room = Room(
            unit_id=unit_id,
            code=_room_code(name, taken),
            name=name[:120],
            kind=RoomKind.OFFICE.value,
        )
        session.add(room)
        session.flush()
        created[name] = room.id
    return created


def _reserve_ids(session: Session, count: int) -> list[int]:
    """Ids for ``count`` new assets that no other writer can take meanwhile.

    PostgreSQL hands them out from the table's sequence; SQLite's write transaction (BEGIN
    IMMEDIATE) shuts every other writer out, so the numbers after the highest are free.
    """
    if not count:
        return []
    if session.get_bind().dialect.name == "postgresql":
        reserved = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('asset', 'id')) "
                "FROM generate_series(1, :count)"
            ),
            {"count": count},
        )
        return sorted(value for (value,) in reserved)
    first = (session.scalar(select(func.max(Asset.id))) or 0) + 1
    return list(range(first, first + count))


def _register_numbers(
    session: Session, unit_id: int, items: list[PlannedItem]
) -> dict[str, Iterator[int]]:
    """Each code's counter moved past the numbers the file gives, and on by its rows without a
    number; returns the numbers those rows get, in order (never reused, never handed out
    twice: the counters move in one statement each, in code order, see
    inventaris/assets/editing.py)."""
    highest: dict[str, int] = defaultdict(int)
    unnumbered: dict[str, int] = defaultdict(int)
    for item in items:
        highest[item.data.code] = max(highest[item.data.code], item.register_number or 0)
        if item.register_number is None:
            unnumbered[item.data.code] += 1
    numbers: dict[str, Iterator[int]] = {}
    for code in sorted(highest):
        count = unnumbered[code]
        last = advance_register_counter(session, unit_id, code, count, past=highest[code])
        numbers[code] = iter(range(last - count + 1, last + 1))
    return numbers


def write_plan(
    session: Session,
    actor: Actor,
    unit_id: int,
    plan: Plan,
    *,
    file_name: str,
    progress: Callable[[int], None] | None = None,
    today: date,
) -> None:
    try:
        _write_plan(
            session, actor, unit_id, plan, file_name=file_name, progress=progress, today=today
        )
    except exc.IntegrityError as error:
        refusal = explain_refusal(error, file_name)
        if refusal is None:
            raise
        raise refusal from None


def _write_plan(
    session: Session,
    actor: Actor,
    unit_id: int,
    plan: Plan,
    *,
    file_name: str,
    progress: Callable[[int], None] | None,
    today: date,
) -> None:
    rooms = {
        name_key(name): room_id
        for name, room_id in create_rooms(session, unit_id, plan.new_rooms).items()
    }
    room_names = dict(
        session.execute(select(Room.id, Room.name).where(Room.unit_id == unit_id)).all()
    )
    new_items = [item for item in plan.items if item.action == Action.NEW]
    numbers = _register_numbers(session, unit_id, new_items)
    words = code_words(session, {item.data.code for item in new_items})
    now = session.info["clock"]()
    rows: list[dict[str, Any]] = []
    keys = new_label_keys(len(new_items))
    for item, label_key in zip(new_items, keys, strict=True):
        values = {name: getattr(item.data, name) for name in INPUT_COLUMNS}
        if item.new_room:
            values["room_id"] = rooms[name_key(item.new_room)]
        register = item.register_number
        if register is None:
            register = next(numbers[item.data.code])
        values.update(
            unit_id=unit_id,
            register_number=register,
            status=AssetStatus.ACTIVE.value,
            label_key=label_key,
            import_key=item.import_key,
            created_at=now,
            updated_at=now,
            updated_by=actor.username,
            row_version=1,
        )
        room_name = room_names.get(values["room_id"], "")
        values["search_text"] = build_search_text(values, room_name, words[values["code"]])
        rows.append(values)
    session.flush()
    for row, asset_id in zip(rows, _reserve_ids(session, len(rows)), strict=True):
        row["id"] = asset_id
    connection = session.connection()
    # SQLite indexes each new asset's search words through a trigger, row by row; for a
    # bulk load it is a third faster to index them all in one statement (as the demo does).
    # The trigger's removal is part of this transaction: a rollback puts it back.
    bulk_fts = connection.dialect.name == "sqlite" and len(rows) > CHUNK
    if bulk_fts:
        connection.exec_driver_sql("DROP TRIGGER asset_fts_insert")
    done = 0
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        # Core statements without RETURNING: the ids are reserved above, and an ORM insert
        # of ten thousand rows would cost more than reading the file.
        connection.execute(insert(Asset), chunk)
        connection.execute(
            insert(AssetEvent),
            [
                {
                    "asset_id": row["id"],
                    "kind": EventKind.ACQUIRED.value,
                    "occurred_on": acquired_on(
                        row["acquisition_date"], row["acquisition_year"], today
                    ),
                    "recorded_at": now,
                    "recorded_by": actor.username,
                    "amount": row["price"],
                    "details": {
                        **acquired_details(row["acquisition_date"], row["acquisition_method"]),
                        "import": file_name,
                    },
                    "note": "",
                }
                for row in chunk
            ],
        )
        done += len(chunk)
        if progress is not None:
            progress(done)
    if bulk_fts:
        connection.execute(
            text(
                "INSERT INTO asset_fts(rowid, search_text) "
                "SELECT id, search_text FROM asset WHERE id >= :first"
            ),
            {"first": rows[0]["id"]},
        )
        connection.exec_driver_sql(FTS_INSERT_TRIGGER)
    for item in plan.items:
        if item.action != Action.UPDATE or item.asset_id is None:
            continue
        asset = load_asset(session, actor, item.asset_id)
        data = item.data
        if item.new_room:
            data = replace(data, room_id=rooms[name_key(item.new_room)])
        with session.no_autoflush:
            apply_changes(session, actor, asset, data, today, file_name)
        done += 1
        if progress is not None:
            progress(done)
    session.flush()
    add_entry(
        session,
        action="import",
        entity="asset",
        entity_id="",
        new={
            "file": file_name,
            "new": len(new_items),
            "updated": plan.count(Action.UPDATE),
            "unchanged": plan.count(Action.UNCHANGED),
            "rooms_created": plan.new_rooms,
        },
    )
