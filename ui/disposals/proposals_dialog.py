"""Usulan penghapusan: the proposals, the items of the one chosen, and the steps of the cycle
(BMD.md §13): print the letter, record the inspection, record the decree, withdraw an item.
A withdrawal runs on the worker with the busy indicator; a lost connection offers Try again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_date, group_thousands
from inventaris.core.permissions import Permission
from inventaris.disposals.proposals import REASON_BADLY_DAMAGED, withdraw_item
from inventaris.disposals.queries import badly_damaged_ids, get_proposal, list_proposals
from inventaris.disposals.types import (
    METHOD_LABELS,
    STATE_LABELS,
    ItemState,
    ProposalItemView,
    ProposalSummary,
    ProposalView,
)
from ui.attachments import AttachmentsPanel
from ui.busy import BusyIndicator, ErrorBanner, run_busy
from ui.context import AppContext
from ui.errors import is_retryable, message_for, show_error
from ui.files import ask_save_path
from ui.i18n import engine_text
from ui.icons import icon
from ui.table_model import Column, RowsModel
from ui.widgets import tell_main_window
from ui.worker import Job

FORBIDDEN_IN_FILE_NAMES = str.maketrans({c: "-" for c in '/\\:*?"<>|'})


def _table(name: str, model: RowsModel) -> QTableView:  # type: ignore[type-arg]
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ProposalsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.can(Permission.EDIT_ASSETS)
        self.current: ProposalView | None = None
        self.last_dialog: QDialog | None = None
        self.letter_path: Path | None = None  # the last letter saved
        self.setWindowTitle(self.tr("Disposal proposals"))
        self.resize(1100, 600)
        self.proposals: RowsModel[ProposalSummary] = RowsModel(
            [
                Column(self.tr("Date"), lambda p: format_date(p.proposed_on)),
                Column(self.tr("Title"), lambda p: p.title),
                Column(self.tr("Letter number"), lambda p: p.number or "—"),
                Column(
                    self.tr("Inspected"),
                    lambda p: format_date(p.inspected_on) if p.inspected_on else "—",
                ),
                Column(self.tr("Waiting"), lambda p: str(p.proposed), right=True),
                Column(self.tr("Disposed"), lambda p: str(p.disposed), right=True),
                Column(self.tr("Withdrawn"), lambda p: str(p.withdrawn), right=True),
                Column(self.tr("Value (Rp)"), lambda p: group_thousands(p.total_value), right=True),
            ]
        )
        self.items: RowsModel[ProposalItemView] = RowsModel(
            [
                Column(self.tr("Code and register"), lambda i: i.code_register),
                Column(self.tr("Name"), lambda i: i.name),
                Column(self.tr("Merk/type"), lambda i: i.brand_type),
                Column(self.tr("Year"), lambda i: str(i.acquisition_year), right=True),
                Column(self.tr("Value (Rp)"), lambda i: group_thousands(i.price), right=True),
                Column(self.tr("Reason"), lambda i: i.reason),
                Column(self.tr("State"), self._state_text, tooltip=self._state_text),
            ]
        )
        self.proposal_table = _table("proposalTable", self.proposals)
        self.proposal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for column, width in enumerate((90, 300, 150, 90, 90, 90, 90)):
            self.proposal_table.setColumnWidth(column, width)
        self.item_table = _table("proposalItemTable", self.items)
        self.item_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for column, width in enumerate((200, 220, 150, 50, 100, 180)):
            self.item_table.setColumnWidth(column, width)
        self.detail = QLabel()
        self.detail.setWordWrap(True)

        def button(name: str, icon_name: str, text: str, tip: str, slot: object) -> QPushButton:
            pressed = QPushButton(icon(icon_name), text)
            pressed.setObjectName(name)
            pressed.setToolTip(tip)
            pressed.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
            return pressed

        self.from_rb_button = button(
            "proposeBadlyDamaged",
            "dispose",
            self.tr("From all RB items…"),
            self.tr("A new proposal of every Rusak Berat item not proposed yet"),
            self.propose_badly_damaged,
        )
        self.print_button = button(
            "printProposal",
            "pdf",
            self.tr("Letter (PDF)…"),
            self.tr("Save the proposal letter and its list as a PDF"),
            self.save_letter,
        )
        self.inspection_button = button(
            "recordInspection",
            "stocktake",
            self.tr("Inspection…"),
            self.tr("Record the inspection team's berita acara"),
            self.record_inspection,
        )
        self.decree_button = button(
            "recordDecree",
            "dispose",
            self.tr("Decree…"),
            self.tr(
                "Record the decree (SK) for the chosen items, or for every item still "
                "proposed when none is chosen: they are disposed of on its date"
            ),
            self.record_decree,
        )
        self.withdraw_button = button(
            "withdrawItem",
            "untick",
            self.tr("Withdraw"),
            self.tr("Take the chosen items off the proposal (repaired, found again)"),
            self.withdraw_selected,
        )
        actions = QHBoxLayout()
        for pressed in (
            self.from_rb_button,
            self.print_button,
            self.inspection_button,
            self.decree_button,
            self.withdraw_button,
        ):
            actions.addWidget(pressed)
        actions.addStretch(1)
        for pressed in (
            self.from_rb_button,
            self.inspection_button,
            self.decree_button,
            self.withdraw_button,
        ):
            pressed.setVisible(self.editable)
        # The proposal's papers (the signed letter, the inspection's berita acara, the SK)
        # are attached to it, beside its items.
        self.attachments = AttachmentsPanel(context, "disposal_proposal")
        self.lower_tabs = QTabWidget()
        self.lower_tabs.addTab(self.item_table, self.tr("Items"))
        self.lower_tabs.addTab(self.attachments, self.tr("Attachments"))
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.detail)
        lower_layout.addWidget(self.lower_tabs, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.proposal_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.rejected.connect(self.reject)
        # A withdrawal that could not reach the database: said in a band with Try again.
        self.banner = ErrorBanner()
        self.busy_line = QLabel()
        self.busy = BusyIndicator(
            self,
            self.busy_line,
            [
                self.from_rb_button,
                self.print_button,
                self.inspection_button,
                self.decree_button,
                self.withdraw_button,
            ],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        layout.addWidget(self.busy_line)
        layout.addWidget(close)
        self.proposal_table.selectionModel().selectionChanged.connect(self._show_current)
        self.item_table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()

    # --- showing ------------------------------------------------------------------------------

    def _state_text(self, item: ProposalItemView) -> str:
        text = engine_text(STATE_LABELS[item.state])
        if item.state is ItemState.DISPOSED and item.decree_number:
            method = engine_text(METHOD_LABELS[item.method]) if item.method else ""
            when = format_date(item.decreed_on) if item.decreed_on else ""
            text += f": {item.decree_number}, {when}, {method}"
        return text

    def reload(self, keep: int | None = None) -> None:
        try:
            rows = list_proposals(self.context.db, self.context.actor)
        except DomainError as error:
            show_error(self, error)
            rows = []
        self.proposals.set_rows(rows)
        if rows:
            ids = [row.id for row in rows]
            self.proposal_table.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_current()

    def _show_current(self) -> None:
        chosen = self.proposal_table.selectionModel().selectedRows()
        self.current = None
        if chosen:
            summary = self.proposals.row_at(chosen[0].row())
            try:
                self.current = get_proposal(self.context.db, self.context.actor, summary.id)
            except DomainError as error:
                show_error(self, error)
        view = self.current
        self.items.set_rows(view.items if view else [])
        self.attachments.show_owner(view.id if view else None)
        if view is None:
            self.detail.setText(
                self.tr("No proposal yet: choose items in the register and Propose for disposal.")
            )
        else:
            inspected = (
                self.tr("inspected: berita acara {number} of {date}").format(
                    number=view.inspection_number, date=format_date(view.inspection_date)
                )
                if view.inspection_date
                else self.tr("not inspected yet")
            )
            self.detail.setText(
                self.tr("{title} — {count} item(s) waiting for the decree; {inspected}.").format(
                    title=view.title, count=len(view.waiting), inspected=inspected
                )
            )
        self._enable()

    def chosen_items(self) -> list[ProposalItemView]:
        rows = sorted({index.row() for index in self.item_table.selectionModel().selectedRows()})
        return [self.items.row_at(row) for row in rows]

    def _enable(self) -> None:
        if self.busy.active:  # the buttons come back when the withdrawal is done
            return
        view = self.current
        waiting = bool(view and view.waiting)
        chosen = self.chosen_items()
        chosen_waiting = all(item.state is ItemState.PROPOSED for item in chosen)
        self.print_button.setEnabled(view is not None)
        self.inspection_button.setEnabled(self.editable and view is not None)
        self.decree_button.setEnabled(self.editable and waiting and chosen_waiting)
        self.withdraw_button.setEnabled(self.editable and bool(chosen) and chosen_waiting)

    # --- the steps ----------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        """A step's form; when it saves, the lists show what it did."""
        self.last_dialog = dialog
        keep = self.current.id if self.current else None

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                made = getattr(dialog, "result_view", None)
                self.reload(made.id if made is not None else keep)

        dialog.finished.connect(done)
        dialog.open()

    def propose_badly_damaged(self) -> None:
        from ui.disposals.forms import ProposeDialog

        try:
            ids = badly_damaged_ids(self.context.db, self.context.actor)
        except DomainError as error:
            show_error(self, error)
            return
        if not ids:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("No item in condition Rusak Berat is waiting to be proposed."),
            )
            return
        self._open(ProposeDialog(self.context, ids, self, reason=REASON_BADLY_DAMAGED))

    def record_inspection(self) -> None:
        from ui.disposals.forms import InspectionDialog

        if self.current is not None:
            self._open(InspectionDialog(self.context, self.current, self))

    def record_decree(self) -> None:
        from ui.disposals.forms import DecreeDialog

        if self.current is None:
            return
        chosen = [item.asset_id for item in self.chosen_items()]
        self._open(DecreeDialog(self.context, self.current, chosen or None, self))

    def withdraw_selected(self) -> int:
        """Withdraw the chosen items after asking; returns how many were withdrawn."""
        view, chosen = self.current, self.chosen_items()
        if view is None or not chosen:
            return 0
        asked = QMessageBox.question(
            self,
            self.tr("Withdraw from the proposal"),
            self.tr("Take {count} item(s) off {title}? They may be proposed again later.").format(
                count=len(chosen), title=view.title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if asked != QMessageBox.StandardButton.Yes:
            return 0
        return self.withdraw(chosen)

    def withdraw(self, chosen: list[ProposalItemView]) -> int:
        """Withdraw ``chosen`` on the worker, one by one; returns how many are asked for."""
        assert self.current is not None
        if self.busy.active:
            return 0
        self._withdraw(self.current.id, [item.asset_id for item in chosen])
        return len(chosen)

    def _withdraw(self, proposal_id: int, asset_ids: list[int]) -> None:
        """Each its own saved, audited step; stops at the first refused, saying why. The
        register refreshes from the database's own news of the writes."""
        db, actor = self.context.db, self.context.actor
        self.banner.clear()

        def work() -> tuple[int, DomainError | None]:
            done = 0
            for asset_id in asset_ids:
                try:
                    withdraw_item(db, actor, proposal_id, asset_id)
                except DomainError as error:
                    return done, error
                done += 1
            return done, None

        def finished(outcome: tuple[int, DomainError | None]) -> None:
            done, error = outcome
            if error is not None and is_retryable(error):
                # The rest, again, when the server is back; the lists wait for it too.
                rest = asset_ids[done:]
                self.banner.show_error(error, lambda: self._withdraw(proposal_id, rest))
                if done:  # the engine's sentence says nothing was saved: of the rest
                    part = self.tr(
                        "{done} of {count} item(s) withdrawn before the connection was lost. "
                        "The rest:"
                    ).format(done=done, count=len(asset_ids))
                    self.banner.text.setText(f"⚠ {part} {message_for(error)}")
                return
            if error is not None:
                show_error(self, error)
            if done:
                self.reload(proposal_id)

        run_busy(self.busy, work, finished, lambda e: show_error(self, e), self)

    def save_letter(self, path: str | None = None) -> Job | None:
        """The proposal letter with its list, as a PDF, laid out and written on the worker (a
        long list takes a while); ``letter_path`` is the last one saved. None if not started."""
        from inventaris.office import get_office_settings
        from ui.printing import proposal_document, write_pdf

        view = self.current
        if view is None or self.busy.active:
            return None
        if path is None:
            suggested = f"{view.title}.pdf".translate(FORBIDDEN_IN_FILE_NAMES)
            path, _ = ask_save_path(
                self, self.tr("Save the proposal letter"), suggested, "PDF (*.pdf)"
            )
        if not path:
            return None
        target, db, actor = Path(path), self.context.db, self.context.actor

        def write() -> Path:
            office = get_office_settings(db, actor, view.unit_id)
            write_pdf(proposal_document(view, office), target)
            return target

        def saved(written: Path) -> None:
            self.letter_path = written
            tell_main_window(self, self.tr("Saved: {path}").format(path=written))

        return run_busy(self.busy, write, saved, lambda error: show_error(self, error), self)
