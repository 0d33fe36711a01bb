"""The one date field: typed as people write dates, one Tab passes it, the calendar opens where
it should, an optional date can be emptied, and the window's keys are left to the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QTabWidget, QToolButton, QVBoxLayout, QWidget

from inventaris.accounts import authenticate
from inventaris.assets.events import asset_history
from inventaris.core.db import Database
from tests.ui.conftest import screenshot, show_active
from ui.assets.asset_dialog import AssetDialog
from ui.context import AppContext
from ui.dates import DateField, parse_date, wib_today
from ui.forms import FormDialog
from ui.widgets import OptionalDateEdit, date_edit

CTRL = Qt.KeyboardModifier.ControlModifier


class Row(QWidget):
    """A line edit, the date field, another line edit: the order Tab walks."""

    def __init__(self, field: DateField) -> None:
        super().__init__()
        self.before, self.field, self.after = QLineEdit(), field, QLineEdit()
        layout = QVBoxLayout(self)
        for widget in (self.before, self.field, self.after):
            layout.addWidget(widget)


def _row(qtbot, field: DateField) -> Row:
    row = Row(field)
    qtbot.addWidget(row)
    show_active(qtbot, row)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return row


@pytest.mark.parametrize("typed", ["15-03-2026", "15/3/2026", "15032026", "15.03.26"])
def test_a_date_is_typed_as_people_write_it(qtbot, typed: str) -> None:
    row = _row(qtbot, OptionalDateEdit())
    qtbot.keyClicks(row.field, typed)
    assert row.field.value() == date(2026, 3, 15)
    qtbot.keyClick(row.field, Qt.Key.Key_Tab)
    assert row.after.hasFocus()
    assert row.field.text() == "15-03-2026"
    assert row.field.date() == QDate(2026, 3, 15)


def test_typing_over_a_date_replaces_it_and_says_so_once_whole(qtbot) -> None:
    row = _row(qtbot, date_edit(date(1985, 6, 24)))
    changes: list[QDate] = []
    row.field.dateChanged.connect(changes.append)
    row.field.selectAll()
    qtbot.keyClicks(row.field, "15-03-20")
    assert changes == []  # "20" is on its way to 2026, not the year 2020
    qtbot.keyClicks(row.field, "26")
    assert changes == [QDate(2026, 3, 15)]


def test_one_tab_passes_a_whole_date_both_ways(qtbot) -> None:
    row = _row(qtbot, date_edit(date(2026, 3, 15)))
    qtbot.keyClick(row.field, Qt.Key.Key_Tab)
    assert row.after.hasFocus()
    qtbot.keyClick(row.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert row.field.hasFocus()
    qtbot.keyClick(row.field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert row.before.hasFocus()


def test_ctrl_a_and_backspace_empty_an_optional_date(qtbot) -> None:
    field = OptionalDateEdit()
    field.set_value(date(2024, 6, 24))
    row = _row(qtbot, field)
    with qtbot.waitSignal(field.dateChanged) as emptied:
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert not emptied.args[0].isValid()
    assert field.value() is None and field.text() == "" and field.problem() == ""
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert row.after.hasFocus() and field.value() is None


def test_up_down_and_page_keys_never_change_the_date(qtbot) -> None:
    row = _row(qtbot, date_edit(date(1985, 6, 24)))
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
        qtbot.keyClick(row.field, key)
        qtbot.keyClick(row.field, key, CTRL)
    assert row.field.value() == date(1985, 6, 24)


class KeyWatcher(QObject):
    """Notes the key presses that reach a widget (after its children passed them on)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[Qt.Key, bool]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            self.keys.append((Qt.Key(event.key()), bool(event.modifiers() & CTRL)))
        return False


def test_ctrl_tab_and_ctrl_page_down_reach_the_window(qtbot) -> None:
    tabs = QTabWidget()
    field = date_edit(date(1985, 6, 24))
    first = QWidget()
    QVBoxLayout(first).addWidget(field)
    tabs.addTab(first, "Satu")
    tabs.addTab(QWidget(), "Dua")
    tabs.addTab(QWidget(), "Tiga")
    # The window's own Ctrl+PgUp/PgDown (as on the bookings page): the next and previous tab.
    for key, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
        action = QAction(tabs)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(
            lambda _checked=False, step=step: tabs.setCurrentIndex(tabs.currentIndex() + step)
        )
        tabs.addAction(action)
    watcher = KeyWatcher()
    tabs.installEventFilter(watcher)
    qtbot.addWidget(tabs)
    show_active(qtbot, tabs)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_PageDown, CTRL)
    assert tabs.currentIndex() == 1
    assert field.value() == date(1985, 6, 24)  # not 14-06-1985, as a QDateEdit did
    tabs.setCurrentIndex(0)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Tab, CTRL)
    assert tabs.currentIndex() == 1
    assert (Qt.Key.Key_Tab, True) in watcher.keys  # QTabWidget switched on it, as it does
    tabs.setCurrentIndex(0)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_PageUp, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_PageUp)
    assert (Qt.Key.Key_PageUp, False) in watcher.keys
    assert field.value() == date(1985, 6, 24)


