"""What a write changed, told to every view that shows it, on this PC and on the others.

A write unit of work (``Database.write``) gathers what it changed: the ORM rows added, changed or
removed at each flush, and the audit entries it wrote (bulk Core writes are audited by hand and
name their table). After the commit the ``Database`` hands the gathered ``Change`` values to its
listeners; on PostgreSQL the same transaction also sends them to the other PCs with
``pg_notify``. The watchers (``inventaris.core.watchers``) turn what other PCs did into
``Change(remote=True)``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from inventaris.model import AuditEntry, Base

log = logging.getLogger(__name__)

AREAS = (
    "assets",
    "rooms",
    "vehicles",
    "bookings",
    "residences",
    "stocktake",
    "handovers",
    "disposals",
    "settings",
    "users",
    "units",
)
CHANNEL = "inventaris_changes"
# PostgreSQL refuses a payload of 8000 bytes or more: above this, only the areas are sent.
MAX_PAYLOAD_BYTES = 7000
# More ids than this in one area (an import, a demo): "many", as if unknown.
MAX_IDS = 1000


@dataclass(frozen=True)
class Change:
    """Something in ``area`` changed. ``ids``: the records changed (an asset's id for the
    register, a booking's id, a vehicle's or house's asset id, a stock-take's id); empty means
    not known or too many, so any record of the area may have changed. ``unit_id`` None: any
    unit. ``remote``: another PC, or another program on this one, made it."""

    area: str
    unit_id: int | None
    ids: frozenset[int]
    remote: bool


# table -> (area, the column naming the record a view shows; None: no record, just the area)
TABLES: dict[str, tuple[str, str | None]] = {
    "asset": ("assets", "id"),
    "asset_event": ("assets", "asset_id"),
    "asset_code": ("assets", None),
    "label_template": ("settings", None),
    "building": ("rooms", None),
    "room": ("rooms", "id"),
    "vehicle_detail": ("vehicles", "asset_id"),
    "service_record": ("vehicles", "asset_id"),
    "fuel_record": ("vehicles", "asset_id"),
    "odometer_reset": ("vehicles", "asset_id"),
    "service_plan": ("vehicles", "asset_id"),
    "vehicle_document": ("vehicles", "asset_id"),
    "vehicle_payment": ("vehicles", "asset_id"),
    "booking": ("bookings", "id"),
    "booking_series": ("bookings", None),
    "booking_settings": ("bookings", None),
    "residence_detail": ("residences", "asset_id"),
    "occupancy": ("residences", "asset_id"),
    "family_member": ("residences", None),
    "maintenance_record": ("residences", "asset_id"),
    "residence_settings": ("residences", None),
    "stocktake": ("stocktake", "id"),
    "stocktake_room": ("stocktake", "stocktake_id"),
    "stocktake_place": ("stocktake", "stocktake_id"),
    "stocktake_scan": ("stocktake", "stocktake_id"),
    "stocktake_item": ("stocktake", "stocktake_id"),
    "stocktake_followup": ("stocktake", "stocktake_id"),
    "handover": ("handovers", "id"),
    "handover_item": ("handovers", "handover_id"),
    "disposal_proposal": ("disposals", "id"),
    "disposal_proposal_item": ("disposals", "proposal_id"),
    "disposal_decree": ("disposals", "proposal_id"),
    "regency_settings": ("settings", None),
    "useful_life": ("settings", None),
    "unit": ("units", "id"),
    "app_user": ("users", "id"),
    "user_unit": ("users", "user_id"),
    "attachment": ("assets", "owner_id"),  # the area follows the owner (ATTACHMENT_OWNERS)
}
ATTACHMENT_OWNERS = {
    "asset": "assets",
    "vehicle_document": "vehicles",
    "residence": "residences",
    "handover": "handovers",
    "disposal_proposal": "disposals",
}
# Written but shown by no view: they change nothing anyone looks at.
IGNORED_TABLES = frozenset(
    {"audit_entry", "import_layout", "alembic_version", "register_counter"}
)  # a counter moves only with a new asset, which tells it
# A restore replaces everything.
EVERYTHING_ENTITIES = frozenset({"database"})


def everything(remote: bool) -> tuple[Change, ...]:
    """Every area may have changed (a restore; notifications missed while disconnected)."""
    return tuple(Change(area, None, frozenset(), remote) for area in AREAS)


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


class _Gathered:
    """Changes by (area, unit): their ids, or None once unknown."""

    def __init__(self) -> None:
        self.areas: dict[tuple[str, int | None], set[int] | None] = {}

    def add(self, area: str, unit_id: int | None, record_id: int | None) -> None:
        key = (area, unit_id)
        if key not in self.areas:
            self.areas[key] = set()
        ids = self.areas[key]
        if ids is None:
            return
        if record_id is None or len(ids) >= MAX_IDS:
            self.areas[key] = None
        else:
            ids.add(record_id)

    def add_change(self, change: Change) -> None:
        if not change.ids:
            self.add(change.area, change.unit_id, None)
        for record_id in change.ids:
            self.add(change.area, change.unit_id, record_id)

    def changes(self, remote: bool) -> tuple[Change, ...]:
        return tuple(
            Change(area, unit_id, frozenset(ids or ()), remote)
            for (area, unit_id), ids in sorted(
                self.areas.items(), key=lambda item: (item[0][0], item[0][1] or 0)
            )
        )


def merge(changes: Iterable[Change]) -> tuple[Change, ...]:
    """One Change per area, unit and origin; an unknown set of ids stays unknown."""
    by_origin: dict[bool, _Gathered] = {}
    for change in changes:
        by_origin.setdefault(change.remote, _Gathered()).add_change(change)
    return tuple(
        change for remote in sorted(by_origin) for change in by_origin[remote].changes(remote)
    )


def _area_of(table: str, values: Mapping[str, Any]) -> tuple[str, str | None] | None:
    if table in IGNORED_TABLES:
        return None
    mapped = TABLES.get(table)
    if mapped is None:
        log.debug("a change to %s belongs to no area", table)
        return None
    if table == "attachment":
        owner = values.get("owner_kind")
        area = ATTACHMENT_OWNERS.get(owner, "assets") if isinstance(owner, str) else "assets"
        return area, mapped[1]
    return mapped


def changes_from_audit(
    entries: Iterable[tuple[str, str, Mapping[str, Any] | None, Mapping[str, Any] | None]],
    *,
    remote: bool,
) -> tuple[Change, ...]:
    """Changes told by audit entries: (entity, entity_id, old values, new values) each."""
    gathered = _Gathered()
    for entity, entity_id, old, new in entries:
        if entity in EVERYTHING_ENTITIES:
            return everything(remote)
        values = {**(old or {}), **(new or {})}
        mapped = _area_of(entity, values)
        if mapped is None:
            continue
        area, key = mapped
        unit_id = _int(values.get("unit_id"))
        if key is None:
            gathered.add(area, unit_id, None)
            continue
        record = _int(entity_id) if key == "id" else _int(values.get(key))
        if record is None and key == "id" and isinstance(values.get("asset_ids"), list):
            # A bulk write audited by hand names its rows (labels printed, say).
            for each in values["asset_ids"]:
                gathered.add(area, unit_id, _int(each))
            continue
        gathered.add(area, unit_id, record)
    return gathered.changes(remote)


# --- gathering in a write unit of work ---------------------------------------------------------

GATHERED = "live_changes"  # session.info: the _Gathered of a write unit of work
OWN_AUDIT_IDS = "live_audit_ids"  # session.info: the audit entries it wrote
_COVERED = "live_covered"  # session.info: (table, identity) already told by an ORM row


def install_change_hook() -> None:
    """Gather what every write unit of work changes (once per process)."""
    if not event.contains(Session, "after_flush", _gather):
        event.listen(Session, "after_flush", _gather)


def start_gathering(session: Session) -> None:
    session.info[GATHERED] = _Gathered()
    session.info[OWN_AUDIT_IDS] = []
    session.info[_COVERED] = set()


def _identity(instance: Base) -> str:
    """The key as the audit log writes it, read without loading anything (a removed row)."""
    state = inspect(instance)
    mapper = state.mapper
    parts = (
        state.dict.get(mapper.get_property_by_column(column).key) for column in mapper.primary_key
    )
    return "/".join(str(part) for part in parts if part is not None)


def _gather(session: Session, _context: Any) -> None:
    gathered = session.info.get(GATHERED)
    if not isinstance(gathered, _Gathered):
        return  # a read, or a session made outside Database.write
    covered: set[tuple[str, str]] = session.info[_COVERED]
    audits: list[AuditEntry] = []
    for kind, group in (("new", session.new), ("dirty", session.dirty), ("gone", session.deleted)):
        for instance in group:
            if isinstance(instance, AuditEntry):
                if kind == "new":
                    audits.append(instance)
                continue
            if not isinstance(instance, Base) or (
                kind == "dirty" and not session.is_modified(instance)
            ):
                continue
            table = instance.__tablename__
            loaded = inspect(instance).dict  # never a load: the row may be gone already
            mapped = _area_of(table, loaded)
            covered.add((table, _identity(instance)))
            if mapped is None:
                continue
            area, key = mapped
            record = _int(loaded.get(key)) if key is not None else None
            gathered.add(area, _int(loaded.get("unit_id")), record)
    for entry in audits:
        session.info[OWN_AUDIT_IDS].append(entry.id)
        if (entry.entity, entry.entity_id) in covered:
            continue  # the row itself told it, with its unit
        for change in changes_from_audit(
            [(entry.entity, entry.entity_id, entry.old_values, entry.new_values)], remote=False
        ):
            gathered.add_change(change)


def gathered_changes(session: Session) -> tuple[Change, ...]:
    gathered = session.info.get(GATHERED)
    return gathered.changes(remote=False) if isinstance(gathered, _Gathered) else ()


# --- telling the other PCs (PostgreSQL NOTIFY) ---------------------------------------------------


def encode_payload(origin: str, changes: Iterable[Change]) -> str:
    """A small JSON text: who sent it, and per area its unit and ids (areas only if too big)."""
    listed = list(changes)
    rows = [[c.area, c.unit_id, sorted(c.ids)] for c in listed]
    text = json.dumps({"o": origin, "c": rows}, separators=(",", ":"))
    if len(text.encode()) <= MAX_PAYLOAD_BYTES:
        return text
    areas = sorted({c.area for c in listed})
    return json.dumps({"o": origin, "c": [[area, None, []] for area in areas]})


def decode_payload(payload: str) -> tuple[str, tuple[Change, ...]]:
    """(origin, changes) of a notification; a payload not understood: every area."""
    try:
        data = json.loads(payload)
        origin = str(data["o"])
        changes = tuple(
            Change(str(area), _int(unit_id), frozenset(int(i) for i in ids), True)
            for area, unit_id, ids in data["c"]
            if area in AREAS
        )
    except (ValueError, KeyError, TypeError):
        log.warning("a change notification not understood: %.200s", payload)
        return "", everything(remote=True)
    return origin, changes
