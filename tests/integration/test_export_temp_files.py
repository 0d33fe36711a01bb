"""Exports leave no temporary files behind, however they end.

openpyxl streams each sheet of a large workbook to a temporary file (``openpyxl.*``) and, left
to itself, puts it in the system's temporary folder and removes it only on a normal save or at
the interpreter's exit: an export that fails keeps it for the rest of the session, and one
killed outright keeps it for ever. Here the program's exports write those files in a folder of
their own under the data folder, remove it when they end, and remove what a killed export left
when the next export starts (or when the program starts).

Each test gives the program a private "system" temporary folder (``tempfile.tempdir``; ``TMPDIR``
for a child process) and a private data folder, so that other programs' files never count.
"""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from inventaris.core.errors import Cancelled
from inventaris.core.permissions import Actor
from inventaris.inventory.kir import export_kir
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.locations import RoomInput, save_room
from inventaris.office import get_office_settings, update_office_settings
from inventaris.reports.common import save_workbook
from tests.support.builders import chair, first_admin, office_values, vehicle

ROOT = Path(__file__).resolve().parents[2]
YEAR = 2026


class Folders:
    """The private system temporary folder and data folder of one test."""

    def __init__(self, tmp_path: Path) -> None:
        self.system = tmp_path / "system-temp"
        self.home = tmp_path / "home"
        self.system.mkdir()
        self.home.mkdir()

    def in_system(self) -> list[str]:
        """openpyxl's files in the system temporary folder."""
        return sorted(name for name in os.listdir(self.system) if name.startswith("openpyxl"))

    def in_home(self) -> list[str]:
        """openpyxl's files anywhere in the data folder."""
        return sorted(
            str(path.relative_to(self.home))
            for path in self.home.rglob("openpyxl*")
            if path.is_file()
        )

    def export_folders(self) -> list[str]:
        """The exports' own temporary folders still there."""
        from inventaris.reports.scratch import scratch_root

        root = scratch_root()
        if not root.exists():
            return []
        return sorted(path.name for path in root.iterdir() if path.is_dir())


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Folders:
    made = Folders(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(made.system))
    monkeypatch.setenv("INVENTARIS_HOME", str(made.home))
    return made


def _office(db: Database) -> tuple[Actor, int]:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    room = save_room(db, admin, RoomInput(code="R.01", name="Ruang Kepala")).id
    create_assets(db, admin, chair(room_id=room), quantity=3)
    create_assets(db, admin, vehicle())
    return admin, room


def _openpyxl_files_anywhere(folders: Folders) -> list[str]:
    """openpyxl's files in the system temporary folder and the data folder, wherever."""
    found = [f"system: {name}" for name in folders.in_system()]
    found += [f"home: {path}" for path in folders.in_home()]
    return found


# --- an export that fails or is cancelled -------------------------------------------------------


@pytest.mark.parametrize("ending", ["error", "cancel"])
def test_an_interrupted_export_streams_into_its_own_folder_and_removes_it(
    db: Database, folders: Folders, tmp_path: Path, ending: str
) -> None:
    admin, _room = _office(db)
    seen: dict[str, list[str]] = {}

    def progress(done: int, total: int) -> None:
        if done:  # the items' sheets are written: their temporary files exist
            seen["system"] = folders.in_system()
            seen["home"] = folders.in_home()
            if ending == "error":
                raise RuntimeError("the disk is full")

    cancel = iter([False, False, True]) if ending == "cancel" else iter(())
    with pytest.raises(RuntimeError if ending == "error" else Cancelled):
        write_inventory_workbook(
            db,
            admin,
            YEAR,
            tmp_path / "inventaris.xlsx",
            progress=progress,
            cancelled=lambda: next(cancel, False),
        )
    assert seen["system"] == []  # nothing ever in the system's folder…
    assert len(seen["home"]) >= 5, seen  # …but in ours: KIB A, B, C, Buku, Penyusutan
    assert _openpyxl_files_anywhere(folders) == []
    assert folders.export_folders() == []
    assert not (tmp_path / "inventaris.xlsx").exists()


