"""From a sheet's rows to what each data row says, value by value, with its problems.

A row's cells are normalised one by one; every cell that cannot be read becomes a problem naming
its column, so one pass over the file reports all of them, not the first only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from openpyxl.utils import get_column_letter

from inventaris.assets.types import MAX_IDENTICAL
from inventaris.assets.validation import LABELS, MSG_QUANTITY
from inventaris.core.guards import CONTROL_CHARACTERS
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.importing import values as parse
from inventaris.importing.headers import (
    FIELD_LABELS,
    TIME_FIELDS,
    Field,
    SheetLayout,
    is_column_numbering,
    words_of,
)
from inventaris.importing.problems import CellProblem, Problem
from inventaris.importing.reading import SheetData

PROBLEM_CONTROL = QT_TRANSLATE_NOOP(
    "Engine", "holds an invisible control character (code {code}); remove it from the cell"
)
PROBLEM_FORMULA = QT_TRANSLATE_NOOP(
    "Engine",
    "the cell holds a formula that was never calculated; open the file in Excel or LibreOffice, "
    "save it, and import again",
)
PROBLEM_MISSING = QT_TRANSLATE_NOOP("Engine", "{label} is required")
PROBLEM_RANGE_QUANTITY = QT_TRANSLATE_NOOP(
    "Engine", "jumlah {quantity} does not match the register range {range}, which holds {count}"
)

# Words that open the signature block under a form: reading stops there.
_SIGNATURE_WORDS = ("mengetahui", "pengurus barang", "penyimpan barang", "kuasa pengguna")
# "JUMLAH", "JUMLAH HALAMAN", "JUMLAH DIPINDAHKAN", "Jumlah s/d halaman ini", "Sub Total".
_TOTAL_WORDS = {"jumlah", "total", "subtotal", "sub"}
# A printed KIB repeats its page header on every page: the title and the identity block
# ("PROVINSI …", "NO. KODE LOKASI …"). A row whose first filled cell starts so is one of them.
_PAGE_HEADER_STARTS = (
    ("kartu", "inventaris"),
    ("pemerintah",),
    ("provinsi",),
    ("kabupaten",),
    ("kab",),  # "KAB/KOTA", "KAB. LANGKAT"
    ("kota",),
    ("skpd",),
    ("opd",),
    ("upb",),
    ("bidang",),
    ("unit", "organisasi"),
    ("sub", "unit"),
    ("satuan", "kerja"),
    ("no", "kode", "lokasi"),
    ("nomor", "kode", "lokasi"),
    ("kode", "lokasi"),
    ("halaman",),
)
_KIB_LETTERS = frozenset("abcdef")
_ONE = frozenset({"1", "(1)", "1."})  # how a row of column numbers starts

TEXT_FIELDS = (
    Field.SPECIFICATION,
    Field.BRAND,
    Field.SIZE,
    Field.MATERIAL,
    Field.SERIAL,
    Field.CHASSIS,
    Field.ENGINE,
    Field.PLATE,
    Field.BPKB,
    Field.NIBAR,
    Field.QUANTITY_UNIT,
    Field.ADDRESS,
    Field.TITLE_STATUS,
    Field.LAND_USE,
    Field.DOCUMENT_NUMBER,
    Field.LAND_CODE,
    Field.NOTES,
    Field.FUNDING,
    Field.CONSTRUCTION,
    Field.BOOK_TITLE,
    Field.ART_ORIGIN,
    Field.ART_CREATOR,
    Field.SPECIES,
    Field.CONTRACT_NUMBER,
)


@dataclass
class RowData:
    """One data row as read: the asset's values found in it, and what was wrong."""

    sheet: str
    row: int
    cells: dict[Field, str]  # every mapped cell's text, for the report and the fingerprint
    values: dict[str, Any] = field(default_factory=dict)  # AssetInput names -> values
    registers: parse.RegisterRange | None = None
    quantity: int = 1
    row_price: int | None = None
    unit_price: int | None = None
    room: str = ""
    holder: str = ""
    # KIB C has no year column: for a new building its document's year stands in.
    document_year: int | None = None
    nip_from_register: bool = False  # the holder's NIP came from the register, not the file
    problems: list[Problem] = field(default_factory=list)

    def count(self) -> int:
        return self.registers.count if self.registers else self.quantity

    def prices(self) -> list[int]:
        """Each item's price: one item's price, or the row's amount shared out evenly.

        The odd Rupiah of an uneven share go to the first items, so the row adds up exactly.
        """
        count = self.count()
        if self.unit_price is not None:
            return [self.unit_price] * count
        total = self.row_price or 0
        share, odd = divmod(total, count)
        return [share + (1 if index < odd else 0) for index in range(count)]


