"""Engine, connection set-up and the unit of work.

No engine is created at import time. SQLite runs with WAL, foreign keys and a busy timeout, and
write units of work take SQLite's write lock up front (``BEGIN IMMEDIATE``) so a use case that
reads and then writes never dies half-way on "database is locked".
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool, StaticPool

from inventaris.core.audit import install_audit_hook
from inventaris.core.changes import (
    CHANNEL,
    OWN_AUDIT_IDS,
    Change,
    encode_payload,
    gathered_changes,
    install_change_hook,
    start_gathering,
)
from inventaris.core.errors import ConflictError, DatabaseError, DomainError, WriteRaceLost
from inventaris.core.guards import install_guards
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor
from inventaris.core.timeutil import Clock, utc_now
from inventaris.core.waits import install_statement_watch

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
# PostgreSQL's deadlock and serialisation failure: two PCs writing the same rows at the same
# moment (two bookings of one slot can wait on each other); the loser is told so.
RACE_SQLSTATES = ("40P01", "40001")

MSG_BAD_URL = QT_TRANSLATE_NOOP(
    "Engine",
    'The database address "{url}" is not valid. Use sqlite:///path/to/file.db or '
    "postgresql://user@server/database.",
)
MSG_NO_DRIVER = QT_TRANSLATE_NOOP(
    "Engine", "This installation cannot open {url}: the database driver is missing ({detail})."
)
MSG_SQLITE_FOLDER = QT_TRANSLATE_NOOP(
    "Engine", "The folder {folder} does not exist, so the database file cannot be created there."
)
MSG_CANNOT_OPEN = QT_TRANSLATE_NOOP("Engine", "The database {url} cannot be opened: {detail}")
MSG_CORRUPT = QT_TRANSLATE_NOOP(
    "Engine",
    "The file {url} is not an Inventaris database or is damaged. Nothing was changed; restore a "
    "backup from {backups}.",
)
MSG_LOCKED = QT_TRANSLATE_NOOP(
    "Engine",
    "The database {url} is busy: another program holds it locked. Close that program and "
    "try again.",
)
MSG_READ_ONLY = QT_TRANSLATE_NOOP(
    "Engine", "The database {url} can only be read (no write permission on the file or folder)."
)
MSG_DATA = QT_TRANSLATE_NOOP(
    "Engine",
    "The database refused a value (too long, or not of the right kind); nothing was saved. "
    "Details: {detail}",
)
MSG_STALE_WRITE = QT_TRANSLATE_NOOP(
    "Engine",
    "Someone else saved the same data at the same moment; nothing of yours was saved. Reload "
    "and make your change again.",
)
MSG_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Engine",
    "The database server for {url} does not answer or refused the login. Check the address, user "
    "and password, and that the server is running.",
)


_PASSWORD_IN_URL = re.compile(r"(://[^:/@]*):[^@]*@")


def mask_password(raw: str) -> str:
    """``postgresql://budi:secret@host/db`` -> ``postgresql://budi:***@host/db``, even unparsed."""
    return _PASSWORD_IN_URL.sub(r"\1:***@", raw)


def normalize_url(raw: str) -> URL:
    """Parse a database URL; plain ``postgresql://`` means psycopg 3."""
    try:
        url = make_url(raw)
    except (exc.ArgumentError, ValueError):  # ValueError: a port that is not a number
        raise DatabaseError(MSG_BAD_URL, url=mask_password(raw)) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseError(MSG_BAD_URL, url=mask_password(raw))
    return url


def display_url(url: URL | str) -> str:
    """The URL without its password, for messages, the status bar and logs."""
    parsed = url if isinstance(url, URL) else make_url(url)
    return parsed.render_as_string(hide_password=True)


def sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def create_database_engine(raw_url: str, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    url = normalize_url(raw_url)
    if url.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise DatabaseError(MSG_SQLITE_FOLDER, folder=str(path.parent))
        # No connection is kept between units of work. On Linux, closing any descriptor of the
        # file in this process (a file dialog sniffing the folder, a copy) drops every lock
        # SQLite holds on it; another process then thinks it is alone, checkpoints and deletes
        # the WAL, and a pooled connection would go on committing into the deleted WAL, unseen
        # by others and lost at exit (sqlite.org/howtocorrupt.html, 2.2). A connection per
        # unit of work finds the file as it is. Connections move between the GUI thread and
        # workers, never used by two at once.
        engine = create_engine(
            url,
            # An in-memory database lives only as long as its one connection.
            poolclass=NullPool if path is not None else StaticPool,
            connect_args={"timeout": busy_timeout_ms / 1000, "check_same_thread": False},
        )
        _configure_sqlite(engine, busy_timeout_ms)
        install_statement_watch(engine)  # a window says "busy, waiting" while the lock waits
        return engine
    try:
        # A dead network fails a connection in seconds, not minutes; a URL's own value wins.
        connect_args: dict[str, Any] = (
            {} if "connect_timeout" in url.query else {"connect_timeout": 5}
        )
        # psycopg prepares a statement run five times; PostgreSQL may then plan it once for
        # any values, and a generic plan for one unit's search ran 4x slower than the plan
        # for the values typed (tests.benchmarks.regency). Plan each run for its values.
        if "options" not in url.query:
            connect_args["options"] = "-c plan_cache_mode=force_custom_plan"
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as error:
        raise DatabaseError(MSG_NO_DRIVER, url=display_url(url), detail=str(error)) from None
    install_statement_watch(engine)  # a row lock another PC holds: the window says so
    return engine


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("inventaris_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


MSG_LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "Engine",
    "The database server {server} refused the login: check the user name, the password and the "
    "database name in the address.",
)
MSG_CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "Engine",
    "The connection to the database server {server} is lost (the network, or the server is "
    "stopped). Nothing was saved, and what you typed is still here: try again when the server "
    "is back.",
)
# What PostgreSQL says when it answers but will not let this user in.
_LOGIN_REFUSALS = (
    "password authentication failed",
    "authentication failed",
    "no pg_hba.conf entry",
    "does not exist",  # the role or the database
)


def _server(url: URL) -> str:
    """Where the server is, without the driver, the user or the password."""
    host = url.host or "localhost"
    return f"{host}:{url.port}" if url.port else host


def explain_operational_error(
    error: BaseException, url: URL, *, working: bool = False
) -> DatabaseError:
    """Turn a driver error into a sentence a person can act on. ``working``: the database was
    open and in use (a save, a list), not being opened at start."""
    from inventaris.core.paths import backups_dir

    shown = display_url(url)
    detail = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    lowered = detail.lower()
    if "file is not a database" in lowered or "malformed" in lowered:
        return DatabaseError(MSG_CORRUPT, url=shown, backups=str(backups_dir()))
    if "database is locked" in lowered or "database table is locked" in lowered:
        return DatabaseError(MSG_LOCKED, url=shown)
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError(MSG_READ_ONLY, url=shown)
    if isinstance(error, exc.DataError):
        return DatabaseError(MSG_DATA, detail=detail)
    if url.get_backend_name() == "postgresql" and isinstance(error, exc.OperationalError):
        if any(words in lowered for words in _LOGIN_REFUSALS):
            return DatabaseError(MSG_LOGIN_REFUSED, server=_server(url))
        if working:
            return DatabaseError(MSG_CONNECTION_LOST, server=_server(url))
        return DatabaseError(MSG_UNREACHABLE, url=shown)
    return DatabaseError(MSG_CANNOT_OPEN, url=shown, detail=detail)


MSG_ACCOUNT_CHANGED = QT_TRANSLATE_NOOP(
    "Engine",
    "Your account was changed or switched off by an Admin since you logged in; log in again.",
)


def _check_account(session: Session, actor: Actor) -> None:
    """A role taken away or an account switched off counts at once, not at the next login."""
    from sqlalchemy import select

    from inventaris.core.errors import PermissionDenied
    from inventaris.model import User

    row = session.execute(
        select(User.role, User.active).where(User.id == actor.user_id)
    ).one_or_none()
    if row is None or not row.active or row.role != actor.role.value:
        raise PermissionDenied(MSG_ACCOUNT_CHANGED)


ChangeListener = Callable[[tuple[Change, ...]], None]
# The audit ids this process wrote, remembered so a watcher does not report them back as
# another PC's; a watcher reads the log within seconds, so a few thousand are plenty.
OWN_AUDIT_IDS_KEPT = 20_000


