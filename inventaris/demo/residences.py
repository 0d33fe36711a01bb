"""The demo office's official residences: most houses occupied with an SIP (some running out
soon, one expired), one occupant close to retirement, one retired but not yet moved out (the one
deliberate case: every other retired occupant has left), one house vacant, a little maintenance.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from inventaris.demo.people import FEMALE, MALE, RETIREMENT_AGE, make_nip, sex_of
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


def _nip(rng: random.Random, birth: date, sex: str, today: date) -> str:
    years = rng.randint(23, 30)
    return make_nip(birth, years, rng.randint(1, 12), sex, rng.randint(1, 999), today)


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _of_sex(first_names: tuple[str, ...], sex: str) -> tuple[str, ...]:
    return tuple(name for name in first_names if sex_of(name) == sex) or first_names


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
    occupants: list[tuple[str, int]] = []  # each occupancy's sex and age: the family's
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
        # Officials of 40 to 56: none retires within a year, but for the two below.
        birth = date(today.year - RETIREMENT_AGE + 2, 1, 1) + timedelta(days=rng.randrange(0, 6000))
        if number == 2:  # reaches 58 this month, retires next month: retirement on Beranda
            birth = date(today.year - RETIREMENT_AGE, today.month, 15)
        if number == 3:  # retired months ago and still in the house: to be asked to leave
            birth = date(today.year - RETIREMENT_AGE - 1, today.month, 1)
        position, rank, unit = rng.choice(POSITIONS)
        name = f"{rng.choice(first_names)} {rng.choice(family_names)}"
        sex = sex_of(name) or MALE
        occupants.append((sex, _age(birth, today)))
        occupancies.append(
            {
                "asset_id": house["id"],
                "occupant_name": name,
                "occupant_nip": _nip(rng, birth, sex, today),
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
        for occupancy_id, (sex, age) in zip(ids, occupants, strict=True):
            # The spouse: a wife up to four years younger, a husband up to four years older.
            spouse = rng.choice(_of_sex(first_names, MALE if sex == FEMALE else FEMALE))
            gap = rng.randint(35, 55) % 5
            family.append(
                {
                    "occupancy_id": occupancy_id,
                    "name": spouse,
                    "relation": "suami" if sex == FEMALE else "istri",
                    "age": age + gap if sex == FEMALE else age - gap,
                }
            )
            if rng.random() < 0.7:
                family.append(
                    {
                        "occupancy_id": occupancy_id,
                        "name": rng.choice(first_names),
                        "relation": "anak",
                        "age": min(rng.randint(4, 20), age - 24),
                    }
                )
        connection.execute(insert(FamilyMember), family)
    if maintenance:
        connection.execute(insert(MaintenanceRecord), maintenance)
