"""The command line, run as a person runs it: in a process of its own, or, much faster, in this one.

``run_in_process`` calls ``ui.cli.main`` the way ``main.py`` does (``raise SystemExit(main())``)
with its own standard input, output and error, and puts back afterwards what ``main`` changes for
the whole process: the installed translator and default locale, the root logger's handlers and
level, the environment and the working folder. A few tests keep ``run_subprocess`` for what only a
real process shows (it starts without a display, a crash's exit code, the console script).
"""

from __future__ import annotations

import io
import json
import logging
import os
import select
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Completed:
    """What ``subprocess.run(..., capture_output=True, text=True)`` tells, for a call in process."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def run_subprocess(*argv: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGV`` in a new process with no display at all."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *argv],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


@contextmanager
def process_state_restored() -> Iterator[None]:
    """Put back what ``main`` sets for the whole process, so the next test starts as before."""
    from PySide6.QtCore import QCoreApplication, QLocale

    import ui.i18n

    app = QCoreApplication.instance()
    translators = list(ui.i18n._installed)
    locale = QLocale()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    environ = dict(os.environ)
    folder = os.getcwd()
    try:
        yield
    finally:
        os.chdir(folder)
        os.environ.clear()
        os.environ.update(environ)
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        if app is not None:
            for translator in ui.i18n._installed:
                app.removeTranslator(translator)
            ui.i18n._installed.clear()
            for translator in translators:
                app.installTranslator(translator)
                ui.i18n._installed.append(translator)
        QLocale.setDefault(locale)


def _require_qapplication() -> None:
    """``main`` makes a bare QCoreApplication when there is none, which the window tests could
    not use later in the session: the tests that call it ask for pytest-qt's ``qapp`` first."""
    from PySide6.QtWidgets import QApplication

    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("run_in_process needs the qapp fixture (pytest-qt's QApplication)")


def run_in_process(*argv: str, stdin: str | None = None) -> Completed:
    """``python main.py ARGV``, in this process: exit code, standard output and standard error."""
    from ui.cli import main

    _require_qapplication()
    out, err = io.StringIO(), io.StringIO()
    with process_state_restored(), redirect_stdout(out), redirect_stderr(err):
        saved_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin or "")
        os.chdir(ROOT)
        try:
            code = main(list(argv))
        except SystemExit as stop:  # argparse's --help and usage errors, as in a process
            if stop.code is None or isinstance(stop.code, int):
                code = stop.code or 0
            else:
                print(stop.code, file=sys.stderr)
                code = 1
        except Exception:  # what Python prints when an exception ends a process
            traceback.print_exc()
            code = 1
        finally:
            sys.stdin = saved_stdin
    return Completed(list(argv), code, out.getvalue(), err.getvalue())


@contextmanager
def forked_verbs(timeout: float = 120) -> Iterator[Callable[..., Completed]]:
    """``run(*argv, stdin=None)``: ``python main.py ARGV`` in a new process each time, forked
    from one that has imported only what every verb's process imports before its verb runs
    (tests/support/verb_forks.py), so each start costs a fork instead of those imports."""
    server = subprocess.Popen(
        [sys.executable, "-m", "tests.support.verb_forks"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert server.stdin is not None and server.stdout is not None
    requests, answers = server.stdin, server.stdout

    def run(*argv: str, stdin: str | None = None) -> Completed:
        requests.write(json.dumps({"argv": list(argv), "stdin": stdin}) + "\n")
        requests.flush()
        ready, _, _ = select.select([answers], [], [], timeout)
        assert ready, f"no answer in {timeout} s to {argv}"
        answer = json.loads(answers.readline())
        return Completed(list(argv), answer["returncode"], answer["stdout"], answer["stderr"])

    try:
        yield run
    finally:
        requests.close()  # the server ends at the end of its input
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a verb hangs: the test fails, nothing is left
            server.kill()
            server.wait()
