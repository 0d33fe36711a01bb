"""The demo office's official residences: most houses occupied with an SIP (some running out
soon, one expired), one occupant close to retirement, one house vacant, a little maintenance."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from inventaris.model import FamilyMember, MaintenanceRecord, Occupancy, ResidenceDetail

POSITIONS = (
    ("Kepala Dinas Pendidikan", "Pembina Utama Muda / IVc", "Dinas Pendidikan"),
    ("Kepala Bagian Umum", "Pembina Tk. I / IVb", "Sekretariat Daerah"),
    ("Camat Stabat", "Pembina / IVa", "Kecamatan Stabat"),
    ("Kepala Puskesmas Stabat", "Penata Tk. I / IIId", "Dinas Kesehatan"),
    ("Sekretaris DPRD", "Pembina Utama Muda / IVc", "Sekretariat DPRD"),
    ("Kepala BPKAD", "Pembina Utama Muda / IVc", "BPKAD"),
    ("Kepala Bidang Aset", "Pembina / IVa", "BPKAD"),
)
WORKS = ("Perbaikan atap bocor", "Pengecatan ulang", "Perbaikan instalasi listrik", "Ganti kloset")


def _nip(rng: random.Random, birth: date) -> str:
    appointed = min(birth.year + rng.randint(23, 30), 2020)
    return f"{birth:%Y%m%d}{appointed:04d}{rng.randint(1, 12):02d}1{rng.randint(1, 999):03d}"


def insert_demo_residences(
    connection: Connection,
    houses: list[dict[str, Any]],
    today: date,
    now: datetime,
    seed: int,
    names: tuple[tuple[str, ...], tuple[str, ...]],
) -> None:
    if not houses:
        return
    rng = random.Random(seed * 104_729 + 11)
    first_names, family_names = names
    details, occupancies, family, maintenance = [], [], [], []
    for number, house in enumerate(houses):
        floor = int(house.get("floor_area_m2") or 70)
        details.append(
            {
                "asset_id": house["id"],
                "golongan": "I" if floor >= 120 else "II",
                "house_type": f"Tipe {floor}",
                "storeys": 2 if house.get("multi_storey") else 1,
                "electricity_account": f"12{rng.randint(1_000_000_000, 9_999_999_999)}",
                "water_account": f"03-{rng.randint(10_000, 99_999)}",
                "photo": None,
                "notes": "",
            }
        )
        if number == 1:
            continue  # one house stands vacant
        # SIP ages spread so some run out soon; the first one already ran out.
        valid_from = today - timedelta(days=rng.randint(60, 700))
        if number == 0:
            valid_from = today - timedelta(days=740)
        valid_until = date(valid_from.year + 2, valid_from.month, 1) - timedelta(days=1)
        birth = date(1966, 1, 1) + timedelta(days=rng.randrange(0, 6000))
        if number == 2:  # reaches 58 next month: retirement on Beranda
            birth = date(today.year - 58, today.month, 15)
        position, rank, unit = rng.choice(POSITIONS)
        occupancies.append(
            {
                "asset_id": house["id"],
                "occupant_name": f"{rng.choice(first_names)} {rng.choice(family_names)}",
                "occupant_nip": _nip(rng, birth),
                "rank_grade": rank,
                "position": position,
                "occupant_unit": unit,
                "sip_number": f"032/{rng.randint(100, 999)}/UMUM/{valid_from.year}",
                "sip_date": valid_from - timedelta(days=7),
                "sip_signatory": "Sekretaris Daerah Kabupaten Langkat",
                "valid_from": valid_from,
                "valid_until": valid_until,
                "monthly_rent": rng.choice((75_000, 100_000, 150_000, 250_000)),
                "move_in_on": valid_from + timedelta(days=rng.randint(3, 40)),
                "move_out_on": None,
                "move_out_reason": "",
                "created_at": now,
                "created_by": "pengurus",
                "updated_at": now,
                "updated_by": "pengurus",
                "row_version": 1,
            }
        )
        if rng.random() < 0.4:
            maintenance.append(
                {
                    "asset_id": house["id"],
                    "done_on": today - timedelta(days=rng.randint(10, 300)),
                    "work": rng.choice(WORKS),
                    "cost": rng.choice((1_500_000, 4_750_000, 12_000_000)),
                    "contractor": "CV Karya Langkat",
                    "recorded_at": now,
                    "recorded_by": "pengurus",
                }
            )
    connection.execute(insert(ResidenceDetail), details)
    if occupancies:
        ids = connection.execute(
            insert(Occupancy).returning(Occupancy.id, sort_by_parameter_order=True), occupancies
        ).scalars()
        for occupancy_id in ids:
            family.append(
                {
                    "occupancy_id": occupancy_id,
                    "name": rng.choice(first_names),
                    "relation": "istri",
                    "age": rng.randint(35, 55),
                }
            )
            if rng.random() < 0.7:
                family.append(
                    {
                        "occupancy_id": occupancy_id,
                        "name": rng.choice(first_names),
                        "relation": "anak",
                        "age": rng.randint(4, 20),
                    }
                )
        connection.execute(insert(FamilyMember), family)
    if maintenance:
        connection.execute(insert(MaintenanceRecord), maintenance)
