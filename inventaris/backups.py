"""Backups that restore: automatic and manual backups, restoring one, and checking the database.

Where backups go: the data folder's ``backups/`` (``inventaris.core.paths.backups_dir``). Names
tell what each file is; ``KEY`` is the database file's name without ``.db`` (SQLite) or the
database's name (PostgreSQL), and every time is WIB, from the database's clock:

* ``auto-KEY-YYYYMMDD-HHMMSS.db``: automatic backups of a SQLite database, taken at the first
  start of each day and whenever the main window closes, rotated (``backups_to_keep``);
* ``KEY-YYYYMMDD-HHMMSS.db`` (``.dump`` on PostgreSQL): ``inventaris backup`` without ``--out``;
* ``KEY-YYYYMMDD-HHMMSS-before-restore.db`` / ``.dump``: the safety copy taken before a restore;
* ``KEY-YYYYMMDD-HHMMSS-REVISION.db``: the copy taken before a schema upgrade (core/schema.py).

Only automatic backups are ever deleted, by the rotation. A SQLite backup is verified before it
gets its name (core/sqlite_backup.py); a PostgreSQL one is made with ``pg_dump -Fc`` and must be
readable by ``pg_restore --list`` before it gets its name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import glob
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import URL, select, text

from inventaris.core.audit import add_entry
from inventaris.core.db import Database, sqlite_path
from inventaris.core.errors import DatabaseError, DomainError, NewerSchemaError, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.paths import backups_dir
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.schema import (
    HEAD_REVISION,
    known_revisions,
    prepare_database,
    refuse_empty_file,
    stored_revision,
)
from inventaris.core.sqlite_backup import (
    BUSY_TIMEOUT_S,
    copy_sqlite_verified,
    integrity_problems,
    open_existing,
    partial_path,
    remove_partials,
)
from inventaris.core.timeutil import WIB, to_wib

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
AUTO_PREFIX = "auto-"
SAFETY_TAIL = "before-restore"
SQLITE_SUFFIX = ".db"
DUMP_SUFFIX = ".dump"

# The rotation of automatic backups (see backups_to_keep).
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

# Where PostgreSQL's client programs are looked for after PATH (newest version first).
PG_BIN_GLOBS = (
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "C:/Program Files/PostgreSQL/*/bin",
)
PG_TIMEOUT_S = 3600

# The audit log's append-only triggers (migration 0013_audit_append_only).
AUDIT_TRIGGERS = {
    "sqlite": ("audit_entry_no_update", "audit_entry_no_delete"),
    "postgresql": ("audit_entry_append_only", "audit_entry_no_truncate"),
}

MSG_NO_TOOL = QT_TRANSLATE_NOOP(
    "Engine",
    "The PostgreSQL program {tool} is not installed on this PC, so the backup cannot be made "
    "or restored. Install the Debian package postgresql-client (sudo apt-get install "
    "postgresql-client; on Windows, PostgreSQL's command line tools) and try again.",
)
MSG_TOOL_FAILED = QT_TRANSLATE_NOOP(
    "Engine", "{tool} failed, and nothing was changed by this program: {detail}"
)
MSG_RESTORE_TOOL_FAILED = QT_TRANSLATE_NOOP(
    "Engine",
    "pg_restore failed: {detail}. It works in one transaction, so the database is as it was "
    "before; the safety copy is {safety}.",
)
MSG_NO_FILE = QT_TRANSLATE_NOOP("Engine", "The file {path} does not exist.")
MSG_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "Engine",
    "{path} is not a backup of an Inventaris database (it is not an SQLite database file). "
    "Nothing was changed.",
)
MSG_NOT_INVENTARIS = QT_TRANSLATE_NOOP(
    "Engine",
    "{path} is a database, but not an Inventaris one (it has no schema version). Nothing was "
    "changed.",
)
MSG_NOT_DUMP = QT_TRANSLATE_NOOP(
    "Engine",
    "{path} is not a backup of this PostgreSQL database: choose a file made by inventaris "
    "backup (pg_dump -Fc). Nothing was changed.",
)
MSG_BACKUP_NEWER = QT_TRANSLATE_NOOP(
    "Engine",
    "The backup {path} was made by a newer version of Inventaris (schema {revision}); this "
    "version cannot use it. Nothing was changed.",
)
MSG_BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "Engine", "The backup {path} is damaged ({detail}). Nothing was changed; choose another one."
)
MSG_BACKUP_IS_LIVE = QT_TRANSLATE_NOOP(
    "Engine", "{path} is the database itself, not a backup of it. Nothing was changed."
)
MSG_RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "Engine",
    "The backup could not be copied into the database: {detail}. The safety copy of the "
    "database as it was is {safety}.",
)
MSG_OUT_IS_FOLDER = QT_TRANSLATE_NOOP(
    "Engine", "{path} is a folder; give the name of the backup file to write in it."
)

CHECK_SCHEMA = QT_TRANSLATE_NOOP("Engine", "Schema version")
CHECK_INTEGRITY = QT_TRANSLATE_NOOP("Engine", "Integrity of the database file")
CHECK_TABLES = QT_TRANSLATE_NOOP("Engine", "Every table readable")
CHECK_FOREIGN_KEYS = QT_TRANSLATE_NOOP("Engine", "Links between records (foreign keys)")
CHECK_AUDIT_TRIGGERS = QT_TRANSLATE_NOOP("Engine", "Audit log protected against changes")
CHECK_AUDIT_ENTRIES = QT_TRANSLATE_NOOP("Engine", "Audit log entries readable")

PROBLEM_SCHEMA_OLDER = QT_TRANSLATE_NOOP(
    "Engine", "schema {revision} is older than this program's {head}: run inventaris upgrade"
)
PROBLEM_SCHEMA_UNKNOWN = QT_TRANSLATE_NOOP(
    "Engine", "schema {revision} is unknown to this version of Inventaris (newer?)"
)
PROBLEM_SCHEMA_MISSING = QT_TRANSLATE_NOOP(
    "Engine", "no schema version: not an Inventaris database"
)
PROBLEM_DAMAGED = QT_TRANSLATE_NOOP(
    "Engine", "the file is damaged: {detail}. Restore a backup (inventaris restore FILE)"
)
PROBLEM_UNREADABLE = QT_TRANSLATE_NOOP("Engine", "cannot be read: {detail}")
PROBLEM_FOREIGN_KEYS = QT_TRANSLATE_NOOP(
    "Engine", "{count} record(s) point at records that do not exist (tables: {tables})"
)
PROBLEM_NOT_VALIDATED = QT_TRANSLATE_NOOP("Engine", "constraints not validated: {names}")
PROBLEM_TRIGGERS_MISSING = QT_TRANSLATE_NOOP("Engine", "missing trigger(s): {names}")
DETAIL_TABLES = QT_TRANSLATE_NOOP("Engine", "{tables} tables, {rows} rows")
DETAIL_ENTRIES = QT_TRANSLATE_NOOP("Engine", "{count} entries")


# --- names and the rotation ------------------------------------------------------------------


def database_key(db: Database) -> str:
    """What the backups of ``db`` are named after: the file's stem, or the database's name."""
    path = sqlite_path(db.url)
    if path is not None:
        return path.stem
    return db.url.database or "postgres"


def _stamp(moment: datetime) -> str:
    return to_wib(moment).strftime(STAMP_FORMAT)


def _moment(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=WIB)
    except ValueError:
        return None


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backups folder, known from its name alone (no file is opened)."""

    path: Path
    taken_at: datetime  # WIB
    automatic: bool


