"""Shared test set-up: offscreen Qt, a private data folder, SQLite and a real PostgreSQL."""

from __future__ import annotations

import functools
import hashlib
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

# Before anything imports Qt: no display is needed or wanted. The offscreen screen is the
# office PC's smallest, 1366×768 (UI.md), so layouts and screenshots are judged at that size.
_home = tempfile.mkdtemp(prefix="inventaris-home-")
_screen = Path(_home) / "screen.json"
_screen.write_text(
    '{"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768, '
    '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ["INVENTARIS_HOME"] = _home
os.environ.pop("INVENTARIS_DB", None)
os.environ.pop("INVENTARIS_LANG", None)

import pytest  # noqa: E402

from inventaris.core.db import Database  # noqa: E402
from inventaris.core.schema import prepare_database  # noqa: E402
from inventaris.demo.office import load_demo_data  # noqa: E402
from tests.support.databases import (  # noqa: E402
    copy_sqlite,
    drop_postgres_database,
    make_postgres_template,
    make_sqlite_template,
    new_postgres_database,
    restore_sqlite,
)
from tests.support.postgres import throwaway_server  # noqa: E402

__all__ = [
    "BACKENDS",
    "FakeClock",
    "copy_demo",
    "drop_postgres_database",
    "migrated_db_url",
    "new_postgres_database",
]

BACKENDS = ("sqlite", "postgresql")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 28, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    with throwaway_server() as url:
        yield url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# --- databases: migrated once per session, copied per test (tests/support/databases.py) ---------


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file exactly as ``prepare_database`` leaves a new one; copy it, never open it."""
    return make_sqlite_template(tmp_path_factory.mktemp("template") / "template.db", FakeClock())


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str) -> Iterator[str]:
    """The name of a PostgreSQL database as ``prepare_database`` leaves a new one, to clone."""
    name = make_postgres_template(postgres_admin_url, FakeClock())
    yield name
    drop_postgres_database(postgres_admin_url, name)


@pytest.fixture(scope="session")
def demo_template(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., Path]:
    """``demo_template(assets=300, seed=2, ...)``: a SQLite file holding that demo office, made
    once per session with the test clock's start (as every test's ``clock`` begins) and copied
    per test."""
    made: dict[tuple[tuple[str, object], ...], Path] = {}

    def template(**options: Any) -> Path:
        key = tuple(sorted(options.items()))
        if key not in made:
            path = tmp_path_factory.mktemp("demo-template") / "demo.db"
            copy_sqlite(sqlite_template, path)
            made[key] = make_sqlite_template(
                path, FakeClock(), lambda database: load_demo_data(database, **options)
            )
        return made[key]

    return template


def copy_demo(db: Database, clock: FakeClock, template: Path) -> None:
    """Turn the (just copied, untouched) ``db`` into a copy of a demo template."""
    # The demo dates its rows by the clock: the template was made at the clock's start.
    assert clock.now == FakeClock().now, "the demo template was made at the clock's start"
    restore_sqlite(db, template)


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a truly empty database, once per backend: for the tests of migrations and of
    the first start. Everything else takes ``db_url``, a copy of the migrated template."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'inventaris.db'}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    name, url = new_postgres_database(admin_url)
    try:
        yield url
    finally:
        drop_postgres_database(admin_url, name)


@contextmanager
def migrated_db_url(request: pytest.FixtureRequest, backend: str, folder: Path) -> Iterator[str]:
    """A copy of the template of ``backend`` (a file in ``folder`` for SQLite), dropped after."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        yield copy_sqlite(template, folder / "inventaris.db")
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    name, url = new_postgres_database(admin_url, request.getfixturevalue("postgres_template"))
    try:
        yield url
    finally:
        drop_postgres_database(admin_url, name)


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of a database at the current schema with its reference rows, once per backend."""
    with migrated_db_url(request, request.param, tmp_path) as url:
        yield url


@pytest.fixture
def db(db_url: str, clock: FakeClock) -> Iterator[Database]:
    """A database at the current schema, on each backend."""
    database = Database(db_url, clock=clock)
    prepare_database(database)  # a no-op on the copied template: it only checks the revision
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, clock: FakeClock, sqlite_template: Path) -> Iterator[Database]:
    """SQLite only: for the UI and the command line, which do not depend on the backend."""
    database = Database(copy_sqlite(sqlite_template, tmp_path / "inventaris.db"), clock=clock)
    prepare_database(database)  # a no-op on the copied template: it only checks the revision
    yield database
    database.dispose()


@pytest.fixture(scope="session", autouse=True)
def _qt_settings_in_temp() -> None:
    """QSettings (window state, language) go to the private folder, not the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("InventarisTests")
    QCoreApplication.setApplicationName("InventarisTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, _home)


class _Overridden:
    """A module with some of its names replaced."""

    def __init__(self, module: object, **overrides: object) -> None:
        self._module = module
        self.__dict__.update(overrides)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


@pytest.fixture(scope="session", autouse=True)
def _each_password_hashed_once() -> Iterator[None]:
    """scrypt at the program's real cost, but worked out once per password and salt.

    Making users and logging in was a quarter of the suite's time: about 50 ms of scrypt each
    (inventaris/core/security.py). Here every salt is one fixed value, so each password is hashed
    once per session and its hash remembered. Hashes keep the program's format and parameters
    (test_accounts.py checks them) and every password is still checked against its hash.
    """
    from inventaris.core import security

    salt = bytes.fromhex("5a1f0c9e3b7d24e8a6c1f09b3e5d7a42")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            security, "hashlib", _Overridden(hashlib, scrypt=functools.cache(hashlib.scrypt))
        )
        patch.setattr(
            security, "secrets", _Overridden(secrets, token_bytes=lambda size: salt[:size])
        )
        yield
