"""Backups in the window: automatic at start and exit, Back up now…, Restore from backup…."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

import ui.settings.backups as backups_panel
from inventaris.accounts import UserInput, authenticate, create_user
from inventaris.core.db import Database
from inventaris.core.paths import backups_dir
from inventaris.core.permissions import SYSTEM_ACTOR, Role
from inventaris.model import User
from tests.ui.conftest import log_in, screenshot, show_active, start_launcher
from ui.app import Launcher
from ui.context import AppContext
from ui.settings.settings_page import SettingsPage


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("INVENTARIS_HOME", str(home))
    yield home


def usernames(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(sa.select(User.username)))


def automatic_backups() -> list[Path]:
    return sorted(backups_dir().glob("auto-*.db"))


def logged_in(qtbot, db: Database, username: str = "admin") -> Launcher:
    launcher = start_launcher(qtbot, str(db.url))
    log_in(qtbot, launcher, username)
    return launcher


def settings_of(launcher: Launcher) -> SettingsPage:
    page = launcher.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


def test_the_first_start_of_the_day_backs_up_in_the_background(qtbot, demo_db: Database) -> None:
    launcher = logged_in(qtbot, demo_db)
    qtbot.waitUntil(lambda: len(automatic_backups()) == 1, timeout=15_000)
    panel = settings_of(launcher).backups
    qtbot.waitUntil(lambda: "WIB" in panel.last_backup.text(), timeout=10_000)
    assert panel.last_backup.text().startswith("Cadangan terakhir: ")

    launcher.window.go_to("settings")
    screenshot(launcher.window, "settings_backups_admin_id")

    # A second start the same day takes none; closing the window takes one.
    second = Launcher(str(demo_db.url), "id")
    qtbot.addWidget(second.window)
    with qtbot.waitSignal(second.automatic_backup_done, timeout=15_000) as done:
        second.start()
    assert done.args == [None]
    with qtbot.waitSignal(launcher.automatic_backup_done, timeout=15_000) as done:
        launcher.window.close()
    assert done.args[0] is not None and Path(done.args[0]).exists()


def test_back_up_now_from_the_file_menu(qtbot, demo_db: Database, tmp_path: Path, monkeypatch):
    launcher = logged_in(qtbot, demo_db)
    panel = settings_of(launcher).backups
    target = tmp_path / "flashdisk" / "cadangan.db"
    target.parent.mkdir()
    asked: list[str] = []

    def ask_save_path(_parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(backups_panel, "ask_save_path", ask_save_path)
    window = launcher.window
    assert window.backup_action.isVisible() and window.backup_action.isEnabled()

    with qtbot.waitSignal(panel.backed_up, timeout=30_000):
        window.backup_action.trigger()
        assert panel.busy is not None and panel.busy.isVisible()  # the busy indicator

    assert panel.busy is None
    assert asked and asked[0].endswith(".db") and asked[0].startswith("inventaris-")
    assert window.current_area() == "settings"
    with closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("SELECT count(*) FROM asset").fetchone()[0] > 0
    assert "cadangan.db" in window.statusBar().currentMessage()


def test_restore_from_backup_asks_keeps_a_safety_copy_and_logs_out(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    from inventaris.backups import backup_database

    backup = backup_database(demo_db, SYSTEM_ACTOR, tmp_path / "kemarin.db").path
    create_user(
        demo_db, SYSTEM_ACTOR, UserInput("sesudah", "Sesudah", Role.SECRETARIAT), "rahasia-123"
    )
    launcher = logged_in(qtbot, demo_db)
    panel = settings_of(launcher).backups
    opened_in: list[str] = []
    questions: list[str] = []
    told: list[str] = []

    def ask_open_path(_parent, _title, folder, filters):
        opened_in.append(folder)
        return str(backup), filters

    def question(_parent, _title, text, *_args, **_kwargs):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(backups_panel, "ask_open_path", ask_open_path)
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))

    with qtbot.waitSignal(panel.restored, timeout=30_000):
        launcher.window.restore_action.trigger()

    assert opened_in == [str(backups_dir())]
    assert questions and "kemarin.db" in questions[0]
    assert told and "PC lain" in told[0] and "before-restore" in told[0]
    assert "sesudah" not in usernames(demo_db)
    safety = list(backups_dir().glob("*before-restore.db"))
    assert len(safety) == 1
    with closing(sqlite3.connect(f"{safety[0].as_uri()}?mode=ro", uri=True)) as copy:
        assert ("sesudah",) in copy.execute("SELECT username FROM app_user").fetchall()
    # Logged out: the restored data may not know this account any more.
    qtbot.waitUntil(lambda: launcher.window.context is None, timeout=10_000)
    assert launcher.dialog is not None


def test_restore_answered_no_changes_nothing(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    from inventaris.backups import backup_database

    backup = backup_database(demo_db, SYSTEM_ACTOR, tmp_path / "kemarin.db").path
    create_user(
        demo_db, SYSTEM_ACTOR, UserInput("sesudah", "Sesudah", Role.SECRETARIAT), "rahasia-123"
    )
    page = SettingsPage(AppContext(demo_db, authenticate(demo_db, "admin", "demo1234"), "id"))
    qtbot.addWidget(page)
    monkeypatch.setattr(backups_panel, "ask_open_path", lambda *_a: (str(backup), ""))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _p, _t, text, *_a: asked.append(text) or QMessageBox.StandardButton.No,
    )
    page.backups.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=15_000)
    assert page.backups.job is None
    assert "sesudah" in usernames(demo_db)
    assert not list(backups_dir().glob("*before-restore*"))


def test_restore_refuses_a_damaged_file_with_a_message(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    bad = tmp_path / "bukan.db"
    bad.write_text("bukan basis data\n" * 500)
    page = SettingsPage(AppContext(demo_db, authenticate(demo_db, "admin", "demo1234"), "id"))
    qtbot.addWidget(page)
    monkeypatch.setattr(backups_panel, "ask_open_path", lambda *_a: (str(bad), ""))
    shown: list[str] = []
    monkeypatch.setattr(backups_panel, "show_error", lambda _p, error: shown.append(str(error)))
    with qtbot.waitSignal(page.backups.failed, timeout=15_000):
        page.backups.restore_action.trigger()
    assert shown and "bukan.db" in shown[0]


def test_pimpinan_sees_the_last_backup_but_no_backup_actions(qtbot, demo_db: Database) -> None:
    page = SettingsPage(AppContext(demo_db, authenticate(demo_db, "pimpinan", "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    show_active(qtbot, page)
    panel = page.backups
    assert panel.last_backup.text() == "Cadangan terakhir: belum ada"
    assert not panel.backup_button.isVisible() and not panel.restore_button.isVisible()
    assert not panel.backup_action.isEnabled() and not panel.restore_action.isEnabled()
    screenshot(page, "settings_backups_pimpinan_id")


def test_the_menu_has_no_backup_actions_for_other_roles(qtbot, demo_db: Database) -> None:
    launcher = logged_in(qtbot, demo_db, "pengurus")
    assert not launcher.window.backup_action.isVisible()
    assert not launcher.window.restore_action.isEnabled()
