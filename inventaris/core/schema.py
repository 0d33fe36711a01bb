"""Bringing a database to the current schema, safely.

Start-up reads the stored revision with one query and compares it with ``HEAD_REVISION``; Alembic
is only imported when there is work to do, which keeps start-up fast. An older SQLite database is
copied to a dated backup before it is upgraded; a newer one is refused untouched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from sqlalchemy import exc, inspect, text

from inventaris.core.db import Database, explain_operational_error, sqlite_path
from inventaris.core.errors import DatabaseError, NewerSchemaError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.paths import backups_dir
from inventaris.core.timeutil import to_wib

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

# The newest revision in inventaris/migrations/versions (a test keeps the two in step).
HEAD_REVISION = "0021_unit_indexes"
MIGRATIONS_DIR = Path(__file__).parent.parent / "migrations"

MSG_NEWER = QT_TRANSLATE_NOOP(
    "Engine",
    "The database {url} was made by a newer version of Inventaris (schema {revision}). "
    "Install that version; this one changes nothing.",
)
MSG_FOREIGN = QT_TRANSLATE_NOOP(
    "Engine",
    "The database {url} already holds tables that are not Inventaris's. Choose an empty database "
    "or an Inventaris one.",
)


# Search structures only one backend has, made by hand in migrations rather than by the models.
BACKEND_ONLY_NAMES = ("asset_fts", "ix_asset_search_trgm")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's filter: leave the backend-only search structures out of comparisons."""
    del type_, parent_names
    return not (name or "").startswith(BACKEND_ONLY_NAMES)


@dataclass(frozen=True)
class SchemaReport:
    previous_revision: str | None
    current_revision: str
    backup: Path | None

    @property
    def upgraded(self) -> bool:
        return self.previous_revision != self.current_revision


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }


def stored_revision(db: Database) -> tuple[str | None, bool]:
    """The revision in ``alembic_version`` (None if absent) and whether other tables exist."""
    try:
        with db.engine.connect() as connection:
            try:
                revision = connection.execute(
                    text("SELECT version_num FROM alembic_version")
                ).scalar()
                return (revision, True)
            except exc.DBAPIError:
                connection.rollback()
            has_tables = bool(inspect(connection).get_table_names())
            return (None, has_tables)
    except (exc.OperationalError, exc.DatabaseError) as error:
        raise explain_operational_error(error, db.url) from None


def backup_sqlite(db: Database, revision: str | None) -> Path | None:
    """Copy the SQLite file before upgrading it, verified (core/sqlite_backup.py).

    The copy is written as ``NAME.partial``, checked (``integrity_check`` and every table's row
    count against the source's, read in the same snapshot), flushed and only then renamed: a
    kill during it leaves no file that looks like a backup. Leftovers of a killed backup go now.
    """
    from inventaris.core.sqlite_backup import copy_sqlite_verified, remove_partials

    source = sqlite_path(db.url)
    if source is None or not source.exists():
        return None
    stamp = to_wib(db.clock()).strftime("%Y%m%d-%H%M%S")
    folder = backups_dir()
    remove_partials(folder)
    target = folder / f"{source.stem}-{stamp}-{revision or 'empty'}.db"
    copy_sqlite_verified(source, target)
    log.info("backed up %s to %s before upgrading", source, target)
    return target


MSG_EMPTY_FILE = QT_TRANSLATE_NOOP(
    "Engine",
    "The file {path} is empty (0 bytes): it is not an Inventaris database, and Inventaris does "
    "not turn it into a new one. If it should hold your data, restore a backup over it "
    "(inventaris restore, backups are in {backups}); for a new database, delete the empty file "
    "or choose a name that does not exist yet.",
)


def refuse_empty_file(db: Database) -> None:
    """An existing 0-byte file is a copy that went wrong, not a place for a new database.

    Only the file's size is read (no descriptor of it is opened). A missing file is still made
    into a new database, as before; so is a 0-byte file whose WAL holds pages.
    """
    path = sqlite_path(db.url)
    if path is None:
        return
    try:
        size = path.stat().st_size
    except OSError:
        return  # missing: a new database
    wal = Path(f"{path}-wal")
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DatabaseError(MSG_EMPTY_FILE, path=str(path), backups=str(backups_dir()))


def _sqlite_foreign_keys(connection: Connection, setting: Literal["ON", "OFF"]) -> None:
    """Set outside any transaction, so on the driver connection itself."""
    driver = connection.connection.driver_connection
    assert driver is not None  # None only once the connection is closed
    driver.execute(f"PRAGMA foreign_keys = {setting}")


def upgrade_to(db: Database, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    with db.engine.connect() as connection:
        sqlite = db.backend == "sqlite"
        if sqlite:
            # Batch migrations rebuild tables that others point at; SQLite wants foreign keys
            # off for that.
            _sqlite_foreign_keys(connection, "OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, "ON")


def prepare_database(db: Database) -> SchemaReport:
    """Check, back up and upgrade the database; then make sure the reference rows exist."""
    refuse_empty_file(db)  # before connecting: a connection would write a header into it
    db.check_connection()
    revision, has_tables = stored_revision(db)
    if revision == HEAD_REVISION:
        from inventaris.core.reference import ensure_reference_data

        ensure_reference_data(db)  # idempotent and cheap: repairs an interrupted first start
        return SchemaReport(revision, revision, None)
    if revision is None and has_tables:
        raise DatabaseError(MSG_FOREIGN, url=db.shown_url)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(MSG_NEWER, url=db.shown_url, revision=revision)
    backup = backup_sqlite(db, revision) if revision is not None else None
    try:
        upgrade_to(db)
    except (exc.OperationalError, exc.DatabaseError) as error:
        raise explain_operational_error(error, db.url) from None
    from inventaris.core.reference import ensure_reference_data

    ensure_reference_data(db)
    return SchemaReport(revision, HEAD_REVISION, backup)
