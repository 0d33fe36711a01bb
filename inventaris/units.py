"""Units (OPD, and UPB under them): an Admin keeps the list; each user works in one at a time.

Every table carries a unit; an Actor's ``unit_ids`` are the units its queries see. The window
narrows a user with several units to the one picked (``working_actor``); the BPKAD role reads
every unit and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from inventaris.core.db import Database
from inventaris.core.errors import (
    MSG_REQUIRED,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_lengths
from inventaris.core.permissions import Actor, Permission, require
from inventaris.model import Asset, Unit

# Digits in dot-separated segments (owner.province.regency.bidang.unit.sub-unit.UPB); the
# number of segments is not fixed, for the regency segment is written 12.05 or 1213 (BMD.md §3).
KODE_LOKASI_PATTERN = re.compile(r"^\d+(\.\d+)*$")

LABEL_KODE_LOKASI = QT_TRANSLATE_NOOP("Engine", "Kode lokasi")
LABEL_UNIT_NAME = QT_TRANSLATE_NOOP("Engine", "Unit name")
LABEL_HEAD_TITLE = QT_TRANSLATE_NOOP("Engine", "Title of the head of the unit")
LABEL_HEAD_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the head of the unit")
LABEL_HEAD_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the head of the unit")
LABEL_CUSTODIAN_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the Pengurus Barang")
LABEL_CUSTODIAN_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the Pengurus Barang")
MSG_KODE_LOKASI = QT_TRANSLATE_NOOP(
    "Engine", 'Kode lokasi: use digits separated by dots, e.g. 12.05.01.02.01 ("{value}" is not).'
)
MSG_KODE_TAKEN = QT_TRANSLATE_NOOP("Engine", "Kode lokasi: {code} is already used by {name}.")
MSG_NO_UNIT = QT_TRANSLATE_NOOP("Engine", "The unit {id} does not exist.")
MSG_NO_UNIT_CODE = QT_TRANSLATE_NOOP("Engine", "There is no unit with the kode lokasi {code}.")
MSG_PARENT_CYCLE = QT_TRANSLATE_NOOP(
    "Engine", "Parent unit: {name} cannot stand under itself or under one of its own units."
)
MSG_LAST_UNIT = QT_TRANSLATE_NOOP(
    "Engine", "At least one unit must stay active; {name} is the last."
)
MSG_NOT_WORKING_UNIT = QT_TRANSLATE_NOOP(
    "Engine", "Your account is not assigned to the unit {id}; ask an Admin."
)
MSG_UNIT_STALE = QT_TRANSLATE_NOOP(
    "Engine",
    "Someone else saved the unit {name} after you opened it. Reload to see their changes, then "
    "make yours again.",
)
_LABELS = {
    "kode_lokasi": LABEL_KODE_LOKASI,
    "name": LABEL_UNIT_NAME,
    "head_title": LABEL_HEAD_TITLE,
    "head_name": LABEL_HEAD_NAME,
    "custodian_name": LABEL_CUSTODIAN_NAME,
}


@dataclass(frozen=True)
class UnitView:
    id: int
    kode_lokasi: str
    name: str
    parent_id: int | None
    head_name: str
    head_nip: str
    head_title: str
    custodian_name: str
    custodian_nip: str
    active: bool
    item_count: int  # the unit's items not disposed of
    row_version: int = 0  # what an editor started from (optimistic locking)


@dataclass(frozen=True)
class UnitInput:
    kode_lokasi: str
    name: str
    parent_id: int | None = None
    head_title: str = ""
    head_name: str = ""
    head_nip: str = ""
    custodian_name: str = ""
    custodian_nip: str = ""
    active: bool = True
    expected_version: int | None = None  # None: no check (a new unit, the command line)


# --- reading ---------------------------------------------------------------------------------


def sees_every_unit(actor: Actor) -> bool:
    """An Admin manages, and the BPKAD reads, every unit, whichever one the window works in."""
    return actor.can(Permission.VIEW_ALL_UNITS)


def _views(
    session: Session, where: list[ColumnElement[bool]], *, with_counts: bool
) -> list[UnitView]:
    counts: dict[int, int] = {}
    if with_counts:
        counts = {
            unit_id: int(count)
            for unit_id, count in session.execute(
                select(Asset.unit_id, func.count(Asset.id))
                .where(Asset.status != "dihapus")
                .group_by(Asset.unit_id)
            )
        }
    query = select(Unit).where(*where).order_by(Unit.kode_lokasi, Unit.name, Unit.id)
    return [
        UnitView(
            id=unit.id,
            kode_lokasi=unit.kode_lokasi,
            name=unit.name,
            parent_id=unit.parent_id,
            head_name=unit.head_name,
            head_nip=unit.head_nip,
            head_title=unit.head_title,
            custodian_name=unit.custodian_name,
            custodian_nip=unit.custodian_nip,
            active=unit.active,
            item_count=counts.get(unit.id, 0),
            row_version=unit.row_version,
        )
        for unit in session.scalars(query)
    ]


def list_units(db: Database, actor: Actor, *, with_counts: bool = True) -> list[UnitView]:
    """The units the actor may see, ordered by kode lokasi: every unit for an Admin and the
    BPKAD, else the actor's own. ``item_count`` is 0 throughout without ``with_counts``."""
    require(actor, Permission.VIEW)
    where: list[ColumnElement[bool]] = (
        [] if sees_every_unit(actor) else [Unit.id.in_(actor.unit_ids)]
    )
    with db.read() as session:
        return _views(session, where, with_counts=with_counts)


