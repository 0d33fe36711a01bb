"""What a stock-take expects and what it has seen, read inside an open unit of work.

The register keeps working during a count, so each item is compared against the register *as it
was when it was checked*: the first check's snapshot (or, for an item confirmed not found, the
snapshot taken then). Items not yet settled are expected where the register has them now.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, String, exists, false, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from inventaris.assets.types import AssetStatus
from inventaris.catalog import KIB_BY_JENIS
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor
from inventaris.model import (
    Asset,
    Room,
    Stocktake,
    StocktakeItem,
    StocktakePlace,
    StocktakeRoom,
    StocktakeScan,
)
from inventaris.stocktake.types import (
    COUNTED_RESULTS,
    OUTSIDE_ROOMS,
    PLACE_OUTSIDE_ROOMS,
    ItemCheck,
    Recorded,
)

MSG_NO_STOCKTAKE = QT_TRANSLATE_NOOP("Engine", "The stock-take {id} does not exist.")
MSG_CLOSED = QT_TRANSLATE_NOOP(
    "Engine", "The stock-take {name} is finished; its counts can no longer change."
)
MSG_PLACE = QT_TRANSLATE_NOOP("Engine", "Room: {place} is not counted in the stock-take {name}.")

_COUNTED = [result.value for result in COUNTED_RESULTS]
JENIS_BY_KIB = {kib: jenis for jenis, kib in KIB_BY_JENIS.items()}


def load_stocktake(
    session: Session, actor: Actor, stocktake_id: int, *, open_only: bool = False
) -> Stocktake:
    stocktake = session.get(Stocktake, stocktake_id)
    if stocktake is None or stocktake.unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_STOCKTAKE, id=stocktake_id)
    if open_only and stocktake.closed_at is not None:
        raise ValidationError(MSG_CLOSED, field="stocktake", name=stocktake.name)
    return stocktake


def scope_rooms(session: Session, stocktake_id: int) -> set[int] | None:
    """The rooms counted; None: every room and the items outside rooms."""
    rooms = set(
        session.scalars(
            select(StocktakeRoom.room_id).where(StocktakeRoom.stocktake_id == stocktake_id)
        )
    )
    return rooms or None


def kibs_of(stocktake: Stocktake) -> tuple[str, ...]:
    return _kibs(stocktake.kibs)


@functools.lru_cache(maxsize=64)
def _kibs(kibs: str) -> tuple[str, ...]:
    return tuple(kib for kib in kibs.split(",") if kib)


@functools.lru_cache(maxsize=64)
def _prefixes(kibs: str) -> tuple[str, ...]:
    return tuple(f"{JENIS_BY_KIB[kib]}." for kib in _kibs(kibs))


def place_of(room_id: int | None) -> int:
    return room_id if room_id is not None else OUTSIDE_ROOMS


def room_names(session: Session, unit_id: int) -> dict[int, tuple[str, str]]:
    """Every place of the unit: (code, name), the items outside rooms as place 0."""
    names = {OUTSIDE_ROOMS: ("", PLACE_OUTSIDE_ROOMS)}
    for room_id, code, name in session.execute(
        select(Room.id, Room.code, Room.name).where(Room.unit_id == unit_id)
    ):
        names[room_id] = (code, name)
    return names


def snapshot(asset: Asset, place_name: str) -> dict[str, Any]:
    """The register's answer for one item, kept with the check (JSON)."""
    return {
        "asset_id": asset.id,
        "code": asset.code,
        "register_number": asset.register_number,
        "name": asset.name,
        "brand_type": asset.brand_type,
        "specification": asset.specification,
        "condition": asset.condition,
        "place": place_of(asset.room_id),
        "place_name": place_name,
        "status": asset.status,
        "price": asset.price,
        "acquisition_year": asset.acquisition_year,
        "plate_number": asset.plate_number,
        "holder_name": asset.holder_name,
    }


def snapshot_of_recorded(recorded: Recorded) -> dict[str, Any]:
    return {name: getattr(recorded, name) for name in Recorded.__dataclass_fields__}


def recorded_of(values: dict[str, Any]) -> Recorded:
    return Recorded(
        asset_id=int(values["asset_id"]),
        code=str(values["code"]),
        register_number=int(values["register_number"]),
        name=str(values["name"]),
        brand_type=str(values.get("brand_type", "")),
        specification=str(values.get("specification", "")),
        condition=str(values["condition"]),
        place=int(values["place"]),
        place_name=str(values.get("place_name", "")),
        status=str(values.get("status", AssetStatus.ACTIVE.value)),
        price=int(values.get("price", 0)),
        acquisition_year=int(values.get("acquisition_year", 0)),
        plate_number=str(values.get("plate_number", "")),
        holder_name=str(values.get("holder_name", "")),
    )


