"""Looking inside an .xlsx package before openpyxl does, and finding formulas never calculated.

openpyxl trusts the package: opening a workbook, it reads the shared strings and styles whole and
parses the start of every worksheet (all of one that does not declare its size). So the zip's own
table is checked first: what each part declares it unpacks to bounds the work, because Python's
zipfile stops at the declared size. The XML parser's own limits (expat 2.4.1 and later) stop
entity expansion.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ElementTree
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from math import ceil
from pathlib import Path

from inventaris.core.errors import Cancelled, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

MSG_UNREADABLE = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} cannot be read; the file may be damaged. Open it in Excel, save it as .xlsx (Excel "
    "Workbook) and import again.",
)
MSG_NOT_XLSX = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} is not an Excel workbook (.xlsx). Open it in Excel, save it as .xlsx (Excel "
    "Workbook) and import again.",
)
MSG_ODS = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc, save it as .xlsx "
    "(Excel 2007-365) and import again.",
)
MSG_SHEET_TOO_BIG = QT_TRANSLATE_NOOP(
    "Engine",
    'Sheet "{sheet}" of {file} unpacks to {size} MB, more than a spreadsheet of assets can be; '
    "split it into several files.",
)
MSG_PART_TOO_BIG = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} holds {size} MB of shared text, styles or pictures ({part}), more than a "
    "spreadsheet of assets can; split it into several files.",
)

CONTENT_TYPES = "[Content_Types].xml"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
MAX_PENDING_FORMULAS = 10_000
MAX_SHEET_ROWS = 1_048_576  # Excel's own limit: no sheet a person made has more
# Counting "<row" bytes also counts a few other tags (<rowBreaks>): leave them room.
ROW_TAG_LIMIT = MAX_SHEET_ROWS + 100
_CHUNK = 1 << 20
# A cell longer than this cannot be one Excel wrote (32,767 characters at most); past it the scan
# gives up on the cell instead of holding an ever larger buffer.
_MAX_CARRY = 8 << 20

# Namespace prefixes are optional ("<c>" from Excel, "<x:c>" from the OpenXML SDK).
_CELL_TAG = re.compile(rb"<(?:\w+:)?c\b([^>]*)>")
# A formula (<f>…</f> or a shared one's <f …/>) followed by no value or an empty one, then the
# cell's end: a cell's children come in the order f, v. Formula text has no "<" (it is escaped).
_UNCALCULATED = re.compile(
    rb"<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(<(?:\w+:)?v\b[^>]*?(?:/>|></(?:\w+:)?v>)\s*)?</(?:\w+:)?c>"
)
_REFERENCE = re.compile(rb"""\br\s*=\s*["']([A-Za-z]{1,3})([0-9]{1,7})["']""")
_TYPE = re.compile(rb"""\bt\s*=\s*["'](\w+)["']""")


@dataclass(frozen=True)
class SheetPart:
    """A worksheet: its name as the tabs show it and its XML part inside the zip."""

    name: str
    part: str


@dataclass(frozen=True)
class Package:
    archive: zipfile.ZipFile
    worksheets: list[SheetPart]


def _refuse(template: str, path: Path, **params: object) -> ValidationError:
    return ValidationError(template, field="file", file=path.name, **params)


def _megabytes(size: int) -> int:
    return ceil(size / 2**20)


@contextmanager
def open_package(path: Path, *, sheet_limit: int, other_limit: int) -> Iterator[Package]:
    """The opened zip and its worksheets, once its parts are known to be of a sane size."""
    try:
        archive = zipfile.ZipFile(path)
    except Exception as error:  # BadZipFile, OSError, struct errors of a damaged directory
        raise _refuse(MSG_UNREADABLE, path) from error
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        if _is_ods(archive, infos):
            raise _refuse(MSG_ODS, path)
        if CONTENT_TYPES not in infos or WORKBOOK not in infos:
            raise _refuse(MSG_NOT_XLSX, path)
        for part in (WORKBOOK, WORKBOOK_RELS):
            if part in infos and infos[part].file_size > other_limit:
                size = _megabytes(infos[part].file_size)
                raise _refuse(MSG_PART_TOO_BIG, path, size=size, part=part)
        try:
            sheets, worksheets = _sheets(archive, infos)
        except Exception as error:  # missing relationships, XML errors, a damaged entry
            raise _refuse(MSG_UNREADABLE, path) from error
        # Every part, not only the chosen sheet's: opening the workbook reads the strings and
        # styles whole and starts parsing every sheet.
        for name, info in infos.items():
            sheet = sheets.get(name)
            limit = sheet_limit if sheet is not None else other_limit
            if info.file_size > limit:
                size = _megabytes(info.file_size)
                if sheet is not None:
                    raise _refuse(MSG_SHEET_TOO_BIG, path, sheet=sheet, size=size)
                raise _refuse(MSG_PART_TOO_BIG, path, size=size, part=name)
        yield Package(archive, worksheets)


def _is_ods(archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]) -> bool:
    info = infos.get("mimetype")
    if info is None or info.file_size > 200:
        return False
    try:
        return archive.read(info).strip() == ODS_MIMETYPE
    except Exception:  # a damaged entry is not worth a different message than the others
        return False


