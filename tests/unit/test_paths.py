"""Where the program keeps its files: names that installed offices already have on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from inventaris.core.paths import data_dir, default_database_url, log_file, resources_dir


def test_the_default_database_and_log_keep_their_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INVENTARIS_HOME", str(tmp_path))
    assert data_dir() == tmp_path
    assert default_database_url() == f"sqlite:///{tmp_path / 'inventaris.db'}"
    assert log_file() == tmp_path / "inventaris.log"


def test_the_shipped_resources_are_found_beside_the_packages() -> None:
    assert (resources_dir() / "kodefikasi-awal.csv").is_file()
    assert (resources_dir() / "translations" / "inventaris_id.qm").is_file()
    assert (resources_dir().parent / "inventaris" / "migrations" / "env.py").is_file()


def test_a_frozen_bundle_reads_its_resources_from_its_own_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # PyInstaller sets sys.frozen and sys._MEIPASS (the bundle's _internal folder).
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
