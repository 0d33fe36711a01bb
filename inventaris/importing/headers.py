"""Finding a sheet's header and what each of its columns holds.

Office sheets put title rows above the table, split headers over two rows under merged group
titles ("Dokumen Gedung" over "Tanggal" and "Nomor"), number the columns in a row below, and
spell every heading their own way. A heading is matched by the words it contains, after case,
punctuation and spacing are thrown away; the first rule that fits wins, so the more precise
rules ("kode tanah") stand before the general ones ("kode").
"""

from __future__ import annotations

import enum
import functools
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inventaris.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inventaris.importing.reading import SheetData

HEADER_SEARCH_ROWS = 40


class Field(enum.StrEnum):
    """What a column can hold; the values are AssetInput's names where there is one."""

    ROW_NUMBER = "row_number"
    CODE = "code"
    NAME = "name"
    REGISTER = "register"
    QUANTITY = "quantity"
    PRICE = "price"  # the row's amount: for a register range, all its items together
    UNIT_PRICE = "unit_price"
    YEAR = "acquisition_year"
    DATE = "acquisition_date"
    ORIGIN = "origin"  # cara perolehan, with the funding in parentheses as we export it
    FUNDING = "funding_source"
    CONDITION = "condition"
    SPECIFICATION = "specification"
    BRAND = "brand_type"
    SIZE = "size"
    MATERIAL = "material"
    SERIAL = "serial_number"
    CHASSIS = "chassis_number"
    ENGINE = "engine_number"
    PLATE = "plate_number"
    BPKB = "bpkb_number"
    ROOM = "room"
    HOLDER = "holder_name"
    HOLDER_NIP = "holder_nip"
    NIBAR = "nibar"
    QUANTITY_UNIT = "quantity_unit"
    ADDRESS = "address"
    LAND_AREA = "land_area_m2"
    FLOOR_AREA = "floor_area_m2"
    TITLE_STATUS = "land_title_status"
    LAND_USE = "land_use"
    DOCUMENT_DATE = "document_date"
    DOCUMENT_NUMBER = "document_number"
    MULTI_STOREY = "multi_storey"
    CONCRETE = "concrete"
    LAND_CODE = "land_code"
    CONSTRUCTION = "construction"
    LENGTH = "length_km"
    WIDTH = "width_m"
    BOOK_TITLE = "book_title"
    ART_ORIGIN = "art_origin"
    ART_CREATOR = "art_creator"
    SPECIES = "species"
    BUILDING_KIND = "building_kind"
    CONSTRUCTION_START = "construction_start"
    CONTRACT_NUMBER = "contract_number"
    NOTES = "notes"