def test_the_calendar_opens_at_today_when_empty_else_at_the_date(qtbot) -> None:
    row = _row(qtbot, OptionalDateEdit())
    qtbot.keyClick(row.field, Qt.Key.Key_F4)
    popup = row.field.popup
    assert popup is not None and popup.isVisible()
    today = wib_today()
    assert popup.calendar.selectedDate() == QDate(today.year, today.month, today.day)
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (today.year, today.month)
    popup.calendar.clicked.emit(QDate(2026, 3, 15))  # a click on the 15th
    assert not popup.isVisible()
    assert row.field.value() == date(2026, 3, 15) and row.field.text() == "15-03-2026"

    row.field.set_value(date(1985, 6, 24))
    row.field.calendar_action.trigger()  # the button at the field's right end
    assert popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(1985, 6, 24)
    assert (popup.calendar.yearShown(), popup.calendar.monthShown()) == (1985, 6)
    screenshot(popup, "date_calendar_id")
    popup.close()


def test_the_calendar_button_takes_no_tab_stop(qtbot) -> None:
    row = _row(qtbot, date_edit(date(2026, 3, 15)))
    buttons = row.field.findChildren(QToolButton)
    assert buttons and all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)


def test_text_that_is_not_a_date_is_marked_and_keeps_the_last_date(qtbot) -> None:
    row = _row(qtbot, date_edit(date(2026, 3, 15)))
    row.field.selectAll()
    qtbot.keyClicks(row.field, "31-02-2026")
    qtbot.keyClick(row.field, Qt.Key.Key_Tab)
    assert row.field.value() == date(2026, 3, 15)
    assert "31-02-2026" in row.field.problem()
    assert row.field.styleSheet() and "31-02-2026" in row.field.toolTip()
    row.field.setFocus()
    row.field.selectAll()
    qtbot.keyClicks(row.field, "1-3-2026")
    qtbot.keyClick(row.field, Qt.Key.Key_Tab)
    assert row.field.value() == date(2026, 3, 1) and row.field.styleSheet() == ""


class BirthDialog(FormDialog):
    def __init__(self) -> None:
        super().__init__("Tanggal", "Simpan")
        self.born = self.add_field("Tanggal lahir *", "born", date_edit(date(1985, 6, 24)))
        self.saved: list[QDate] = []

    def apply(self) -> None:
        assert isinstance(self.born, DateField)
        born = self.born.date()  # read here: the save runs on the worker
        self.run(lambda: self.saved.append(born))


def test_a_required_date_left_empty_or_wrong_is_refused_by_name(qtbot) -> None:
    dialog = BirthDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    field = dialog.born
    assert isinstance(field, DateField)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    dialog.buttons.accepted.emit()
    assert dialog.saved == [] and dialog.isVisible()
    assert "Tanggal lahir" in dialog.error.text() and field.hasFocus()
    qtbot.keyClicks(field, "24-13-1985")
    dialog.apply()
    assert dialog.saved == [] and "24-13-1985" in dialog.error.text()
    screenshot(dialog, "date_refused_id")
    field.selectAll()
    qtbot.keyClicks(field, "24/6/1985")
    assert not dialog.error.isVisible()  # a whole date takes the complaint away
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.saving)
    assert dialog.saved == [QDate(1985, 6, 24)]


def test_parse_date_reads_two_digit_years_near_today() -> None:
    today = date(2026, 11, 28)
    assert parse_date("24-6-85", today=today) == date(1985, 6, 24)
    assert parse_date("1/1/30", today=today) == date(2030, 1, 1)
    assert parse_date("24-6-85", today=today, complete=True) is None
    for wrong in ("", "2026", "31-02-2026", "15-03-202", "15-03/2026", "1503202"):
        assert parse_date(wrong, today=today) is None, wrong


@pytest.mark.parametrize("language", ["en"])
def test_the_asset_form_saves_an_empty_acquisition_date_as_unknown(
    qtbot, demo_db: Database
) -> None:
    context = AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "en")
    dialog = AssetDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    show_active(qtbot, dialog)
    dialog.code.setText("1.3.2.05.02.01.030")
    dialog._code_changed()
    dialog.price.set_amount(750_000)
    dialog.tabs.setCurrentIndex(1)
    field = dialog.acquisition_date
    field.setFocus()
    qtbot.keyClicks(field, "15/3/2025")
    assert dialog.acquisition_year.value() == 2025  # the date sets the year
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert dialog.acquisition_year.hasFocus() and field.text() == "15-03-2025"
    screenshot(dialog, "asset_form_dates_en")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.value() is None
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    (acquired,) = asset_history(demo_db, context.actor, dialog.saved[0].id)
    assert not acquired.day_known and acquired.occurred_on == date(2025, 12, 31)

    again = AssetDialog(context, dialog.saved[0].id)
    qtbot.addWidget(again)
    assert again.acquisition_date.value() is None and again.acquisition_date.text() == ""
    assert again.history.item(0, 0).text() == "2025, day unknown"
