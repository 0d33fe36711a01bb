"""Choosing a kode barang by typing part of its name ("laptop") or of the code ("1.3.2.10")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.catalog import CodeView, search_codes
from ui.context import AppContext
from ui.widgets import dialog_buttons


class CodePicker(QDialog):
    def __init__(self, context: AppContext, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chosen: CodeView | None = None
        self.setWindowTitle(self.tr("Choose a kode barang"))
        self.resize(640, 460)
        self.search = QLineEdit(text)
        self.search.setObjectName("codeSearch")
        self.search.setPlaceholderText(self.tr("Type part of a name (laptop) or a code (1.3.2.10)"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("codeResults")
        self.results.itemActivated.connect(lambda _item: self.choose())
        self.hint = QLabel()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        # The arrows move through the results while the cursor stays in the search field.
        self.search.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(dialog_buttons(self, self.tr("Choose"), self.choose))
        self.refresh()

    def refresh(self) -> None:
        codes = search_codes(self.context.db, self.context.actor, self.search.text(), limit=200)
        self.results.clear()
        for code in codes:
            item = QListWidgetItem(f"{code.code}   {code.name}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            if code.kib is None or len(code.code.split(".")) < 5:
                item.setForeground(self.palette().placeholderText())
            self.results.addItem(item)
        if codes:
            self.results.setCurrentRow(0)
        self.hint.setText(
            self.tr("{count} code(s) found", "", len(codes)).format(count=len(codes))
            if codes
            else self.tr(
                "No code matches. To load the full code table, use Import codes… in the "
                "asset register."
            )
        )

    NAVIGATION_KEYS = frozenset(
        {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in self.NAVIGATION_KEYS
        ):
            self._refresh_if_typed()
            self.results.event(event)
            return True
        return super().eventFilter(watched, event)

    def _refresh_if_typed(self) -> None:
        """Bring the list up to what was typed (a refresh puts the first result current)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh()

    def _enter(self) -> None:
        # Enter takes the highlighted code; the dialog's default button then does not repeat it.
        self._refresh_if_typed()
        self.choose()

    def choose(self) -> None:
        # None when nothing is current, which PySide6's stubs do not say
        item: QListWidgetItem | None = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