def _xml(archive: zipfile.ZipFile, part: str) -> ElementTree.Element:
    data = archive.read(part)
    # The package never needs a DTD; refusing one leaves no room for entity tricks.
    if b"<!DOCTYPE" in data:
        raise ValueError(f"{part} declares a DTD")
    return ElementTree.fromstring(data)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _sheets(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo]
) -> tuple[dict[str, str], list[SheetPart]]:
    """({part: sheet name} of the worksheets, the worksheets in tab order)."""
    targets: dict[str, tuple[str, str]] = {}
    folder = posixpath.dirname(posixpath.dirname(WORKBOOK_RELS))
    for element in _xml(archive, WORKBOOK_RELS).iter():
        if _local(element.tag) != "Relationship" or element.get("TargetMode") == "External":
            continue
        target = element.get("Target", "")
        # Resolved as openpyxl does, so both read the same part.
        if target.startswith("/"):
            target = target[1:]
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        targets[element.get("Id", "")] = (element.get("Type", ""), target)
    by_part: dict[str, str] = {}
    worksheets: list[SheetPart] = []
    for element in _xml(archive, WORKBOOK).iter():
        if _local(element.tag) != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id" and "}" in k), "")
        kind, target = targets.get(rel_id, ("", ""))
        name = element.get("name", "")
        if target not in infos:
            continue  # openpyxl skips a sheet whose part is missing; so do the names offered
        if kind.endswith("/worksheet"):
            by_part[target] = name
            worksheets.append(SheetPart(name, target))
    return by_part, worksheets


@dataclass(frozen=True)
class SheetScan:
    row_tags: int  # <row> elements seen; the scan stops soon after passing the limit
    pending: frozenset[tuple[int, int]]  # (row, column) of formulas never calculated


def scan_sheet(
    archive: zipfile.ZipFile,
    part: str,
    *,
    max_column: int,
    row_limit: int,
    cancelled: Callable[[], bool] | None = None,
) -> SheetScan:
    """Count a sheet's rows and find its formula cells without a computed value.

    The rows are counted before openpyxl parses them: it keeps every row element it has read
    (emptied, but attached) until the sheet ends, and it silently passes over rows numbered out
    of order, so a hostile sheet could cost memory and time the row limit never sees.

    Streams the XML in chunks; a chunk is cut before its last cell's start tag, so every cell is
    looked at whole. A chunk without a formula tag costs a byte search; in the others, a regular
    expression finds the formulas with no value after them, and only those cost Python work.
    """
    found: set[tuple[int, int]] = set()
    rows = 0
    carry = b""
    with archive.open(part) as stream:
        while rows <= row_limit:
            chunk = stream.read(_CHUNK)
            if cancelled is not None and cancelled():
                raise Cancelled()
            rows += chunk.count(b"<row") + chunk.count(b":row")
            buffer = carry + chunk
            cut = _last_cell_start(buffer) if chunk else len(buffer)
            if cut <= 0:
                carry = buffer if len(buffer) <= _MAX_CARRY else buffer[-16:]
                if chunk:
                    continue
                break
            whole, carry = buffer[:cut], buffer[cut:]
            if len(found) < MAX_PENDING_FORMULAS and (b"<f" in whole or b":f" in whole):
                _collect_pending(whole, found, max_column)
            if not chunk:
                break
    return SheetScan(rows, frozenset(found))


def has_dimension(archive: zipfile.ZipFile, part: str) -> bool:
    """Whether the sheet declares its size before its cells (else openpyxl reads it whole)."""
    head = b""
    with archive.open(part) as stream:
        while chunk := stream.read(1 << 16):
            head = head[-16:] + chunk
            data, dimension = head.find(b"sheetData"), head.find(b"dimension")
            if dimension != -1 and (data == -1 or dimension < data):
                return True
            if data != -1:
                return False
    return False


def count_rows(archive: zipfile.ZipFile, part: str, row_limit: int) -> int:
    """The sheet's <row> elements, counted until there are more than ``row_limit``."""
    rows = 0
    with archive.open(part) as stream:
        while rows <= row_limit and (chunk := stream.read(_CHUNK)):
            rows += chunk.count(b"<row") + chunk.count(b":row")
    return rows


def _last_cell_start(buffer: bytes, after: int = 0, before: int | None = None) -> int:
    """Where the last cell's start tag between ``after`` and ``before`` begins, or -1."""
    end = len(buffer) if before is None else before
    plain = buffer.rfind(b"<c ", after, end)
    prefixed = buffer.rfind(b":c ", after, end)
    if prefixed > plain:
        prefixed = buffer.rfind(b"<", after, prefixed)
    return max(plain, prefixed)


def _collect_pending(xml: bytes, found: set[tuple[int, int]], max_column: int) -> None:
    looked_to = 0  # where the last match ended: a cell's start tag is searched back to there
    for candidate in _UNCALCULATED.finditer(xml):
        # Searching back only to the last match keeps this linear.
        start = _last_cell_start(xml, looked_to, candidate.start())
        looked_to = candidate.end()
        tag = _CELL_TAG.match(xml, start) if start >= 0 else None
        if tag is None:
            continue
        kind = _TYPE.search(tag.group(1))
        # A formula whose result is the empty text is written <v></v> (or <v/>) with t="str":
        # that is a calculated value. A number, a truth value or an error is never empty.
        if kind is not None and kind.group(1) == b"str" and candidate.group(1) is not None:
            continue
        reference = _REFERENCE.search(tag.group(1))
        if reference is None:
            continue  # cells without a reference are rare; they cannot be named anyway
        row, column = int(reference.group(2)), _column_number(reference.group(1))
        if column <= max_column:
            found.add((row, column))
            if len(found) >= MAX_PENDING_FORMULAS:
                return


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number