def list_backups(key: str, folder: Path | None = None) -> list[BackupFile]:
    """The backups of the database ``key`` in the backups folder, newest first."""
    folder = folder or backups_dir()
    pattern = re.compile(
        rf"^(?P<auto>{re.escape(AUTO_PREFIX)})?{re.escape(key)}-(?P<stamp>\d{{8}}-\d{{6}})"
        rf"(?:-[A-Za-z0-9_.-]+)?(?:{re.escape(SQLITE_SUFFIX)}|{re.escape(DUMP_SUFFIX)})$"
    )
    found = []
    for path in folder.iterdir() if folder.is_dir() else ():
        match = pattern.match(path.name)
        if match is None:
            continue
        moment = _moment(match["stamp"])
        if moment is not None:
            found.append(BackupFile(path, moment, bool(match["auto"])))
    found.sort(key=lambda backup: (backup.taken_at, backup.path.name), reverse=True)
    return found


def backups_to_keep(
    moments: Iterable[datetime],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """The automatic backups the rotation keeps; the others are deleted.

    The rule (the one ``restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12`` uses),
    with days, weeks and months counted in WIB:

    * daily: for each of the 7 most recent calendar days that have a backup, the newest backup
      of that day;
    * weekly: for each of the 4 most recent ISO weeks (Monday to Sunday) that have a backup, the
      newest backup of that week;
    * monthly: for each of the 12 most recent calendar months that have a backup, the newest
      backup of that month.

    A backup kept by any of the three is kept; every other automatic backup is deleted. So at
    most 7 + 4 + 12 = 23 files remain, usually fewer since the three overlap (the newest backup
    is the newest of its day, its week and its month). Counting days *that have a backup*
    rather than the last 7 calendar days means a PC that stays off for a holiday keeps the
    backups from before it.
    """
    ordered = sorted({to_wib(moment) for moment in moments}, reverse=True)

    def day(moment: datetime) -> object:
        return moment.date()

    def week(moment: datetime) -> object:
        return moment.date().isocalendar()[:2]

    def month(moment: datetime) -> object:
        return (moment.year, moment.month)

    keep: set[datetime] = set()
    for bucket_of, count in ((day, daily), (week, weekly), (month, monthly)):
        seen: set[object] = set()
        for moment in ordered:
            bucket = bucket_of(moment)
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.add(bucket)
            keep.add(moment)  # the newest of its bucket: the list runs newest first
    return keep


def rotate_automatic_backups(key: str, folder: Path | None = None) -> list[Path]:
    """Delete the automatic backups of ``key`` that the rotation does not keep."""
    automatic = [backup for backup in list_backups(key, folder) if backup.automatic]
    kept = backups_to_keep(backup.taken_at for backup in automatic)
    removed = []
    for backup in automatic:
        if backup.taken_at not in kept:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    # Two backups within one second share a name; two names with one stamp cannot both stay.
    return removed


# --- automatic backups and the status line ---------------------------------------------------


Occasion = Literal["start", "exit"]


def automatic_backup(db: Database, occasion: Occasion) -> Path | None:
    """The automatic backup of a SQLite database, then the rotation; None when none is due.

    ``start``: only at the first start of the day (WIB), that is when no automatic backup of
    this database was taken today. ``exit``: every time the main window closes. PostgreSQL
    databases are backed up on their server (``inventaris backup`` makes a dump on demand).
    """
    source = sqlite_path(db.url)
    if source is None or not source.exists():
        return None
    key = database_key(db)
    folder = backups_dir()
    now = db.clock()
    today = to_wib(now).date()
    existing = [backup for backup in list_backups(key, folder) if backup.automatic]
    if occasion == "start" and any(backup.taken_at.date() == today for backup in existing):
        return None
    remove_partials(folder)
    target = folder / f"{AUTO_PREFIX}{key}-{_stamp(now)}{SQLITE_SUFFIX}"
    copy_sqlite_verified(source, target)
    rotate_automatic_backups(key, folder)
    return target


@dataclass(frozen=True)
class BackupStatus:
    """What Pengaturan shows about backups."""

    folder: Path
    last_backup_at: datetime | None  # WIB
    last_backup: Path | None
    automatic: bool  # automatic backups are made (SQLite)
    can_manage: bool


def backup_status(db: Database, actor: Actor) -> BackupStatus:
    """The newest backup of this database in the backups folder (from the names alone)."""
    require(actor, Permission.VIEW)
    folder = backups_dir()
    newest = next(iter(list_backups(database_key(db), folder)), None)
    return BackupStatus(
        folder=folder,
        last_backup_at=newest.taken_at if newest else None,
        last_backup=newest.path if newest else None,
        automatic=db.backend == "sqlite",
        can_manage=actor.can(Permission.MANAGE_BACKUPS),
    )


# --- PostgreSQL's tools --------------------------------------------------------------------------


def find_pg_tool(name: str) -> Path:
    """``pg_dump`` or ``pg_restore``: on PATH first, then in PostgreSQL's usual folders."""
    on_path = shutil.which(name)
    if on_path:
        return Path(on_path)
    executable = name + (".exe" if sys.platform == "win32" else "")

    def version(folder: str) -> tuple[int, ...]:
        numbers = re.findall(r"\d+", folder)
        return tuple(int(number) for number in numbers)

    for pattern in PG_BIN_GLOBS:
        for folder in sorted(glob.glob(pattern), key=version, reverse=True):
            candidate = Path(folder) / executable
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return candidate
    raise DomainError(MSG_NO_TOOL, tool=name)


def _pg_connection(db: Database) -> tuple[str, dict[str, str]]:
    """The libpq address without its password, and the environment carrying the password."""
    url = db.url
    # URL.set() takes None as "unchanged": the password is dropped by making the URL anew.
    bare = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    address = bare.render_as_string(hide_password=False)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return address, env


def _run_tool(command: list[str], env: dict[str, str] | None = None) -> str:
    tool = Path(command[0]).name
    try:
        finished = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=PG_TIMEOUT_S, check=False
        )
    except OSError as error:
        raise DomainError(MSG_TOOL_FAILED, tool=tool, detail=str(error)) from None
    if finished.returncode != 0:
        detail = (finished.stderr.strip() or f"exit code {finished.returncode}").splitlines()
        raise DomainError(MSG_TOOL_FAILED, tool=tool, detail=" ".join(detail[:3])[:500])
    return finished.stdout


