"""Units in the window: the pick after the login (remembered), the switch, the Admin's list of
units and the users' units; the BPKAD's Unit column; and with one unit, nothing about units."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from inventaris.accounts import (
    UserInput,
    authenticate,
    create_user,
    every_unit_actor,
    list_users,
)
from inventaris.assets.editing import create_assets
from inventaris.assets.types import AssetInput
from inventaris.core.db import Database
from inventaris.core.permissions import Role
from inventaris.locations import RoomInput, save_room
from inventaris.units import UnitInput, UnitView, list_units, save_unit, working_actor
from tests.support.builders import chair, vehicle
from tests.ui.conftest import log_in, screenshot, show_active, start_launcher
from ui.accounts.user_dialog import UserDialog
from ui.accounts.users_page import UsersPage
from ui.app import Launcher
from ui.assets.register_model import UNIT_COLUMN
from ui.assets.register_page import RegisterPage
from ui.context import AppContext
from ui.residences.residences_page import ResidencesPage
from ui.rooms.rooms_page import RoomsModel, RoomsPage
from ui.units.columns import unit_title
from ui.units.picker import UnitPickerDialog
from ui.units.unit_dialog import UnitDialog
from ui.vehicles.vehicles_page import VehiclesPage

KODE_B = "12.02.05.01.01.01.01"
KODE_HOME = "12.02.05.04.01.01.01"  # the demo's Bagian Umum
SHOTS = Path("/tmp/units")


def _second_unit(db: Database) -> UnitView:
    """Dinas Pendidikan beside the demo's Bagian Umum, with two chairs of its own."""
    admin = authenticate(db, "admin", "demo1234")
    unit = save_unit(db, admin, UnitInput(KODE_B, "Dinas Pendidikan", head_name="Drs. Saiful"))
    worker = working_actor(every_unit_actor(db, admin), unit.id)
    create_assets(db, worker, chair(name="Kursi Dinas Pendidikan"), quantity=2)
    return unit


def _second_units_things(db: Database, unit: UnitView) -> None:
    """A room, a car and a house of Dinas Pendidikan's own."""
    worker = working_actor(every_unit_actor(db, authenticate(db, "admin", "demo1234")), unit.id)
    save_room(db, worker, RoomInput(code="R.DP.01", name="Ruang Guru Dinas Pendidikan"))
    create_assets(db, worker, vehicle(brand_type="Mitsubishi L300 Dinas Pendidikan"))
    house = AssetInput(
        code="1.3.3.01.02.02.001",
        name="Rumah Dinas Tipe 70",
        acquisition_year=2005,
        price=350_000_000,
        address="Jl. Sekolah No. 1, Stabat",
        floor_area_m2=Decimal(70),
        land_area_m2=Decimal(210),
        concrete=True,
        multi_storey=False,
        land_title_status="Hak Pakai",
        document_number="IMB/12/2005",
        document_date=date(2005, 3, 1),
    )
    create_assets(db, worker, house)


def _unit_cells(model, column: int, key) -> dict[str, tuple[str, str]]:
    """Each row's ``key`` text: the Unit cell's text and tooltip."""
    return {
        key(row): (
            model.index(row, column).data(),
            model.index(row, column).data(Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(model.rowCount())
    }


def _log_in_and_pick(qtbot, launcher: Launcher, username: str, unit_id: int | None) -> None:
    """Log in; with several units the picker opens: choose ``unit_id`` (None: as preselected)."""
    dialog = launcher.dialog
    assert dialog is not None
    dialog.username.setText(username)  # type: ignore[attr-defined]
    dialog.password.setText("demo1234")  # type: ignore[attr-defined]
    dialog.try_login()  # type: ignore[attr-defined]
    picker = launcher.dialog
    assert isinstance(picker, UnitPickerDialog), "several units: the picker opens"
    qtbot.waitUntil(picker.isVisible)
    if unit_id is not None:
        ids = [
            picker.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(picker.list.count())
        ]
        picker.list.setCurrentRow(ids.index(unit_id))
    with qtbot.waitSignal(launcher.logged_in, timeout=10_000):
        picker.choose()
    home = launcher.window.pages["home"]
    qtbot.waitUntil(lambda: home.summary is not None, timeout=10_000)  # type: ignore[attr-defined]


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))
    screenshot(widget, name)


