"""The columns of the stock-take page's lists: the places with their progress, a place's items
(its KIR, and those of other places found there) and the findings.

The titles keep the page's translation context (``StocktakePage``): they were its own.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from inventaris.core.formatting import format_rupiah
from inventaris.stocktake.types import (
    PRESENCE_LABELS,
    FindingView,
    ItemCheck,
    PlaceProgress,
    Presence,
)
from ui.i18n import engine_text
from ui.stocktake.common import AMBER, GREEN, RED, condition_word
from ui.table_model import Column


class PlaceShown(Protocol):
    """The place whose lists are shown: an item checked in another place says which."""

    place: int | None
    place_names: dict[int, str]


def rows_table(name: str, model: Any) -> QTableView:
    """A read-only list, one whole row chosen at a time."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def place_columns() -> list[Column[PlaceProgress]]:
    def colour(row: PlaceProgress) -> str | None:
        return GREEN if row.expected and row.checked >= row.expected else None

    return [
        Column(
            QCoreApplication.translate("StocktakePage", "Room"),
            lambda r: f"{r.code}  {engine_text(r.name)}".strip(),
            lambda r: (r.code == "", r.code, r.name),
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Checked"),
            lambda r: f"{r.checked} / {r.expected}",
            lambda r: (r.checked, r.expected),
            True,
            colour,
            lambda r: QCoreApplication.translate(
                "StocktakePage", "{checked} of {expected} item(s) checked"
            ).format(checked=r.checked, expected=r.expected),
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Misplaced"),
            lambda r: f"+{r.misplaced_here}" if r.misplaced_here else "",
            lambda r: r.misplaced_here,
            True,
            lambda r: AMBER if r.misplaced_here else None,
            lambda r: QCoreApplication.translate(
                "StocktakePage", "{count} item(s) of other rooms found here"
            ).format(count=r.misplaced_here),
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Closed"), lambda r: "✓" if r.closed else ""
        ),
    ]


def checked_text(shown: PlaceShown, row: ItemCheck) -> str:
    """How an item was checked (or answered), and where if not in the place shown."""
    if row.presence:
        return engine_text(PRESENCE_LABELS[Presence(row.presence)])
    if row.found_place is None:
        return "—"
    how = (
        QCoreApplication.translate("StocktakePage", "by hand")
        if row.method == "manual"
        else QCoreApplication.translate("StocktakePage", "scan")
    )
    if shown.place is not None and row.found_place != shown.place:
        where = shown.place_names.get(row.found_place, str(row.found_place))
        return QCoreApplication.translate("StocktakePage", "✓ in {place} ({how})").format(
            place=where, how=how
        )
    return f"✓ {how}"


def checked_colour(shown: PlaceShown, row: ItemCheck) -> str | None:
    if row.presence:
        return RED
    if row.found_place is None:
        return None
    return GREEN if row.found_place == shown.place else AMBER


def item_columns(shown: PlaceShown, *, strangers: bool) -> list[Column[ItemCheck]]:
    columns: list[Column[ItemCheck]] = [
        Column(
            QCoreApplication.translate("StocktakePage", "Code and register"),
            lambda r: r.recorded.code_register,
        ),
        Column(QCoreApplication.translate("StocktakePage", "Name"), lambda r: r.recorded.name),
        Column(
            QCoreApplication.translate("StocktakePage", "Brand / type"),
            lambda r: r.recorded.brand_type,
        ),
    ]
    if strangers:
        columns.append(
            Column(
                QCoreApplication.translate("StocktakePage", "Registered in"),
                lambda r: engine_text(r.recorded.place_name),
            )
        )
    columns += [
        Column(
            QCoreApplication.translate("StocktakePage", "Recorded condition"),
            lambda r: condition_word(r.recorded.condition),
            colour=lambda r: RED if r.recorded.condition == "RB" else None,
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Checked"),
            lambda r: checked_text(shown, r),
            colour=lambda r: checked_colour(shown, r),
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Observed"),
            lambda r: condition_word(r.observed_condition),
            colour=lambda r: RED if r.observed_condition == "RB" else None,
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Conflict"),
            lambda r: (
                QCoreApplication.translate("StocktakePage", "⚠ two rooms") if r.conflict else ""
            ),
            colour=lambda r: AMBER if r.conflict else None,
            tooltip=lambda r: (
                QCoreApplication.translate(
                    "StocktakePage", "Scanned in two rooms: settle where it belongs."
                )
                if r.conflict
                else ""
            ),
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Note"), lambda r: r.note.replace("\n", " ")
        ),
    ]
    return columns


def finding_columns() -> list[Column[FindingView]]:
    return [
        Column(QCoreApplication.translate("StocktakePage", "Scanned"), lambda f: f.scanned),
        Column(
            QCoreApplication.translate("StocktakePage", "Name"),
            lambda f: f.name or QCoreApplication.translate("StocktakePage", "(to describe)"),
        ),
        Column(QCoreApplication.translate("StocktakePage", "Kode barang"), lambda f: f.code),
        Column(QCoreApplication.translate("StocktakePage", "Brand / type"), lambda f: f.brand_type),
        Column(
            QCoreApplication.translate("StocktakePage", "Qty"),
            lambda f: str(f.quantity),
            lambda f: f.quantity,
            True,
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Year"),
            lambda f: str(f.acquisition_year) if f.acquisition_year else "",
            lambda f: f.acquisition_year or 0,
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Estimated value"),
            lambda f: format_rupiah(f.estimated_value) if f.estimated_value is not None else "",
            lambda f: f.estimated_value or 0,
            True,
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Condition"),
            lambda f: condition_word(f.condition),
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Registered"),
            lambda f: "✓" if f.registered_asset_id is not None else "",
        ),
        Column(
            QCoreApplication.translate("StocktakePage", "Note"), lambda f: f.note.replace("\n", " ")
        ),
    ]