def _pg_dump(db: Database, target: Path) -> Path:
    """``pg_dump -Fc`` into ``target.partial``, checked with ``pg_restore --list``, renamed."""
    pg_dump = find_pg_tool("pg_dump")
    pg_restore = find_pg_tool("pg_restore")
    address, env = _pg_connection(db)
    partial = partial_path(target)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    try:
        _run_tool([str(pg_dump), "-Fc", "--no-password", "-f", str(partial), address], env)
        _dump_contents(pg_restore, partial)
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return target


@dataclass(frozen=True)
class DumpContents:
    tables: frozenset[str]
    functions: frozenset[str]
    revision: str | None


def _dump_contents(pg_restore: Path, path: Path) -> DumpContents:
    """What a custom-format dump holds; raises if ``pg_restore`` cannot read it."""
    listing = _run_tool([str(pg_restore), "--list", str(path)])
    tables, functions, has_version = set(), set(), False
    for line in listing.splitlines():
        if line.startswith(";") or ";" not in line:
            continue
        words = line.split(";", 1)[1].split()
        kind = words[2:]  # after the two object ids
        if kind[:2] == ["TABLE", "DATA"] and len(kind) > 3:
            has_version |= kind[3] == "alembic_version"
        elif kind[:1] == ["TABLE"] and len(kind) > 2:
            tables.add(kind[2])
        elif kind[:1] == ["FUNCTION"] and len(kind) > 2:
            functions.add(kind[2].split("(")[0])
    revision = None
    if has_version:
        data = _run_tool(
            [str(pg_restore), "--data-only", "--table=alembic_version", "-f", "-", str(path)]
        )
        lines = data.splitlines()
        for index, line in enumerate(lines):
            if line.startswith("COPY ") and "alembic_version" in line and index + 1 < len(lines):
                value = lines[index + 1].strip()
                revision = value if value and value != "\\." else None
                break
    return DumpContents(frozenset(tables), frozenset(functions), revision)


