"""An office's own label template: page, margins, rows and columns, label size and gaps."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import DomainError
from inventaris.labels import Template, save_template
from ui.context import AppContext
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


def _millimetres(value: float, maximum: float = 500.0) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0.0, maximum)
    box.setDecimals(2)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    box.setValue(value)
    return box


class TemplateDialog(QDialog):
    def __init__(
        self, context: AppContext, based_on: Template, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: Template | None = None
        self.setWindowTitle(self.tr("Own label template"))
        own = not based_on.built_in
        self.name = QLineEdit(based_on.name if own else "")
        self.name.setPlaceholderText(self.tr("e.g. tom-jerry-103"))
        self.title = QLineEdit(based_on.title if own else "")
        self.page_width = _millimetres(based_on.page_width)
        self.page_height = _millimetres(based_on.page_height)
        self.margin_left = _millimetres(based_on.margin_left)
        self.margin_top = _millimetres(based_on.margin_top)
        self.columns = QSpinBox()
        self.columns.setRange(1, 20)
        self.columns.setValue(based_on.columns)
        self.rows = QSpinBox()
        self.rows.setRange(1, 40)
        self.rows.setValue(based_on.rows)
        self.label_width = _millimetres(based_on.label_width)
        self.label_height = _millimetres(based_on.label_height)
        self.gap_x = _millimetres(based_on.gap_x, 50)
        self.gap_y = _millimetres(based_on.gap_y, 50)
        form = QFormLayout()
        form.addRow(self.tr("Short name *"), self.name)
        form.addRow(self.tr("Description"), self.title)
        form.addRow(self.tr("Page width"), self.page_width)
        form.addRow(self.tr("Page height"), self.page_height)
        form.addRow(self.tr("Left margin"), self.margin_left)
        form.addRow(self.tr("Top margin"), self.margin_top)
        form.addRow(self.tr("Columns"), self.columns)
        form.addRow(self.tr("Rows"), self.rows)
        form.addRow(self.tr("Label width"), self.label_width)
        form.addRow(self.tr("Label height"), self.label_height)
        form.addRow(self.tr("Gap between columns"), self.gap_x)
        form.addRow(self.tr("Gap between rows"), self.gap_y)
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("Save"), self.save))

    def template(self) -> Template:
        return Template(
            self.name.text(),
            self.title.text() or self.name.text(),
            self.page_width.value(),
            self.page_height.value(),
            self.margin_left.value(),
            self.margin_top.value(),
            self.columns.value(),
            self.rows.value(),
            self.label_width.value(),
            self.label_height.value(),
            self.gap_x.value(),
            self.gap_y.value(),
            built_in=False,
        )

    def save(self) -> None:
        try:
            self.saved = save_template(self.context.db, self.context.actor, self.template())
        except DomainError as error:
            show_form_error(error, self.error, {"name": self.name, "template": self.page_width})
            return
        self.accept()
