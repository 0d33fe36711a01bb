"""From start to a logged-in main window, in Indonesian and English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from tests.ui.conftest import log_in, screenshot, show_active, start_launcher


def nav_titles(launcher) -> list[str]:
    navigation = launcher.window.navigation
    return [navigation.item(row).text() for row in range(navigation.count())]


def test_admin_logs_in_and_sees_every_area(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    screenshot(launcher.dialog, "login_id")
    log_in(qtbot, launcher, "admin")
    window = launcher.window
    assert nav_titles(launcher) == [
        "Beranda",
        "Aset",
        "Ruangan",
        "Kendaraan",
        "Ruang Rapat",
        "Rumah Dinas",
        "Laporan",
        "Inventarisasi",
        "Pengaturan",
        "Pengguna",
    ]
    assert "Administrator Sistem (Admin)" in window.user_label.text()
    assert "Basis data:" in window.database_label.text()
    home = window.pages["home"]
    assert home.cards["assets"].value.text() == f"{home.summary.active_assets:,}".replace(",", ".")
    assert home.cards["value"].value.text().startswith("Rp ")
    screenshot(window, "main_window_admin_id")
    window.go_to("settings")
    screenshot(window, "settings_admin_id")
    window.go_to("users")
    screenshot(window, "users_admin_id")


def test_pimpinan_sees_no_users_area_and_read_only_settings(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "pimpinan")
    assert nav_titles(launcher) == [
        "Beranda",
        "Aset",
        "Ruangan",
        "Kendaraan",
        "Ruang Rapat",
        "Rumah Dinas",
        "Laporan",
        "Inventarisasi",
        "Pengaturan",
    ]
    settings = launcher.window.pages["settings"]
    assert settings.regency_name.isReadOnly()
    assert not settings.save_button.isVisible()
    assert settings.read_only_note.isVisibleTo(settings)
    launcher.window.go_to("settings")
    screenshot(launcher.window, "settings_pimpinan_id")


@pytest.mark.parametrize("language", ["en"])
def test_the_window_speaks_english_when_asked(qtbot, demo_db: Database, language: str) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url), language)
    screenshot(launcher.dialog, "login_en")
    log_in(qtbot, launcher, "admin")
    assert nav_titles(launcher) == [
        "Home",
        "Assets",
        "Rooms",
        "Vehicles",
        "Meeting rooms",
        "Residences",
        "Reports",
        "Stock-take",
        "Settings",
        "Users",
    ]
    screenshot(launcher.window, "main_window_admin_en")
    launcher.window.go_to("settings")
    screenshot(launcher.window, "settings_admin_en")


def test_wrong_password_says_so_in_indonesian_and_keeps_the_dialog(
    qtbot, demo_db: Database
) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    dialog = launcher.dialog
    dialog.username.setText("admin")
    dialog.password.setText("salah-sandi")
    dialog.try_login()
    assert dialog.isVisible()
    assert dialog.error.text() == "⚠ Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == "" and dialog.password.hasFocus()
    screenshot(dialog, "login_wrong_password_id")


def test_first_start_creates_the_admin(qtbot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'baru.db'}"
    launcher = start_launcher(qtbot, url)
    dialog = launcher.dialog
    assert type(dialog).__name__ == "FirstAdminDialog"
    dialog.full_name.setText("Budi Santoso")
    dialog.password.setText("rahasia-123")
    dialog.confirm.setText("rahasia-124")
    dialog.create_admin()
    assert "tidak sama" in dialog.error.text()
    dialog.confirm.setText("rahasia-123")
    screenshot(dialog, "first_start_id")
    with qtbot.waitSignal(launcher.logged_in):
        dialog.create_admin()
    assert nav_titles(launcher) == [
        "Beranda",
        "Aset",
        "Ruangan",
        "Kendaraan",
        "Ruang Rapat",
        "Rumah Dinas",
        "Laporan",
        "Inventarisasi",
        "Pengaturan",
        "Pengguna",
    ]
    home = launcher.window.pages["home"]
    qtbot.waitUntil(lambda: home.summary is not None)
    # A new office is told to fill in its settings.
    assert home.attention.count() == 1
    assert "Pengaturan" in home.attention.item(0).text()
    assert authenticate(Database(url), "admin", "rahasia-123").full_name == "Budi Santoso"


def test_a_damaged_database_is_reported_and_nothing_opens(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "rusak.db"
    path.write_bytes(b"\x00garbage" * 500)
    from ui.app import Launcher

    launcher = Launcher(f"sqlite:///{path}", "id")
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.failed, timeout=15_000) as failed:
        launcher.start()
    assert "rusak" in failed.args[0] and "Traceback" not in failed.args[0]
    assert shown == failed.args
    assert path.read_bytes() == b"\x00garbage" * 500


def test_window_size_and_area_are_remembered(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "admin")
    launcher.window.resize(1000, 650)
    width = launcher.window.width()
    launcher.window.go_to("settings")
    launcher.window.close()
    assert QSettings().value("mainWindow/area") == "settings"
    again = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, again, "admin")
    assert again.window.current_area() == "settings"
    assert again.window.width() == width


def test_areas_are_reachable_by_keyboard(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "admin")
    window = launcher.window
    show_active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "vehicles"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget().objectName() == "vehicleSearch"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "meeting_rooms"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "residences"
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "stocktake"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "settings"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "assets"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "home"


def test_ctrl_f_goes_to_the_register_search_from_anywhere(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "pengurus")
    window = launcher.window
    show_active(qtbot, window)
    window.go_to("settings")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "assets"
    assert window.pages["assets"].search.hasFocus()


def test_enter_after_the_user_name_asks_for_the_password(qtbot, demo_db: Database) -> None:
    from inventaris.core.audit import list_audit

    launcher = start_launcher(qtbot, str(demo_db.url))
    dialog = launcher.dialog
    show_active(qtbot, dialog)
    dialog.username.setText("admin")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.password.hasFocus() and not dialog.error.isVisible()
    admin = authenticate(demo_db, "admin", "demo1234")
    assert not [entry for entry in list_audit(demo_db, admin) if entry.action == "login_failed"]
