"""The booking form as a person fills it in: moving the start carries the end along so the meeting
keeps its length, moving the end changes only the end; a slot taken by another booking is marked
on the times (not the date), and the mark goes once the times no longer overlap."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from inventaris.bookings.service import (
    BookingInput,
    Resource,
    book,
    bookable_resources,
    bookings_between,
    get_settings,
)
from inventaris.core.db import Database
from inventaris.core.timeutil import WIB
from inventaris.locations import RoomInput, RoomKind, save_room
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import first_admin, office_values
from tests.ui.conftest import show_active
from ui.bookings.booking_dialog import BookingDialog
from ui.context import AppContext
from ui.widgets import INVALID_FIELD_STYLE

MONDAY = date(2026, 11, 30)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), WIB)


@pytest.fixture(autouse=True)
def _closing_discards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a form with changes asks first; at the end of a test the answer is Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)


@pytest.fixture
def context(sqlite_db: Database) -> AppContext:
    """One meeting room, booked on Monday from 09.00 to 11.00."""
    admin = first_admin(sqlite_db)
    update_office_settings(sqlite_db, admin, office_values(get_office_settings(sqlite_db, admin)))
    room = save_room(
        sqlite_db,
        admin,
        RoomInput(code="RR.01", name="Ruang Rapat Bupati", kind=RoomKind.MEETING, capacity=40),
    )
    meeting = BookingInput(
        Resource("room", room.id), at(MONDAY, 9), at(MONDAY, 11), "Rapat OPD", "BPKAD"
    )
    book(sqlite_db, admin, meeting)
    return AppContext(sqlite_db, admin, "en")


def _dialog(qtbot, context: AppContext, start: datetime, end: datetime) -> BookingDialog:
    resources = bookable_resources(context.db, context.actor)
    dialog = BookingDialog(
        context,
        resources,
        get_settings(context.db, context.actor),
        resource_key=resources[0].resource.key,
        starts_at=start,
        ends_at=end,
    )
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


def _pick(box, text: str) -> None:
    """Choose a time the way a person does: open the list and click the time."""
    index = box.findText(text)
    assert index >= 0, text
    box.showPopup()
    view = box.view()
    view.setCurrentIndex(box.model().index(index, 0))
    view.clicked.emit(view.currentIndex())
    box.hidePopup()
    box.setCurrentIndex(index)  # a click in the list ends in this, whatever the style
    assert box.currentText() == text


def _times(dialog: BookingDialog) -> tuple[str, str]:
    return dialog.start.currentText(), dialog.end.currentText()


def test_moving_the_start_keeps_the_length_and_moving_the_end_changes_only_the_end(
    qtbot, context: AppContext
) -> None:
    dialog = _dialog(qtbot, context, at(MONDAY, 13), at(MONDAY, 14, 30))
    _pick(dialog.start, "14.00")
    assert _times(dialog) == ("14.00", "15.30")  # still an hour and a half
    # one step later with the keyboard
    dialog.start.setFocus()
    qtbot.keyClick(dialog.start, Qt.Key.Key_Down)
    assert _times(dialog) == ("14.15", "15.45")
    # the end alone: the start stays, the meeting gets longer
    _pick(dialog.end, "16.15")
    assert _times(dialog) == ("14.15", "16.15")
    # and the new length is the one kept from then on
    _pick(dialog.start, "08.00")
    assert _times(dialog) == ("08.00", "10.00")
    # another day: the same times, so the same length
    dialog.day.setDate(QDate(2026, 12, 1))
    data = dialog.data()
    assert (data.starts_at, data.ends_at) == (at(date(2026, 12, 1), 8), at(date(2026, 12, 1), 10))
    # late in the evening the end stops at the last time of the day
    _pick(dialog.start, "23.00")
    assert _times(dialog) == ("23.00", "23.45")
    assert dialog.changed


def test_the_conflict_is_marked_on_the_times_and_clears_once_the_slot_is_free(
    qtbot, context: AppContext
) -> None:
    dialog = _dialog(qtbot, context, at(MONDAY, 10), at(MONDAY, 11))
    dialog.title.setText("Rapat persiapan HUT")
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert "Rapat OPD" in dialog.error.text()
    # the times carry the red frame and the cursor, the date does not
    assert dialog.start.styleSheet() == INVALID_FIELD_STYLE
    assert dialog.end.styleSheet() == INVALID_FIELD_STYLE
    assert dialog.day.styleSheet() == ""
    assert dialog.start.hasFocus()
    # still overlapping: the message stays
    _pick(dialog.start, "10.30")
    assert _times(dialog) == ("10.30", "11.30")
    assert not dialog.error.isHidden()
    # free: the message and the frames go
    _pick(dialog.start, "11.00")
    assert _times(dialog) == ("11.00", "12.00")
    assert dialog.error.isHidden()
    assert (dialog.start.styleSheet(), dialog.end.styleSheet()) == ("", "")
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert dialog.result() == BookingDialog.DialogCode.Accepted
    titles = [b.title for b in bookings_between(context.db, context.actor, MONDAY, MONDAY)]
    assert titles == ["Rapat OPD", "Rapat persiapan HUT"]


def test_moving_to_another_free_day_clears_the_conflict_too(qtbot, context: AppContext) -> None:
    dialog = _dialog(qtbot, context, at(MONDAY, 9, 30), at(MONDAY, 10))
    dialog.title.setText("Rapat kecil")
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert not dialog.error.isHidden()
    dialog.day.setDate(QDate(2026, 12, 1))
    assert dialog.error.isHidden()
    assert dialog.start.styleSheet() == ""
