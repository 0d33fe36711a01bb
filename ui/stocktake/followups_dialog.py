"""The follow-ups a stock-take's answers call for, applied one by one on the worker with the
busy indicator; a lost connection offers Try again in a band."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_date
from inventaris.core.permissions import Actor, Permission
from inventaris.stocktake.followups import FollowUpView, apply_followup, list_followups
from inventaris.stocktake.types import (
    FOLLOW_UP_LABELS,
    FollowUpKind,
    StocktakeView,
)
from ui.busy import BusyIndicator, ErrorBanner, run_busy
from ui.context import AppContext
from ui.errors import is_retryable, message_for, show_error
from ui.i18n import engine_text
from ui.icons import icon
from ui.table_model import Column, RowsModel


class FollowUpsDialog(QDialog):
    """What the answers call for, each applied by a person as an ordinary dated event; the
    ones done say when and by whom. A model, not a widget per row: a whole register can be
    "not found" in a stock-take nobody counted."""

    def __init__(
        self, context: AppContext, stocktake: StocktakeView, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context, self.stocktake = context, stocktake
        self.editable = context.can(Permission.EDIT_ASSETS)
        self.setWindowTitle(self.tr("Follow-ups of {name}").format(name=stocktake.name))
        self.resize(1000, 520)
        self.all_followups: list[FollowUpView] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("followUpKind")
        self.kind.addItem(self.tr("Every follow-up"), "")
        for kind, label in FOLLOW_UP_LABELS.items():
            self.kind.addItem(engine_text(label), kind.value)
        self.pending_only = QCheckBox(self.tr("Only those not done yet"))
        self.pending_only.setChecked(True)
        self.model: RowsModel[FollowUpView] = RowsModel(
            [
                Column(self.tr("List"), lambda f: f.list_number),
                Column(self.tr("Follow-up"), lambda f: engine_text(FOLLOW_UP_LABELS[f.kind])),
                Column(self.tr("Done"), self._done_text),
                Column(self.tr("Code and register"), lambda f: f.code_register),
                Column(self.tr("Name"), lambda f: f.name),
                Column(self.tr("Detail"), lambda f: f.detail, tooltip=lambda f: f.detail),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("followUpTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 230, 170, 190, 180)):
            self.table.setColumnWidth(column, width)
        self.apply_button = QPushButton(icon("followup"), self.tr("Apply to the chosen"))
        self.apply_button.setObjectName("applyFollowUps")
        self.apply_button.setToolTip(
            self.tr("Records each chosen follow-up in the register as a dated event.")
        )
        self.apply_button.setVisible(self.editable)
        self.apply_button.clicked.connect(self.apply_selected)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.kind.currentIndexChanged.connect(self._show)
        self.pending_only.toggled.connect(self._show)
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.pending_only)
        filters.addStretch(1)
        filters.addWidget(self.apply_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        # Follow-ups that could not reach the database: said in a band with Try again.
        self.banner = ErrorBanner()
        self.busy_line = QLabel()
        self.busy = BusyIndicator(
            self,
            self.busy_line,
            [self.apply_button],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy_line)
        layout.addWidget(buttons)
        self.applied = 0  # how many were applied while the dialog was open
        self.reload()

    @property
    def followups(self) -> list[FollowUpView]:
        """The rows shown, in order."""
        return self.model.rows

    def _done_text(self, followup: FollowUpView) -> str:
        if followup.done_on is None:
            return "—"
        return f"✓ {format_date(followup.done_on)} ({followup.done_by})"

    def reload(self) -> None:
        try:
            self.all_followups = list_followups(
                self.context.db, self.context.actor, self.stocktake.id
            )
        except DomainError as error:
            show_error(self, error)
            self.all_followups = []
        done = sum(1 for followup in self.all_followups if followup.done)
        count = len(self.all_followups)
        if count:
            text = self.tr("{done} of {count} follow-up(s) done.", "", count)
            text = text.format(done=done, count=count)
            if self.editable and count > done:
                text += " " + self.tr("Apply records each one in the register as a dated event.")
        else:
            text = self.tr("The answers call for no follow-up.")
        self.summary.setText(text)
        self._show()

    def _show(self) -> None:
        kind = self.kind.currentData()
        rows = [
            followup
            for followup in self.all_followups
            if (not kind or followup.kind.value == kind)
            and not (self.pending_only.isChecked() and followup.done)
        ]
        self.model.set_rows(rows)
        self._enable()

    def chosen(self) -> list[FollowUpView]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.rows[row] for row in rows if not self.model.rows[row].done]

    def _enable(self) -> None:
        if self.busy.active:  # the button comes back when the follow-ups are done
            return
        self.apply_button.setEnabled(self.editable and bool(self.chosen()))

    def apply_selected(self) -> int:
        """Apply the chosen follow-ups one by one on the worker (each its own saved, audited
        event); stops at the first refused, saying why. Returns how many are asked for;
        ``applied`` counts them once done."""
        if self.busy.active:
            return 0
        chosen = self.chosen()
        if chosen:
            self._apply(chosen)
        return len(chosen)

    def _apply(self, chosen: list[FollowUpView]) -> None:
        """The register and the page refresh from the database's own news of the writes."""
        db, actor, stocktake_id = self.context.db, self.context.actor, self.stocktake.id
        self.banner.clear()

        def work() -> tuple[int, DomainError | None]:
            return _apply_each(db, actor, stocktake_id, chosen)

        def finished(outcome: tuple[int, DomainError | None]) -> None:
            applied, error = outcome
            self.applied += applied
            if error is not None and is_retryable(error):
                # The rest, again, when the server is back; the list waits for it too.
                rest = chosen[applied:]
                self.banner.show_error(error, lambda: self._apply(rest))
                if applied:  # the engine's sentence says nothing was saved: of the rest
                    part = self.tr(
                        "{done} of {count} follow-up(s) applied before the connection was "
                        "lost. The rest:"
                    ).format(done=applied, count=len(chosen))
                    self.banner.text.setText(f"⚠ {part} {message_for(error)}")
                return
            if error is not None:
                show_error(self, error)
            if applied:
                self.reload()

        run_busy(self.busy, work, finished, lambda e: show_error(self, e), self)


def _apply_each(
    db: Database, actor: Actor, stocktake_id: int, chosen: list[FollowUpView]
) -> tuple[int, DomainError | None]:
    """On the worker: how many were applied, and the refusal that stopped it (if any)."""
    applied = 0
    for followup in chosen:
        try:
            apply_followup(
                db,
                actor,
                stocktake_id,
                followup.kind,
                asset_id=followup.asset_id if followup.kind is not FollowUpKind.REGISTER else None,
                finding_id=followup.finding_id,
            )
        except DomainError as error:
            return applied, error
        applied += 1
    return applied, None
