"""Buildings and rooms of a unit: where the register's items sit."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_lengths
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import rebuild_search_text
from inventaris.model import Asset, Building, Room


class RoomKind(enum.StrEnum):
    OFFICE = "office"
    MEETING = "meeting"
    STORAGE = "storage"
    RESIDENCE = "residence"
    OTHER = "other"


ROOM_KIND_LABELS = {
    RoomKind.OFFICE: QT_TRANSLATE_NOOP("Engine", "Office"),
    RoomKind.MEETING: QT_TRANSLATE_NOOP("Engine", "Meeting room"),
    RoomKind.STORAGE: QT_TRANSLATE_NOOP("Engine", "Storage"),
    RoomKind.RESIDENCE: QT_TRANSLATE_NOOP("Engine", "Residence"),
    RoomKind.OTHER: QT_TRANSLATE_NOOP("Engine", "Other"),
}

LABEL_ROOM_NAME = QT_TRANSLATE_NOOP("Engine", "Room name")
LABEL_ROOM_CODE = QT_TRANSLATE_NOOP("Engine", "Room code")
LABEL_BUILDING_NAME = QT_TRANSLATE_NOOP("Engine", "Building name")
LABEL_RESPONSIBLE_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the person responsible")
MSG_ROOM_CODE_TAKEN = QT_TRANSLATE_NOOP("Engine", "Room code: {code} is already used by {name}.")
MSG_NO_ROOM = QT_TRANSLATE_NOOP("Engine", "The room {id} does not exist.")
MSG_NO_BUILDING = QT_TRANSLATE_NOOP("Engine", "The building {id} does not exist.")
MSG_CAPACITY = QT_TRANSLATE_NOOP("Engine", "Capacity: a whole number of people from 1 to 5000.")
MSG_NOT_YOUR_UNIT = QT_TRANSLATE_NOOP("Engine", "{what} belongs to a unit you do not work in.")
MSG_NO_UNIT_ASSIGNED = QT_TRANSLATE_NOOP(
    "Engine", "Your account is not assigned to any unit; ask an Admin."
)


@dataclass(frozen=True)
class BuildingView:
    id: int
    unit_id: int
    name: str
    address: str


@dataclass(frozen=True)
class RoomInput:
    code: str
    name: str
    unit_id: int | None = None
    building_id: int | None = None
    floor: str = ""
    kind: RoomKind = RoomKind.OFFICE
    capacity: int | None = None
    facilities: str = ""
    responsible_name: str = ""
    responsible_nip: str = ""
    active: bool = True


@dataclass(frozen=True)
class RoomView:
    id: int
    unit_id: int
    building_id: int | None
    building_name: str
    code: str
    name: str
    floor: str
    kind: RoomKind
    capacity: int | None
    facilities: str
    responsible_name: str
    responsible_nip: str
    active: bool
    asset_count: int


def check_unit(actor: Actor, unit_id: int, what: str) -> None:
    if unit_id not in actor.unit_ids:
        raise ValidationError(MSG_NOT_YOUR_UNIT, field="unit", what=what)


def default_unit(actor: Actor) -> int:
    if not actor.unit_ids:
        raise ValidationError(MSG_NO_UNIT_ASSIGNED, field="unit")
    return min(actor.unit_ids)


# --- buildings -------------------------------------------------------------------------------


def list_buildings(db: Database, actor: Actor) -> list[BuildingView]:
    require(actor, Permission.VIEW)
    query = select(Building).where(Building.unit_id.in_(actor.unit_ids)).order_by(Building.name)
    with db.read() as session:
        return [BuildingView(b.id, b.unit_id, b.name, b.address) for b in session.scalars(query)]


def save_building(
    db: Database, actor: Actor, name: str, address: str = "", building_id: int | None = None
) -> BuildingView:
    require(actor, Permission.EDIT_ASSETS)
    clean_name = name.strip()
    if not clean_name:
        raise ValidationError(MSG_REQUIRED, field="name", label=LABEL_BUILDING_NAME)
    with db.write(actor) as session:
        if building_id is None:
            building = Building(unit_id=default_unit(actor), name=clean_name)
            session.add(building)
        else:
            found = session.get(Building, building_id)
            if found is None:
                raise NotFound(MSG_NO_BUILDING, id=building_id)
            check_unit(actor, found.unit_id, found.name)
            building = found
            building.name = clean_name
        building.address = address.strip()
        session.flush()
        return BuildingView(building.id, building.unit_id, building.name, building.address)


# --- rooms -----------------------------------------------------------------------------------


def _room_views(
    session: Session, actor: Actor, room_id: int | None = None, *, with_counts: bool = True
) -> list[RoomView]:
    counts = (
        select(Asset.room_id, func.count(Asset.id).label("count"))
        .where(Asset.status != "dihapus", Asset.room_id.is_not(None))
        .group_by(Asset.room_id)
        .subquery()
    )
    if not with_counts:  # a room picker needs no counts: skip the scan of every asset
        counts = (
            select(Asset.room_id, func.count(Asset.id).label("count"))
            .where(Asset.id.is_(None))
            .group_by(Asset.room_id)
            .subquery()
        )
    query = (
        select(Room, Building.name, func.coalesce(counts.c.count, 0))
        .outerjoin(Building, Building.id == Room.building_id)
        .outerjoin(counts, counts.c.room_id == Room.id)
        .where(Room.unit_id.in_(actor.unit_ids))
        .order_by(Room.code)
    )
    if room_id is not None:
        query = query.where(Room.id == room_id)
    return [
        RoomView(
            id=room.id,
            unit_id=room.unit_id,
            building_id=room.building_id,
            building_name=building_name or "",
            code=room.code,
            name=room.name,
            floor=room.floor,
            kind=RoomKind(room.kind),
            capacity=room.capacity,
            facilities=room.facilities,
            responsible_name=room.responsible_name,
            responsible_nip=room.responsible_nip,
            active=room.active,
            asset_count=int(count),
        )
        for room, building_name, count in session.execute(query)
    ]


def list_rooms(
    db: Database, actor: Actor, *, include_inactive: bool = False, with_counts: bool = True
) -> list[RoomView]:
    """The unit's rooms; ``asset_count`` is 0 throughout when ``with_counts`` is off."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        rooms = _room_views(session, actor, with_counts=with_counts)
    return rooms if include_inactive else [room for room in rooms if room.active]


