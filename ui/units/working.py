"""The unit the window works in: picked after the login when the account has several, remembered
per user, shown in the status bar and the title, and switched from the Account menu.

The window's actor is narrowed to that unit (``inventaris.units.working_actor``), so every area
shows and saves that unit's data only. The BPKAD reads every unit at once and is not narrowed.
With one unit nothing of this shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from inventaris.accounts import every_unit_actor
from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.core.permissions import Actor, Permission
from inventaris.units import UnitView, list_units, working_actor
from ui.context import AppContext
from ui.errors import show_error
from ui.units.picker import UnitPickerDialog

if TYPE_CHECKING:
    from ui.main_window import MainWindow

REMEMBERED_KEY = "units/lastUnit/{username}"


def reads_every_unit(actor: Actor) -> bool:
    """The BPKAD: reads every unit at once, so its window is not narrowed to one."""
    return actor.can(Permission.VIEW_ALL_UNITS) and not actor.can(Permission.MANAGE_UNITS)


def working_choices(db: Database, actor: Actor) -> tuple[Actor, list[UnitView]]:
    """The actor with its units as they are now (an Admin's include a unit added since the
    login), and the active units among them it may work in."""
    if actor.can(Permission.MANAGE_USERS) and actor.user_id is not None:
        actor = every_unit_actor(db, actor)
    units = [
        unit
        for unit in list_units(db, actor, with_counts=False)
        if unit.active and unit.id in actor.unit_ids
    ]
    return actor, units


def remembered_unit(username: str) -> int | None:
    value = QSettings().value(REMEMBERED_KEY.format(username=username))
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_unit(username: str, unit_id: int) -> None:
    QSettings().setValue(REMEMBERED_KEY.format(username=username), unit_id)


def working_context(
    db: Database, actor: Actor, language: str, units: list[UnitView], unit: UnitView | None
) -> AppContext:
    """The window's context: ``actor`` narrowed to ``unit``; the unit is named in the window
    only when there was a choice."""
    if unit is None or reads_every_unit(actor):
        return AppContext(db, actor, language)
    return AppContext(
        db,
        working_actor(actor, unit.id),
        language,
        unit=unit if len(units) > 1 else None,
        login_actor=actor,
    )


def enter(
    parent: QWidget,
    db: Database,
    actor: Actor,
    language: str,
    attach: Callable[[AppContext], None],
    cancelled: Callable[[], None],
) -> UnitPickerDialog | None:
    """After the login: attach at once with one unit (or every unit, for the BPKAD); with
    several, open the picker (the remembered unit chosen) and attach once one is picked.
    Returns the picker, if one opened."""
    if reads_every_unit(actor):
        attach(AppContext(db, actor, language))
        return None
    actor, units = working_choices(db, actor)
    if len(units) <= 1:
        attach(working_context(db, actor, language, units, units[0] if units else None))
        return None
    picker = UnitPickerDialog(units, remembered_unit(actor.username), parent)

    def picked() -> None:
        unit = picker.chosen()
        assert unit is not None  # the picker accepts only with a unit chosen
        remember_unit(actor.username, unit.id)
        attach(working_context(db, actor, language, units, unit))

    picker.accepted.connect(picked)
    picker.rejected.connect(cancelled)
    picker.open()  # window-modal, the event loop keeps running
    return picker


def show_working_unit(window: MainWindow) -> None:
    """The unit worked in, in the status bar and the title; Switch unit… when there is a choice.
    Called again after an Admin changed the units (a new name, a second unit)."""
    context = window.context
    unit = context.unit if context is not None else None
    label, title, can_switch = "", "Inventaris", False
    if context is not None and context.login_actor is not None:
        try:
            units = working_choices(context.db, context.login_actor)[1]
        except DomainError:
            units = []
        can_switch = len(units) > 1
        if unit is not None:  # as it is now: an Admin may have renamed it
            unit = next((fresh for fresh in units if fresh.id == unit.id), unit)
    if unit is not None:
        label = QCoreApplication.translate("WorkingUnit", "Unit: {name}").format(name=unit.name)
        title = unit.name  # Qt adds " — Inventaris", the application's display name
    elif (
        context is not None and reads_every_unit(context.actor) and len(context.actor.unit_ids) > 1
    ):
        label = QCoreApplication.translate("WorkingUnit", "All {count} units").format(
            count=len(context.actor.unit_ids)
        )
    window.unit_label.setText(label)
    window.unit_label.setToolTip(
        QCoreApplication.translate("WorkingUnit", "Kode lokasi {code}").format(
            code=unit.kode_lokasi
        )
        if unit is not None and unit.kode_lokasi
        else ""
    )
    window.unit_label.setVisible(bool(label))
    window.setWindowTitle(title)
    window.switch_unit_action.setVisible(can_switch)
    window.switch_unit_action.setEnabled(can_switch)


def switch_unit(window: MainWindow) -> UnitPickerDialog | None:
    """Account › Switch unit…: pick another unit; the window is built again for it, on the same
    area."""
    context = window.context
    if context is None or context.login_actor is None:
        return None
    try:
        actor, units = working_choices(context.db, context.login_actor)
    except DomainError as error:
        show_error(window, error)
        return None
    if len(units) <= 1:
        show_working_unit(window)
        return None
    current = context.unit.id if context.unit is not None else min(context.actor.unit_ids)
    picker = UnitPickerDialog(units, current, window, switching=True)

    def picked() -> None:
        unit = picker.chosen()
        if unit is None or (context.unit is not None and unit.id == context.unit.id):
            return
        remember_unit(actor.username, unit.id)
        area = window.current_area()
        window.attach(working_context(context.db, actor, context.language, units, unit))
        if area is not None:
            window.go_to(area)

    picker.accepted.connect(picked)
    picker.open()
    window.unit_picker = picker
    return picker
