"""Work on the worker, seen from the window: busy while it runs, a banner when it failed.

``BusyIndicator``: while a save runs its buttons are off (no second save), the cursor over the
window is busy, and after a moment a line says "Saving…"; when the database keeps a statement
waiting (another program's write lock, a row another PC holds) the line says so after a second
instead of the window freezing silently. ``run_busy`` runs the work on the worker with one.

``ErrorBanner``: a failure with what to do about it, and **Try again** where trying again can
help (a lost connection, a busy database). A page shows its load failure there and clears it
when a later load succeeds; a lost connection is retried by itself now and then, so the banner
goes away when the server is back even if nobody presses anything.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from inventaris.core.errors import DomainError
from inventaris.core.waits import StatementWatch, watching
from ui.errors import (
    is_connection_lost,
    is_retryable,
    load_failure_text,
    message_for,
    show_error,
)
from ui.screen import grow_to_fit
from ui.worker import Job, run_in_background

# Quick work comes and goes without a flash of text; the busy cursor says enough.
SHOW_BUSY_AFTER_MS = 400
# A statement standing this long is waiting on the database, not working.
SAY_WAITING_AFTER_S = 1.0
_TICK_MS = 100
# A page whose list could not be loaded because the server went away tries again by itself.
AUTO_RETRY_MS = 10_000

BUSY_STYLE = "color: #455a64; font-style: italic;"
BANNER_STYLE = (
    "QFrame#errorBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
    " QLabel#errorBannerText { color: #b71c1c; font-weight: 600; }"
)


class BusyIndicator(QObject):
    """The busy state of one window's work: ``start`` it when the work goes to the worker and
    ``stop`` it when the result is back."""

    def __init__(
        self,
        host: QWidget,
        line: QLabel,
        controls: Sequence[QWidget | QAction],
        working_text: str,
    ) -> None:
        super().__init__(host)
        self.host, self.line, self.controls = host, line, list(controls)
        self.working_text = working_text
        self.watch: StatementWatch | None = None
        self.started_at = 0.0
        self.active = False
        self._was_enabled: list[bool] = []
        self.timer = QTimer(self)
        self.timer.setInterval(_TICK_MS)
        self.timer.timeout.connect(self._tick)
        line.setObjectName(line.objectName() or "busyLine")
        line.setStyleSheet(BUSY_STYLE)
        line.hide()

    def waiting_text(self) -> str:
        return self.tr("The database is busy; waiting…")

    def start(self, watch: StatementWatch | None = None) -> None:
        self.active, self.watch, self.started_at = True, watch, time.monotonic()
        self._was_enabled = [control.isEnabled() for control in self.controls]
        for control in self.controls:
            control.setEnabled(False)
        self.host.setCursor(Qt.CursorShape.BusyCursor)
        self.timer.start()

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self.timer.stop()
        for control, enabled in zip(self.controls, self._was_enabled, strict=True):
            if shiboken6.isValid(control):
                control.setEnabled(enabled)
        self.host.unsetCursor()
        self.line.hide()
        self.line.clear()

    def _tick(self) -> None:
        if self.watch is not None and self.watch.waiting_for() >= SAY_WAITING_AFTER_S:
            self._say(self.waiting_text())
        elif (time.monotonic() - self.started_at) * 1000 >= SHOW_BUSY_AFTER_MS:
            self._say(self.working_text)

    def _say(self, text: str) -> None:
        if self.line.text() != text:
            self.line.setText(text)
        if self.line.isHidden():
            self.line.show()
            grow_to_fit(self.host.window())  # the fields keep their room above the line


def run_busy(
    busy: BusyIndicator,
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> Job:
    """Run ``function`` on the worker with ``busy`` shown; the busy state ends before either
    callback runs on the GUI thread."""
    watch = StatementWatch()
    busy.start(watch)

    def work() -> Any:
        with watching(watch):
            return function()

    def succeeded(result: Any) -> None:
        busy.stop()
        on_success(result)

    def failed(error: BaseException) -> None:
        busy.stop()
        on_failure(error)

    return run_in_background(work, succeeded, failed, owner)


class ErrorBanner(QFrame):
    """A failure in a coloured band, with **Try again** when trying again can help."""

    def __init__(self, parent: QWidget | None = None, *, loading: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.setStyleSheet(BANNER_STYLE)
        # A page's banner speaks of its list; a form's of what was typed (the engine's words).
        self.loading = loading
        self.text = QLabel()
        self.text.setObjectName("errorBannerText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.clicked.connect(self._retry_pressed)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retry: Callable[[], None] | None = None
        self.auto_retry = QTimer(self)
        self.auto_retry.setSingleShot(True)
        self.auto_retry.setInterval(AUTO_RETRY_MS)
        self.auto_retry.timeout.connect(self._retry_by_itself)
        self.error: BaseException | None = None
        self.hide()

    def show_error(self, error: BaseException, retry: Callable[[], None] | None = None) -> None:
        """Show ``error``; offer ``retry`` when trying again can help."""
        self.error = error
        self.text.setText("⚠ " + (load_failure_text(error) if self.loading else message_for(error)))
        self.retry = retry if is_retryable(error) else None
        self.retry_button.setVisible(self.retry is not None)
        self.retry_button.setEnabled(True)
        if self.loading and self.retry is not None and is_connection_lost(error):
            self.auto_retry.start()
        self.show()

    def clear(self) -> None:
        """All is well again (a later load or save succeeded)."""
        self.error, self.retry = None, None
        self.auto_retry.stop()
        self.hide()

    def _retry_pressed(self) -> None:
        retry = self.retry
        if retry is None:
            return
        self.auto_retry.stop()
        self.retry_button.setEnabled(False)  # one try at a time; the answer shows or clears it
        retry()

    def _retry_by_itself(self) -> None:
        if self.isVisible() and self.retry is not None:
            self._retry_pressed()


def show_save_failure(
    dialog: QWidget,
    banner: ErrorBanner,
    error: BaseException,
    retry: Callable[[], None],
    refused: Callable[[DomainError], None],
) -> None:
    """Where a save's failure is said: a lost server or a held database in the band with Coba
    lagi (nothing is wrong with the entry, and the form keeps it), a refusal beside its field
    (``refused``), anything else in a sentence (and the log)."""
    if is_retryable(error):
        banner.show_error(error, retry)
        grow_to_fit(dialog)
    elif isinstance(error, DomainError):
        refused(error)
    else:
        show_error(dialog, error)
