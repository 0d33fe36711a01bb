"""Checking every row against the register before anything is written.

An item is recognised by its code and register number; a row without a register number by a
fingerprint of what it says (kept on the item as ``import_key``). So importing the same file
twice finds every item again: each is reported as unchanged or as an update, never added twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from inventaris.assets.types import INPUT_COLUMNS, AssetInput, AssetStatus
from inventaris.assets.validation import validate_asset
from inventaris.assets.vehicle_numbers import NUMBER_LABELS
from inventaris.catalog import kib_of
from inventaris.core.errors import ValidationError
from inventaris.core.formatting import format_rupiah, group_thousands
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.search import code_register, register_text
from inventaris.importing.headers import PRICE_FIELDS, Field, SheetLayout, words_of
from inventaris.importing.problems import Problem, Severity
from inventaris.importing.reading import SheetData
from inventaris.importing.rows import RowData, column_letter, data_rows, read_row
from inventaris.model import Asset, AssetCode, Room, User

PROBLEM_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Engine", "kode barang {value} is not in the code table; import the BPKAD's table first"
)
PROBLEM_NOT_AN_ITEM = QT_TRANSLATE_NOOP(
    "Engine", "kode barang {value} is above the jenis level; an item needs a more precise code"
)
PROBLEM_DUPLICATE_REGISTER = QT_TRANSLATE_NOOP(
    "Engine", "register {register} of {code} appears again (first in {where})"
)
PROBLEM_DUPLICATE_NUMBER = QT_TRANSLATE_NOOP(
    "Engine", "{label} {value} appears again (first in {where})"
)
PROBLEM_NUMBER_TAKEN = QT_TRANSLATE_NOOP(
    "Engine", "{label} {value} is already used by {name} ({asset})"
)
PROBLEM_ROOM_KIB = QT_TRANSLATE_NOOP(
    "Engine", "only KIB B and KIB E items sit in rooms; {code} is KIB {kib}"
)
PROBLEM_DISPOSED = QT_TRANSLATE_NOOP(
    "Engine", "{asset} was disposed of; the file would change it ({fields})"
)
WHERE_ROW = QT_TRANSLATE_NOOP("Engine", "{first_sheet}, row {first_row}")
NOTICE_SCALED = QT_TRANSLATE_NOOP(
    "Engine", "Column {column} '{value}': values multiplied by {factor}"
)
WARNING_DOUBTFUL_PRICE = QT_TRANSLATE_NOOP(
    "Engine",
    "{name}: {price} for one item is too low to be sure of for KIB {kib} (under {threshold}), "
    "and the column's heading names no unit. If the amounts are in thousands, write it in the "
    'heading, e.g. "Harga (ribuan Rp)"; if they are in Rupiah, "Harga (Rp)"',
)

# Below these one item's price is doubtful when its column's heading names no unit: most
# likely the amounts are in thousands of Rupiah (9.875 for a Rp 9.875.000 laptop). Such a row
# goes in only once a person has confirmed it. A heading that names the unit ("Harga (Rp)") is
# taken at its word, and a price of 0 is left alone: no unit makes it right or wrong.
DOUBTFUL_EQUIPMENT_PRICE = 10_000  # KIB B: not even a stapler or a chair costs less
DOUBTFUL_BUILDING_PRICE = 1_000_000  # KIB C: not even a guard post costs less
DOUBTFUL_WORKS_PRICE = 1_000_000  # KIB D: roads, irrigation and networks cost more still
# KIB A (land at its price of decades ago), E (a book, a plant) and F (works just begun) can
# truly be cheap: no threshold would be safe for them.
DOUBTFUL_PRICE_BELOW = {
    "B": DOUBTFUL_EQUIPMENT_PRICE,
    "C": DOUBTFUL_BUILDING_PRICE,
    "D": DOUBTFUL_WORKS_PRICE,
}

# A validation message about an AssetInput field points at the column holding it.
COLUMN_OF_INPUT = {
    "acquisition_method": Field.ORIGIN,
    "price": Field.PRICE,
    "room_id": Field.ROOM,
    "quantity": Field.QUANTITY,
}
# Besides code, name, merk, year, room, holder and price, what a row without a register
# number is recognised by.
IDENTIFYING_NUMBERS = (
    "serial_number",
    "chassis_number",
    "engine_number",
    "plate_number",
    "nibar",
)


CODES_PER_QUERY = 200


class Action:
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class PlannedItem:
    sheet: str
    row: int
    action: str
    data: AssetInput
    asset_id: int | None = None
    register_number: int | None = None  # None: the next free number is handed out
    import_key: str | None = None
    new_room: str = ""  # a room to create first (its name), when the file names an unknown one
    changed: tuple[str, ...] = ()


@dataclass
class Plan:
    items: list[PlannedItem] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    new_rooms: list[str] = field(default_factory=list)
    new_holders: list[str] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)  # what was done to the values
    warnings: list[Problem] = field(default_factory=list)  # doubtful values to confirm
    rows: int = 0
    rows_with_problems: int = 0

    def count(self, action: str) -> int:
        return sum(1 for item in self.items if item.action == action)


def name_key(text: str) -> str:
    """Names compared the way people read them: case, spacing and punctuation ignored."""
    return " ".join(words_of(text))


@dataclass
class RegisterState:
    """What the register already holds, loaded once for the whole file."""

    codes: set[str]
    rooms: dict[str, tuple[int, str]]  # name key or code key -> (id, name)
    holders: dict[str, tuple[str, str]]  # name key -> (name as written, NIP)
    by_register: dict[tuple[str, int], dict[str, Any]]
    by_import_key: dict[str, dict[str, Any]]
    numbers: dict[tuple[str, str], tuple[int, str, str]]  # (column, value) -> (id, name, asset)
    held: list[object]  # the loaded codes and rooms, kept alive for the identity map
    # Keys of items imported without a register number and reclassified since (so of a code
    # the file may no longer name): such a row still finds its item, one query each.
    moved_keys: set[str] = field(default_factory=set)


def load_state(
    session: Session,
    unit_id: int,
    registers_in_file: dict[str, tuple[int, int]],
    *,
    names_holders: bool = True,
) -> RegisterState:
    """The register as far as the file may touch it: ``registers_in_file`` maps each code
    the file names to the lowest and highest register number it gives (0, 0 for none);
    the register's holders are read only when the file ``names_holders``."""
    codes_in_file = set(registers_in_file)
    codes = set(session.scalars(select(AssetCode.code)))
    # validate_asset looks codes and rooms up by key: load them once and hold them, or the
    # session's identity map (weak references) lets them go and each row queries again.
    held: list[object] = list(
        session.scalars(select(AssetCode).where(AssetCode.code.in_(codes_in_file)))
    )
    rooms: dict[str, tuple[int, str]] = {}
    unit_rooms = list(session.scalars(select(Room).where(Room.unit_id == unit_id)))
    held.extend(unit_rooms)
    for room in unit_rooms:
        rooms.setdefault(name_key(room.code), (room.id, room.name))
        rooms[name_key(room.name)] = (room.id, room.name)
    holders: dict[str, tuple[str, str]] = {}
    if names_holders:  # a pass over the whole register: only when the file has holders
        query = (
            select(Asset.holder_name, func.max(Asset.holder_nip))
            .where(Asset.unit_id == unit_id, Asset.holder_name != "")
            .group_by(Asset.holder_name)
        )
        for name, nip in session.execute(query):
            holders.setdefault(name_key(name), (name, nip or ""))
        users = select(User.full_name).where(User.full_name != "")
        for (full_name,) in session.execute(users):
            holders.setdefault(name_key(full_name), (full_name, ""))
    columns = [getattr(Asset, name) for name in INPUT_COLUMNS]
    # Only the items the file can match: its codes within its register numbers (the code and
    # register index finds them), and those imported without a register number. A grown
    # register holds tens of thousands of other items of the same codes.
    by_register: dict[tuple[str, int], dict[str, Any]] = {}
    by_import_key: dict[str, dict[str, Any]] = {}
    ranges = sorted(registers_in_file.items())
    # A few hundred codes at a time: SQLite limits how deep one expression may nest.
    for start in range(0, len(ranges), CODES_PER_QUERY):
        part = ranges[start : start + CODES_PER_QUERY]
        ranges_of_part = [
            and_(Asset.code == code, Asset.register_number.between(low, high))
            for code, (low, high) in part
            if high
        ]
        # Two queries, so each finds its rows through its own index.
        conditions = [
            and_(Asset.code.in_([code for code, _ in part]), Asset.import_key.is_not(None))
        ]
        if ranges_of_part:
            conditions.append(or_(*ranges_of_part))
        for condition in conditions:
            existing = select(
                Asset.id, Asset.register_number, Asset.status, Asset.import_key, *columns
            ).where(Asset.unit_id == unit_id, condition)
            for row in session.execute(existing).mappings():
                values = dict(row)
                by_register[(values["code"], values["register_number"])] = values
                if values["import_key"]:
                    by_import_key[values["import_key"]] = values
    numbers: dict[tuple[str, str], tuple[int, str, str]] = {}
    for column in NUMBER_LABELS:
        attribute = getattr(Asset, column)
        taken: Any = select(
            Asset.id, attribute, Asset.name, Asset.brand_type, Asset.code, Asset.register_number
        ).where(attribute != "", Asset.status != AssetStatus.DISPOSED.value)
        for found in session.execute(taken):
            asset_id, value, name, brand, code, register = found
            numbers[(column, str(value))] = (
                int(asset_id),
                str(brand or name),
                code_register(str(code), int(register)),
            )
    imported = select(Asset.import_key).where(
        Asset.unit_id == unit_id, Asset.import_key.is_not(None)
    )
    moved_keys = {key for key in session.scalars(imported) if key and key not in by_import_key}
    return RegisterState(
        codes, rooms, holders, by_register, by_import_key, numbers, held, moved_keys
    )