# --- backing up on demand ----------------------------------------------------------------------


@dataclass(frozen=True)
class BackupResult:
    path: Path
    rows: int | None  # rows checked in the copy (SQLite)
    tables: int | None
    intact: bool = True


def default_backup_path(db: Database, tail: str = "") -> Path:
    suffix = SQLITE_SUFFIX if db.backend == "sqlite" else DUMP_SUFFIX
    tail = f"-{tail}" if tail else ""
    return backups_dir() / f"{database_key(db)}-{_stamp(db.clock())}{tail}{suffix}"


def suggested_backup_name(db: Database) -> str:
    """A file name for "Back up now…": the database, the date and time, the right suffix."""
    return default_backup_path(db).name


def _take_backup(db: Database, target: Path, *, require_intact: bool = True) -> BackupResult:
    if target.is_dir():
        raise ValidationError(MSG_OUT_IS_FOLDER, path=str(target))
    folder = backups_dir()
    remove_partials(folder)
    if db.backend == "sqlite":
        source = sqlite_path(db.url)
        assert source is not None
        if not source.exists():
            raise DomainError(MSG_NO_FILE, path=str(source))
        report = copy_sqlite_verified(source, target, require_intact=require_intact)
        return BackupResult(report.path, report.rows, len(report.row_counts), report.intact)
    return BackupResult(_pg_dump(db, target.resolve()), None, None)


