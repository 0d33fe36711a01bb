"""The chosen place's three lists, as tabs: its KIR (the items recorded there), the items of
other places found there, and what was found that the register does not have.

The tab titles keep the page's translation context (``StocktakePage``): they were its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from inventaris.stocktake.types import FindingView, ItemCheck, PlaceList
from ui.icons import icon
from ui.stocktake.columns import PlaceShown, finding_columns, item_columns, rows_table
from ui.table_model import ROW_ROLE, RowsModel


class PlaceLists(QTabWidget):
    def __init__(self, shown: PlaceShown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items_model: RowsModel[ItemCheck] = RowsModel(item_columns(shown, strangers=False))
        self.items_table = rows_table("expectedTable", self.items_model)
        self.strangers_model: RowsModel[ItemCheck] = RowsModel(item_columns(shown, strangers=True))
        self.strangers_table = rows_table("strangersTable", self.strangers_model)
        self.findings_model: RowsModel[FindingView] = RowsModel(finding_columns())
        self.findings_table = rows_table("findingsTable", self.findings_model)
        self.addTab(self.items_table, icon("rooms"), "")
        self.addTab(self.strangers_table, icon("attention"), "")
        self.addTab(self.findings_table, icon("add"), "")
        self._titles(None)

    def tables(self) -> tuple[QTableView, QTableView, QTableView]:
        return self.items_table, self.strangers_table, self.findings_table

    def show_listing(self, listing: PlaceList | None) -> None:
        """The place's rows; a row chosen before stays chosen if it is still listed."""
        chosen = [self._chosen_key(table) for table in self.tables()]
        self.items_model.set_rows(listing.items if listing else ())
        self.strangers_model.set_rows(listing.strangers if listing else ())
        self.findings_model.set_rows(listing.findings if listing else ())
        for table, key in zip(self.tables(), chosen, strict=True):
            model = table.model()
            for index in range(model.rowCount()):
                if key is not None and self._key(model.index(index, 0).data(ROW_ROLE)) == key:
                    table.selectRow(index)
                    break
        self._titles(listing)

    def _titles(self, listing: PlaceList | None) -> None:
        counts = (
            (len(listing.items), len(listing.strangers), len(listing.findings))
            if listing
            else (0, 0, 0)
        )
        titles = (
            QCoreApplication.translate("StocktakePage", "KIR: {count}"),
            QCoreApplication.translate("StocktakePage", "From elsewhere: {count}"),
            QCoreApplication.translate("StocktakePage", "Not recorded: {count}"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.setTabText(index, title.format(count=count))

    @staticmethod
    def _key(row: object) -> int | None:
        if isinstance(row, ItemCheck):
            return row.recorded.asset_id
        if isinstance(row, FindingView):
            return row.id
        return None

    def _chosen_key(self, table: QTableView) -> int | None:
        index = table.currentIndex()
        return self._key(index.data(ROW_ROLE)) if index.isValid() else None

    # --- the chosen row ---------------------------------------------------------------------

    def on_items(self) -> bool:
        """The KIR is shown (only its items can be ticked by hand)."""
        return self.currentWidget() is self.items_table

    def selected_item(self) -> ItemCheck | None:
        table = self.currentWidget()
        if table not in (self.items_table, self.strangers_table):
            return None
        assert isinstance(table, QTableView)
        index = table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, ItemCheck) else None

    def selected_finding(self) -> FindingView | None:
        if self.currentWidget() is not self.findings_table:
            return None
        index = self.findings_table.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row if isinstance(row, FindingView) else None
