"""Where data, backups, logs and the saved local configuration live."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from inventaris.core.errors import DatabaseError
from inventaris.core.i18n import QT_TRANSLATE_NOOP

APP_NAME = "Inventaris"
MSG_DATA_FOLDER = QT_TRANSLATE_NOOP(
    "Engine",
    "The data folder {folder} cannot be used ({detail}). Make it writable, or point "
    "INVENTARIS_HOME at a folder you may write to.",
)


def data_dir() -> Path:
    """The per-user data folder; ``INVENTARIS_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("INVENTARIS_HOME")
    if override:
        path = Path(override)
    else:
        import platformdirs  # local import: only needed when no override is given

        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError(
            MSG_DATA_FOLDER, folder=str(path), detail=error.strerror or str(error)
        ) from None
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return data_dir() / "inventaris.log"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'inventaris.db'}"


def _config_file() -> Path:
    return data_dir() / "config.json"


def load_local_config() -> dict[str, Any]:
    """This PC's own settings (which database to open); office settings live in the database."""
    try:
        loaded = json.loads(_config_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def save_local_config(values: dict[str, Any]) -> None:
    merged = load_local_config() | values
    target = _config_file()
    temporary = target.with_suffix(".tmp")
    temporary.write_text(json.dumps(merged, indent=2, sort_keys=True), encoding="utf-8")
    temporary.replace(target)  # atomic: a crash never leaves half a file


def resolve_database_url(cli_value: str | None) -> str:
    """``--db`` beats ``INVENTARIS_DB`` beats the saved setting beats the default SQLite file."""
    if cli_value:
        return cli_value
    from_env = os.environ.get("INVENTARIS_DB")
    if from_env:
        return from_env
    saved = load_local_config().get("database_url")
    if isinstance(saved, str) and saved:
        if ":" in saved.partition("://")[2].partition("@")[0] and "@" in saved:
            # saved by an older version with the password in it: move it to the password file
            return save_database_url(saved)
        return saved
    return default_database_url()


def save_database_url(raw_url: str) -> str:
    """Make ``raw_url`` this PC's database; a PostgreSQL password goes to the user's libpq
    password file, not into config.json. Returns the address as saved."""
    from inventaris.core.credentials import without_password

    saved = without_password(raw_url)
    save_local_config({"database_url": saved})
    return saved


def resources_dir() -> Path:
    """The shipped resources (code table, translations, icons, fonts, the guide): beside the
    packages in a checkout, in the bundle's own folder when PyInstaller froze the program."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and isinstance(bundle, str):
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
