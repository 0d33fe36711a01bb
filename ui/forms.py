"""The frame of a small form dialog: labelled fields, the error line, Save/Cancel, and Esc that
asks before throwing away what was typed. Saves run on the worker with a busy indicator; a lost
connection keeps the form and offers Try again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.changes import Change
from ui.busy import BusyIndicator, ErrorBanner, run_busy, show_save_failure
from ui.conflicts import ChangeNotice
from ui.dates import DateField, editable_date_fields, refuse_bad_dates
from ui.hub import hub, touches
from ui.screen import ScrollingBody, grow_to_fit
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error, tell_main_window
from ui.worker import Job, run_in_background

_Change = tuple[Callable[[], object], Callable[[], None] | None, Callable[[Any], None] | None]


class FormDialog(QDialog):
    def __init__(self, title: str, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.fields: dict[str, QWidget] = {}
        self.changed = False
        self.buttons = dialog_buttons(self, accept_text, self._accept_pressed)
        # A lost connection or a busy database: said in a band with Try again, the form kept.
        self.banner = ErrorBanner()
        self.busy_line = QLabel()
        self.busy = BusyIndicator(self, self.busy_line, [self.buttons], self.tr("Saving…"))
        self._last_change: _Change | None = None
        self._edited_since_failure = False
        self.job: Job | None = None
        # The fields (and what a form adds under them) scroll on a short screen; the error
        # line and the buttons stay below, always in reach.
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.form)
        frame = QVBoxLayout(self)
        # The record edited here changed on another PC (or in another window) meanwhile.
        self.notice = ChangeNotice()
        self._watched: tuple[str, int, Callable[[], int]] | None = None
        frame.addWidget(self.notice)
        frame.addWidget(ScrollingBody(content), 1)
        frame.addWidget(self.error)
        frame.addWidget(self.banner)
        frame.addWidget(self.busy_line)
        frame.addWidget(self.buttons)

    def watch_record(self, area: str, version: int, read_version: Callable[[], int]) -> None:
        """Say before a save when the record this form corrects was saved elsewhere since it
        opened: its save would be refused. ``read_version`` reads the record's row version (on
        the worker, whenever a change of ``area`` arrives)."""
        self._watched = (area, version, read_version)
        hub().changed.connect(self._maybe_changed_elsewhere)

    def _maybe_changed_elsewhere(self, changes: tuple[Change, ...]) -> None:
        if self._watched is None or self.saving or not self.isVisible():
            return
        area, version, read_version = self._watched
        if not touches(changes, [area]):
            return

        def compare(current: int) -> None:
            if current != version and not self.saving:
                self.notice.say(
                    self.tr(
                        "Someone saved this record on another PC after you opened this form, "
                        "so saving it would be refused. Close the form and open it again to "
                        "see their change; what you typed stays here until you close it."
                    )
                )
                grow_to_fit(self)

        # A record deleted meanwhile, a lost server: the save will say so itself.
        run_in_background(read_version, compare, lambda _error: None, self)

    def add_field(self, label: str, name: str, widget: QWidget) -> QWidget:
        """A labelled row; ``name`` is the engine's field name, for errors to point at."""
        self.form.addRow(label, widget)
        self.fields[name] = widget
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        def mark(*_args: object) -> None:
            self.changed = True
            self._edited_since_failure = True

        if isinstance(widget, DateField):  # typed, emptied or picked from the calendar
            widget.textEdited.connect(mark)
            widget.dateChanged.connect(mark)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(mark)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(mark)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(mark)
            if widget.isEditable():
                widget.editTextChanged.connect(mark)
        elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
            widget.valueChanged.connect(mark)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(mark)

    def run(
        self,
        change: Callable[[], object],
        after: Callable[[], None] | None = None,
        *,
        saved: Callable[[Any], None] | None = None,
    ) -> None:
        """Do the change on the worker, the window responsive and the buttons off meanwhile;
        on a refusal show why beside the field and keep the dialog open. ``change`` runs on
        the worker: it may read only plain values, never a widget. On the GUI thread, once
        saved: ``saved(result)``, then ``after()``, then the dialog closes."""
        if self.saving:  # Enter pressed twice: one save
            return
        if refuse_bad_dates(editable_date_fields(self), self.error):
            return
        self.error.clear_message()
        self.banner.clear()
        self._last_change = (change, after, saved)
        self._edited_since_failure = False
        self.job = run_busy(
            self.busy,
            change,
            lambda result: self._saved(result, after, saved),
            self._failed,
            self,
        )

    @property
    def saving(self) -> bool:
        return self.busy.active

    def _saved(
        self,
        result: object,
        after: Callable[[], None] | None,
        saved: Callable[[Any], None] | None,
    ) -> None:
        self.result_value = result
        self._last_change = None
        if saved is not None:
            saved(result)
        if after is not None:
            after()
        self.changed = False
        self.accept()

    def _failed(self, error: BaseException) -> None:
        show_save_failure(self, self.banner, error, self._retry, self.show_error)

    def _retry(self) -> None:
        """Try the same save again; if the user changed the form meanwhile, save what is
        there now."""
        last = self._last_change
        if last is None or self._edited_since_failure:
            self._accept_pressed()
            return
        change, after, saved = last
        self.run(change, after, saved=saved)

    def show_error(self, error: BaseException) -> None:
        """The refusal's sentence, beside the field it names."""
        show_form_error(error, self.error, self.fields)

    def _accept_pressed(self) -> None:
        if self.saving:
            return
        # A date that is not one is refused before the dialog asks or checks anything else.
        if not refuse_bad_dates(editable_date_fields(self), self.error):
            self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if self.saving:  # the save goes on either way: its answer is waited for
            return
        if self.changed:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close without saving what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


