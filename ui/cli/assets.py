"""The register: ``find`` and ``import-codes``."""

from __future__ import annotations

import argparse
import sys

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, system_actor, tr, unit_actor


def run_find(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from inventaris.assets.register import RegisterFilter, RegisterQuery, all_register_rows
    from inventaris.labels import is_label_key, resolve_scan, scanned_label_key

    db = open_database(args.db)
    actor = unit_actor(db, system_actor(db), args.unit)
    typed = " ".join(args.text)
    wanted = RegisterFilter(text=typed)
    if args.include_disposed:
        wanted = RegisterFilter(text=wanted.text, statuses=frozenset())
    label_line = scanned_label_key(typed) is not None
    if label_line or is_label_key(typed):
        # A scanned label line or a bare key stands for one asset, as in the window; a bare
        # key no asset has may still be a word (a serial number), so it is searched for.
        asset_id = resolve_scan(db, actor, typed)
        if asset_id is not None or label_line:
            found = frozenset() if asset_id is None else frozenset({asset_id})
            wanted = replace(wanted, text="", asset_ids=found)
    rows = all_register_rows(db, actor, RegisterQuery(filter=wanted))
    for row in rows:
        print(f"{row.code_register}\t{row.name}\t{row.room_name}")
    if not rows:
        print(tr("No asset matches {text}.").format(text=typed), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_import_codes(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.catalog import import_code_table
    from inventaris.core.errors import ValidationError
    from ui.i18n import engine_text

    db = open_database(args.db)
    try:
        report = import_code_table(db, system_actor(db), Path(args.file))
    except ValidationError as error:
        for problem in error.params.get("problems", []):
            reason = engine_text(problem.problem).format(
                value=problem.value, first_row=problem.first_row
            )
            print(
                tr("row {row}, column {column}: {reason}").format(
                    row=problem.row, column=problem.column, reason=reason
                ),
                file=sys.stderr,
            )
        raise
    print(
        tr("Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.").format(
            added=report.added, renamed=report.renamed, unchanged=report.unchanged
        )
    )
    return EXIT_OK
