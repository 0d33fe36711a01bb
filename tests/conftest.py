"""Shared test set-up: offscreen Qt, a private data folder, SQLite and a real PostgreSQL."""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import os
import secrets
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

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
    "filled",
    "migrated_db_url",
    "new_postgres_database",
    "shared_database",
]

BACKENDS = ("sqlite", "postgresql")
T = TypeVar("T")


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 28, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


# The longest tests (seconds each, measured), dealt out first: xdist's --dist load hands out
# tests in collection order, and one of these started last keeps the other worker idle.
SLOW_FIRST = (
    "tests/integration/test_audit_everywhere.py::test_each_writing_verb_is_audited",
    "tests/ui/test_screen_fit.py::test_every_window_and_dialog_fits_the_screen_with_its_buttons",
    "tests/ui/test_press_everything.py::test_press_everything",
    "tests/integration/test_backups.py::test_automatic_backups_rotate_over_a_simulated_year",
    "tests/integration/test_agenda_signatures.py::test_each_signature_block_stays_on_one_page",
    "tests/ui/test_files.py::test_our_save_dialog_never_opens_the_database_beside_it",
    "tests/integration/test_inventory_workbook.py::test_a_room_longer_than_a_page_gets_its_head",
    "tests/ui/test_vehicles_page.py::test_a_correction_form_says_when_another_pc_saved_its_rec",
    "tests/integration/test_cli.py::test_labels_are_written_as_pdf_without_a_display",
    "tests/integration/test_vehicles.py::test_the_grouped_due_query_agrees_with_reading_every_",
)


def pytest_configure(config: pytest.Config) -> None:
    # --dist load first deals each worker a quarter of its share in one consecutive chunk: all
    # of SLOW_FIRST would go to the first worker. Two at a time, each takes the next longest.
    if getattr(config.option, "maxschedchunk", "absent") is None:
        config.option.maxschedchunk = 2


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Longest first (in SLOW_FIRST's order), the rest as collected."""

    def rank(item: pytest.Item) -> int:
        return next(
            (n for n, prefix in enumerate(SLOW_FIRST) if item.nodeid.startswith(prefix)),
            len(SLOW_FIRST),
        )

    items.sort(key=rank)  # stable: the same order in every xdist worker


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


@pytest.fixture(scope="session")
def _filled_templates() -> Iterator[dict[tuple[str, str], tuple[str, Any]]]:
    """``filled``'s templates: (fill, backend) -> (URL, what fill returned)."""
    made: dict[tuple[str, str], tuple[str, Any]] = {}
    yield made
    for url, _ in made.values():
        if url.startswith("postgresql"):
            location = sa.make_url(url)
            admin_url = location.set(database="postgres").render_as_string(hide_password=False)
            # The session's own server may be stopped already: its databases went with it.
            with contextlib.suppress(sa.exc.OperationalError):
                drop_postgres_database(admin_url, str(location.database))


def filled(request: pytest.FixtureRequest, db: Database, fill: Callable[[Database], T]) -> T:
    """``fill(db)`` for a fixture that only fills a just-made ``db``: the first time per backend
    and session, ``fill`` runs on a template of its own (at the clock's start, as every test's
    ``clock`` begins); then ``db`` becomes a copy of that template and a copy of what ``fill``
    returned is returned."""
    assert db.clock() == FakeClock().now, "a filled template is made at the clock's start"
    backend = db.url.get_backend_name()
    key = (f"{fill.__module__}.{fill.__qualname__}", backend)
    _filled = request.getfixturevalue("_filled_templates")
    if key not in _filled:
        if backend == "sqlite":
            folder = request.getfixturevalue("tmp_path_factory").mktemp("filled")
            path = copy_sqlite(request.getfixturevalue("sqlite_template"), folder / "filled.db")
            template = Database(path, clock=FakeClock())
        else:
            admin_url = request.getfixturevalue("postgres_admin_url")
            _, url = new_postgres_database(admin_url, request.getfixturevalue("postgres_template"))
            template = Database(url, clock=FakeClock())
        try:
            prepare_database(template)  # as the ``db`` fixture does
            made = fill(template)
        finally:
            template.dispose()
        _filled[key] = (template.url.render_as_string(hide_password=False), made)
    source, made = _filled[key]
    db.engine.dispose()
    if backend == "sqlite":
        copy_sqlite(Path(str(sa.make_url(source).database)), Path(str(db.url.database)))
    else:
        admin_url = request.getfixturevalue("postgres_admin_url")
        drop_postgres_database(admin_url, str(db.url.database))
        new_postgres_database(admin_url, sa.make_url(source).database, str(db.url.database))
    return copy.deepcopy(made)


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


@contextmanager
def shared_database(request: pytest.FixtureRequest, folder: Path) -> Iterator[Database]:
    """For a module-scoped fixture with ``params=BACKENDS``: a database as ``db`` gives, on the
    clock's start, to fill once and read by several tests that change nothing in it."""
    with migrated_db_url(request, request.param, folder) as url:
        database = Database(url, clock=FakeClock())
        prepare_database(database)
        try:
            yield database
        finally:
            database.dispose()


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
