"""The scanner's side of the stock-take page: the lines it types, checked one after another off
the GUI thread, and the banner that says each result.

A keyboard-wedge scanner types a line and Enter: the line is taken and the field cleared at
once, and the scans wait their turn in a queue, so a fast scanner never loses a line. The
strings keep the page's translation context (``StocktakePage``): they were its own.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from inventaris.core.formatting import format_date
from inventaris.stocktake.counting import scan
from inventaris.stocktake.types import SCAN_RESULT_LABELS, ScanOutcome, ScanResult
from ui.context import AppContext
from ui.errors import message_for
from ui.i18n import engine_text
from ui.stocktake.common import AMBER, GREEN, ORANGE, RED
from ui.worker import run_in_background

FLASH_MS = 1200
# A result's colour (strong, pale); the banner always says the result in words too.
RESULT_COLOURS: dict[ScanResult | None, tuple[str, str]] = {
    ScanResult.FOUND: (GREEN, "#e8f5e9"),
    ScanResult.MISPLACED: (AMBER, "#fff8e1"),
    ScanResult.CONFLICT: (AMBER, "#fff8e1"),
    ScanResult.UNKNOWN: (ORANGE, "#fff3e0"),
    ScanResult.DISPOSED: (RED, "#ffebee"),
    ScanResult.DUPLICATE: ("#546e7a", "#eceff1"),
    None: (RED, "#ffebee"),  # the scan was refused (the room is not counted …)
}
NEUTRAL_BANNER = "border: 2px solid palette(mid); border-radius: 4px; padding: 6px;"


def outcome_text(outcome: ScanOutcome) -> str:
    """What a scan found, as the banner's rich text: the result's word, the item, and why."""
    word = engine_text(SCAN_RESULT_LABELS[outcome.result])
    what = " · ".join(escape(p) for p in (outcome.code_register, outcome.name) if p)
    if outcome.result is ScanResult.UNKNOWN:
        what = escape(outcome.scanned)
        extra = QCoreApplication.translate(
            "StocktakePage", "kept as a finding: describe it under Not recorded"
        )
    elif outcome.result is ScanResult.MISPLACED:
        extra = QCoreApplication.translate(
            "StocktakePage", "the register has it in {place}"
        ).format(place=engine_text(outcome.expected_place_name) or "—")
    elif outcome.result is ScanResult.CONFLICT:
        extra = QCoreApplication.translate(
            "StocktakePage", "scanned before in {place}; both are kept"
        ).format(place=engine_text(outcome.other_place_name) or "—")
    elif outcome.result is ScanResult.DUPLICATE:
        extra = QCoreApplication.translate("StocktakePage", "counted once")
    elif outcome.result is ScanResult.DISPOSED and outcome.disposed_on is not None:
        extra = QCoreApplication.translate("StocktakePage", "disposed of on {date}").format(
            date=format_date(outcome.disposed_on)
        )
    else:
        extra = ""
    text = f"<b>{escape(word)}</b>&nbsp;&nbsp;{what}"
    return text + (f"<br>{escape(extra)}" if extra else "")


class ResultBanner(QLabel):
    """The last scan's result: a flash of its colour, then calmer; the words stay until the
    next scan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.setStyleSheet(NEUTRAL_BANNER)
        self.setText(
            escape(
                QCoreApplication.translate("StocktakePage", "The result of each scan shows here.")
            )
        )
        self.colours: tuple[str, str] | None = None
        self.flash_timer = QTimer(self)
        self.flash_timer.setSingleShot(True)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self.calm)

    def show_result(self, result: ScanResult | None, text: str) -> None:
        strong, _pale = RESULT_COLOURS[result]
        self.colours = RESULT_COLOURS[result]
        self.setText(text)
        self.setStyleSheet(
            f"background: {strong}; color: white; border: 2px solid {strong};"
            " border-radius: 4px; padding: 6px;"
        )
        self.flash_timer.start()

    def calm(self) -> None:
        if self.colours is None:
            self.setStyleSheet(NEUTRAL_BANNER)
            return
        strong, pale = self.colours
        self.setStyleSheet(
            f"background: {pale}; color: {strong}; border: 2px solid {strong};"
            " border-radius: 4px; padding: 6px;"
        )


class ScanQueue(QObject):
    """Takes each line the scanner types into ``field`` and scans it in the stock-take and
    place ``where()`` names (None: nothing is being counted), one at a time, in order."""

    scanned = Signal(object)  # a ScanOutcome, or the error that refused the scan

    def __init__(
        self,
        context: AppContext,
        field: QLineEdit,
        banner: ResultBanner,
        where: Callable[[], tuple[int, int] | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.field, self.banner, self.where = context, field, banner, where
        self.queue: deque[tuple[int, int, str]] = deque()
        self.busy = False
        self.scans_done = 0
        field.returnPressed.connect(self.take_line)

    def take_line(self) -> None:
        """Enter: take the line and clear the field at once; the scan waits its turn."""
        text = self.field.text()
        self.field.clear()
        if not text.strip():
            return
        where = self.where()
        if where is None:
            self.banner.show_result(
                None,
                QCoreApplication.translate(
                    "StocktakePage", "Choose an open stock-take and a room first."
                ),
            )
            return
        self.queue.append((*where, text))
        self._next_scan()

    def _next_scan(self) -> None:
        if self.busy or not self.queue:
            return
        self.busy = True
        stocktake_id, place, text = self.queue.popleft()
        context = self.context

        def done(outcome: ScanOutcome) -> None:
            self._scanned(outcome)

        def failed(error: BaseException) -> None:
            self._scanned(error)

        run_in_background(
            lambda: scan(context.db, context.actor, stocktake_id, place, text), done, failed, self
        )

    def _scanned(self, outcome: ScanOutcome | BaseException) -> None:
        self.busy = False
        self.scans_done += 1
        if isinstance(outcome, ScanOutcome):
            self.banner.show_result(outcome.result, outcome_text(outcome))
        else:
            self.banner.show_result(None, escape(message_for(outcome)))
        QApplication.beep()
        self.scanned.emit(outcome)
        self._next_scan()
