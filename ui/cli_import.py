"""``inventaris import``: the register's import from the command line, one problem a line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import engine_text

EXIT_OK = 0
EXIT_PROBLEMS = 1


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def problem_line(problem: Any) -> str:
    """``KIB B, row 12, column C: "1.3.2.99" is not in the code table``."""
    where = tr("{sheet}, row {row}, column {column}").format(
        sheet=problem.sheet, row=problem.row, column=problem.column or "-"
    )
    return f"{where}: {problem.message(engine_text)}"


def import_file(
    db: Any,
    args: argparse.Namespace,
    system_actor: Callable[[Any, Any], Any],
    progress: Callable[[str], Callable[[int, int], None]],
) -> int:
    """Check (and unless ``--dry-run`` import) the file; 0 when it went in whole, 1 otherwise."""
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.importing.service import import_assets, open_import

    actor = system_actor(db, SYSTEM_ACTOR)
    source = open_import(db, actor, Path(args.file), args.sheet)
    report = import_assets(
        db,
        actor,
        source,
        dry_run=args.dry_run,
        valid_only=args.valid_only,
        create_missing=args.create_missing,
        progress=progress(tr("Checking")) if sys.stderr.isatty() else None,
    )
    for problem in report.problems:
        print(problem_line(problem))
    if report.new_rooms:
        print(tr("Rooms not in the register: {names}").format(names=", ".join(report.new_rooms)))
    if report.new_holders:
        print(
            tr("Holders not in the register: {names}").format(names=", ".join(report.new_holders))
        )
    counts = tr(
        "{rows} rows: {new} new items, {updated} updated, {unchanged} unchanged, "
        "{bad} rows with problems."
    ).format(
        rows=report.rows,
        new=report.new,
        updated=report.updated,
        unchanged=report.unchanged,
        bad=report.rows_with_problems,
    )
    print(counts, file=sys.stderr)
    if report.written:
        print(tr("Imported from {file}.").format(file=report.file), file=sys.stderr)
    elif report.dry_run:
        print(tr("Dry run: nothing was written."), file=sys.stderr)
    elif report.problems and not args.valid_only:
        print(
            tr("Nothing was imported. Correct the rows above, or use --valid-only."),
            file=sys.stderr,
        )
    elif report.needs_confirmation:
        print(
            tr(
                "Nothing was imported: the rooms and holders above would be created. Check the "
                "names, then run again with --create-missing."
            ),
            file=sys.stderr,
        )
    # A dry run that found no problem is a success; rooms to create are for the real run.
    ok = not report.problems and (report.written or report.dry_run)
    return EXIT_OK if ok else EXIT_PROBLEMS