def get_room(db: Database, actor: Actor, room_id: int) -> RoomView:
    require(actor, Permission.VIEW)
    with db.read() as session:
        found = _room_views(session, actor, room_id)
    if not found:
        raise NotFound(MSG_NO_ROOM, id=room_id)
    return found[0]


def _clean_room(data: RoomInput) -> RoomInput:
    code = data.code.strip().upper()
    name = data.name.strip()
    if not code:
        raise ValidationError(MSG_REQUIRED, field="code", label=LABEL_ROOM_CODE)
    if not name:
        raise ValidationError(MSG_REQUIRED, field="name", label=LABEL_ROOM_NAME)
    check_lengths(
        Room.__table__,
        {
            "code": code,
            "name": name,
            "floor": data.floor.strip(),
            "facilities": data.facilities.strip(),
            "responsible_name": data.responsible_name.strip(),
        },
        {"code": LABEL_ROOM_CODE, "name": LABEL_ROOM_NAME},
    )
    nip = data.responsible_nip.strip()
    if nip:
        nip = normalize_nip(nip, field="responsible_nip", label=LABEL_RESPONSIBLE_NIP)
    if data.capacity is not None and not 1 <= data.capacity <= 5000:
        raise ValidationError(MSG_CAPACITY, field="capacity")
    return RoomInput(
        code=code,
        name=name,
        unit_id=data.unit_id,
        building_id=data.building_id,
        floor=data.floor.strip(),
        kind=RoomKind(data.kind),
        capacity=data.capacity,
        facilities=data.facilities.strip(),
        responsible_name=data.responsible_name.strip(),
        responsible_nip=nip,
        active=data.active,
    )


def save_room(db: Database, actor: Actor, data: RoomInput, room_id: int | None = None) -> RoomView:
    """Add a room, or change one; a new name reaches its assets' search words at once."""
    require(actor, Permission.EDIT_ASSETS)
    clean = _clean_room(data)
    with db.write(actor) as session:
        if room_id is None:
            unit_id = clean.unit_id or default_unit(actor)
            check_unit(actor, unit_id, clean.name)
            room = Room(unit_id=unit_id)  # added to the session once it is complete
            renamed = False
        else:
            found = session.get(Room, room_id)
            if found is None:
                raise NotFound(MSG_NO_ROOM, id=room_id)
            check_unit(actor, found.unit_id, found.name)
            room = found
            renamed = room.name != clean.name
        taken = session.scalar(
            select(Room).where(
                Room.unit_id == room.unit_id, Room.code == clean.code, Room.id != (room_id or 0)
            )
        )
        if taken is not None:
            raise ValidationError(
                MSG_ROOM_CODE_TAKEN, field="code", code=clean.code, name=taken.name
            )
        if clean.building_id is not None:
            building = session.get(Building, clean.building_id)
            if building is None or building.unit_id != room.unit_id:
                raise NotFound(MSG_NO_BUILDING, id=clean.building_id)
        room.code, room.name, room.floor = clean.code, clean.name, clean.floor
        room.building_id, room.kind, room.capacity = clean.building_id, clean.kind, clean.capacity
        room.facilities, room.active = clean.facilities, clean.active
        room.responsible_name, room.responsible_nip = clean.responsible_name, clean.responsible_nip
        session.add(room)
        session.flush()
        if renamed:
            refresh_search_text(session, room_id=room.id)
        return _room_views(session, actor, room.id)[0]


def refresh_search_text(
    session: Session, *, room_id: int | None = None, asset_ids: list[int] | None = None
) -> None:
    """Recompute the search words of assets after their room (or they) changed."""
    where = []
    if room_id is not None:
        where.append(Asset.room_id == room_id)
    if asset_ids is not None:
        where.append(Asset.id.in_(asset_ids))
    rebuild_search_text(session, *where)