def test_the_pick_after_login_is_remembered_and_narrows_every_area(
    qtbot, demo_db: Database
) -> None:
    unit = _second_unit(demo_db)
    bagian_umum = min(authenticate(demo_db, "pimpinan", "demo1234").unit_ids)
    launcher = start_launcher(qtbot, str(demo_db.url))
    dialog = launcher.dialog
    dialog.username.setText("admin")  # type: ignore[union-attr]
    dialog.password.setText("demo1234")  # type: ignore[union-attr]
    dialog.try_login()  # type: ignore[union-attr]
    picker = launcher.dialog
    assert isinstance(picker, UnitPickerDialog)
    show_active(qtbot, launcher.window)
    qtbot.waitUntil(picker.isVisible)
    assert [picker.list.item(row).text() for row in range(picker.list.count())] == [
        f"Dinas Pendidikan — {KODE_B}",
        "Bagian Umum Sekretariat Daerah — 12.02.05.04.01.01.01",
    ]
    assert picker.chosen() is not None and picker.chosen().id == unit.id  # nothing remembered yet
    _shot(picker, "unit_picker_id")
    picker.list.setCurrentRow(1)
    with qtbot.waitSignal(launcher.logged_in, timeout=10_000):
        picker.choose()
    window = launcher.window
    assert window.context.actor.unit_ids == {bagian_umum}
    assert window.context.unit is not None and window.context.unit.id == bagian_umum
    register = window.pages["assets"]
    assert isinstance(register, RegisterPage)
    assert register.model.rowCount() > 0
    assert "Kursi Dinas Pendidikan" not in {row.name for row in register.model.rows}
    assert register.table.isColumnHidden(UNIT_COLUMN)  # one unit in view at a time
    assert window.unit_label.isVisible() or not window.isVisible()
    assert "Bagian Umum Sekretariat Daerah" in window.unit_label.text()
    assert window.windowTitle() == "Bagian Umum Sekretariat Daerah"
    assert window.switch_unit_action.isVisible()

    # Log out and in again: the picker offers the unit chosen last time.
    window.logout_requested.emit()
    _log_in_and_pick(qtbot, launcher, "admin", None)
    assert window.context.actor.unit_ids == {bagian_umum}
    assert QSettings().value("units/lastUnit/admin") in (bagian_umum, str(bagian_umum))
    # Cancelling the picker goes back to the login.
    window.logout_requested.emit()
    dialog = launcher.dialog
    dialog.username.setText("admin")  # type: ignore[union-attr]
    dialog.password.setText("demo1234")  # type: ignore[union-attr]
    dialog.try_login()  # type: ignore[union-attr]
    picker = launcher.dialog
    assert isinstance(picker, UnitPickerDialog)
    picker.reject()
    qtbot.waitUntil(
        lambda: launcher.dialog is not None and not isinstance(launcher.dialog, UnitPickerDialog)
    )
    assert window.context is None


def test_switching_the_unit_builds_the_window_again_for_it(qtbot, demo_db: Database) -> None:
    unit = _second_unit(demo_db)
    launcher = start_launcher(qtbot, str(demo_db.url))
    _log_in_and_pick(qtbot, launcher, "admin", None)  # the first in the list: Dinas Pendidikan
    window = launcher.window
    show_active(qtbot, window)
    assert window.context.actor.unit_ids == {unit.id}
    register = window.pages["assets"]
    assert isinstance(register, RegisterPage)
    assert {row.name for row in register.model.rows} == {"Kursi Dinas Pendidikan"}
    window.go_to("rooms")
    before = window.pages["rooms"]
    window.switch_unit_action.trigger()
    picker = window.unit_picker
    assert isinstance(picker, UnitPickerDialog)
    qtbot.waitUntil(picker.isVisible)
    assert picker.chosen() is not None and picker.chosen().id == unit.id  # where it works now
    picker.list.setCurrentRow(1)
    picker.choose()
    other = next(u for u in list_units(demo_db, window.context.login_actor) if u.id != unit.id)
    assert window.context.actor.unit_ids == {other.id}
    assert window.pages["rooms"] is not before  # the pages were built again
    assert window.current_area() == "rooms"  # on the same area
    register = window.pages["assets"]
    assert isinstance(register, RegisterPage)
    assert "Kursi Dinas Pendidikan" not in {row.name for row in register.model.rows}
    assert other.name in window.unit_label.text()
    assert QSettings().value("units/lastUnit/admin") in (other.id, str(other.id))
    _shot(window, "unit_switched_id")


