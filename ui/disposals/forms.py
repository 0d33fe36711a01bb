"""The disposal cycle's small forms: a new proposal, the inspection's berita acara, the decree.
The save runs on the worker with the busy indicator; a lost connection keeps the form and
offers Try again in a band."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.disposals.decrees import record_decree
from inventaris.disposals.proposals import (
    REASON_BADLY_DAMAGED,
    create_proposal,
    default_title,
    record_inspection,
)
from inventaris.disposals.types import METHOD_LABELS, DisposalMethod, ProposalView
from ui.context import AppContext
from ui.forms import WorkerSaveDialog
from ui.i18n import engine_text
from ui.widgets import (
    date_edit,
    qdate_to_date,
)

# Offered in the reason box; any other text may be typed.
COMMON_REASONS = (
    REASON_BADLY_DAMAGED,
    "Hilang",
    "Tidak ditemukan saat inventarisasi",
    "Usang, tidak ekonomis diperbaiki",
)


class CycleForm(WorkerSaveDialog):
    """The common frame: a line on what is chosen, the fields, the error line, OK/Cancel."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.context = context
        self.setMinimumWidth(500)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.result_view: ProposalView | None = None
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(self.form)

    def finish_form(self, title: str, intro: str, accept_text: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
        for widget in (self.error, self.banner, self.busy_line, self.buttons):
            self.body.addWidget(widget)

    def change(self) -> tuple[Callable[[], ProposalView], str]:
        raise NotImplementedError

    def saved(self, result: ProposalView) -> None:
        self.result_view = result


class ProposeDialog(CycleForm):
    """A new usulan penghapusan of the chosen items, one reason for all."""

    def __init__(
        self,
        context: AppContext,
        asset_ids: Sequence[int],
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(context, parent)
        self.asset_ids = list(asset_ids)
        today = today_in(context.db)
        self.proposed_on = date_edit(today)
        self.title = QLineEdit()
        self.title.setPlaceholderText(default_title(today))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 030/45/BU/2026"))
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(COMMON_REASONS)
        self.reason.setCurrentText(reason or REASON_BADLY_DAMAGED)
        self.form.addRow(self.tr("Date *"), self.proposed_on)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Letter number"), self.number)
        self.form.addRow(self.tr("Reason *"), self.reason)
        self.fields.update(
            proposed_on=self.proposed_on, title=self.title, number=self.number, reason=self.reason
        )
        self.finish_form(
            self.tr("Propose for disposal"),
            self.tr(
                "{count} item(s) chosen. They stay in the register, marked as proposed, until "
                "the decree disposes of them."
            ).format(count=len(self.asset_ids)),
            self.tr("Propose"),
        )

    def change(self) -> tuple[Callable[[], ProposalView], str]:
        db, actor, ids = self.context.db, self.context.actor, list(self.asset_ids)
        reason, title, number = self.reason.currentText(), self.title.text(), self.number.text()
        day = qdate_to_date(self.proposed_on.date())
        return (
            lambda: create_proposal(
                db, actor, ids, reason=reason, title=title, number=number, proposed_on=day
            ),
            self.tr("Proposed for disposal: {count} item(s)").format(count=len(ids)),
        )


class InspectionDialog(CycleForm):
    """The inspection team's berita acara on a proposal (recorded again, it corrects it)."""

    def __init__(
        self, context: AppContext, proposal: ProposalView, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.proposal = proposal
        self.number = QLineEdit(proposal.inspection_number)
        self.number.setPlaceholderText(self.tr("e.g. BA/12/2026"))
        self.inspected_on = date_edit(proposal.inspection_date or today_in(context.db))
        self.note = QPlainTextEdit(proposal.inspection_note)
        self.note.setPlaceholderText(self.tr("What the team found, e.g. not economical to repair"))
        self.note.setMaximumHeight(90)
        self.form.addRow(self.tr("Berita acara number *"), self.number)
        self.form.addRow(self.tr("Date *"), self.inspected_on)
        self.form.addRow(self.tr("Findings"), self.note)
        self.fields.update(
            inspection_number=self.number, inspection_date=self.inspected_on, note=self.note
        )
        self.finish_form(
            self.tr("Record the inspection"),
            self.tr("The inspection of {title}: the berita acara the team signed.").format(
                title=proposal.title
            ),
            self.tr("Save"),
        )

    def change(self) -> tuple[Callable[[], ProposalView], str]:
        db, actor, proposal_id = self.context.db, self.context.actor, self.proposal.id
        number, note = self.number.text(), self.note.toPlainText()
        day = qdate_to_date(self.inspected_on.date())
        return (
            lambda: record_inspection(db, actor, proposal_id, number, day, note),
            self.tr("Inspection recorded"),
        )


class DecreeDialog(CycleForm):
    """The decree (SK penghapusan) for some or all waiting items: exactly those are disposed
    of, on the decree's date. Without an inspection recorded, it says so and still allows it."""

    def __init__(
        self,
        context: AppContext,
        proposal: ProposalView,
        asset_ids: Sequence[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.proposal = proposal
        self.asset_ids = list(asset_ids) if asset_ids is not None else None
        count = len(self.asset_ids) if self.asset_ids is not None else len(proposal.waiting)
        self.count = count
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. SK Bupati No. 188.45/77/2026"))
        self.decreed_on = date_edit(today_in(context.db))
        self.method = QComboBox()
        for method in DisposalMethod:
            self.method.addItem(engine_text(METHOD_LABELS[method]), method.value)
        self.form.addRow(self.tr("Decree number *"), self.number)
        self.form.addRow(self.tr("Decree date *"), self.decreed_on)
        self.form.addRow(self.tr("Method *"), self.method)
        self.fields.update(
            decree_number=self.number, decreed_on=self.decreed_on, method=self.method
        )
        self.warning = QLabel(
            self.tr(
                "No inspection is recorded on this proposal yet. The decree can still be "
                "recorded; record the berita acara when it comes."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #e65100")
        self.warning.setVisible(not proposal.inspected)
        self.body.addWidget(self.warning)
        self.finish_form(
            self.tr("Record the decree"),
            self.tr(
                "{count} item(s) of {title} leave the register on the decree's date; their rows "
                "and history are kept. This cannot be undone in the program."
            ).format(count=count, title=proposal.title),
            self.tr("Dispose"),
        )

    def change(self) -> tuple[Callable[[], ProposalView], str]:
        db, actor, proposal_id = self.context.db, self.context.actor, self.proposal.id
        number, method = self.number.text(), self.method.currentData()
        day = qdate_to_date(self.decreed_on.date())
        ids = list(self.asset_ids) if self.asset_ids is not None else None
        return (
            lambda: record_decree(db, actor, proposal_id, number, day, method, ids),
            self.tr("Disposed of by decree: {count} item(s)").format(count=self.count),
        )
