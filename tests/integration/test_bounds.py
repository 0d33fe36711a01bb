"""Values no field may take give a sentence naming the field, never a crash or a stored
surprise: control characters, absurd amounts, times without a zone, dates far off."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from inventaris.assets.editing import create_assets
from inventaris.bookings.service import BookingInput, book
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.limits import MAX_RUPIAH
from inventaris.locations import RoomInput, save_room
from inventaris.residences.occupancy import start_occupancy
from tests.integration.test_bookings import at, meeting, meeting_room
from tests.integration.test_residences import a_house, occupant
from tests.support.builders import chair, first_admin
from tests.support.cli import run_in_process


@pytest.mark.parametrize("text", ["Kursi\x00rapat", "Kursi\x1b[31m", "Kursi\x0brapat"])
def test_control_characters_are_refused_in_any_text(db: Database, text: str) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError, match="control character") as caught:
        create_assets(db, admin, chair(name=text))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError, match="control character") as caught:
        save_room(db, admin, RoomInput(code="R.1", name=text))
    assert caught.value.field == "name"


def test_line_breaks_and_tabs_stay_allowed_in_notes(db: Database) -> None:
    admin = first_admin(db)
    [item] = create_assets(db, admin, chair(notes="Baris satu\nbaris dua\tkolom"))
    assert item.notes == "Baris satu\nbaris dua\tkolom"


def test_an_absurd_price_or_area_is_refused_by_field(db: Database) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError, match="at most") as caught:
        create_assets(db, admin, chair(price=MAX_RUPIAH + 1))
    assert caught.value.field == "price"
    with pytest.raises(ValidationError, match="at most") as caught:
        create_assets(db, admin, chair(price=10**20))  # an OverflowError on SQLite before
    assert caught.value.field == "price"
    house = a_house(db, admin)
    del house
    from tests.integration.test_residences import AssetInput

    land = AssetInput(
        code="1.3.1.01.01.01.001",
        name="Tanah kantor",
        acquisition_year=2000,
        price=1_000_000,
        address="Jl. Proklamasi",
        land_area_m2=Decimal(-5),
        land_title_status="Hak Pakai",
    )
    with pytest.raises(ValidationError, match="cannot be negative") as caught:
        create_assets(db, admin, land)
    assert caught.value.field == "land_area_m2"


def test_bookings_refuse_naive_times_far_dates_and_endless_lengths(db: Database) -> None:
    admin = first_admin(db)
    room = meeting_room(db, admin)
    start = datetime(2026, 12, 1, 9)  # noqa: DTZ001 - the mistake under test
    naive = BookingInput(room, start, start + timedelta(hours=1), "Rapat")
    with pytest.raises(ValidationError, match="time zone") as caught:
        book(db, admin, naive)
    assert caught.value.field == "starts_at"
    far = at(1, 9).replace(year=2062)
    with pytest.raises(ValidationError, match="two years ahead") as caught:
        book(db, admin, meeting(room, far, far + timedelta(hours=1)))
    assert caught.value.field == "starts_at"
    with pytest.raises(ValidationError, match="at most 14 days") as caught:
        book(db, admin, meeting(room, at(1, 9), at(1, 9) + timedelta(days=20)))
    assert caught.value.field == "ends_at"


def test_a_sip_valid_until_9999_is_refused(db: Database) -> None:
    admin = first_admin(db)
    house = a_house(db, admin)
    with pytest.raises(ValidationError, match="believable") as caught:
        start_occupancy(db, admin, occupant(house, valid_until=date(9999, 12, 31)))
    assert caught.value.field == "valid_until"
    with pytest.raises(ValidationError, match="believable") as caught:
        start_occupancy(db, admin, occupant(house, sip_date=date(2062, 1, 10)))
    assert caught.value.field == "sip_date"


@pytest.mark.parametrize(
    ("out", "says"),
    [("", "give the name"), ("{folder}", "is a folder"), ("{folder}/missing/x.xlsx", "not exist")],
)
@pytest.mark.usefixtures("qapp")
def test_every_verb_with_out_says_what_is_wrong_with_it(
    sqlite_db: Database, tmp_path: Path, out: str, says: str
) -> None:
    target = out.format(folder=tmp_path)
    url = f"sqlite:///{sqlite_db.url.database}"
    for verb in (
        ["kir", "--room", "R.1"],
        ["labels"],
        ["vehicle-report", "--year", "2026"],
        ["export-inventory", "--year", "2026"],
        ["vehicle-history", "--plate", "BK 1 A"],
        ["agenda", "--date", "2026-12-01"],
        ["export-bookings", "--from", "2026-12-01", "--to", "2026-12-31"],
        ["ics", "--room", "R.1"],
    ):
        result = run_in_process("--db", url, "--lang", "en", *verb, "--out", target)
        assert result.returncode == 2, (verb, result.stderr)
        assert says in result.stderr, (verb, result.stderr)


@pytest.mark.usefixtures("qapp")
def test_an_unusable_data_folder_is_a_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("INVENTARIS_HOME", str(blocker / "data"))
    result = run_in_process("--lang", "en", "info")
    assert result.returncode == 1
    assert "cannot be used" in result.stderr and "Traceback" not in result.stderr

    from PySide6.QtCore import QCoreApplication

    from tests.support.cli import process_state_restored
    from ui.errors import message_for
    from ui.i18n import install_translator

    with process_state_restored():  # in English, whichever language an earlier test left
        install_translator(QCoreApplication.instance(), "en")
        text = message_for(RuntimeError("boom"))  # the handler itself never raises
    assert "tell your Admin" in text


def test_an_imported_cell_with_a_control_character_is_a_problem_at_its_cell(
    db: Database, tmp_path: Path
) -> None:
    from inventaris.importing.service import import_assets, open_import

    admin = first_admin(db)
    path = tmp_path / "kib.csv"
    path.write_text(
        "KD_BRG;URAIAN;NO_REG;TGL_PEROLEHAN;NILAI PEROLEHAN;KONDISI\n"
        "1.3.2.05.02.01.003;Kursi\x1bBesi;000010;28-11-2020;1.350.000;1\n",
        encoding="utf-8",
    )
    report = import_assets(db, admin, open_import(db, admin, path))
    [problem] = report.problems
    assert (problem.row, problem.column, problem.field) == (2, "B", "name")
    assert "control character" in str(problem.params) + problem.template
    assert not report.written


def test_a_capitalisation_past_the_maximum_price_is_refused(db: Database) -> None:
    from inventaris.assets.events import add_value

    admin = first_admin(db)
    [item] = create_assets(db, admin, chair(price=MAX_RUPIAH - 10))
    with pytest.raises(ValidationError, match="at most") as caught:
        add_value(db, admin, item.id, 11)
    assert caught.value.field == "amount"
