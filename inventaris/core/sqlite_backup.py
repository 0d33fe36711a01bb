"""A verified copy of a SQLite database: written under a temporary name, checked, then named.

The copy is made with SQLite's online backup API inside one read transaction of the source, so
the rows counted in the source and the pages copied belong to the same snapshot, even while
other PCs or processes write. The copy is written as ``NAME.partial``; then ``PRAGMA
integrity_check`` must say ``ok`` on it and every table must hold as many rows as in the source;
then it is switched to a rollback journal (a closed backup is one self-contained file), flushed
to the disk, and only then renamed to ``NAME``. A kill at any moment leaves at most a
``.partial`` file, never a file that looks like a backup but is empty or half written; the next
backup removes such leftovers once they are an hour old (a younger one may be another
process's backup still being written). Backups made by one process run one at a time.

The live database is only ever opened through SQLite (never read as a plain file): on Linux,
closing any descriptor of the file in this process would drop the locks SQLite holds on it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from inventaris.core.errors import DatabaseError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".partial"
BUSY_TIMEOUT_S = 30.0
# A .partial file untouched for this long is a killed backup's leftover, not one being written.
STALE_PARTIAL_S = 3600.0
_one_at_a_time = threading.Lock()

MSG_COPY_FAILED = QT_TRANSLATE_NOOP(
    "Engine", "The backup {path} could not be written: {detail}. Nothing was kept."
)
MSG_COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "Engine",
    "The backup {path} did not pass its check ({detail}), so it was not kept. The database "
    "itself may be damaged: run inventaris check.",
)
MSG_COPY_COUNTS = QT_TRANSLATE_NOOP(
    "Engine",
    "The backup {path} does not hold the same rows as the database (table {table}: {copied} "
    "instead of {expected}), so it was not kept.",
)
MSG_SAME_FILE = QT_TRANSLATE_NOOP(
    "Engine", "{path} is the database itself; choose another file for the backup."
)


@dataclass(frozen=True)
class CopyReport:
    """A finished, verified copy: where it is and how many rows each table holds."""

    path: Path
    row_counts: dict[str, int]
    intact: bool = True

    @property
    def rows(self) -> int:
        return sum(self.row_counts.values())


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


def remove_partials(folder: Path, older_than_s: float = STALE_PARTIAL_S) -> list[Path]:
    """Delete what killed backups left in ``folder`` (``*.partial`` and their journals)."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for leftover in sorted(folder.iterdir()):
        name = leftover.name
        if name.endswith(PARTIAL_SUFFIX) or any(
            name.endswith(PARTIAL_SUFFIX + tail) for tail in ("-journal", "-wal", "-shm")
        ):
            with contextlib.suppress(FileNotFoundError):
                if now - leftover.stat().st_mtime >= older_than_s:
                    leftover.unlink()
                    removed.append(leftover)
    if removed:
        log.info("removed %d unfinished backup file(s) in %s", len(removed), folder)
    return removed


@contextmanager
def open_existing(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to a file that must already exist (never creates one)."""
    mode = "ro" if read_only else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        yield connection
    finally:
        connection.close()


def table_names(connection: sqlite3.Connection) -> list[str]:
    return [
        str(name)
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (the FTS index's own tables included), in the connection's snapshot."""
    return {
        name: int(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
        for name in table_names(connection)
    }


def integrity_problems(connection: sqlite3.Connection, limit: int = 20) -> list[str]:
    """``PRAGMA integrity_check``: an empty list when the file is sound."""
    found = [str(row[0]) for row in connection.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if found == ["ok"] else found


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """All pages in one step, so the copy is the source's snapshot (tests replace this)."""
    source.backup(target)


def _after_copy(target: Path) -> None:
    """Called once the pages are in the ``.partial`` file, before it is checked (tests)."""
    del target


def _fsync(path: Path, *, folder: bool = False) -> None:
    """Flush a closed backup file (or its folder's entry) to the disk.

    This opens the *copy*, never the live database, and no SQLite connection holds it.
    """
    if folder and sys.platform == "win32":
        return  # Windows cannot open a folder for flushing; its rename is durable enough
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def copy_sqlite_verified(
    source: Path,
    target: Path,
    *,
    require_intact: bool = True,
    progress: Callable[[str], None] | None = None,
) -> CopyReport:
    """Copy the SQLite database ``source`` to ``target``, verified; raise DatabaseError if not.

    With ``require_intact=False`` (the safety copy before a restore, when the database may be
    the damaged thing being replaced) a copy that fails ``integrity_check`` is still kept, and
    the report says so.
    """
    target = target.resolve()
    with contextlib.suppress(OSError):
        if target.exists() and target.samefile(source):
            raise DatabaseError(MSG_SAME_FILE, path=str(target))
    partial = partial_path(target)
    with _one_at_a_time:
        return _copy_then_name(source, target, partial, require_intact, progress)


def _copy_then_name(
    source: Path,
    target: Path,
    partial: Path,
    require_intact: bool,
    progress: Callable[[str], None] | None,
) -> CopyReport:
    for leftover in (partial, *(Path(f"{partial}{tail}") for tail in ("-journal", "-wal"))):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    try:
        report = _write_partial(source, partial, target, require_intact, progress)
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent, folder=True)
    except BaseException:
        for leftover in (partial, *(Path(f"{partial}{tail}") for tail in ("-journal", "-wal"))):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    log.info("backed up %s to %s (%d rows checked)", source, target, report.rows)
    return CopyReport(target, report.row_counts, report.intact)


def _write_partial(
    source: Path,
    partial: Path,
    target: Path,
    require_intact: bool,
    progress: Callable[[str], None] | None,
) -> CopyReport:
    try:
        with (
            open_existing(source) as src,
            closing(sqlite3.connect(partial, isolation_level=None)) as dst,
        ):
            src.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            # The .partial file is thrown away unless it passes its check, and it is flushed
            # to the disk once at the end: no flushing at each step of writing it.
            dst.execute("PRAGMA synchronous = OFF")
            # One read transaction: the counts and the copied pages are the same snapshot.
            src.execute("BEGIN")
            try:
                try:
                    expected: dict[str, int] | None = row_counts(src)
                except sqlite3.DatabaseError:
                    if require_intact:
                        raise
                    expected = None  # a damaged table cannot be counted: copy what there is
                if progress:
                    progress("copy")
                _copy_pages(src, dst)
            finally:
                src.execute("COMMIT")
            _after_copy(partial)
            if progress:
                progress("check")
            problems = integrity_problems(dst)
            if problems and require_intact:
                raise DatabaseError(MSG_COPY_DAMAGED, path=str(target), detail=problems[0])
            copied = row_counts(dst) if expected is not None or not problems else {}
            for table, count in (expected or {}).items():
                if copied.get(table) != count:
                    raise DatabaseError(
                        MSG_COPY_COUNTS,
                        path=str(target),
                        table=table,
                        copied=copied.get(table, 0),
                        expected=count,
                    )
            # A closed backup is one file: no -wal beside it, wherever it is copied to.
            dst.execute("PRAGMA journal_mode = DELETE")
            return CopyReport(target, expected if expected is not None else copied, not problems)
    except sqlite3.Error as error:
        raise DatabaseError(
            MSG_COPY_FAILED, path=str(target), detail=str(error) or type(error).__name__
        ) from None
