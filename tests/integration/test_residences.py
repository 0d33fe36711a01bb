"""Official residences: one current occupant (also under concurrent saves), SIP states at each
threshold, retirement dates from NIPs, move-in warnings, history and attention."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest

from inventaris.areas import attention_items
from inventaris.assets.editing import create_assets
from inventaris.assets.types import AssetInput
from inventaris.core.attention import Urgency
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, DomainError, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.residences.occupancy import (
    FamilyInput,
    OccupancyInput,
    ResidenceDetailInput,
    add_maintenance,
    end_occupancy,
    occupancy_history,
    retirement_date,
    save_residence_details,
    sip_state,
    start_occupancy,
)
from inventaris.residences.views import (
    AREA_RESIDENCES,
    MSG_RETIRES,
    MSG_SIP_EXPIRING,
    MSG_VACANT,
    residence_rows,
)
from tests.support.builders import chair, first_admin, user_with_role

TODAY = date(2026, 11, 28)


def a_house(db: Database, admin: Actor, street: str = "Jl. Proklamasi No. 5, Stabat") -> int:
    data = AssetInput(
        code="1.3.3.01.02.02.001",
        name="Rumah Dinas Tipe 70",
        acquisition_year=2005,
        price=350_000_000,
        address=street,
        floor_area_m2=Decimal(70),
        land_area_m2=Decimal(210),
        concrete=True,
        multi_storey=False,
        land_title_status="Hak Pakai",
        document_number="IMB/12/2005",
        document_date=date(2005, 3, 1),
    )
    return create_assets(db, admin, data)[0].id


def occupant(house: int, **changes: object) -> OccupancyInput:
    from dataclasses import replace

    data = OccupancyInput(
        asset_id=house,
        occupant_name="Ir. Bambang Sitepu",
        occupant_nip="19690315 199403 1 004",
        rank_grade="Pembina Tk. I / IVb",
        position="Kepala Dinas Pekerjaan Umum",
        occupant_unit="Dinas PUPR",
        sip_number="030/1234/UMUM/2026",
        sip_date=date(2026, 1, 10),
        sip_signatory="Sekretaris Daerah",
        valid_from=date(2026, 1, 15),
        monthly_rent=150_000,
        move_in_on=date(2026, 1, 20),
        family=(FamilyInput("Rina", "istri", 52), FamilyInput("Dimas", "anak", 17)),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("valid_until", "state"),
    [
        (TODAY - timedelta(days=1), Urgency.OVERDUE),
        (TODAY, Urgency.WITHIN_7),
        (TODAY + timedelta(days=7), Urgency.WITHIN_7),
        (TODAY + timedelta(days=8), Urgency.WITHIN_14),
        (TODAY + timedelta(days=14), Urgency.WITHIN_14),
        (TODAY + timedelta(days=15), Urgency.WITHIN_30),
        (TODAY + timedelta(days=30), Urgency.WITHIN_30),
        (TODAY + timedelta(days=31), Urgency.WITHIN_90),
        (TODAY + timedelta(days=90), Urgency.WITHIN_90),
        (TODAY + timedelta(days=91), Urgency.OK),
    ],
)
def test_sip_states_at_each_threshold(valid_until: date, state: Urgency) -> None:
    assert sip_state(valid_until, TODAY) is state


@pytest.mark.parametrize(
    ("nip", "age", "retires"),
    [
        ("196903151994031004", 58, date(2027, 4, 1)),  # born 15-03-1969: April 2027
        ("196812311994031004", 58, date(2027, 1, 1)),  # born 31-12-1968
        ("196903151994031004", 60, date(2029, 4, 1)),  # a longer BUP for some positions
        ("", 58, None),
    ],
)
def test_retirement_date_comes_from_the_nip(nip: str, age: int, retires: date | None) -> None:
    assert retirement_date(nip, age) == retires


def test_one_current_occupant_and_the_history_is_kept(db: Database) -> None:
    admin = first_admin(db)
    house = a_house(db, admin)
    first = start_occupancy(db, admin, occupant(house))
    assert first.occupancy.valid_until == date(2028, 1, 14)  # two years, the default
    assert [member.relation for member in first.occupancy.family] == ["istri", "anak"]
    assert first.warnings == ()
    with pytest.raises(ConflictError) as caught:
        start_occupancy(db, admin, occupant(house, occupant_name="Drs. Ahmad"))
    assert "already has an occupant: Ir. Bambang Sitepu (SIP 030/1234/UMUM/2026)" in str(
        caught.value
    )
    end_occupancy(db, admin, first.occupancy.id, date(2026, 11, 1), "mutasi")
    second = start_occupancy(
        db,
        admin,
        occupant(
            house,
            occupant_name="Drs. Ahmad Lubis",
            occupant_nip="",
            sip_number="030/2000/UMUM/2026",
            sip_date=date(2026, 8, 1),
            valid_from=date(2026, 11, 5),
            move_in_on=date(2026, 11, 20),
        ),
    )
    assert second.warnings[0][1] == (("days", "111"), ("limit", "60"))
    history = occupancy_history(db, admin, house)
    assert [(h.occupant_name, h.move_out_reason) for h in history] == [
        ("Drs. Ahmad Lubis", ""),
        ("Ir. Bambang Sitepu", "mutasi"),
    ]


def test_concurrent_saves_leave_exactly_one_current_occupant(db: Database) -> None:
    admin = first_admin(db)
    house = a_house(db, admin)
    keepers = [user_with_role(db, admin, Role.CUSTODIAN) for _ in range(6)]
    barrier = threading.Barrier(len(keepers))
    made: list[int] = []
    refused: list[str] = []

    def save(keeper: Actor) -> None:
        barrier.wait()
        try:
            result = start_occupancy(
                db, keeper, occupant(house, occupant_name=keeper.username, occupant_nip="")
            )
            made.append(result.occupancy.id)
        except DomainError as error:
            refused.append(str(error))

    threads = [threading.Thread(target=save, args=(keeper,)) for keeper in keepers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1 and len(refused) == 5
    assert all("already has an occupant" in text for text in refused)
    assert len(occupancy_history(db, admin, house)) == 1


def test_bad_input_names_the_field(db: Database) -> None:
    admin = first_admin(db)
    house = a_house(db, admin)
    for changes, field in (
        ({"occupant_name": " "}, "occupant_name"),
        ({"sip_number": ""}, "sip_number"),
        ({"occupant_nip": "1234"}, "occupant_nip"),
        ({"valid_until": date(2026, 1, 1)}, "valid_until"),
        ({"monthly_rent": -1}, "monthly_rent"),
    ):
        with pytest.raises(ValidationError) as caught:
            start_occupancy(db, admin, occupant(house, **changes))
        assert caught.value.field == field
    seat = create_assets(db, admin, chair())[0]
    with pytest.raises(ValidationError, match="is not a residence"):
        start_occupancy(db, admin, occupant(seat.id))
    with pytest.raises(ValidationError) as caught:
        save_residence_details(db, admin, house, ResidenceDetailInput(golongan="IV"))
    assert caught.value.field == "golongan"
    record = start_occupancy(db, admin, occupant(house)).occupancy
    with pytest.raises(ValidationError) as caught:
        end_occupancy(db, admin, record.id, date(2026, 1, 1), "pensiun")
    assert caught.value.field == "move_out_on"


def test_attention_lists_expiring_sips_vacant_houses_and_retirements(db: Database) -> None:
    admin = first_admin(db)
    expiring = a_house(db, admin, "Jl. Sudirman No. 1, Stabat")
    vacant = a_house(db, admin, "Jl. Kartini No. 2, Stabat")
    retiring = a_house(db, admin, "Jl. Imam Bonjol No. 3, Stabat")
    save_residence_details(db, admin, vacant, ResidenceDetailInput("I", "Tipe 120", 2, "5100123"))
    start_occupancy(
        db,
        admin,
        occupant(expiring, occupant_nip="", valid_until=TODAY + timedelta(days=20)),
    )
    start_occupancy(
        db,
        admin,
        occupant(
            retiring,
            occupant_name="H. Syamsul",
            occupant_nip="196811051990031002",  # 58 on 5 November 2026: retires 1 Dec 2026
            valid_until=date(2027, 12, 31),
        ),
    )
    add_maintenance(
        db, admin, vacant, date(2026, 11, 2), "Perbaikan atap bocor", 4_500_000, "CV Maju"
    )
    items = [item for item in attention_items(db, admin) if item.area == AREA_RESIDENCES]
    assert [(item.urgency, item.message) for item in items] == [
        (Urgency.WITHIN_7, MSG_RETIRES),  # 1 December, in 3 days
        (Urgency.WITHIN_30, MSG_SIP_EXPIRING),  # the 18th
        (Urgency.NOTICE, MSG_VACANT),
    ]
    rows = {row.name: row for row in residence_rows(db, admin)}
    assert rows["Jl. Kartini No. 2, Stabat"].golongan == "I"
    assert rows["Jl. Imam Bonjol No. 3, Stabat"].retires_on == date(2026, 12, 1)
    assert rows["Jl. Sudirman No. 1, Stabat"].sip_state is Urgency.WITHIN_30


def test_the_card_gathers_the_house_occupant_history_and_maintenance(db: Database) -> None:
    from inventaris.residences.occupancy import (
        Settings,
        get_residence_settings,
        residence_photo,
        save_photo,
        save_residence_settings,
    )
    from inventaris.residences.views import residence_card

    admin = first_admin(db)
    house = a_house(db, admin)
    save_residence_settings(db, admin, Settings(sip_years=3, retirement_age=60))
    assert get_residence_settings(db, admin) == Settings(3, 60)
    with pytest.raises(ValidationError) as caught:
        save_residence_settings(db, admin, Settings(sip_years=0))
    assert caught.value.field == "sip_years"
    start_occupancy(db, admin, occupant(house))
    add_maintenance(db, admin, house, date(2026, 10, 1), "Pengecatan", 3_000_000, "CV Maju")
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 100
    save_photo(db, admin, house, png)
    with pytest.raises(ValidationError) as caught:
        save_photo(db, admin, house, b"not a picture")
    assert caught.value.field == "photo"
    card = residence_card(db, admin, house)
    assert card.current is not None and card.current.valid_until == date(2029, 1, 14)  # 3 years
    assert card.retires_on == date(2029, 4, 1)  # born March 1969, retirement age 60
    assert [m.work for m in card.maintenance] == ["Pengecatan"]
    assert card.has_photo and residence_photo(db, admin, house) == png
    assert card.floor_area_m2 == Decimal(70) and card.name == "Jl. Proklamasi No. 5, Stabat"
