"""The demo office's meeting-room calendar: two weeks of believable meetings from today on,
and a weekly staff meeting as a series, so the Ruang Rapat views are not empty."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from inventaris.core.timeutil import WIB
from inventaris.model import Booking, BookingSeries

AGENDAS = (
    ("Rapat koordinasi pimpinan OPD", "Bagian Umum"),
    ("Rapat pembahasan KUA-PPAS", "Bappeda"),
    ("Evaluasi penatausahaan BMD", "BPKAD"),
    ("Persiapan upacara Hari Jadi Kabupaten Langkat", "Bagian Protokol"),
    ("Sosialisasi SAKIP", "Bagian Organisasi"),
    ("Rapat teknis pengadaan barang/jasa", "Bagian Pengadaan Barang dan Jasa"),
    ("Musrenbang tingkat kabupaten (pra-rapat)", "Bappeda"),
    ("Rapat tim penilai angka kredit", "BKPSDM"),
    ("Audiensi kepala desa", "Bagian Pemerintahan"),
    ("Bimbingan teknis aplikasi SIPD", "BPKAD"),
)
# Start hour and length in minutes: never two on one room and day at once (chosen apart).
SLOTS = ((8, 90), (10, 120), (13, 90), (15, 60))
CONTACTS = ("Nurhayati Lubis", "Rizky Siregar", "Dewi Sembiring", "Hendra Tarigan")


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), WIB)


def _row(
    unit_id: int, room_id: int, start: datetime, minutes: int, title: str, organizer: str, now: Any
) -> dict[str, Any]:
    return {
        "unit_id": unit_id,
        "resource_key": f"room:{room_id}",
        "room_id": room_id,
        "vehicle_id": None,
        "starts_at": start,
        "ends_at": start + timedelta(minutes=minutes),
        "title": title,
        "organizer_unit": organizer,
        "contact_name": "",
        "contact_phone": "",
        "participants": None,
        "needs": "",
        "notes": "",
        "status": "confirmed",
        "cancel_reason": "",
        "series_id": None,
        "series_date": None,
        "own_changes": False,
        "created_at": now,
        "created_by": "sekretariat",
        "updated_at": now,
        "updated_by": "sekretariat",
        "row_version": 1,
    }


def insert_demo_bookings(
    connection: Connection,
    unit_id: int,
    meeting_room_ids: list[int],
    today: date,
    now: datetime,
    seed: int,
) -> int:
    """Insert the calendar; returns how many bookings were made."""
    if not meeting_room_ids:
        return 0
    rng = random.Random(seed * 7919 + 3)
    monday = today - timedelta(days=today.weekday())
    series_room = meeting_room_ids[0]
    series_id = connection.execute(
        insert(BookingSeries)
        .values(
            unit_id=unit_id,
            resource_key=f"room:{series_room}",
            frequency="weekly",
            interval=1,
            weekdays="0",
            monthly_by="date",
            nth=0,
            first_on=monday,
            until=None,
            count=8,
            created_at=now,
            created_by="sekretariat",
        )
        .returning(BookingSeries.id)
    ).scalar_one()
    rows = []
    for week in range(8):
        day = monday + timedelta(weeks=week)
        row = _row(
            unit_id, series_room, _at(day, 8), 60, "Rapat staf Bagian Umum", "Bagian Umum", now
        )
        row.update(series_id=series_id, series_date=day, needs="snacks")
        rows.append(row)
    for offset in range(14):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for room_id in meeting_room_ids:
            for hour, minutes in SLOTS:
                if room_id == series_room and day.weekday() == 0 and hour == 8:
                    continue  # the staff meeting's slot
                if rng.random() < 0.45:
                    title, organizer = rng.choice(AGENDAS)
                    row = _row(unit_id, room_id, _at(day, hour), minutes, title, organizer, now)
                    row.update(
                        contact_name=rng.choice(CONTACTS),
                        contact_phone=f"0812{rng.randint(10_000_000, 99_999_999)}",
                        participants=rng.choice((10, 15, 20, 25, 40)),
                        needs=rng.choice(("snacks,projector", "snacks", "projector,sound", "")),
                        status="requested" if rng.random() < 0.1 else "confirmed",
                    )
                    rows.append(row)
    connection.execute(insert(Booking), rows)
    return len(rows)