def test_a_workbook_failing_while_saved_leaves_no_sheet_file(
    folders: Folders, tmp_path: Path
) -> None:
    """An ordinary (not streamed) workbook is written sheet by sheet to temporary files too."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Nama", "Tanggal"])
    sheet.append(["Kursi", datetime(2026, 1, 1, tzinfo=UTC)])  # refused by openpyxl's writer
    with pytest.raises(TypeError):
        save_workbook(workbook, tmp_path / "x.xlsx")
    assert _openpyxl_files_anywhere(folders) == []
    assert folders.export_folders() == []
    assert sorted(os.listdir(tmp_path)) == ["home", "system-temp"]  # no half-written .xlsx


def test_ordinary_exports_leave_nothing_either(
    db: Database, folders: Folders, tmp_path: Path
) -> None:
    admin, room = _office(db)
    export_kir(db, admin, room, tmp_path / "kir.xlsx", as_of=date(2026, 11, 28))
    write_inventory_workbook(db, admin, YEAR, tmp_path / "inventaris.xlsx")
    assert (tmp_path / "kir.xlsx").exists() and (tmp_path / "inventaris.xlsx").exists()
    assert _openpyxl_files_anywhere(folders) == []
    assert folders.export_folders() == []


# --- an export killed outright --------------------------------------------------------------------

_CHILD = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from pathlib import Path

    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor, Role
    from inventaris.inventory.workbook import write_inventory_workbook

    url, out, user_id, username, unit_id = sys.argv[1:]
    db = Database(url, clock=lambda: datetime(2026, 11, 28, 2, tzinfo=UTC))
    actor = Actor(int(user_id), username, "Admin", Role.ADMIN, frozenset({int(unit_id)}))

    def progress(done, total):
        if done:  # the items' sheets are written: wait here to be killed
            print("writing", flush=True)
            time.sleep(600)

    write_inventory_workbook(db, actor, 2026, Path(out), progress=progress)
    print("finished", flush=True)
    """
)


def _killed_export(db: Database, admin: Actor, folders: Folders, out: Path) -> None:
    """Run the annual workbook in a child process and SIGKILL it in the middle."""
    env = dict(os.environ, TMPDIR=str(folders.system), INVENTARIS_HOME=str(folders.home))
    url = db.url.render_as_string(hide_password=False)
    unit = min(admin.unit_ids)
    args = [url, str(out), str(admin.user_id), admin.username, str(unit)]
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line, files = "", []
    try:
        line = _read_line(child, timeout=120)
        if line == "writing":  # in the middle of the export: its sheets' files exist, somewhere
            files = _openpyxl_files_anywhere(folders)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.stdout is not None and child.stderr is not None
    errors = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    assert line == "writing", f"the child did not get to the sheets: {errors}"
    assert files, "no temporary file while exporting"
    assert child.returncode == -signal.SIGKILL


def _read_line(child: subprocess.Popen[str], timeout: float) -> str:
    assert child.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(timeout=deadline - time.monotonic()):
                return child.stdout.readline().strip()
    return ""


@pytest.fixture
def killed(sqlite_db: Database, folders: Folders, tmp_path: Path) -> tuple[Actor, int]:
    """An office whose annual workbook was being written when its process was killed."""
    admin, room = _office(sqlite_db)
    _killed_export(sqlite_db, admin, folders, tmp_path / "killed.xlsx")
    assert not (tmp_path / "killed.xlsx").exists()
    return admin, room


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@posix_only
def test_the_next_export_removes_what_a_killed_export_left(
    sqlite_db: Database, folders: Folders, tmp_path: Path, killed: tuple[Actor, int]
) -> None:
    assert folders.in_system() == []  # the killed export never used the system's folder
    assert folders.in_home(), "the killed export's files are still there"
    admin, room = killed
    export_kir(sqlite_db, admin, room, tmp_path / "kir.xlsx", as_of=date(2026, 11, 28))
    assert _openpyxl_files_anywhere(folders) == []
    assert folders.export_folders() == []


@posix_only
def test_the_cleanup_at_start_removes_what_a_killed_export_left(
    folders: Folders, killed: tuple[Actor, int]
) -> None:
    assert folders.in_system() == []  # the killed export never used the system's folder
    assert folders.in_home(), "the killed export's files are still there"
    from inventaris.reports.scratch import remove_stale_scratch

    assert remove_stale_scratch() == 1  # one folder: the killed export's
    assert _openpyxl_files_anywhere(folders) == []
    assert folders.export_folders() == []


def test_a_running_export_keeps_its_files_while_another_cleans_up(
    db: Database, folders: Folders, tmp_path: Path
) -> None:
    """Two exports at once (two windows, or two copies of the program): neither removes the
    other's files, only those of exports that are gone."""
    from inventaris.reports.scratch import remove_stale_scratch

    admin, room = _office(db)
    during: dict[str, Any] = {}

    def progress(done: int, total: int) -> None:
        if done and not during:
            before = folders.in_home()
            during["removed"] = remove_stale_scratch()
            export_kir(db, admin, room, tmp_path / "kir.xlsx", as_of=date(2026, 11, 28))
            during["kept"] = folders.in_home() == before

    report = write_inventory_workbook(db, admin, YEAR, tmp_path / "inv.xlsx", progress=progress)
    assert during == {"removed": 0, "kept": True}
    assert report.items > 0 and (tmp_path / "kir.xlsx").exists()
    assert _openpyxl_files_anywhere(folders) == []
    assert folders.export_folders() == []
