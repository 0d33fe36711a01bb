"""``inventaris import``: the register's import from the command line, one problem a line.

Standard output carries what stands in the way of the import: the problems (``KIB B, row 12,
column C: …``, a format scripts read), the warnings a person must accept (each line starting
with ``Warning:``, so it is never taken for a problem) and the rooms and holders to create.
Standard error carries the rest: the notices of what was done to the values (``Note: KIB B:
Column O 'Harga (ribuan Rp)': values multiplied by 1.000``), the counts and the outcome. So a
clean file still prints nothing on standard output, notices or not.

Exit code 0: the file went in (or a dry run found no problem; warnings, like rooms to create,
are for the real run). 1: problems, or nothing written for want of ``--create-missing`` or
``--accept-warnings``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, progress, system_actor, tr

if TYPE_CHECKING:
    from inventaris.importing.problems import Problem


def problem_line(problem: Problem) -> str:
    """``KIB B, row 12, column C: "1.3.2.99" is not in the code table``."""
    from ui.i18n import engine_text

    where = tr("{sheet}, row {row}, column {column}").format(
        sheet=problem.sheet, row=problem.row, column=problem.column or "-"
    )
    return f"{where}: {problem.message(engine_text)}"


def warning_line(warning: Problem) -> str:
    """``Warning: KIB B, row 40, column O: Kursi: Rp 8.500 for one item is too low …``."""
    return tr("Warning: {line}").format(line=problem_line(warning))


def notice_line(notice: Problem) -> str:
    """``Note: KIB B: Column O 'Harga (ribuan Rp)': values multiplied by 1.000``."""
    from ui.i18n import engine_text

    if notice.row:
        return tr("Note: {line}").format(line=problem_line(notice))
    return tr("Note: {sheet}: {message}").format(
        sheet=notice.sheet, message=notice.message(engine_text)
    )


def run_import(args: argparse.Namespace) -> int:
    """Check (and unless ``--dry-run`` import) the file; 0 when it went in whole, 1 otherwise.

    Notices never change the exit code; unaccepted warnings keep a real run from writing.
    """
    from inventaris.importing.service import import_assets, open_import

    accept_warnings = bool(getattr(args, "accept_warnings", False))
    db = open_database(args.db)
    actor = system_actor(db)
    source = open_import(db, actor, Path(args.file), args.sheet)
    report = import_assets(
        db,
        actor,
        source,
        dry_run=args.dry_run,
        valid_only=args.valid_only,
        create_missing=args.create_missing,
        accept_warnings=accept_warnings,
        progress=progress(tr("Checking")) if sys.stderr.isatty() else None,
    )
    for problem in report.problems:
        print(problem_line(problem))
    for warning in report.warnings:
        print(warning_line(warning))
    if report.new_rooms:
        print(tr("Rooms not in the register: {names}").format(names=", ".join(report.new_rooms)))
    if report.new_holders:
        print(
            tr("Holders not in the register: {names}").format(names=", ".join(report.new_holders))
        )
    for notice in report.notices:
        print(notice_line(notice), file=sys.stderr)
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
    else:
        if report.needs_confirmation and not args.create_missing:
            print(
                tr(
                    "Nothing was imported: the rooms and holders above would be created. Check "
                    "the names, then run again with --create-missing."
                ),
                file=sys.stderr,
            )
        if report.warnings and not accept_warnings:
            print(
                tr(
                    "Nothing was imported: the values in the warnings above are doubtful. Check "
                    "them, then run again with --accept-warnings."
                ),
                file=sys.stderr,
            )
    # A dry run that found no problem is a success; rooms to create and warnings to accept
    # are for the real run.
    ok = not report.problems and (report.written or report.dry_run)
    return EXIT_OK if ok else EXIT_ERROR
