"""Finishing a construction in progress (KIB F): the works become a building (KIB C)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.construction import FinishedConstruction, finish_construction
from inventaris.assets.editing import today_in
from inventaris.assets.types import AssetView
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_rupiah
from ui.context import AppContext
from ui.dates import refuse_bad_dates
from ui.icons import icon
from ui.widgets import ErrorLabel, date_edit, dialog_buttons, qdate_to_date, show_form_error


class FinishConstructionDialog(QDialog):
    def __init__(self, context: AppContext, works: AssetView, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.works = works
        self.result_: FinishedConstruction | None = None
        self.setWindowTitle(self.tr("Construction finished"))
        self.setMinimumWidth(480)
        explanation = QLabel(
            self.tr(
                "{works} ({name}, {value}) leaves the register on the day it is handed over, "
                "and a building (KIB C) of the same value enters it. Its address, floor area "
                "and land come from the works."
            ).format(works=works.code_register, name=works.name, value=format_rupiah(works.price))
        )
        explanation.setWordWrap(True)
        self.finished_on = date_edit(today_in(context.db))
        self.code = QLineEdit()
        self.code.setPlaceholderText("1.3.3.01.01.01.001")
        pick = QPushButton(icon("pick"), self.tr("Choose…"))
        pick.clicked.connect(self._pick_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(pick)
        self.name = QLineEdit(works.name)
        self.handover = QLineEdit()
        self.handover.setPlaceholderText(self.tr("e.g. BAST 027/PPK/2026"))
        self.note = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date finished *"), self.finished_on)
        form.addRow(self.tr("Kode barang (KIB C) *"), code_row)
        form.addRow(self.tr("Name of the building"), self.name)
        form.addRow(self.tr("Handover document (BAST) no. *"), self.handover)
        form.addRow(self.tr("Note"), self.note)
        self.fields: dict[str, QWidget] = {
            "finished_on": self.finished_on,
            "code": self.code,
            "name": self.name,
            "handover_number": self.handover,
        }
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("Finish"), self.apply))

    def _pick_code(self) -> None:
        from ui.assets.code_picker import CodePicker

        picker = CodePicker(self.context, self.code.text() or "1.3.3", self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.code.setText(picker.chosen.code)

    def apply(self) -> None:
        if refuse_bad_dates([self.finished_on], self.error):
            return
        try:
            self.result_ = finish_construction(
                self.context.db,
                self.context.actor,
                self.works.id,
                code=self.code.text(),
                name=self.name.text(),
                handover_number=self.handover.text(),
                expected_version=self.works.row_version,
                finished_on=qdate_to_date(self.finished_on.date()),
                note=self.note.text(),
            )
        except DomainError as error:
            show_form_error(error, self.error, self.fields)
            return
        self.accept()
