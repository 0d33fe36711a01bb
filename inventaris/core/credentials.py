"""Where this PC keeps the PostgreSQL password: the user's libpq password file, never the
program's own settings.

The saved database address carries no password. The password goes into the file PostgreSQL's
own tools read (``~/.pgpass``, or ``%APPDATA%\\postgresql\\pgpass.conf`` on Windows, or the file
``PGPASSFILE`` names), readable by the user alone, where the driver finds it when it connects.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.engine import URL

DEFAULT_PORT = 5432


def pgpass_file() -> Path:
    override = os.environ.get("PGPASSFILE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A pgpass line's five fields, with ``\\:`` and ``\\\\`` read back."""
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields


def store_password(url: URL) -> None:
    """Write (or replace) the line for this server, database and user; the file is 0600."""
    if url.password is None:
        return
    key = [
        url.host or "localhost",
        str(url.port or DEFAULT_PORT),
        url.database or "*",
        url.username or "*",
    ]
    target = pgpass_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        lines = target.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    kept = [line for line in lines if _fields(line)[:4] != key]
    kept.append(":".join(_escaped(part) for part in [*key, str(url.password)]))
    temporary = target.with_name(target.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(kept) + "\n")
    os.chmod(temporary, 0o600)
    temporary.replace(target)


def without_password(raw_url: str) -> str:
    """The address as saved: a PostgreSQL URL's password moves to the password file."""
    url = make_url(raw_url)
    if url.get_backend_name() != "postgresql" or url.password is None:
        return raw_url
    store_password(url)
    return url._replace(password=None).render_as_string(hide_password=False)
