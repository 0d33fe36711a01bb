"""Backups that restore: verified copies, automatic rotation, backup/restore/check verbs."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from inventaris import backups
from inventaris.accounts import UserInput, create_user
from inventaris.backups import (
    automatic_backup,
    backup_status,
    backups_to_keep,
    check_database,
    find_pg_tool,
    inspect_backup,
    list_backups,
    restore_backup,
)
from inventaris.core import sqlite_backup
from inventaris.core.db import Database
from inventaris.core.errors import DatabaseError, DomainError, NewerSchemaError
from inventaris.core.paths import backups_dir
from inventaris.core.permissions import SYSTEM_ACTOR, Role
from inventaris.core.schema import HEAD_REVISION, backup_sqlite, prepare_database, upgrade_to
from inventaris.core.sqlite_backup import row_counts
from inventaris.model import User
from tests.conftest import FakeClock, migrated_db_url
from tests.support.cli import Completed, run_in_process
from tests.support.databases import copy_sqlite, drop_postgres_database, new_postgres_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each test its own data folder, so its backups folder holds only its own backups."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("INVENTARIS_HOME", str(home))
    yield home


def run(*args: str, stdin: str | None = None) -> Completed:
    return run_in_process("--lang", "en", *args, stdin=stdin)


def url_of(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def usernames(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(sa.select(User.username)))


def add_user(db: Database, username: str) -> None:
    create_user(
        db, SYSTEM_ACTOR, UserInput(username, username.title(), Role.SECRETARIAT), "rahasia-123"
    )


def counts_of(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return row_counts(connection)


def integrity_of(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def older_database(path: Path) -> Database:
    db = Database(f"sqlite:///{path}", clock=FakeClock())
    upgrade_to(db, "0001_foundation")
    return db


# --- (a) the pre-upgrade backup: written aside, verified, then named -----------------------------


def test_a_normal_pre_upgrade_backup_is_verified_with_the_same_counts(
    sqlite_db: Database,
) -> None:
    add_user(sqlite_db, "sari")
    source = Path(str(sqlite_db.url.database))

    backup = backup_sqlite(sqlite_db, HEAD_REVISION)

    assert backup is not None and backup.parent == backups_dir()
    assert integrity_of(backup) == ["ok"]
    assert counts_of(backup) == counts_of(source)
    assert counts_of(backup)["app_user"] >= 1
    assert not list(backups_dir().glob("*.partial*"))
    assert not Path(f"{backup}-wal").exists()  # a closed backup is one file


def test_a_backup_that_fails_midway_leaves_no_file_with_the_backups_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = older_database(tmp_path / "kantor.db")

    def killed(target: Path) -> None:
        assert target.name.endswith(".partial") and target.stat().st_size > 0
        raise KeyboardInterrupt  # as a kill would stop it: after the pages, before the name

    monkeypatch.setattr(sqlite_backup, "_after_copy", killed)
    with pytest.raises(KeyboardInterrupt):
        prepare_database(db)

    assert list(backups_dir().iterdir()) == []  # neither a backup nor a half one
    with db.engine.connect() as connection:  # and the upgrade did not start
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
            "0001_foundation"
        )
    db.dispose()


def test_a_copy_whose_rows_differ_from_the_source_is_not_kept(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(sqlite_db, "sari")

    def lossy(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        source.backup(target)
        target.execute("DELETE FROM app_user WHERE username = 'sari'")

    monkeypatch.setattr(sqlite_backup, "_copy_pages", lossy)
    with pytest.raises(DatabaseError) as caught:
        backup_sqlite(sqlite_db, HEAD_REVISION)

    assert "app_user" in str(caught.value) and "not kept" in str(caught.value)
    assert list(backups_dir().iterdir()) == []


def test_a_backup_killed_with_sigkill_leaves_only_a_partial_that_the_next_one_removes(
    sqlite_db: Database, _own_data_folder: Path
) -> None:
    source = Path(str(sqlite_db.url.database))
    script = (
        "import sys, time\n"
        "from inventaris.core import sqlite_backup\n"
        "from inventaris.core.db import Database\n"
        "from inventaris.core.schema import backup_sqlite\n"
        "def stop_here(target):\n"
        "    print('copied', flush=True)\n"
        "    time.sleep(120)\n"
        "sqlite_backup._after_copy = stop_here\n"
        f"backup_sqlite(Database({f'sqlite:///{source}'!r}), 'x')\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, "INVENTARIS_HOME": str(_own_data_folder)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "copied"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        child.kill()
        if child.stdout is not None:
            child.stdout.close()

    left = sorted(path.name for path in backups_dir().iterdir())
    assert left and all(".partial" in name for name in left), left
    assert not any(name.endswith(".db") for name in left)

    # The next backup removes the leftover once it is clearly stale (an hour old).
    an_hour_ago = time.time() - 3700
    for leftover in backups_dir().iterdir():
        os.utime(leftover, (an_hour_ago, an_hour_ago))
    backup = backup_sqlite(sqlite_db, HEAD_REVISION)
    assert backup is not None
    assert sorted(backups_dir().iterdir()) == [backup]
    assert counts_of(backup) == counts_of(source)


# --- (e) an empty file is not made into a new database --------------------------------------------


def test_an_existing_empty_file_is_refused_and_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()

    with pytest.raises(DatabaseError) as caught:
        prepare_database(Database(f"sqlite:///{path}"))

    assert "empty (0 bytes)" in str(caught.value) and str(path) in str(caught.value)
    assert path.stat().st_size == 0


@pytest.mark.usefixtures("qapp")
def test_the_command_line_refuses_an_empty_database_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    result = run("--db", f"sqlite:///{path}", "info")
    assert result.returncode == 1
    assert "empty (0 bytes)" in result.stderr
    assert path.stat().st_size == 0


def test_a_missing_file_still_becomes_a_new_database(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.db'}")
    assert prepare_database(db).current_revision == HEAD_REVISION
    db.dispose()


# --- (b) automatic backups and their rotation -----------------------------------------------------


def test_the_rotation_rule_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    moments = [start + timedelta(days=offset) for offset in range(365)]
    kept = {moment.date() for moment in backups_to_keep(moments)}
    daily = {date(2026, 12, day) for day in range(25, 32)}
    weekly = {date(2026, 12, 20), date(2026, 12, 13)}  # 31-12 is a Thursday; Sundays before
    monthly = {
        date(2026, month, day)
        for month, day in (
            (1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30),
            (10, 31), (11, 30),
        )
    }  # fmt: skip
    assert kept == daily | weekly | monthly


def test_automatic_backups_rotate_over_a_simulated_year(
    sqlite_db: Database, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 730 backups: flushing each to the disk is not what this test is about.
    monkeypatch.setattr(sqlite_backup, "_fsync", lambda _path, folder=False: None)
    clock.now = datetime(2026, 1, 1, 1, 0, tzinfo=UTC)  # 08.00 WIB
    key = backups.database_key(sqlite_db)
    for _day in range(365):
        first = automatic_backup(sqlite_db, "start")
        assert first is not None and first.name.startswith(f"auto-{key}-")
        assert automatic_backup(sqlite_db, "start") is None  # once a day at the start
        clock.advance(hours=8)  # 16.00 WIB: the window closes
        assert automatic_backup(sqlite_db, "exit") is not None
        clock.advance(hours=16)

    left = [backup for backup in list_backups(key) if backup.automatic]
    assert len(left) == 7 + 2 + 11
    assert all(backup.taken_at.hour == 16 for backup in left)  # the newest of each day
    days = {backup.taken_at.date() for backup in left}
    assert {date(2026, 12, day) for day in range(25, 32)} <= days
    assert min(days) == date(2026, 1, 31)
    assert date(2026, 6, 15) not in days and date(2026, 12, 24) not in days
    assert all(integrity_of(backup.path) == ["ok"] for backup in left[:3])


def test_manual_and_pre_upgrade_backups_are_never_rotated_away(
    sqlite_db: Database, clock: FakeClock
) -> None:
    manual = backups.backup_database(sqlite_db, SYSTEM_ACTOR).path
    for _day in range(40):
        automatic_backup(sqlite_db, "start")
        clock.advance(days=1)
    assert manual.exists()


def test_the_status_tells_the_last_backup_in_wib(sqlite_db: Database, clock: FakeClock) -> None:
    status = backup_status(sqlite_db, SYSTEM_ACTOR)
    assert status.last_backup_at is None and status.automatic
    automatic_backup(sqlite_db, "start")
    status = backup_status(sqlite_db, SYSTEM_ACTOR)
    assert status.last_backup is not None and status.last_backup.parent == backups_dir()
    assert status.last_backup_at == datetime(
        2026, 11, 28, 9, 0, tzinfo=status.last_backup_at.tzinfo
    )
    assert status.last_backup_at.utcoffset() == timedelta(hours=7)


# --- (d) backup and restore through the command line, on both backends ----------------------------


@pytest.mark.usefixtures("qapp")
def test_backup_then_restore_brings_back_the_data_of_the_backup(
    db: Database, tmp_path: Path
) -> None:
    add_user(db, "sebelum")
    out = tmp_path / ("kantor.db" if db.backend == "sqlite" else "kantor.dump")
    made = run("--db", url_of(db), "backup", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert str(out) in made.stdout and out.is_file()
    add_user(db, "sesudah")

    restored = run("--db", url_of(db), "restore", str(out), "--yes")

    assert restored.returncode == 0, restored.stderr
    assert "restart" in restored.stdout
    names = usernames(db)
    assert "sebelum" in names and "sesudah" not in names
    safety = [path for path in backups_dir().iterdir() if "before-restore" in path.name]
    assert len(safety) == 1 and str(safety[0]) in restored.stdout
    if db.backend == "sqlite":
        assert integrity_of(safety[0]) == ["ok"]
        with closing(sqlite3.connect(safety[0])) as copy:
            assert ("sesudah",) in copy.execute("SELECT username FROM app_user").fetchall()
    checked = run("--db", url_of(db), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.usefixtures("qapp")
def test_backup_without_out_goes_dated_into_the_backups_folder(db: Database) -> None:
    made = run("--db", url_of(db), "backup")
    assert made.returncode == 0, made.stderr
    written = list(backups_dir().iterdir())
    assert len(written) == 1 and str(written[0]) in made.stdout
    suffix = ".db" if db.backend == "sqlite" else ".dump"
    assert re.fullmatch(rf"{backups.database_key(db)}-\d{{8}}-\d{{6}}{suffix}", written[0].name)


@pytest.mark.usefixtures("qapp")
def test_restore_asks_first_and_a_no_changes_nothing(sqlite_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "cadangan.db"
    assert run("--db", url_of(sqlite_db), "backup", "--out", str(out)).returncode == 0
    add_user(sqlite_db, "sesudah")

    refused = run("--db", url_of(sqlite_db), "restore", str(out), stdin="n\n")

    assert refused.returncode == 1
    assert f"Restore {out}" in refused.stdout and "[y/N]" in refused.stdout
    assert "sesudah" in usernames(sqlite_db)
    assert not list(backups_dir().glob("*before-restore*"))

    accepted = run("--db", url_of(sqlite_db), "restore", str(out), stdin="y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "sesudah" not in usernames(sqlite_db)


def _backup_copy(db: Database, tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    backups.backup_database(db, SYSTEM_ACTOR, path)
    return path


def _corrupt_a_page_in_the_middle(path: Path, table: str = "asset_code") -> None:
    """Garbage over the table's root page of a *copy* (never the live test database)."""
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()[0]
    assert root > 1
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size + 100)
        file.write(b"\xde\xad\xbe\xef garbage " * 200)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("kind", ["not a database", "another program", "newer", "damaged"])