def unit_by_code(db: Database, actor: Actor, kode_lokasi: str) -> UnitView:
    """The unit with this kode lokasi among those the actor may see (``--unit KODE``)."""
    require(actor, Permission.VIEW)
    code = kode_lokasi.strip().rstrip(".")
    where: list[ColumnElement[bool]] = [Unit.kode_lokasi == code]
    if not sees_every_unit(actor):
        where.append(Unit.id.in_(actor.unit_ids))
    with db.read() as session:
        found = _views(session, where, with_counts=True) if code else []
    if not found:
        raise ValidationError(MSG_NO_UNIT_CODE, field="unit", code=code or kode_lokasi)
    return found[0]


def working_actor(actor: Actor, unit_id: int) -> Actor:
    """The actor narrowed to one of its units: what the window works with after the pick."""
    if unit_id not in actor.unit_ids:
        raise PermissionDenied(MSG_NOT_WORKING_UNIT, id=unit_id)
    return replace(actor, unit_ids=frozenset({unit_id}))


# --- checks shared with the office settings --------------------------------------------------


def clean_kode_lokasi(raw: str, *, required: bool) -> str:
    code = raw.strip()
    if not code:
        if required:
            raise ValidationError(MSG_REQUIRED, field="kode_lokasi", label=LABEL_KODE_LOKASI)
        return ""
    if not KODE_LOKASI_PATTERN.match(code):
        raise ValidationError(MSG_KODE_LOKASI, field="kode_lokasi", value=code)
    return code


def check_kode_lokasi_free(session: Session, code: str, unit_id: int | None) -> None:
    """One kode lokasi names one unit (an empty one names none yet)."""
    if not code:
        return
    taken = session.scalar(
        select(Unit).where(Unit.kode_lokasi == code, Unit.id != (unit_id or 0)).limit(1)
    )
    if taken is not None:
        raise ValidationError(MSG_KODE_TAKEN, field="kode_lokasi", code=code, name=taken.name)


# --- writing ---------------------------------------------------------------------------------


def _clean(data: UnitInput) -> UnitInput:
    name = data.name.strip()
    if not name:
        raise ValidationError(MSG_REQUIRED, field="name", label=LABEL_UNIT_NAME)
    texts = {
        "kode_lokasi": data.kode_lokasi.strip(),
        "name": name,
        "head_title": data.head_title.strip(),
        "head_name": data.head_name.strip(),
        "custodian_name": data.custodian_name.strip(),
    }
    check_lengths(Unit.__table__, texts, _LABELS)
    head_nip = data.head_nip.strip()
    if head_nip:
        head_nip = normalize_nip(head_nip, field="head_nip", label=LABEL_HEAD_NIP)
    custodian_nip = data.custodian_nip.strip()
    if custodian_nip:
        custodian_nip = normalize_nip(
            custodian_nip, field="custodian_nip", label=LABEL_CUSTODIAN_NIP
        )
    return replace(
        data,
        kode_lokasi=clean_kode_lokasi(data.kode_lokasi, required=True),
        name=name,
        head_title=texts["head_title"],
        head_name=texts["head_name"],
        head_nip=head_nip,
        custodian_name=texts["custodian_name"],
        custodian_nip=custodian_nip,
    )


def _check_parent(session: Session, unit: Unit | None, parent_id: int | None, name: str) -> None:
    """The parent exists and is not the unit itself nor below it."""
    seen: set[int] = set()
    current = parent_id
    while current is not None and current not in seen:
        if unit is not None and current == unit.id:
            raise ValidationError(MSG_PARENT_CYCLE, field="parent_id", name=name)
        parent = session.get(Unit, current)
        if parent is None:
            raise NotFound(MSG_NO_UNIT, field="parent_id", id=current)
        seen.add(current)
        current = parent.parent_id


def save_unit(db: Database, actor: Actor, data: UnitInput, unit_id: int | None = None) -> UnitView:
    """Add a unit (``unit_id`` None) or change one: Admin only."""
    require(actor, Permission.MANAGE_UNITS)
    clean = _clean(data)
    with db.write(actor) as session:
        unit: Unit | None = None
        if unit_id is not None:
            unit = session.get(Unit, unit_id)
            if unit is None:
                raise NotFound(MSG_NO_UNIT, id=unit_id)
            if clean.expected_version is not None and unit.row_version != clean.expected_version:
                raise ConflictError(MSG_UNIT_STALE, name=unit.name)
        check_kode_lokasi_free(session, clean.kode_lokasi, unit_id)
        _check_parent(session, unit, clean.parent_id, clean.name)
        if unit is not None and unit.active and not clean.active:
            others = session.scalar(
                select(func.count(Unit.id)).where(Unit.active.is_(True), Unit.id != unit.id)
            )
            if not others:
                raise ValidationError(MSG_LAST_UNIT, field="active", name=unit.name)
        if unit is None:
            unit = Unit(name=clean.name)
            session.add(unit)
        unit.kode_lokasi, unit.name, unit.parent_id = clean.kode_lokasi, clean.name, clean.parent_id
        unit.head_title, unit.head_name, unit.head_nip = (
            clean.head_title,
            clean.head_name,
            clean.head_nip,
        )
        unit.custodian_name, unit.custodian_nip = clean.custodian_name, clean.custodian_nip
        unit.active = clean.active
        session.flush()
        return _views(session, [Unit.id == unit.id], with_counts=True)[0]
