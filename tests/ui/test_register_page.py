"""The register page: lazy rows, search as you type, SQL sorting, bulk actions, the form."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt

from inventaris.accounts import authenticate
from inventaris.assets.editing import get_asset
from inventaris.assets.events import asset_history
from inventaris.assets.register import RegisterFilter, SortKey, summarize_register
from inventaris.core.db import Database
from tests.ui.conftest import screenshot, show_active
from ui.assets.asset_dialog import AssetDialog
from ui.assets.event_dialogs import ConditionDialog, MoveDialog
from ui.assets.register_model import COLUMNS, RegisterModel
from ui.assets.register_page import RegisterPage
from ui.context import AppContext
from ui.live import LiveUpdates


@pytest.fixture
def live(demo_db: Database) -> Iterator[None]:
    """As in the window: what a save writes reaches the page through the hub."""
    updates = LiveUpdates(demo_db)
    updates.start()
    yield
    updates.stop()


def _context(db: Database, username: str = "pengurus") -> AppContext:
    return AppContext(db, authenticate(db, username, "demo1234"), "id")


def _page(qtbot, db: Database, username: str = "pengurus") -> RegisterPage:
    page = RegisterPage(_context(db, username))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: bool(page.summary_text), timeout=10_000)
    return page


def test_register_model_passes_the_model_tester_while_loading_lazily(
    qtmodeltester, demo_db: Database
) -> None:
    model = RegisterModel(_context(demo_db))
    model.PAGE = 40
    model.set_filter(RegisterFilter())
    assert model.rowCount() == 40 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert (
        model.rowCount()
        == summarize_register(model.context.db, model.context.actor, RegisterFilter()).count
    )


def test_header_click_sorts_in_sql(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    price = next(i for i, column in enumerate(COLUMNS) if column.key == "price")
    page.table.sortByColumn(price, Qt.SortOrder.DescendingOrder)
    assert page.model.query.sort is SortKey.PRICE and page.model.query.descending
    prices = [row.price for row in page.model.rows]
    assert prices == sorted(prices, reverse=True)


def test_search_as_you_type_and_the_summary(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    qtbot.keyClicks(page.search, "kursi")
    qtbot.waitUntil(lambda: page.model.query.filter.text == "kursi", timeout=3000)
    qtbot.waitUntil(lambda: "aset" in page.summary.text() or "assets" in page.summary.text())
    expected = summarize_register(page.context.db, page.context.actor, RegisterFilter(text="kursi"))
    assert expected.count > 0
    assert page.summary_text.startswith(f"{expected.count} ")
    assert all("kursi" in row.name.lower() for row in page.model.rows)
    screenshot(page, "register_search_id")


def test_a_scanned_code_opens_the_asset(qtbot, demo_db: Database, monkeypatch) -> None:
    page = _page(qtbot, demo_db)
    opened: list[int] = []
    monkeypatch.setattr(AssetDialog, "open", lambda dialog: opened.append(dialog.asset.id))
    code = page.model.rows[0].code_register
    page.search.setText(code)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [page.model.rows[0].id]


def test_bulk_move_and_condition_change_from_the_selection(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.code_prefix.setText("1.3.2.05")  # furniture: things that sit in rooms
    page.apply_filter()
    page.select_rows([0, 1, 2])
    ids = page.selected_ids()
    assert len(ids) == 3 and page.move_action.isEnabled()
    dialog = MoveDialog(page.context, ids, page)
    qtbot.addWidget(dialog)
    dialog.room.setCurrentIndex(dialog.room.findText("R.07", Qt.MatchFlag.MatchStartsWith))
    dialog.note.setText("stock opname")
    screenshot(dialog, "move_dialog_id")
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert not dialog.error.isVisible()
    assert {get_asset(demo_db, page.context.actor, i).room_name for i in ids} == {
        "Gudang Perlengkapan"
    }
    condition = ConditionDialog(page.context, ids[:1], page)
    qtbot.addWidget(condition)
    new = "RB" if get_asset(demo_db, page.context.actor, ids[0]).condition != "RB" else "B"
    condition.condition.setCurrentIndex(condition.condition.findData(new))
    condition.apply()
    qtbot.waitUntil(lambda: not condition.saving)
    assert get_asset(demo_db, page.context.actor, ids[0]).condition == new
    last = asset_history(demo_db, page.context.actor, ids[0])[-1]
    assert last.kind.value == "condition_changed" and last.details["to"] == new


def test_pimpinan_sees_no_editing_actions(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db, "pimpinan")
    assert not page.add_action.isVisible() and not page.move_action.isVisible()
    page.select_rows([0])
    assert page.open_action.isEnabled()
    dialog = AssetDialog(page.context, page.model.rows[0].id, page)
    qtbot.addWidget(dialog)
    assert dialog.name.isReadOnly()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isVisible()


def test_the_form_adds_identical_items_and_names_a_wrong_field(qtbot, demo_db: Database) -> None:
    context = _context(demo_db)
    dialog = AssetDialog(context, None)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.code.setText("1.3.2.05.02.01.030")
    dialog._code_changed()
    assert dialog.name.text() == "Kursi Rapat"
    dialog.price.set_amount(750_000)
    dialog.acquisition_year.setValue(2026)
    dialog.quantity.setValue(12)
    dialog.holder_nip.setText("123")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy.active)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "NIP" in dialog.error.text()
    assert dialog.tabs.currentIndex() == 2 and dialog.holder_nip.hasFocus()
    screenshot(dialog, "asset_form_error_id")
    dialog.holder_nip.clear()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy.active)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [a.register_number for a in dialog.saved][-1] - dialog.saved[0].register_number == 11


def test_editing_shows_history_and_a_stale_form_can_reload(qtbot, demo_db: Database) -> None:
    from dataclasses import replace

    from inventaris.assets.editing import update_asset

    context = _context(demo_db)
    page_row = RegisterModel(context)
    page_row.set_filter(RegisterFilter(kib="B"))
    asset_id = page_row.rows[0].id
    dialog = AssetDialog(context, asset_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    show_active(qtbot, dialog)
    assert dialog.history.rowCount() >= 1
    dialog.tabs.setCurrentIndex(dialog.history_tab)
    screenshot(dialog, "asset_history_id")
    other = authenticate(demo_db, "admin", "demo1234")
    current = get_asset(demo_db, other, asset_id)
    update_asset(
        demo_db,
        other,
        asset_id,
        replace(current.as_input(), notes="diperiksa"),
        expected_version=current.row_version,
    )
    dialog.brand_type.setText("Merk baru")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy.active)
    assert dialog.reload_button.isVisible()
    assert "Administrator Sistem" in dialog.error.text()
    dialog.reload()
    assert dialog.brand_type.text() == "Merk baru"  # the typing is kept, their change taken
    assert dialog.notes.toPlainText() == "diperiksa"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted)
    assert get_asset(demo_db, other, asset_id).brand_type == "Merk baru"


def test_an_unchanged_form_closes_without_asking(qtbot, demo_db: Database) -> None:
    context = _context(demo_db)
    model = RegisterModel(context)
    model.set_filter(RegisterFilter())
    dialog = AssetDialog(context, model.rows[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.has_changes()
    dialog.reject()
    assert not dialog.isVisible()
    assert model.index(0, 0) != QModelIndex()


@pytest.mark.usefixtures("live")
def test_rooms_and_buildings_are_made_from_the_rooms_page(qtbot, demo_db: Database) -> None:
    from inventaris.locations import list_buildings, list_rooms
    from ui.rooms.building_dialog import BuildingDialog
    from ui.rooms.room_dialog import RoomDialog
    from ui.rooms.rooms_page import RoomsPage

    context = _context(demo_db)
    page = RoomsPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)  # on screen: a hidden page waits to be shown before it reloads
    rooms_before = page.model.rowCount()
    building = BuildingDialog(context, page)
    qtbot.addWidget(building)
    building.name.setText("Gedung Sekretariat DPRD")
    building.save()
    assert "Gedung Sekretariat DPRD" in {b.name for b in list_buildings(demo_db, context.actor)}
    room = RoomDialog(context, None, page)
    qtbot.addWidget(room)
    room.code.setText("r.30")
    room.name.setText("Ruang Rapat Paripurna")
    room.building.setCurrentIndex(room.building.findText("Gedung Sekretariat DPRD"))
    room.kind.setCurrentIndex(room.kind.findData("meeting"))
    room.capacity.setValue(120)
    room.responsible_nip.setText("1234")
    room.save()
    assert "18 digit" in room.error.text() and room.result() != room.DialogCode.Accepted
    room.responsible_nip.setText("")
    room.save()
    assert room.result() == room.DialogCode.Accepted
    # The hub hears the save from the database: the page reloads a moment later.
    qtbot.waitUntil(lambda: page.model.rowCount() == rooms_before + 1)
    made = next(r for r in list_rooms(demo_db, context.actor) if r.code == "R.30")
    assert (made.building_name, made.kind.value, made.capacity) == (
        "Gedung Sekretariat DPRD",
        "meeting",
        120,
    )


def test_nothing_found_names_the_search_and_filters_and_clears_them(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    page.kib.setCurrentIndex(page.kib.findData("C"))
    page.search.setText("laptop")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert page.no_match.isVisible() and page.no_match.clear_button.isVisible()
    message = page.no_match.message.text()
    assert '"laptop"' in message and "KIB C" in message
    screenshot(page, "register_no_match_id")

    page.no_match.clear_button.click()
    assert page.kib.currentData() is None and page.search.text() == "laptop"
    assert page.model.rowCount() > 0 and not page.no_match.isVisible()
    # "laptop" finds the items filed under the code Laptop, whatever their names say.
    assert {row.code for row in page.model.rows} == {"1.3.2.10.01.02.002"}

    page.search.setText("zz-nothing-like-this")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.no_match.isVisible() and "zz-nothing-like-this" in page.no_match.message.text()
    assert not page.no_match.clear_button.isVisible()  # no filter to clear
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=3000)
    assert not page.no_match.isVisible()


def test_tab_leaves_the_register_table_and_the_arrows_move_inside(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Right)
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (1, 1)
    for modifier in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier):
        page.table.setFocus()
        assert page.table.hasFocus()
        qtbot.keyClick(page.table, Qt.Key.Key_Tab, modifier)
        assert not page.table.hasFocus(), modifier
        assert page.isAncestorOf(page.focusWidget())
        assert page.table.currentIndex().row() == 1  # Tab did not move inside the table
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.focusWidget() is page.status  # back to the last filter (Clear filters hides)


@pytest.mark.usefixtures("live")
def test_an_imported_code_table_is_searched_at_once_without_freezing(
    qtbot, demo_db: Database, tmp_path
) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    page = _page(qtbot, demo_db)
    page.search.setText("notebook dinas")
    page.apply_filter()
    # The typed search's own delayed filter must not run after the import and find the new
    # name by chance: only the live update may bring the rows.
    page._search_timer.stop()
    assert page.model.rowCount() == 0
    table = tmp_path / "kode.csv"
    table.write_text("kode,nama\n1.3.2.10.01.02.002,Notebook Dinas\n", encoding="utf-8")
    said: list[str] = []

    def answer() -> None:  # the summary is modal: read it, then close it
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    page.import_codes(str(table))
    assert page.model.rowCount() == 0  # not yet: the import runs off the GUI thread
    # Then the register follows the new name by itself.
    qtbot.waitUntil(lambda: bool(said) and page.model.rowCount() > 0, timeout=15_000)
    assert said == [
        QCoreApplication.translate(
            "RegisterPage", "Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}."
        ).format(added=0, renamed=1, unchanged=0)
    ]