def test_restore_refuses_a_file_that_is_not_a_good_backup(
    sqlite_db: Database, tmp_path: Path, kind: str
) -> None:
    if kind == "not a database":
        bad = tmp_path / "daftar.db"
        bad.write_text("kode;nama\n1.3.2;Laptop\n" * 300)
        expected = "not an SQLite database file"
    elif kind == "another program":
        bad = tmp_path / "lain.db"
        with closing(sqlite3.connect(bad)) as other:
            other.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
            other.commit()
        expected = "not an Inventaris one"
    elif kind == "newer":
        bad = _backup_copy(sqlite_db, tmp_path, "baru.db")
        with closing(sqlite3.connect(bad)) as newer:
            newer.execute("UPDATE alembic_version SET version_num = '0099_future'")
            newer.commit()
        expected = "newer version of Inventaris (schema 0099_future)"
    else:
        bad = _backup_copy(sqlite_db, tmp_path, "rusak.db")
        _corrupt_a_page_in_the_middle(bad)
        expected = "is damaged"
    add_user(sqlite_db, "tetap")

    result = run("--db", url_of(sqlite_db), "restore", str(bad), "--yes")

    assert result.returncode == 1
    assert expected in result.stderr and "Nothing was changed" in result.stderr
    assert "tetap" in usernames(sqlite_db)
    assert not list(backups_dir().glob("*before-restore*"))


