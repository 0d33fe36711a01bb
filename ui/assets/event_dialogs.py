"""Dialogs for changes to one or many selected assets: move, condition, disposal, and a
capitalised improvement of one asset. The save runs on the worker with the busy indicator; a
lost connection keeps the form and offers Try again in a band."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.assets.events import (
    DISPOSAL_REASONS,
    EXTRA_YEARS,
    MOST_EXTRA_YEARS,
    add_value,
    change_condition,
    dispose_assets,
    move_assets,
)
from inventaris.assets.types import CONDITION_LABELS, Condition
from inventaris.locations import list_rooms
from ui.context import AppContext
from ui.dates import DateField
from ui.forms import WorkerSaveDialog
from ui.i18n import engine_text
from ui.widgets import (
    RupiahEdit,
    date_edit,
    qdate_to_date,
)


class EventDialog(WorkerSaveDialog):
    """The common frame: what is chosen, the date, a note, the error line, OK/Cancel."""

    def __init__(
        self,
        context: AppContext,
        asset_ids: Sequence[int],
        title: str,
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(accept_text, parent)
        self.context = context
        self.asset_ids = list(asset_ids)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.count_label = QLabel(
            self.tr("{count} asset(s) chosen.").format(count=len(self.asset_ids))
        )
        self.occurred_on = date_edit(today_in(context.db))
        self.note = QLineEdit()
        self._body = QVBoxLayout(self)
        self._body.addWidget(self.count_label)
        self._body.addLayout(self.form)
        self.fields.update({"occurred_on": self.occurred_on, "note": self.note})

    def finish_form(self) -> None:
        self.form.addRow(self.tr("Date *"), self.occurred_on)
        self.form.addRow(self.tr("Note"), self.note)
        for widget in (self.error, self.banner, self.busy_line, self.buttons):
            self._body.addWidget(widget)

    def day(self) -> date:
        return qdate_to_date(self.occurred_on.date())

    def date_fields(self) -> list[DateField]:
        return [self.occurred_on]

    def run(self, change: Callable[[], object], done: str = "") -> None:
        """``done`` may name ``{count}``, the number of items chosen."""
        super().run(change, done.format(count=len(self.asset_ids)) if done else "")


class MoveDialog(EventDialog):
    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(context, asset_ids, self.tr("Move to a room"), self.tr("Move"), parent)
        self.room = QComboBox()
        self.room.addItem(self.tr("— no room —"), None)
        for room in list_rooms(context.db, context.actor, with_counts=False):
            self.room.addItem(f"{room.code} – {room.name}", room.id)
        self.form.addRow(self.tr("Destination room *"), self.room)
        self.fields["room_id"] = self.room
        self.finish_form()

    def change(self) -> tuple[Callable[[], object], str]:
        db, actor, ids = self.context.db, self.context.actor, list(self.asset_ids)
        room_id, day, note = self.room.currentData(), self.day(), self.note.text()
        return (
            lambda: move_assets(db, actor, ids, room_id, occurred_on=day, note=note),
            self.tr("Moved: {count} asset(s)"),
        )


class ConditionDialog(EventDialog):
    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, asset_ids, self.tr("Change the condition"), self.tr("Save"), parent
        )
        self.condition = QComboBox()
        for condition in Condition:
            self.condition.addItem(engine_text(CONDITION_LABELS[condition]), condition.value)
        self.form.addRow(self.tr("New condition *"), self.condition)
        self.fields["condition"] = self.condition
        self.finish_form()

    def change(self) -> tuple[Callable[[], object], str]:
        db, actor, ids = self.context.db, self.context.actor, list(self.asset_ids)
        condition, day, note = self.condition.currentData(), self.day(), self.note.text()
        return (
            lambda: change_condition(db, actor, ids, condition, occurred_on=day, note=note),
            self.tr("Condition changed: {count} asset(s)"),
        )


class DisposeDialog(EventDialog):
    def __init__(
        self, context: AppContext, asset_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, asset_ids, self.tr("Dispose from the register"), self.tr("Dispose"), parent
        )
        explanation = QLabel(
            self.tr(
                "The items leave the register from this date; their rows and history are "
                "kept. This cannot be undone in the program."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.decree = QLineEdit()
        self.decree.setPlaceholderText(self.tr("e.g. SK Bupati No. 030/123/BPKAD/2026"))
        self.reason = QComboBox()
        self.reason.addItems(DISPOSAL_REASONS)
        self.form.addRow(self.tr("SK number *"), self.decree)
        self.form.addRow(self.tr("Reason *"), self.reason)
        self.fields.update(decree=self.decree, reason=self.reason)
        self.finish_form()

    def change(self) -> tuple[Callable[[], object], str]:
        db, actor, ids = self.context.db, self.context.actor, list(self.asset_ids)
        decree, reason = self.decree.text(), self.reason.currentText()
        day, note = self.day(), self.note.text()
        return (
            lambda: dispose_assets(
                db, actor, ids, decree=decree, reason=reason, occurred_on=day, note=note
            ),
            self.tr("Disposed of: {count} asset(s)"),
        )


class CapitaliseDialog(EventDialog):
    """A capitalised improvement (kapitalisasi) of one asset: the amount added to its value and
    the years a major repair adds to its useful life (BMD.md §6)."""

    def __init__(self, context: AppContext, asset_id: int, parent: QWidget | None = None) -> None:
        super().__init__(
            context, [asset_id], self.tr("Capitalise an improvement"), self.tr("Save"), parent
        )
        explanation = QLabel(
            self.tr(
                "The amount is added to the asset's value from this date on, and spread over "
                "the rest of its useful life in the depreciation."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.amount = RupiahEdit()
        self.extra_years = QSpinBox()
        self.extra_years.setRange(0, MOST_EXTRA_YEARS)
        self.extra_years.setSuffix(self.tr(" year(s)"))
        self.extra_years.setToolTip(
            self.tr("A major repair may make the item last longer: 0 keeps its useful life.")
        )
        self.form.addRow(self.tr("Amount (Rp) *"), self.amount)
        self.form.addRow(self.tr("Extends the useful life by"), self.extra_years)
        self.fields.update({"amount": self.amount, EXTRA_YEARS: self.extra_years})
        self.finish_form()

    def change(self) -> tuple[Callable[[], object], str]:
        db, actor, asset_id = self.context.db, self.context.actor, self.asset_ids[0]
        amount, years = self.amount.amount(), self.extra_years.value()
        day, note = self.day(), self.note.text()
        return (
            lambda: add_value(
                db, actor, asset_id, amount, occurred_on=day, note=note, extra_years=years
            ),
            self.tr("Improvement capitalised"),
        )
