"""Databases for tests, made fast: migrate once per session, then copy.

Running every Alembic migration for each test was most of the suite's time. Instead each test
session (each xdist worker) migrates one *template* per backend, exactly as
``prepare_database(Database(url))`` leaves a new database, and every test gets a copy of it:

* SQLite: SQLite's own backup API copies the template file (no connection holds the template
  while it is copied: it was disposed right after it was made).
* PostgreSQL: ``CREATE DATABASE ... TEMPLATE``; the template's engine is disposed so nothing is
  connected to it when it is cloned.

Tests about migrations or about an empty or older database keep a truly empty one
(``empty_db_url`` in tests/conftest.py).
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import sqlalchemy as sa

from inventaris.core.db import Database
from inventaris.core.schema import prepare_database
from inventaris.core.timeutil import Clock

_counter = itertools.count()


def _worker_tag() -> str:
    """Unique per process: xdist workers on one server (INVENTARIS_TEST_PG_URL) never collide."""
    return f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{os.getpid()}"


def copy_sqlite(template: Path, target: Path) -> str:
    """Copy a closed SQLite template with SQLite's backup API; return the copy's URL."""
    with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return f"sqlite:///{target}"


def restore_sqlite(db: Database, template: Path) -> None:
    """Make ``db``'s file a copy of ``template``: its pooled connections are closed first."""
    path = db.url.database
    assert path, db.url
    db.engine.dispose()
    copy_sqlite(template, Path(path))


def make_sqlite_template(
    path: Path, clock: Clock, fill: Callable[[Database], object] | None = None
) -> Path:
    """Migrate (and optionally fill) a new SQLite file, then close every connection to it."""
    database = Database(f"sqlite:///{path}", clock=clock)
    try:
        prepare_database(database)
        if fill is not None:
            fill(database)
    finally:
        database.dispose()
    # The last connection's close checkpointed the WAL into the file and removed it.
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


_admins: dict[str, sa.Engine] = {}


def _admin(admin_url: str) -> sa.Engine:
    """One engine per server, its connection kept: a new engine and connection for each clone
    and drop cost as much again as the clone itself. Pre-ping: a test may restart its server."""
    if admin_url not in _admins:
        _admins[admin_url] = sa.create_engine(
            admin_url, isolation_level="AUTOCOMMIT", pool_size=1, pool_pre_ping=True
        )
    return _admins[admin_url]


def postgres_url(admin_url: str, name: str) -> str:
    return sa.make_url(admin_url).set(database=name).render_as_string(hide_password=False)


_file_copy: dict[str, bool] = {}


def new_postgres_database(
    admin_url: str, template: str | None = None, name: str | None = None
) -> tuple[str, str]:
    """Create a database (empty, or a clone of ``template``), named ``name`` or a new name;
    return its name and URL."""
    name = name or f"inventaris_test_{_worker_tag()}_{next(_counter)}"
    engine = _admin(admin_url)
    with engine.connect() as connection:
        clause = ""
        if template:
            clause = f' TEMPLATE "{template}"'
            if admin_url not in _file_copy:
                version = connection.exec_driver_sql("SHOW server_version_num").scalar()
                _file_copy[admin_url] = int(str(version)) >= 150000
            if _file_copy[admin_url]:
                # PostgreSQL 15 copies a template through its WAL by default; copying the
                # files is twice as fast for a database this small.
                clause += " STRATEGY FILE_COPY"
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"{clause}')
    return name, postgres_url(admin_url, name)


def drop_postgres_database(admin_url: str, name: str) -> None:
    engine = _admin(admin_url)
    with engine.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_postgres_template(admin_url: str, clock: Clock) -> str:
    """A migrated database to clone; no connection to it is left open."""
    name, url = new_postgres_database(admin_url)
    database = Database(url, clock=clock)
    try:
        prepare_database(database)
    finally:
        database.dispose()
    return name