class Database:
    """One database: its engine and the units of work opened on it."""

    def __init__(
        self,
        raw_url: str,
        *,
        clock: Clock = utc_now,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    ) -> None:
        self.url = normalize_url(raw_url)
        self.engine = create_database_engine(raw_url, busy_timeout_ms)
        self.clock = clock
        # Tells this instance's own notifications apart from other PCs' (and other windows').
        self.origin = uuid.uuid4().hex
        self._listeners: list[ChangeListener] = []
        self._own_audit_ids: deque[int] = deque(maxlen=OWN_AUDIT_IDS_KEPT)
        self._own_audit_set: set[int] = set()
        self._lock = threading.Lock()
        self._on_dispose: list[Callable[[], None]] = []
        install_audit_hook()
        install_change_hook()
        install_guards()

    @property
    def backend(self) -> str:
        return self.url.get_backend_name()

    @property
    def shown_url(self) -> str:
        return display_url(self.url)

    def check_connection(self) -> None:
        """Open a connection and read the catalogue; raises DatabaseError with a clear message."""
        try:
            with self.engine.connect() as connection:
                if self.backend == "sqlite":
                    connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                else:
                    connection.execute(text("SELECT 1")).scalar()
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise explain_operational_error(error, self.url) from None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work: always rolled back."""
        with self._session(actor=None, write=False) as session:
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A bare read-only connection for hot queries (the register's pages): no ORM session."""
        try:
            connection = self.engine.connect()
            if self.backend == "postgresql":
                # No BEGIN and ROLLBACK around a page read: two round trips of the three our
                # layer added to a 1.5 ms query (tests.benchmarks.regency).
                connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise explain_operational_error(error, self.url, working=True) from None
        try:
            yield connection
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise explain_operational_error(error, self.url, working=True) from None
        finally:
            connection.rollback()
            connection.close()

    @contextmanager
    def write(self, actor: Actor) -> Iterator[Session]:
        """A write unit of work: committed when the block ends normally, else rolled back.

        The actor rides along in ``session.info`` so the audit log knows who changed what.
        """
        with self._session(actor=actor, write=True) as session:
            yield session

    # --- what changed ---------------------------------------------------------------------

    def add_change_listener(self, callback: ChangeListener) -> None:
        """``callback(changes)`` after each committed write of this instance, on the thread
        that committed (often a worker): it must be quick and must not touch widgets."""
        with self._lock:
            self._listeners.append(callback)

    def remove_change_listener(self, callback: ChangeListener) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def wrote_audit_entry(self, audit_id: int) -> bool:
        """Whether this instance wrote that audit entry (a watcher skips its own)."""
        with self._lock:
            return audit_id in self._own_audit_set

    def on_dispose(self, callback: Callable[[], None]) -> None:
        """Called when the database is disposed (a watcher stops with it)."""
        self._on_dispose.append(callback)

    def _remember_audit_ids(self, ids: list[int]) -> None:
        with self._lock:
            for audit_id in ids:
                if len(self._own_audit_ids) == self._own_audit_ids.maxlen:
                    self._own_audit_set.discard(self._own_audit_ids[0])
                self._own_audit_ids.append(audit_id)
                self._own_audit_set.add(audit_id)

    def _before_commit(self, session: Session) -> tuple[Change, ...]:
        """Flush all (the audit log's entries for new rows come one flush later), then tell
        the other PCs in the same transaction: they hear it only if the commit succeeds."""
        for _ in range(3):
            if not (session.new or session.dirty or session.deleted):
                break
            session.flush()
        changes = gathered_changes(session)
        self._remember_audit_ids(session.info.get(OWN_AUDIT_IDS, []))
        if changes and self.backend == "postgresql":
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": encode_payload(self.origin, changes)},
            )
        return changes

    def _publish(self, changes: tuple[Change, ...]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # a view's trouble must never undo or fail a saved write
                log.exception("a change listener failed")

    @contextmanager
    def _session(self, *, actor: Actor | None, write: bool) -> Iterator[Session]:
        try:
            connection = self.engine.connect()
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise explain_operational_error(error, self.url, working=True) from None
        if write:
            connection = connection.execution_options(inventaris_write=True)
        session = Session(bind=connection, expire_on_commit=False, autoflush=True)
        session.info["actor"] = actor
        session.info["clock"] = self.clock
        if write:
            start_gathering(session)
        changes: tuple[Change, ...] = ()
        try:
            if write and actor is not None and actor.user_id is not None:
                _check_account(session, actor)
            yield session
            if write:
                changes = self._before_commit(session)
                session.commit()
            else:
                session.rollback()
        except DomainError:
            session.rollback()
            raise
        except StaleDataError:
            # Two PCs saved one row at once: the version guard stopped the second.
            session.rollback()
            raise ConflictError(MSG_STALE_WRITE) from None
        except (exc.OperationalError, exc.DatabaseError) as error:
            session.rollback()
            if isinstance(error, exc.IntegrityError):
                raise
            if getattr(error.orig, "sqlstate", None) in RACE_SQLSTATES:
                raise WriteRaceLost(MSG_STALE_WRITE) from None
            raise explain_operational_error(error, self.url, working=True) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
            connection.close()
        if changes:
            self._publish(changes)

    def refresh_statistics(self, *tables: str) -> None:
        """After a bulk load on PostgreSQL, refresh the planner's statistics now rather than
        when autovacuum gets to them: right after a 100,000-item demo the register's first
        page took 123 ms, and 3 ms once analysed. SQLite plans these queries well without."""
        if self.backend != "postgresql":
            return
        statement = "ANALYZE " + ", ".join(tables) if tables else "ANALYZE"
        try:
            with self.engine.begin() as connection:
                connection.exec_driver_sql(statement)
        except (exc.OperationalError, exc.DatabaseError) as error:
            raise explain_operational_error(error, self.url, working=True) from None

    def dispose(self) -> None:
        callbacks, self._on_dispose = self._on_dispose, []
        for callback in callbacks:
            callback()
        self.engine.dispose()