def test_restore_refuses_the_live_database_itself(sqlite_db: Database) -> None:
    with pytest.raises(DomainError) as caught:
        inspect_backup(sqlite_db, SYSTEM_ACTOR, Path(str(sqlite_db.url.database)))
    assert "the database itself" in str(caught.value)


def test_restore_upgrades_an_older_backup_and_keeps_its_data(
    sqlite_db: Database, tmp_path: Path
) -> None:
    old = older_database(tmp_path / "lama.db")
    with old.engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO unit (name, kode_lokasi, head_title, head_name, head_nip, "
                "custodian_name, custodian_nip, active, row_version) "
                "VALUES ('Unit Lama', '12.99', '', '', '', '', '', 1, 1)"
            )
        )
    old.dispose()
    info = inspect_backup(sqlite_db, SYSTEM_ACTOR, tmp_path / "lama.db")
    assert info.revision == "0001_foundation" and info.older_schema

    result = restore_backup(sqlite_db, SYSTEM_ACTOR, tmp_path / "lama.db")

    assert result.upgraded and result.safety_copy is not None and result.safety_copy.exists()
    with sqlite_db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar() == (
            HEAD_REVISION
        )
        assert connection.execute(sa.text("SELECT name FROM unit")).scalars().all() == ["Unit Lama"]
        entry = connection.execute(
            sa.text("SELECT entity, new_values FROM audit_entry WHERE action = 'restore'")
        ).one()
    assert entry.entity == "database" and "lama.db" in entry.new_values


