"""Step 2 of the import: what each column of a sheet holds, one tab per sheet."""

from __future__ import annotations

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.importing.headers import FIELD_LABELS, Field, SheetLayout, is_column_numbering
from inventaris.importing.reading import SheetData
from ui.i18n import engine_text

SAMPLE_ROWS = 3


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the letter Excel shows above the column."""
    return str(get_column_letter(index + 1))


def _cell_text(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def sample_values(sheet: SheetData, layout: SheetLayout, column: int) -> list[str]:
    """The column's first few values under the header (the row of column numbers skipped)."""
    samples: list[str] = []
    for index, row in enumerate(sheet.rows[layout.header_row :]):
        if index == 0 and is_column_numbering(row):
            continue
        if not any(_cell_text(value) for value in row):
            continue
        samples.append(_cell_text(row[column]) if column < len(row) else "")
        if len(samples) == SAMPLE_ROWS:
            break
    return samples


class FieldCombo(QComboBox):
    """What a column is imported as. The wheel scrolls the table, not the choice under it."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class MappingTab(QWidget):
    """One sheet's columns: letter, heading, what it is imported as, a few values."""

    changed = Signal()
    LETTER, HEADING, FIELD, SAMPLES = range(4)

    def __init__(
        self, sheet: SheetData, layout: SheetLayout, remembered: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.layout_ = layout
        if layout.column_of(Field.CODE) is None or layout.column_of(Field.NAME) is None:
            # A sheet chosen by hand whose headings were not recognised: its first row stands in.
            where = self.tr(
                "The headings were not all recognised: row {row} is taken as the header. Choose "
                "what each column holds."
            ).format(row=layout.header_row)
        else:
            where = self.tr("Header found on row {row}; the data starts under it.").format(
                row=layout.header_row
            )
        if remembered:
            where += " " + self.tr(
                "The columns are set as at the last import of a file laid out like this one."
            )
        self.note = QLabel(where)
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        self.table = QTableWidget(len(layout.headings), 4)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Heading in the file"),
                self.tr("Imported as"),
                self.tr("Values in the first rows"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        # Tab goes from one choice to the next (the cells themselves hold nothing to edit).
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.combos: list[FieldCombo] = []
        for column, heading in enumerate(layout.headings):
            self._put(column, self.LETTER, column_letter(column), centred=True)
            self._put(column, self.HEADING, heading)
            samples = sample_values(sheet, layout, column)
            self._put(column, self.SAMPLES, " · ".join(v for v in samples if v), "\n".join(samples))
            combo = FieldCombo()
            combo.addItem(self.tr("— not imported —"), None)
            for field in Field:
                combo.addItem(engine_text(FIELD_LABELS[field]), field.value)
            chosen = layout.fields[column] if column < len(layout.fields) else None
            combo.setCurrentIndex(combo.findData(chosen.value) if chosen else 0)
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            combo.currentIndexChanged.connect(self._combo_changed)
            combo.focused.connect(
                lambda row=column: self.table.scrollTo(self.table.model().index(row, self.FIELD))
            )
            self.table.setCellWidget(column, self.FIELD, combo)
            self.combos.append(combo)
        header = self.table.horizontalHeader()
        width = self.fontMetrics().averageCharWidth()
        header.resizeSection(self.LETTER, 8 * width + 8)
        header.resizeSection(self.HEADING, 30 * width)
        # Wide enough for the longest choice ("Harga baris (seluruh barangnya)" in Indonesian).
        header.resizeSection(self.FIELD, max(34 * width, self.combos[0].sizeHint().width()))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setDefaultSectionSize(self.combos[0].sizeHint().height() + 2)
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        box.addWidget(self.table, 1)

    def _put(self, row: int, column: int, text: str, tip: str = "", centred: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(tip or text)
        if centred:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.setItem(row, column, item)

    def fields(self) -> list[Field | None]:
        return [
            Field(combo.currentData()) if combo.currentData() else None for combo in self.combos
        ]

    def layout_now(self) -> SheetLayout:
        return self.layout_.with_fields(self.fields())

    def _combo_changed(self, _index: int) -> None:
        self.layout_ = self.layout_now()
        self.changed.emit()
