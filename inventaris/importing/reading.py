"""Opening the spreadsheet an office worker picked (.xlsx or .csv), bounded in time and memory.

A file is recognised by its first bytes, never by its name: a renamed PDF, an old .xls, a
password-protected workbook or an .ods each get a sentence saying what to do. Everything openpyxl,
zipfile or the XML parser may throw at a damaged file becomes one "cannot be read" message, so a
bad file never shows a traceback. The limits below bound the work whatever the file claims.

Values are what openpyxl's ``values_only`` gives (None, str, int, float, bool, datetime, date,
time). A CSV cell is its text stripped of spaces, and an empty CSV cell is None, as an empty cell
of a workbook is. Trailing empty cells of a row are dropped, so a row is a tuple of its cells up to
the last filled one (an empty row is ``()``).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from inventaris.core.errors import Cancelled, DomainError, ValidationError
from inventaris.core.formatting import group_thousands
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.importing.xlsx_checks import (
    MAX_SHEET_ROWS,
    ROW_TAG_LIMIT,
    Package,
    SheetPart,
    SheetScan,
    count_rows,
    has_dimension,
    open_package,
    scan_sheet,
)

# The package's own refusals, offered here with the others (explicit re-exports).
from inventaris.importing.xlsx_checks import MSG_NOT_XLSX as MSG_NOT_XLSX
from inventaris.importing.xlsx_checks import MSG_ODS as MSG_ODS
from inventaris.importing.xlsx_checks import MSG_PART_TOO_BIG as MSG_PART_TOO_BIG
from inventaris.importing.xlsx_checks import MSG_SHEET_TOO_BIG as MSG_SHEET_TOO_BIG
from inventaris.importing.xlsx_checks import MSG_UNREADABLE as MSG_UNREADABLE

MAX_COLUMNS = 100  # columns read per row
MAX_DATA_ROWS = 100_000  # more non-empty rows than this: refused, "split the file"
EMPTY_ROWS_END = 1_000  # this many empty rows in a row end the sheet (formatted-but-empty tails)
MAX_FILE_BYTES = 100 * 2**20
MAX_UNPACKED_PART_BYTES = 400 * 2**20  # a worksheet's XML inside the .xlsx, as declared in the zip
MAX_SHARED_STRINGS_BYTES = 100 * 2**20  # also every other part: openpyxl reads them whole
PROGRESS_EVERY = 500  # rows between two progress reports (and two looks at Cancel)

MSG_NOT_SPREADSHEET = QT_TRANSLATE_NOOP(
    "Engine", "{file} is not a spreadsheet (.xlsx) or a CSV file."
)
MSG_PASSWORD = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} is protected by a password. Open it in Excel, remove the password (File › Info › "
    "Protect Workbook), save it and import again.",
)
MSG_OLD_XLS = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} is an old Excel 97–2003 workbook (.xls). Open it in Excel, save it as .xlsx (Excel "
    "Workbook) and import again.",
)
MSG_WEB_PAGE = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} is a web page or an XML file, not a workbook. Open it in Excel, save it as .xlsx "
    "(Excel Workbook) and import again.",
)
MSG_FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Engine",
    "{file} is {size} MB, more than a spreadsheet of assets can be; split it into several files.",
)
MSG_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Engine",
    'Sheet "{sheet}" of {file} has more than {limit} rows; split it into several files.',
)
MSG_UNKNOWN_SHEET = QT_TRANSLATE_NOOP(
    "Engine", '{file} has no sheet "{sheet}". Its sheets: {sheets}.'
)

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Row = tuple[object, ...]

_OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# Office keeps an encrypted .xlsx inside an OLE file with these streams; their directory names
# are UTF-16LE, so finding the bytes is enough and needs no OLE reader.
_ENCRYPTION_STREAMS = tuple(
    name.encode("utf-16-le") for name in ("EncryptedPackage", "EncryptionInfo")
)
_BINARY_MAGIC = (b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\x1f\x8b", b"Rar!")
_MARKUP = ("<!doctype html", "<html", "<?xml", "<table")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")
_SAMPLE = 1 << 16
_DELIMITERS = (";", ",", "\t")  # ";" first: Indonesian Excel writes it, and it wins a tie


@dataclass(frozen=True)
class SheetData:
    """One sheet's cells; ``rows[i]`` is the spreadsheet's row i+1."""

    name: str  # the sheet's name ("Sheet1", or the file stem for a CSV)
    rows: list[Row]  # at most MAX_COLUMNS cells each, trailing empty rows dropped
    pending_formulas: frozenset[tuple[int, int]]  # (row, column), 1-based: never calculated
    stopped_early: bool  # EMPTY_ROWS_END empty rows ended the reading with more rows after


def sheet_names(path: Path) -> list[str]:
    """The worksheets of an .xlsx in tab order (chartsheets left out); ``[path.stem]`` for a CSV."""
    if _kind(path) == "text":
        _text_sample_check(path)
        return [path.stem]
    with _package(path) as package:
        return [sheet.name for sheet in package.worksheets]


def read_sheet(
    path: Path,
    sheet: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> SheetData:
    """Read one sheet (the first worksheet when ``sheet`` is None).

    Raises ValidationError for a file that cannot be imported and Cancelled when ``cancelled()``
    says so; nothing else leaves for a bad file.
    """
    if cancelled is not None and cancelled():
        raise Cancelled()
    if _kind(path) == "text":
        return _read_csv(path, sheet, progress, cancelled)
    with _package(path) as package:
        chosen = _choose(package.worksheets, sheet, path)
        if chosen is None:
            return SheetData(path.stem, [], frozenset(), False)
        scan = _scan(package, chosen, path, cancelled)
        rows, stopped = _xlsx_rows(path, chosen.name, progress, cancelled)
    pending = frozenset(cell for cell in scan.pending if cell[0] <= len(rows))
    return SheetData(chosen.name, rows, pending, stopped)


def _scan(
    package: Package, chosen: SheetPart, path: Path, cancelled: CancelCheck | None
) -> SheetScan:
    """The chosen sheet's rows counted and formulas found, before openpyxl opens the workbook."""
    archive = package.archive
    try:
        scan = scan_sheet(
            archive,
            chosen.part,
            max_column=MAX_COLUMNS,
            row_limit=ROW_TAG_LIMIT,
            cancelled=cancelled,
        )
        crowded = chosen.name if scan.row_tags > ROW_TAG_LIMIT else None
        # Opening the workbook parses every sheet that does not declare its size whole.
        for other in package.worksheets:
            if crowded is not None or other == chosen or has_dimension(archive, other.part):
                continue
            if count_rows(archive, other.part, ROW_TAG_LIMIT) > ROW_TAG_LIMIT:
                crowded = other.name
    except DomainError:
        raise
    except Exception as error:  # a damaged entry: bad compressed data, a wrong checksum
        raise _refuse(MSG_UNREADABLE, path) from error
    if crowded is not None:
        raise _too_many_rows(path, crowded)
    return scan


