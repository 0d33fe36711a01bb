"""Backups and checks: ``backup``, ``restore`` and ``check``.

``restore`` and ``check`` open the database without upgrading it first: a damaged or older
database is exactly what one restores over, or wants to hear about.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ui.cli.common import EXIT_ERROR, EXIT_OK, tr

if TYPE_CHECKING:
    from inventaris.core.db import Database


def _open_unprepared(url: str | None, *, refuse_empty: bool = True) -> Database:
    from inventaris.core.db import Database
    from inventaris.core.paths import resolve_database_url
    from inventaris.core.schema import refuse_empty_file

    db = Database(resolve_database_url(url))
    if refuse_empty:
        refuse_empty_file(db)
    return db


def run_backup(args: argparse.Namespace) -> int:
    from inventaris.backups import backup_database
    from inventaris.core.permissions import SYSTEM_ACTOR

    # As it is, not upgraded first: the backup of an older database is of that database.
    db = _open_unprepared(args.db)
    try:
        result = backup_database(db, SYSTEM_ACTOR, Path(args.out) if args.out else None)
    finally:
        db.dispose()
    if result.rows is not None:
        print(
            tr("Backup written and checked: {path} ({tables} tables, {rows} rows).").format(
                path=result.path, tables=result.tables, rows=result.rows
            )
        )
    else:
        print(tr("Backup written and checked: {path}").format(path=result.path))
    return EXIT_OK


def _confirmed(question: str) -> bool:
    print(question, end=" ", flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "ya")


def run_restore(args: argparse.Namespace) -> int:
    from inventaris.backups import inspect_backup, restore_backup
    from inventaris.core.permissions import SYSTEM_ACTOR

    # An empty (0-byte) database file may be restored over: that is how it is mended.
    db = _open_unprepared(args.db, refuse_empty=False)
    try:
        path = Path(args.file)
        info = inspect_backup(db, SYSTEM_ACTOR, path)
        if not args.yes and not _confirmed(
            tr("Restore {file} (schema {revision}) over {url}? [y/N]").format(
                file=path, revision=info.revision, url=db.shown_url
            )
        ):
            print(tr("Nothing was restored."), file=sys.stderr)
            return EXIT_ERROR
        result = restore_backup(db, SYSTEM_ACTOR, path)
    finally:
        db.dispose()
    print(tr("{url} was restored from {file}.").format(url=db.shown_url, file=result.restored_from))
    if result.safety_copy is not None:
        print(
            tr("The database as it was before is kept in {path}.").format(path=result.safety_copy)
        )
    if result.upgraded:
        print(tr("The backup's schema was upgraded to this version's."))
    print(tr("Anyone using Inventaris on another PC must restart it now."))
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from inventaris.backups import check_database
    from inventaris.core.permissions import SYSTEM_ACTOR
    from ui.i18n import engine_text

    db = _open_unprepared(args.db)
    try:
        results = check_database(db, SYSTEM_ACTOR)
    finally:
        db.dispose()
    print(tr("Database: {url}").format(url=db.shown_url))
    for result in results:
        detail = result.message(engine_text)
        if result.ok:
            outcome = tr("ok") + (f" ({detail})" if detail else "")
        else:
            outcome = tr("PROBLEM: {detail}").format(detail=detail)
        print(f"{engine_text(result.name)}: {outcome}")
    if all(result.ok for result in results):
        return EXIT_OK
    print(tr("The check found problems (see above)."), file=sys.stderr)
    return EXIT_ERROR
