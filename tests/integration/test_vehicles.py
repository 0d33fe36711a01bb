"""The vehicle log: odometer rule and correction, plans and documents in the due list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from sqlalchemy import select

from inventaris.areas import attention_items
from inventaris.assets.editing import create_assets
from inventaris.assets.events import dispose_assets
from inventaris.core.attention import Urgency
from inventaris.core.audit import AuditRow, list_audit
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, PermissionDenied, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.model import ServicePlan, ServiceRecord
from inventaris.vehicles.due import Reading, plan_due
from inventaris.vehicles.due_list import AREA_VEHICLES, due_items
from inventaris.vehicles.fleet import fleet, vehicle_card, vehicle_timeline
from inventaris.vehicles.meters import readings_of
from inventaris.vehicles.records import (
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    delete_record,
    load_vehicle,
    reset_odometer,
    save_document,
    save_plan,
)
from tests.conftest import FakeClock
from tests.support.builders import chair, first_admin, user_with_role, vehicle

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 2, 0, tzinfo=UTC)  # the test clock's


def _fuel(asset_id: int, on: date, km: int) -> FuelInput:
    return FuelInput(asset_id, on, "Pertalite", Decimal("35.5"), 10_000, km, "Syahrial")


def test_a_lower_odometer_reading_is_refused_with_the_last_one(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, date(2026, 11, 1), 42_000))
    with pytest.raises(ValidationError) as caught:
        add_service(db, admin, ServiceInput(car.id, date(2026, 11, 5), 41_000, "ganti_oli"))
    assert caught.value.field == "odometer_km"
    assert "41.000 km is lower than the last reading, 42.000 km on 01-11-2026" in str(caught.value)
    reset_odometer(db, admin, car.id, date(2026, 11, 10), 0, "odometer diganti")
    add_service(
        db, admin, ServiceInput(car.id, date(2026, 11, 12), 150, "ganti_oli", 350_000, 100_000)
    )
    with pytest.raises(ValidationError, match="150 km on 12-11-2026"):
        add_fuel(db, admin, _fuel(car.id, date(2026, 11, 13), 100))


def test_only_vehicles_get_a_log(db: Database) -> None:
    admin = first_admin(db)
    seat = create_assets(db, admin, chair())[0]
    with pytest.raises(ValidationError, match="is not a vehicle"):
        add_fuel(db, admin, _fuel(seat.id, date(2026, 11, 1), 10))


def test_the_due_list_puts_the_most_urgent_first_and_skips_disposed_vehicles(
    db: Database,
) -> None:
    admin = first_admin(db)
    innova = create_assets(db, admin, vehicle())[0]
    avanza = create_assets(
        db,
        admin,
        vehicle(plate_number="BK 9 AA", chassis_number="C2", engine_number="E2", bpkb_number="B2"),
    )[0]
    today = date(2026, 11, 28)
    save_document(db, admin, innova.id, "pajak_tahunan", today + timedelta(days=10), "PKB-1")
    save_document(db, admin, avanza.id, "stnk_5_tahun", today - timedelta(days=2))
    save_document(db, admin, avanza.id, "asuransi", today + timedelta(days=200))
    add_service(db, admin, ServiceInput(innova.id, date(2026, 9, 1), 30_000, "ganti_oli"))
    save_plan(db, admin, innova.id, "Ganti oli", "ganti_oli", 5_000, 3)
    items = due_items(db, admin)
    assert [(item.vehicle, item.what, item.state) for item in items] == [
        ("BK 9 AA", "stnk_5_tahun", Urgency.OVERDUE),
        ("BK 1234 AB", "Ganti oli", Urgency.WITHIN_7),
        ("BK 1234 AB", "pajak_tahunan", Urgency.WITHIN_14),
    ]
    dispose_assets(db, admin, [avanza.id], decree="SK 4/2026", reason="dijual")
    assert [item.vehicle for item in due_items(db, admin)] == ["BK 1234 AB", "BK 1234 AB"]


def test_pimpinan_reads_the_due_list_but_records_nothing(db: Database) -> None:
    admin = first_admin(db)
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    car = create_assets(db, admin, vehicle())[0]
    with pytest.raises(PermissionDenied):
        add_fuel(db, leader, _fuel(car.id, date(2026, 11, 1), 1))
    assert due_items(db, leader) == []


def test_due_items_reach_the_dashboard(db: Database) -> None:
    from inventaris.core.attention import Urgency
    from inventaris.dashboard import dashboard_summary

    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    save_document(db, admin, car.id, "pajak_tahunan", date(2026, 11, 20))
    attention = dashboard_summary(db, admin).attention
    assert attention[0].urgency is Urgency.OVERDUE and attention[0].due_on == date(2026, 11, 20)
    assert dict(attention[0].params)["vehicle"] == "BK 1234 AB"


def test_the_grouped_due_query_agrees_with_reading_every_record(
    db: Database, clock: FakeClock
) -> None:
    """due_items reads a few aggregates; the answer must equal the one from all readings, and
    the vehicle card's (which reads every record, across a replaced odometer too)."""
    import random

    admin = first_admin(db)
    rng = random.Random(11)
    cars = [
        create_assets(
            db,
            admin,
            vehicle(
                plate_number=f"BK {n} XY",
                chassis_number=f"C{n}",
                engine_number=f"E{n}",
                bpkb_number=f"B{n}",
            ),
        )[0]
        for n in range(1, 7)
    ]
    # The plans were made at the start of 2025, before any record; cars[4]'s before plans had
    # a start (they count from acquisition); cars[5] never gets a record.
    clock.now = datetime(2025, 1, 1, 2, 0, tzinfo=UTC)
    for car in cars:
        oil_km, oil_months = rng.choice([None, 5_000]), rng.choice([None, 3, 6]) or 4
        save_plan(db, admin, car.id, "Oli", "ganti_oli", oil_km, oil_months)
        save_plan(db, admin, car.id, "Ban", "ban", 40_000, None)
    clock.now = NOW
    with db.write(admin) as session:
        for plan in session.scalars(select(ServicePlan).where(ServicePlan.asset_id == cars[4].id)):
            plan.starts_on = None
    for car in cars[:5]:
        km = rng.randint(1_000, 50_000)
        day = date(2025, 1, 1)
        while day < date(2026, 11, 25):
            day += timedelta(days=rng.randint(3, 20))
            km += rng.randint(50, 900)
            if car is cars[2] and date(2026, 3, 1) <= day < date(2026, 3, 21):
                # The odometer was replaced: its readings start again from 20 km.
                reset_odometer(db, admin, car.id, day, 20)
                km = 20 + rng.randint(0, 300)
            if rng.random() < 0.15:
                add_service(
                    db,
                    admin,
                    ServiceInput(
                        car.id, min(day, date(2026, 11, 28)), km, rng.choice(["ganti_oli", "ban"])
                    ),
                )
            else:
                add_fuel(db, admin, _fuel(car.id, min(day, date(2026, 11, 28)), km))
    got = {(item.asset_id, item.what): item for item in due_items(db, admin, within_days=3650)}
    assert len(got) == 12
    for car in cars:
        for plan in vehicle_card(db, admin, car.id).plans:
            item = got[(car.id, plan.name)]
            assert (item.due_on, item.due_km, item.current_km, item.state, item.estimated) == (
                plan.due.due_on,
                plan.due.due_km,
                plan.due.current_km,
                plan.due.state,
                plan.due.estimated,
            )
    with db.read() as session:
        for plan in session.scalars(select(ServicePlan).where(ServicePlan.asset_id != cars[2].id)):
            services = [
                Reading(record.serviced_on, record.odometer_km)
                for record in session.scalars(
                    select(ServiceRecord).where(
                        ServiceRecord.asset_id == plan.asset_id,
                        ServiceRecord.kind == plan.service_kind,
                    )
                )
            ]
            expected = plan_due(
                plan.name,
                plan.every_km,
                plan.every_months,
                max(services, key=lambda r: (r.on, r.km)) if services else None,
                readings_of(session, plan.asset_id),
                date(2019, 1, 1),
                TODAY,
                starts_on=plan.starts_on,
                starts_km=plan.starts_km,
            )
            item = got[(plan.asset_id, plan.name)]
            assert (item.due_on, item.due_km, item.current_km, item.state) == (
                expected.due_on,
                expected.due_km,
                expected.current_km,
                expected.state,
            )


