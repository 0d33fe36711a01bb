"""Counting a place: scans and ticks, the progress of every place, a place's list, closing it.

Each scan is one short write that only adds a row, so several PCs can count other rooms (or,
by mistake, the same item in two rooms: both scans are kept and shown as a conflict).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.types import AssetStatus
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.labels import scanned_asset
from inventaris.model import (
    Asset,
    Stocktake,
    StocktakeItem,
    StocktakePlace,
    StocktakeScan,
)
from inventaris.stocktake.ledger import (
    Ledger,
    check_place,
    expects,
    live_counts,
    live_items,
    load_ledger,
    load_stocktake,
    place_of,
    recorded_of,
    room_names,
    snapshot,
)
from inventaris.stocktake.sessions import confirm_not_found
from inventaris.stocktake.types import (
    COUNTED_RESULTS,
    OUTSIDE_ROOMS,
    CheckMethod,
    FindingView,
    PlaceList,
    PlaceProgress,
    ScanOutcome,
    ScanResult,
)

MSG_EMPTY_SCAN = QT_TRANSLATE_NOOP("Engine", "The scanned line is empty.")
MSG_PLACE_CLOSED = QT_TRANSLATE_NOOP("Engine", "{place} is already closed in this stock-take.")
MSG_NOT_IN_UNIT = QT_TRANSLATE_NOOP("Engine", "The asset {id} is not an item of this unit.")
SCANNED_LENGTH = 120  # what is kept of a scanned line (a label line is at most 80)
_COUNTED = [result.value for result in COUNTED_RESULTS]


def finding_view(item: StocktakeItem, place_name: str) -> FindingView:
    return FindingView(
        id=item.id,
        place=item.place if item.place is not None else OUTSIDE_ROOMS,
        place_name=place_name,
        scanned=item.scanned,
        code=item.code,
        name=item.name,
        brand_type=item.brand_type,
        specification=item.specification,
        quantity=item.quantity,
        acquisition_year=item.acquisition_year,
        estimated_value=item.estimated_value,
        condition=item.observed_condition,
        improvement=item.improvement,
        improvement_of=item.improvement_of,
        note=item.note,
        registered_asset_id=item.registered_asset_id,
        row_version=item.row_version,
    )


def scan(db: Database, actor: Actor, stocktake_id: int, place: int, scanned: str) -> ScanOutcome:
    """One line from the scanner (label line, bare key, or kode barang + register)."""
    require(actor, Permission.EDIT_ASSETS)
    text = " ".join(scanned.split())[:SCANNED_LENGTH]
    if not text:
        raise ValidationError(MSG_EMPTY_SCAN, field="scan")
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        check_place(session, stocktake, place)
        asset_id = scanned_asset(session, [stocktake.unit_id], text)
        if asset_id is None:
            return _unknown(session, actor, stocktake, place, text)
        return _check(session, actor, stocktake, place, asset_id, text, CheckMethod.SCAN)


def tick(db: Database, actor: Actor, stocktake_id: int, place: int, asset_id: int) -> ScanOutcome:
    """Check an item by hand (it has no label, or the label cannot be read)."""
    require(actor, Permission.EDIT_ASSETS)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        check_place(session, stocktake, place)
        asset = session.get(Asset, asset_id)
        if asset is None or asset.unit_id != stocktake.unit_id:
            raise ValidationError(MSG_NOT_IN_UNIT, field="asset", id=asset_id)
        label = code_register(asset.code, asset.register_number)
        return _check(session, actor, stocktake, place, asset_id, label, CheckMethod.MANUAL)


def untick(db: Database, actor: Actor, stocktake_id: int, place: int, asset_id: int) -> int:
    """Take back the checks of an item in one place (a tick or scan made by mistake)."""
    require(actor, Permission.EDIT_ASSETS)
    with db.write(actor) as session:
        load_stocktake(session, actor, stocktake_id, open_only=True)
        scans = session.scalars(
            select(StocktakeScan).where(
                StocktakeScan.stocktake_id == stocktake_id,
                StocktakeScan.place == place,
                StocktakeScan.asset_id == asset_id,
            )
        ).all()
        for row in scans:  # one by one, so each removal is in the audit log
            session.delete(row)
        return len(scans)


def _unknown(
    session: Session, actor: Actor, stocktake: Stocktake, place: int, text: str
) -> ScanOutcome:
    """A code no item of the unit carries: kept as a finding to look into (III.A.7)."""
    now = session.info["clock"]()
    already = session.scalar(
        select(StocktakeItem.id).where(
            StocktakeItem.stocktake_id == stocktake.id,
            StocktakeItem.asset_id.is_(None),
            StocktakeItem.place == place,
            StocktakeItem.scanned == text,
        )
    )
    result = ScanResult.DUPLICATE if already is not None else ScanResult.UNKNOWN
    session.add(
        StocktakeScan(
            stocktake_id=stocktake.id,
            place=place,
            asset_id=None,
            scanned=text,
            method=CheckMethod.SCAN.value,
            result=result.value,
            scanned_at=now,
            scanned_by=actor.username,
        )
    )
    if already is None:
        session.add(
            StocktakeItem(
                stocktake_id=stocktake.id,
                place=place,
                scanned=text,
                corrections={},
                answered_at=now,
                answered_by=actor.username,
            )
        )
    session.flush()
    return ScanOutcome(result=result, scanned=text)


def _check(
    session: Session,
    actor: Actor,
    stocktake: Stocktake,
    place: int,
    asset_id: int,
    text: str,
    method: CheckMethod,
) -> ScanOutcome:
    asset = session.get(Asset, asset_id)
    assert asset is not None
    now = session.info["clock"]()
    earlier = session.execute(
        select(StocktakeScan.place, StocktakeScan.recorded)
        .where(
            StocktakeScan.stocktake_id == stocktake.id,
            StocktakeScan.asset_id == asset_id,
            StocktakeScan.result.in_(_COUNTED),
        )
        .order_by(StocktakeScan.id)
    ).all()
    answer = session.scalar(
        select(StocktakeItem).where(
            StocktakeItem.stocktake_id == stocktake.id, StocktakeItem.asset_id == asset_id
        )
    )
    names = room_names(session, stocktake.unit_id)
    other_place = ""
    if asset.status == AssetStatus.DISPOSED.value:
        result = ScanResult.DISPOSED
        recorded = snapshot(asset, names.get(place_of(asset.room_id), ("", ""))[1])
    elif earlier:
        recorded = dict(earlier[0][1] or {})
        places = {row[0] for row in earlier}
        result = ScanResult.DUPLICATE if place in places else ScanResult.CONFLICT
        if result is ScanResult.CONFLICT:
            other_place = names.get(earlier[0][0], ("", ""))[1]
    else:
        if answer is not None and answer.presence and answer.recorded:
            recorded = dict(answer.recorded)  # confirmed not found, found after all
        else:
            recorded = snapshot(asset, names.get(place_of(asset.room_id), ("", ""))[1])
        result = ScanResult.FOUND if int(recorded["place"]) == place else ScanResult.MISPLACED
        if answer is not None:
            answer.presence = ""
    session.add(
        StocktakeScan(
            stocktake_id=stocktake.id,
            place=place,
            asset_id=asset_id,
            scanned=text,
            method=method.value,
            result=result.value,
            recorded=recorded,
            scanned_at=now,
            scanned_by=actor.username,
        )
    )
    session.flush()
    view = recorded_of(recorded)
    return ScanOutcome(
        result=result,
        scanned=text,
        asset_id=asset_id,
        code_register=view.code_register,
        name=view.name,
        expected_place_name=view.place_name if result is ScanResult.MISPLACED else "",
        other_place_name=other_place,
        disposed_on=asset.disposed_on,
    )


def close_place(db: Database, actor: Actor, stocktake_id: int, place: int) -> int:
    """End the count of a place: the items not checked there are confirmed not found.
    Returns how many. A later scan of one of them still finds it."""
    require(actor, Permission.EDIT_ASSETS)
    with db.write(actor) as session:
        stocktake = load_stocktake(session, actor, stocktake_id, open_only=True)
        check_place(session, stocktake, place)
        closed = session.scalar(
            select(StocktakePlace.id).where(
                StocktakePlace.stocktake_id == stocktake_id, StocktakePlace.place == place
            )
        )
        if closed is not None:
            raise ValidationError(
                MSG_PLACE_CLOSED,
                field="room",
                place=room_names(session, stocktake.unit_id).get(place, ("", str(place)))[1],
            )
        return confirm_not_found(session, actor, stocktake, place)


def _progress(ledger: Ledger, live: dict[int, int]) -> dict[int, PlaceProgress]:
    expected = dict(live)
    checked: dict[int, int] = {}
    strangers: dict[int, int] = {}
    for recorded in ledger.settled():
        if not _expected(ledger, recorded.code, recorded.place):
            continue
        expected[recorded.place] = expected.get(recorded.place, 0) + 1
        checked[recorded.place] = checked.get(recorded.place, 0) + 1
    for asset_id, (found, recorded, _method) in ledger.first_check.items():
        del asset_id
        if found != recorded.place:
            strangers[found] = strangers.get(found, 0) + 1
    places = set(ledger.rooms) if ledger.rooms is not None else set(ledger.names)
    progress = {}
    for place in places:
        code, name = ledger.names.get(place, ("", str(place)))
        progress[place] = PlaceProgress(
            place=place,
            code=code,
            name=name,
            expected=expected.get(place, 0),
            checked=checked.get(place, 0),
            misplaced_here=strangers.get(place, 0),
            closed=place in ledger.closed_places,
        )
    return progress


def _expected(ledger: Ledger, code: str, place: int) -> bool:
    return expects(ledger.stocktake, ledger.rooms, {"code": code, "place": place})


def places(db: Database, actor: Actor, stocktake_id: int) -> list[PlaceProgress]:
    """Every place the stock-take counts, with its progress: rooms by code, then the rest."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        ledger = load_ledger(session, stocktake)
        progress = _progress(ledger, live_counts(session, ledger))
    rows = [row for row in progress.values() if row.expected or row.place != OUTSIDE_ROOMS]
    return sorted(rows, key=lambda row: (row.place == OUTSIDE_ROOMS, row.code, row.name))


