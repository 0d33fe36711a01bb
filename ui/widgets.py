"""Small widgets every form shares: the error line and focusing the field an error names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QRegularExpression, Qt
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from inventaris.core.errors import DomainError
from inventaris.core.formatting import group_thousands
from ui.dates import DateField
from ui.errors import message_for
from ui.screen import grow_to_fit, scroll_to

ERROR_STYLE = "color: #b71c1c; font-weight: 600;"
INVALID_FIELD_STYLE = "border: 2px solid #c62828;"


class ErrorLabel(QLabel):
    """A red sentence under a form; empty and hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.marked: QWidget | None = None
        self.hide()

    def show_message(self, text: str, field: QWidget | None = None) -> None:
        self.clear_message()
        self.setText("⚠ " + text)
        self.show()
        grow_to_fit(self.window())  # a long message is read whole, not cut at the bottom
        if field is not None:
            # A red frame as well as the sentence: the eye finds the field at once.
            field.setStyleSheet(INVALID_FIELD_STYLE)
            self.marked = field

    def clear_message(self) -> None:
        self.clear()
        self.hide()
        if self.marked is not None:
            self.marked.setStyleSheet("")
            self.marked = None


def show_form_error(error: BaseException, label: ErrorLabel, fields: dict[str, QWidget]) -> None:
    """Show the message and put the cursor in the field it is about."""
    widget = fields.get(error.field or "") if isinstance(error, DomainError) else None
    label.show_message(message_for(error), widget)
    if widget is not None:
        scroll_to(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()


class RupiahEdit(QLineEdit):
    """Whole Rupiah typed as digits, shown with '.' thousands separators."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9.]{0,19}"), self))
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(lambda: self.set_amount(self.amount()))

    def amount(self) -> int:
        digits = self.text().replace(".", "")
        return int(digits) if digits else 0

    def set_amount(self, amount: int) -> None:
        self.setText(group_thousands(amount))


def dialog_buttons(
    dialog: QDialog, accept_text: str, on_accept: Callable[[], None]
) -> QDialogButtonBox:
    """The OK/Cancel row every dialog has: our words, Enter to accept, Esc to cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("Dialogs", "Cancel")
    )
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def page_title(text: str) -> QLabel:
    """The heading at the top of each area."""
    title = QLabel(text)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    return title


class OptionalDateEdit(DateField):
    """A date that may be left empty, typed as dd-mm-yyyy or picked (see ui.dates)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(None, optional=True, parent=parent)


def date_edit(value: date) -> DateField:
    """A required date, typed as dd-mm-yyyy or picked (see ui.dates)."""
    return DateField(value)


def qdate_to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def tell_main_window(dialog: QWidget, text: str, timeout_ms: int = 8000) -> None:
    """Say in the main window's status bar what a dialog just did (if it has a main window)."""
    parent = dialog.parentWidget()
    status = getattr(parent.window(), "statusBar", None) if parent is not None else None
    if callable(status):
        status().showMessage(text, timeout_ms)
