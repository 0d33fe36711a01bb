"""The exports' temporary files, in a folder the program controls and cleans.

openpyxl writes every sheet to a temporary file before it zips it into the workbook: a streamed
(write-only) sheet as its rows come, an ordinary sheet while the workbook is saved. Left to
itself it makes them (``openpyxl.*``) in the system's temporary folder and removes them only
after a normal save or when the interpreter exits, so an export that fails keeps them until the
program ends and an export that is killed (Task Manager, a power cut, kill -9) keeps them for
ever: the annual workbook's are hundreds of megabytes.

Here every export gets a folder of its own under the data folder (``scratch_folder``), removed
when the export ends however it ends: saved, failed or cancelled. Nothing in a killed process
can clean up after it, so each export first removes the folders of exports that are gone, and
``remove_stale_scratch`` does the same on demand (at program start). An export holds an
operating-system lock on a file in its folder while it runs; the system releases it when the
process ends, however it ends, so a folder whose lock is free belongs to no running export and
one whose lock is held is never touched (another window's export, another copy of the program).
Folders are made, and swept, under one more lock beside them, so a sweep never sees a folder
that is being made and has no lock yet.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from openpyxl.worksheet._writer import WorksheetWriter

from inventaris.core.paths import data_dir

ROOT_NAME = "export-temp"
FOLDER_PREFIX = "export-"
_MUTEX = "exports.lock"  # beside the folders, never removed
_OWNER = "owner.lock"  # in each folder, held while its export runs
SHEET_PREFIX = "openpyxl."  # the sheets' files, named as openpyxl names its own


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, *, wait: bool) -> bool:
        """Lock the first byte of ``fd``; without ``wait``, False when another holds it."""
        while True:
            os.lseek(fd, 0, os.SEEK_SET)
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
            except OSError:
                if not wait:
                    return False
                continue  # LK_LOCK gives up after ten seconds: a sweep takes far less
            return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, *, wait: bool) -> bool:
        """Lock ``fd`` (flock: two opens of one file exclude each other even in one process);
        without ``wait``, False when another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def scratch_root() -> Path:
    """The folder holding the exports' own temporary folders."""
    return data_dir() / ROOT_NAME


def _open_lock(path: Path, *, create: bool) -> int:
    flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o600)


@contextlib.contextmanager
def _mutex(root: Path) -> Iterator[None]:
    fd = _open_lock(root / _MUTEX, create=True)
    try:
        _lock(fd, wait=True)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _in_use(folder: Path) -> bool:
    """Whether a running export holds ``folder``'s lock."""
    try:
        fd = _open_lock(folder / _OWNER, create=False)
    except OSError:  # no lock file: its export was killed before it made one
        return False
    try:
        if not _lock(fd, wait=False):
            return True
        _unlock(fd)
        return False
    finally:
        os.close(fd)


def _sweep(root: Path) -> int:
    """Remove the folders of exports that are gone (under the mutex); returns how many."""
    removed = 0
    for folder in sorted(root.iterdir()):
        if not folder.name.startswith(FOLDER_PREFIX) or not folder.is_dir() or _in_use(folder):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed += 1
    return removed


def remove_stale_scratch() -> int:
    """Remove what killed exports left in the data folder; returns the number of folders
    removed. Every export does it first; the program may call it at start as well."""
    root = scratch_root()
    if not root.is_dir():
        return 0
    with _mutex(root):
        return _sweep(root)


@contextlib.contextmanager
def scratch_folder() -> Iterator[Path]:
    """A new, empty folder for one export's temporary files, removed with everything in it
    when the block ends; the folders of exports that were killed are removed first."""
    root = scratch_root()
    root.mkdir(parents=True, exist_ok=True)
    with _mutex(root):
        _sweep(root)
        folder = root / f"{FOLDER_PREFIX}{uuid.uuid4().hex}"
        folder.mkdir()
        owner = _open_lock(folder / _OWNER, create=True)
        _lock(owner, wait=True)  # free: nobody else knows this folder yet
    try:
        yield folder
    finally:
        # Unlocked and closed first: Windows removes no open file. A sweep that finds the
        # folder free from here on removes it too, which is as good.
        with contextlib.suppress(OSError):
            _unlock(owner)
        os.close(owner)
        shutil.rmtree(folder, ignore_errors=True)


# openpyxl has no type hints, so to mypy WorksheetWriter is Any and strict mode refuses
# subclassing Any: the ignore stays.
class SheetWriter(WorksheetWriter):  # type: ignore[misc]
    """openpyxl's sheet writer, its temporary file in ``folder`` (a ``scratch_folder``) instead
    of the system's temporary folder."""

    def __init__(self, ws: Any, folder: Path) -> None:
        handle, name = tempfile.mkstemp(prefix=SHEET_PREFIX, suffix=".xml", dir=folder)
        os.close(handle)
        super().__init__(ws, out=name)

    def cleanup(self) -> None:
        """Remove the file (openpyxl's own cleanup also strikes it off its list of files to
        remove at exit, which never held it)."""
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.out)


__all__ = ["SheetWriter", "remove_stale_scratch", "scratch_folder", "scratch_root"]
