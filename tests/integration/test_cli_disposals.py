"""``inventaris propose-disposal`` and ``inventaris dispose``: the cycle from the command line,
by code+register or scanned label line; ``find`` leaves disposed items out unless ``--all``.

The verbs run in this process, as in test_cli.py; the office is made through the use cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2
import pytest

from inventaris.accounts import every_unit_actor
from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from inventaris.core.permissions import SYSTEM_ACTOR
from inventaris.core.timeutil import to_wib
from inventaris.disposals.queries import get_proposal, list_proposals
from inventaris.disposals.types import ItemState
from inventaris.labels import label_data
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import a_room, chair, first_admin, office_values
from tests.support.cli import Completed, run_in_process

pytestmark = pytest.mark.usefixtures("qapp")
# The command line runs on the real clock: its today is the only date a decree may surely have.
TODAY = to_wib(datetime.now(UTC)).date()


def run(url: str, *args: str) -> Completed:
    return run_in_process("--lang", "en", "--db", url, *args)


@dataclass(frozen=True)
class Office:
    url: str
    db: Database
    chairs: list[str]  # code+register of four chairs
    payload: str  # the third chair's label line, as the scanner types it


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    admin = first_admin(sqlite_db)
    update_office_settings(sqlite_db, admin, office_values(get_office_settings(sqlite_db, admin)))
    room = a_room(sqlite_db, admin)
    chairs = create_assets(sqlite_db, admin, chair(room_id=room), 4)
    [third] = label_data(sqlite_db, admin, [chairs[2].id])
    return Office(
        url=f"sqlite:///{sqlite_db.url.database}",
        db=sqlite_db,
        chairs=[view.code_register for view in chairs],
        payload=third.payload,
    )


def _text(path: Path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return " ".join(" ".join(p.get_textpage().get_text_range().split()) for p in document)
    finally:
        document.close()


def test_propose_then_dispose_by_code_and_by_label(office: Office, tmp_path: Path) -> None:
    letter = tmp_path / "usulan.pdf"
    proposed = run(
        office.url, "propose-disposal", office.chairs[0], office.chairs[1], office.payload,
        "--reason", "Rusak berat", "--out", str(letter),
    )  # fmt: skip
    assert proposed.returncode == 0, proposed.stderr
    assert "3 item(s) proposed for disposal" in proposed.stdout
    text = _text(letter)
    assert "USULAN PENGHAPUSAN BARANG MILIK DAERAH" in text
    assert "Rusak berat" in text and "1.3.2.05.02.01.003" in text and "1.350.000" in text

    again = run(
        office.url, "propose-disposal", office.chairs[1], "--reason", "Hilang",
        "--out", str(tmp_path / "lagi.pdf"),
    )  # fmt: skip
    assert again.returncode == 1 and "is already proposed for disposal" in again.stderr
    assert not (tmp_path / "lagi.pdf").exists()

    never = run(
        office.url, "dispose", office.chairs[0], office.chairs[3], "--decree", "SK 1",
        "--date", TODAY.isoformat(),
    )  # fmt: skip
    assert never.returncode == 1
    assert f"{office.chairs[3]} is not proposed for disposal" in never.stderr
    disposed = run(
        office.url, "dispose", office.chairs[0], office.payload, "--decree", "188/7/2026",
        "--date", TODAY.isoformat(), "--method", "hibah",
    )  # fmt: skip
    assert disposed.returncode == 0, disposed.stderr
    assert f"2 item(s) disposed of by the decree 188/7/2026 of {TODAY:%d-%m-%Y}." in disposed.stdout
    assert "no inspection" in disposed.stderr  # a warning only

    actor = every_unit_actor(office.db, SYSTEM_ACTOR)
    [summary] = list_proposals(office.db, actor)
    view = get_proposal(office.db, actor, summary.id)
    assert [item.state for item in view.items] == [
        ItemState.DISPOSED,
        ItemState.PROPOSED,
        ItemState.DISPOSED,
    ]
    assert view.decrees[0].decreed_on == TODAY

    # find: the register (not disposed) unless --all
    found = run(office.url, "find", "Kursi")
    assert found.returncode == 0
    assert [line.split("\t")[0] for line in found.stdout.splitlines()] == [
        office.chairs[1],
        office.chairs[3],
    ]
    everything = run(office.url, "find", "Kursi", "--all")
    assert len(everything.stdout.splitlines()) == 4
    gone = run(
        office.url, "dispose", office.chairs[0], "--decree", "SK 2", "--date", TODAY.isoformat()
    )
    assert gone.returncode == 1 and "not proposed for disposal" in gone.stderr


def test_an_unknown_item_or_method_is_refused(office: Office, tmp_path: Path) -> None:
    unknown = run(
        office.url, "propose-disposal", "9.9.9.000001", "--reason", "Rusak",
        "--out", str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert (
        unknown.returncode == 1 and "No asset has the code or label 9.9.9.000001" in unknown.stderr
    )
    wrong = run(
        office.url, "dispose", office.chairs[0], "--decree", "SK", "--date", TODAY.isoformat(),
        "--method", "dibakar",
    )  # fmt: skip
    assert wrong.returncode == 2 and "invalid choice: 'dibakar'" in wrong.stderr
