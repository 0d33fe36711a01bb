"""Unexpected errors reach the log file with their traceback; the user gets a sentence."""

from __future__ import annotations

import logging
import threading

from inventaris.core.errors import ValidationError
from inventaris.core.paths import log_file
from ui.errors import message_for, setup_logging


def test_an_unexpected_error_is_logged_and_summarised(caplog) -> None:
    setup_logging()
    try:
        raise ZeroDivisionError("boom in a use case")
    except ZeroDivisionError as error:
        with caplog.at_level(logging.ERROR):
            text = message_for(error)
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    assert str(log_file()) in text and "Admin" in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file().read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in a use case" in logged and "Traceback" in logged


def test_a_domain_error_is_shown_translated_with_its_parameters() -> None:
    error = ValidationError("{label} is required.", field="city", label="City")
    assert message_for(error) == "Kota wajib diisi."


def test_a_result_for_a_closed_page_is_dropped(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from ui.worker import run_in_background, wait_for_background_work

    page = QWidget()
    received: list[object] = []
    page_closed = threading.Event()

    def work() -> int:
        # The result comes once the page is gone, whichever thread is quicker: before, a quick
        # result was sometimes handled first (a rare failure), else the wait below ran out (5 s).
        page_closed.wait(5)
        return 42

    job = run_in_background(work, received.append, received.append, page)
    page.deleteLater()
    qtbot.waitUntil(lambda: __import__("shiboken6").isValid(page) is False)
    with qtbot.waitSignal(job.finished, timeout=5000, raising=False):
        page_closed.set()
        wait_for_background_work()
    qtbot.wait(50)
    assert received == []