def backup_database(db: Database, actor: Actor, target: Path | None = None) -> BackupResult:
    """A verified backup now: to ``target``, or a dated file in the backups folder."""
    require(actor, Permission.MANAGE_BACKUPS)
    return _take_backup(db, target or default_backup_path(db))


# --- restoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """A backup file that passed its checks and may be restored."""

    path: Path
    revision: str
    assets: int | None  # how many assets it holds (SQLite), for the question asked first
    older_schema: bool


def _is_live_database(db: Database, path: Path) -> bool:
    live = sqlite_path(db.url)
    with contextlib.suppress(OSError):
        return live is not None and live.exists() and path.samefile(live)
    return False


def inspect_backup(db: Database, actor: Actor, path: Path) -> BackupInfo:
    """Check a file before restoring it over ``db``; raise a DomainError saying what is wrong.

    SQLite: an SQLite file holding an Inventaris database (``alembic_version``) whose schema
    this program knows (not newer) and that passes ``PRAGMA integrity_check``. PostgreSQL: a
    ``pg_dump -Fc`` archive that ``pg_restore`` can read, with a schema this program knows.
    """
    require(actor, Permission.MANAGE_BACKUPS)
    if not path.is_file():
        raise DomainError(MSG_NO_FILE, path=str(path))
    if _is_live_database(db, path):
        raise ValidationError(MSG_BACKUP_IS_LIVE, path=str(path))
    if db.backend == "sqlite":
        revision, assets = _inspect_sqlite_file(path)
    else:
        try:
            contents = _dump_contents(find_pg_tool("pg_restore"), path)
        except DomainError as error:
            if error.template == MSG_NO_TOOL:
                raise
            raise ValidationError(MSG_NOT_DUMP, path=str(path)) from None
        if contents.revision is None:
            raise ValidationError(MSG_NOT_DUMP, path=str(path))
        revision, assets = contents.revision, None
    if revision not in known_revisions():
        raise NewerSchemaError(MSG_BACKUP_NEWER, path=str(path), revision=revision)
    return BackupInfo(path, revision, assets, revision != HEAD_REVISION)


def _inspect_sqlite_file(path: Path) -> tuple[str, int | None]:
    try:
        with open_existing(path, read_only=True) as connection:
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.DatabaseError:
                raise ValidationError(MSG_NOT_SQLITE, path=str(path)) from None
            try:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:
                row = None
            if row is None or not row[0]:
                raise ValidationError(MSG_NOT_INVENTARIS, path=str(path))
            try:
                problems = integrity_problems(connection)
            except sqlite3.DatabaseError as error:
                problems = [str(error)]
            if problems:
                raise ValidationError(MSG_BACKUP_DAMAGED, path=str(path), detail=problems[0])
            try:
                assets = int(connection.execute("SELECT count(*) FROM asset").fetchone()[0])
            except sqlite3.DatabaseError:
                assets = None
            return str(row[0]), assets
    except sqlite3.DatabaseError as error:  # cannot be opened at all
        raise ValidationError(MSG_NOT_SQLITE, path=str(path)) from error


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    previous_revision: str
    upgraded: bool
    safety_copy_intact: bool = True


