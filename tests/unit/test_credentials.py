"""The PostgreSQL password is kept where PostgreSQL's tools keep it, never in config.json."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from inventaris.core.credentials import pgpass_file, without_password
from inventaris.core.paths import resolve_database_url, save_database_url


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("INVENTARIS_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.delenv("INVENTARIS_DB", raising=False)
    (tmp_path / "data").mkdir()
    return tmp_path


def test_set_db_saves_the_address_without_its_password(home: Path) -> None:
    saved = save_database_url("postgresql://budi:rahasia:123@10.0.0.5:5433/inventaris")
    assert saved == "postgresql://budi@10.0.0.5:5433/inventaris"
    config = (home / "data" / "config.json").read_text(encoding="utf-8")
    assert "rahasia" not in config
    assert json.loads(config)["database_url"] == saved
    assert pgpass_file().read_text(encoding="utf-8") == (
        "10.0.0.5:5433:inventaris:budi:rahasia\\:123\n"
    )
    assert stat.S_IMODE(pgpass_file().stat().st_mode) == 0o600
    assert resolve_database_url(None) == saved


def test_a_new_password_replaces_the_old_line_and_keeps_the_others(home: Path) -> None:
    pgpass_file().write_text("other.server:5432:*:postgres:lain\n", encoding="utf-8")
    without_password("postgresql://budi:lama@db.kantor/inventaris")
    without_password("postgresql://budi:baru@db.kantor/inventaris")
    assert pgpass_file().read_text(encoding="utf-8").splitlines() == [
        "other.server:5432:*:postgres:lain",
        "db.kantor:5432:inventaris:budi:baru",
    ]


def test_a_password_saved_by_an_older_version_is_moved_out(home: Path) -> None:
    (home / "data" / "config.json").write_text(
        json.dumps({"database_url": "postgresql://budi:rahasia@db.kantor/inventaris"}),
        encoding="utf-8",
    )
    assert resolve_database_url(None) == "postgresql://budi@db.kantor/inventaris"
    assert "rahasia" not in (home / "data" / "config.json").read_text(encoding="utf-8")
    assert "rahasia" in pgpass_file().read_text(encoding="utf-8")


def test_sqlite_addresses_are_saved_as_they_are(home: Path) -> None:
    assert save_database_url("sqlite:////srv/inventaris.db") == "sqlite:////srv/inventaris.db"
    assert not pgpass_file().exists()
