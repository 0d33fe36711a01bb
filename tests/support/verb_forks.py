"""Verbs of the command line, each in a process of its own, without paying each start again.

Run as ``python -m tests.support.verb_forks`` (``run_forked`` in tests/support/cli.py does). It
imports what every ``python main.py VERB`` has imported before its verb runs (main.py's
``ui.cli``, and ``ui.errors`` and ``ui.i18n``, which ``main`` imports for any verb), then forks
one child per request: each child calls ``main`` as main.py does, so it starts from exactly that
state and imports what its verb needs itself, as a new process would.

Requests come one JSON line at a time on standard input (``{"argv": [...], "stdin": "..."}``);
each answer is one JSON line on standard output (``returncode``, ``stdout``, ``stderr``).
"""

from __future__ import annotations

import atexit
import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

# main imports these two for every verb, before the verb runs.
import ui.errors
import ui.i18n  # noqa: F401
from ui.cli import main


def _child(argv: list[str], stdin: Path, out: Path, err: Path) -> None:
    """Become ``python main.py ARGV`` with these files as its standard streams; never return."""
    code = 1
    try:
        streams = ((0, stdin, os.O_RDONLY), (1, out, os.O_WRONLY), (2, err, os.O_WRONLY))
        for fd, path, mode in streams:
            target = os.open(path, mode)
            os.dup2(target, fd)
            os.close(target)
        sys.stdin = open(0, encoding=sys.stdin.encoding, closefd=False)  # noqa: SIM115
        try:
            code = main(argv)
        except SystemExit as stop:  # as the interpreter reports it
            if stop.code is None or isinstance(stop.code, int):
                code = stop.code or 0
            else:
                print(stop.code, file=sys.stderr)
                code = 1
        atexit._run_exitfuncs()  # what a process does on its way out (logging's flush)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def serve() -> None:
    folder = Path(tempfile.mkdtemp(prefix="verb-forks-"))
    stdin, out, err = folder / "stdin", folder / "stdout", folder / "stderr"
    for line in sys.stdin:
        request = json.loads(line)
        stdin.write_text(request.get("stdin") or "")
        out.write_bytes(b"")
        err.write_bytes(b"")
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _child(list(request["argv"]), stdin, out, err)
        _, status = os.waitpid(pid, 0)
        answer = {
            "returncode": os.waitstatus_to_exitcode(status),
            "stdout": out.read_text(errors="replace"),
            "stderr": err.read_text(errors="replace"),
        }
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve()