_LIVE_COLUMNS = (
    Asset.id,
    Asset.code,
    Asset.register_number,
    Asset.name,
    Asset.brand_type,
    Asset.specification,
    Asset.condition,
    Asset.room_id,
    Asset.status,
    Asset.price,
    Asset.acquisition_year,
    Asset.plate_number,
    Asset.holder_name,
)


def in_scope(
    stocktake: Stocktake, rooms: set[int] | None, *, unsettled: bool = True
) -> list[ColumnElement[bool]]:
    """The register items a stock-take expects now (those not settled by a check or an answer
    when ``unsettled``)."""
    where: list[ColumnElement[bool]] = [
        Asset.unit_id == stocktake.unit_id,
        Asset.status != AssetStatus.DISPOSED.value,
    ]
    kibs = kibs_of(stocktake)
    if kibs:
        where.append(or_(*(Asset.code.like(f"{JENIS_BY_KIB[kib]}.%") for kib in kibs)))
    if rooms is not None:
        where.append(Asset.room_id.in_(rooms))
    if unsettled:
        where.append(~exists().where(*_checked(stocktake.id)))
        where.append(~exists().where(*_answered(stocktake.id)))
        if stocktake.closed_at is not None:
            # Finishing settled every item it expected: what entered the register (or the
            # scope) since was never part of this count.
            where.append(false())
    return where


def _checked(stocktake_id: int) -> list[ColumnElement[bool]]:
    return [
        StocktakeScan.stocktake_id == stocktake_id,
        StocktakeScan.asset_id == Asset.id,
        StocktakeScan.result.in_(_COUNTED),
    ]


def _answered(stocktake_id: int) -> list[ColumnElement[bool]]:
    return [
        StocktakeItem.stocktake_id == stocktake_id,
        StocktakeItem.asset_id == Asset.id,
        StocktakeItem.presence != "",
    ]


