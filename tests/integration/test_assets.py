"""Assets: numbering, validation that names the field, and conflicting edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
import sqlalchemy as sa

from inventaris.assets.editing import create_assets, get_asset, update_asset
from inventaris.assets.events import asset_history, dispose_assets
from inventaris.assets.types import AssetInput, EventKind
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, PermissionDenied, ValidationError
from inventaris.core.permissions import Role
from tests.conftest import FakeClock
from tests.support.builders import a_room, chair, first_admin, user_with_role, vehicle


def test_fifty_identical_chairs_are_fifty_registers_in_one_step(db: Database) -> None:
    admin = first_admin(db)
    room = a_room(db, admin)
    chairs = create_assets(db, admin, chair(room_id=room), quantity=50)
    assert [c.register_number for c in chairs] == list(range(1, 51))
    assert chairs[6].code_register == "1.3.2.05.02.01.003.000007"
    assert {c.room_name for c in chairs} == {"Ruang Kepala"}
    assert all(len(asset_history(db, admin, c.id)) == 1 for c in chairs[:3])


def test_register_numbers_are_never_reused_even_after_disposal(db: Database) -> None:
    admin = first_admin(db)
    first = create_assets(db, admin, chair(), quantity=3)
    dispose_assets(db, admin, [first[2].id], decree="SK 1/2026", reason="rusak berat")
    later = create_assets(db, admin, chair())
    assert later[0].register_number == 4
    other_code = create_assets(db, admin, chair(code="1.3.2.05.02.01.004", name="Kursi kayu"))
    assert other_code[0].register_number == 1


def test_numbers_run_per_code_and_continue_across_transactions(db: Database) -> None:
    admin = first_admin(db)
    for expected in (1, 2, 3):
        assert create_assets(db, admin, chair())[0].register_number == expected
    with db.engine.connect() as connection:
        numbers = connection.execute(sa.text("SELECT register_number FROM asset")).scalars()
        assert sorted(numbers) == [1, 2, 3]


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"code": ""}, "code", "Kode barang is required"),
        ({"code": "1.3.2.9.01"}, "code", "not a kode barang"),
        ({"code": "1.3.2.05.02.01.099"}, "code", "not in the code table"),
        ({"expected_kib": "C"}, "code", "belongs to KIB B, not to KIB C"),
        ({"name": " "}, "name", "Name is required"),
        ({"price": -1}, "price", "cannot be negative"),
        ({"acquisition_year": 1944, "acquisition_date": None}, "acquisition_year", "1945"),
        ({"acquisition_year": 2027, "acquisition_date": None}, "acquisition_year", "2027"),
        (
            {"acquisition_date": date(2026, 11, 29), "acquisition_year": 2026},
            "acquisition_date",
            "in the future",
        ),
        ({"acquisition_date": date(2020, 5, 1)}, "acquisition_date", "not in the year"),
        ({"acquisition_method": "Beli"}, "acquisition_method", "Pengadaan"),
        ({"condition": "KB"}, "condition", "B, RR or RB"),
        ({"holder_nip": "19800101"}, "holder_nip", "18 digits"),
        ({"serial_number": "SN1"}, "quantity", "cannot share one serial"),
    ],
)
def test_bad_asset_input_names_the_field_and_saves_nothing(
    db: Database, changes: dict[str, object], field: str, text: str
) -> None:
    admin = first_admin(db)
    quantity = 2 if field == "quantity" else 1
    with pytest.raises(ValidationError) as caught:
        create_assets(db, admin, chair(**changes), quantity=quantity)
    assert caught.value.field == field
    assert text in str(caught.value)
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM asset")).scalar() == 0
        assert connection.execute(sa.text("SELECT count(*) FROM register_counter")).scalar() == 0


def test_land_and_buildings_require_their_kib_fields(db: Database) -> None:
    admin = first_admin(db)
    land = AssetInput(
        code="1.3.1.01.01.01.002",
        name="Tanah rumah dinas",
        acquisition_year=2001,
        price=90_000_000,
        address="Jl. Proklamasi 3, Stabat",
    )
    with pytest.raises(ValidationError, match=r"Land area \(m²\) is required") as caught:
        create_assets(db, admin, land)
    assert caught.value.field == "land_area_m2"
    building = AssetInput(
        code="1.3.3.01.02.02.001",
        name="Rumah Dinas Tipe 70",
        acquisition_year=2001,
        price=300_000_000,
        address="Jl. Sudirman 1",
    )
    with pytest.raises(ValidationError, match="Floor area"):
        create_assets(db, admin, building)
    made = create_assets(db, admin, replace(building, floor_area_m2=Decimal("70")))
    assert made[0].kib == "C"
    room = a_room(db, admin)
    with pytest.raises(ValidationError, match="only KIB B and KIB E items sit in rooms"):
        create_assets(db, admin, replace(building, floor_area_m2=Decimal("70"), room_id=room))


def test_vehicle_numbers_are_normalised_and_unique_among_active_vehicles(db: Database) -> None:
    admin = first_admin(db)
    innova = create_assets(db, admin, vehicle())[0]
    assert innova.plate_number == "BK 1234 AB"
    with pytest.raises(ValidationError) as caught:
        create_assets(
            db,
            admin,
            vehicle(
                chassis_number="OTHER",
                engine_number="OTHER",
                bpkb_number="OTHER",
                plate_number="BK1234AB",
            ),
        )
    assert caught.value.field == "plate_number"
    assert str(caught.value) == (
        "Nomor polisi BK 1234 AB is already used by Toyota Innova 2.0 G "
        "(1.3.2.02.01.01.003.000001)."
    )
    for column in ("chassis_number", "engine_number", "bpkb_number"):
        others = {
            name: "X-" + name
            for name in ("chassis_number", "engine_number", "bpkb_number")
            if name != column
        }
        with pytest.raises(ValidationError) as caught:
            create_assets(db, admin, vehicle(plate_number="BK 9 Z", **others))
        assert caught.value.field == column
    with pytest.raises(ValidationError, match="BK 1234 AB"):
        create_assets(db, admin, vehicle(plate_number="1234-BK"))
    # Once the old car is disposed of, its plate may go to another vehicle.
    dispose_assets(db, admin, [innova.id], decree="SK 2/2026", reason="dijual")
    assert create_assets(db, admin, vehicle())[0].plate_number == "BK 1234 AB"


def test_editing_records_each_kind_of_change_as_an_event(db: Database, clock: FakeClock) -> None:
    admin = first_admin(db)
    old_room, new_room = a_room(db, admin), a_room(db, admin, "R.02", "Ruang Rapat")
    asset = create_assets(db, admin, chair(room_id=old_room, holder_name=""))[0]
    clock.advance(days=3)
    changed = update_asset(
        db,
        admin,
        asset.id,
        replace(
            asset.as_input(),
            room_id=new_room,
            condition="RR",
            holder_name="Budi",
            brand_type="Chitose Yoga",
            price=475_000,
        ),
        expected_version=asset.row_version,
        note="stock opname",
    )
    assert changed.room_name == "Ruang Rapat" and changed.condition == "RR"
    history = asset_history(db, admin, asset.id)
    kinds = [event.kind for event in history]
    assert kinds == [
        EventKind.ACQUIRED,
        EventKind.MOVED,
        EventKind.CONDITION_CHANGED,
        EventKind.HOLDER_CHANGED,
        EventKind.CORRECTED,
    ]
    moved = history[1]
    assert (
        moved.details["from_room"] == "Ruang Kepala" and moved.details["to_room"] == "Ruang Rapat"
    )
    assert moved.recorded_by == "admin" and moved.recorded_by_name == "Admin Kantor"
    assert moved.occurred_on == date(2026, 12, 1) and moved.note == "stock opname"
    corrected = history[4]
    assert corrected.details == {
        "brand_type": ["Chitose", "Chitose Yoga"],
        "price": [450000, 475000],
    }
    assert corrected.amount == 475_000


def test_reclassifying_through_the_form_takes_a_new_register(db: Database) -> None:
    admin = first_admin(db)
    create_assets(db, admin, chair(code="1.3.2.05.02.01.004", name="Kursi kayu"), quantity=2)
    asset = create_assets(db, admin, chair())[0]
    changed = update_asset(
        db,
        admin,
        asset.id,
        replace(asset.as_input(), code="1.3.2.05.02.01.004"),
        expected_version=asset.row_version,
    )
    assert changed.code_register == "1.3.2.05.02.01.004.000003"
    event = asset_history(db, admin, asset.id)[-1]
    assert event.kind is EventKind.RECLASSIFIED
    assert event.details == {"from": "1.3.2.05.02.01.003.000001", "to": "1.3.2.05.02.01.004.000003"}


def test_a_stale_form_is_refused_with_who_and_when(db: Database, clock: FakeClock) -> None:
    admin = first_admin(db)
    clerk = user_with_role(db, admin, Role.CUSTODIAN)
    asset = create_assets(db, admin, chair())[0]
    opened_on_pc_1 = get_asset(db, admin, asset.id)
    opened_on_pc_2 = get_asset(db, clerk, asset.id)
    clock.advance(hours=2)
    update_asset(
        db,
        clerk,
        asset.id,
        replace(opened_on_pc_2.as_input(), name="Kursi lipat"),
        expected_version=opened_on_pc_2.row_version,
    )
    with pytest.raises(ConflictError) as caught:
        update_asset(
            db,
            admin,
            asset.id,
            replace(opened_on_pc_1.as_input(), name="Kursi tamu"),
            expected_version=opened_on_pc_1.row_version,
        )
    assert str(caught.value).startswith(
        f"{clerk.full_name} saved a change to this asset on 28-11-2026 11.00 WIB"
    )
    assert get_asset(db, admin, asset.id).name == "Kursi lipat"
    reloaded = get_asset(db, admin, asset.id)
    update_asset(
        db,
        admin,
        asset.id,
        replace(reloaded.as_input(), name="Kursi tamu"),
        expected_version=reloaded.row_version,
    )
    assert get_asset(db, admin, asset.id).name == "Kursi tamu"


def test_a_disposed_asset_cannot_be_edited_or_moved(db: Database) -> None:
    admin = first_admin(db)
    asset = create_assets(db, admin, chair())[0]
    dispose_assets(db, admin, [asset.id], decree="SK 3/2026", reason="hilang")
    gone = get_asset(db, admin, asset.id)
    assert gone.status == "dihapus" and gone.disposal_reason == "hilang"
    with pytest.raises(ValidationError, match="was disposed of on 28-11-2026"):
        update_asset(
            db,
            admin,
            asset.id,
            replace(gone.as_input(), name="x"),
            expected_version=gone.row_version,
        )


def test_pimpinan_cannot_add_or_change_assets(db: Database) -> None:
    admin = first_admin(db)
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    asset = create_assets(db, admin, chair())[0]
    with pytest.raises(PermissionDenied):
        create_assets(db, leader, chair())
    with pytest.raises(PermissionDenied):
        update_asset(db, leader, asset.id, asset.as_input(), expected_version=asset.row_version)
    assert get_asset(db, leader, asset.id).name == "Kursi besi"