def test_a_newer_backup_is_refused_by_the_engine(sqlite_db: Database, tmp_path: Path) -> None:
    newer = _backup_copy(sqlite_db, tmp_path, "baru.db")
    with closing(sqlite3.connect(newer)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
        connection.commit()
    with pytest.raises(NewerSchemaError):
        restore_backup(sqlite_db, SYSTEM_ACTOR, newer)


def test_only_an_admin_may_back_up_or_restore(sqlite_db: Database, tmp_path: Path) -> None:
    from inventaris.core.errors import PermissionDenied
    from inventaris.core.permissions import Actor

    clerk = Actor(user_id=None, username="x", full_name="X", role=Role.CUSTODIAN)
    with pytest.raises(PermissionDenied):
        backups.backup_database(sqlite_db, clerk, tmp_path / "x.db")
    with pytest.raises(PermissionDenied):
        restore_backup(sqlite_db, clerk, tmp_path / "x.db")
    assert not backup_status(sqlite_db, clerk).can_manage


# --- PostgreSQL's tools ---------------------------------------------------------------------------


def test_a_missing_pg_tool_is_named_with_its_debian_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    monkeypatch.setattr(backups, "PG_BIN_GLOBS", ())
    with pytest.raises(DomainError) as caught:
        find_pg_tool("pg_dump")
    assert "pg_dump" in str(caught.value) and "postgresql-client" in str(caught.value)


def test_pg_tools_are_found_on_path_or_in_postgresqls_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = find_pg_tool("pg_restore")
    assert found.name == "pg_restore" and os.access(found, os.X_OK)
    monkeypatch.setattr(backups.shutil, "which", lambda _name: None)
    assert "/usr/lib/postgresql/" in str(find_pg_tool("pg_dump"))


def test_the_password_goes_through_the_environment_not_the_command_line() -> None:
    db = Database("postgresql://budi:Rahasia123@db.kantor:5433/inventaris?sslmode=require")
    address, env = backups._pg_connection(db)
    assert "Rahasia123" not in address
    assert address == "postgresql://budi@db.kantor:5433/inventaris?sslmode=require"
    assert env["PGPASSWORD"] == "Rahasia123"


@pytest.fixture
def postgres_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """PostgreSQL only: for what only pg_dump and pg_restore do (SQLite has its own tests)."""
    with migrated_db_url(request, "postgresql", tmp_path) as url:
        database = Database(url, clock=FakeClock())
        yield database
        database.dispose()


def test_a_postgresql_restore_refuses_a_file_pg_restore_cannot_read(
    postgres_db: Database, tmp_path: Path
) -> None:
    db = postgres_db
    bad = tmp_path / "bukan.dump"
    bad.write_text("this is not a dump\n" * 100)
    with pytest.raises(DomainError) as caught:
        inspect_backup(db, SYSTEM_ACTOR, bad)
    assert "pg_dump -Fc" in str(caught.value)


def test_a_postgresql_restore_of_an_older_dump_is_upgraded(
    postgres_db: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    db = postgres_db
    admin_url = request.getfixturevalue("postgres_admin_url")
    name, url = new_postgres_database(admin_url)
    try:
        old = Database(url, clock=FakeClock())
        upgrade_to(old, "0012_import")  # before the audit log's triggers and their function
        dump = backups.backup_database(old, SYSTEM_ACTOR, tmp_path / "lama.dump").path
        old.dispose()
    finally:
        drop_postgres_database(admin_url, name)
    assert inspect_backup(db, SYSTEM_ACTOR, dump).revision == "0012_import"

    result = restore_backup(db, SYSTEM_ACTOR, dump)

    assert result.upgraded and result.safety_copy is not None and result.safety_copy.exists()
    assert all(check.ok for check in check_database(db, SYSTEM_ACTOR))


def _foreign_keys(db: Database, table: str) -> set[str]:
    with db.engine.connect() as connection:
        return set(
            connection.execute(
                sa.text(
                    "SELECT conname FROM pg_constraint WHERE contype = 'f' "
                    "AND conrelid = CAST(:table AS regclass)"
                ),
                {"table": table},
            ).scalars()
        )


def test_a_failed_restore_of_an_older_dump_leaves_the_later_tables_as_they_were(
    postgres_db: Database,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = postgres_db
    keys = _foreign_keys(db, "vehicle_payment")  # a table made after 0012, pointing at older ones
    assert keys
    admin_url = request.getfixturevalue("postgres_admin_url")
    name, url = new_postgres_database(admin_url)
    try:
        old = Database(url, clock=FakeClock())
        upgrade_to(old, "0012_import")
        dump = backups.backup_database(old, SYSTEM_ACTOR, tmp_path / "lama.dump").path
        old.dispose()
    finally:
        drop_postgres_database(admin_url, name)
    real_run_tool = backups._run_tool

    def failing_restore(command: list[str], env: dict[str, str] | None = None) -> str:
        if "--clean" in command:
            raise DomainError(backups.MSG_TOOL_FAILED, tool="pg_restore", detail="disk full")
        return real_run_tool(command, env)

    monkeypatch.setattr(backups, "_run_tool", failing_restore)
    with pytest.raises(DomainError, match="disk full"):
        restore_backup(db, SYSTEM_ACTOR, dump)
    assert _foreign_keys(db, "vehicle_payment") == keys


# --- (e) inventaris check -------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_check_passes_on_a_sound_database(db: Database) -> None:
    result = run("--db", url_of(db), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()[1:]
    assert len(lines) >= 4 and all(": ok" in line for line in lines), lines
    assert any(line.startswith("Audit log protected") for line in lines)


@pytest.mark.usefixtures("qapp")
def test_check_fails_on_a_file_with_damaged_pages(sqlite_db: Database, tmp_path: Path) -> None:
    copy = Path(copy_sqlite(Path(str(sqlite_db.url.database)), tmp_path / "salinan.db")[10:])
    _corrupt_a_page_in_the_middle(copy)

    result = run("--db", f"sqlite:///{copy}", "check")

    assert result.returncode == 1
    assert "Integrity of the database file: PROBLEM: the file is damaged" in result.stdout


@pytest.mark.usefixtures("qapp")
def test_check_fails_when_the_audit_log_lost_its_protection(db: Database) -> None:
    with db.engine.begin() as connection:
        if db.backend == "sqlite":
            connection.exec_driver_sql("DROP TRIGGER audit_entry_no_delete")
        else:
            connection.exec_driver_sql("DROP TRIGGER audit_entry_append_only ON audit_entry")

    result = run("--db", url_of(db), "check")

    assert result.returncode == 1
    assert "Audit log protected against changes: PROBLEM: missing trigger(s)" in result.stdout


def test_check_finds_an_unreadable_audit_entry_and_a_broken_link(sqlite_db: Database) -> None:
    # Written as another program could: plain sqlite3, foreign keys not enforced.
    with closing(sqlite3.connect(str(sqlite_db.url.database))) as connection:
        connection.execute(
            "INSERT INTO audit_entry (occurred_at, user_id, username, action, entity, entity_id, "
            "old_values, new_values) VALUES ('2026-11-28 02:00:00.000000', NULL, 'x', 'update', "
            "'asset', '1', '{not json', NULL)"
        )
        connection.execute(
            "INSERT INTO room (unit_id, code, name, floor, kind, facilities, responsible_name, "
            "responsible_nip, active) VALUES (999, 'R.99', 'Hilang', '', 'office', '', '', '', 1)"
        )
        connection.commit()

    results = {result.name: result for result in check_database(sqlite_db, SYSTEM_ACTOR)}

    assert not results[backups.CHECK_AUDIT_ENTRIES].ok
    assert not results[backups.CHECK_FOREIGN_KEYS].ok
    assert "room" in results[backups.CHECK_FOREIGN_KEYS].message()
    assert results[backups.CHECK_INTEGRITY].ok


@pytest.mark.usefixtures("qapp")
def test_check_refuses_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "kosong.db"
    path.touch()
    result = run("--db", f"sqlite:///{path}", "check")
    assert result.returncode == 1 and "empty (0 bytes)" in result.stderr
    assert path.stat().st_size == 0
