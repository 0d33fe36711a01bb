"""The frame of a small form dialog: labelled fields, the error line, Save/Cancel, and Esc that
asks before throwing away what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import DomainError
from ui.dates import DateField, editable_date_fields, refuse_bad_dates
from ui.screen import ScrollingBody
from ui.widgets import ErrorLabel, dialog_buttons, show_form_error


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
        # The fields (and what a form adds under them) scroll on a short screen; the error
        # line and the buttons stay below, always in reach.
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.form)
        frame = QVBoxLayout(self)
        frame.addWidget(ScrollingBody(content), 1)
        frame.addWidget(self.error)
        frame.addWidget(self.buttons)

    def add_field(self, label: str, name: str, widget: QWidget) -> QWidget:
        """A labelled row; ``name`` is the engine's field name, for errors to point at."""
        self.form.addRow(label, widget)
        self.fields[name] = widget
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        def mark(*_args: object) -> None:
            self.changed = True

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

    def run(self, change: Callable[[], object], after: Callable[[], None] | None = None) -> None:
        """Do the change; on a refusal show why beside the field and keep the dialog open."""
        if refuse_bad_dates(editable_date_fields(self), self.error):
            return
        try:
            self.result_value = change()
        except DomainError as error:
            self.show_error(error)
            return
        if after is not None:
            after()
        self.changed = False
        self.accept()

    def show_error(self, error: BaseException) -> None:
        """The refusal's sentence, beside the field it names."""
        show_form_error(error, self.error, self.fields)

    def _accept_pressed(self) -> None:
        # A date that is not one is refused before the dialog asks or checks anything else.
        if not refuse_bad_dates(editable_date_fields(self), self.error):
            self.apply()

    def apply(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
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
