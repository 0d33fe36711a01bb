"""The settings page: edit, save with Ctrl+S, and wrong input pointed out at its field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.office import get_office_settings
from tests.ui.conftest import screenshot, show_active
from ui.context import AppContext
from ui.settings.settings_page import SettingsPage


def _page(qtbot, db: Database, username: str = "admin") -> SettingsPage:
    actor = authenticate(db, username, "demo1234")
    page = SettingsPage(AppContext(db, actor, "id"))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    show_active(qtbot, page)
    return page


def test_ctrl_s_saves_the_changes(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    assert page.regency_name.text() == "Langkat"
    page.regency_name.setText("Langkat ")
    page.city.setText("Stabat")
    page.threshold_equipment.setText("2.000.000")
    page.useful_life.item(0, 1).setData(Qt.ItemDataRole.EditRole, 8)
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(page.regency_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    admin = authenticate(demo_db, "admin", "demo1234")
    stored = get_office_settings(demo_db, admin)
    assert stored.regency_name == "Langkat"
    assert stored.threshold_equipment == 2_000_000
    assert stored.useful_life[0].years == 8
    assert page.head_nip.text().count(" ") == 3  # NIP shown grouped


def test_a_wrong_nip_is_named_focused_and_nothing_is_saved(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    admin = authenticate(demo_db, "admin", "demo1234")
    before = get_office_settings(demo_db, admin)
    page.regency_name.setText("Deli Serdang")
    page.custodian_nip.setText("12345")
    page.save()
    assert page.error.isVisible()
    assert "NIP Pengurus Barang" in page.error.text() and "18 digit" in page.error.text()
    assert page.custodian_nip.hasFocus()
    assert get_office_settings(demo_db, admin) == before
    screenshot(page, "settings_wrong_nip_id")


def test_pimpinan_cannot_save_even_with_the_shortcut(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db, "pimpinan")
    admin = authenticate(demo_db, "admin", "demo1234")
    before = get_office_settings(demo_db, admin)
    page.regency_name.setText("Diubah")  # read-only for typing; set programmatically
    qtbot.keyClick(page.regency_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_office_settings(demo_db, admin) == before


def test_ctrl_s_while_typing_in_the_table_keeps_the_typed_value(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    table = page.useful_life
    table.setCurrentCell(0, 1)
    table.editItem(table.item(0, 1))
    editor = table.focusWidget()
    assert editor is not None and table.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, "9")
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    admin = authenticate(demo_db, "admin", "demo1234")
    assert get_office_settings(demo_db, admin).useful_life[0].years == 9


def test_reload_asks_before_throwing_away_edits(qtbot, demo_db: Database, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = _page(qtbot, demo_db)
    assert not page.has_changes()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Cancel,
    )
    page.city.setText("Binjai")
    page.refresh()
    assert asked and page.city.text() == "Binjai"


def test_the_header_block_and_the_sip_signatory_are_saved(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    page.province.setText("Sumatera Utara")
    page.sub_unit.setText("Bagian Umum")
    page.address.setText("Jl. Tengku Amir Hamzah No. 1, Stabat")
    page.sip_signatory_title.setText("Sekretaris Daerah Kabupaten Langkat")
    page.sip_signatory_name.setText("Dr. H. Amril")
    page.sip_signatory_nip.setText("197003121990031005")
    assert page.has_changes()
    with qtbot.waitSignal(page.saved):
        page.save()
    admin = authenticate(demo_db, "admin", "demo1234")
    stored = get_office_settings(demo_db, admin)
    assert (stored.province, stored.sub_unit, stored.upb) == ("Sumatera Utara", "Bagian Umum", "")
    assert stored.address == "Jl. Tengku Amir Hamzah No. 1, Stabat"
    assert (stored.sip_signatory_name, stored.sip_signatory_nip) == (
        "Dr. H. Amril",
        "197003121990031005",
    )
    assert page.sip_signatory_nip.text() == "19700312 199003 1 005"  # shown grouped
    assert not page.has_changes()
    screenshot(page, "settings_header_block_id")
