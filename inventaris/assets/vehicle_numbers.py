"""Identity numbers of vehicles: the plate written one way, and no two active vehicles alike."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.search import code_register
from inventaris.model import Asset

if TYPE_CHECKING:
    from inventaris.assets.types import AssetInput

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
