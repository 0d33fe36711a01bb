"""Running use cases off the GUI thread.

``run_in_background`` hands a function to the global QThreadPool and delivers its result or its
exception back on the GUI thread through a queued signal. Tests wait on ``Job.finished``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class Job(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Job, function: Callable[[], Any]) -> None:
        super().__init__()
        self.job = job
        self.function = function

    def run(self) -> None:
        try:
            result = self.function()
        except Exception as error:  # delivered to the GUI thread, which decides what to show
            self.job.failed.emit(error)
        else:
            self.job.succeeded.emit(result)
        self.job.finished.emit()


_running: set[Job] = set()


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

    def alive() -> bool:
        return owner is None or shiboken6.isValid(owner)

    job.succeeded.connect(lambda result: on_success(result) if alive() else None)
    job.failed.connect(lambda error: on_failure(error) if alive() else None)
    _running.add(job)  # keep the QObject alive until the work is done
    job.finished.connect(lambda: _running.discard(job))
    QThreadPool.globalInstance().start(_Runnable(job, function))
    return job


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
