"""The asset-code table (kodefikasi, Permendagri 108/2016): checking, finding, importing codes.

A code has up to seven levels written ``A.K.J.OO.RR.SS.SSS``; the third level (jenis) decides
the KIB card. The starter list ships with the program; the BPKAD's full table is imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_words, codes_above, refresh_code_words
from inventaris.model import Asset, AssetCode

LEVEL_DIGITS = (1, 1, 1, 2, 2, 2, 3)
KIB_BY_JENIS = {
    "1.3.1": "A",
    "1.3.2": "B",
    "1.3.3": "C",
    "1.3.4": "D",
    "1.3.5": "E",
    "1.3.6": "F",
}
# The jenis as the reports print them (Permendagri 108/2016).
JENIS_NAMES = {
    "1.3.1": "Tanah",
    "1.3.2": "Peralatan dan Mesin",
    "1.3.3": "Gedung dan Bangunan",
    "1.3.4": "Jalan, Irigasi dan Jaringan",
    "1.3.5": "Aset Tetap Lainnya",
    "1.3.6": "Konstruksi Dalam Pengerjaan",
}
OBJEK_LEVELS = 4  # A.K.J.OO
JENIS_LEVELS = 3  # A.K.J
KIB_NAMES = {
    "A": QT_TRANSLATE_NOOP("Engine", "KIB A – Land"),
    "B": QT_TRANSLATE_NOOP("Engine", "KIB B – Equipment and machines"),
    "C": QT_TRANSLATE_NOOP("Engine", "KIB C – Buildings"),
    "D": QT_TRANSLATE_NOOP("Engine", "KIB D – Roads, irrigation and networks"),
    "E": QT_TRANSLATE_NOOP("Engine", "KIB E – Other fixed assets"),
    "F": QT_TRANSLATE_NOOP("Engine", "KIB F – Construction in progress"),
}
# The one home of the codes that make an item a vehicle or an official house: the objek Alat
# Angkutan and the rincian objek Bangunan Gedung Tempat Tinggal. Levels have fixed widths, so
# "under a prefix" is a plain string prefix (the code itself included).
VEHICLE_PREFIX = "1.3.2.02"
RESIDENCE_PREFIX = "1.3.3.01.02"
_CODE_LIKE = re.compile(r"^[\d.]+$")

MSG_CODE_FORM = QT_TRANSLATE_NOOP(
    "Engine",
    '{label}: "{value}" is not a kode barang. Write up to seven levels of digits separated by '
    "dots: 1.3.2.10.01.02.002.",
)
MSG_IMPORT_NO_HEADER = QT_TRANSLATE_NOOP(
    "Engine",
    '{file}: no header row with a code column ("kode") and a name column ("nama" or '
    '"uraian") in the first 30 rows.',
)
MSG_IMPORT_FAILED = QT_TRANSLATE_NOOP(
    "Engine",
    "{count} problem(s) in {file}; nothing was imported. The first, row {row}, column {column}: "
    "{problem}",
)
MSG_IMPORT_UNREADABLE = QT_TRANSLATE_NOOP(
    "Engine", "{file} cannot be read as a spreadsheet (.xlsx) or a CSV file."
)
PROBLEM_BAD_CODE = QT_TRANSLATE_NOOP("Engine", '"{value}" is not a well-formed code')
PROBLEM_NO_NAME = QT_TRANSLATE_NOOP("Engine", "the name is empty")
PROBLEM_DUPLICATE = QT_TRANSLATE_NOOP(
    "Engine", "code {value} appears again (first in row {first_row})"
)
LABEL_CODE = QT_TRANSLATE_NOOP("Engine", "Kode barang")


def normalize_code(raw: str) -> str:
    """Strip spaces and a trailing dot; ``1.3.2.10.`` is written as ``1.3.2.10``."""
    return raw.strip().replace(" ", "").rstrip(".")


def is_well_formed(code: str) -> bool:
    levels = code.split(".")
    if not 1 <= len(levels) <= len(LEVEL_DIGITS):
        return False
    return all(
        level.isdigit() and len(level) == digits
        for level, digits in zip(levels, LEVEL_DIGITS, strict=False)
    )


def check_code(raw: str, *, field: str = "code") -> str:
    code = normalize_code(raw)
    if not is_well_formed(code):
        raise ValidationError(MSG_CODE_FORM, field=field, label=LABEL_CODE, value=raw)
    return code


def jenis_of(code: str) -> str:
    """``1.3.2.10.01.02.002`` -> ``1.3.2``: the jenis sets the KIB, the threshold and the life."""
    return ".".join(code.split(".")[:JENIS_LEVELS])


def kib_of(code: str) -> str | None:
    """The KIB card of a code (by its jenis), or None above that level."""
    return KIB_BY_JENIS.get(jenis_of(code))


def is_vehicle(code: str) -> bool:
    return code.startswith(VEHICLE_PREFIX)


def is_residence(code: str) -> bool:
    return code.startswith(RESIDENCE_PREFIX)


def code_under(
    column: ColumnElement[str] | InstrumentedAttribute[str], prefix: str, dialect: str = ""
) -> ColumnElement[bool]:
    """SQL: the code is ``prefix`` or below it. On SQLite the same prefix is added as a range,
    which the code index can use (SQLite's LIKE cannot); a locale collation on PostgreSQL may
    not order the range exactly, so there the LIKE alone decides."""
    condition = column.startswith(prefix)
    if dialect == "sqlite":
        condition = condition & (column >= prefix) & (column < prefix + "/")
    return condition


@dataclass(frozen=True)
class CodeView:
    code: str
    name: str

    @property
    def kib(self) -> str | None:
        return kib_of(self.code)


def search_codes(db: Database, actor: Actor, text: str, limit: int = 50) -> list[CodeView]:
    """Codes whose name contains ``text`` or whose code starts with it (the code picker)."""
    require(actor, Permission.VIEW)
    needle = text.strip().lower()
    query = select(AssetCode.code, AssetCode.name).order_by(AssetCode.code).limit(limit)
    if needle and _CODE_LIKE.match(needle):
        query = query.where(AssetCode.code.startswith(normalize_code(needle)))
    elif needle:
        words = needle.split()
        query = query.where(
            *(
                or_(func.lower(AssetCode.name).contains(word), AssetCode.code.contains(word))
                for word in words
            )
        )
    with db.read() as session:
        return [CodeView(code, name) for code, name in session.execute(query)]


def get_code(db: Database, code: str) -> CodeView | None:
    with db.read() as session:
        found = session.get(AssetCode, normalize_code(code))
        return CodeView(found.code, found.name) if found else None


# --- the names reports print -------------------------------------------------------------------


def objek_of(code: str) -> str:
    """The objek of a code, its first four levels (Mutasi and Rekapitulasi lines, BMD.md §5):
    ``1.3.2.10.01.02.002`` -> ``1.3.2.10``."""
    return ".".join(code.split(".")[:OBJEK_LEVELS])


def own_names(connection: Connection | Session, codes: Iterable[str]) -> dict[str, str]:
    """Each code's own name in the code table; a jenis has its official name even when the
    table lacks it. Codes without one are left out, never given a parent's name: five lines
    all called "Peralatan dan Mesin" tell the BPKAD nothing."""
    wanted = sorted(set(codes))
    names = {code: JENIS_NAMES[code] for code in wanted if code in JENIS_NAMES}
    for start in range(0, len(wanted), 500):
        query = select(AssetCode.code, AssetCode.name).where(
            AssetCode.code.in_(wanted[start : start + 500])
        )
        names.update({code: name for code, name in connection.execute(query) if name.strip()})
    return names


def codes_without_name(db: Database, actor: Actor, codes: Iterable[str]) -> list[str]:
    """Those of ``codes`` with no name of their own in the code table, in code order."""
    require(actor, Permission.VIEW)
    wanted = {normalize_code(code) for code in codes}
    with db.read() as session:
        named = own_names(session, wanted)
    return sorted(wanted - set(named))


def unnamed_report_objek(
    db: Database, actor: Actor, year: int, unit_id: int | None = None
) -> list[str]:
    """The objek of the unit's items on the register in ``year`` that have no name of their own:
    their Mutasi and Rekapitulasi lines would be unnamed. The unit: the actor's first by
    default, as for the report itself."""
    require(actor, Permission.VIEW)
    if unit_id is None:
        unit_id = min(actor.unit_ids, default=None)
    if unit_id is None or unit_id not in actor.unit_ids:
        return []
    query = (
        select(Asset.code)
        .distinct()
        .where(
            Asset.unit_id == unit_id,
            Asset.acquisition_year <= year,
            or_(Asset.disposed_on.is_(None), Asset.disposed_on >= date(year, 1, 1)),
        )
    )
    with db.read() as session:
        objek = {objek_of(code) for code in session.scalars(query)}
    return codes_without_name(db, actor, objek)


# --- importing the full table ----------------------------------------------------------------


@dataclass(frozen=True)
class CodeProblem:
    """One row the import refused: where, and a translatable reason."""

    row: int
    column: str
    problem: str
    value: str
    first_row: int = 0


@dataclass(frozen=True)
class CodeImportReport:
    added: int
    renamed: int
    unchanged: int


def _rows_of(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    if data[:2] == b"PK":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception:
            raise ValidationError(MSG_IMPORT_UNREADABLE, field="file", file=path.name) from None
        sheet = workbook.worksheets[0]
        rows = [
            ["" if cell is None else str(cell).strip() for cell in row]
            for row in sheet.iter_rows(values_only=True)
        ]
        workbook.close()
        return rows
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise ValidationError(MSG_IMPORT_UNREADABLE, field="file", file=path.name)
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
    return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]


def _header(rows: list[list[str]]) -> tuple[int, int, int] | None:
    for index, row in enumerate(rows[:30]):
        lowered = [cell.lower() for cell in row]
        code_column = next((i for i, cell in enumerate(lowered) if "kode" in cell), None)
        name_column = next(
            (i for i, cell in enumerate(lowered) if "nama" in cell or "uraian" in cell), None
        )
        if code_column is not None and name_column is not None and code_column != name_column:
            return index, code_column, name_column
    return None


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def import_code_table(db: Database, actor: Actor, path: Path) -> CodeImportReport:
    """Read the BPKAD's code table; all rows or none. Existing codes get the new names."""
    require(actor, Permission.EDIT_ASSETS)
    rows = _rows_of(path)
    header = _header(rows)
    if header is None:
        raise ValidationError(MSG_IMPORT_NO_HEADER, field="file", file=path.name)
    header_row, code_column, name_column = header
    problems: list[CodeProblem] = []
    seen: dict[str, int] = {}
    wanted: dict[str, str] = {}
    code_letter, name_letter = _column_letter(code_column), _column_letter(name_column)
    for row_number, row in enumerate(rows[header_row + 1 :], start=header_row + 2):
        raw_code = row[code_column] if code_column < len(row) else ""
        name = row[name_column] if name_column < len(row) else ""
        if not raw_code and not name:
            continue
        code = normalize_code(raw_code)
        if not is_well_formed(code):
            problems.append(CodeProblem(row_number, code_letter, PROBLEM_BAD_CODE, raw_code))
        elif not name:
            problems.append(CodeProblem(row_number, name_letter, PROBLEM_NO_NAME, raw_code))
        elif code in seen:
            problems.append(
                CodeProblem(row_number, code_letter, PROBLEM_DUPLICATE, code, seen[code])
            )
        else:
            seen[code] = row_number
            wanted[code] = name
    if problems:
        first = problems[0]
        raise ValidationError(
            MSG_IMPORT_FAILED,
            field="file",
            count=len(problems),
            file=path.name,
            row=first.row,
            column=first.column,
            problem=first.problem,
            value=first.value,
            first_row=first.first_row,
            problems=problems,
        )
    added = renamed = unchanged = 0
    with db.write(actor) as session:
        existing = {code.code: code for code in session.scalars(select(AssetCode))}
        changed = {
            code
            for code, name in wanted.items()
            if code not in existing or existing[code].name != name
        }
        # Items are found by their code's names too: those under a changed code get new words.
        affected = {
            code
            for code in session.scalars(select(Asset.code).distinct())
            if not changed.isdisjoint(codes_above(code))
        }
        before = code_words(session, affected)
        for code, name in wanted.items():
            current = existing.get(code)
            if current is None:
                session.add(AssetCode(code=code, name=name))
                added += 1
            elif current.name != name:
                current.name = name
                renamed += 1
            else:
                unchanged += 1
        session.flush()
        refresh_code_words(session, before, code_words(session, affected))
    return CodeImportReport(added, renamed, unchanged)
