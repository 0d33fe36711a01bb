"""A paper's write held at a gate, to see the window while it runs: the PDF is written on a
worker thread, the window answers, the paper's buttons are off, the cursor is busy and after a
moment "Menyimpan…" shows; pressed again meanwhile, nothing more is written."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import screenshot
from ui.busy import BusyIndicator

GATE_S = 10.0  # a broken test lets the write go after this: it never hangs the run


class HeldWrite:
    """Stands in for a write function: notes the thread it runs in, waits at the gate, then
    writes for real."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.gate = threading.Event()
        self.started = threading.Event()
        self.threads: list[threading.Thread] = []
        self.on_gui_thread: list[bool] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        application = QCoreApplication.instance()
        assert application is not None
        self.on_gui_thread.append(QThread.currentThread() == application.thread())
        self.started.set()
        self.gate.wait(GATE_S)
        return self.real(*args, **kwargs)


@contextmanager
def held_write(
    monkeypatch: pytest.MonkeyPatch, module: object, name: str = "write_pdf"
) -> Iterator[HeldWrite]:
    held = HeldWrite(getattr(module, name))
    monkeypatch.setattr(module, name, held)
    try:
        yield held
    finally:
        held.gate.set()


def while_held(
    qtbot,
    held: HeldWrite,
    busy: BusyIndicator,
    controls: Sequence[QWidget | QAction],
    *,
    again: Callable[[], object] | None = None,
    shot: str = "",
) -> None:
    """Check the window while the write waits at the gate, then let it go and wait for the
    busy state to end (the result delivered on the GUI thread)."""
    ticks: list[int] = []
    timer = QTimer()  # the GUI thread's event loop: it must keep turning meanwhile
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        qtbot.waitUntil(held.started.is_set, timeout=5_000)
        assert held.threads and threading.main_thread() not in held.threads
        assert held.on_gui_thread == [False]
        assert busy.active
        assert not any(control.isEnabled() for control in controls)
        assert busy.host.cursor().shape() == Qt.CursorShape.BusyCursor
        if again is not None:  # pressed again meanwhile: no second paper
            assert again() is None
        qtbot.waitUntil(
            lambda: not busy.line.isHidden() and busy.line.text() == busy.working_text,
            timeout=3_000,
        )
        assert busy.working_text == "Menyimpan…"
        if shot:
            screenshot(busy.host.window(), shot)
        assert len(ticks) >= 5
    finally:
        timer.stop()
        held.gate.set()
    qtbot.waitUntil(lambda: not busy.active, timeout=10_000)
    assert len(held.threads) == 1
    assert busy.line.isHidden()
    assert busy.host.cursor().shape() != Qt.CursorShape.BusyCursor