def restore_backup(
    db: Database,
    actor: Actor,
    path: Path,
    *,
    progress: Callable[[str], None] | None = None,
) -> RestoreResult:
    """Put the backup ``path`` in place of the database's contents, safely.

    The file is checked first (``inspect_backup``); then a verified safety copy of the database
    as it is goes to the backups folder; then the backup is copied *into* the live database
    (SQLite's backup API writes through SQLite's locks, so other processes see either the old
    or the new contents, never a replaced file; PostgreSQL: ``pg_restore --clean --if-exists``
    in one transaction); an older schema is then upgraded. Other PCs must restart the program.
    """
    info = inspect_backup(db, actor, path)
    step = progress or (lambda _name: None)
    step("safety")
    safety: BackupResult | None = None
    intact = True
    if db.backend == "sqlite":
        live = sqlite_path(db.url)
        assert live is not None
        if live.exists() and live.stat().st_size > 0:
            # The database may be the damaged thing being replaced: keep its copy anyway.
            safety = _take_backup(db, default_backup_path(db, SAFETY_TAIL), require_intact=False)
            intact = safety.intact
        db.dispose()
        step("restore")
        _restore_sqlite(live, path, safety.path if safety else None)
    else:
        safety = _take_backup(db, default_backup_path(db, SAFETY_TAIL))
        db.dispose()
        step("restore")
        _restore_postgres(db, path, safety.path)
    step("upgrade")
    report = prepare_database(db)
    with db.write(dataclasses.replace(actor, user_id=None)) as session:
        # The account that restored may not exist in the restored data: named, not checked.
        add_entry(
            session,
            action="restore",
            entity="database",
            new={
                "backup": path.name,
                "revision": info.revision,
                "safety_copy": safety.path.name if safety else None,
            },
        )
    log.info("restored %s from %s (safety copy %s)", db.shown_url, path, safety)
    return RestoreResult(
        path,
        safety.path if safety else None,
        info.revision,
        report.upgraded,
        intact,
    )


def _restore_sqlite(live: Path, backup: Path, safety: Path | None) -> None:
    try:
        with (
            open_existing(backup, read_only=True) as source,
            closing(sqlite3.connect(live, timeout=BUSY_TIMEOUT_S, isolation_level=None)) as target,
        ):
            source.backup(target)
    except sqlite3.Error as error:
        raise DatabaseError(
            MSG_RESTORE_FAILED, detail=str(error), safety=str(safety or "-")
        ) from None


def _restore_postgres(db: Database, backup: Path, safety: Path) -> None:
    pg_restore = find_pg_tool("pg_restore")
    contents = _dump_contents(pg_restore, backup)
    address, env = _pg_connection(db)
    unhooked = _unhook_what_the_dump_lacks(db, contents)
    try:
        _run_tool(
            [
                str(pg_restore), "--clean", "--if-exists", "--single-transaction",
                "--exit-on-error", "--no-owner", "--no-password", "-d", address, str(backup),
            ],
            env,
        )  # fmt: skip
    except DomainError as error:
        _hook_again(db, unhooked)
        raise DomainError(
            MSG_RESTORE_TOOL_FAILED, detail=error.params.get("detail", ""), safety=str(safety)
        ) from None
    if contents.revision != HEAD_REVISION:
        _drop_what_the_dump_lacks(db, contents)


def _unhook_what_the_dump_lacks(db: Database, contents: DumpContents) -> list[tuple[str, str, str]]:
    """The foreign keys of tables an older dump lacks (made by later migrations), dropped:
    they hold on to the dumped tables' keys, which ``pg_restore --clean`` must drop. Those
    tables go after the restore anyway; the keys are returned to be put back if it fails."""
    with db.engine.begin() as connection:
        keys = [
            (table, name, definition)
            for table, name, definition in connection.execute(
                text(
                    "SELECT t.relname, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
                    "JOIN pg_class t ON t.oid = c.conrelid "
                    "JOIN pg_namespace n ON n.oid = t.relnamespace "
                    "WHERE c.contype = 'f' AND n.nspname = current_schema() ORDER BY c.oid"
                )
            )
            if table not in contents.tables
        ]
        for table, name, _ in keys:
            connection.exec_driver_sql(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
    return keys


def _hook_again(db: Database, keys: list[tuple[str, str, str]]) -> None:
    """Put back the keys ``_unhook_what_the_dump_lacks`` dropped: the restore failed, so the
    database stays as it was."""
    if not keys:
        return
    with db.engine.begin() as connection:
        for table, name, definition in keys:
            connection.exec_driver_sql(
                f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}'
            )


