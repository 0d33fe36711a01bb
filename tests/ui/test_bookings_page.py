"""The meeting-room views: the day with rooms side by side, a room's week, drag to book,
the series preview with its conflicts, and the scope question for a series edit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from inventaris.accounts import authenticate
from inventaris.bookings.recurrence import Frequency, Recurrence
from inventaris.bookings.service import (
    BookingInput,
    BookingStatus,
    book,
    book_series,
    bookable_resources,
    bookings_between,
)
from inventaris.core.db import Database
from inventaris.core.timeutil import WIB
from tests.conftest import FakeClock, copy_demo
from tests.ui.conftest import screenshot, show_active
from ui.bookings.booking_dialog import REPEAT_WEEKLY, BookingDialog
from ui.bookings.bookings_page import WEEK, BookingsPage
from ui.context import AppContext
from ui.live import LiveUpdates

MONDAY = date(2026, 11, 30)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), WIB)


@pytest.fixture
def booked_db(
    sqlite_db: Database, clock: FakeClock, demo_template: Callable[..., Path]
) -> Database:
    """The demo office without its own calendar, and a known one."""
    demo_db = sqlite_db
    # load_demo_data(demo_db, assets=300, seed=2, bookings=False), copied from a template
    copy_demo(demo_db, clock, demo_template(assets=300, seed=2, bookings=False))
    clerk = authenticate(demo_db, "sekretariat", "demo1234")
    rooms = bookable_resources(demo_db, clerk)
    main, small = rooms[0].resource, rooms[1].resource
    book(
        demo_db,
        clerk,
        BookingInput(main, at(MONDAY, 9), at(MONDAY, 11), "Rapat koordinasi OPD", "Bagian Umum"),
    )
    book(
        demo_db,
        clerk,
        BookingInput(small, at(MONDAY, 13), at(MONDAY, 14, 30), "Evaluasi BMD", "BPKAD"),
    )
    book_series(
        demo_db,
        clerk,
        BookingInput(main, at(MONDAY, 8), at(MONDAY, 8, 30), "Apel pagi", "Bagian Umum"),
        Recurrence(Frequency.DAILY, count=5),
    )
    return demo_db


@pytest.fixture
def live(booked_db: Database) -> Iterator[None]:
    """As in the window: what a save writes reaches the page through the hub."""
    updates = LiveUpdates(booked_db)
    updates.start()
    yield
    updates.stop()


def _page(qtbot, db: Database, username: str = "sekretariat") -> BookingsPage:
    page = BookingsPage(AppContext(db, authenticate(db, username, "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.day.setDate(QDate(MONDAY.year, MONDAY.month, MONDAY.day))
    return page


def test_the_day_view_shows_every_room_and_the_week_view_one_room(
    qtbot, booked_db: Database
) -> None:
    page = _page(qtbot, booked_db)
    assert [column.title for column in page.grid.columns] == [r.name for r in page.resources]
    assert len(page.bookings) == 3
    assert "Senin, 30 November 2026" in page.title.text()
    screenshot(page, "bookings-day-id")
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.view.setCurrentIndex(page.view.findData(WEEK))
    assert len(page.grid.columns) == 7
    assert {b.title for b in page.bookings} == {"Rapat koordinasi OPD", "Apel pagi"}
    assert sum(b.title == "Apel pagi" for b in page.bookings) == 5
    screenshot(page, "bookings-week-id")
    # Christmas in a later week is marked as a holiday
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.day.setDate(QDate(2026, 12, 25))
    assert page.grid.columns[4].holiday == "Hari Raya Natal"


@pytest.mark.usefixtures("live")
def test_dragging_on_empty_time_opens_the_form_with_that_slot(qtbot, booked_db: Database) -> None:
    page = _page(qtbot, booked_db)
    grid = page.grid
    column = 2  # the third room has nothing on Monday
    x = int(grid.GUTTER + (column + 0.5) * grid._column_width())

    def y(hour: int, minute: int) -> int:
        return int(grid._y(hour * 60 + minute) + 2)

    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y(10, 0)))
    qtbot.mouseMove(grid, QPoint(x, y(11, 15)))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=QPoint(x, y(11, 15)))
    dialog: BookingDialog = page.last_dialog
    qtbot.addWidget(dialog)
    assert dialog.resource.currentData().resource.key == grid.columns[column].key
    assert (dialog.start.currentText(), dialog.end.currentText()) == ("10.00", "11.30")
    dialog.title.setText("Rapat persiapan HUT Kabupaten")
    screenshot(dialog, "bookings-form-id")
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        dialog.apply()
    assert any(b.title == "Rapat persiapan HUT Kabupaten" for b in page.bookings)


@pytest.mark.usefixtures("live")
def test_a_weekly_series_preview_ticks_the_conflicting_date_to_skip(
    qtbot, booked_db: Database
) -> None:
    page = _page(qtbot, booked_db)
    main = page.resources[0].resource.key
    dialog = BookingDialog(
        page.context,
        page.resources,
        page.settings,
        resource_key=main,
        starts_at=at(date(2026, 11, 23), 9),
        ends_at=at(date(2026, 11, 23), 10),
        parent=page,
    )
    qtbot.addWidget(dialog)
    dialog.day.setDate(QDate(2026, 11, 30))
    dialog.title.setText("Rapat mingguan")
    dialog.repeat.setCurrentIndex(REPEAT_WEEKLY)
    dialog.count.setValue(3)
    dialog.apply()  # first the preview: one date is taken
    assert [o.conflict is not None for o in dialog.preview] == [True, False, False]
    assert dialog.skipped() == {MONDAY}
    assert not dialog.error.isHidden()
    dialog.resize(680, 760)
    screenshot(dialog, "bookings-series-preview-id")
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        dialog.apply()
    assert [b.series_date for b in dialog.saved] == [date(2026, 12, 7), date(2026, 12, 14)]


@pytest.mark.usefixtures("live")
def test_changing_one_occurrence_asks_which_ones(qtbot, booked_db: Database, monkeypatch) -> None:
    page = _page(qtbot, booked_db)
    apel = next(b for b in page.bookings if b.title == "Apel pagi")
    chosen: list[str] = []

    def pick_only_this(box: QMessageBox) -> int:
        chosen.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", pick_only_this)
    page.grid.selected = apel.id
    page.edit_selected()
    dialog: BookingDialog = page.last_dialog
    qtbot.addWidget(dialog)
    dialog.title.setText("Apel pagi (diundur)")
    dialog.start.setCurrentIndex(dialog.start.findData(8 * 60 + 30))
    dialog.end.setCurrentIndex(dialog.end.findData(9 * 60))
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        dialog.apply()
    assert chosen and "seri" in chosen[0]
    titles = [
        b.title
        for b in bookings_between(booked_db, page.context.actor, MONDAY, date(2026, 12, 4))
        if b.title.startswith("Apel")
    ]
    assert titles == ["Apel pagi (diundur)", "Apel pagi", "Apel pagi", "Apel pagi", "Apel pagi"]
    assert all(b.status is BookingStatus.CONFIRMED for b in page.bookings)


def test_todays_meetings_are_on_beranda(qtbot, booked_db: Database) -> None:
    from ui.home.dashboard_page import DashboardPage

    clerk = authenticate(booked_db, "sekretariat", "demo1234")
    room = bookable_resources(booked_db, clerk)[1].resource
    today = date(2026, 11, 28)
    book(
        booked_db,
        clerk,
        BookingInput(room, at(today, 13), at(today, 15), "Rapat pembahasan KUA-PPAS", "Bappeda"),
    )
    page = DashboardPage(AppContext(booked_db, clerk, "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    show_active(qtbot, page)
    qtbot.waitUntil(lambda: page.summary is not None, timeout=5_000)
    texts = [page.today.item(row).text() for row in range(page.today.count())]
    assert texts == ["13.00–15.00  Ruang Rapat Bagian Umum: Rapat pembahasan KUA-PPAS · Bappeda"]
    screenshot(page, "home-bookings-id")


@pytest.mark.usefixtures("live")
def test_an_admin_turns_approval_on_and_confirms_a_staff_booking(
    qtbot, booked_db: Database
) -> None:
    from ui.bookings.booking_dialog import BookingSettingsDialog

    admin_page = _page(qtbot, booked_db, "admin")
    admin_page.edit_settings()
    dialog: BookingSettingsDialog = admin_page.last_dialog
    qtbot.addWidget(dialog)
    dialog.approval.setChecked(True)
    dialog.day_starts.setCurrentIndex(dialog.day_starts.findData(8 * 60))
    screenshot(dialog, "bookings-settings-id")
    with qtbot.waitSignal(admin_page.loaded, timeout=5_000):
        dialog.apply()
    assert admin_page.settings.approval and admin_page.settings.day_starts == time(8)

    clerk = authenticate(booked_db, "sekretariat", "demo1234")
    room = admin_page.resources[2].resource
    with qtbot.waitSignal(admin_page.loaded, timeout=5_000):
        asked = book(booked_db, clerk, BookingInput(room, at(MONDAY, 15), at(MONDAY, 16), "Rapat"))
        admin_page.refresh()
    assert asked.status is BookingStatus.REQUESTED
    admin_page.grid.selected = asked.id
    admin_page._update_actions()
    assert admin_page.confirm_action.isEnabled()
    with qtbot.waitSignal(admin_page.loaded, timeout=5_000):
        admin_page.confirm_selected()
    assert (
        next(b for b in admin_page.bookings if b.id == asked.id).status is BookingStatus.CONFIRMED
    )


def test_agenda_pdf_workbook_and_calendar_from_the_page(
    qtbot, booked_db: Database, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl
    import pypdfium2
    from icalendar import Calendar

    import ui.printing
    from tests.ui.papers_on_worker import held_write, while_held

    page = _page(qtbot, booked_db)
    # Read, laid out and written on the worker: the page answers meanwhile.
    with held_write(monkeypatch, ui.printing) as held:
        assert page.save_agenda_pdf(str(tmp_path / "jadwal.pdf")) is not None
        while_held(
            qtbot,
            held,
            page.pdf_busy,
            [page.agenda_pdf_action],
            again=lambda: page.save_agenda_pdf(str(tmp_path / "twice.pdf")),
        )
    pdf = page.pdf_path
    assert pdf == tmp_path / "jadwal.pdf" and not (tmp_path / "twice.pdf").exists()
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(p.get_textpage().get_text_range() for p in document)
    document.close()
    assert "JADWAL PENGGUNAAN RUANG RAPAT" in text and "Rapat koordinasi OPD" in text
    workbook = page.export_period(str(tmp_path / "pemesanan.xlsx"))
    assert workbook is not None
    sheet = openpyxl.load_workbook(workbook).active
    titles = {cell.value for row in sheet.iter_rows() for cell in row}
    assert "Rapat koordinasi OPD" in titles and "Evaluasi BMD" in titles
    page.grid.selected = next(b.id for b in page.bookings if b.title == "Apel pagi")
    calendar = page.export_ics(str(tmp_path / "apel.ics"))
    assert calendar is not None
    events = Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")
    assert len(events) == 5 and {str(e["SUMMARY"]) for e in events} == {"Apel pagi"}


def test_with_nothing_to_book_the_page_says_what_to_set_up_for_that_kind(
    qtbot, booked_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.bookings import bookings_page

    monkeypatch.setattr(bookings_page, "bookable_resources", lambda *args, **kwargs: [])
    page = _page(qtbot, booked_db, "koordinator")  # opens on the pool vehicles
    assert page.kind.currentData() == "vehicle"
    assert page.title.text() == (
        "Belum ada kendaraan pool: centang Kendaraan pool di data kendaraan pada Kendaraan."
    )
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.kind.setCurrentIndex(0)
    assert page.title.text() == (
        "Belum ada ruang rapat: tandai ruangan sebagai ruang rapat di Ruangan."
    )
