"""Press everything: every role, every area, every enabled action and button, through its signal.

Each press goes through the real signal (``QAction.trigger()``, ``QAbstractButton.click()``), so
a slot that takes an optional first argument gets the ``checked`` bool the way it does on a desk.
Dialogs the presses open are answered by a timer: a message box with No (or its default), any
other dialog is rejected, a popup menu is closed; file dialogs get a path in a temporary folder.
Anything unexpected (an uncaught exception in a slot, or an error written to the log by
``ui.errors``) fails the test, naming the press that caused it.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)

import ui.files
from inventaris.core.db import Database
from inventaris.core.permissions import Permission
from tests.ui.conftest import log_in, show_active, start_launcher
from ui.app import Launcher
from ui.main_window import MainWindow
from ui.worker import wait_for_background_work

# The demo office has one user of each role (inventaris/demo/office.py, DEMO_USERS); the
# BPKAD's account is added here when the demo lacks it (_second_unit_and_bpkad).
ROLES = {
    "admin": "admin",
    "pengurus_barang": "pengurus",
    "koordinator_pengemudi": "koordinator",
    "staf_sekretariat": "sekretariat",
    "pimpinan": "pimpinan",
    "bpkad": "bpkad",
}

# What is not pressed, and why.
SKIPPED_REASONS = {
    "logout": "File › Log out (Keluar akun) ends the session: the pages under test go away.",
    "quit": "File › Quit (Keluar, Ctrl+Q) closes the window and ends the program.",
}

PRESS_TIMEOUT_MS = 10_000


@dataclass
class Trouble:
    """What went wrong, and during which press."""

    current: str = "(start)"
    errors: list[str] = field(default_factory=list)
    pressed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _label(thing: QObject) -> str:
    text = thing.text() if isinstance(thing, (QAction, QAbstractButton)) else ""
    name = thing.objectName()
    return f"{type(thing).__name__} {text.replace('&', '')!r}" + (f" #{name}" if name else "")


def _answer(widget: QWidget) -> None:
    """Answer one modal widget: No (or the default) for a message box, reject for the rest."""
    if isinstance(widget, QMessageBox):
        button = widget.button(QMessageBox.StandardButton.No) or widget.defaultButton()
        if button is not None:
            button.click()
        else:
            widget.reject()
    elif isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


class Answerer:
    """A timer that keeps answering whatever modal dialog or popup menu is open."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)  # a modal dialog waits for it: not long
        self.timer.timeout.connect(self.tick)
        self.tries: dict[int, int] = {}
        self.stuck: list[str] = []

    def tick(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        key = id(modal)
        self.tries[key] = self.tries.get(key, 0) + 1
        if self.tries[key] > 200:  # a second and it will not go: hide it rather than hang
            self.stuck.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
            modal.hide()
            return
        _answer(modal)


def _settled() -> bool:
    return QApplication.activeModalWidget() is None and QApplication.activePopupWidget() is None


def _shown_somewhere(action: QAction, depth: int = 0) -> bool:
    """Whether a person can reach the action: a visible widget, or a menu reachable that way."""
    if depth > 5:
        return False
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if _shown_somewhere(owner.menuAction(), depth + 1):
                return True
        elif isinstance(owner, QWidget) and owner.isVisible():
            return True
    return False


def _pressable_buttons(page: QWidget) -> list[QAbstractButton]:
    return [
        button
        for button in page.findChildren(QAbstractButton)
        if isinstance(button, (QPushButton, QToolButton))
        and button.isVisible()
        and button.isEnabled()
        and not _inside_combo(button)
    ]


def _inside_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _pressable_actions(owners: list[QWidget]) -> list[QAction]:
    found: list[QAction] = []
    for owner in owners:
        candidates = list(owner.findChildren(QAction)) + list(owner.actions())
        for button in owner.findChildren(QToolButton):
            menu = button.menu()
            if menu is not None:
                candidates.extend(menu.actions())
        for action in candidates:
            if (
                action not in found
                and not action.isSeparator()
                and action.menu() is None
                and action.isEnabled()
                and action.isVisible()
                and _shown_somewhere(action)
            ):
                found.append(action)
    return found


def _select_first_rows(page: QWidget, qtbot) -> None:
    """Choose the first row of each list, so actions that need a choice are enabled."""
    for _ in range(2):  # a choice on the left may fill a list on the right
        for view in page.findChildren(QAbstractItemView):
            if not view.isVisible() or _inside_combo(view):
                continue
            model = view.model()
            if model is not None and model.rowCount() > 0 and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 0))
        _drain()


