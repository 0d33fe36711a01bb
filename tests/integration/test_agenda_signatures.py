"""The agenda PDF keeps each signature block (heading, role, name, NIP) on one page: however
many bookings push the signatures down, no page break cuts a block. Read back with pypdfium2."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pypdfium2

from inventaris.bookings.outputs import Agenda, daily_agenda
from inventaris.bookings.service import BookingInput, Resource, book
from inventaris.core.db import Database
from inventaris.core.formatting import format_nip
from inventaris.core.timeutil import WIB
from inventaris.locations import RoomInput, RoomKind, save_room
from inventaris.office import get_office_settings, update_office_settings
from inventaris.reports.common import custodian, head_of_unit
from tests.support.builders import first_admin, office_values

DAY = date(2026, 11, 30)


def _busy_day(db: Database) -> Agenda:
    """Two meeting rooms booked every half hour of the office day: 38 bookings."""
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    for code, name in (("RR.01", "Ruang Rapat Bupati"), ("RR.02", "Ruang Rapat Sekda")):
        room = save_room(
            db, admin, RoomInput(code=code, name=name, kind=RoomKind.MEETING, capacity=40)
        )
        start = datetime.combine(DAY, time(7, 30), WIB)
        while start.time() < time(17, 0):
            end = start + timedelta(minutes=30)
            title = f"Rapat {name} pukul {start:%H.%M}"
            book(db, admin, BookingInput(Resource("room", room.id), start, end, title, "BPKAD"))
            start = end
    return daily_agenda(db, admin, DAY)


def _first_bookings(agenda: Agenda, count: int) -> Agenda:
    """The same day with only its first ``count`` bookings, room by room."""
    rooms = []
    for room in agenda.rooms:
        rooms.append(replace(room, entries=room.entries[: max(count, 0)]))
        count -= len(room.entries)
    return replace(agenda, rooms=tuple(rooms))


def _pages(data: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(data)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def _pages_with(pages: list[str], text: str) -> tuple[int, ...]:
    return tuple(number for number, page in enumerate(pages, 1) if text in page)


def test_each_signature_block_stays_on_one_page(qapp: object, sqlite_db: Database) -> None:
    from ui.printing import agenda_document, pdf_bytes

    agenda = _busy_day(sqlite_db)
    assert agenda.booking_count == 38
    blocks = [head_of_unit(agenda.office), custodian(agenda.office, agenda.printed_on)]
    split: list[tuple[int, dict[str, tuple[int, ...]]]] = []
    page_counts = set()
    # One booking more or less moves the signatures by a row: some count puts them at the foot
    # of a page, where a block would be cut in two.
    for count in range(0, agenda.booking_count + 1):
        data, page_count = pdf_bytes(agenda_document(_first_bookings(agenda, count)))
        pages = _pages(data)
        assert len(pages) == page_count
        page_counts.add(page_count)
        for block in blocks:
            lines = [block.heading, block.role, block.name, f"NIP {format_nip(block.nip)}"]
            where = {line: _pages_with(pages, line) for line in lines}
            # every line printed once, all on the same page
            if len(set(where.values())) != 1 or len(where[block.name]) != 1:
                split.append((count, where))
    assert split == []
    assert len(page_counts) >= 2  # the signatures did cross page boundaries