def test_a_document_renewed_by_a_later_one_raises_nothing(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    today = date(2026, 11, 28)
    save_document(db, admin, car.id, "pajak_tahunan", today - timedelta(days=365), "PKB-2025")
    save_document(db, admin, car.id, "pajak_tahunan", today + timedelta(days=5), "PKB-2026")
    save_document(db, admin, car.id, "asuransi", today - timedelta(days=1))
    save_document(db, admin, car.id, "lainnya", today - timedelta(days=40), "KIR")
    save_document(db, admin, car.id, "lainnya", today + timedelta(days=20), "Izin trayek")
    items = due_items(db, admin)
    assert [(item.what, item.due_on) for item in items] == [
        ("lainnya", today - timedelta(days=40)),  # other documents stand alone
        ("asuransi", today - timedelta(days=1)),
        ("pajak_tahunan", today + timedelta(days=5)),
        ("lainnya", today + timedelta(days=20)),
    ]


# --- odometer replacements ----------------------------------------------------------------------


def _day(day: int) -> date:
    return date(2026, 11, day)


def _km(readings: list[Reading]) -> list[tuple[date, int]]:
    return sorted((reading.on, reading.km) for reading in readings)


def test_a_reading_taken_on_the_morning_of_a_replacement_stays_on_the_old_meter(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, _day(10), 150_000))  # filled on the way to the workshop
    clock.advance(minutes=30)
    reset_odometer(db, admin, car.id, _day(10), 0, "odometer diganti")
    clock.advance(minutes=30)
    add_fuel(db, admin, _fuel(car.id, _day(15), 300))
    add_fuel(db, admin, _fuel(car.id, _day(10), 20))  # entered after the replacement: new meter
    with pytest.raises(ValidationError, match=r"lower than the last reading, 300 km on 15-11"):
        add_fuel(db, admin, _fuel(car.id, _day(16), 250))
    with db.read() as session:
        assert _km(readings_of(session, car.id)) == [(_day(10), 0), (_day(10), 20), (_day(15), 300)]
    assert fleet(db, admin).vehicles[0].odometer_km == 300


