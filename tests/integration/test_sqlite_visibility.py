"""A committed write is seen by every other process at once, even after something in this
process opened and closed the database file (which, on Linux, drops SQLite's locks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from tests.support.builders import chair, first_admin


def _assets_seen_by_another_process(path: Path) -> int:
    script = (
        "import sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1])\n"
        "print(connection.execute('SELECT count(*) FROM asset').fetchone()[0])\n"
        "connection.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    return int(result.stdout)


def test_a_write_after_an_in_process_open_and_close_is_seen_by_others(sqlite_db: Database) -> None:
    path = Path(str(sqlite_db.url.database))
    admin = first_admin(sqlite_db)
    create_assets(sqlite_db, admin, chair())
    with path.open("rb") as sniff:  # what a file dialog's type detection does
        sniff.read(100)
    assert _assets_seen_by_another_process(path) == 1  # it may checkpoint and drop the WAL now
    create_assets(sqlite_db, admin, chair())
    assert _assets_seen_by_another_process(path) == 2
    for _ in range(3):
        create_assets(sqlite_db, admin, chair())
    assert _assets_seen_by_another_process(path) == 5
