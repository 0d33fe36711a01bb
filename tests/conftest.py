"""Shared test set-up: offscreen Qt, a private data folder, SQLite and a real PostgreSQL."""

from __future__ import annotations

import itertools
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
import sqlalchemy as sa  # noqa: E402

from inventaris.core.db import Database  # noqa: E402
from inventaris.core.schema import prepare_database  # noqa: E402
from tests.support.postgres import throwaway_server  # noqa: E402

BACKENDS = ("sqlite", "postgresql")
_counter = itertools.count()


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


def new_postgres_database(admin_url: str) -> tuple[str, str]:
    name = f"inventaris_test_{os.getpid()}_{next(_counter)}"
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine.dispose()
    return name, sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(admin_url: str, name: str) -> None:
    engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'inventaris.core.db'}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    name, url = new_postgres_database(admin_url)
    try:
        yield url
    finally:
        drop_postgres_database(admin_url, name)


@pytest.fixture
def db(empty_db_url: str, clock: FakeClock) -> Iterator[Database]:
    """A database at the current schema, on each backend."""
    database = Database(empty_db_url, clock=clock)
    prepare_database(database)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, clock: FakeClock) -> Iterator[Database]:
    """SQLite only: for the UI and the command line, which do not depend on the backend."""
    database = Database(f"sqlite:///{tmp_path / 'inventaris.core.db'}", clock=clock)
    prepare_database(database)
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
