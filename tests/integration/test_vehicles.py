"""The vehicle log: odometer rule and correction, plans and documents in the due list."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from inventaris.asset_events import dispose_assets
from inventaris.assets import create_assets
from inventaris.db import Database
from inventaris.errors import PermissionDenied, ValidationError
from inventaris.permissions import Role
from inventaris.vehicles import (
    DueState,
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    due_items,
    reset_odometer,
    save_document,
    save_plan,
)
from tests.support.builders import chair, first_admin, user_with_role, vehicle


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
        ("BK 9 AA", "stnk_5_tahun", DueState.OVERDUE),
        ("BK 1234 AB", "Ganti oli", DueState.WITHIN_7),
        ("BK 1234 AB", "pajak_tahunan", DueState.WITHIN_14),
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
    from inventaris.dashboard import Urgency, dashboard_summary

    admin = first_admin(db)
    car = create_assets(db, admin, vehicle())[0]
    save_document(db, admin, car.id, "pajak_tahunan", date(2026, 11, 20))
    attention = dashboard_summary(db, admin).attention
    assert attention[0].urgency is Urgency.OVERDUE and attention[0].due_on == date(2026, 11, 20)
    assert dict(attention[0].params)["vehicle"] == "BK 1234 AB"


def test_the_grouped_due_query_agrees_with_reading_every_record(db: Database) -> None:
    """due_items reads a few aggregates; the answer must equal the one from all readings."""
    import random

    from inventaris.vehicles import Reading, plan_due, readings_of

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
        save_plan(
            db,
            admin,
            car.id,
            "Oli",
            "ganti_oli",
            rng.choice([None, 5_000]),
            rng.choice([None, 3, 6]) or 4,
        )
        save_plan(db, admin, car.id, "Ban", "ban", 40_000, None)
    # A vehicle with plans but no records yet counts from its acquisition.
    save_plan(db, admin, cars[5].id, "Oli", "ganti_oli", 5_000, 6)
    save_plan(db, admin, cars[5].id, "Ban", "ban", 40_000, None)
    got = {(item.asset_id, item.what): item for item in due_items(db, admin, within_days=3650)}
    with db.read() as session:
        from sqlalchemy import select

        from inventaris.model import ServicePlan, ServiceRecord

        for plan in session.scalars(select(ServicePlan)):
            readings = readings_of(session, plan.asset_id)
            services = [
                Reading(record.serviced_on, record.odometer_km)
                for record in session.scalars(
                    select(ServiceRecord).where(
                        ServiceRecord.asset_id == plan.asset_id,
                        ServiceRecord.kind == plan.service_kind,
                    )
                )
            ]
            last = max(services, key=lambda r: (r.on, r.km)) if services else None
            expected = plan_due(
                plan.name,
                plan.every_km,
                plan.every_months,
                last,
                readings,
                date(2019, 1, 1),
                date(2026, 11, 28),
            )
            item = got[(plan.asset_id, plan.name)]
            assert (item.due_on, item.due_km, item.current_km, item.state) == (
                expected.due_on,
                expected.due_km,
                expected.current_km,
                expected.state,
            )
    assert len(got) == 12


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
