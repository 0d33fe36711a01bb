"""The asset's vocabulary: conditions, statuses, event kinds, and the form's values."""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal

from inventaris.catalog import kib_of
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.search import code_register

FIRST_YEAR = 1945
MAX_IDENTICAL = 1000


class Condition(enum.StrEnum):
    GOOD = "B"
    LIGHTLY_DAMAGED = "RR"
    BADLY_DAMAGED = "RB"


# The words on screen, in English for translation ...
CONDITION_LABELS = {
    Condition.GOOD: QT_TRANSLATE_NOOP("Engine", "Good"),
    Condition.LIGHTLY_DAMAGED: QT_TRANSLATE_NOOP("Engine", "Slightly damaged"),
    Condition.BADLY_DAMAGED: QT_TRANSLATE_NOOP("Engine", "Badly damaged"),
}
# ... and on the official papers (KIR, KIB, the SIP and vehicle cards), always Indonesian. The
# Indonesian translation of each screen word is this same word (a test compares them).
PRINTED_CONDITION_WORDS = {
    Condition.GOOD: "Baik",
    Condition.LIGHTLY_DAMAGED: "Rusak Ringan",
    Condition.BADLY_DAMAGED: "Rusak Berat",
}


class AssetStatus(enum.StrEnum):
    ACTIVE = "aktif"
    LENT = "dipinjamkan"
    DISPOSED = "dihapus"


STATUS_LABELS = {
    AssetStatus.ACTIVE: QT_TRANSLATE_NOOP("Engine", "Active"),
    AssetStatus.LENT: QT_TRANSLATE_NOOP("Engine", "Lent"),
    AssetStatus.DISPOSED: QT_TRANSLATE_NOOP("Engine", "Disposed"),
}
ACQUISITION_METHODS = (
    "Pengadaan",
    "Hibah",
    "Tukar Menukar",
    "Hasil Inventarisasi",
    "Perolehan Lainnya",
)


class EventKind(enum.StrEnum):
    ACQUIRED = "acquired"
    MOVED = "moved"
    CONDITION_CHANGED = "condition_changed"
    HOLDER_CHANGED = "holder_changed"
    VALUE_CHANGED = "value_changed"
    RECLASSIFIED = "reclassified"
    DISPOSED = "disposed"
    CORRECTED = "corrected"
    DISPOSAL_PROPOSED = "disposal_proposed"
    DISPOSAL_WITHDRAWN = "disposal_withdrawn"
    LENT = "lent"  # pinjam pakai: status dipinjamkan from this date
    LOAN_ENDED = "loan_ended"  # back from the borrower: status aktif again


EVENT_LABELS = {
    EventKind.ACQUIRED: QT_TRANSLATE_NOOP("Engine", "Acquired"),
    EventKind.MOVED: QT_TRANSLATE_NOOP("Engine", "Moved"),
    EventKind.CONDITION_CHANGED: QT_TRANSLATE_NOOP("Engine", "Condition changed"),
    EventKind.HOLDER_CHANGED: QT_TRANSLATE_NOOP("Engine", "Holder changed"),
    EventKind.VALUE_CHANGED: QT_TRANSLATE_NOOP("Engine", "Value changed (capitalisation)"),
    EventKind.RECLASSIFIED: QT_TRANSLATE_NOOP("Engine", "Reclassified"),
    EventKind.DISPOSED: QT_TRANSLATE_NOOP("Engine", "Disposed"),
    EventKind.CORRECTED: QT_TRANSLATE_NOOP("Engine", "Corrected"),
    EventKind.DISPOSAL_PROPOSED: QT_TRANSLATE_NOOP("Engine", "Proposed for disposal"),
    EventKind.DISPOSAL_WITHDRAWN: QT_TRANSLATE_NOOP("Engine", "Withdrawn from a disposal proposal"),
    EventKind.LENT: QT_TRANSLATE_NOOP("Engine", "Lent (pinjam pakai)"),
    EventKind.LOAN_ENDED: QT_TRANSLATE_NOOP("Engine", "Back from loan"),
}


@dataclass(frozen=True)
class AssetInput:
    """Everything a person fills in on the asset form."""

    code: str
    name: str
    acquisition_year: int
    price: int
    acquisition_method: str = "Pengadaan"
    condition: str = Condition.GOOD
    specification: str = ""
    brand_type: str = ""
    size: str = ""
    material: str = ""
    serial_number: str = ""
    chassis_number: str = ""
    engine_number: str = ""
    plate_number: str = ""
    bpkb_number: str = ""
    acquisition_date: date | None = None
    funding_source: str = ""
    quantity_unit: str = "Unit"
    room_id: int | None = None
    holder_name: str = ""
    holder_nip: str = ""
    nibar: str = ""
    notes: str = ""
    address: str = ""
    land_area_m2: Decimal | None = None
    floor_area_m2: Decimal | None = None
    land_title_status: str = ""
    land_use: str = ""
    document_date: date | None = None
    document_number: str = ""
    multi_storey: bool | None = None
    concrete: bool | None = None
    land_code: str = ""
    construction: str = ""
    length_km: Decimal | None = None
    width_m: Decimal | None = None
    book_title: str = ""
    art_origin: str = ""
    art_creator: str = ""
    species: str = ""
    building_kind: str = ""
    construction_start: date | None = None
    contract_number: str = ""
    contract_value: int | None = None
    progress_percent: int | None = None
    unit_id: int | None = None
    # When the form was opened for one KIB, the code must belong to it.
    expected_kib: str | None = None


# KIB F: how a building under construction is built (the card's column "Bangunan (P, SP, D)").
BUILDING_KINDS = {
    "P": QT_TRANSLATE_NOOP("Engine", "Permanent"),
    "SP": QT_TRANSLATE_NOOP("Engine", "Semi-permanent"),
    "D": QT_TRANSLATE_NOOP("Engine", "Temporary (darurat)"),
}

INPUT_COLUMNS = tuple(
    field.name for field in fields(AssetInput) if field.name not in ("unit_id", "expected_kib")
)


@dataclass(frozen=True)
class AssetView(AssetInput):
    """One register row as the form and the history show it."""

    id: int = 0
    register_number: int = 0
    status: str = AssetStatus.ACTIVE
    code_name: str = ""
    room_name: str = ""
    disposed_on: date | None = None
    disposal_decree: str = ""
    disposal_reason: str = ""
    label_printed_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updated_by: str = ""
    row_version: int = 0

    @property
    def kib(self) -> str | None:
        return kib_of(self.code)

    @property
    def code_register(self) -> str:
        return code_register(self.code, self.register_number)

    def as_input(self) -> AssetInput:
        return AssetInput(
            **{name: getattr(self, name) for name in INPUT_COLUMNS}, unit_id=self.unit_id
        )


# The ``acquired`` event of an item whose register knows only the year carries this detail.
DAY_KNOWN = "day_known"


def acquired_on(acquisition_date: date | None, acquisition_year: int, recorded_on: date) -> date:
    """The date of an item's ``acquired`` event. With only the year known: 31 December of that
    year, but never after the day it was recorded (an item bought this year is already here),
    nor before 1 January of the year."""
    if acquisition_date is not None:
        return acquisition_date
    last = min(date(acquisition_year, 12, 31), recorded_on)
    return max(date(acquisition_year, 1, 1), last)


def acquired_details(acquisition_date: date | None, method: str) -> dict[str, object]:
    """The ``acquired`` event's details: the method, and whether its day is known."""
    details: dict[str, object] = {"method": method}
    if acquisition_date is None:
        details[DAY_KNOWN] = False
    return details
