"""The import's use cases: open a file, check it (a dry run), import it in one transaction.

The check and the import run the same rules; the import runs them again inside its write
transaction, so what is written is exactly what was checked against the register as it is then.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from inventaris.assets.editing import today_in
from inventaris.core.db import Database
from inventaris.core.errors import Cancelled, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.importing.committing import line_up, remember_layout, write_plan
from inventaris.importing.headers import (
    FIELD_LABELS,
    PRICE_FIELDS,
    REQUIRED_FIELDS,
    TIME_FIELDS,
    Field,
    SheetLayout,
    detect_layout,
    first_row_layout,
)
from inventaris.importing.planning import Action, Planner, load_state
from inventaris.importing.problems import CellProblem, Problem
from inventaris.importing.reading import MSG_UNKNOWN_SHEET, SheetData, read_sheet, sheet_names
from inventaris.importing.values import parse_code, parse_register
from inventaris.locations import check_unit, default_unit
from inventaris.model import ImportLayout

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
_Named = TypeVar("_Named")  # a room's or holder's name, or a warning's key

MSG_NO_TABLE = QT_TRANSLATE_NOOP(
    "Engine",
    'Sheet "{sheet}" of {file}: no header row with a kode barang column and a name column in its '
    "first 40 rows.",
)
MSG_NO_SHEET_WITH_TABLE = QT_TRANSLATE_NOOP(
    "Engine",
    "{file}: no sheet has a header row with a kode barang column and a name column. Choose the "
    "sheet and map its columns.",
)
MSG_MAPPING_LACKS = QT_TRANSLATE_NOOP(
    "Engine", 'Sheet "{sheet}": choose the column that holds "{label}".'
)
MSG_MAPPING_TWICE = QT_TRANSLATE_NOOP(
    "Engine", 'Sheet "{sheet}": "{label}" is chosen for more than one column.'
)
_KIB_SHEET = re.compile(r"\bkib\s*[a-f]\b", re.IGNORECASE)


@dataclass(frozen=True)
class ImportSource:
    """A file read and its sheets' tables found: what the mapping dialog shows and edits."""

    path: Path
    sheets: tuple[SheetData, ...]
    layouts: tuple[SheetLayout, ...]
    remembered: tuple[bool, ...]  # whether each layout's mapping came from an earlier import

    def with_layouts(self, layouts: Sequence[SheetLayout]) -> ImportSource:
        return ImportSource(self.path, self.sheets, tuple(layouts), self.remembered)


@dataclass(frozen=True)
class UpdatedItem:
    sheet: str
    row: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ImportReport:
    file: str
    rows: int
    new: int
    updated: int
    unchanged: int
    rows_with_problems: int
    problems: tuple[Problem, ...]
    new_rooms: tuple[str, ...]
    new_holders: tuple[str, ...]
    updates: tuple[UpdatedItem, ...]
    written: bool
    dry_run: bool
    notices: tuple[Problem, ...] = ()  # what was done to the values ("multiplied by 1.000")
    warnings: tuple[Problem, ...] = ()  # doubtful values: written only once confirmed

    @property
    def needs_confirmation(self) -> bool:
        """Rooms or holders would be created: a person must say yes first."""
        return bool(self.new_rooms or self.new_holders)


def _kib_sheets(names: Sequence[str]) -> list[str]:
    return [name for name in names if _KIB_SHEET.search(name)]


def default_sheets(names: Sequence[str]) -> list[str]:
    """The KIB sheets of a workbook (ours holds KIB A, B, C beside KIR and the books), or else
    the first sheet."""
    return _kib_sheets(names) or list(names[:1])


