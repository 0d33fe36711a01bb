"""The vehicles page's engine: fleet list, vehicle card, timeline, details, renewals, fuel use."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from inventaris.assets.editing import create_assets
from inventaris.assets.events import dispose_assets
from inventaris.core.attention import Urgency
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, PermissionDenied, ValidationError
from inventaris.core.permissions import Role
from inventaris.vehicles.due_list import due_items
from inventaris.vehicles.fleet import (
    FuelFill,
    VehicleDetailInput,
    correct_document,
    fill_cost,
    fleet,
    fuel_stats,
    renew_document,
    save_vehicle_details,
    stop_plan,
    vehicle_card,
    vehicle_timeline,
)
from inventaris.vehicles.records import (
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    reset_odometer,
    save_document,
    save_plan,
)
from tests.conftest import FakeClock
from tests.support.builders import first_admin, user_with_role, vehicle

TODAY = date(2026, 11, 28)


def test_fuel_use_is_counted_full_tank_to_full_tank() -> None:
    fills = [
        FuelFill(date(2026, 11, 1), 10_000, Decimal("40"), 400_000),
        FuelFill(date(2026, 11, 8), 10_400, Decimal("30"), 300_000),
        FuelFill(date(2026, 11, 15), 10_700, Decimal("25"), 250_000),
    ]
    stats = fuel_stats(fills)
    # 700 km on the 70 litres bought before the last fill; the last fill is not burnt yet.
    assert (stats.km, stats.km_per_litre, stats.cost_per_km) == (
        700,
        Decimal("10.00"),
        Decimal("1000.00"),
    )
    assert (stats.fills, stats.litres, stats.cost) == (3, Decimal("95"), 950_000)
    single = fuel_stats(fills[:1])
    assert (single.km, single.km_per_litre, single.cost_per_km) == (0, None, None)


def test_a_fill_costs_whole_rupiah_rounded_half_up() -> None:
    assert fill_cost(Decimal("35.50"), 10_000) == 355_000
    assert fill_cost(Decimal("12.25"), 12_950) == 158_638  # 158,637.5


def test_the_fleet_shows_each_vehicle_with_its_latest_reading_and_worst_due_item(
    db: Database,
) -> None:
    admin = first_admin(db)
    innova = create_assets(db, admin, vehicle())[0]
    avanza = create_assets(
        db,
        admin,
        vehicle(plate_number="BK 9 AA", chassis_number="C2", engine_number="E2", bpkb_number="B2"),
    )[0]
    add_fuel(
        db, admin, FuelInput(innova.id, date(2026, 11, 1), "Pertalite", Decimal(30), 10_000, 42_000)
    )
    add_service(db, admin, ServiceInput(innova.id, date(2026, 11, 20), 42_800, "ban", 1_200_000))
    reset_odometer(db, admin, avanza.id, date(2026, 10, 1), 5, "odometer diganti")
    save_document(db, admin, avanza.id, "pajak_tahunan", TODAY - timedelta(days=1))
    save_document(db, admin, avanza.id, "asuransi", TODAY + timedelta(days=20))
    save_vehicle_details(
        db, admin, innova.id, VehicleDetailInput("bk1 x", "Hitam", "Pertalite", "R4", "Syahrial")
    )

    found = fleet(db, admin)
    rows = {row.plate: row for row in found.vehicles}
    assert (rows["BK 1234 AB"].odometer_km, rows["BK 1234 AB"].odometer_on) == (
        42_800,
        date(2026, 11, 20),
    )
    assert rows["BK 1234 AB"].driver_name == "Syahrial"
    assert rows["BK 1234 AB"].worst_state is None
    assert (rows["BK 9 AA"].odometer_km, rows["BK 9 AA"].worst_state) == (5, Urgency.OVERDUE)
    assert [item.what for item in found.due] == ["pajak_tahunan", "asuransi"]

    dispose_assets(db, admin, [avanza.id], decree="SK 4/2026", reason="dijual")
    assert [row.plate for row in fleet(db, admin).vehicles] == ["BK 1234 AB"]
    assert len(fleet(db, admin, include_disposed=True).vehicles) == 2


def test_the_vehicle_card_gathers_details_plans_documents_and_fuel(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle(size="1998 cc"))[0]
    save_vehicle_details(
        db,
        admin,
        car.id,
        VehicleDetailInput("bk 77 zz", "Silver", "Pertamax", "R4", "Syahrial", pooled=True),
    )
    for day, km in ((1, 20_000), (8, 20_300), (15, 20_650)):
        add_fuel(
            db, admin, FuelInput(car.id, date(2026, 11, day), "Pertamax", Decimal(25), 12_000, km)
        )
    add_service(db, admin, ServiceInput(car.id, date(2026, 11, 2), 20_050, "ganti_oli"))
    plan_id = save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, 3)
    save_document(db, admin, car.id, "pajak_tahunan", TODAY + timedelta(days=5), "PKB-1")

    card = vehicle_card(db, admin, car.id)
    assert card.details.previous_plate == "BK 77 ZZ"
    assert (card.details.colour, card.details.pooled, card.engine_size) == (
        "Silver",
        True,
        "1998 cc",
    )
    assert card.odometer is not None and card.odometer.km == 20_650
    assert [(plan.name, plan.due.due_km) for plan in card.plans] == [("Ganti oli", 25_050)]
    assert card.plans[0].due.due_on == date(2027, 2, 2)  # 3 months before 5,000 km
    assert [(d.kind, d.state, d.superseded) for d in card.documents] == [
        ("pajak_tahunan", Urgency.WITHIN_7, False)
    ]
    assert card.fuel_last_year.km_per_litre == Decimal("13.00")  # 650 km / 50 l

    stop_plan(db, admin, plan_id)
    assert vehicle_card(db, admin, car.id).plans == ()


def test_a_renewed_document_ends_the_old_ones_alarm(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    old = save_document(db, admin, car.id, "pajak_tahunan", TODAY - timedelta(days=3), "PKB-1")
    assert [item.state for item in due_items(db, admin)] == [Urgency.OVERDUE]
    with pytest.raises(ValidationError, match="not later than the current one"):
        renew_document(db, admin, old, TODAY - timedelta(days=10))
    renew_document(db, admin, old, date(2027, 11, 25), "PKB-2")
    assert due_items(db, admin) == []
    documents = vehicle_card(db, admin, car.id).documents
    assert [(d.number, d.superseded) for d in documents] == [("PKB-2", False), ("PKB-1", True)]


def test_the_timeline_lists_every_record_newest_first(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(
        db,
        admin,
        FuelInput(
            car.id, date(2026, 11, 1), "Pertalite", Decimal("35.5"), 10_000, 900, "Ali", "K-7"
        ),
    )
    add_service(
        db,
        admin,
        ServiceInput(
            car.id, date(2026, 11, 3), 1_000, "rem", 400_000, 150_000, "Bengkel Jaya", "N-12"
        ),
    )
    reset_odometer(db, admin, car.id, date(2026, 11, 5), 0, "odometer diganti")
    entries = vehicle_timeline(db, admin, car.id)
    assert [(e.kind, e.on, e.odometer_km, e.cost) for e in entries] == [
        ("odometer", date(2026, 11, 5), 0, 0),
        ("service", date(2026, 11, 3), 1_000, 550_000),
        ("fuel", date(2026, 11, 1), 900, 355_000),
    ]
    assert entries[1].detail == "Bengkel Jaya · No. N-12"
    assert entries[2].detail == "Ali · K-7"


def test_details_are_checked_and_need_the_vehicle_right(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    with pytest.raises(ValidationError) as caught:
        save_vehicle_details(db, admin, car.id, VehicleDetailInput(wheels="R3"))
    assert caught.value.field == "wheels"
    with pytest.raises(ValidationError) as caught:
        save_vehicle_details(db, admin, car.id, VehicleDetailInput(previous_plate="12-34"))
    assert caught.value.field == "plate_number"
    secretary = user_with_role(db, admin, Role.SECRETARIAT)
    with pytest.raises(PermissionDenied):
        save_vehicle_details(db, secretary, car.id, VehicleDetailInput())


def test_a_late_receipt_must_fit_between_the_readings_around_its_date(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(
        db, admin, FuelInput(car.id, date(2026, 11, 1), "Pertalite", Decimal(30), 10_000, 1_000)
    )
    add_fuel(
        db, admin, FuelInput(car.id, date(2026, 11, 20), "Pertalite", Decimal(30), 10_000, 2_000)
    )
    add_service(db, admin, ServiceInput(car.id, date(2026, 11, 10), 1_500, "ganti_oli"))
    with pytest.raises(ValidationError) as caught:
        add_service(db, admin, ServiceInput(car.id, date(2026, 11, 12), 2_100, "ban"))
    assert caught.value.field == "odometer_km"
    assert "2.100 km is higher than the next reading, 2.000 km on 20-11-2026" in str(caught.value)
    with pytest.raises(ValidationError, match=r"lower than the last reading, 1\.500 km on 10-11"):
        add_service(db, admin, ServiceInput(car.id, date(2026, 11, 12), 1_400, "ban"))


def _fill(asset_id: int, day: int, km: int) -> FuelInput:
    return FuelInput(asset_id, date(2026, 11, day), "Pertalite", Decimal(30), 10_000, km)


def test_after_a_replacement_the_fleet_and_the_card_read_the_new_meter_only(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    other = create_assets(
        db,
        admin,
        vehicle(plate_number="BK 9 AA", chassis_number="C2", engine_number="E2", bpkb_number="B2"),
    )[0]
    add_fuel(db, admin, _fill(car.id, 1, 140_000))
    add_fuel(db, admin, _fill(car.id, 10, 150_000))  # the morning of the replacement
    add_fuel(db, admin, _fill(other.id, 27, 90_000))  # the other's, the same way
    clock.advance(minutes=30)
    reset_odometer(db, admin, car.id, date(2026, 11, 10), 0)
    reset_odometer(db, admin, other.id, date(2026, 11, 27), 0)
    clock.advance(minutes=30)
    for day, km in ((10, 50), (15, 350), (20, 650)):
        add_fuel(db, admin, _fill(car.id, day, km))
    add_fuel(db, admin, _fill(other.id, 27, 40))  # after its replacement, the same day

    rows = {row.plate: row for row in fleet(db, admin).vehicles}
    assert (rows["BK 1234 AB"].odometer_km, rows["BK 9 AA"].odometer_km) == (650, 40)
    card = vehicle_card(db, admin, car.id)
    assert card.odometer is not None and card.odometer.km == 650
    # Full tank to full tank on the new meter: 600 km on the 60 litres before the last fill.
    fuel = card.fuel_last_year
    assert (fuel.fills, fuel.km, fuel.km_per_litre) == (3, 600, Decimal("10.00"))


def test_a_mistyped_document_is_corrected_in_place(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    wrong = save_document(db, admin, car.id, "pajak_tahunan", date(2025, 12, 10), "PKB-1")
    assert [item.state for item in due_items(db, admin)] == [Urgency.OVERDUE]
    correct_document(db, admin, wrong, date(2026, 12, 10), "PKB-1A", "tahun salah ketik")
    assert [(item.what, item.due_on) for item in due_items(db, admin)] == [
        ("pajak_tahunan", date(2026, 12, 10))
    ]
    [document] = vehicle_card(db, admin, car.id).documents
    assert (document.id, document.number, document.note) == (wrong, "PKB-1A", "tahun salah ketik")

    later = save_document(db, admin, car.id, "pajak_tahunan", date(2027, 12, 10), "PKB-2")
    correct_document(db, admin, wrong, date(2026, 12, 12))  # the number and note stay
    documents = vehicle_card(db, admin, car.id).documents
    assert [(d.id, d.number, d.expires_on, d.superseded) for d in documents] == [
        (later, "PKB-2", date(2027, 12, 10), False),
        (wrong, "PKB-1A", date(2026, 12, 12), True),  # a later one still supersedes it
    ]
    with pytest.raises(NotFound):
        correct_document(db, admin, 9_999, TODAY)
    with pytest.raises(PermissionDenied):
        correct_document(db, user_with_role(db, admin, Role.SECRETARIAT), wrong, TODAY)
    dispose_assets(db, admin, [car.id], decree="SK 4/2026", reason="dijual")
    with pytest.raises(ValidationError) as caught:
        correct_document(db, admin, wrong, TODAY)
    assert caught.value.field == "status"