def _refuse(template: str, path: Path, **params: object) -> ValidationError:
    return ValidationError(template, field="file", file=path.name, **params)


def _package(path: Path) -> AbstractContextManager[Package]:
    # The limits are read here, at each call, so a test can lower them.
    return open_package(
        path, sheet_limit=MAX_UNPACKED_PART_BYTES, other_limit=MAX_SHARED_STRINGS_BYTES
    )


def _kind(path: Path) -> str:
    """Whether the file is a zip or text; refuses oversized and OLE files (.xls, encrypted)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise _refuse(MSG_UNREADABLE, path) from error
    if size > MAX_FILE_BYTES:  # first: it also bounds the search for encryption streams
        raise _refuse(MSG_FILE_TOO_BIG, path, size=-(-size // 2**20))
    if head == _OLE_SIGNATURE:
        raise _refuse(MSG_PASSWORD if _is_encrypted(path) else MSG_OLD_XLS, path)
    return "zip" if head.startswith(b"PK") else "text"


def _is_encrypted(path: Path) -> bool:
    overlap = max(len(name) for name in _ENCRYPTION_STREAMS) - 1
    tail = b""
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                window = tail + chunk
                if any(name in window for name in _ENCRYPTION_STREAMS):
                    return True
                tail = window[-overlap:]
    except OSError as error:
        raise _refuse(MSG_UNREADABLE, path) from error
    return False


def _choose(worksheets: list[SheetPart], sheet: str | None, path: Path) -> SheetPart | None:
    if sheet is None:
        return worksheets[0] if worksheets else None
    for candidate in worksheets:
        if candidate.name == sheet:
            return candidate
    raise _unknown_sheet(path, sheet, [candidate.name for candidate in worksheets])


def _unknown_sheet(path: Path, sheet: str, names: list[str]) -> ValidationError:
    listed = ", ".join(f'"{name}"' for name in names)
    return ValidationError(
        MSG_UNKNOWN_SHEET, field="sheet", file=path.name, sheet=sheet, sheets=listed
    )


def _xlsx_rows(
    path: Path, name: str, progress: Progress | None, cancelled: CancelCheck | None
) -> tuple[list[Row], bool]:
    from openpyxl import load_workbook  # here, so that importing the engine does not load it

    try:
        # A file object, not the path: given a path, openpyxl judges the file by its extension.
        with path.open("rb") as handle:
            workbook = load_workbook(handle, read_only=True, data_only=True, keep_links=False)
            try:
                worksheet = workbook[name]
                total = worksheet.max_row or 0
                # The declared dimension only sizes the progress bar: some writers get it wrong,
                # and openpyxl would stop reading rows and columns where it says.
                worksheet.reset_dimensions()
                source = worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)
                try:
                    return _collect(source, path, name, total, progress, cancelled)
                finally:
                    source.close()  # closes the sheet's stream when reading stopped early
            finally:
                workbook.close()  # read-only mode keeps the zip open until told
    except DomainError:
        raise
    except Exception as error:  # whatever a damaged package makes openpyxl, zipfile or XML throw
        raise _refuse(MSG_UNREADABLE, path) from error


def _read_csv(
    path: Path, sheet: str | None, progress: Progress | None, cancelled: CancelCheck | None
) -> SheetData:
    name = path.stem
    if sheet is not None and sheet != name:
        raise _unknown_sheet(path, sheet, [name])
    try:
        text = _decode(path.read_bytes(), path, whole=True)
    except OSError as error:
        raise _refuse(MSG_UNREADABLE, path) from error
    if not text.strip():
        return SheetData(name, [], frozenset(), False)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    cells = (tuple(cell.strip() or None for cell in record[:MAX_COLUMNS]) for record in reader)
    try:
        rows, stopped = _collect(cells, path, name, text.count("\n") + 1, progress, cancelled)
    except csv.Error as error:  # an unclosed quote runs into the field size limit
        raise _refuse(MSG_UNREADABLE, path) from error
    return SheetData(name, rows, frozenset(), stopped)


def _text_sample_check(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            _decode(handle.read(_SAMPLE), path, whole=False)
    except OSError as error:
        raise _refuse(MSG_UNREADABLE, path) from error


def _decode(data: bytes, path: Path, *, whole: bool) -> str:
    """The text of a CSV file; refuses what is plainly not text (a renamed PDF, photo, program)."""
    if data.startswith(_BINARY_MAGIC):
        raise _refuse(MSG_NOT_SPREADSHEET, path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise _refuse(MSG_NOT_SPREADSHEET, path)
    else:
        try:
            # Incremental, so that a sample cut inside a character still decodes.
            text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=whole)
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:_SAMPLE]
    if sample.lstrip().lower().startswith(_MARKUP):
        raise _refuse(MSG_WEB_PAGE, path)
    if len(_CONTROL.findall(sample)) * 20 > len(sample):  # more than 1 in 20: not text
        raise _refuse(MSG_NOT_SPREADSHEET, path)
    return text


def _delimiter(text: str) -> str:
    """The delimiter that splits the first rows most consistently into more than one column."""
    sample = text[:_SAMPLE]
    if len(text) > _SAMPLE and "\n" in sample:
        sample = sample[: sample.rfind("\n") + 1]  # a cut last line would skew the count
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            widths = [len(record) for record in islice(reader, 200) if record]
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width > 1 and (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def _collect(
    source: Iterable[Row],
    path: Path,
    sheet: str,
    total: int,
    progress: Progress | None,
    cancelled: CancelCheck | None,
) -> tuple[list[Row], bool]:
    """The rows up to the last filled one, and whether a long run of empty rows ended them."""
    rows: list[Row] = []
    blanks: list[Row] = []  # empty rows that belong to the sheet only if a filled one follows
    filled = done = width = 0
    limit, end_after = MAX_DATA_ROWS, EMPTY_ROWS_END
    stopped = False
    iterator = iter(source)
    for row in iterator:
        done += 1
        if done % PROGRESS_EVERY == 0:
            _report(done, total, progress, cancelled)
            if done > MAX_SHEET_ROWS:  # rows numbered past Excel's last: not a person's sheet
                raise _too_many_rows(path, sheet)
        if row and row[-1] is None:
            row = _trimmed(row, width)
            width = len(row)
        if _is_blank(row):
            blanks.append(row)
            if len(blanks) >= end_after:
                stopped = next(iterator, None) is not None
                break
            continue
        filled += 1
        if filled > limit:
            raise _too_many_rows(path, sheet)
        if blanks:
            rows.extend(blanks)
            blanks.clear()
        rows.append(row)
    if progress is not None:
        progress(done, done)
    return rows, stopped


def _too_many_rows(path: Path, sheet: str) -> ValidationError:
    return _refuse(MSG_TOO_MANY_ROWS, path, sheet=sheet, limit=group_thousands(MAX_DATA_ROWS))


def _report(
    done: int, total: int, progress: Progress | None, cancelled: CancelCheck | None
) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(done, max(total, done) if total else 0)


def _trimmed(row: Row, width: int) -> Row:
    """``row`` without its trailing Nones; ``width`` is a guess of its length (the last row's)."""
    tail = row[width:]
    # Rows of a table are mostly as wide as the one before: count the padding in C, not Python.
    end = min(width, len(row)) if tail.count(None) == len(tail) else len(row)
    while end and row[end - 1] is None:
        end -= 1
    return row[:end]


def _is_blank(row: Row) -> bool:
    for value in row:
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return False
    return True
