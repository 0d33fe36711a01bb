"""Starting, changing, listing and finishing stock-takes. One is open at a time per unit."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, exc, insert, select
from sqlalchemy.orm import Session

from inventaris.assets.editing import today_in
from inventaris.catalog import KIB_BY_JENIS
from inventaris.core.audit import add_entry
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ConflictError, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.permissions import Actor, Permission, require
from inventaris.locations import check_unit, default_unit
from inventaris.model import Room, Stocktake, StocktakeItem, StocktakePlace, StocktakeRoom
from inventaris.stocktake.ledger import (
    Ledger,
    live_items,
    load_ledger,
    load_stocktake,
    scope_rooms,
    snapshot_of_recorded,
)
from inventaris.stocktake.types import (
    OUTSIDE_ROOMS,
    Presence,
    StocktakeInput,
    StocktakeView,
    TeamMember,
)

LABEL_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the stock-take")
LABEL_TEAM_NAME = QT_TRANSLATE_NOOP("Engine", "Team member {row}: name")
LABEL_TEAM_NIP = QT_TRANSLATE_NOOP("Engine", "Team member {row}: NIP")
MSG_ONE_OPEN = QT_TRANSLATE_NOOP(
    "Engine",
    "The stock-take {name} is still open in this unit; finish it before starting another.",
)
MSG_ENDS_BEFORE = QT_TRANSLATE_NOOP("Engine", "End date: {end} is before the start date {start}.")
MSG_KIB = QT_TRANSLATE_NOOP("Engine", "KIB: {value} is not one of A, B, C, D, E, F.")
MSG_SCOPE_ROOM = QT_TRANSLATE_NOOP("Engine", "Rooms: the room {id} is not a room of this unit.")
MSG_CHANGED = QT_TRANSLATE_NOOP(
    "Engine", "{who} changed this stock-take after you opened it. Reload it, then try again."
)
KIBS = tuple(sorted(set(KIB_BY_JENIS.values())))


def stocktake_view(session: Session, stocktake: Stocktake) -> StocktakeView:
    rooms = scope_rooms(session, stocktake.id)
    return StocktakeView(
        id=stocktake.id,
        unit_id=stocktake.unit_id,
        name=stocktake.name,
        decree_number=stocktake.decree_number,
        decree_date=stocktake.decree_date,
        started_on=stocktake.started_on,
        ends_on=stocktake.ends_on,
        team=tuple(
            TeamMember(member.get("name", ""), member.get("nip", ""), member.get("role", ""))
            for member in stocktake.team or []
        ),
        room_ids=tuple(sorted(rooms or ())),
        kibs=tuple(kib for kib in stocktake.kibs.split(",") if kib),
        closed_at=stocktake.closed_at,
        closed_by=stocktake.closed_by,
        created_at=stocktake.created_at,
        created_by=stocktake.created_by,
        row_version=stocktake.row_version,
    )


def _clean(session: Session, data: StocktakeInput, unit_id: int, today: date) -> StocktakeInput:
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError(MSG_REQUIRED, field="name", label=LABEL_NAME)
    started_on = data.started_on or today
    if data.ends_on is not None and data.ends_on < started_on:
        raise ValidationError(
            MSG_ENDS_BEFORE,
            field="ends_on",
            end=data.ends_on.strftime("%d-%m-%Y"),
            start=started_on.strftime("%d-%m-%Y"),
        )
    team = []
    for row, member in enumerate(data.team, start=1):
        member_name = " ".join(member.name.split())
        if not member_name and not member.nip.strip():
            continue
        if not member_name:
            raise ValidationError(
                MSG_REQUIRED, field="team", label=LABEL_TEAM_NAME.replace("{row}", str(row))
            )
        nip = member.nip.strip()
        if nip:
            label = LABEL_TEAM_NIP.replace("{row}", str(row))
            nip = normalize_nip(nip, field="team", label=label)
        team.append(TeamMember(member_name, nip, " ".join(member.role.split())))
    kibs = []
    for kib in data.kibs:
        value = kib.strip().upper()
        if value not in KIBS:
            raise ValidationError(MSG_KIB, field="kibs", value=kib)
        kibs.append(value)
    for room_id in data.room_ids:
        room = session.get(Room, room_id)
        if room is None or room.unit_id != unit_id:
            raise ValidationError(MSG_SCOPE_ROOM, field="rooms", id=room_id)
    return StocktakeInput(
        name=name,
        decree_number=data.decree_number.strip(),
        decree_date=data.decree_date,
        started_on=started_on,
        ends_on=data.ends_on,
        team=tuple(team),
        room_ids=tuple(sorted(set(data.room_ids))),
        kibs=tuple(sorted(set(kibs))),
        unit_id=unit_id,
    )


def _team_json(team: tuple[TeamMember, ...]) -> list[dict[str, str]]:
    return [{"name": m.name, "nip": m.nip, "role": m.role} for m in team]


def _open_one(session: Session, unit_id: int) -> Stocktake | None:
    return session.scalar(
        select(Stocktake).where(Stocktake.unit_id == unit_id, Stocktake.closed_at.is_(None))
    )


def start_stocktake(db: Database, actor: Actor, data: StocktakeInput) -> StocktakeView:
    """Open a stock-take. The register keeps working: nothing is frozen."""
    require(actor, Permission.EDIT_ASSETS)
    unit_id = data.unit_id or default_unit(actor)
    check_unit(actor, unit_id, data.name)
    today = today_in(db)
    try:
        with db.write(actor) as session:
            clean = _clean(session, data, unit_id, today)
            already = _open_one(session, unit_id)
            if already is not None:
                raise ValidationError(MSG_ONE_OPEN, field="name", name=already.name)
            assert clean.started_on is not None
            stocktake = Stocktake(
                unit_id=unit_id,
                name=clean.name,
                decree_number=clean.decree_number,
                decree_date=clean.decree_date,
                started_on=clean.started_on,
                ends_on=clean.ends_on,
                kibs=",".join(clean.kibs),
                team=_team_json(clean.team),
                created_at=db.clock(),
                created_by=actor.username,
            )
            session.add(stocktake)
            session.flush()
            for room_id in clean.room_ids:
                session.add(StocktakeRoom(stocktake_id=stocktake.id, room_id=room_id))
            session.flush()
            return stocktake_view(session, stocktake)
    except exc.IntegrityError:
        # Another PC opened one at the same moment: the unique index kept it to one.
        with db.read() as session:
            other = _open_one(session, unit_id)
        raise ValidationError(
            MSG_ONE_OPEN, field="name", name=other.name if other else data.name
        ) from None


def update_stocktake(
    db: Database, actor: Actor, stocktake_id: int, data: StocktakeInput, row_version: int
) -> StocktakeView:
    """Change the name, decree, dates and team. The scope is fixed once counting starts."""
    require(actor, Permission.EDIT_ASSETS)
    today = today_in(db)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        if stocktake.row_version != row_version:
            raise ConflictError(MSG_CHANGED, who=stocktake.created_by)
        clean = _clean(session, data, stocktake.unit_id, today)
        assert clean.started_on is not None
        stocktake.name = clean.name
        stocktake.decree_number = clean.decree_number
        stocktake.decree_date = clean.decree_date
        stocktake.started_on = clean.started_on
        stocktake.ends_on = clean.ends_on
        stocktake.team = _team_json(clean.team)
        stocktake.kibs = ",".join(clean.kibs)
        session.execute(delete(StocktakeRoom).where(StocktakeRoom.stocktake_id == stocktake.id))
        for room_id in clean.room_ids:
            session.add(StocktakeRoom(stocktake_id=stocktake.id, room_id=room_id))
        session.flush()
        return stocktake_view(session, stocktake)


def finish_stocktake(db: Database, actor: Actor, stocktake_id: int) -> StocktakeView:
    """Close the count: what was never checked is confirmed not found, as the register had
    it now, so the results no longer move when the register does."""
    require(actor, Permission.EDIT_ASSETS)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        now = db.clock()
        confirm_not_found(session, actor, stocktake, None)
        stocktake.closed_at = now
        stocktake.closed_by = actor.username
        session.flush()
        return stocktake_view(session, stocktake)


def confirm_not_found(
    session: Session, actor: Actor, stocktake: Stocktake, place: int | None
) -> int:
    """Mark the unchecked items of one place (or of every place) not found; close the place(s).
    Returns how many items were marked."""
    ledger = load_ledger(session, stocktake)
    now = session.info["clock"]()
    items = live_items(session, ledger, place)
    answered = [recorded for recorded in items if recorded.asset_id in ledger.answers]
    for start in range(0, len(answered), 500):
        chunk = {recorded.asset_id: recorded for recorded in answered[start : start + 500]}
        for answer in session.scalars(
            select(StocktakeItem).where(
                StocktakeItem.stocktake_id == stocktake.id, StocktakeItem.asset_id.in_(chunk)
            )
        ):
            assert answer.asset_id is not None
            answer.presence = Presence.NOT_FOUND.value
            answer.recorded = snapshot_of_recorded(chunk[answer.asset_id])
            answer.answered_at = now
            answer.answered_by = actor.username
    fresh = [recorded for recorded in items if recorded.asset_id not in ledger.answers]
    if fresh:
        # One statement and one audit entry for what can be the whole register at the end.
        session.execute(
            insert(StocktakeItem),
            [
                {
                    "stocktake_id": stocktake.id,
                    "asset_id": recorded.asset_id,
                    "presence": Presence.NOT_FOUND.value,
                    "recorded": snapshot_of_recorded(recorded),
                    "corrections": {},
                    "answered_at": now,
                    "answered_by": actor.username,
                }
                for recorded in fresh
            ],
        )
        add_entry(
            session,
            action="not_found_confirmed",
            entity="stocktake_item",
            entity_id=str(stocktake.id),
            new={"place": place, "asset_ids": [recorded.asset_id for recorded in fresh]},
        )
    places = {place} if place is not None else _all_places(ledger)
    for each in sorted(places - ledger.closed_places):
        session.add(
            StocktakePlace(
                stocktake_id=stocktake.id, place=each, closed_at=now, closed_by=actor.username
            )
        )
    session.flush()
    return len(items)


def _all_places(ledger: Ledger) -> set[int]:
    if ledger.rooms is not None:
        return set(ledger.rooms)
    return {OUTSIDE_ROOMS, *ledger.names}


def list_stocktakes(db: Database, actor: Actor) -> list[StocktakeView]:
    """Every stock-take of the actor's units, the newest first."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        rows = session.scalars(
            select(Stocktake)
            .where(Stocktake.unit_id.in_(actor.unit_ids))
            .order_by(Stocktake.started_on.desc(), Stocktake.id.desc())
        )
        return [stocktake_view(session, stocktake) for stocktake in rows]


def get_stocktake(db: Database, actor: Actor, stocktake_id: int) -> StocktakeView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        return stocktake_view(session, load_stocktake(session, actor, stocktake_id))