def place_list(db: Database, actor: Actor, stocktake_id: int, place: int) -> PlaceList:
    """A place's expected list (its KIR as the count sees it), the items of other places found
    here, and the findings noted here."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        ledger = load_ledger(session, stocktake)
        progress = _progress(ledger, live_counts(session, ledger))
        settled = [
            ledger.check(recorded)
            for recorded in ledger.settled()
            if recorded.place == place and _expected(ledger, recorded.code, recorded.place)
        ]
        live = [ledger.check(recorded) for recorded in live_items(session, ledger, place)]
        items = sorted(
            settled + live, key=lambda row: (row.recorded.code, row.recorded.register_number)
        )
        strangers = [
            ledger.check(recorded)
            for found, recorded, _method in ledger.first_check.values()
            if found == place and recorded.place != place
        ]
        findings = [
            finding_view(item, ledger.place_name(place))
            for item in session.scalars(
                select(StocktakeItem)
                .where(
                    StocktakeItem.stocktake_id == stocktake_id,
                    StocktakeItem.asset_id.is_(None),
                    StocktakeItem.place == place,
                )
                .order_by(StocktakeItem.id)
            )
        ]
    code, name = ledger.names.get(place, ("", str(place)))
    return PlaceList(
        progress=progress.get(place, PlaceProgress(place, code, name, 0, 0, 0, False)),
        items=tuple(items),
        strangers=tuple(sorted(strangers, key=lambda row: row.recorded.code_register)),
        findings=tuple(findings),
    )