def _drop_what_the_dump_lacks(db: Database, contents: DumpContents) -> None:
    """After restoring an older schema: tables and functions made by later migrations go, so
    that the upgrade can make them again."""
    with db.engine.begin() as connection:
        tables = connection.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        ).scalars()
        for table in [name for name in tables if name not in contents.tables]:
            connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
        functions = connection.execute(
            text(
                "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = current_schema() AND p.proname LIKE 'inventaris%'"
            )
        ).scalars()
        for function in [name for name in functions if name not in contents.functions]:
            connection.exec_driver_sql(f'DROP FUNCTION IF EXISTS "{function}" CASCADE')


# --- checking the database ------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    """One line of ``inventaris check``: what was checked, and ok or the problem."""

    name: str  # an engine template
    ok: bool
    detail: str = ""  # an engine template, filled with params
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, translate: Callable[[str], str] = lambda text: text) -> str:
        return translate(self.detail).format(**self.params) if self.detail else ""


def check_database(db: Database, actor: Actor) -> list[CheckResult]:
    """Integrity, foreign keys and the audit log; nothing is changed and nothing upgraded."""
    require(actor, Permission.MANAGE_BACKUPS)
    refuse_empty_file(db)
    results: list[CheckResult] = []
    if db.backend == "sqlite":
        integrity = _sqlite_integrity(db)
        results.append(integrity)
        if not integrity.ok:
            return results  # a damaged file: the other checks would only repeat it
    try:
        revision, _tables = stored_revision(db)
    except DatabaseError as error:
        results.append(CheckResult(CHECK_SCHEMA, False, PROBLEM_UNREADABLE, {"detail": str(error)}))
        return results
    if revision is None:
        results.append(CheckResult(CHECK_SCHEMA, False, PROBLEM_SCHEMA_MISSING))
        return results
    if revision == HEAD_REVISION:
        results.append(CheckResult(CHECK_SCHEMA, True, "{revision}", {"revision": revision}))
    elif revision in known_revisions():
        results.append(
            CheckResult(
                CHECK_SCHEMA,
                False,
                PROBLEM_SCHEMA_OLDER,
                {"revision": revision, "head": HEAD_REVISION},
            )
        )
    else:
        results.append(
            CheckResult(CHECK_SCHEMA, False, PROBLEM_SCHEMA_UNKNOWN, {"revision": revision})
        )
    if db.backend == "postgresql":
        results.append(_postgres_tables(db))
    results.append(_foreign_keys(db))
    results.append(_audit_triggers(db))
    results.append(_audit_entries(db))
    return results


def _sqlite_integrity(db: Database) -> CheckResult:
    path = sqlite_path(db.url)
    if path is None:
        return CheckResult(CHECK_INTEGRITY, True, "ok")
    if not path.exists():
        return CheckResult(
            CHECK_INTEGRITY, False, PROBLEM_UNREADABLE, {"detail": f"{path}: no such file"}
        )
    try:
        with open_existing(path) as connection:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            problems = integrity_problems(connection, 5)
    except sqlite3.DatabaseError as error:
        problems = [str(error)]
    if problems:
        return CheckResult(
            CHECK_INTEGRITY, False, PROBLEM_DAMAGED, {"detail": "; ".join(problems[:3])}
        )
    return CheckResult(CHECK_INTEGRITY, True)