FIELD_LABELS = {
    Field.ROW_NUMBER: QT_TRANSLATE_NOOP("Engine", "Row number (not imported)"),
    Field.CODE: QT_TRANSLATE_NOOP("Engine", "Kode barang"),
    Field.NAME: QT_TRANSLATE_NOOP("Engine", "Name"),
    Field.REGISTER: QT_TRANSLATE_NOOP("Engine", "Register number or range"),
    Field.QUANTITY: QT_TRANSLATE_NOOP("Engine", "Quantity (jumlah)"),
    Field.PRICE: QT_TRANSLATE_NOOP("Engine", "Price of the row (all its items)"),
    Field.UNIT_PRICE: QT_TRANSLATE_NOOP("Engine", "Price of one item"),
    Field.YEAR: QT_TRANSLATE_NOOP("Engine", "Year of acquisition"),
    Field.DATE: QT_TRANSLATE_NOOP("Engine", "Date of acquisition"),
    Field.ORIGIN: QT_TRANSLATE_NOOP("Engine", "Cara perolehan (asal usul)"),
    Field.FUNDING: QT_TRANSLATE_NOOP("Engine", "Funding source"),
    Field.CONDITION: QT_TRANSLATE_NOOP("Engine", "Condition"),
    Field.SPECIFICATION: QT_TRANSLATE_NOOP("Engine", "Specification"),
    Field.BRAND: QT_TRANSLATE_NOOP("Engine", "Merk/type"),
    Field.SIZE: QT_TRANSLATE_NOOP("Engine", "Size/CC"),
    Field.MATERIAL: QT_TRANSLATE_NOOP("Engine", "Material"),
    Field.SERIAL: QT_TRANSLATE_NOOP("Engine", "Serial/factory no."),
    Field.CHASSIS: QT_TRANSLATE_NOOP("Engine", "Nomor rangka"),
    Field.ENGINE: QT_TRANSLATE_NOOP("Engine", "Nomor mesin"),
    Field.PLATE: QT_TRANSLATE_NOOP("Engine", "Nomor polisi"),
    Field.BPKB: QT_TRANSLATE_NOOP("Engine", "Nomor BPKB"),
    Field.ROOM: QT_TRANSLATE_NOOP("Engine", "Room"),
    Field.HOLDER: QT_TRANSLATE_NOOP("Engine", "Holder"),
    Field.HOLDER_NIP: QT_TRANSLATE_NOOP("Engine", "NIP of the holder"),
    Field.NIBAR: QT_TRANSLATE_NOOP("Engine", "NIBAR"),
    Field.QUANTITY_UNIT: QT_TRANSLATE_NOOP("Engine", "Unit of count"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("Engine", "Address / location"),
    Field.LAND_AREA: QT_TRANSLATE_NOOP("Engine", "Land area (m²)"),
    Field.FLOOR_AREA: QT_TRANSLATE_NOOP("Engine", "Floor area (m²)"),
    Field.TITLE_STATUS: QT_TRANSLATE_NOOP("Engine", "Title (status hak)"),
    Field.LAND_USE: QT_TRANSLATE_NOOP("Engine", "Use of the land"),
    Field.DOCUMENT_DATE: QT_TRANSLATE_NOOP("Engine", "Certificate/document date"),
    Field.DOCUMENT_NUMBER: QT_TRANSLATE_NOOP("Engine", "Certificate/document no."),
    Field.MULTI_STOREY: QT_TRANSLATE_NOOP("Engine", "Multi-storey"),
    Field.CONCRETE: QT_TRANSLATE_NOOP("Engine", "Concrete"),
    Field.LAND_CODE: QT_TRANSLATE_NOOP("Engine", "Code of the land"),
    Field.CONSTRUCTION: QT_TRANSLATE_NOOP("Engine", "Construction"),
    Field.LENGTH: QT_TRANSLATE_NOOP("Engine", "Length (km)"),
    Field.WIDTH: QT_TRANSLATE_NOOP("Engine", "Width (m)"),
    Field.BOOK_TITLE: QT_TRANSLATE_NOOP("Engine", "Book: title/author"),
    Field.ART_ORIGIN: QT_TRANSLATE_NOOP("Engine", "Art: region of origin"),
    Field.ART_CREATOR: QT_TRANSLATE_NOOP("Engine", "Art: creator"),
    Field.SPECIES: QT_TRANSLATE_NOOP("Engine", "Animal/plant: kind"),
    Field.BUILDING_KIND: QT_TRANSLATE_NOOP("Engine", "Kind of building"),
    Field.CONSTRUCTION_START: QT_TRANSLATE_NOOP("Engine", "Construction started"),
    Field.CONTRACT_NUMBER: QT_TRANSLATE_NOOP("Engine", "Contract no."),
    Field.NOTES: QT_TRANSLATE_NOOP("Engine", "Notes (keterangan)"),
}
# Without these a row cannot become an asset; a year or a date will do for the time.
REQUIRED_FIELDS = (Field.CODE, Field.NAME)
PRICE_FIELDS = (Field.PRICE, Field.UNIT_PRICE)
# KIB C has no year column: the building document's date stands in for it (KIB F: the date the
# works started, too).
TIME_FIELDS = (Field.YEAR, Field.DATE, Field.DOCUMENT_DATE, Field.CONSTRUCTION_START)

_NOT_PRICE = {"buku", "penyusutan", "susut", "akumulasi", "residu", "sisa"}


def _any(*words: str) -> frozenset[str]:
    return frozenset(words)


# (field, every one of these words, at least one of these words (empty: none needed), none of these)
_RULES: tuple[tuple[Field, frozenset[str], frozenset[str], frozenset[str]], ...] = (
    (Field.LAND_CODE, _any("kode", "tanah"), _any(), _any()),
    # KIB D, E and F, before the general rules their headings would also fit ("Asal Daerah" is
    # no cara perolehan, "Hewan/Tumbuhan Jenis" no name, "Tgl/Bln/Thn Mulai" no document date).
    (Field.CONSTRUCTION_START, _any("mulai"), _any(), _any()),
    (Field.BUILDING_KIND, _any("bangunan"), _any("p", "sp", "permanen"), _any("luas")),
    (
        Field.CONSTRUCTION,
        _any("konstruksi"),
        _any(),
        _any("ukuran", "bertingkat", "tingkat", "beton"),
    ),
    (Field.LENGTH, _any("panjang"), _any(), _any()),
    (Field.WIDTH, _any("lebar"), _any(), _any()),
    (Field.BOOK_TITLE, _any("judul"), _any(), _any()),
    (Field.ART_ORIGIN, _any("asal", "daerah"), _any(), _any()),
    (Field.ART_CREATOR, _any("pencipta"), _any(), _any()),
    (Field.SPECIES, _any("jenis"), _any("hewan", "ternak", "tumbuhan", "tanaman"), _any()),
    (Field.CONTRACT_NUMBER, _any("kontrak"), _any(), _any()),
    (Field.CODE, _any(), _any("kode", "kd", "kodefikasi"), _any("lokasi", "ruang", "ruangan")),
    (Field.REGISTER, _any(), _any("register", "reg", "noreg", "registrasi"), _any()),
    (Field.NIBAR, _any("nibar"), _any(), _any()),
    (Field.HOLDER_NIP, _any("nip"), _any(), _any()),
    (Field.ROOM, _any(), _any("ruangan", "ruang"), _any()),
    (Field.HOLDER, _any(), _any("pemegang", "pemakai", "pengguna", "penanggung"), _any()),
    (Field.SPECIFICATION, _any(), _any("spesifikasi", "spek"), _any()),
    (Field.SERIAL, _any(), _any("pabrik", "seri", "serial"), _any()),
    (Field.CHASSIS, _any("rangka"), _any(), _any()),
    (Field.ENGINE, _any("mesin"), _any(), _any("peralatan")),
    (Field.PLATE, _any(), _any("polisi", "nopol", "plat", "tnkb"), _any()),
    (Field.BPKB, _any("bpkb"), _any(), _any()),
    (Field.ROW_NUMBER, _any(), _any("urut"), _any()),
    (Field.DOCUMENT_DATE, _any(), _any("tanggal", "tgl"), _any("perolehan", "pembelian", "beli")),
    (Field.DOCUMENT_NUMBER, _any(), _any("dokumen", "sertifikat", "sertipikat"), _any()),
    (Field.DATE, _any(), _any("tanggal", "tgl"), _any()),
    (Field.NAME, _any(), _any("nama", "uraian", "jenis"), _any()),
    (Field.BRAND, _any(), _any("merk", "merek", "tipe", "type"), _any()),
    (Field.SIZE, _any(), _any("ukuran", "cc"), _any()),
    (Field.MATERIAL, _any("bahan"), _any(), _any()),
    (Field.YEAR, _any(), _any("tahun", "thn"), _any()),
    (Field.FUNDING, _any("sumber"), _any(), _any()),
    (Field.ORIGIN, _any(), _any("asal", "perolehan", "cara"), _any()),
    (Field.UNIT_PRICE, _any("satuan"), _any("harga", "nilai"), _any()),
    (Field.PRICE, _any(), _any("harga", "nilai", "rp"), frozenset(_NOT_PRICE)),
    (Field.QUANTITY_UNIT, _any("satuan"), _any(), _any()),
    (Field.QUANTITY, _any(), _any("jumlah", "jml", "qty", "banyaknya", "kuantitas"), _any()),
    (Field.CONDITION, _any(), _any("kondisi", "keadaan"), _any()),
    (Field.MULTI_STOREY, _any(), _any("bertingkat", "tingkat"), _any()),
    (Field.CONCRETE, _any("beton"), _any(), _any()),
    (Field.FLOOR_AREA, _any("luas"), _any("lantai", "bangunan", "gedung"), _any()),
    (Field.LAND_AREA, _any("luas"), _any(), _any()),
    (Field.TITLE_STATUS, _any(), _any("hak", "status"), _any()),
    (Field.LAND_USE, _any("penggunaan"), _any(), _any()),
    (Field.ADDRESS, _any(), _any("letak", "alamat", "lokasi"), _any()),
    (Field.NOTES, _any(), _any("keterangan", "ket", "catatan"), _any()),
)
# Headings that are only the row's number: "No", "No.", "Nomor", "#".
_NUMBER_ONLY = {"no", "nomor", "nmr"}


def words_of(text: str) -> list[str]:
    """``"Harga (Rp.)"`` -> ``["harga", "rp"]``: lower case, punctuation and spacing gone."""
    cleaned = text.lower().replace("²", "2").replace("/", " ").replace("-", " ")
    return re.findall(r"[a-z0-9]+", cleaned)


THOUSANDS = 1_000
MILLIONS = 1_000_000
# A heading that states its unit, its words joined by spaces: "Harga (ribuan Rp)", "Rp. 000",
# "(000)", "Nilai x 1.000", "dalam jutaan rupiah", "(juta Rp)", "Rp 000.000".
_IN_MILLIONS = re.compile(r"\b(?:juta|jutaan|jt)\b|\b(?:1 )?000 000\b|\b1000000\b")
_IN_THOUSANDS = re.compile(r"\b(?:ribu|ribuan|rb)\b|\b(?:1 )?000\b|\b1000\b")


@functools.lru_cache(maxsize=256)
def unit_scale(heading: str) -> int:
    """What an amount column's values are multiplied by: 1, or 1.000 for a column in thousands
    of Rupiah ("Harga (ribuan Rp)"), 1.000.000 for one in millions ("Nilai (juta Rp)")."""
    text = " ".join(words_of(heading))
    if _IN_MILLIONS.search(text):
        return MILLIONS
    if _IN_THOUSANDS.search(text):
        return THOUSANDS
    return 1


_RUPIAH = frozenset({"rp", "rupiah", "idr"})


def states_unit(heading: str) -> bool:
    """Whether an amount column's heading says what its numbers count: "Harga (Rp)", "Nilai
    (ribuan Rp)"; "Harga" alone does not, so a doubtfully low amount under it is asked about."""
    return unit_scale(heading) != 1 or bool(_RUPIAH & set(words_of(heading)))


def field_of(heading: str) -> Field | None:
    """The field a heading names, or None when it names none we know."""
    words = set(words_of(heading))
    if not words:
        return None
    if words <= _NUMBER_ONLY:
        return Field.ROW_NUMBER
    # "Jumlah Harga" is a price, not a quantity; "Harga Satuan" is one item's price.
    if words & {"harga", "nilai"} and not words & _NOT_PRICE:
        return Field.UNIT_PRICE if "satuan" in words else Field.PRICE
    for field, needed, some, never in _RULES:
        if needed <= words and (not some or words & some) and not words & never:
            return field
    return None


@dataclass(frozen=True)
class SheetLayout:
    """Where a sheet's table is and what each column holds (None: not imported)."""

    sheet: str
    header_row: int  # the last header row, 1-based: data follows it
    header_rows: int  # 1, or 2 for a header over two rows
    headings: tuple[str, ...]
    fields: tuple[Field | None, ...]

    @property
    def signature(self) -> str:
        """The layout's identity: its headings, so a mapping is remembered per layout."""
        text = "\x1f".join(" ".join(words_of(heading)) for heading in self.headings)
        return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()

    def column_of(self, field: Field) -> int | None:
        """The 0-based column that holds ``field``, or None."""
        try:
            return self.fields.index(field)
        except ValueError:
            return None

    def scale_of(self, field: Field) -> int:
        """The unit the heading of ``field``'s column states (1 when none): see unit_scale."""
        index = self.column_of(field)
        if index is None or index >= len(self.headings):
            return 1
        return unit_scale(self.headings[index])

    def states_unit(self, field: Field) -> bool:
        """Whether the heading of ``field``'s column names its unit: see states_unit."""
        index = self.column_of(field)
        return (
            index is not None and index < len(self.headings) and states_unit(self.headings[index])
        )

    def with_fields(self, fields: Sequence[Field | None]) -> SheetLayout:
        return SheetLayout(
            self.sheet, self.header_row, self.header_rows, self.headings, tuple(fields)
        )


def _text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def _headings(rows: Sequence[tuple[object, ...]], top: int, two: bool) -> list[str]:
    upper = [_text(value) for value in rows[top]]
    if not two:
        return upper
    lower = [_text(value) for value in rows[top + 1]] if top + 1 < len(rows) else []
    width = max(len(upper), len(lower))
    upper += [""] * (width - len(upper))
    lower += [""] * (width - len(lower))
    combined: list[str] = []
    group = ""
    for index in range(width):
        if upper[index]:
            group = upper[index] if lower[index] else ""
        elif not lower[index]:
            group = ""
        # A merged group title is written only over its first column: it spans those after it.
        title = upper[index] or (group if lower[index] else "")
        combined.append(" ".join(part for part in (title, lower[index]) if part))
    return combined


def _assign(headings: Sequence[str]) -> list[Field | None]:
    """Each heading's field; a field claimed twice stays with its first column."""
    fields: list[Field | None] = []
    taken: set[Field] = set()
    for heading in headings:
        field = field_of(heading)
        if field is not None and field in taken and field is not Field.ROW_NUMBER:
            field = None
        if field is not None:
            taken.add(field)
        fields.append(field)
    return fields


def _score(fields: Sequence[Field | None]) -> int:
    found = {field for field in fields if field is not None and field is not Field.ROW_NUMBER}
    if not set(REQUIRED_FIELDS) <= found:
        return 0
    return len(found)


def detect_layout(sheet: SheetData) -> SheetLayout | None:
    """The sheet's header among its first rows, or None when there is no table of assets."""
    # (fields named, one row rather than two, earlier rather than later) -> (top, two rows)
    best: tuple[tuple[int, bool, int], int, bool] | None = None
    for top in range(min(HEADER_SEARCH_ROWS, len(sheet.rows))):
        if not any(_text(value) for value in sheet.rows[top]):
            continue
        for two in (False, True):
            score = _score(_assign(_headings(sheet.rows, top, two)))
            # A header over two rows must name more than one row alone does.
            rank = (score, not two, -top)
            if score and (best is None or rank > best[0]):
                best = (rank, top, two)
    if best is None:
        return None
    _, top, two = best
    headings = _headings(sheet.rows, top, two)
    while headings and not headings[-1]:
        headings.pop()  # rows come padded to the widest row; the table ends at its last heading
    return SheetLayout(
        sheet=sheet.name,
        header_row=top + (2 if two else 1),
        header_rows=2 if two else 1,
        headings=tuple(headings),
        fields=tuple(_assign(headings)),
    )


def first_row_layout(sheet: SheetData) -> SheetLayout | None:
    """A table whose headings we do not know: its first row of several cells as the header,
    each column mapped where a heading is recognised, so a person can map the rest."""
    for top, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        headings = [_text(value) for value in row]
        if sum(1 for heading in headings if heading) < 2:
            continue
        while headings and not headings[-1]:
            headings.pop()
        return SheetLayout(sheet.name, top + 1, 1, tuple(headings), tuple(_assign(headings)))
    return None


def is_column_numbering(row: tuple[object, ...]) -> bool:
    """The row of column numbers under a form's header: 1, 2, 3 … (or "(1)", "(2)" …)."""
    numbers = [words_of(_text(value)) for value in row if _text(value)]
    if len(numbers) < 3:
        return False
    flat = [words[0] if len(words) == 1 else "" for words in numbers]
    return flat == [str(index) for index in range(1, len(flat) + 1)]
