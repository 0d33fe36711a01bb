"""The stock-take's vocabulary and its plain read models (BMD.md §11)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.search import code_register
from inventaris.model.stocktake import OUTSIDE_ROOMS

__all__ = ["OUTSIDE_ROOMS"]

PLACE_OUTSIDE_ROOMS = QT_TRANSLATE_NOOP("Engine", "Outside rooms (land, buildings, vehicles …)")


class ScanResult(enum.StrEnum):
    FOUND = "found"  # expected here, checked for the first time
    MISPLACED = "misplaced"  # in the register, but registered in another place
    DUPLICATE = "duplicate"  # checked in this place before: counted once
    CONFLICT = "conflict"  # checked in another place before: both kept, to be settled
    UNKNOWN = "unknown"  # no item of this unit carries the code
    DISPOSED = "disposed"  # the item was disposed of


SCAN_RESULT_LABELS = {
    ScanResult.FOUND: QT_TRANSLATE_NOOP("Engine", "Found"),
    ScanResult.MISPLACED: QT_TRANSLATE_NOOP("Engine", "In the wrong room"),
    ScanResult.DUPLICATE: QT_TRANSLATE_NOOP("Engine", "Already scanned here"),
    ScanResult.CONFLICT: QT_TRANSLATE_NOOP("Engine", "Also scanned in another room"),
    ScanResult.UNKNOWN: QT_TRANSLATE_NOOP("Engine", "Unknown code"),
    ScanResult.DISPOSED: QT_TRANSLATE_NOOP("Engine", "Already disposed of"),
}
# A check that makes the item "found": the first one, wherever it was.
COUNTED_RESULTS = (ScanResult.FOUND, ScanResult.MISPLACED, ScanResult.CONFLICT)


class CheckMethod(enum.StrEnum):
    SCAN = "scan"
    MANUAL = "manual"  # ticked by hand: the item has no label


class Presence(enum.StrEnum):
    """What the LKI says of an item not checked: the answer "ada" is a check."""

    LOST = "hilang"  # stolen or lost (III.B.1)
    NOT_FOUND = "tidak_ditemukan"  # not found (III.B.2)


PRESENCE_LABELS = {
    Presence.LOST: QT_TRANSLATE_NOOP("Engine", "Lost or stolen"),
    Presence.NOT_FOUND: QT_TRANSLATE_NOOP("Engine", "Not found"),
}


class UserKind(enum.StrEnum):
    UNIT = "unit"  # the unit itself
    EMPLOYEE = "employee"  # an employee of the regency (III.B.5)
    OTHER = "other"  # another government or party (III.B.6)


USER_KIND_LABELS = {
    UserKind.UNIT: QT_TRANSLATE_NOOP("Engine", "The unit itself"),
    UserKind.EMPLOYEE: QT_TRANSLATE_NOOP("Engine", "An employee"),
    UserKind.OTHER: QT_TRANSLATE_NOOP("Engine", "Another government or party"),
}

# The register fields the team checks ("sesuai", else what it should be), LKI III.A.1-6.
CHECKED_FIELDS = {
    "code": QT_TRANSLATE_NOOP("Engine", "Kode barang"),
    "name": QT_TRANSLATE_NOOP("Engine", "Name"),
    "specification": QT_TRANSLATE_NOOP("Engine", "Specification"),
    "quantity_unit": QT_TRANSLATE_NOOP("Engine", "Unit of measure"),
    "address": QT_TRANSLATE_NOOP("Engine", "Address"),
    "brand_type": QT_TRANSLATE_NOOP("Engine", "Brand / type"),
    "plate_number": QT_TRANSLATE_NOOP("Engine", "Plate number"),
    "chassis_number": QT_TRANSLATE_NOOP("Engine", "Chassis number"),
    "engine_number": QT_TRANSLATE_NOOP("Engine", "Engine number"),
    "bpkb_number": QT_TRANSLATE_NOOP("Engine", "BPKB number"),
}


class FollowUpKind(enum.StrEnum):
    MOVE = "move"  # misplaced: move it to the room where it was found
    CONDITION = "condition"  # condition changed: a dated condition event
    REGISTER = "register"  # not recorded: an acquisition "Hasil Inventarisasi"
    DISPOSAL = "disposal"  # lost or not found: onto the disposal proposal


FOLLOW_UP_LABELS = {
    FollowUpKind.MOVE: QT_TRANSLATE_NOOP("Engine", "Move to the room where it was found"),
    FollowUpKind.CONDITION: QT_TRANSLATE_NOOP("Engine", "Record the observed condition"),
    FollowUpKind.REGISTER: QT_TRANSLATE_NOOP("Engine", "Register the item"),
    FollowUpKind.DISPOSAL: QT_TRANSLATE_NOOP("Engine", "Propose for disposal"),
}


@dataclass(frozen=True)
class TeamMember:
    name: str
    nip: str = ""
    role: str = ""  # Ketua, Sekretaris, Anggota …


@dataclass(frozen=True)
class StocktakeInput:
    name: str
    decree_number: str = ""
    decree_date: date | None = None
    started_on: date | None = None  # today when empty
    ends_on: date | None = None
    team: tuple[TeamMember, ...] = ()
    room_ids: tuple[int, ...] = ()  # none: every room and the items outside rooms
    kibs: tuple[str, ...] = ()  # none: every KIB
    unit_id: int | None = None


@dataclass(frozen=True)
class StocktakeView:
    id: int
    unit_id: int
    name: str
    decree_number: str
    decree_date: date | None
    started_on: date
    ends_on: date | None
    team: tuple[TeamMember, ...]
    room_ids: tuple[int, ...]
    kibs: tuple[str, ...]
    closed_at: datetime | None
    closed_by: str
    created_at: datetime
    created_by: str
    row_version: int

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class PlaceProgress:
    place: int  # a room's id, or OUTSIDE_ROOMS
    code: str
    name: str
    expected: int
    checked: int  # expected items found anywhere, or confirmed not found
    misplaced_here: int  # items of other places found here
    closed: bool


@dataclass(frozen=True)
class Recorded:
    """An item as the register had it when it was checked (or, unchecked, as it has it now)."""

    asset_id: int
    code: str
    register_number: int
    name: str
    brand_type: str
    specification: str
    condition: str
    place: int
    place_name: str
    status: str
    price: int
    acquisition_year: int
    plate_number: str = ""
    holder_name: str = ""

    @property
    def code_register(self) -> str:
        return code_register(self.code, self.register_number)


@dataclass(frozen=True)
class ItemCheck:
    """One row of a place's list: an expected item, or one of another place found here."""

    recorded: Recorded
    found_place: int | None  # where it was first checked; None: not yet
    method: str  # scan, manual, or "" when not checked
    presence: str  # "", hilang, tidak_ditemukan
    observed_condition: str
    note: str
    conflict: bool  # checked in two places
    has_answer: bool

    @property
    def checked(self) -> bool:
        return self.found_place is not None or bool(self.presence)

    @property
    def misplaced(self) -> bool:
        return self.found_place is not None and self.found_place != self.recorded.place