def _drain() -> None:
    """What a choice or a tab starts on the worker, and its answer back here; three rounds,
    as an answer may start more (no fixed wait: the presses are the same, in the same order)."""
    for _ in range(3):
        QApplication.processEvents()
        wait_for_background_work()
    QApplication.processEvents()


@pytest.fixture
def trouble(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Trouble]:
    found = Trouble()
    previous = sys.excepthook

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        found.errors.append(f"uncaught during {found.current}:\n{text}")
        previous(kind, error, tb)

    monkeypatch.setattr(sys, "excepthook", record)

    saved = tmp_path / "saved"
    saved.mkdir()

    def answer_file_dialog(
        parent: QWidget | None, title: str, suggested: str, filters: str, *, save: bool
    ) -> tuple[str, str]:
        if not save:
            return "", ""  # no file of the right kind to offer: the dialog is cancelled
        name = Path(suggested).name or "file"
        return str(saved / name), filters.split(";;")[0]

    monkeypatch.setattr(ui.files, "_ask", answer_file_dialog)
    yield found


def _open_a_stocktake(db: Database) -> None:
    from inventaris.accounts import authenticate
    from inventaris.stocktake.counting import places, scan
    from inventaris.stocktake.sessions import list_stocktakes, start_stocktake
    from inventaris.stocktake.types import StocktakeInput

    admin = authenticate(db, "admin", "demo1234")
    if not any(view.is_open for view in list_stocktakes(db, admin)):
        number = start_stocktake(db, admin, StocktakeInput(name="Inventarisasi (tekan)")).id
        first = places(db, admin, number)[0].place  # the room the page shows first
        scan(db, admin, number, first, "INV:ZZZZZZZZZZ 9.9.9 Meja")  # a finding to act on


def _second_unit_and_bpkad(db: Database) -> None:
    """A second unit beside the demo office: the Admin picks one after the login and may
    switch (Account › Switch unit…), the BPKAD reads both with a Unit column; the other roles
    work in the demo office alone. The Admin's pick is the demo office, remembered."""
    from inventaris.accounts import UserInput, authenticate, create_user, list_users
    from inventaris.core.permissions import Role
    from inventaris.units import UnitInput, save_unit

    admin = authenticate(db, "admin", "demo1234")
    if "bpkad" not in {user.username for user in list_users(db, admin)}:
        create_user(db, admin, UserInput("bpkad", "Analis BPKAD", Role.BPKAD), "demo1234")
    office = min(admin.unit_ids)
    save_unit(db, admin, UnitInput("12.02.05.01.01.01.01", "Dinas Pendidikan"))
    QSettings().setValue("units/lastUnit/admin", office)


def _log_in_picking(qtbot, launcher: Launcher, username: str) -> None:
    """``log_in``, taking the preselected unit when the account has several."""
    from ui.units.picker import UnitPickerDialog

    def take_the_unit() -> None:
        if isinstance(launcher.dialog, UnitPickerDialog) and launcher.dialog.isVisible():
            launcher.dialog.choose()

    picking = QTimer()
    picking.setInterval(20)
    picking.timeout.connect(take_the_unit)
    picking.start()
    try:
        log_in(qtbot, launcher, username)
    finally:
        picking.stop()


def _window_actions(window: MainWindow) -> list[QAction]:
    actions: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            stack = [menu]
            while stack:
                current = stack.pop()
                for action in current.actions():
                    sub = action.menu()
                    if isinstance(sub, QMenu):
                        stack.append(sub)
                    elif not action.isSeparator():
                        actions.append(action)
    actions.extend(window.actions())
    return actions


def _skip_reason(window: MainWindow, action: QAction) -> str | None:
    if action is window.logout_action:
        return SKIPPED_REASONS["logout"]
    if action.text() == QCoreApplication.translate("MainWindow", "&Quit"):
        return SKIPPED_REASONS["quit"]
    return None


