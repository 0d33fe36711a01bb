"""The background worker with progress and cancel: figures cross to the GUI thread, the dialog
waits before it shows, Cancel reaches the work, and each way of ending has its own callback."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QThread
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from inventaris.core.errors import Cancelled, ValidationError
from ui.i18n import install_translator
from ui.worker import ProgressJob, run_in_background, run_with_progress, wait_for_background_work


@pytest.fixture
def owner(qtbot, qapp: QApplication) -> Iterator[QWidget]:
    install_translator(qapp, "id")
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    wait_for_background_work()


class Outcome:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.cancelled = 0

    def run(self, function, owner: QWidget, show_after_ms: int = 400) -> ProgressJob:
        return run_with_progress(
            function,
            self._succeeded,
            self._failed,
            self._cancelled,
            owner=owner,
            title="Test",
            describe=lambda done, total: f"{done}/{total}",
            show_after_ms=show_after_ms,
        )

    def _succeeded(self, result: object) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()
        self.results.append(result)

    def _failed(self, error: BaseException) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()
        self.errors.append(error)

    def _cancelled(self) -> None:
        assert QThread.currentThread() is QApplication.instance().thread()
        self.cancelled += 1


class ShowSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_progress_reaches_the_dialog_on_the_gui_thread(qtbot, owner: QWidget) -> None:
    gate = threading.Event()
    threads: list[QThread] = []
    outcome = Outcome()

    def work(progress, cancelled) -> str:
        progress(0, 3000)
        progress(1000, 3000)
        gate.wait(10)
        progress(3000, 3000)
        return "done"

    job = outcome.run(work, owner, show_after_ms=0)
    job.progressed.connect(lambda *_: threads.append(QThread.currentThread()))
    dialog = job.dialog
    assert dialog is not None and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.labelText() == "1000/3000" and dialog.isVisible())
    assert (dialog.value(), dialog.maximum()) == (1000, 3000)
    buttons = dialog.findChildren(QPushButton)
    assert [button.text() for button in buttons] == ["Batal"]
    with qtbot.waitSignal(job.finished):
        gate.set()
    assert outcome.results == ["done"] and not outcome.errors and not outcome.cancelled
    assert threads and all(thread is QApplication.instance().thread() for thread in threads)
    assert job.dialog is None and not job.running


def test_a_quick_job_never_shows_the_dialog(qtbot, owner: QWidget) -> None:
    outcome = Outcome()
    spy = ShowSpy()
    job = outcome.run(lambda progress, cancelled: 42, owner)
    assert job.dialog is not None
    job.dialog.installEventFilter(spy)
    qtbot.waitUntil(lambda: not job.running)
    assert outcome.results == [42] and spy.shown == 0


def test_cancel_reaches_the_work_and_ends_quietly(qtbot, owner: QWidget) -> None:
    outcome = Outcome()
    started = threading.Event()

    def work(progress, cancelled) -> None:
        started.set()
        done = 0
        while not cancelled():
            done += 1
            progress(done, 1_000_000)
            threading.Event().wait(0.001)  # a slow job; the test itself never sleeps
        raise Cancelled("Cancelled.")

    job = outcome.run(work, owner, show_after_ms=0)
    dialog = job.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(job.cancelled):
        dialog.findChildren(QPushButton)[0].click()
    assert job.cancel_requested()
    assert outcome.cancelled == 1 and not outcome.errors and not outcome.results
    assert job.dialog is None
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed, then deleted


def test_an_error_goes_to_the_failure_callback(qtbot, owner: QWidget) -> None:
    outcome = Outcome()

    def work(progress, cancelled) -> None:
        raise ValidationError("{label} is required.", label="City")

    job = outcome.run(work, owner)
    # Not waitSignal(job.finished): the work may be over before the wait would connect.
    qtbot.waitUntil(lambda: not job.running)
    assert [str(error) for error in outcome.errors] == ["City is required."]
    assert not outcome.results and not outcome.cancelled


def test_a_deleted_owner_stops_the_work_and_hears_nothing(qtbot, owner: QWidget) -> None:
    outcome = Outcome()
    page = QWidget()
    started = threading.Event()

    def work(progress, cancelled) -> None:
        started.set()
        while not cancelled():
            threading.Event().wait(0.001)
        raise Cancelled("Cancelled.")

    job = outcome.run(work, page)
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignal(job.finished):
        page.deleteLater()
    assert job.cancel_requested() and outcome.cancelled == 0


def test_run_in_background_still_delivers_results(qtbot, owner: QWidget) -> None:
    received: list[object] = []
    run_in_background(lambda: 7, received.append, received.append, owner)
    qtbot.waitUntil(lambda: received == [7])