@dataclass(frozen=True)
class FindingView:
    """An item found that is not in the register (LKI III.A.7), or an unknown scanned code."""

    id: int
    place: int
    place_name: str
    scanned: str
    code: str
    name: str
    brand_type: str
    specification: str
    quantity: int
    acquisition_year: int | None
    estimated_value: int | None
    condition: str
    improvement: bool
    improvement_of: str
    note: str
    registered_asset_id: int | None
    row_version: int


@dataclass(frozen=True)
class PlaceList:
    progress: PlaceProgress
    items: tuple[ItemCheck, ...]  # expected here, by code and register
    strangers: tuple[ItemCheck, ...]  # of other places, found here
    findings: tuple[FindingView, ...]


@dataclass(frozen=True)
class ScanOutcome:
    result: ScanResult
    scanned: str
    asset_id: int | None = None
    code_register: str = ""
    name: str = ""
    expected_place_name: str = ""  # for misplaced: where the register has it
    other_place_name: str = ""  # for a conflict: where it was scanned before
    disposed_on: date | None = None


@dataclass(frozen=True)
class AnswerInput:
    """The LKI's answers about one register item, beyond "it is here"."""

    presence: str = ""  # "", hilang, tidak_ditemukan (only for an item not checked)
    observed_condition: str = ""  # "" for "as recorded"
    corrections: dict[str, str] = field(default_factory=dict)
    user_kind: str = ""
    user_name: str = ""
    user_nip: str = ""
    user_document: str = ""
    twin: str = ""
    land_not_owned: bool = False
    note: str = ""


@dataclass(frozen=True)
class AnswerView(AnswerInput):
    asset_id: int = 0
    recorded: Recorded | None = None
    found_place: int | None = None
    row_version: int = 0


@dataclass(frozen=True)
class FindingInput:
    name: str
    place: int = OUTSIDE_ROOMS
    code: str = ""
    brand_type: str = ""
    specification: str = ""
    quantity: int = 1
    acquisition_year: int | None = None
    estimated_value: int | None = None
    condition: str = "B"
    improvement: bool = False
    improvement_of: str = ""
    scanned: str = ""
    note: str = ""


@dataclass(frozen=True)
class Counts:
    """The command line's counts; found + not_found == expected."""

    expected: int
    found: int
    not_found: int
    misplaced: int
    unknown: int