def test_a_late_receipt_dated_before_a_replacement_is_checked_against_the_old_meter(
    db: Database,
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, _day(1), 100_000))
    add_fuel(db, admin, _fuel(car.id, _day(8), 101_000))
    reset_odometer(db, admin, car.id, _day(10), 0)
    add_fuel(db, admin, _fuel(car.id, _day(12), 50))
    with pytest.raises(
        ValidationError, match=r"99\.000 km is lower than the last reading, 100\.000"
    ):
        add_service(db, admin, ServiceInput(car.id, _day(5), 99_000, "ganti_oli"))
    with pytest.raises(
        ValidationError, match=r"101\.500 km is higher than the next reading, 101\.000"
    ):
        add_service(db, admin, ServiceInput(car.id, _day(5), 101_500, "ganti_oli"))
    add_service(db, admin, ServiceInput(car.id, _day(5), 100_500, "ganti_oli"))
    with db.read() as session:
        assert _km(readings_of(session, car.id)) == [(_day(10), 0), (_day(12), 50)]
        assert _km(readings_of(session, car.id, meter=0)) == [
            (_day(1), 100_000),
            (_day(5), 100_500),
            (_day(8), 101_000),
        ]


def test_a_replacement_dated_before_the_meters_latest_reading_is_refused(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, _day(20), 10_000))
    with pytest.raises(ValidationError) as caught:
        reset_odometer(db, admin, car.id, _day(15), 0)
    assert caught.value.field == "reset_on"
    assert "already reads 10.000 km on 20-11-2026" in str(caught.value)
    clock.advance(minutes=1)
    reset_odometer(db, admin, car.id, _day(20), 0)  # the day of the latest reading is fine
    add_fuel(db, admin, _fuel(car.id, _day(22), 100))
    with pytest.raises(ValidationError, match="already reads 100 km on 22-11-2026"):
        reset_odometer(db, admin, car.id, _day(21), 0)


