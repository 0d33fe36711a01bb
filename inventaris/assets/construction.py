"""Finishing a construction in progress (KDP, KIB F): the works become a building (KIB C).

The KDP item leaves the register on the day the works are handed over, and a new KIB C item
enters it that day at the same value, with the building's details carried over. Both items'
events name the other (``to`` / ``from``), so either history leads to the other, and the Mutasi
shows the value leaving 1.3.6 and entering 1.3.3 on that date. One transaction: both or neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from inventaris.assets.editing import (
    conflict,
    create_in_session,
    ensure_not_disposed,
    load_asset,
    record_event,
    today_in,
    touch,
)
from inventaris.assets.types import INPUT_COLUMNS, AssetInput, AssetStatus, EventKind
from inventaris.assets.validation import LABELS, MSG_FUTURE_DATE, validate_asset
from inventaris.catalog import check_code, kib_of
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import AssetEvent

# The disposal reason of a KDP that became a building: not one of the reasons a person picks.
FINISHED_REASON = "selesai dibangun"

LABEL_HANDOVER = QT_TRANSLATE_NOOP("Engine", "Handover document (BAST) no.")
LABEL_FINISHED_ON = QT_TRANSLATE_NOOP("Engine", "Date finished")
MSG_NOT_WORKS = QT_TRANSLATE_NOOP(
    "Engine",
    "{asset} is KIB {kib}; only a construction in progress (KIB F) can be finished into a "
    "building.",
)
MSG_NOT_BUILDING = QT_TRANSLATE_NOOP(
    "Engine", "Kode barang: {code} is KIB {kib}; a finished construction becomes a KIB C item."
)
MSG_BEFORE_START = QT_TRANSLATE_NOOP(
    "Engine", "Date finished: {value} is before the works were recorded ({acquired})."
)


@dataclass(frozen=True)
class FinishedConstruction:
    works: str  # the KDP's code and register, now disposed of
    building: str  # the new KIB C item's code and register
    building_id: int


def finish_construction(
    db: Database,
    actor: Actor,
    asset_id: int,
    *,
    code: str,
    name: str,
    handover_number: str,
    expected_version: int,
    finished_on: date | None = None,
    note: str = "",
) -> FinishedConstruction:
    """Turn the KIB F item into a new KIB C item under ``code``, dated ``finished_on``."""
    require(actor, Permission.EDIT_ASSETS)
    today = today_in(db)
    when = finished_on or today
    if when > today:
        raise ValidationError(
            MSG_FUTURE_DATE,
            field="finished_on",
            label=LABEL_FINISHED_ON,
            value=when.strftime("%d-%m-%Y"),
        )
    new_code = check_code(code) if code.strip() else ""
    if not new_code:
        raise ValidationError(MSG_REQUIRED, field="code", label=LABELS["code"])
    if kib_of(new_code) != "C":
        raise ValidationError(
            MSG_NOT_BUILDING, field="code", code=new_code, kib=kib_of(new_code) or "-"
        )
    handover = handover_number.strip()
    if not handover:
        raise ValidationError(MSG_REQUIRED, field="handover_number", label=LABEL_HANDOVER)
    try:
        with db.write(actor) as session:
            works = load_asset(session, actor, asset_id)
            if works.row_version != expected_version:
                raise conflict(db, actor, asset_id)
            ensure_not_disposed(works)
            works_label = code_register(works.code, works.register_number)
            if kib_of(works.code) != "F":
                raise ValidationError(
                    MSG_NOT_WORKS, field="code", asset=works_label, kib=kib_of(works.code) or "-"
                )
            started = works.acquisition_date or date(works.acquisition_year, 1, 1)
            if when < started:
                raise ValidationError(
                    MSG_BEFORE_START,
                    field="finished_on",
                    value=when.strftime("%d-%m-%Y"),
                    acquired=started.strftime("%d-%m-%Y"),
                )
            carried = {name: getattr(works, name) for name in INPUT_COLUMNS}
            building = AssetInput(
                **{
                    **carried,
                    "code": new_code,
                    "name": name.strip() or works.name,
                    "acquisition_date": when,
                    "acquisition_year": when.year,
                    "document_date": when,
                    "document_number": handover,
                    # What only a construction has stays with the KDP's record.
                    "building_kind": "",
                    "construction_start": None,
                    "contract_number": "",
                    "contract_value": None,
                    "progress_percent": None,
                    "room_id": None,
                    "nibar": "",  # a new item gets its own NIBAR from e-BMD
                    "notes": note.strip(),
                },
                unit_id=works.unit_id,
                expected_kib="C",
            )
            clean = validate_asset(session, building, today, unit_id=works.unit_id)
            (created,) = create_in_session(session, actor, works.unit_id, clean, 1, db.clock())
            record_event(
                session,
                actor,
                works,
                EventKind.DISPOSED,
                when,
                note=note,
                details={
                    "decree": handover,
                    "reason": FINISHED_REASON,
                    "to": created.code_register,
                    "to_asset_id": created.id,
                },
            )
            works.status = AssetStatus.DISPOSED.value
            works.disposed_on = when
            works.disposal_decree = handover
            works.disposal_reason = FINISHED_REASON
            touch(session, actor, works)
            _link_acquisition(session, created.id, works_label, works.id)
            session.flush()
            return FinishedConstruction(works_label, created.code_register, created.id)
    except StaleDataError:
        raise conflict(db, actor, asset_id) from None


def _link_acquisition(session: Session, building_id: int, works: str, works_id: int) -> None:
    """The building's ``acquired`` event names the KDP it came from."""
    event = session.scalars(
        select(AssetEvent).where(
            AssetEvent.asset_id == building_id, AssetEvent.kind == EventKind.ACQUIRED.value
        )
    ).one()
    event.details = {**(event.details or {}), "from": works, "from_asset_id": works_id}
