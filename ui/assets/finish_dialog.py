"""Finishing a construction in progress (KIB F): the works become a building (KIB C).

The finishing runs on the worker; if another PC changed the works meanwhile, the dialog takes
their new state, says so, and keeps what was typed for a second press of Finish."""

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
from inventaris.assets.editing import get_asset, today_in
from inventaris.assets.types import AssetView
from inventaris.core.errors import ConflictError
from inventaris.core.formatting import format_datetime, format_rupiah
from ui.busy import BusyIndicator, ErrorBanner, run_busy
from ui.conflicts import Stale
from ui.context import AppContext
from ui.dates import refuse_bad_dates
from ui.errors import is_retryable
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
        self.explanation = explanation = QLabel()
        explanation.setWordWrap(True)
        self._explain()
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
        self.banner = ErrorBanner()
        self.busy_line = QLabel()
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
        layout.addWidget(self.busy_line)
        layout.addWidget(self.error)
        layout.addWidget(self.banner)
        self.buttons = dialog_buttons(self, self.tr("Finish"), self.apply)
        layout.addWidget(self.buttons)
        self.busy = BusyIndicator(
            self,
            self.busy_line,
            [self.buttons, pick],
            self.tr("Saving…"),
        )

    def _explain(self) -> None:
        works = self.works
        self.explanation.setText(
            self.tr(
                "{works} ({name}, {value}) leaves the register on the day it is handed over, "
                "and a building (KIB C) of the same value enters it. Its address, floor area "
                "and land come from the works."
            ).format(works=works.code_register, name=works.name, value=format_rupiah(works.price))
        )

    def _pick_code(self) -> None:
        from ui.assets.code_picker import CodePicker

        picker = CodePicker(self.context, self.code.text() or "1.3.3", self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.code.setText(picker.chosen.code)

    def apply(self) -> None:
        if self.busy.active or refuse_bad_dates([self.finished_on], self.error):
            return
        db, actor, works = self.context.db, self.context.actor, self.works
        code, name, handover = self.code.text(), self.name.text(), self.handover.text()
        finished_on, note = qdate_to_date(self.finished_on.date()), self.note.text()

        def work() -> FinishedConstruction | Stale[AssetView]:  # on the worker
            try:
                return finish_construction(
                    db,
                    actor,
                    works.id,
                    code=code,
                    name=name,
                    handover_number=handover,
                    expected_version=works.row_version,
                    finished_on=finished_on,
                    note=note,
                )
            except ConflictError as error:
                return Stale(error, get_asset(db, actor, works.id))

        self.error.clear_message()
        self.banner.clear()
        run_busy(self.busy, work, self._answered, self._failed, owner=self)

    def _answered(self, result: FinishedConstruction | Stale[AssetView]) -> None:
        if isinstance(result, Stale):
            # Another PC changed the works: take them as they are now, keep what was typed.
            self.works = result.current
            self._explain()
            when = result.current.updated_at
            self.error.show_message(
                self.tr(
                    "Not finished: {who} changed these works on {when} WIB. The text above "
                    "shows them as they are now; check it and press Finish again."
                ).format(
                    who=result.error.params.get("who") or result.current.updated_by,
                    when=format_datetime(when) if when else "-",
                )
            )
            return
        self.result_ = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if is_retryable(error):
            self.banner.show_error(error, retry=self.apply)
        else:
            show_form_error(error, self.error, self.fields)

    def reject(self) -> None:
        if not self.busy.active:  # the answer is on its way
            super().reject()
