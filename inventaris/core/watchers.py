"""Hearing what other PCs (and other programs on this PC) wrote, on a thread of its own.

PostgreSQL: one dedicated connection LISTENs on the channel the write units of work notify;
nothing polls a table. When the server goes away the watcher waits and connects again, quietly,
then reports every area as changed (notifications sent meanwhile are lost).

SQLite: one connection kept open asks ``PRAGMA data_version`` about once a second (it moves
when another connection committed) and then reads the audit log past the last entry seen
(its primary key). The connection comes from the engine, never from opening the file another
way: closing a stray descriptor of the file would drop this process's locks (BASELINES.md).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from inventaris.core.changes import CHANNEL, Change, changes_from_audit, decode_payload, everything

if TYPE_CHECKING:
    from inventaris.core.db import Database

log = logging.getLogger(__name__)

Deliver = Callable[[tuple[Change, ...]], None]
POLL_SECONDS = 1.0
# Waiting for a lost server: the first retry soon, later ones no more often than this.
RETRY_FIRST_SECONDS = 1.0
RETRY_MOST_SECONDS = 10.0
# PostgreSQL: a quiet connection is checked this often, so a dead one is noticed.
PING_SECONDS = 15.0
# SQLite: audit entries read at once; a larger burst (an import) is told as whole areas.
AUDIT_BATCH = 2000


class ChangeWatcher:
    """A thread that calls ``deliver(changes)`` with what others wrote (remote changes)."""

    def __init__(self, db: Database, deliver: Deliver, poll_seconds: float = POLL_SECONDS):
        self.db = db
        self.deliver = deliver
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # listening (or polling) from a known point on

    def start(self) -> ChangeWatcher:
        self._thread = threading.Thread(
            target=self._run, name=f"inventaris-watcher-{self.db.backend}", daemon=True
        )
        self._thread.start()
        self.db.on_dispose(self.stop)
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _tell(self, changes: tuple[Change, ...]) -> None:
        if not changes or self._stop.is_set():
            return
        try:
            self.deliver(changes)
        except Exception:
            log.exception("delivering changes failed")

    def _run(self) -> None:
        retry = RETRY_FIRST_SECONDS
        first = True
        while not self._stop.is_set():
            try:
                self._watch(reconnected=not first)
                return  # asked to stop
            except Exception as error:  # the server went away, the file is busy: later
                if self.ready.is_set():
                    retry = RETRY_FIRST_SECONDS  # it worked until now: retry soon
                log.info("change watcher: %s; trying again in %.0f s", error, retry)
            first = False
            self.ready.clear()
            if self._stop.wait(retry):
                return
            retry = min(retry * 2, RETRY_MOST_SECONDS)

    def _watch(self, reconnected: bool) -> None:
        raise NotImplementedError


class PostgresWatcher(ChangeWatcher):
    def _watch(self, reconnected: bool) -> None:
        import psycopg

        engine = self.db.engine
        _args, params = engine.dialect.create_connect_args(engine.url)
        params = {key: value for key, value in params.items() if key != "context"}
        params.setdefault("connect_timeout", 5)
        with psycopg.connect(**params, autocommit=True) as connection:
            connection.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            if reconnected:
                self._tell(everything(remote=True))  # what was sent meanwhile is lost
            quiet = 0.0
            while not self._stop.is_set():
                heard = False
                for note in connection.notifies(timeout=0.5):
                    heard = True
                    origin, changes = decode_payload(note.payload)
                    if origin != self.db.origin:
                        self._tell(changes)
                    if self._stop.is_set():
                        return
                quiet = 0.0 if heard else quiet + 0.5
                if quiet >= PING_SECONDS:
                    connection.execute("SELECT 1")  # raises if the server is gone
                    quiet = 0.0


class SqliteWatcher(ChangeWatcher):
    def _watch(self, reconnected: bool) -> None:
        # Through the engine (its set-up, its locks); SQLAlchemy's BEGIN is not wanted here:
        # data_version is read outside any transaction.
        fairy = self.db.engine.raw_connection()
        try:
            raw: Any = fairy.driver_connection
            version = raw.execute("PRAGMA data_version").fetchone()[0]
            last = self._last_audit_id(raw)
            self.ready.set()
            if reconnected:
                self._tell(everything(remote=True))
            while not self._stop.wait(self.poll_seconds):
                now = raw.execute("PRAGMA data_version").fetchone()[0]
                if now == version:
                    continue
                version = now
                last = self._read_log(raw, last)
        finally:
            fairy.close()

    @staticmethod
    def _last_audit_id(raw: Any) -> int:
        return int(raw.execute("SELECT coalesce(max(id), 0) FROM audit_entry").fetchone()[0])

    def _read_log(self, raw: Any, last: int) -> int:
        rows = raw.execute(
            "SELECT id, entity, entity_id, old_values, new_values FROM audit_entry "
            "WHERE id > ? ORDER BY id LIMIT ?",
            (last, AUDIT_BATCH + 1),
        ).fetchall()
        if not rows:
            newest = self._last_audit_id(raw)
            if newest < last:  # the file was restored from an older backup
                self._tell(everything(remote=True))
                return newest
            return last
        if len(rows) > AUDIT_BATCH:  # a bulk load: every area it touched, not each row
            newest = self._last_audit_id(raw)
            entities = raw.execute(
                "SELECT DISTINCT entity FROM audit_entry WHERE id > ?", (last,)
            ).fetchall()
            self._tell(
                tuple(
                    Change(change.area, None, frozenset(), True)
                    for change in changes_from_audit(
                        [(entity, "", None, None) for (entity,) in entities], remote=True
                    )
                )
            )
            return newest
        others = [row for row in rows if not self.db.wrote_audit_entry(row[0])]
        self._tell(
            changes_from_audit(
                [
                    (entity, entity_id or "", _json(old), _json(new))
                    for _id, entity, entity_id, old, new in others
                ],
                remote=True,
            )
        )
        return int(rows[-1][0])


def _json(value: Any) -> dict[str, Any] | None:
    if value is None or isinstance(value, dict):
        return value
    try:
        loaded = json.loads(value)
    except (TypeError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def watch_changes(
    db: Database, deliver: Deliver, poll_seconds: float = POLL_SECONDS
) -> ChangeWatcher:
    """Start a watcher of what others write to ``db``; stop it with ``.stop()`` (it also stops
    when ``db`` is disposed). An in-memory SQLite database has no others: nothing runs."""
    if db.backend == "postgresql":
        return PostgresWatcher(db, deliver, poll_seconds).start()
    watcher = SqliteWatcher(db, deliver, poll_seconds)
    if db.url.database in (None, "", ":memory:"):
        watcher.ready.set()
        return watcher
    return watcher.start()
