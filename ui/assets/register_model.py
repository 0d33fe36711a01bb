"""The register's table model: rows fetched a page at a time, sorted and filtered in SQL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from inventaris.assets.register import (
    Cursor,
    RegisterFilter,
    RegisterQuery,
    RegisterRow,
    SortKey,
    list_register,
)
from inventaris.assets.types import CONDITION_LABELS, STATUS_LABELS, AssetStatus, Condition
from inventaris.core.formatting import group_thousands
from ui.context import AppContext
from ui.i18n import engine_text
from ui.icons import icon
from ui.units.columns import unit_labels

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
BADLY_DAMAGED = QColor("#c62828")


@dataclass(frozen=True)
class Column:
    key: str
    sort: SortKey | None
    value: Callable[[RegisterRow], Any]
    align_right: bool = False
    shown_by_default: bool = True


def _condition(row: RegisterRow) -> str:
    return engine_text(CONDITION_LABELS[Condition(row.condition)])


def _status(row: RegisterRow) -> str:
    status = engine_text(STATUS_LABELS[AssetStatus(row.status)])
    if row.proposed:
        return QCoreApplication.translate(
            "RegisterModel", "{status}, proposed for disposal"
        ).format(status=status)
    return status


COLUMNS = (
    Column("code_register", SortKey.CODE_REGISTER, lambda row: row.code_register),
    Column("name", SortKey.NAME, lambda row: row.name),
    Column("brand_type", SortKey.BRAND, lambda row: row.brand_type),
    Column("specification", SortKey.SPECIFICATION, lambda row: row.specification, False, False),
    Column("size", None, lambda row: row.size, False, False),
    Column("material", None, lambda row: row.material, False, False),
    Column("serial_number", SortKey.SERIAL, lambda row: row.serial_number),
    Column("plate_number", SortKey.PLATE, lambda row: row.plate_number),
    Column("acquisition_year", SortKey.YEAR, lambda row: row.acquisition_year, True),
    Column("price", SortKey.PRICE, lambda row: group_thousands(row.price), True),
    Column("condition", SortKey.CONDITION, _condition),
    Column("room", SortKey.ROOM, lambda row: row.room_name),
    Column("holder_name", SortKey.HOLDER, lambda row: row.holder_name),
    Column("status", SortKey.STATUS, _status, False, False),
    Column("kib", None, lambda row: row.kib or "", False, False),
    # Kode lokasi, for a reader of several units (the BPKAD); the model fills it in.
    Column("unit", None, lambda row: "", False, True),
)
UNIT_COLUMN = len(COLUMNS) - 1


class RegisterModel(QAbstractTableModel):
    """Holds only the pages seen so far; ``fetchMore`` asks SQL for the next one."""

    PAGE = 200
    MOST_KEPT = 10_000  # a reload fetches at most this many rows back at once

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.query = RegisterQuery()
        self.rows: list[RegisterRow] = []
        self.cursor: Cursor | None = None
        self._fetching = False
        self.titles = self._titles()
        # Empty with one unit in view: the Unit column stays hidden.
        labels = unit_labels(context)
        self.unit_codes = labels.codes
        self.unit_names = labels.names  # the cell's tooltip

    def _titles(self) -> dict[str, str]:
        return {
            "code_register": self.tr("Kode barang / register"),
            "name": self.tr("Name"),
            "brand_type": self.tr("Merk/type"),
            "specification": self.tr("Specification"),
            "size": self.tr("Size/CC"),
            "material": self.tr("Material"),
            "serial_number": self.tr("Serial no."),
            "plate_number": self.tr("Plate"),
            "acquisition_year": self.tr("Year"),
            "price": self.tr("Price (Rp)"),
            "condition": self.tr("Condition"),
            "room": self.tr("Room"),
            "holder_name": self.tr("Holder"),
            "status": self.tr("Status"),
            "kib": self.tr("KIB"),
            "unit": self.tr("Unit"),
        }

    # --- loading ---------------------------------------------------------------------------

    def set_filter(self, wanted: RegisterFilter) -> None:
        self.run(replace(self.query, filter=wanted))

    def run(self, query: RegisterQuery, rows: int | None = None) -> None:
        """Start again from the first page of ``query`` (a new filter, search or sort), or
        with ``rows`` rows at once."""
        page = list_register(self.context.db, self.context.actor, query, limit=rows or self.PAGE)
        self.beginResetModel()
        self.query = query
        self.rows = page.rows
        self.cursor = page.next_cursor
        self.endResetModel()

    def reload(self) -> None:
        """The same query again, as many rows as were loaded (the scroll position stays)."""
        self.run(self.query, min(max(self.PAGE, len(self.rows)), self.MOST_KEPT))

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.cursor is not None

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        # A slot of rowsInserted may ask for more while we still insert: one page at a time.
        if parent.isValid() or self.cursor is None or self._fetching:
            return
        self._fetching = True
        try:
            page = list_register(
                self.context.db,
                self.context.actor,
                self.query,
                after=self.cursor,
                limit=self.PAGE,
            )
            self.cursor = page.next_cursor
            if page.rows:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self.rows.extend(page.rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    # --- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles[COLUMNS[section].key]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section].align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.proposed and column.key == "name":
            return self.tr(
                "{name}\nProposed for disposal: in the register until the decree."
            ).format(name=row.name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column.key == "unit":
                if role == Qt.ItemDataRole.ToolTipRole:
                    return self.unit_names.get(row.unit_id, "")
                return self.unit_codes.get(row.unit_id, "")
            return column.value(row)
        if role == Qt.ItemDataRole.DecorationRole and row.proposed and column.key == "name":
            return icon("dispose")  # proposed for disposal: marked, still listed
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column.key == "condition"
            and row.condition == Condition.BADLY_DAMAGED
        ):
            return QBrush(BADLY_DAMAGED)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is SQL's job: ask again with the new order."""
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort is None:
            return
        key = COLUMNS[column].sort
        assert key is not None
        descending = order == Qt.SortOrder.DescendingOrder
        if key != self.query.sort or descending != self.query.descending:
            self.run(replace(self.query, sort=key, descending=descending))

    def row_at(self, row: int) -> RegisterRow:
        return self.rows[row]
