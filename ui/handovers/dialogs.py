"""The handover dialogs: hand the chosen items to an employee and print the BAST, take them
back (pengembalian), lend them to another body (pinjam pakai) or end that loan, and the list
of what one employee holds ("Barang yang dipegang"). A paper's save runs on the worker with the
busy indicator; a lost connection keeps the form and offers Try again in a band."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import get_asset, today_in
from inventaris.assets.types import CONDITION_LABELS, AssetStatus, AssetView, Condition
from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_date, format_nip
from inventaris.core.permissions import Actor
from inventaris.handovers.loans import end_loan, lend
from inventaris.handovers.queries import held_items, known_holders
from inventaris.handovers.service import hand_back, hand_over, next_handover_number
from inventaris.handovers.types import HandoverInput, HandoverView, HeldItem, KnownHolder, LoanInput
from inventaris.office import get_office_settings
from ui.attachments import AttachmentsPanel
from ui.busy import BusyIndicator, ErrorBanner, run_busy
from ui.context import AppContext
from ui.dates import editable_date_fields, refuse_bad_dates
from ui.errors import is_retryable, show_error
from ui.files import ask_save_path
from ui.i18n import engine_text
from ui.screen import grow_to_fit
from ui.widgets import (
    ErrorLabel,
    date_edit,
    dialog_buttons,
    qdate_to_date,
    show_form_error,
    tell_main_window,
)

FORBIDDEN_IN_FILE_NAMES = str.maketrans({char: "-" for char in '<>:"/\\|?*'})
ITEM_ROWS_SHOWN = 6  # the items list's height: more scroll


def _condition(code: str) -> str:
    try:
        return engine_text(CONDITION_LABELS[Condition(code)])
    except ValueError:
        return code


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in (1, 2):  # the name and the merk share what the code leaves
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(row, column, item)
    shown = min(max(len(rows), 1), ITEM_ROWS_SHOWN)
    height = table.horizontalHeader().sizeHint().height() + 4
    height += shown * table.verticalHeader().defaultSectionSize()
    table.setMinimumHeight(height)
    table.setMaximumHeight(height + table.verticalHeader().defaultSectionSize())


class PaperDialog(QDialog):
    """The frame of each paper: the chosen items, a form, the error line, the buttons."""

    def __init__(
        self,
        context: AppContext,
        asset_ids: Sequence[int],
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.assets: list[AssetView] = [
            get_asset(context.db, context.actor, asset_id) for asset_id in asset_ids
        ]
        self.items = _table(
            [self.tr("Code + register"), self.tr("Name"), self.tr("Merk/Type"),
             self.tr("Condition"), self.tr("Holder / status")]
        )  # fmt: skip
        _fill(self.items, [self._row(asset) for asset in self.assets])
        self.form = QFormLayout()
        self.occurred_on = date_edit(today_in(context.db))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("from the numbering pattern in the settings"))
        self.note = QLineEdit()
        self.error = ErrorLabel()
        self.fields: dict[str, QWidget] = {
            "occurred_on": self.occurred_on,
            "number": self.number,
            "note": self.note,
        }
        self.body = QVBoxLayout(self)
        self.body.addWidget(
            QLabel(self.tr("{count} item(s) chosen:").format(count=len(self.assets)))
        )
        self.body.addWidget(self.items)
        self.body.addLayout(self.form)
        self._suggested = ""
        self.occurred_on.dateChanged.connect(lambda _day: self._suggest_number())
        # A lost connection or a busy database: said in a band with Try again, the form kept.
        self.banner = ErrorBanner()
        self.busy_line = QLabel()

    def _row(self, asset: AssetView) -> list[str]:
        lent = asset.status == AssetStatus.LENT
        state = asset.holder_name or (self.tr("lent") if lent else "—")
        return [
            asset.code_register,
            asset.name,
            asset.brand_type,
            _condition(asset.condition),
            state,
        ]

    def _suggest_number(self) -> None:
        """The pattern's next number for the date's year, until the person types another."""
        unit_id = self.assets[0].unit_id if self.assets else None
        if unit_id is None or self.number.text() not in ("", self._suggested):
            return
        try:
            day = qdate_to_date(self.occurred_on.date())
            suggestion = next_handover_number(self.context.db, self.context.actor, unit_id, day)
        except (DomainError, ValueError):
            return
        self._suggested = suggestion
        self.number.setText(suggestion)

    def finish(self, accept_text: str, date_label: str = "") -> None:
        self.form.addRow(date_label or self.tr("Date *"), self.occurred_on)
        self.form.addRow(self.tr("BAST number"), self.number)
        self.form.addRow(self.tr("Note"), self.note)
        self.buttons = dialog_buttons(self, accept_text, self.apply)
        self.busy = BusyIndicator(
            self,
            self.busy_line,
            [self.buttons],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        for widget in (self.error, self.banner, self.busy_line, self.buttons):
            self.body.addWidget(widget)
        self._suggest_number()

    def day(self) -> date:
        return qdate_to_date(self.occurred_on.date())

    @property
    def saving(self) -> bool:
        return self.busy.active

    def refused(self) -> bool:
        """Before reading the form: a save is under way, or a date is not one (said)."""
        return self.saving or refuse_bad_dates(editable_date_fields(self), self.error)

    def save(self, change: Callable[[], HandoverView], *, print_to: Path | None = None) -> None:
        """Save on the worker (``change`` reads no widget), then lay out and write the BAST there
        too: a long list of items does not freeze the window. The views refresh from the
        database's own news."""
        self.error.clear_message()
        self.banner.clear()
        db, actor = self.context.db, self.context.actor

        def work() -> tuple[HandoverView, BaseException | None]:
            view = change()
            if print_to is None:
                return view, None
            try:
                write_bast(db, actor, view, print_to)
            except Exception as error:  # saved all the same: the paper can be printed again
                return view, error
            return view, None

        def saved(outcome: tuple[HandoverView, BaseException | None]) -> None:
            view, paper_failed = outcome
            if paper_failed is not None:  # said, not retried: the save must not run twice
                show_error(self, paper_failed)
            tell_main_window(
                self, self.tr("Saved with BAST number {number}.").format(number=view.number)
            )
            self.accept()

        def failed(error: BaseException) -> None:
            if is_retryable(error):  # nothing is wrong with the entry: the same again
                self.banner.show_error(error, lambda: self.save(change, print_to=print_to))
                grow_to_fit(self)
            elif isinstance(error, DomainError):
                show_form_error(error, self.error, self.fields)
            else:
                show_error(self, error)  # unexpected: logged, and said in a sentence

        run_busy(self.busy, work, saved, failed, self)

    def reject(self) -> None:
        if not self.saving:  # the save goes on either way: its answer is waited for
            super().reject()

    def ask_pdf(self) -> Path | None:
        number = (self.number.text().strip() or "BAST").translate(FORBIDDEN_IN_FILE_NAMES)
        path, _ = ask_save_path(
            self, self.tr("Save the BAST as PDF"), f"BAST {number}.pdf", self.tr("PDF (*.pdf)")
        )
        return Path(path) if path else None

    def apply(self) -> None:
        raise NotImplementedError