class WorkerSaveDialog(QDialog):
    """A dialog that reads its form on the GUI thread and saves on the worker: the error
    line, the band with Coba lagi, "Menyimpan…" and the buttons off meanwhile, one save at a
    time, no closing while saving. Subclasses lay out the fields (adding ``error``,
    ``banner``, ``busy_line`` and ``buttons`` under them) and give ``change``."""

    def __init__(self, accept_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = ErrorLabel()
        self.fields: dict[str, QWidget] = {}
        self.buttons = dialog_buttons(self, accept_text, self.apply)
        # A lost connection or a busy database: said in a band with Try again, the form kept.
        self.banner = ErrorBanner()
        self.busy_line = QLabel()
        self.busy = BusyIndicator(
            self,
            self.busy_line,
            [self.buttons],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )

    @property
    def saving(self) -> bool:
        return self.busy.active

    def date_fields(self) -> list[DateField]:
        """The dates checked before anything is saved."""
        return editable_date_fields(self)

    def apply(self) -> None:
        if self.saving or refuse_bad_dates(self.date_fields(), self.error):
            return
        change, done = self.change()
        self.run(change, done)

    def change(self) -> tuple[Callable[[], Any], str]:
        """The save, reading only values taken from the form now, and what the main window's
        status bar says once it is done."""
        raise NotImplementedError

    def run(self, change: Callable[[], Any], done: str) -> None:
        """The views refresh from the database's own news of the write."""
        self.error.clear_message()
        self.banner.clear()

        def saved(result: Any) -> None:
            self.saved(result)
            if done:
                tell_main_window(self, done)
            self.accept()

        run_busy(self.busy, change, saved, self._failed, self)

    def saved(self, result: Any) -> None:
        """What the save returned, on the GUI thread, before the dialog closes."""

    def _failed(self, error: BaseException) -> None:
        # Coba lagi reads the form again: it saves what is there now.
        show_save_failure(
            self, self.banner, error, self.apply,
            lambda refusal: show_form_error(refusal, self.error, self.fields),
        )  # fmt: skip

    def reject(self) -> None:
        if not self.saving:  # the save goes on either way: its answer is waited for
            super().reject()
