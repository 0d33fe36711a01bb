"""What the register says when nothing matches: what was searched, and a way out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

NOTE_STYLE = "#noMatchNote { background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; }"


class NoMatchNote(QFrame):
    """'No item matches "laptop" with the filters: KIB C.' and a Clear filters button."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noMatchNote")
        self.setStyleSheet(NOTE_STYLE)
        self.message = QLabel()
        self.message.setObjectName("noMatchMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(lambda _checked=False: self.clear_requested.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_for(self, text: str, filters: list[str]) -> None:
        """Say that ``text`` (maybe empty) found nothing under ``filters`` (their labels)."""
        text = " ".join(text.split())
        shown = ", ".join(filters)
        if text and filters:
            message = self.tr('No item matches "{text}" with the filters: {filters}.')
        elif text:
            message = self.tr('No item matches "{text}".')
        else:
            message = self.tr("No item matches the filters: {filters}.")
        self.message.setText(message.format(text=text, filters=shown))
        # Only filters can be cleared here; the search box has its own clear button.
        self.clear_button.setVisible(bool(filters))
        self.show()