def column_letter(layout: SheetLayout, field_: Field) -> str:
    index = layout.column_of(field_)
    return "" if index is None else str(get_column_letter(index + 1))


def _is_header_again(row: tuple[object, ...], layout: SheetLayout) -> bool:
    """A header written again inside the table (a sheet printed with repeated headers)."""
    code_column = layout.column_of(Field.CODE)
    if code_column is None or code_column >= len(row):
        return False
    cell = parse.text_of(row[code_column])
    return bool(cell) and words_of(cell) == words_of(layout.headings[code_column])


def _filled(value: object) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


_CODE_CHARACTERS = frozenset("0123456789. ")


def _is_page_header_line(first_words: list[str]) -> bool:
    """The title or an identity line of a printed KIB's page header, by its first words."""
    if first_words[:1] == ["kib"] and first_words[1:2] and first_words[1] in _KIB_LETTERS:
        return True
    return any(tuple(first_words[: len(start)]) == start for start in _PAGE_HEADER_STARTS)


def _has_register(row: tuple[object, ...], register_column: int | None) -> bool:
    """Whether the row's register cell holds a register number or range."""
    if register_column is None or register_column >= len(row):
        return False
    try:
        return parse.parse_register(row[register_column]) is not None
    except CellProblem:
        return False


def data_rows(sheet: SheetData, layout: SheetLayout) -> Iterator[tuple[int, tuple[object, ...]]]:
    """(row number, cells) of the table's rows: numbering, totals and signatures left out.

    A sheet printed from the BMD system repeats its page header on every page: the title, the
    identity block, the header and the row of column numbers, with a "JUMLAH" row closing each
    page. All of them are left out wherever they stand; a row with a kode barang and a register
    number never is.
    """
    code_column = layout.column_of(Field.CODE)
    register_column = layout.column_of(Field.REGISTER)
    mapped = [index for index, found in enumerate(layout.fields) if found is not None]
    first = layout.header_row  # 0-based index of the first row after the header
    # The rows above the table (title, identity block, header), as a page header repeats them.
    page_header = frozenset(row for row in sheet.rows[:first] if row)
    for index in range(first, len(sheet.rows)):
        row = sheet.rows[index]
        width = len(row)
        if not any(_filled(row[column]) for column in mapped if column < width):
            continue
        # A row of column numbers (text in a CSV) would otherwise pass for a code.
        start = row[0] if _filled(row[0]) else next((v for v in row if _filled(v)), None)
        if parse.text_of(start) in _ONE and is_column_numbering(row):
            continue
        code = row[code_column] if code_column is not None and code_column < width else None
        is_code = isinstance(code, str) and bool(code.strip()) and _CODE_CHARACTERS.issuperset(code)
        if row in page_header and not (is_code and _has_register(row, register_column)):
            continue
        # Most rows carry a code: only the others can be totals or signatures.
        if is_code:
            yield index + 1, row
            continue
        texts = [parse.text_of(value) for value in row if _filled(value)]
        first_words = words_of(texts[0])
        if _is_page_header_line(first_words) and not _has_register(row, register_column):
            continue
        lowered = " ".join(texts).lower()
        if any(word in lowered for word in _SIGNATURE_WORDS):
            return
        if first_words and first_words[0] in _TOTAL_WORDS:
            continue
        if len(texts) == 1 and first_words in (["nihil"], ["nil"]):
            continue  # an empty card's one row: "NIHIL"
        if _is_header_again(row, layout):
            continue
        yield index + 1, row


