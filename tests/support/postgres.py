"""A throwaway PostgreSQL server for the test session (BASELINES.md shows the recipe).

``INVENTARIS_TEST_PG_URL`` points the tests at an existing server instead. Without either, the
PostgreSQL tests fail loudly: they are never skipped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError(
        "PostgreSQL server programs (initdb, pg_ctl) are not installed; run the README's test "
        "command, which installs them, or set INVENTARIS_TEST_PG_URL."
    )


def _as_owner(command: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server as the postgres user then.
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


def _memory_folder() -> str | None:
    """/dev/shm (memory) where there is one: every test clones and drops a database, and on a
    disk each of those waits for file writes and deletions (ten times slower here)."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


@contextmanager
def throwaway_server() -> Iterator[str]:
    """Start a private cluster on a free port; yield its admin URL; stop and delete it."""
    configured = os.environ.get("INVENTARIS_TEST_PG_URL")
    if configured:
        yield configured
        return
    bin_dir = _bin_dir()
    base = Path(tempfile.mkdtemp(prefix="inventaris-pg-", dir=_memory_folder()))
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    started = False
    try:
        subprocess.run(
            _as_owner([
                str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                "--no-sync", "-E", "UTF8", "--locale=C.UTF-8",
            ]),
            check=True, capture_output=True,
        )  # fmt: skip
        for _attempt in range(5):
            # Another test process (xdist's workers start a server each) may take the port
            # between probing it and starting: then try another.
            port = _free_port()
            options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
            started = (
                subprocess.run(
                    _as_owner([
                        str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w",
                        "-o", options, "start",
                    ]),
                    capture_output=True,
                ).returncode
                == 0
            )  # fmt: skip
            if started:
                break
        else:
            log = (base / "log").read_text(errors="replace")
            raise RuntimeError(f"the test PostgreSQL server did not start:\n{log}")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)
