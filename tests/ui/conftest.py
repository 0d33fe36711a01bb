"""UI test helpers: a translated application, a demo database and screenshots to look at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from inventaris.core.db import Database
from tests.conftest import FakeClock, copy_demo
from ui.app import Launcher
from ui.i18n import install_translator
from ui.worker import wait_for_background_work

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def screenshot(widget: QWidget, name: str) -> Path:
    """Save what a person would see, for review (test-artifacts/ is not committed)."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def language() -> str:
    return "id"


@pytest.fixture(autouse=True)
def _translated(qapp: QApplication, language: str) -> Iterator[None]:
    QSettings().clear()
    install_translator(qapp, language)
    yield
    wait_for_background_work()
    install_translator(qapp, "id")


@pytest.fixture
def demo_db(sqlite_db: Database, clock: FakeClock, demo_template: Callable[..., Path]) -> Database:
    """``load_demo_data(sqlite_db, assets=300, seed=2)``, copied from a session's template."""
    copy_demo(sqlite_db, clock, demo_template(assets=300, seed=2))
    return sqlite_db


def start_launcher(qtbot, url: str, language: str = "id") -> Launcher:
    launcher = Launcher(url, language)
    qtbot.addWidget(launcher.window)
    with qtbot.waitSignal(launcher.database_ready, timeout=15_000):
        launcher.start()
    return launcher


def log_in(qtbot, launcher: Launcher, username: str, password: str = "demo1234") -> None:
    dialog = launcher.dialog
    assert dialog is not None
    dialog.username.setText(username)  # type: ignore[attr-defined]
    dialog.password.setText(password)  # type: ignore[attr-defined]
    with qtbot.waitSignal(launcher.logged_in, timeout=10_000):
        dialog.try_login()  # type: ignore[attr-defined]
    home = launcher.window.pages["home"]
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)  # type: ignore[attr-defined]


def show_active(qtbot, widget: QWidget) -> None:
    """Show a window and make it the active one, so focus and shortcuts behave as on a desk."""
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(widget.isActiveWindow)
