"""Each action once, with feedback: the daily flow through the main window (issue 17, item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from inventaris.core.db import Database
from tests.ui.conftest import log_in, show_active, start_launcher
from ui.assets.asset_dialog import AssetDialog
from ui.assets.event_dialogs import ConditionDialog, MoveDialog
from ui.assets.register_page import RegisterPage
from ui.main_window import MainWindow


def _register(qtbot, demo_db: Database, username: str = "pengurus") -> tuple:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, username)
    window = launcher.window
    show_active(qtbot, window)
    window.go_to("assets")
    page = window.pages["assets"]
    assert isinstance(page, RegisterPage)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=10_000)
    return launcher, window, page


def _open_dialogs(window: MainWindow, kind: type) -> list:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, kind) and widget.isVisible()
    ]


def _close(dialogs: list) -> None:
    for dialog in dialogs:
        dialog.done(0)
        dialog.deleteLater()


def _status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_double_click_opens_one_form(qtbot, demo_db: Database) -> None:
    _launcher, window, page = _register(qtbot, demo_db)
    rect = page.table.visualRect(page.model.index(2, 1))
    # What a desk's mouse sends: press and release, then the second press as a double-click.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(_open_dialogs(window, AssetDialog)))
    QApplication.processEvents()
    dialogs = _open_dialogs(window, AssetDialog)
    assert [d.asset.id for d in dialogs] == [page.model.rows[2].id]
    _close(dialogs)


def test_saving_the_form_says_so_in_the_status_bar(qtbot, demo_db: Database) -> None:
    _launcher, window, page = _register(qtbot, demo_db)
    page.select_rows([0])
    page.open_action.trigger()
    (dialog,) = _open_dialogs(window, AssetDialog)
    dialog.brand_type.setText("Merk diperiksa")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    expected = f"Tersimpan: {dialog.saved[0].code_register}"
    assert _status(window) == expected
    # The count that follows the reload does not hide what just happened.
    with qtbot.waitSignal(page.summary_ready, timeout=10_000, raising=False):
        pass
    assert _status(window) == expected
    dialog.deleteLater()


def test_a_move_and_a_condition_change_say_so_and_leave_no_stale_actions(
    qtbot, demo_db: Database
) -> None:
    _launcher, window, page = _register(qtbot, demo_db)
    page.code_prefix.setText("1.3.2.05")
    page.apply_filter()
    page.select_rows([0, 1])
    assert page.move_action.isEnabled()
    page.move_action.trigger()
    (move,) = _open_dialogs(window, MoveDialog)
    move.room.setCurrentIndex(move.room.findText("R.07", Qt.MatchFlag.MatchStartsWith))
    moved = page.selected_ids()
    reloads: list[int] = []
    page.model.modelReset.connect(lambda: reloads.append(1))
    move.apply()
    qtbot.waitUntil(lambda: not move.isVisible())  # saved on the worker
    assert _status(window) == "Dipindahkan: 2 barang"
    move.deleteLater()
    qtbot.waitUntil(lambda: len(reloads) == 1)  # the hub's reload, a moment later
    # The reload keeps the moved rows chosen (live views keep the user's place), and the
    # actions follow that selection: nothing stale.
    assert page.selected_ids() == moved
    assert not page.open_action.isEnabled()  # two rows: nothing single to open
    for action in (page.move_action, page.condition_action):
        assert action.isEnabled(), action.text()

    page.select_rows([0])
    page.condition_action.trigger()
    (condition,) = _open_dialogs(window, ConditionDialog)
    condition.condition.setCurrentIndex(condition.condition.findData("RR"))
    chosen = page.selected_ids()
    condition.apply()
    qtbot.waitUntil(lambda: not condition.isVisible())  # saved on the worker
    assert _status(window) == "Kondisi diubah: 1 barang"
    condition.deleteLater()
    qtbot.waitUntil(lambda: len(reloads) == 2)
    assert page.selected_ids() == chosen
    assert page.open_action.isEnabled() and page.condition_action.isEnabled()


def test_a_new_login_starts_on_the_home_page(qtbot, demo_db: Database) -> None:
    launcher, window, _page = _register(qtbot, demo_db, "admin")
    window.go_to("settings")
    assert window.current_area() == "settings"
    window.logout_action.trigger()
    log_in(qtbot, launcher, "pengurus")
    assert window.current_area() == "home"
    assert window.stack.currentWidget() is window.pages["home"]


def test_ctrl_n_works_once_a_page_is_chosen_in_the_sidebar(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "pengurus")
    window = launcher.window
    show_active(qtbot, window)
    navigation = window.navigation
    row = next(
        r
        for r in range(navigation.count())
        if navigation.item(r).data(Qt.ItemDataRole.UserRole) == "assets"
    )
    rect = navigation.visualItemRect(navigation.item(row))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == "assets"
    assert navigation.hasFocus()  # the sidebar keeps the keyboard: arrows still move through it
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(_open_dialogs(window, AssetDialog)), timeout=3000)
    (dialog,) = _open_dialogs(window, AssetDialog)
    assert dialog.asset is None  # a new asset's form
    _close([dialog])
