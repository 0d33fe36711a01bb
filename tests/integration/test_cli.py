"""The command line works with no display at all, and speaks in sentences."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None, lang: str = "id") -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", lang, *args],
        capture_output=True,
        text=True,
        input=stdin,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_help_lists_the_verbs_without_a_display() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    for verb in ("demo", "upgrade", "info", "set-db", "create-user"):
        assert verb in result.stdout


def test_demo_then_info_headless(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    made = run("--db", url, "demo", "--assets", "250", "--seed", "4", lang="en")
    assert made.returncode == 0, made.stderr
    assert "250 assets" in made.stdout and "pimpinan" in made.stdout
    info = run("--db", url, "info", lang="en")
    assert info.returncode == 0, info.stderr
    assert "Assets: 250" in info.stdout


def test_demo_into_a_used_database_is_refused_in_indonesian(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "5").returncode == 0
    again = run("--db", url, "demo", "--assets", "5")
    assert again.returncode == 1
    assert "hanya" in again.stderr and "Traceback" not in again.stderr


@pytest.mark.parametrize(
    "url", ["sqlite:///{tmp}/no/such/folder/x.db", "not-a-url", "postgresql://u:p@127.0.0.1:1/x"]
)
def test_a_database_that_cannot_be_opened_gives_a_sentence(tmp_path: Path, url: str) -> None:
    result = run("--db", url.format(tmp=tmp_path), "info", lang="en")
    assert result.returncode == 1
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert ":p@" not in result.stderr


def test_create_user_reads_the_password_from_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    made = run(
        "--db",
        url,
        "create-user",
        "admin",
        "--name",
        "Admin",
        "--role",
        "admin",
        "--password-stdin",
        stdin="rahasia-123\n",
        lang="en",
    )
    assert made.returncode == 0, made.stderr
    clerk = run(
        "--db",
        url,
        "create-user",
        "budi",
        "--name",
        "Budi",
        "--role",
        "pengurus_barang",
        "--nip",
        "123",
        "--password-stdin",
        stdin="rahasia-123\n",
        lang="en",
    )
    assert clerk.returncode == 1
    assert "NIP" in clerk.stderr and "18 digits" in clerk.stderr


def test_set_db_saves_the_choice_for_this_pc(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'kantor.db'}"
    result = run("--db", url, "set-db", lang="en")
    assert result.returncode == 0, result.stderr
    from inventaris.paths import load_local_config

    assert load_local_config()["database_url"] == url


def test_labels_are_written_as_pdf_without_a_display(tmp_path: Path) -> None:
    import pypdfium2
    import zxingcpp

    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "60").returncode == 0
    out = tmp_path / "labels.pdf"
    made = run(
        "--db",
        url,
        "labels",
        "--out",
        str(out),
        "--template",
        "a4-4x10",
        "--start",
        "39",
        lang="en",
    )
    assert made.returncode == 0, made.stderr
    assert " labels on 3 page(s)" in made.stdout  # 60 less the disposed
    document = pypdfium2.PdfDocument(str(out))
    first_page = document[0].render(scale=300 / 72).to_pil()
    assert len(zxingcpp.read_barcodes(first_page)) == 2  # positions 39 and 40 of the sheet
    document.close()
    # Printed labels are remembered: nothing is left unlabelled now.
    again = run("--db", url, "labels", "--out", str(tmp_path / "again.pdf"), lang="en")
    assert again.returncode == 1 and "No asset needs a label" in again.stderr
    unknown = run("--db", url, "labels", "--out", str(out), "--template", "a5-9x9", lang="en")
    assert unknown.returncode == 1 and "no label template called a5-9x9" in unknown.stderr


def test_due_prints_one_line_per_item_and_exits_0(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    assert run("--db", url, "demo", "--assets", "60").returncode == 0
    from inventaris.accounts import authenticate
    from inventaris.db import Database
    from inventaris.register import RegisterFilter, RegisterQuery, all_register_rows
    from inventaris.vehicles import save_document

    db = Database(url)
    admin = authenticate(db, "admin", "demo1234")
    car = all_register_rows(db, admin, RegisterQuery(RegisterFilter(code_prefix="1.3.2.02")))[0]
    from datetime import timedelta

    from inventaris.timeutil import to_wib, utc_now

    today = to_wib(utc_now()).date()
    save_document(db, admin, car.id, "pajak_tahunan", today + timedelta(days=5))
    db.dispose()
    result = run("--db", url, "due", "--days", "30", lang="en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 1
    assert result.stdout.startswith("within 7 days\t")
    assert "Annual tax / STNK validation" in result.stdout