def write_bast(db: Database, actor: Actor, view: HandoverView, path: Path) -> int:
    """The BAST of a saved handover as a PDF, on the worker: the office's settings are read,
    and the QTextDocument made and used, in the thread that writes; the logo travels as PNG
    bytes (a QImage there, never a QPixmap)."""
    from ui.printing import handover_document, write_pdf

    office = get_office_settings(db, actor, view.unit_id)
    return write_pdf(handover_document(view, office), path)


class HandoverDialog(PaperDialog):
    """Serah terima pemakaian: the items go to an employee; saves and prints the BAST."""

    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, asset_ids, self.tr("Handover to an employee (BAST)"), parent)
        self.holder_name = QLineEdit()
        self.holder_nip = QLineEdit()
        self.holder_nip.setPlaceholderText("19800101 200501 1 001")
        self.holder_position = QLineEdit()
        self.people: dict[str, KnownHolder] = {}
        for person in known_holders(context.db, context.actor):
            self.people[f"{person.name} — {format_nip(person.nip)}"] = person
        completer = QCompleter(QStringListModel(list(self.people)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._chosen_person)
        self.holder_name.setCompleter(completer)
        self.held_button = QPushButton(self.tr("Items held by this NIP…"))
        self.held_button.clicked.connect(lambda _checked=False: self.show_held())
        nip_row = QHBoxLayout()
        nip_row.addWidget(self.holder_nip, 1)
        nip_row.addWidget(self.held_button)
        self.form.addRow(self.tr("Employee's name *"), self.holder_name)
        self.form.addRow(self.tr("NIP *"), nip_row)
        self.form.addRow(self.tr("Position (jabatan)"), self.holder_position)
        self.fields.update(
            holder_name=self.holder_name,
            holder_nip=self.holder_nip,
            holder_position=self.holder_position,
        )
        self.finish(self.tr("Save and print BAST…"))

    def _chosen_person(self, text: str) -> None:
        person = self.people.get(text)
        if person is None:
            return
        self.holder_name.setText(person.name)
        self.holder_nip.setText(format_nip(person.nip))
        if person.position:
            self.holder_position.setText(person.position)

    def show_held(self) -> None:
        HeldItemsDialog(self.context, self.holder_nip.text(), self).open()

    def apply(self, path: Path | None = None) -> None:
        if self.refused():
            return
        target = path or self.ask_pdf()
        if target is None:
            return
        data = HandoverInput(
            holder_name=self.holder_name.text(),
            holder_nip=self.holder_nip.text(),
            holder_position=self.holder_position.text(),
            occurred_on=self.day(),
            note=self.note.text(),
            number=self.number.text(),
        )
        ids, db, actor = [asset.id for asset in self.assets], self.context.db, self.context.actor
        self.save(lambda: hand_over(db, actor, ids, data), print_to=target)


class ReturnDialog(PaperDialog):
    """Pengembalian: the holder gives the items back in a condition; saves and prints the BAST."""

    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, asset_ids, self.tr("Return from the holder (BAST)"), parent)
        self.condition = QComboBox()
        for condition in Condition:
            self.condition.addItem(engine_text(CONDITION_LABELS[condition]), condition.value)
        if self.assets:
            self.condition.setCurrentIndex(self.condition.findData(self.assets[0].condition))
        self.form.addRow(self.tr("Condition on return *"), self.condition)
        self.fields["condition"] = self.condition
        self.finish(self.tr("Save and print BAST…"))

    def apply(self, path: Path | None = None) -> None:
        if self.refused():
            return
        target = path or self.ask_pdf()
        if target is None:
            return
        ids, db, actor = [asset.id for asset in self.assets], self.context.db, self.context.actor
        condition = str(self.condition.currentData())
        day, note, number = self.day(), self.note.text(), self.number.text()
        self.save(
            lambda: hand_back(db, actor, ids, condition, occurred_on=day, note=note, number=number),
            print_to=target,
        )


