"""The code picker is used from the keyboard: type, arrows to the code, Enter takes it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from tests.ui.conftest import show_active
from ui.assets.code_picker import CodePicker
from ui.context import AppContext


def _picker(qtbot, demo_db: Database, text: str = "") -> CodePicker:
    context = AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "id")
    picker = CodePicker(context, text)
    qtbot.addWidget(picker)
    show_active(qtbot, picker)
    return picker


def test_arrows_in_the_search_field_move_and_enter_takes_the_highlighted_code(
    qtbot, demo_db: Database
) -> None:
    picker = _picker(qtbot, demo_db)
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "1.3.2")
    # Before the list caught up with the typing: the arrow first brings it up to date.
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.count() >= 3
    assert picker.results.currentRow() == 2
    highlighted = picker.results.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.results.currentRow() == 1
    highlighted = picker.results.currentItem().data(Qt.ItemDataRole.UserRole)
    assert picker.search.hasFocus()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.result() == CodePicker.DialogCode.Accepted
    assert picker.chosen == highlighted
    assert picker.chosen != picker.results.item(0).data(Qt.ItemDataRole.UserRole)


def test_enter_right_after_typing_takes_the_first_match(qtbot, demo_db: Database) -> None:
    picker = _picker(qtbot, demo_db)
    qtbot.keyClicks(picker.search, "1.3.2.10.01.02.002")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.chosen is not None
    assert picker.chosen.code == "1.3.2.10.01.02.002"