def test_a_km_plan_counts_the_km_driven_before_the_replacement(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    clock.now = datetime(2026, 10, 30, 2, 0, tzinfo=UTC)
    save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, None)
    clock.now = NOW
    add_service(db, admin, ServiceInput(car.id, _day(1), 148_000, "ganti_oli"))
    add_fuel(db, admin, _fuel(car.id, _day(9), 150_000))
    reset_odometer(db, admin, car.id, _day(10), 0)
    add_fuel(db, admin, _fuel(car.id, _day(20), 1_000))
    # 2,000 km were driven after the oil change on the old meter: 3,000 km are left, reached at
    # 3,000 on the new one; at 100 km a day since the replacement, 20 days after 20-11.
    [item] = due_items(db, admin)
    assert (item.due_km, item.current_km, item.due_on, item.state) == (
        3_000,
        1_000,
        date(2026, 12, 10),
        Urgency.WITHIN_14,
    )
    [plan] = vehicle_card(db, admin, car.id).plans
    assert (plan.due.due_on, plan.due.due_km, plan.due.current_km, plan.due.state) == (
        item.due_on,
        item.due_km,
        item.current_km,
        item.state,
    )


def test_a_plan_added_to_a_vehicle_with_history_counts_from_the_day_it_was_made(
    db: Database, clock: FakeClock
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]  # acquired in 2019
    add_service(db, admin, ServiceInput(car.id, date(2025, 3, 1), 30_000, "ban"))
    add_fuel(db, admin, _fuel(car.id, date(2026, 6, 1), 40_000))
    add_fuel(db, admin, _fuel(car.id, _day(20), 45_000))
    save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, 3)
    legacy = save_plan(db, admin, car.id, "Oli (lama)", "ganti_oli", 5_000, 3)
    with db.write(admin) as session:
        plan = session.get(ServicePlan, legacy)
        assert plan is not None and (plan.starts_on, plan.starts_km) == (TODAY, 45_000)
        plan.starts_on = plan.starts_km = None  # made before plans had a start
    # No oil change on record: the new plan counts from today at 45,000 km (three months come
    # before 5,000 km); the old one still from the acquisition.
    assert [(item.what, item.state) for item in due_items(db, admin)] == [
        ("Oli (lama)", Urgency.OVERDUE)
    ]
    new, _ = vehicle_card(db, admin, car.id).plans
    assert (new.due.due_km, new.due.due_on) == (50_000, date(2027, 2, 28))
    clock.advance(hours=3)
    add_service(db, admin, ServiceInput(car.id, TODAY, 45_100, "ganti_oli"))
    new, old = vehicle_card(db, admin, car.id).plans
    assert new.due.due_km == old.due.due_km == 50_100  # the service is the base of both
    assert due_items(db, admin) == []


def test_a_plan_made_before_a_replacement_was_recorded_starts_on_the_new_meter(
    db: Database,
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, _day(20), 150_000))
    save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, 6)  # today, at 150,000 km
    reset_odometer(db, admin, car.id, _day(25), 0)  # replaced on the 25th, recorded today
    add_fuel(db, admin, _fuel(car.id, _day(27), 200))
    # The plan's start moved to the new meter: 5,000 km from its 0 (reached in 48 days at 100
    # km a day, before the six months from today).
    [plan] = vehicle_card(db, admin, car.id).plans
    assert (plan.due.due_km, plan.due.current_km) == (5_000, 200)
    assert (plan.due.due_on, plan.due.state) == (date(2027, 1, 14), Urgency.OK)


# --- corrections ----------------------------------------------------------------------------------


def _deleted(db: Database, admin: Actor, entity: str, entity_id: int) -> AuditRow:
    [row] = [
        row
        for row in list_audit(db, admin, search=entity)
        if (row.action, row.entity, row.entity_id) == ("delete", entity, str(entity_id))
    ]
    return row