class LoanDialog(PaperDialog):
    """Pinjam pakai: the items are lent to another body until the end date (≤ 5 years)."""

    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, asset_ids, self.tr("Loan to another body (pinjam pakai)"), parent)
        self.borrower = QLineEdit()
        self.agreement = QLineEdit()
        today = today_in(context.db)
        self.ends_on = date_edit(today.replace(year=today.year + 1) - timedelta(days=1))
        self.form.addRow(self.tr("Borrower *"), self.borrower)
        self.form.addRow(self.tr("Agreement number *"), self.agreement)
        self.fields.update(borrower=self.borrower, agreement_number=self.agreement)
        self.fields["ends_on"] = self.ends_on
        self.finish(self.tr("Lend"), self.tr("Starts on *"))
        self.form.insertRow(3, self.tr("Ends on * (at most 5 years)"), self.ends_on)

    def apply(self) -> None:
        if self.refused():
            return
        data = LoanInput(
            borrower=self.borrower.text(),
            agreement_number=self.agreement.text(),
            starts_on=self.day(),
            ends_on=qdate_to_date(self.ends_on.date()),
            note=self.note.text(),
            number=self.number.text(),
        )
        ids, db, actor = [asset.id for asset in self.assets], self.context.db, self.context.actor
        self.save(lambda: lend(db, actor, ids, data))