def open_import(
    db: Database,
    actor: Actor,
    path: Path,
    sheets: Sequence[str] | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportSource:
    """Read the chosen sheets (the KIB sheets by default) and find each one's table."""
    require(actor, Permission.EDIT_ASSETS)
    names = sheet_names(path)
    for name in sheets or ():
        if name not in names:
            raise ValidationError(
                MSG_UNKNOWN_SHEET,
                field="sheet",
                file=path.name,
                sheet=name,
                sheets=", ".join(f'"{other}"' for other in names),
            )
    read: list[SheetData] = []
    layouts: list[SheetLayout] = []
    remembered: list[bool] = []
    with db.read() as session:
        for name in list(sheets) if sheets else (_kib_sheets(names) or names):
            sheet = read_sheet(path, name, progress=progress, cancelled=cancelled)
            layout = detect_layout(sheet)
            if layout is None and sheets:
                # Chosen by the person: show its first row, to be mapped by hand.
                layout = first_row_layout(sheet)
                if layout is None:
                    raise ValidationError(MSG_NO_TABLE, field="sheet", sheet=name, file=path.name)
            if layout is None:
                continue
            saved = session.get(ImportLayout, layout.signature)
            if saved is not None and len(saved.fields) == len(layout.fields):
                layout = layout.with_fields([Field(f) if f else None for f in saved.fields])
            read.append(sheet)
            layouts.append(layout)
            remembered.append(saved is not None)
            if not sheets and not _kib_sheets(names):
                break  # no KIB sheet: the first sheet holding a table, past any cover sheet
    if not read:
        raise ValidationError(MSG_NO_SHEET_WITH_TABLE, field="file", file=path.name)
    return ImportSource(path, tuple(read), tuple(layouts), tuple(remembered))


def check_layout(layout: SheetLayout) -> None:
    """A mapping the import can work with: code, name, a price and a year or date, each once."""
    chosen = [
        field for field in layout.fields if field is not None and field is not Field.ROW_NUMBER
    ]
    for field in chosen:
        if chosen.count(field) > 1:
            raise ValidationError(
                MSG_MAPPING_TWICE, field="mapping", sheet=layout.sheet, label=FIELD_LABELS[field]
            )
    for needed in (*REQUIRED_FIELDS, PRICE_FIELDS, TIME_FIELDS):
        options = needed if isinstance(needed, tuple) else (needed,)
        if not set(options) & set(chosen):
            raise ValidationError(
                MSG_MAPPING_LACKS,
                field="mapping",
                sheet=layout.sheet,
                label=FIELD_LABELS[options[0]],
            )


# An import this large changes the register enough for PostgreSQL's plans to go stale.
STATISTICS_AFTER_ROWS = 1000


def import_assets(
    db: Database,
    actor: Actor,
    source: ImportSource,
    *,
    dry_run: bool = False,
    valid_only: bool = False,
    create_missing: bool | Collection[str] = False,
    accept_warnings: bool | Collection[tuple[str, int, str, str]] = False,
    unit_id: int | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Check every row; unless this is a dry run, write them in one transaction.

    Nothing is written when a row has a problem (unless ``valid_only``: then the rows without
    problems are), nor when rooms or holders would be created without ``create_missing``, nor
    when the check doubts a value (a warning) without ``accept_warnings``: ``True`` accepts any,
    a collection those whose ``Problem.key()`` it holds (the ones a person was shown).
    """
    require(actor, Permission.EDIT_ASSETS)
    for layout in source.layouts:
        check_layout(layout)
    unit = unit_id or default_unit(actor)
    check_unit(actor, unit, source.path.name)
    today = today_in(db)
    total_rows = sum(len(sheet.rows) for sheet in source.sheets)
    unit_of_work = db.read() if dry_run else db.write(actor)
    with unit_of_work as session:
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if done % 250 == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(done, 2 * total_rows)

        registers = _registers_in(source)
        names_holders = any(layout.column_of(Field.HOLDER) is not None for layout in source.layouts)
        if not dry_run:
            # Another PC importing into the unit goes first: this one then plans against
            # what it wrote, so the same rows are found, not added twice.
            line_up(session, unit)
        state = load_state(session, unit, registers, names_holders=names_holders)
        planner = Planner(session, unit, today, state)
        for sheet, layout in zip(source.sheets, source.layouts, strict=True):
            planner.add_sheet(sheet, layout, tick)
        plan = planner.finish()
        blocked = bool(plan.problems) and not valid_only
        unconfirmed = not _confirmed(plan.new_rooms + plan.new_holders, create_missing)
        unconfirmed = unconfirmed or not _confirmed(
            [warning.key() for warning in plan.warnings], accept_warnings
        )
        written = not (dry_run or blocked or unconfirmed)
        if written:
            for layout in source.layouts:
                _remember(session, actor, layout)

            def written_so_far(count: int) -> None:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(
                        total_rows + count * total_rows // max(1, len(plan.items)), 2 * total_rows
                    )

            write_plan(
                session,
                actor,
                unit,
                plan,
                file_name=source.path.name,
                progress=written_so_far,
                today=today,
            )
        if progress is not None:
            progress(2 * total_rows, 2 * total_rows)
        report = ImportReport(
            file=source.path.name,
            rows=plan.rows,
            new=plan.count(Action.NEW),
            updated=plan.count(Action.UPDATE),
            unchanged=plan.count(Action.UNCHANGED),
            rows_with_problems=plan.rows_with_problems,
            problems=tuple(plan.problems),
            new_rooms=tuple(plan.new_rooms),
            new_holders=tuple(plan.new_holders),
            updates=tuple(
                UpdatedItem(item.sheet, item.row, item.changed)
                for item in plan.items
                if item.action == Action.UPDATE
            ),
            written=written,
            dry_run=dry_run,
            notices=tuple(plan.notices),
            warnings=tuple(plan.warnings),
        )
    if written and report.new + report.updated >= STATISTICS_AFTER_ROWS:
        db.refresh_statistics("asset", "asset_event")
    return report


def _confirmed(names: Sequence[_Named], create_missing: bool | Collection[_Named]) -> bool:
    """Whether the rooms and holders to be created (or the warnings) were all agreed to:
    ``True`` agrees to any, a collection to those only (the ones a person was shown)."""
    if isinstance(create_missing, bool):
        return create_missing or not names
    return all(name in create_missing for name in names)


def _registers_in(source: ImportSource) -> dict[str, tuple[int, int]]:
    """Each code the file names, with the lowest and highest register number it gives."""
    found: dict[str, tuple[int, int]] = {}
    for sheet, layout in zip(source.sheets, source.layouts, strict=True):
        code_column = layout.column_of(Field.CODE)
        register_column = layout.column_of(Field.REGISTER)
        if code_column is None:
            continue
        for row in sheet.rows[layout.header_row :]:
            try:
                code = parse_code(row[code_column]) if code_column < len(row) else ""
                registers = (
                    parse_register(row[register_column])
                    if register_column is not None and register_column < len(row)
                    else None
                )
            except CellProblem:  # reported by the row's own check
                continue
            if not code:
                continue
            low, high = found.get(code, (0, 0))
            if registers is not None:
                low = min(low or registers.first, registers.first)
                high = max(high, registers.last)
            found[code] = (low, high)
    return found


def _remember(session: Session, actor: Actor, layout: SheetLayout) -> None:
    """Keep the layout's mapping, so the next file laid out alike opens mapped the same way."""
    fields = [field.value if field else None for field in layout.fields]
    remember_layout(session, actor, layout.signature, list(layout.headings), fields)


def write_problem_report(
    path: Path,
    problems: Sequence[Problem],
    headings: Sequence[str],
    translate: Callable[[str], str] = str,
) -> None:
    """The validation report as .xlsx or .csv: sheet, row, column, value, reason.

    The values come from the imported file and may look like formulas: the workbook keeps them
    as text (``write_xlsx``), and the CSV starts them with a single quote (``csv_cell``)."""
    rows = [
        [
            problem.sheet,
            problem.row or "",
            problem.column,
            problem.value,
            problem.message(translate),
        ]
        for problem in problems
    ]
    # here, so that importing the engine does not load openpyxl
    from inventaris.reports.common import csv_cell, write_xlsx

    if path.suffix.lower() == ".csv":
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow([csv_cell(heading) for heading in headings])
            writer.writerows([csv_cell(value) for value in row] for row in rows)
        return
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(headings))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for letter, width in zip("ABCDE", (16, 8, 8, 30, 90), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    write_xlsx(workbook, path)