_Parser = Callable[[object], Any]


def read_row(
    sheet: SheetData, layout: SheetLayout, row_number: int, row: tuple[object, ...], today: date
) -> RowData:
    """Normalise one data row's cells; each unreadable cell becomes a problem."""
    cells: dict[Field, str] = {}
    raw: dict[Field, object] = {}
    data = RowData(sheet.name, row_number, cells)
    for index, found in enumerate(layout.fields):
        if found is None or found is Field.ROW_NUMBER:
            continue
        value = row[index] if index < len(row) else None
        if (row_number, index + 1) in sheet.pending_formulas:
            data.problems.append(_problem(data, layout, found, "", PROBLEM_FORMULA))
            cells[found] = ""  # present but unreadable: not reported as missing as well
            continue
        text = parse.text_of(value)
        control = CONTROL_CHARACTERS.search(text)
        if control is not None:  # NUL, escape …: never stored (they break exports and logs)
            code = f"{ord(control.group()):#04x}"
            shown = CONTROL_CHARACTERS.sub("?", text)
            data.problems.append(
                _problem(data, layout, found, shown, PROBLEM_CONTROL, {"code": code})
            )
            cells[found] = ""
            continue
        if text:
            cells[found] = text
            raw[found] = value

    def take(field_: Field, parser: _Parser) -> Any:
        if field_ not in raw:
            return None
        try:
            return parser(raw[field_])
        except CellProblem as problem:
            data.problems.append(
                _problem(data, layout, field_, cells[field_], problem.template, problem.params)
            )
            return None

    _read_identity(data, layout, take, today)
    _read_details(data, take, today)
    return data


def _read_identity(data: RowData, layout: SheetLayout, take: Any, today: date) -> None:
    cells = data.cells
    for required in (Field.CODE, Field.NAME):
        if required not in cells:
            label = LABELS.get(required.value, FIELD_LABELS[required])
            data.problems.append(
                _problem(data, layout, required, "", PROBLEM_MISSING, {"label": label})
            )
    code = take(Field.CODE, parse.parse_code)
    if code:
        data.values["code"] = code
    if Field.NAME in cells:
        data.values["name"] = cells[Field.NAME]
    data.registers = take(Field.REGISTER, parse.parse_register)
    quantity = take(Field.QUANTITY, parse.parse_quantity)
    if data.registers is not None and quantity is not None and quantity != data.registers.count:
        data.problems.append(
            _problem(
                data,
                layout,
                Field.QUANTITY,
                cells[Field.QUANTITY],
                PROBLEM_RANGE_QUANTITY,
                {
                    "quantity": quantity,
                    "range": cells[Field.REGISTER],
                    "count": data.registers.count,
                },
            )
        )
    data.quantity = quantity or (data.registers.count if data.registers else 1)
    if data.count() > MAX_IDENTICAL:
        # Reported once, before thousands of items are made of one cell.
        where = Field.QUANTITY if Field.QUANTITY in cells else Field.REGISTER
        data.problems.append(
            _problem(
                data,
                layout,
                where,
                cells.get(where, ""),
                MSG_QUANTITY,
                {"maximum": MAX_IDENTICAL, "value": data.count()},
            )
        )
        data.quantity, data.registers = 1, None
    data.row_price = take(Field.PRICE, _rupiah_in(layout, Field.PRICE))
    data.unit_price = take(Field.UNIT_PRICE, _rupiah_in(layout, Field.UNIT_PRICE))
    if Field.PRICE not in cells and Field.UNIT_PRICE not in cells:
        price_field = (
            Field.UNIT_PRICE if layout.column_of(Field.UNIT_PRICE) is not None else Field.PRICE
        )
        data.problems.append(
            _problem(data, layout, price_field, "", PROBLEM_MISSING, {"label": LABELS["price"]})
        )
    when = take(Field.DATE, lambda value: parse.parse_date(value, today=today))
    year = take(Field.YEAR, lambda value: parse.parse_year(value, today=today))
    if when is not None:
        data.values["acquisition_date"] = when.day
        year = year or when.year
    if year is not None:
        data.values["acquisition_year"] = year
    elif not set(TIME_FIELDS) & cells.keys():
        time_field = next(
            (found for found in TIME_FIELDS if layout.column_of(found) is not None), Field.YEAR
        )
        label = LABELS["acquisition_year"]
        data.problems.append(
            _problem(data, layout, time_field, "", PROBLEM_MISSING, {"label": label})
        )


