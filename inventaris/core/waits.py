"""How long the database has kept the current statement waiting, for a window to say so.

A save can stand still on a busy database: SQLite waits up to its busy timeout for another
program's write lock (``BEGIN IMMEDIATE``), PostgreSQL waits on a row another PC holds. The
engine's cursor events mark when each statement starts and ends on the thread doing the work;
a window watching that work reads :meth:`StatementWatch.waiting_for` from its own thread and
says "waiting" once a statement has stood for a second, instead of freezing silently.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event

_current = threading.local()


class StatementWatch:
    """The statement running now for one piece of work (safe to read from any thread)."""

    def __init__(self) -> None:
        self._since: float | None = None

    def started(self) -> None:
        self._since = time.monotonic()

    def ended(self) -> None:
        self._since = None

    def waiting_for(self) -> float:
        """Seconds the statement running now has taken so far; 0 between statements."""
        since = self._since  # one read: the worker may clear it meanwhile
        return 0.0 if since is None else time.monotonic() - since


@contextmanager
def watching(watch: StatementWatch) -> Iterator[StatementWatch]:
    """Statements run by this thread inside the block are timed on ``watch``."""
    previous = getattr(_current, "watch", None)
    _current.watch = watch
    try:
        yield watch
    finally:
        watch.ended()
        _current.watch = previous


def _watch() -> StatementWatch | None:
    return getattr(_current, "watch", None)


def install_statement_watch(engine: Engine) -> None:
    """Time every statement (``BEGIN IMMEDIATE`` too) of ``engine`` on the thread's watch."""

    @event.listens_for(engine, "before_cursor_execute")
    def before(*_args: Any) -> None:
        watch = _watch()
        if watch is not None:
            watch.started()

    @event.listens_for(engine, "after_cursor_execute")
    def after(*_args: Any) -> None:
        watch = _watch()
        if watch is not None:
            watch.ended()

    @event.listens_for(engine, "handle_error")
    def failed(*_args: Any) -> None:
        watch = _watch()
        if watch is not None:
            watch.ended()
