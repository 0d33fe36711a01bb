"""Choosing the unit to work in, for an account with several (the Admin's too)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.units import UnitView
from ui.screen import available_area
from ui.widgets import dialog_buttons

# A filter box above the list once there are more units than fit at a glance.
FILTER_FROM = 8


def unit_caption(unit: UnitView) -> str:
    return f"{unit.name} — {unit.kode_lokasi}" if unit.kode_lokasi else unit.name


class UnitPickerDialog(QDialog):
    """The units as a list: Enter or a double-click takes the one chosen."""

    def __init__(
        self,
        units: list[UnitView],
        preselected: int | None,
        parent: QWidget | None = None,
        *,
        switching: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unitPicker")
        self.units = units
        self.setWindowTitle(self.tr("Switch unit") if switching else self.tr("Choose a unit"))
        intro = QLabel(
            self.tr("Everything the window shows and saves will be of the unit chosen.")
            if switching
            else self.tr(
                "Your account works in several units. Choose the one to work in now; "
                "Account › Switch unit… changes it later."
            )
        )
        intro.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setObjectName("unitFilter")
        self.filter.setPlaceholderText(self.tr("Search by name or kode lokasi"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.setVisible(len(units) >= FILTER_FROM)
        self.list = QListWidget()
        self.list.setObjectName("unitList")
        self.list.setAccessibleName(self.tr("Units"))
        for unit in units:
            item = QListWidgetItem(unit_caption(unit))
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        # Wide enough for the longest name (a Badan's runs to 60 letters), within the screen.
        longest = self.list.sizeHintForColumn(0)
        self.setMinimumWidth(max(480, min(longest + 60, available_area(self).width() * 4 // 5)))
        ids = [unit.id for unit in units]
        self.list.setCurrentRow(ids.index(preselected) if preselected in ids else 0)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.filter.returnPressed.connect(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(dialog_buttons(self, self.tr("Work in this unit"), self.choose))
        (self.filter if self.filter.isVisible() else self.list).setFocus()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_shown = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = row
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.list.setCurrentRow(first_shown)

    def chosen(self) -> UnitView | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        unit_id = item.data(Qt.ItemDataRole.UserRole)
        return next((unit for unit in self.units if unit.id == unit_id), None)

    def choose(self) -> None:
        if self.chosen() is not None:
            self.accept()
