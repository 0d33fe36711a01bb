"""Test data made through the public use cases, as a user would make it."""

from __future__ import annotations

import itertools
from datetime import date

from inventaris.accounts import UserInput, create_first_admin, create_user
from inventaris.assets.types import AssetInput
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Role
from inventaris.office import OfficeSettings

PASSWORD = "rahasia-123"
_numbers = itertools.count(1)


def first_admin(db: Database) -> Actor:
    return create_first_admin(db, "admin", "Admin Kantor", PASSWORD)


def user_with_role(db: Database, admin: Actor, role: Role) -> Actor:
    number = next(_numbers)
    view = create_user(db, admin, UserInput(f"user{number}", f"Pengguna {number}", role), PASSWORD)
    return Actor(view.id, view.username, view.full_name, view.role, view.unit_ids)


def a_room(db: Database, admin: Actor, code: str = "R.01", name: str = "Ruang Kepala") -> int:
    from inventaris.locations import RoomInput, save_room

    return save_room(db, admin, RoomInput(code=code, name=name)).id


def chair(**changes: object) -> AssetInput:
    from dataclasses import replace

    data = AssetInput(
        code="1.3.2.05.02.01.003",
        name="Kursi besi",
        brand_type="Chitose",
        acquisition_year=2021,
        price=450_000,
        acquisition_date=date(2021, 3, 1),
        funding_source="APBD 2021",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def vehicle(**changes: object) -> AssetInput:
    from dataclasses import replace

    data = AssetInput(
        code="1.3.2.02.01.01.003",
        name="Toyota Kijang Innova",
        brand_type="Toyota Innova 2.0 G",
        acquisition_year=2019,
        price=380_000_000,
        plate_number="bk 1234 ab",
        chassis_number="MHFXW42G5K0012345",
        engine_number="1TR1234567",
        bpkb_number="M12345678",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def office_values(settings: OfficeSettings, **changes: object) -> OfficeSettings:
    """The demo office's settings (Langkat), on top of what ``settings`` holds."""
    from dataclasses import replace

    filled = replace(
        settings,
        regency_name="Langkat",
        city="Stabat",
        unit_name="Bagian Umum Sekretariat Daerah",
        kode_lokasi="12.02.05.04.01.01.01",
        head_title="Kepala Bagian Umum",
        head_name="Drs. Zulkarnain",
        head_nip="19710111 200202 2 121",
        custodian_name="Rahmat Hidayat",
        custodian_nip="198703242016082808",
    )
    return replace(filled, **changes)  # type: ignore[arg-type]
