"""Bookings leave the program as a printed agenda, an .xlsx and an .ics: each read back the way
the person receiving it would read it (pypdfium2, openpyxl, the icalendar package)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.bookings.ics import (
    bookings_of_series,
    calendar_ics,
    escape_text,
    fold_line,
    room_calendar_ics,
    series_ics,
)
from inventaris.bookings.outputs import (
    Agenda,
    agenda_html,
    daily_agenda,
    export_bookings_xlsx,
    format_day_long,
)
from inventaris.bookings.recurrence import Frequency, Recurrence
from inventaris.bookings.service import (
    BookingInput,
    Resource,
    Scope,
    book,
    book_series,
    cancel_booking,
)
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, ValidationError
from inventaris.core.permissions import Actor
from inventaris.core.timeutil import WIB
from inventaris.locations import RoomInput, RoomKind, save_room
from inventaris.office import get_office_settings, update_office_settings
from inventaris.vehicles.fleet import VehicleDetailInput, save_vehicle_details
from tests.support.builders import first_admin, office_values, vehicle
from tests.support.cli import Completed, run_in_process
from tests.support.databases import copy_sqlite

HEADERS = [
    "No",
    "Tanggal",
    "Mulai",
    "Selesai",
    "Ruang/Kendaraan",
    "Acara",
    "Unit Penyelenggara",
    "Kontak",
    "Telepon",
    "Peserta",
    "Kebutuhan",
    "Status",
    "Keterangan",
]
TRICKY_TITLE = "Rapat A, B; C\\D\nbaris kedua"
LONG_NOTES = "Catatan: " + "kopi ☕ dan kué — " * 12  # multi-byte characters all along


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=WIB)


def _office(db: Database) -> Actor:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    return admin


def _room(db: Database, admin: Actor, code: str, name: str, capacity: int = 40) -> Resource:
    room = save_room(
        db, admin, RoomInput(code=code, name=name, kind=RoomKind.MEETING, capacity=capacity)
    )
    return Resource("room", room.id)


@pytest.fixture
def office(db: Database) -> dict[str, Any]:
    """Two meeting rooms and a pool car, booked on Monday 30 November and in December."""
    admin = _office(db)
    bupati = _room(db, admin, "RR.01", "Ruang Rapat Bupati")
    sekda = _room(db, admin, "RR.02", "Ruang Rapat Sekda", 20)
    _room(db, admin, "RR.03", "Aula Kantor Bupati", 200)
    car = create_assets(db, admin, vehicle())[0].id
    save_vehicle_details(db, admin, car, VehicleDetailInput(pooled=True))
    later = book(
        db,
        admin,
        BookingInput(bupati, at(30, 13, month=11), at(30, 15, month=11), "Evaluasi BMD", "BPKAD"),
    )
    first = book(
        db,
        admin,
        BookingInput(
            bupati,
            at(30, 9, month=11),
            at(30, 10, 30, month=11),
            "Rapat koordinasi pimpinan OPD",
            organizer_unit="Bagian Umum",
            contact_name="Nurhayati Lubis",
            contact_phone="081260001234",
            participants=35,
            needs=("snacks", "projector"),
            notes="Bawa bahan paparan",
        ),
    )
    gone = book(
        db,
        admin,
        BookingInput(sekda, at(30, 9, month=11), at(30, 10, month=11), "Rapat batal", "Bappeda"),
    )
    cancel_booking(db, admin, gone.id, "pimpinan dinas luar")
    trip = book(
        db,
        admin,
        BookingInput(
            Resource("vehicle", car),
            at(30, 7, month=11),
            at(1, 16),
            "Dinas ke Medan",
            "Bagian Umum",
        ),
    )
    christmas = book(
        db, admin, BookingInput(sekda, at(25, 10), at(25, 11), "Piket Natal", "Bagian Umum")
    )
    return {
        "admin": admin,
        "bupati": bupati,
        "sekda": sekda,
        "first": first,
        "later": later,
        "gone": gone,
        "trip": trip,
        "christmas": christmas,
    }


# --- the daily agenda ----------------------------------------------------------------------------


def test_the_agenda_lists_every_meeting_room_in_time_order_and_the_pool_car_apart(
    db: Database, office: dict[str, Any]
) -> None:
    agenda = daily_agenda(db, office["admin"], date(2026, 11, 30))
    assert agenda.day_text == "Senin, 30 November 2026"
    assert agenda.holiday is None
    assert [room.name for room in agenda.rooms] == [
        "Aula Kantor Bupati",
        "Ruang Rapat Bupati",
        "Ruang Rapat Sekda",
    ]
    aula, bupati, sekda = agenda.rooms
    assert aula.entries == () and sekda.entries == ()  # the cancelled meeting stays off
    assert [entry.time for entry in bupati.entries] == ["09.00–10.30", "13.00–15.00"]
    first = bupati.entries[0]
    assert (first.title, first.organizer_unit, first.contact_phone) == (
        "Rapat koordinasi pimpinan OPD",
        "Bagian Umum",
        "081260001234",
    )
    assert (first.needs, first.status_text, first.participants) == (
        "Konsumsi, Proyektor",
        "Dikonfirmasi",
        35,
    )
    assert bupati.detail == "kapasitas 40 orang"
    assert [entry.title for entry in agenda.vehicles] == ["Dinas ke Medan"]
    assert agenda.vehicles[0].time == "07.00–01-12-2026 16.00"  # a trip over two days
    assert "BK 1234 AB" in agenda.vehicles[0].resource_name
    assert agenda.booking_count == 3


def test_the_agenda_html_escapes_every_text(db: Database, office: dict[str, Any]) -> None:
    admin = office["admin"]
    book(
        db,
        admin,
        BookingInput(office["sekda"], at(2, 9), at(2, 10), "<script>alert(1)</script> & co"),
    )
    html = agenda_html(daily_agenda(db, admin, date(2026, 12, 2)))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in html
    assert "JADWAL PENGGUNAAN RUANG RAPAT" in html and "Rabu, 2 Desember 2026" in html


def test_long_dates_name_the_indonesian_weekday() -> None:
    assert format_day_long(date(2026, 11, 30)) == "Senin, 30 November 2026"
    assert format_day_long(date(2026, 12, 25)) == "Jumat, 25 Desember 2026"
    assert format_day_long(date(2026, 12, 27)) == "Minggu, 27 Desember 2026"


def _pdf_text(path: Path) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def _render(agenda: Agenda, path: Path) -> list[str]:
    from ui.printing import agenda_document, write_pdf

    assert write_pdf(agenda_document(agenda), path) >= 1
    return _pdf_text(path)


def test_the_agenda_pdf_carries_title_date_rooms_bookings_and_the_holiday(
    qapp: Any, db: Database, office: dict[str, Any], tmp_path: Path
) -> None:
    admin = office["admin"]
    text = " ".join(_render(daily_agenda(db, admin, date(2026, 11, 30)), tmp_path / "a.pdf"))
    assert "PEMERINTAH KABUPATEN LANGKAT" in text
    assert "JADWAL PENGGUNAAN RUANG RAPAT Senin, 30 November 2026" in text
    assert "RUANG RAPAT BUPATI (kapasitas 40 orang)" in text
    assert "09.00–10.30 Rapat koordinasi pimpinan OPD Bagian Umum Nurhayati Lubis" in text
    assert "13.00–15.00 Evaluasi BMD BPKAD" in text
    assert "RUANG RAPAT SEKDA" in text and "Tidak ada pemakaian." in text
    assert "Rapat batal" not in text
    assert "KENDARAAN OPERASIONAL" in text and "Dinas ke Medan" in text
    assert "Drs. Zulkarnain" in text and "Halaman 1 dari 1" in text

    holiday = " ".join(_render(daily_agenda(db, admin, date(2026, 12, 25)), tmp_path / "b.pdf"))
    assert "Jumat, 25 Desember 2026 Hari libur nasional: Hari Raya Natal" in holiday
    assert "10.00–11.00 Piket Natal" in holiday


# --- a period as .xlsx ---------------------------------------------------------------------------


def _header_row(ws: Any) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, 1).value == "No")


def test_the_period_workbook_has_one_row_per_booking_with_real_dates_and_numbers(
    db: Database, office: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "pemesanan.xlsx"
    report = export_bookings_xlsx(db, office["admin"], date(2026, 11, 30), date(2026, 12, 31), path)
    assert (report.rows, report.cancelled) == (5, 1)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Pemesanan"]
    ws = workbook["Pemesanan"]
    header = _header_row(ws)
    assert [ws.cell(header, column).value for column in range(1, 14)] == HEADERS
    assert ws.freeze_panes == f"A{header + 1}"
    assert "PERIODE: 30 November 2026 s.d. 31 Desember 2026" in [
        ws.cell(row, 1).value for row in range(1, header)
    ]
    rows = [
        [ws.cell(row, column).value for column in range(1, 14)]
        for row in range(header + 1, header + 1 + report.rows)
    ]
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5]
    assert ws.cell(header + 1 + report.rows, 1).value is None  # nothing more in the table
    for row in rows:  # a real date cell, shown the Indonesian way
        assert isinstance(row[1], datetime)
        row[1] = row[1].date()
    assert ws.cell(header + 1, 2).number_format == "DD-MM-YYYY"
    trip, first, gone, later, christmas = rows
    assert trip[1] == date(2026, 11, 30)
    assert trip[2:6] == ["07.00", "01-12-2026 16.00", trip[4], "Dinas ke Medan"]
    assert "BK 1234 AB" in trip[4]
    assert first[1:] == [
        date(2026, 11, 30),
        "09.00",
        "10.30",
        "Ruang Rapat Bupati",
        "Rapat koordinasi pimpinan OPD",
        "Bagian Umum",
        "Nurhayati Lubis",
        "081260001234",
        35,
        "Konsumsi, Proyektor",
        "Dikonfirmasi",
        "Bawa bahan paparan",
    ]
    assert isinstance(first[9], int)
    assert (gone[11], gone[12]) == ("Dibatalkan", "Alasan batal: pimpinan dinas luar")
    assert later[5] == "Evaluasi BMD" and later[9] is None
    assert christmas[1] == date(2026, 12, 25)


def test_a_period_ending_before_it_starts_is_refused(
    db: Database, office: dict[str, Any], tmp_path: Path
) -> None:
    with pytest.raises(ValidationError, match="must end on or after"):
        export_bookings_xlsx(
            db, office["admin"], date(2026, 12, 2), date(2026, 12, 1), tmp_path / "x.xlsx"
        )
    assert not (tmp_path / "x.xlsx").exists()


# --- calendars as .ics ---------------------------------------------------------------------------


def _raw_lines(text: str) -> list[bytes]:
    data = text.encode("utf-8")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b""), "every line ends in CRLF"
    return data[:-2].split(b"\r\n")


def test_a_room_calendar_is_parsed_back_with_utc_times_and_cancelled_bookings(
    db: Database, office: dict[str, Any]
) -> None:
    admin = office["admin"]
    tricky = book(
        db,
        admin,
        BookingInput(
            office["bupati"],
            at(3, 8),
            at(3, 9, 15),
            TRICKY_TITLE,
            organizer_unit="Bagian Umum; Protokol",
            contact_name="Dewi",
            contact_phone="0813",
            needs=("sound",),
            notes=LONG_NOTES,
        ),
    )
    dropped = book(db, admin, BookingInput(office["bupati"], at(4, 8), at(4, 9), "Batal"))
    cancel_booking(db, admin, dropped.id, "ditunda")
    text = room_calendar_ics(db, admin, office["bupati"].id, date(2026, 11, 30), date(2026, 12, 4))

    lines = _raw_lines(text)
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # no multi-byte character is cut by a fold
    assert any(line.startswith(b" ") for line in lines)  # the long description was folded

    calendar = Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "Jadwal Ruang Rapat Bupati"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Jakarta"
    events = {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}
    assert sorted(events) == sorted(
        ["Rapat koordinasi pimpinan OPD", "Evaluasi BMD", TRICKY_TITLE, "Batal"]
    )
    first = events["Rapat koordinasi pimpinan OPD"]
    assert first["DTSTART"].dt == datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    assert first["DTEND"].dt == datetime(2026, 11, 30, 3, 30, tzinfo=UTC)
    assert first["DTSTAMP"].dt == datetime(2026, 11, 28, 2, 0, tzinfo=UTC)
    assert str(first["LOCATION"]) == "Ruang Rapat Bupati"
    assert str(first["STATUS"]) == "CONFIRMED" and int(first["SEQUENCE"]) == 0
    assert str(first["UID"]).startswith(f"booking-{office['first'].id}@inventaris.")
    assert "Kebutuhan: Konsumsi, Proyektor" in str(first["DESCRIPTION"])
    assert "Kontak: Nurhayati Lubis (081260001234)" in str(first["DESCRIPTION"])
    odd = events[TRICKY_TITLE]
    assert str(odd["DESCRIPTION"]).split("\n") == [
        "Penyelenggara: Bagian Umum; Protokol",
        "Kontak: Dewi (0813)",
        "Kebutuhan: Pengeras suara",
        f"Keterangan: {LONG_NOTES.strip()}",
    ]
    assert odd["DTSTART"].dt == datetime(2026, 12, 3, 1, 0, tzinfo=UTC)
    assert str(odd["UID"]) == f"booking-{tricky.id}@inventaris.12.02.05.04.01.01.01"
    assert "SUMMARY:Rapat A\\, B\\; C\\\\D\\nbaris kedua" in text
    cancelled = events["Batal"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == 1
    # Saved again, the same bookings keep their UIDs, so a calendar updates instead of doubling.
    again = room_calendar_ics(db, admin, office["bupati"].id, date(2026, 11, 30), date(2026, 12, 4))
    uids = sorted(str(event["UID"]) for event in Calendar.from_ical(again).walk("VEVENT"))
    assert uids == sorted(str(event["UID"]) for event in events.values())


def test_a_series_calendar_holds_every_occurrence_with_its_own_changes(
    db: Database, office: dict[str, Any]
) -> None:
    admin = office["admin"]
    weekly = Recurrence(Frequency.WEEKLY, weekdays=(1,), count=4)  # Tuesdays from 1 December
    data = BookingInput(office["sekda"], at(1, 13), at(1, 14), "Rapat staf", "Bagian Umum")
    made = book_series(db, admin, data, weekly)
    series_id = made[0].series_id
    assert series_id is not None
    cancel_booking(db, admin, made[2].id, "libur", Scope.ONE)
    assert [b.id for b in bookings_of_series(db, admin, series_id)] == [b.id for b in made]
    calendar = Calendar.from_ical(series_ics(db, admin, series_id))
    assert str(calendar["X-WR-CALNAME"]) == "Rapat staf (Ruang Rapat Sekda)"
    events = list(calendar.walk("VEVENT"))
    assert [event["DTSTART"].dt.date() for event in events] == [
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
    ]
    assert [str(event["STATUS"]) for event in events] == [
        "CONFIRMED",
        "CONFIRMED",
        "CANCELLED",
        "CONFIRMED",
    ]
    assert "Dibatalkan: libur" in str(events[2]["DESCRIPTION"])
    with pytest.raises(NotFound):
        series_ics(db, admin, series_id + 99)


def test_text_is_escaped_and_lines_fold_between_characters() -> None:
    assert escape_text("a\\b;c,d\r\ne") == "a\\\\b\\;c\\,d\\ne"
    line = "DESCRIPTION:" + "é" * 100
    folded = fold_line(line).encode("utf-8").split(b"\r\n")
    assert [len(piece) for piece in folded] == [74, 75, 65]  # never half of "é" (2 octets)
    assert b"".join(piece.removeprefix(b" ") for piece in folded).decode() == line
    empty = calendar_ics([], "Kosong", stamp=datetime(2026, 11, 28, tzinfo=UTC))
    assert empty.startswith("BEGIN:VCALENDAR\r\nPRODID:-//Inventaris//")
    assert "CALSCALE:GREGORIAN\r\n" in empty and empty.endswith("END:VCALENDAR\r\n")


# --- the command line ----------------------------------------------------------------------------


def cli(*args: str) -> Completed:
    return run_in_process("--lang", "en", *args)


@pytest.mark.usefixtures("qapp")  # the verbs run in this process, in pytest-qt's QApplication
def test_book_and_list_from_the_command_line(tmp_path: Path, sqlite_template: Path) -> None:
    from inventaris.core.schema import prepare_database
    from inventaris.core.timeutil import to_wib, utc_now

    url = copy_sqlite(sqlite_template, tmp_path / "kantor.db")  # the session's migrated template
    db = Database(url)
    prepare_database(db)
    admin = _office(db)
    _room(db, admin, "RR.01", "Ruang Rapat Bupati")
    db.dispose()
    day = to_wib(utc_now()).date() + timedelta(days=3)
    when = day.isoformat()

    made = cli(
        "--db", url, "book", "--room", "ruang rapat bupati", "--start", f"{when} 09:00",
        "--end", f"{when} 10:30", "--title", "Rapat koordinasi", "--organizer", "Bagian Umum",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Booking 1 saved: ")
    assert f"{day:%d-%m-%Y} 09.00–10.30\tRuang Rapat Bupati\tRapat koordinasi" in made.stdout

    refused = cli(
        "--db", url, "book", "--room", "RR.01", "--start", f"{when} 10:00",
        "--end", f"{when} 11:00", "--title", "Rapat lain",
    )  # fmt: skip
    assert refused.returncode == 1
    assert (
        f"Ruang Rapat Bupati is already booked on {day:%d-%m-%Y} from 09.00 to 10.30 for "
        "\u201cRapat koordinasi\u201d (Bagian Umum)."
    ) in refused.stderr
    assert "Traceback" not in refused.stderr

    wrong = cli(
        "--db", url, "book", "--room", "RR.01", "--start", when, "--end", when, "--title", "x"
    )
    assert wrong.returncode == 2 and "is not a time such as" in wrong.stderr
    missing = cli(
        "--db", url, "book", "--room", "Gudang", "--start", f"{when} 10:00",
        "--end", f"{when} 11:00", "--title", "x",
    )  # fmt: skip
    assert missing.returncode == 1 and "There is no room called Gudang." in missing.stderr

    listed = cli("--db", url, "bookings", "--date", when)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [
        "09.00–10.30\tRuang Rapat Bupati\tRapat koordinasi\tBagian Umum\tConfirmed"
    ]

    pdf, xlsx, ics = tmp_path / "agenda.pdf", tmp_path / "b.xlsx", tmp_path / "b.ics"
    agenda = cli("--db", url, "agenda", "--date", when, "--out", str(pdf))
    assert agenda.returncode == 0, agenda.stderr
    assert "Rapat koordinasi" in " ".join(_pdf_text(pdf))
    export = cli("--db", url, "export-bookings", "--from", when, "--to", when, "--out", str(xlsx))
    assert export.returncode == 0 and export.stdout.strip().endswith(": 1 rows.")
    calendar = cli(
        "--db", url, "ics", "--room", "rr.01", "--from", when, "--to", when, "--out", str(ics)
    )
    assert calendar.returncode == 0, calendar.stderr
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert [str(event["SUMMARY"]) for event in events] == ["Rapat koordinasi"]
