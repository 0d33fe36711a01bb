"""An item found that is not in the register (III.A.7), or what an unknown scanned code is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.assets.types import FIRST_YEAR, MAX_IDENTICAL, Condition
from inventaris.stocktake.answers import record_finding
from inventaris.stocktake.types import (
    FindingInput,
    FindingView,
)
from ui.context import AppContext
from ui.forms import FormDialog
from ui.i18n import engine_text
from ui.icons import icon
from ui.stocktake.common import condition_word
from ui.widgets import RupiahEdit


class FindingDialog(FormDialog):
    """An item found that is not in the register (or what an unknown scanned code is), with
    enough to register it later."""

    NO_YEAR = FIRST_YEAR - 1

    def __init__(
        self,
        context: AppContext,
        stocktake_id: int,
        place: int,
        place_name: str,
        finding: FindingView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            self.tr("Item not in the register")
            if finding is None
            else self.tr("Describe the item found")
        )
        super().__init__(title, self.tr("Save"), parent)
        self.setMinimumWidth(560)
        self.context, self.stocktake_id, self.finding = context, stocktake_id, finding
        self.place = finding.place if finding else place
        seen_in = engine_text(finding.place_name if finding else place_name)
        where = QLabel(self.tr("Found in {place}").format(place=seen_in))
        self.form.addRow(where)
        if finding is not None and finding.scanned:
            scanned = QLabel(self.tr("Scanned: {code}").format(code=finding.scanned))
            scanned.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            scanned.setWordWrap(True)
            self.form.addRow(scanned)
        today = today_in(context.db)
        self.name = QLineEdit(finding.name if finding else "")
        self.code = QLineEdit(finding.code if finding else "")
        self.code.setPlaceholderText("1.3.2.10.01.02.002")
        pick = QPushButton(icon("pick"), self.tr("Choose…"))
        pick.setObjectName("pickCode")
        pick.clicked.connect(self._pick_code)
        code_row = QWidget()
        row = QHBoxLayout(code_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.code, 1)
        row.addWidget(pick)
        self.brand_type = QLineEdit(finding.brand_type if finding else "")
        self.specification = QLineEdit(finding.specification if finding else "")
        self.quantity = QSpinBox()
        self.quantity.setRange(1, MAX_IDENTICAL)
        self.quantity.setValue(finding.quantity if finding else 1)
        self.year = QSpinBox()
        self.year.setRange(self.NO_YEAR, today.year)
        self.year.setSpecialValueText(self.tr("unknown"))
        year = finding.acquisition_year if finding else None
        self.year.setValue(year if year is not None else self.NO_YEAR)
        self.value = RupiahEdit()
        self.value.setPlaceholderText(self.tr("unknown"))
        if finding is not None and finding.estimated_value is not None:
            self.value.set_amount(finding.estimated_value)
        self.condition = QComboBox()
        for condition in Condition:
            self.condition.addItem(condition_word(condition.value), condition.value)
        self.condition.setCurrentIndex(
            max(0, self.condition.findData(finding.condition if finding else "B"))
        )
        self.improvement = QCheckBox(self.tr("An improvement of an item in the register"))
        self.improvement.setChecked(bool(finding and finding.improvement))
        self.improvement_of = QLineEdit(finding.improvement_of if finding else "")
        self.improvement_of.setPlaceholderText(self.tr("Code and register of that item, if known"))
        self.note = QPlainTextEdit(finding.note if finding else "")
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field(self.tr("Name *"), "name", self.name)
        self.add_field(self.tr("Kode barang"), "code", code_row)
        self._watch(self.code)
        self.add_field(self.tr("Brand / type"), "brand_type", self.brand_type)
        self.add_field(self.tr("Specification"), "specification", self.specification)
        self.add_field(self.tr("Quantity"), "quantity", self.quantity)
        self.add_field(self.tr("Year acquired"), "acquisition_year", self.year)
        self.add_field(self.tr("Estimated value (Rp)"), "estimated_value", self.value)
        self.add_field(self.tr("Condition"), "condition", self.condition)
        self.add_field(self.tr("Improvement"), "improvement", self.improvement)
        self.add_field(self.tr("Improvement of"), "improvement_of", self.improvement_of)
        self.add_field(self.tr("Note"), "note", self.note)
        self.fields["code"] = self.code  # an error about the code points at the line itself
        self.improvement.toggled.connect(self.improvement_of.setEnabled)
        self.improvement_of.setEnabled(self.improvement.isChecked())

    def _pick_code(self) -> None:
        from ui.assets.code_picker import CodePicker

        picker = CodePicker(self.context, self.code.text() or self.name.text(), self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.code.setText(picker.chosen.code)
            self.changed = True
            if not self.name.text().strip():
                self.name.setText(picker.chosen.name)

    def data(self) -> FindingInput:
        year = self.year.value()
        return FindingInput(
            name=self.name.text(),
            place=self.place,
            code=self.code.text(),
            brand_type=self.brand_type.text(),
            specification=self.specification.text(),
            quantity=self.quantity.value(),
            acquisition_year=None if year == self.NO_YEAR else year,
            estimated_value=self.value.amount() if self.value.text().strip() else None,
            condition=self.condition.currentData(),
            improvement=self.improvement.isChecked(),
            improvement_of=self.improvement_of.text(),
            note=self.note.toPlainText(),
        )

    def apply(self) -> None:
        data, context, finding = self.data(), self.context, self.finding
        self.run(
            lambda: record_finding(
                context.db,
                context.actor,
                self.stocktake_id,
                data,
                finding.id if finding else None,
                finding.row_version if finding else 0,
            )
        )