@pytest.mark.timeout(120)
@pytest.mark.parametrize("role", list(ROLES))
def test_press_everything(
    qtbot, demo_db: Database, trouble: Trouble, caplog: pytest.LogCaptureFixture, role: str
) -> None:
    caplog.set_level(logging.ERROR, logger="inventaris")
    _second_unit_and_bpkad(demo_db)
    launcher = start_launcher(qtbot, str(demo_db.url))
    _log_in_picking(qtbot, launcher, ROLES[role])
    window = launcher.window
    show_active(qtbot, window)
    answerer = Answerer()
    answerer.timer.start()
    keys = list(window.pages)
    done: set[int] = set()
    logged = 0

    def check(what: str) -> None:
        nonlocal logged
        records = [r for r in caplog.records if r.levelno >= logging.ERROR]
        for record in records[logged:]:
            trouble.errors.append(f"logged during {what}: {record.getMessage()}\n{record.exc_text}")
        logged = len(records)

    def press(thing: QAction | QAbstractButton, where: str, key: str, tabs: list) -> None:
        if not shiboken6.isValid(thing) or id(thing) in done:
            return
        done.add(id(thing))
        if isinstance(thing, QAction):
            reason = _skip_reason(window, thing)
            if reason is not None:
                trouble.skipped.append(f"{_label(thing)}: {reason}")
                return
        what = f"{role} › {where} › {_label(thing)}"
        trouble.current = what
        trouble.pressed.append(what)
        if isinstance(thing, QAction):
            thing.trigger()
        else:
            thing.click()
        qtbot.waitUntil(_settled, timeout=PRESS_TIMEOUT_MS)
        wait_for_background_work()
        qtbot.waitUntil(_settled, timeout=PRESS_TIMEOUT_MS)
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
                widget.close()  # a window left open (not modal) by the press
        check(what)
        # Back where we were: a press may have gone to another area or tab.
        if window.current_area() != key:
            window.go_to(key)
        for tab_widget, index in tabs:
            if shiboken6.isValid(tab_widget) and tab_widget.currentIndex() != index:
                tab_widget.setCurrentIndex(index)

    def press_page(key: str) -> None:
        window.go_to(key)
        page = window.pages[key]
        assert window.isVisible(), f"window hidden before {key}: {trouble.pressed[-3:]}"
        qtbot.waitUntil(lambda page=page: page.isVisible(), timeout=5_000)
        wait_for_background_work()
        tab_widgets = [t for t in page.findChildren(QTabWidget)]
        states: list[list[tuple[QTabWidget, int]]] = [[]]
        for tab_widget in tab_widgets:
            states += [[(tab_widget, index)] for index in range(1, tab_widget.count())]
        for state in states:
            for tab_widget in tab_widgets:
                tab_widget.setCurrentIndex(0)
            for tab_widget, index in state:
                tab_widget.setCurrentIndex(index)
            _drain()
            _select_first_rows(page, qtbot)
            for button in _pressable_buttons(page):
                if button.isVisible() and button.isEnabled():
                    press(button, key, key, state)
            for action in _pressable_actions([page]):
                if action.isEnabled():
                    press(action, key, key, state)

    try:
        for key in keys:
            press_page(key)
            for action in _window_actions(window):
                if action.isEnabled() and action.isVisible():
                    press(action, f"{key} (menu)", key, [])
        # The demo's stock-take is finished: with one open, the counting buttons come alive
        # for the roles that count (for the others they stay what the first pass pressed).
        if window.context.can(Permission.EDIT_ASSETS):
            _open_a_stocktake(demo_db)
            stocktake = window.pages["stocktake"]
            with qtbot.waitSignal(stocktake.loaded, timeout=10_000):  # type: ignore[attr-defined]
                stocktake.refresh()  # type: ignore[attr-defined]
            press_page("stocktake")
    finally:
        answerer.timer.stop()
        check("the end")
        trouble.current = "(after the presses)"
        wait_for_background_work()

    print(f"\n{role}: {len(trouble.pressed)} pressed, skipped: {trouble.skipped}")
    if role == "admin":  # the units' own presses: the switch, the Admin's list of units
        for name in ("#menuSwitchUnit", "#addUnit", "#editUnit"):
            assert any(what.endswith(name) for what in trouble.pressed), name
    assert not answerer.stuck, f"dialogs that would not close: {answerer.stuck}"
    assert not trouble.errors, "\n\n".join(trouble.errors)
    assert trouble.pressed
