"""What the verbs share: their words, exit codes, database, actor and progress bar."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor

EXIT_OK = 0
EXIT_ERROR = 1


def tr(text: str) -> str:
    # lupdate files the strings of a free tr() function under the empty context.
    return QCoreApplication.translate("", text)


def open_database(url: str | None) -> Database:
    """The database of ``--db`` (else the saved one), brought to this version's schema."""
    from inventaris.core.db import Database
    from inventaris.core.paths import resolve_database_url
    from inventaris.core.schema import prepare_database

    db = Database(resolve_database_url(url))
    report = prepare_database(db)
    if report.backup is not None:
        print(tr("Backup before upgrading: {path}").format(path=report.backup), file=sys.stderr)
    return db


def system_actor(db: Database) -> Actor:
    """The command line runs with the rights of whoever may open the database file or server:
    it acts as the system, for the whole database (every unit in it)."""
    from inventaris.accounts import every_unit_actor
    from inventaris.core.permissions import SYSTEM_ACTOR

    return every_unit_actor(db, SYSTEM_ACTOR)


def progress(label: str) -> Callable[[int, int], None]:
    """A progress bar on standard error: ``label  42% (420/1000)``."""

    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{label} {percent:3d}% ({done}/{total})", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show


def unit_actor(db: Database, actor: Actor, kode_lokasi: str | None) -> Actor:
    """``actor`` narrowed to the unit of ``--unit KODE`` (unchanged without it); an unknown
    code is refused with a message naming it (``units.unit_by_code``)."""
    if not kode_lokasi:
        return actor
    from inventaris.units import unit_by_code, working_actor

    return working_actor(actor, unit_by_code(db, actor, kode_lokasi).id)


def single_room(rooms: Sequence[Any], typed: str) -> bool:
    """True when ``rooms`` (those matching what was typed) lie in one unit; else says to name
    the unit, since each unit numbers its rooms from R.01."""
    if len({room.unit_id for room in rooms}) <= 1:
        return True
    print(
        tr("Several units have a room {room}: name the unit with --unit KODE.").format(room=typed),
        file=sys.stderr,
    )
    return False