class EndLoanDialog(PaperDialog):
    """The borrower gives the items back: status aktif again, the condition on return."""

    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, asset_ids, self.tr("End of the loan (pinjam pakai)"), parent)
        self.condition = QComboBox()
        self.condition.addItem(self.tr("as recorded"), None)
        for condition in Condition:
            self.condition.addItem(engine_text(CONDITION_LABELS[condition]), condition.value)
        self.form.addRow(self.tr("Condition on return"), self.condition)
        self.fields["condition"] = self.condition
        self.finish(self.tr("End the loan"))

    def apply(self) -> None:
        if self.refused():
            return
        ids, db, actor = [asset.id for asset in self.assets], self.context.db, self.context.actor
        condition = self.condition.currentData()
        day, note, number = self.day(), self.note.text(), self.number.text()
        self.save(
            lambda: end_loan(
                db, actor, ids, occurred_on=day, condition=condition, note=note, number=number
            )
        )


class HeldItemsDialog(QDialog):
    """Barang yang dipegang: what an employee (by NIP) holds now, with the BAST of each."""

    def __init__(self, context: AppContext, nip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Items held by an employee"))
        self.setMinimumWidth(620)
        self.nip = QLineEdit(format_nip("".join(nip.split())))
        self.nip.setPlaceholderText("19800101 200501 1 001")
        self.nip.returnPressed.connect(self.load)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(lambda _checked=False: self.load())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("NIP")))
        row.addWidget(self.nip, 1)
        row.addWidget(show)
        self.summary = QLabel()
        self.table = _table(
            [self.tr("Code + register"), self.tr("Name"), self.tr("Merk/Type"),
             self.tr("Condition"), self.tr("Since"), self.tr("BAST number")]
        )  # fmt: skip
        self.rows: list[HeldItem] = []
        # The signed BAST scanned back belongs to the paper of the chosen row.
        self.attachments_title = QLabel()
        self.attachments = AttachmentsPanel(context, "handover")
        self.table.itemSelectionChanged.connect(self._show_attachments)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.attachments_title)
        layout.addWidget(self.attachments)
        layout.addWidget(buttons)
        self.load()

    def _show_attachments(self) -> None:
        chosen = self.table.currentRow()
        item = self.rows[chosen] if 0 <= chosen < len(self.rows) else None
        handover = item.handover_id if item is not None else None
        self.attachments_title.setText(
            self.tr("Attachments of BAST {number} (the signed paper, scanned back)").format(
                number=item.handover_number
            )
            if item is not None and handover is not None
            else self.tr("Choose an item handed over with a BAST to see its attachments.")
        )
        self.attachments.show_owner(handover)

    def load(self) -> None:
        nip = self.nip.text()
        try:
            rows = held_items(self.context.db, self.context.actor, nip) if nip.strip() else []
        except DomainError as error:
            show_error(self, error)
            return
        self.rows = rows
        _fill(
            self.table,
            [
                [
                    item.code_register,
                    item.name,
                    item.brand_type,
                    _condition(item.condition),
                    format_date(item.since) if item.since else "—",
                    item.handover_number or "—",
                ]
                for item in rows
            ],
        )
        self.table.setMaximumHeight(16_777_215)  # this list may grow with the window
        if not nip.strip():
            self.summary.setText(self.tr("Type an employee's NIP and press Show."))
        elif rows:
            self.summary.setText(
                self.tr("{name} holds {count} item(s).").format(
                    name=rows[0].holder_name, count=len(rows)
                )
            )
        else:
            self.summary.setText(self.tr("Nobody with this NIP holds an item now."))
        if rows:
            self.table.selectRow(0)
        self._show_attachments()
