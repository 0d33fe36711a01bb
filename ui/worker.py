"""Running use cases off the GUI thread.

``run_in_background`` hands a function to the global QThreadPool and delivers its result or its
exception back on the GUI thread through a queued signal. Tests wait on ``Job.finished``.

``run_with_progress`` does the same for a long job that takes ``progress(done, total)`` and
``cancelled()``: the progress crosses to the GUI thread through a queued signal (the worker
never touches a widget), a progress dialog appears only if the job is still running after a
short delay, and its cancel button sets an event that ``cancelled()`` reads. A job that stops
because it was asked to (it raises ``inventaris.core.errors.Cancelled``) ends quietly through
``on_cancelled`` instead of ``on_failure``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from inventaris.core.errors import Cancelled

log = logging.getLogger(__name__)

# The dialog appears only for work a person would otherwise wonder about (nothing may block the
# window for more than a moment); a quicker job comes and goes without a flash.
SHOW_PROGRESS_AFTER_MS = 400
# QProgressDialog would also show itself by its own estimate; we decide when, so never.
_NEVER_BY_ITSELF_MS = 2**31 - 1

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class Job(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class ProgressJob(Job):
    """A job that reports how far it is and can be asked to stop.

    ``progressed`` and ``cancelled`` are emitted on the GUI thread. ``dialog`` is the progress
    dialog (hidden until the job has run a moment; ``None`` once the job is over).
    """

    progressed = Signal(int, int)
    cancelled = Signal()
    _progress_posted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.dialog: QProgressDialog | None = None
        self.running = True
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._posted = False
        self._progress_posted.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(self._over)

    def cancel(self) -> None:
        """Ask the work to stop (it notices the next time it calls ``cancelled()``)."""
        self._stop.set()

    def cancel_requested(self) -> bool:
        """The ``cancelled()`` handed to the work: safe to call from any thread."""
        return self._stop.is_set()

    def report(self, done: int, total: int) -> None:
        """The ``progress()`` handed to the work, called on the worker thread.

        Only the latest figures matter: while one delivery is still queued, newer figures
        replace the older ones instead of queueing more events behind it.
        """
        with self._lock:
            self._latest = (done, total)
            if self._posted:
                return
            self._posted = True
        self._progress_posted.emit()

    def _deliver_progress(self) -> None:  # on the GUI thread
        with self._lock:
            latest, self._latest, self._posted = self._latest, None, False
        if latest is not None:
            self.progressed.emit(*latest)

    def _over(self) -> None:
        self.running = False


class _Runnable(QRunnable):
    def __init__(
        self,
        job: Job,
        function: Callable[[], Any],
        is_cancellation: Callable[[BaseException], bool] | None = None,
    ) -> None:
        super().__init__()
        self.job = job
        self.function = function
        self.is_cancellation = is_cancellation

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            if self.is_cancellation is not None and self.is_cancellation(error):
                assert isinstance(self.job, ProgressJob)  # only run_with_progress cancels
                self.job.cancelled.emit()
            else:
                self.job.failed.emit(error)
        else:
            self.job.succeeded.emit(result)
        self.job.finished.emit()


_running: set[Job] = set()


def _start(job: Job, runnable: _Runnable) -> None:
    _running.add(job)  # keep the QObject alive until the work is done
    job.finished.connect(lambda: _running.discard(job))
    QThreadPool.globalInstance().start(runnable)


def _alive(owner: QObject | None) -> Callable[[], bool]:
    return lambda: owner is None or shiboken6.isValid(owner)


def run_in_background(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    owner: QObject | None = None,
) -> Job:
    """Run ``function`` on the pool; its result comes back on the GUI thread.

    ``owner`` is the widget the callbacks belong to: if it is deleted meanwhile (a page closed
    at logout), the result is dropped instead of reaching a dead widget.
    """
    job = Job()
    alive = _alive(owner)
    job.succeeded.connect(lambda result: on_success(result) if alive() else None)
    job.failed.connect(lambda error: on_failure(error) if alive() else None)
    _start(job, _Runnable(job, function))
    return job


def is_cancellation(error: BaseException) -> bool:
    return isinstance(error, Cancelled)


def run_with_progress(
    function: Callable[[Progress, CancelCheck], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancelled: Callable[[], None],
    *,
    owner: QWidget,
    title: str,
    describe: Callable[[int, int], str],
    show_after_ms: int = SHOW_PROGRESS_AFTER_MS,
) -> ProgressJob:
    """Run ``function(progress, cancelled)`` on the pool with a progress dialog over ``owner``.

    ``describe(done, total)`` gives the dialog's sentence (``total`` is 0 before the first
    report). The dialog does not block the window; it closes before any callback runs. If
    ``owner`` is deleted meanwhile (logout), the job is asked to stop and its outcome dropped;
    so is it when the program quits.
    """
    job = ProgressJob()
    dialog = QProgressDialog(
        describe(0, 0), QCoreApplication.translate("Dialogs", "Cancel"), 0, 0, owner
    )
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setMinimumDuration(_NEVER_BY_ITSELF_MS)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 72)
    dialog.canceled.connect(job.cancel)
    dialog.hide()
    job.dialog = dialog
    owner.destroyed.connect(job.cancel)  # logout: the page goes, its work need not go on
    application = QCoreApplication.instance()
    if application is not None:  # quitting: stop rather than hold the exit for a minute
        application.aboutToQuit.connect(job.cancel)

    def live_dialog() -> QProgressDialog | None:
        if job.dialog is not None and not shiboken6.isValid(job.dialog):
            job.dialog = None  # deleted with its owner
        return job.dialog

    def show_progress(done: int, total: int) -> None:
        shown = live_dialog()
        if shown is None or job.cancel_requested():
            return
        shown.setLabelText(describe(done, total))
        if total > 0:
            shown.setMaximum(total)
            shown.setValue(max(0, min(done, total)))

    def show_if_still_running() -> None:
        shown = live_dialog()
        if job.running and shown is not None and not job.cancel_requested():
            shown.show()

    def close_dialog() -> None:
        shown = live_dialog()
        if shown is not None:
            shown.hide()
            shown.deleteLater()
        job.dialog = None

    alive = _alive(owner)
    job.progressed.connect(show_progress)
    # The dialog goes first: a message shown by a callback must not sit under it.
    for signal in (job.succeeded, job.failed, job.cancelled):
        signal.connect(close_dialog)
    job.succeeded.connect(lambda result: on_success(result) if alive() else None)
    job.failed.connect(lambda error: on_failure(error) if alive() else None)
    job.cancelled.connect(lambda: on_cancelled() if alive() else None)
    QTimer.singleShot(show_after_ms, dialog, show_if_still_running)
    _start(
        job,
        _Runnable(job, lambda: function(job.report, job.cancel_requested), is_cancellation),
    )
    return job


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
