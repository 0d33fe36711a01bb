"""Two PCs on one database and the asset form: a save refused because the other saved first keeps
what this user typed, a field both changed is asked about, and an open form says so before the
user saves. Each PC is its own ``Database`` on the same file (or PostgreSQL database)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from inventaris.assets.editing import create_assets, get_asset, update_asset
from inventaris.assets.register import RegisterFilter, summarize_register
from inventaris.core.changes import Change
from inventaris.core.db import Database
from inventaris.core.formatting import format_time
from inventaris.core.permissions import Actor, Role
from tests.conftest import FakeClock
from tests.support.builders import chair, first_admin, user_with_role
from tests.ui.conftest import screenshot, show_active
from ui.assets.asset_dialog import AssetDialog
from ui.conflicts import ChoiceDialog
from ui.context import AppContext
from ui.hub import hub
from ui.worker import wait_for_background_work


@pytest.fixture
def other_pc(db: Database, clock: FakeClock) -> Iterator[Database]:
    """The second PC: its own engine and connections on the same database."""
    other = Database(db.url, clock=clock)
    yield other
    other.dispose()


@pytest.fixture
def office(db: Database) -> tuple[Actor, Actor, int]:
    """The admin (the other PC's user), a Pengurus Barang (this PC's) and one chair."""
    admin = first_admin(db)
    pengurus = user_with_role(db, admin, Role.CUSTODIAN)
    (item,) = create_assets(db, admin, chair(), 1)
    return admin, pengurus, item.id


def _form(qtbot, db: Database, actor: Actor, asset_id: int) -> AssetDialog:
    dialog = AssetDialog(AppContext(db, actor, "id"), asset_id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    show_active(qtbot, dialog)
    return dialog


def _they_save(other_pc: Database, admin: Actor, asset_id: int, **changes: object) -> None:
    current = get_asset(other_pc, admin, asset_id)
    update_asset(
        other_pc,
        admin,
        asset_id,
        replace(current.as_input(), **changes),  # type: ignore[arg-type]
        expected_version=current.row_version,
    )


def _when_shown(kind: type[QWidget], answer: Callable[[QWidget], None]) -> QTimer:
    """Answer the next modal ``kind`` as soon as it is up (never leave a modal hanging)."""
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            timer.stop()
            answer(modal)

    timer.timeout.connect(tick)
    timer.start()
    return timer


def _discard(qtbot, form: AssetDialog) -> None:
    """Close a form with typing in it, answering Discard."""

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Discard).click()

    timer = _when_shown(QMessageBox, discard)
    form.reject()
    timer.stop()
    assert not form.isVisible()


def _save(qtbot, dialog: AssetDialog) -> None:
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.busy.active, timeout=10_000)


def test_a_refused_save_shows_their_change_and_reload_keeps_my_typing(
    qtbot, db: Database, other_pc: Database, office: tuple[Actor, Actor, int], clock: FakeClock
) -> None:
    admin, pengurus, asset_id = office
    form = _form(qtbot, db, pengurus, asset_id)
    form.brand_type.setText("Chitose Yume")  # mine: field A
    clock.advance(minutes=5)
    _they_save(other_pc, admin, asset_id, name="Kursi lipat")  # theirs: field B

    _save(qtbot, form)
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert "Admin Kantor" in form.error.text()
    name_label = form.label_of("name")
    assert f"{name_label}: Kursi besi → Kursi lipat" in form.notice.text()
    assert form.reload_button.isVisible()
    assert form.brand_type.text() == "Chitose Yume"  # nothing is lost by the refusal
    screenshot(form, "asset_form_conflict_id")

    form.reload_button.click()
    assert (form.name.text(), form.brand_type.text()) == ("Kursi lipat", "Chitose Yume")
    assert form.has_changes() and not form.reload_button.isVisible()
    assert form.label_of("brand_type") in form.notice.text()
    assert form.asset is not None
    assert form.asset.row_version == get_asset(db, admin, asset_id).row_version

    _save(qtbot, form)  # the new version goes through
    assert form.result() == QDialog.DialogCode.Accepted
    saved = get_asset(db, admin, asset_id)
    assert (saved.name, saved.brand_type) == ("Kursi lipat", "Chitose Yume")


def test_a_field_both_changed_is_asked_about_mine_unless_theirs_is_chosen(
    qtbot, db: Database, other_pc: Database, office: tuple[Actor, Actor, int]
) -> None:
    admin, pengurus, asset_id = office
    form = _form(qtbot, db, pengurus, asset_id)
    form.brand_type.setText("Chitose Mine")
    form.notes.setPlainText("dicek Budi")
    form.serial_number.setText("SN-1")  # only mine
    _they_save(
        other_pc, admin, asset_id, brand_type="Chitose Theirs", notes="dicek Admin", name="Kursi"
    )
    _save(qtbot, form)
    assert form.reload_button.isVisible()

    asked: list[ChoiceDialog] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ChoiceDialog)
        asked.append(dialog)
        assert set(dialog.choices) == {"brand_type", "notes"}
        assert all(button.isChecked() for button in dialog.mine_buttons.values())
        dialog.choices["notes"].click()  # their note; my brand stays by default
        dialog.resize(dialog.sizeHint())
        screenshot(dialog, "asset_form_both_changed_id")
        dialog.accept()

    timer = _when_shown(ChoiceDialog, answer)
    form.reload()
    timer.stop()
    assert asked
    assert form.brand_type.text() == "Chitose Mine"
    assert form.notes.toPlainText() == "dicek Admin"
    assert (form.name.text(), form.serial_number.text()) == ("Kursi", "SN-1")
    _save(qtbot, form)
    assert form.result() == QDialog.DialogCode.Accepted
    saved = get_asset(db, admin, asset_id)
    assert (saved.brand_type, saved.notes, saved.serial_number) == (
        "Chitose Mine",
        "dicek Admin",
        "SN-1",
    )


def test_closing_the_question_keeps_mine(
    qtbot, db: Database, other_pc: Database, office: tuple[Actor, Actor, int]
) -> None:
    admin, pengurus, asset_id = office
    form = _form(qtbot, db, pengurus, asset_id)
    form.brand_type.setText("Chitose Mine")
    _they_save(other_pc, admin, asset_id, brand_type="Chitose Theirs")

    timer = _when_shown(ChoiceDialog, lambda dialog: dialog.close())
    form.reload()
    timer.stop()
    assert form.brand_type.text() == "Chitose Mine" and form.has_changes()
    _discard(qtbot, form)


def test_the_open_form_says_before_saving_that_another_pc_changed_it(
    qtbot, db: Database, other_pc: Database, office: tuple[Actor, Actor, int], clock: FakeClock
) -> None:
    admin, pengurus, asset_id = office
    (elsewhere,) = create_assets(db, admin, chair(name="Meja"), 1)
    typing = _form(qtbot, db, pengurus, asset_id)
    idle = _form(qtbot, db, pengurus, asset_id)
    typing.brand_type.setText("Chitose Mine")
    clock.advance(minutes=7)
    _they_save(other_pc, admin, asset_id, name="Kursi lipat")

    # Another record's change is not this form's business.
    hub().publish([Change("assets", None, frozenset({elsewhere.id}), remote=True)])
    hub().flush()
    wait_for_background_work()
    QApplication.processEvents()
    assert not typing.notice.isVisible() and not typing.reload_button.isVisible()

    hub().publish([Change("assets", None, frozenset({asset_id}), remote=True)])
    qtbot.waitUntil(typing.notice.isVisible, timeout=5_000)
    saved = get_asset(db, admin, asset_id)
    assert saved.updated_at is not None
    text = typing.notice.text()
    assert format_time(saved.updated_at) in text and "Admin Kantor" in text
    assert f"{typing.label_of('name')}: Kursi besi → Kursi lipat" in text
    assert typing.reload_button.isVisible()
    assert typing.name.text() == "Kursi besi"  # the typing form waits for Reload
    screenshot(typing, "asset_form_changed_elsewhere_id")

    # The form with nothing typed just shows the new values, and says why they changed.
    qtbot.waitUntil(lambda: idle.name.text() == "Kursi lipat", timeout=5_000)
    assert idle.notice.isVisible() and not idle.has_changes()

    typing.reload_button.click()
    assert (typing.name.text(), typing.brand_type.text()) == ("Kursi lipat", "Chitose Mine")
    _discard(qtbot, typing)


def test_the_save_runs_on_the_worker_once(qtbot, db: Database, office) -> None:
    _admin, pengurus, _asset_id = office
    form = AssetDialog(AppContext(db, pengurus, "id"), None)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.code.setText(chair().code)
    form._code_changed()
    form.name.setText("Kursi tamu")
    form.price.set_amount(300_000)
    form.quantity.setValue(3)
    form.save()
    assert form.busy.active
    assert not form.buttons.button(form.buttons.StandardButton.Ok).isEnabled()
    form.save()  # a second press while the first runs does nothing
    form.reject()  # nor does Esc: the answer is on its way
    qtbot.waitUntil(lambda: form.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert len(form.saved) == 3
    assert summarize_register(db, pengurus, RegisterFilter(text="Kursi tamu")).count == 3


def test_a_refused_new_item_keeps_the_form_open(qtbot, db: Database, office) -> None:
    _admin, pengurus, _asset_id = office
    form = AssetDialog(AppContext(db, pengurus, "id"), None)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    form.code.setText(chair().code)
    form._code_changed()
    form.price.set_amount(300_000)
    form.holder_nip.setText("123")
    form.save()
    qtbot.waitUntil(lambda: not form.busy.active, timeout=10_000)
    assert form.isVisible() and form.error.isVisible()
    assert form.holder_nip.text() == "123"
    assert form.buttons.button(form.buttons.StandardButton.Ok).isEnabled()
    _discard(qtbot, form)