def test_with_one_unit_nothing_about_units_shows(qtbot, demo_db: Database) -> None:
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "admin")  # no picker
    window = launcher.window
    assert not window.unit_label.isVisible() and window.unit_label.text() == ""
    assert not window.switch_unit_action.isVisible()
    assert window.windowTitle() == "Inventaris"
    register = window.pages["assets"]
    assert isinstance(register, RegisterPage)
    assert register.table.isColumnHidden(UNIT_COLUMN) and not register.model.unit_codes
    rooms = window.pages["rooms"]
    assert isinstance(rooms, RoomsPage) and rooms.model.rowCount() > 0
    assert rooms.table.isColumnHidden(RoomsModel.UNIT) and not rooms.model.units
    vehicles = window.pages["vehicles"]
    assert isinstance(vehicles, VehiclesPage)
    assert vehicles.fleet_table.isColumnHidden(vehicles.fleet_model.columnCount() - 1)
    residences = window.pages["residences"]
    assert isinstance(residences, ResidencesPage)
    assert residences.table.isColumnHidden(residences.model.columnCount() - 1)
    assert not vehicles.units and not residences.units
    users = window.pages["users"]
    assert isinstance(users, UsersPage)
    assert users.users_model.columnCount() == 6  # no Units column
    dialog = UserDialog(window.context, None, window)
    qtbot.addWidget(dialog)
    assert dialog.units.isHidden()


