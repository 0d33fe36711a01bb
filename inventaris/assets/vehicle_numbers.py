"""Identity numbers of vehicles: the plate written one way, and no two active vehicles alike.

No two items not disposed of share a plate, chassis, engine or BPKB number: that is the
database's rule (a partial unique index per number, see inventaris/model/asset.py). A save looks
first only to name the vehicle that holds the number; when two PCs save one number at the same
moment both look before either writes, the index refuses the second, and the second hears the
same sentence as if it had come later.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from inventaris.core.errors import ConflictError, DomainError, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.search import code_register
from inventaris.model import Asset

if TYPE_CHECKING:
    from inventaris.assets.types import AssetInput
    from inventaris.core.db import Database

_PLATE = re.compile(r"^([A-Z]{1,2})\s*(\d{1,4})\s*([A-Z]{0,3})$")

MSG_PLATE_FORM = QT_TRANSLATE_NOOP(
    "Engine", 'Nomor polisi: write it like BK 1234 AB ("{value}" is not a plate).'
)
MSG_NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "Engine", "{label} {value} is already used by {name} ({code})."
)
NUMBER_LABELS = {
    "plate_number": QT_TRANSLATE_NOOP("Engine", "Nomor polisi"),
    "chassis_number": QT_TRANSLATE_NOOP("Engine", "Nomor rangka"),
    "engine_number": QT_TRANSLATE_NOOP("Engine", "Nomor mesin"),
    "bpkb_number": QT_TRANSLATE_NOOP("Engine", "Nomor BPKB"),
}
MSG_NUMBER_RACE = QT_TRANSLATE_NOOP(
    "Engine",
    "{label}: another PC saved an item with the same number at the same moment; nothing of yours "
    "was saved. Reload, check the number and save again.",
)
# The upgrade that brings the rule stops with these words while two items share a number
# (inventaris/migrations/versions/0014_race_guards.py, which may import only core and model,
# so holds a copy of them: a test keeps the two alike). Here lupdate finds them to translate.
MSG_SHARED_NUMBERS = QT_TRANSLATE_NOOP(
    "Engine",
    "This version of Inventaris keeps each plate, chassis, engine and BPKB number to one item, "
    "but in this database some are used by more than one item: {numbers}. Nothing was changed. "
    "With the version used so far, correct the wrong numbers (or record the disposal of an item "
    "that is gone), then start this version again.",
)


def normalize_plate(raw: str) -> str:
    """``bk1234ab`` -> ``BK 1234 AB``; empty stays empty; anything else is refused."""
    compact = " ".join(raw.upper().split())
    if not compact:
        return ""
    match = _PLATE.match(compact)
    if match is None:
        raise ValidationError(MSG_PLATE_FORM, field="plate_number", value=raw)
    return " ".join(part for part in match.groups() if part)


def check_vehicle_numbers(session: Session, data: AssetInput, asset_id: int | None) -> None:
    """Plate, chassis, engine and BPKB numbers are unique among vehicles not disposed of."""
    for column, label in NUMBER_LABELS.items():
        value = getattr(data, column)
        if not value:
            continue
        query = select(Asset.name, Asset.brand_type, Asset.code, Asset.register_number).where(
            getattr(Asset, column) == value, Asset.status != "dihapus"
        )
        if asset_id is not None:
            query = query.where(Asset.id != asset_id)
        other = session.execute(query.limit(1)).first()
        if other is not None:
            raise ValidationError(
                MSG_NUMBER_TAKEN,
                field=column,
                label=label,
                value=value,
                name=other.brand_type or other.name,
                code=code_register(other.code, other.register_number),
            )


def number_refused(error: exc.IntegrityError) -> str | None:
    """The vehicle number whose unique index refused a write, if that is what happened.

    PostgreSQL names the index (``uq_asset_active_plate_number``), SQLite the column
    (``UNIQUE constraint failed: asset.plate_number``).
    """
    detail = str(error.orig)
    for column in NUMBER_LABELS:
        if f"uq_asset_active_{column}" in detail or f"asset.{column}" in detail:
            return column
    return None


def explain_number_race(
    db: Database, data: AssetInput, asset_id: int | None, column: str
) -> DomainError:
    """Another PC saved the number between our check and our write: name the vehicle it saved,
    as the check would have, now that its save is visible."""
    with db.read() as session:
        try:
            check_vehicle_numbers(session, data, asset_id)
        except ValidationError as error:
            return error
    return ConflictError(MSG_NUMBER_RACE, field=column, label=NUMBER_LABELS[column])