def expects(
    stocktake: Stocktake, rooms: set[int] | None, recorded: Recorded | dict[str, Any]
) -> bool:
    """Whether a settled item, as the register had it then, belongs to the stock-take."""
    code = recorded.code if isinstance(recorded, Recorded) else str(recorded["code"])
    place = recorded.place if isinstance(recorded, Recorded) else int(recorded["place"])
    prefixes = _prefixes(stocktake.kibs)
    if prefixes and not code.startswith(prefixes):
        return False
    return rooms is None or place in rooms


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer row as read for the counts (plain values: 100,000 of them load quickly)."""

    presence: str
    recorded: dict[str, Any] | None
    observed_condition: str
    corrections: dict[str, str]
    user_kind: str
    user_name: str
    user_nip: str
    user_document: str
    twin: str
    land_not_owned: bool
    note: str
    row_version: int
    answered_by: str


# Most answers have no corrections: read them raw and decode only the others.
_ANSWER_COLUMNS = tuple(
    type_coerce(StocktakeItem.corrections, String)
    if name == "corrections"
    else getattr(StocktakeItem, name)
    for name in Answer.__slots__
)
_CORRECTIONS = Answer.__slots__.index("corrections")


def _corrections(raw: object) -> dict[str, str]:
    if isinstance(raw, dict):  # psycopg decodes JSON itself
        return raw
    if not raw or raw == "{}":
        return {}
    value = json.loads(str(raw))
    return value if isinstance(value, dict) else {}


@dataclass
class Ledger:
    """Everything checked and answered in a stock-take, plus the unsettled register items."""

    stocktake: Stocktake
    rooms: set[int] | None
    names: dict[int, tuple[str, str]]
    first_check: dict[int, tuple[int, Recorded, str]] = field(default_factory=dict)
    check_places: dict[int, set[int]] = field(default_factory=dict)
    answers: dict[int, Answer] = field(default_factory=dict)
    closed_places: set[int] = field(default_factory=set)

    def recorded(self, asset_id: int) -> Recorded | None:
        """How the register had a settled item; None when it is not settled."""
        if asset_id in self.first_check:
            return self.first_check[asset_id][1]
        answer = self.answers.get(asset_id)
        if answer is not None and answer.presence and answer.recorded:
            return recorded_of(answer.recorded)
        return None

    def settled(self) -> Iterable[Recorded]:
        seen: set[int] = set()
        for asset_id in [*self.first_check, *self.answers]:
            if asset_id in seen:
                continue
            seen.add(asset_id)
            recorded = self.recorded(asset_id)
            if recorded is not None:
                yield recorded

    def check(self, recorded: Recorded) -> ItemCheck:
        first = self.first_check.get(recorded.asset_id)
        answer = self.answers.get(recorded.asset_id)
        return ItemCheck(
            recorded=recorded,
            found_place=first[0] if first else None,
            method=first[2] if first else "",
            presence=answer.presence if answer is not None and first is None else "",
            observed_condition=answer.observed_condition if answer is not None else "",
            note=answer.note if answer is not None else "",
            conflict=len(self.check_places.get(recorded.asset_id, ())) > 1,
            has_answer=answer is not None,
        )

    def place_name(self, place: int) -> str:
        return self.names.get(place, ("", ""))[1]


def load_ledger(session: Session, stocktake: Stocktake) -> Ledger:
    ledger = Ledger(
        stocktake=stocktake,
        rooms=scope_rooms(session, stocktake.id),
        names=room_names(session, stocktake.unit_id),
    )
    scans = session.execute(
        select(
            StocktakeScan.asset_id,
            StocktakeScan.place,
            StocktakeScan.recorded,
            StocktakeScan.method,
        )
        .where(
            StocktakeScan.stocktake_id == stocktake.id,
            StocktakeScan.asset_id.is_not(None),
            StocktakeScan.result.in_(_COUNTED),
        )
        .order_by(StocktakeScan.id)
    )
    for asset_id, place, recorded, method in scans:
        if asset_id is None or recorded is None:
            continue
        ledger.check_places.setdefault(asset_id, set()).add(place)
        if asset_id not in ledger.first_check:
            ledger.first_check[asset_id] = (place, recorded_of(recorded), method)
    answers = session.execute(
        select(StocktakeItem.asset_id, *_ANSWER_COLUMNS).where(
            StocktakeItem.stocktake_id == stocktake.id, StocktakeItem.asset_id.is_not(None)
        )
    )
    for asset_id, *values in answers:
        values[_CORRECTIONS] = _corrections(values[_CORRECTIONS])
        ledger.answers[asset_id] = Answer(*values)
    ledger.closed_places = set(
        session.scalars(
            select(StocktakePlace.place).where(StocktakePlace.stocktake_id == stocktake.id)
        )
    )
    return ledger


def live_items(session: Session, ledger: Ledger, place: int | None = None) -> list[Recorded]:
    """The unsettled items the register expects (in one place, or everywhere)."""
    where = in_scope(ledger.stocktake, ledger.rooms)
    if place is not None:
        where.append(place_clause(place))
    rows = session.execute(
        select(*_LIVE_COLUMNS).where(*where).order_by(Asset.code, Asset.register_number)
    )
    return [
        Recorded(
            asset_id=row.id,
            code=row.code,
            register_number=row.register_number,
            name=row.name,
            brand_type=row.brand_type,
            specification=row.specification,
            condition=row.condition,
            place=place_of(row.room_id),
            place_name=ledger.place_name(place_of(row.room_id)),
            status=row.status,
            price=row.price,
            acquisition_year=row.acquisition_year,
            plate_number=row.plate_number,
            holder_name=row.holder_name,
        )
        for row in rows
    ]


def live_counts(session: Session, ledger: Ledger) -> dict[int, int]:
    """How many unsettled items the register expects in each place."""
    place = func.coalesce(Asset.room_id, OUTSIDE_ROOMS)
    rows = session.execute(
        select(place, func.count()).where(*in_scope(ledger.stocktake, ledger.rooms)).group_by(place)
    )
    return {int(key): int(count) for key, count in rows}


def place_clause(place: int) -> ColumnElement[bool]:
    return Asset.room_id.is_(None) if place == OUTSIDE_ROOMS else Asset.room_id == place


def check_place(session: Session, stocktake: Stocktake, place: int) -> None:
    """Refuse a place the stock-take does not count (or a room of another unit)."""
    rooms = scope_rooms(session, stocktake.id)
    if place == OUTSIDE_ROOMS:
        allowed = rooms is None
    else:
        room = session.get(Room, place)
        allowed = (
            room is not None
            and room.unit_id == stocktake.unit_id
            and (rooms is None or place in rooms)
        )
    if not allowed:
        label = str(place)
        if place != OUTSIDE_ROOMS:
            room = session.get(Room, place)
            label = room.name if room is not None else label
        raise ValidationError(MSG_PLACE, field="room", place=label, name=stocktake.name)