def test_the_bpkad_reads_every_unit_with_a_unit_column(qtbot, demo_db: Database) -> None:
    unit = _second_unit(demo_db)
    admin = authenticate(demo_db, "admin", "demo1234")
    create_user(demo_db, admin, UserInput("bpkad", "Analis BPKAD", Role.BPKAD), "demo1234")
    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "bpkad")  # every unit at once: no picker
    window = launcher.window
    window.resize(1366, 740)
    show_active(qtbot, window)
    assert window.context.actor.unit_ids == {unit.id, *admin.unit_ids}
    assert not window.switch_unit_action.isVisible()
    assert "2" in window.unit_label.text()
    register = window.pages["assets"]
    assert isinstance(register, RegisterPage)
    window.go_to("assets")
    assert not register.table.isColumnHidden(UNIT_COLUMN)
    assert register.table.horizontalHeader().visualIndex(UNIT_COLUMN) == 0  # the unit first
    codes = {
        register.model.index(row, UNIT_COLUMN).data() for row in range(register.model.rowCount())
    }
    assert "12.02.05.04.01.01.01" in codes
    assert (
        register.model.headerData(UNIT_COLUMN, Qt.Orientation.Horizontal)
        == (register.model.titles["unit"])
    )
    register.search.setText("Kursi Dinas Pendidikan")
    qtbot.waitUntil(lambda: {r.unit_id for r in register.model.rows} == {unit.id}, timeout=5_000)
    assert register.model.index(0, UNIT_COLUMN).data() == KODE_B
    assert register.model.index(0, UNIT_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == (
        "Dinas Pendidikan"
    )
    assert not register.add_action.isEnabled()  # reads only
    _shot(window, "bpkad_register_id")


def test_the_bpkad_sees_the_unit_of_each_room_vehicle_and_house(qtbot, demo_db: Database) -> None:
    unit = _second_unit(demo_db)
    _second_units_things(demo_db, unit)
    admin = authenticate(demo_db, "admin", "demo1234")
    create_user(demo_db, admin, UserInput("bpkad", "Analis BPKAD", Role.BPKAD), "demo1234")
    context = AppContext(demo_db, authenticate(demo_db, "bpkad", "demo1234"), "id")
    assert len(context.actor.unit_ids) == 2
    ours = (KODE_B, "Dinas Pendidikan")
    theirs = (KODE_HOME, "Bagian Umum Sekretariat Daerah")

    rooms = RoomsPage(context)
    qtbot.addWidget(rooms)
    header = rooms.table.horizontalHeader()
    assert not rooms.table.isColumnHidden(RoomsModel.UNIT)
    assert header.visualIndex(RoomsModel.UNIT) == 0  # the unit first, as in the register
    assert rooms.model.headerData(RoomsModel.UNIT, Qt.Orientation.Horizontal) == unit_title()
    cells = _unit_cells(rooms.model, RoomsModel.UNIT, lambda row: rooms.model.rooms[row].name)
    assert cells.pop("Ruang Guru Dinas Pendidikan") == ours
    assert cells and set(cells.values()) == {theirs}

    vehicles = VehiclesPage(context)
    qtbot.addWidget(vehicles)
    vehicles.resize(1180, 640)
    vehicles.show()
    qtbot.waitUntil(lambda: vehicles.fleet is not None, timeout=10_000)
    column = vehicles.fleet_model.columnCount() - 1
    assert not vehicles.fleet_table.isColumnHidden(column)
    assert vehicles.fleet_table.horizontalHeader().visualIndex(column) == 0
    assert vehicles.fleet_model.headerData(column, Qt.Orientation.Horizontal) == unit_title()
    model = vehicles.fleet_model
    cells = _unit_cells(model, column, lambda row: model.rows[row].name)
    assert cells.pop("Mitsubishi L300 Dinas Pendidikan") == ours
    assert cells and set(cells.values()) == {theirs}
    _shot(vehicles, "bpkad_vehicles_id")

    residences = ResidencesPage(context)
    qtbot.addWidget(residences)
    residences.resize(1180, 640)
    residences.show()
    qtbot.waitUntil(lambda: residences.model.rowCount() > 1, timeout=10_000)
    column = residences.model.columnCount() - 1
    assert not residences.table.isColumnHidden(column)
    assert residences.table.horizontalHeader().visualIndex(column) == 0
    cells = _unit_cells(residences.model, column, lambda row: residences.model.rows[row].name)
    assert cells.pop("Jl. Sekolah No. 1, Stabat") == ours
    assert cells and set(cells.values()) == {theirs}
    _shot(residences, "bpkad_residences_id")
    rooms.resize(1180, 640)
    rooms.show()
    _shot(rooms, "bpkad_rooms_id")


def test_an_admin_adds_a_unit_and_assigns_a_user_to_it(qtbot, demo_db: Database) -> None:
    context = AppContext(demo_db, authenticate(demo_db, "admin", "demo1234"), "id")
    page = UsersPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.tabs.setCurrentWidget(page.units)
    assert page.units.model.rowCount() == 1
    changed: list[bool] = []
    page.units_changed.connect(lambda: changed.append(True))
    dialog = UnitDialog(context, page.units.model.units, None, page)
    qtbot.addWidget(dialog)
    dialog.kode_lokasi.setText("12.02.05.04.01.01.01")  # the Bagian Umum's
    dialog.name.setText("Dinas Pendidikan")
    show_active(qtbot, dialog)
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5_000)
    assert "Bagian Umum Sekretariat Daerah" in dialog.error.text()
    assert dialog.kode_lokasi.hasFocus()
    dialog.kode_lokasi.setText(KODE_B)
    dialog.head_title.setText("Kepala Dinas Pendidikan")
    dialog.custodian_nip.setText("19850101 201001 2 003")
    _shot(dialog, "unit_dialog_id")
    page.units.dialog = dialog
    dialog.accepted.connect(page.units._saved)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.apply()
    assert dialog.saved_unit is not None and dialog.saved_unit.kode_lokasi == KODE_B
    qtbot.waitUntil(lambda: page.units.model.rowCount() == 2)
    assert changed
    _shot(page, "units_tab_id")
    new_unit = dialog.saved_unit

    # The user dialog now lists the units to tick.
    page.tabs.setCurrentIndex(0)
    pengurus = next(u for u in list_users(demo_db, context.actor) if u.username == "pengurus")
    user_dialog = UserDialog(context, pengurus, page)
    qtbot.addWidget(user_dialog)
    user_dialog.show()
    assert not user_dialog.units.isHidden() and user_dialog.units.count() == 2
    _shot(user_dialog, "user_units_id")
    for row in range(user_dialog.units.count()):
        item = user_dialog.units.item(row)
        item.setCheckState(Qt.CheckState.Unchecked)
    user_dialog.save()
    assert user_dialog.error.isVisible()
    assert user_dialog.result() != QDialog.DialogCode.Accepted
    for row in range(user_dialog.units.count()):
        user_dialog.units.item(row).setCheckState(Qt.CheckState.Checked)
    user_dialog.save()
    assert user_dialog.result() == QDialog.DialogCode.Accepted
    assert authenticate(demo_db, "pengurus", "demo1234").unit_ids == {
        new_unit.id, *pengurus.unit_ids
    }  # fmt: skip
    page.refresh()
    assert page.users_model.columnCount() == 7
    row = [u.username for u in page.users_model.users].index("pengurus")
    assert page.users_model.index(row, page.users_model.UNITS).data() == (
        "Bagian Umum Sekretariat Daerah, Dinas Pendidikan"
    )
    admin_row = [u.username for u in page.users_model.users].index("admin")
    assert page.users_model.index(admin_row, page.users_model.UNITS).data() == (
        page.users_model.tr("all units")
    )
    # An Admin's units are not ticked: it works in every unit.
    admin_view = page.users_model.users[admin_row]
    admin_dialog = UserDialog(context, admin_view, page)
    qtbot.addWidget(admin_dialog)
    assert not admin_dialog.units.isEnabled()