def _imported_item(session: Session, unit_id: int, import_key: str) -> dict[str, Any] | None:
    """The item a row without a register number was imported as, whatever its code now."""
    columns = [getattr(Asset, name) for name in INPUT_COLUMNS]
    found = session.execute(
        select(Asset.id, Asset.register_number, Asset.status, Asset.import_key, *columns).where(
            Asset.unit_id == unit_id, Asset.import_key == import_key
        )
    ).mappings()
    row = found.first()
    return dict(row) if row is not None else None


def _fingerprint(data: RowData, occurrence: int) -> str:
    """What a row says, normalised: a trailing dot, a date's writing or spacing change
    nothing; the room and the holder count, so two rooms' identical chairs stay apart."""
    values = data.values
    parts = [
        str(values.get("code", "")),
        name_key(str(values.get("name", ""))),
        name_key(str(values.get("brand_type", ""))),
        str(values.get("acquisition_year", data.document_year or "")),
        str(values.get("acquisition_date") or ""),
        *(name_key(str(values.get(column, ""))) for column in IDENTIFYING_NUMBERS),
        name_key(data.room),
        name_key(data.holder),
        str(data.unit_price if data.unit_price is not None else (data.row_price or 0)),
        str(occurrence),
    ]
    return hashlib.sha1("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()


class Planner:
    """Checks the rows of one import against the register and against each other."""

    def __init__(self, session: Session, unit_id: int, today: date, state: RegisterState) -> None:
        self.session = session
        self.unit_id = unit_id
        self.today = today
        self.state = state
        self.plan = Plan()
        self.seen_registers: dict[tuple[str, int], tuple[str, int]] = {}
        self.seen_numbers: dict[tuple[str, str], tuple[str, int]] = {}
        self.fingerprints: dict[str, int] = {}
        self.checked_rows: dict[int, AssetInput] = {}  # id(row) -> its new items, checked
        self.new_rooms: dict[str, str] = {}
        self.new_holders: dict[str, str] = {}

    def add_sheet(
        self,
        sheet: SheetData,
        layout: SheetLayout,
        tick: Callable[[], None] | None = None,
    ) -> None:
        self._scale_notices(layout)
        for row_number, row in data_rows(sheet, layout):
            data = read_row(sheet, layout, row_number, row, self.today)
            self.checked_rows.clear()  # a row's id may be reused by the next row's object
            self.plan.rows += 1
            items = self._items(data, layout) if not data.problems else []
            if data.problems:
                self.plan.problems.extend(data.problems)
                self.plan.rows_with_problems += 1
            else:
                self.plan.items.extend(items)
            if tick is not None:
                tick()

    def finish(self) -> Plan:
        self.plan.new_rooms = sorted(self.new_rooms.values())
        self.plan.new_holders = sorted(self.new_holders.values())
        return self.plan

    def _scale_notices(self, layout: SheetLayout) -> None:
        """Say which price columns were scaled by the unit their heading states."""
        for price_field in PRICE_FIELDS:
            scale = layout.scale_of(price_field)
            index = layout.column_of(price_field)
            if scale == 1 or index is None:
                continue
            column = column_letter(layout, price_field)
            self.plan.notices.append(
                Problem(
                    sheet=layout.sheet,
                    row=0,
                    column=column,
                    field=price_field.value,
                    value=layout.headings[index],
                    template=NOTICE_SCALED,
                    params={"column": column, "factor": group_thousands(scale)},
                    severity=Severity.NOTICE,
                )
            )

    # --- one row -----------------------------------------------------------------------------

    def _problem(
        self, data: RowData, layout: SheetLayout, field_: Field, template: str, **params: Any
    ) -> None:
        data.problems.append(
            Problem(
                sheet=data.sheet,
                row=data.row,
                column=column_letter(layout, field_),
                field=field_.value,
                value=data.cells.get(field_, ""),
                template=template,
                params=params,
            )
        )

    @staticmethod
    def _where(data: RowData) -> tuple[str, int]:
        return data.sheet, data.row

    @staticmethod
    def _first(where: tuple[str, int]) -> dict[str, Any]:
        """Where a value was first seen, as a translatable "{first_sheet}, row {first_row}"."""
        return {"where": WHERE_ROW, "first_sheet": where[0], "first_row": where[1]}

    def _items(self, data: RowData, layout: SheetLayout) -> list[PlannedItem]:
        code = data.values["code"]
        if code not in self.state.codes:
            self._problem(data, layout, Field.CODE, PROBLEM_UNKNOWN_CODE)
            return []
        kib = kib_of(code)
        if kib is None:
            self._problem(data, layout, Field.CODE, PROBLEM_NOT_AN_ITEM)
            return []
        if kib == "F" and "land_area_m2" in data.values and "floor_area_m2" not in data.values:
            # KIB F's "Luas (m²)" is the building's floor area, not a plot of land.
            data.values["floor_area_m2"] = data.values.pop("land_area_m2")
        room_id, new_room = self._room(data, layout, kib)
        new_holder = self._holder(data)
        registers: list[int | None]
        if data.registers is not None:
            registers = list(range(data.registers.first, data.registers.last + 1))
        else:
            registers = [None] * data.count()
        items: list[PlannedItem] = []
        for register, price in zip(registers, data.prices(), strict=True):
            item = self._item(data, layout, code, register, price, room_id, new_room)
            if item is not None:
                items.append(item)
        if data.problems:
            return []
        self._doubtful_price(data, layout, kib, items)
        # Only rows that go in may ask for a room or holder to be made.
        if new_room:
            self.new_rooms.setdefault(name_key(new_room), new_room)
        if new_holder:
            self.new_holders.setdefault(name_key(new_holder), new_holder)
        return items

    def _doubtful_price(
        self, data: RowData, layout: SheetLayout, kib: str, items: list[PlannedItem]
    ) -> None:
        """A warning when the row would write a price too low for its KIB to be believed, from
        a column whose heading does not say what its numbers count."""
        threshold = DOUBTFUL_PRICE_BELOW.get(kib)
        writes_price = any(item.action == Action.NEW or "price" in item.changed for item in items)
        if threshold is None or not writes_price:
            return
        lowest = min(item.data.price for item in items)
        if not 0 < lowest < threshold:
            return
        target = Field.UNIT_PRICE if data.unit_price is not None else Field.PRICE
        if layout.states_unit(target):
            return
        self.plan.warnings.append(
            Problem(
                sheet=data.sheet,
                row=data.row,
                column=column_letter(layout, target),
                field=target.value,
                value=data.cells.get(target, ""),
                template=WARNING_DOUBTFUL_PRICE,
                params={
                    "name": str(data.values.get("name", "")),
                    "price": format_rupiah(lowest),
                    "kib": kib,
                    "threshold": format_rupiah(threshold),
                },
                severity=Severity.WARNING,
            )
        )

    def _room(self, data: RowData, layout: SheetLayout, kib: str) -> tuple[int | None, str]:
        if not data.room:
            return None, ""
        if kib not in ("B", "E"):
            self._problem(
                data, layout, Field.ROOM, PROBLEM_ROOM_KIB, code=data.values["code"], kib=kib
            )
            return None, ""
        key = name_key(data.room)
        found = self.state.rooms.get(key)
        if found is not None:
            return found[0], ""
        # A room new to the register, written the way the first row that named it wrote it.
        return None, self.new_rooms.get(key, data.room)

    def _holder(self, data: RowData) -> str:
        """The holder's name as the register writes it; returns it when it is a new one."""
        if not data.holder:
            return ""
        key = name_key(data.holder)
        known = self.state.holders.get(key)
        if known is None:
            data.values["holder_name"] = self.new_holders.get(key, data.holder)
            return str(data.values["holder_name"])
        data.values["holder_name"] = known[0]
        if known[1] and "holder_nip" not in data.values:
            data.values["holder_nip"] = known[1]
            data.nip_from_register = True
        return ""

    def _existing(
        self, data: RowData, code: str, register: int | None
    ) -> tuple[dict[str, Any] | None, str | None]:
        if register is not None:
            return self.state.by_register.get((code, register)), None
        occurrence = self.fingerprints.get(self._base_key(data), 0) + 1
        self.fingerprints[self._base_key(data)] = occurrence
        key = _fingerprint(data, occurrence)
        existing = self.state.by_import_key.get(key)
        if existing is None and key in self.state.moved_keys:
            existing = _imported_item(self.session, self.unit_id, key)
        return existing, key

    def _base_key(self, data: RowData) -> str:
        return _fingerprint(data, 0)

    def _item(
        self,
        data: RowData,
        layout: SheetLayout,
        code: str,
        register: int | None,
        price: int,
        room_id: int | None,
        new_room: str,
    ) -> PlannedItem | None:
        if register is not None:
            first = self.seen_registers.setdefault((code, register), self._where(data))
            if first != self._where(data):
                self._problem(
                    data,
                    layout,
                    Field.REGISTER,
                    PROBLEM_DUPLICATE_REGISTER,
                    register=register_text(register),
                    code=code,
                    **self._first(first),
                )
                return None
        existing, import_key = self._existing(data, code, register)
        asset_id = existing["id"] if existing is not None else None
        checked = self.checked_rows.get(id(data)) if existing is None else None
        if checked is not None:
            # The new items of one row differ only in price: the row was checked once.
            clean = replace(checked, price=price)
        else:
            values = dict(data.values, price=price)
            if existing is not None:  # reclassified since it was imported: it keeps its code
                values["code"] = existing["code"]
            if room_id is not None or new_room:
                values["room_id"] = room_id
            if existing is None and data.document_year and "acquisition_year" not in values:
                values["acquisition_year"] = data.document_year
            if existing is not None and data.nip_from_register:
                values.pop("holder_nip", None)  # a name's known NIP never overwrites an item's
            if existing is not None:
                # Columns the file lacks keep what the register holds.
                proposed = AssetInput(
                    **{**{name: existing[name] for name in INPUT_COLUMNS}, **values}
                )
            else:
                proposed = AssetInput(**{"name": "", "acquisition_year": 0, **values, "code": code})
            try:
                clean = validate_asset(
                    self.session,
                    proposed,
                    self.today,
                    asset_id=asset_id,
                    quantity=data.count(),
                    unit_id=self.unit_id,
                    check_numbers=False,
                )
            except ValidationError as error:
                self._validation_problem(data, layout, error)
                return None
            if existing is None:
                self.checked_rows[id(data)] = clean
        if not self._numbers_free(data, layout, clean, asset_id):
            return None
        if existing is None:
            return PlannedItem(
                data.sheet,
                data.row,
                Action.NEW,
                clean,
                register_number=register,
                import_key=import_key,
                new_room=new_room,
            )
        changed = tuple(
            name for name in INPUT_COLUMNS if getattr(clean, name) != existing[name]
        ) + (("room_id",) if new_room else ())
        if changed and existing["status"] == AssetStatus.DISPOSED.value:
            self._problem(
                data,
                layout,
                Field.CODE,
                PROBLEM_DISPOSED,
                asset=code_register(code, existing["register_number"]),
                fields=", ".join(changed),
            )
            return None
        return PlannedItem(
            data.sheet,
            data.row,
            Action.UPDATE if changed else Action.UNCHANGED,
            clean,
            asset_id=asset_id,
            register_number=existing["register_number"],
            new_room=new_room,
            changed=changed,
        )

    def _validation_problem(
        self, data: RowData, layout: SheetLayout, error: ValidationError
    ) -> None:
        name = error.field or ""
        target = COLUMN_OF_INPUT.get(name)
        if target is None:
            try:
                target = Field(name)
            except ValueError:
                target = Field.CODE
        if target is Field.PRICE and layout.column_of(Field.PRICE) is None:
            target = Field.UNIT_PRICE
        data.problems.append(
            Problem(
                sheet=data.sheet,
                row=data.row,
                column=column_letter(layout, target),
                field=target.value,
                value=data.cells.get(target, ""),
                template=error.template,
                params=dict(error.params),
            )
        )

    def _numbers_free(
        self, data: RowData, layout: SheetLayout, clean: AssetInput, asset_id: int | None
    ) -> bool:
        """Plates, chassis, engine and BPKB numbers: once in the file, once in the register."""
        free = True
        for column, label in NUMBER_LABELS.items():
            value = getattr(clean, column)
            if not value:
                continue
            first = self.seen_numbers.setdefault((column, value), self._where(data))
            if first != self._where(data):
                self._problem(
                    data,
                    layout,
                    Field(column),
                    PROBLEM_DUPLICATE_NUMBER,
                    label=label,
                    **self._first(first),
                )
                free = False
                continue
            other = self.state.numbers.get((column, value))
            if other is not None and other[0] != asset_id:
                self._problem(
                    data,
                    layout,
                    Field(column),
                    PROBLEM_NUMBER_TAKEN,
                    label=label,
                    name=other[1],
                    asset=other[2],
                )
                free = False
        return free
