"""Saves run on the worker (issue 21 item 4): while a save waits on a database another
connection holds, the window goes on answering, the buttons are off (no second save), the
dialog says "Saving…" and then that the database is busy; when the lock goes, the save lands
once and the dialog closes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time

import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from inventaris.bookings.service import Settings, get_settings
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from tests.support.builders import first_admin
from tests.ui.conftest import screenshot, show_active
from ui.bookings.booking_dialog import BookingSettingsDialog
from ui.context import AppContext


@contextmanager
def held(db: Database) -> Iterator[None]:
    """Another program holds what a settings save needs, until the block ends."""
    if db.backend == "sqlite":
        assert db.url.database
        other = sqlite3.connect(db.url.database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # SQLite's write lock
        try:
            yield
        finally:
            other.execute("COMMIT")
            other.close()
        return
    engine = sa.create_engine(db.url, poolclass=sa.NullPool)
    with engine.connect() as other:
        other.exec_driver_sql("BEGIN")
        other.exec_driver_sql("LOCK TABLE booking_settings IN ACCESS EXCLUSIVE MODE")
        try:
            yield
        finally:
            other.exec_driver_sql("COMMIT")
    engine.dispose()


def _dialog(qtbot, db: Database, admin: Actor) -> BookingSettingsDialog:
    context = AppContext(db, admin, "id")
    dialog = BookingSettingsDialog(context, get_settings(db, admin))
    qtbot.addWidget(dialog)
    dialog.resize(600, 240)  # as the window opens it (a bare test dialog starts smaller)
    show_active(qtbot, dialog)
    return dialog


def test_a_save_waiting_on_a_held_database_says_so_and_the_window_answers(qtbot, db) -> None:
    admin = first_admin(db)
    dialog = _dialog(qtbot, db, admin)
    dialog.day_starts.setCurrentIndex(dialog.day_starts.findData(8 * 60))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    said: list[str] = []
    ticks: list[int] = []
    watch = QTimer()  # the GUI thread's event loop: it must keep turning meanwhile
    watch.setInterval(50)
    watch.timeout.connect(lambda: ticks.append(1))
    watch.timeout.connect(lambda: said.append(dialog.busy_line.text()))
    watch.start()
    with held(db):
        dialog.buttons.accepted.emit()  # Save
        assert dialog.saving and not save.isEnabled()
        assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
        qtbot.waitUntil(
            lambda: dialog.busy.waiting_text() in dialog.busy_line.text(), timeout=4_000
        )
        # Pressed again, or Esc: no second save, and the form does not go away under it.
        dialog.buttons.accepted.emit()
        dialog.reject()
        assert dialog.isVisible() and dialog.saving
        # The window answered all along: typing goes on while the save waits.
        qtbot.keyClicks(dialog.step, "3")
        screenshot(dialog, "background_save_busy_id")
        assert len(ticks) >= 10
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10_000)
    watch.stop()
    assert dialog.result() == dialog.DialogCode.Accepted
    # "Saving…" came first (after a moment), then "busy, waiting" once it stood a second.
    shown = [text for text in said if text]
    assert shown and dialog.busy.working_text in shown[0]
    assert any(dialog.busy.waiting_text() in text for text in shown)
    assert dialog.busy_line.isHidden() and save.isEnabled()
    assert get_settings(db, admin) == Settings(time(8, 0), time(17, 0), 15, False)


def test_a_quick_save_shows_no_busy_line(qtbot, sqlite_db: Database) -> None:
    admin = first_admin(sqlite_db)
    dialog = _dialog(qtbot, sqlite_db, admin)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.busy_line.isHidden()
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor


def test_a_refusal_from_the_worker_lands_beside_its_field(qtbot, sqlite_db: Database) -> None:
    admin = first_admin(sqlite_db)
    dialog = _dialog(qtbot, sqlite_db, admin)
    dialog.day_ends.setCurrentIndex(dialog.day_ends.findData(7 * 60))  # before the start
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.marked is dialog.day_ends
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.changed = False  # closed by the test's end without the question
