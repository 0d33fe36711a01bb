"""The Unit column of the lists (register, rooms, vehicles, residences): each row's kode lokasi,
the unit's name in the tooltip. Only for a reader of several units (the BPKAD); with one unit in
view nothing about units shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView

from inventaris.core.errors import DomainError
from inventaris.units import list_units
from ui.context import AppContext
from ui.table_model import Column

Row = TypeVar("Row")


@dataclass(frozen=True)
class UnitLabels:
    """Kode lokasi and name by unit id; empty with one unit in view."""

    codes: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.codes)

    def code(self, unit_id: int) -> str:
        return self.codes.get(unit_id, "")

    def name(self, unit_id: int) -> str:
        return self.names.get(unit_id, "")


def unit_labels(context: AppContext) -> UnitLabels:
    """The labels of the units the window's actor sees, or none when it sees one unit."""
    labels = UnitLabels()
    if len(context.actor.unit_ids) > 1:
        try:
            units = list_units(context.db, context.actor, with_counts=False)
        except DomainError:
            return labels  # the server gone: the list still opens (and says so), unlabelled
        for unit in units:
            if unit.id in context.actor.unit_ids:
                labels.codes[unit.id] = unit.kode_lokasi or unit.name
                labels.names[unit.id] = unit.name
    return labels


def unit_title() -> str:
    return QCoreApplication.translate("UnitColumn", "Unit")


def unit_column(labels: UnitLabels, unit_of: Callable[[Row], int]) -> Column[Row]:
    """The Unit column of a ``RowsModel`` list; put it last and place it with
    ``place_unit_column``."""
    return Column(
        unit_title(),
        lambda row: labels.code(unit_of(row)),
        tooltip=lambda row: labels.name(unit_of(row)),
    )


def place_unit_column(header: QHeaderView, section: int, labels: UnitLabels) -> None:
    """After a saved header state is restored (it may come from another login on this PC):
    the Unit column first with several units in view, else hidden."""
    header.setSectionHidden(section, not labels)
    if labels:
        header.moveSection(header.visualIndex(section), 0)