def _rupiah_in(layout: SheetLayout, field_: Field) -> _Parser:
    """The column's amounts in Rupiah, scaled by the unit its heading states ("ribuan Rp")."""
    scale = layout.scale_of(field_)
    return lambda value: parse.parse_rupiah(value, scale=scale)


# What our own cards write before the notes in Keterangan (inventory.layouts' remarks): it
# follows from the item (its value, its loan), so a re-imported card must not keep it as a note.
DERIVED_REMARKS = ("Ekstrakomptabel", "Dipinjamkan")


def _own_notes(keterangan: str) -> str:
    parts = keterangan.split(". ")
    while parts and parts[0].strip() in DERIVED_REMARKS:
        parts.pop(0)
    return ". ".join(parts)


def _read_details(data: RowData, take: Any, today: date) -> None:
    cells = data.cells
    for text_field in TEXT_FIELDS:
        if text_field in cells:
            data.values[text_field.value] = cells[text_field]
    if Field.NOTES in cells:
        data.values[Field.NOTES.value] = _own_notes(cells[Field.NOTES])
    condition = take(Field.CONDITION, parse.parse_condition)
    if condition:
        data.values["condition"] = condition
    origin = take(Field.ORIGIN, parse.parse_origin)
    if origin is not None:
        method, funding = origin
        data.values["acquisition_method"] = method
        if funding and Field.FUNDING not in cells:
            data.values["funding_source"] = funding
    for area_field in (Field.LAND_AREA, Field.FLOOR_AREA, Field.LENGTH, Field.WIDTH):
        area = take(area_field, parse.parse_area)
        if area is not None:
            data.values[area_field.value] = area
    kind = take(Field.BUILDING_KIND, parse.parse_building_kind)
    if kind:
        data.values["building_kind"] = kind
    document_date = take(Field.DOCUMENT_DATE, lambda value: parse.parse_date(value, today=today))
    if document_date is not None:
        data.values["document_date"] = document_date.day or date(document_date.year, 1, 1)
        # KIB C has no year column: a building counts from its document (IMB, BAST) then.
        data.document_year = document_date.year
    started = take(Field.CONSTRUCTION_START, lambda value: parse.parse_date(value, today=today))
    if started is not None:
        data.values["construction_start"] = started.day or date(started.year, 1, 1)
        # KIB F has no year column either: the works count from their start then.
        data.document_year = data.document_year or started.year
    storeys = take(
        Field.MULTI_STOREY, lambda value: parse.parse_flag(value, *parse.MULTI_STOREY_WORDS)
    )
    if storeys is not None:
        data.values["multi_storey"] = storeys
    concrete = take(Field.CONCRETE, lambda value: parse.parse_flag(value, *parse.CONCRETE_WORDS))
    if concrete is not None:
        data.values["concrete"] = concrete
    nip = take(Field.HOLDER_NIP, parse.parse_nip)
    if nip:
        data.values["holder_nip"] = nip
    data.room = cells.get(Field.ROOM, "")
    data.holder = cells.get(Field.HOLDER, "")


def _problem(
    data: RowData,
    layout: SheetLayout,
    field_: Field,
    value: str,
    template: str,
    params: dict[str, Any] | None = None,
) -> Problem:
    return Problem(
        sheet=data.sheet,
        row=data.row,
        column=column_letter(layout, field_),
        field=field_.value,
        value=value,
        template=template,
        params=dict(params or {}),
    )