def _postgres_tables(db: Database) -> CheckResult:
    try:
        with db.read_connection() as connection:
            tables = list(
                connection.execute(
                    text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                        "ORDER BY tablename"
                    )
                ).scalars()
            )
            rows = sum(
                int(connection.exec_driver_sql(f'SELECT count(*) FROM "{name}"').scalar() or 0)
                for name in tables
            )
    except DomainError as error:
        return CheckResult(CHECK_TABLES, False, PROBLEM_UNREADABLE, {"detail": str(error)})
    return CheckResult(CHECK_TABLES, True, DETAIL_TABLES, {"tables": len(tables), "rows": rows})


def _foreign_keys(db: Database) -> CheckResult:
    try:
        with db.read_connection() as connection:
            if db.backend == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    tables = sorted({str(row[0]) for row in broken})
                    return CheckResult(
                        CHECK_FOREIGN_KEYS,
                        False,
                        PROBLEM_FOREIGN_KEYS,
                        {"count": len(broken), "tables": ", ".join(tables)},
                    )
                return CheckResult(CHECK_FOREIGN_KEYS, True)
            # PostgreSQL enforces every validated foreign key: none may be left unvalidated.
            names = connection.execute(
                text(
                    "SELECT conname FROM pg_constraint c JOIN pg_namespace n "
                    "ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                    "AND c.contype = 'f' AND NOT c.convalidated ORDER BY conname"
                )
            ).scalars()
            unvalidated = list(names)
    except DomainError as error:
        return CheckResult(CHECK_FOREIGN_KEYS, False, PROBLEM_UNREADABLE, {"detail": str(error)})
    if unvalidated:
        return CheckResult(
            CHECK_FOREIGN_KEYS, False, PROBLEM_NOT_VALIDATED, {"names": ", ".join(unvalidated)}
        )
    return CheckResult(CHECK_FOREIGN_KEYS, True)


def _audit_triggers(db: Database) -> CheckResult:
    expected = AUDIT_TRIGGERS[db.backend]
    try:
        with db.read_connection() as connection:
            if db.backend == "sqlite":
                query = text(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    "AND tbl_name = 'audit_entry'"
                )
            else:
                query = text(
                    "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE c.relname = 'audit_entry' AND NOT t.tgisinternal AND t.tgenabled <> 'D'"
                )
            present = {str(name) for name in connection.execute(query).scalars()}
    except DomainError as error:
        return CheckResult(CHECK_AUDIT_TRIGGERS, False, PROBLEM_UNREADABLE, {"detail": str(error)})
    missing = [name for name in expected if name not in present]
    if missing:
        return CheckResult(
            CHECK_AUDIT_TRIGGERS, False, PROBLEM_TRIGGERS_MISSING, {"names": ", ".join(missing)}
        )
    return CheckResult(CHECK_AUDIT_TRIGGERS, True)


def _audit_entries(db: Database, batch: int = 2000) -> CheckResult:
    """Read every entry through the model, values decoded, a batch at a time."""
    from inventaris.model import AuditEntry

    count = 0
    last_id = 0
    try:
        while True:
            with db.read() as session:
                entries = list(
                    session.scalars(
                        select(AuditEntry)
                        .where(AuditEntry.id > last_id)
                        .order_by(AuditEntry.id)
                        .limit(batch)
                    )
                )
                for entry in entries:
                    # Touch every column: a value that cannot be decoded raises here.
                    _ = (
                        entry.occurred_at,
                        entry.username,
                        entry.action,
                        entry.entity,
                        entry.entity_id,
                        entry.old_values,
                        entry.new_values,
                    )
                if not entries:
                    break
                count += len(entries)
                last_id = entries[-1].id
    except (DomainError, ValueError, TypeError) as error:
        return CheckResult(
            CHECK_AUDIT_ENTRIES,
            False,
            PROBLEM_UNREADABLE,
            {"detail": f"#{last_id + 1}…: {error}"},
        )
    except Exception as error:  # a driver error on a damaged row is a finding, not a crash
        return CheckResult(
            CHECK_AUDIT_ENTRIES,
            False,
            PROBLEM_UNREADABLE,
            {"detail": f"#{last_id + 1}…: {type(error).__name__}: {error}"},
        )
    return CheckResult(CHECK_AUDIT_ENTRIES, True, DETAIL_ENTRIES, {"count": count})