def test_a_mistyped_record_is_deleted_and_the_audit_log_keeps_it_with_the_reason(
    db: Database,
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    wrong = add_fuel(db, admin, _fuel(car.id, _day(1), 1_500_000))  # one zero too many
    save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, None)  # starts at that km
    with pytest.raises(ValidationError, match="lower than the last reading"):
        add_fuel(db, admin, _fuel(car.id, _day(5), 150_500))
    with pytest.raises(ValidationError) as caught:
        delete_record(db, admin, "fuel", wrong, "  ")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        delete_record(db, admin, "booking", wrong, "salah ketik")
    assert caught.value.field == "kind"
    with pytest.raises(PermissionDenied):
        delete_record(db, user_with_role(db, admin, Role.SECRETARIAT), "fuel", wrong, "x")

    delete_record(db, admin, "fuel", wrong, "Salah ketik, seharusnya 150.000 km")
    with pytest.raises(NotFound):
        delete_record(db, admin, "fuel", wrong, "sekali lagi")
    add_fuel(db, admin, _fuel(car.id, _day(5), 150_500))
    assert [(e.kind, e.odometer_km) for e in vehicle_timeline(db, admin, car.id)] == [
        ("fuel", 150_500)
    ]
    # The plan no longer starts at the deleted 1,500,000 km but at the meter's own readings.
    assert vehicle_card(db, admin, car.id).plans[0].due.due_km == 155_500
    entry = _deleted(db, admin, "fuel_record", wrong)
    assert entry.old_values is not None and entry.old_values["odometer_km"] == 1_500_000
    assert entry.new_values == {"reason": "Salah ketik, seharusnya 150.000 km"}

    service = add_service(db, admin, ServiceInput(car.id, _day(6), 150_600, "ban"))
    dispose_assets(db, admin, [car.id], decree="SK 4/2026", reason="dijual")
    with pytest.raises(ValidationError) as caught:
        delete_record(db, admin, "service", service, "salah kendaraan")
    assert caught.value.field == "status"


def test_a_replacement_is_deleted_only_when_its_readings_fit_the_meter_before(
    db: Database,
) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, _day(1), 50_000))
    reset_odometer(db, admin, car.id, _day(5), 0)
    low = add_fuel(db, admin, _fuel(car.id, _day(8), 300))
    [reset] = [e.record_id for e in vehicle_timeline(db, admin, car.id) if e.kind == "odometer"]
    with pytest.raises(ValidationError) as caught:
        delete_record(db, admin, "odometer", reset, "tidak jadi diganti")
    assert "300 km on 08-11-2026 is lower than the old meter's 50.000 km on 01-11-2026" in str(
        caught.value
    )
    delete_record(db, admin, "fuel", low, "salah catat")
    add_fuel(db, admin, _fuel(car.id, _day(8), 50_300))  # the replacement was a mistake too
    delete_record(db, admin, "odometer", reset, "tidak jadi diganti")
    with pytest.raises(ValidationError, match=r"lower than the last reading, 50\.300 km"):
        add_fuel(db, admin, _fuel(car.id, _day(9), 100))


# --- messages and locks ---------------------------------------------------------------------------


def test_the_attention_list_groups_the_thousands_of_its_km(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    add_fuel(db, admin, _fuel(car.id, _day(1), 20_000))
    add_fuel(db, admin, _fuel(car.id, _day(25), 24_800))
    save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, None)  # 200 km a day
    [item] = [item for item in attention_items(db, admin) if item.area == AREA_VEHICLES]
    assert dict(item.params)["due_km"] == "29.800"
    assert dict(item.params)["current_km"] == "24.800"


def test_fuel_needs_litres_and_a_price_that_is_not_negative(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    with pytest.raises(ValidationError) as caught:
        add_fuel(db, admin, FuelInput(car.id, _day(1), "Pertalite", Decimal(0), 10_000, 100))
    assert caught.value.field == "litres"
    assert "more than 0" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        add_fuel(db, admin, FuelInput(car.id, _day(1), "Pertalite", Decimal(10), -1, 100))
    assert caught.value.field == "price_per_litre"
    assert "Price per litre cannot be negative" in str(caught.value)


def test_a_vehicle_being_changed_is_locked_against_a_second_writer(db: Database) -> None:
    """Two fills at once on PostgreSQL: the second waits for the first's odometer check."""
    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    with db.write(admin) as session:
        load_vehicle(session, admin, car.id)  # SQLite: its write lock is already taken
        if db.backend == "postgresql":
            with db.engine.connect() as other:
                with pytest.raises(sa.exc.OperationalError, match="could not obtain lock"):
                    other.execute(
                        sa.text("SELECT id FROM asset WHERE id = :id FOR UPDATE NOWAIT"),
                        {"id": car.id},
                    )
                other.rollback()
