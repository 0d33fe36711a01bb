"""The demo office: deterministic, believable, and only into an empty database."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.identifiers import normalize_nip
from inventaris.core.reference import read_starter_codes
from inventaris.core.schema import prepare_database
from inventaris.demo.office import DEMO_PASSWORD, DEMO_USERS, load_demo_data
from tests.conftest import FakeClock
from tests.support.databases import copy_sqlite

CONTENT_COLUMNS = (
    "code, register_number, name, brand_type, price, acquisition_date, condition, status, "
    "room_id, holder_nip, plate_number, chassis_number"
)


def _assets(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        return [
            tuple(row)
            for row in connection.execute(
                sa.text(f"SELECT {CONTENT_COLUMNS} FROM asset ORDER BY code, register_number")
            )
        ]


def _fresh(template: Path, tmp_path: Path, name: str) -> Database:
    """A new database: a copy of the session's migrated template (tests/conftest.py)."""
    db = Database(copy_sqlite(template, tmp_path / name), clock=FakeClock())
    prepare_database(db)
    return db


def _vehicle_log(db: Database) -> list[tuple[object, ...]]:
    with db.engine.connect() as connection:
        return [
            tuple(row)
            for query in (
                "SELECT asset_id, filled_on, fuel, litres, price_per_litre, odometer_km, "
                "driver_name FROM fuel_record ORDER BY id",
                "SELECT asset_id, serviced_on, kind, odometer_km, parts_cost, labour_cost "
                "FROM service_record ORDER BY id",
                "SELECT asset_id, kind, expires_on, number FROM vehicle_document ORDER BY id",
                "SELECT asset_id, colour, driver_name, pooled FROM vehicle_detail "
                "ORDER BY asset_id",
            )
            for row in connection.execute(sa.text(query))
        ]


def test_same_seed_gives_the_same_office(tmp_path: Path, sqlite_template: Path) -> None:
    first, second, other = (_fresh(sqlite_template, tmp_path, f"{name}.db") for name in "abc")
    load_demo_data(first, assets=600, seed=7)
    load_demo_data(second, assets=600, seed=7)
    load_demo_data(other, assets=600, seed=8)
    assert _assets(first) == _assets(second)
    assert _assets(first) != _assets(other)
    assert _vehicle_log(first) == _vehicle_log(second) != _vehicle_log(other)


def test_demo_office_is_believable(db: Database) -> None:
    report = load_demo_data(db, assets=1500, seed=3)
    assert report.assets == 1500 and report.vehicles == 30 and report.residences == 15
    starter = {code for code, _name in read_starter_codes()}
    with db.engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT code, register_number, plate_number, holder_nip, price, "
                "acquisition_year, status, disposed_on, condition FROM asset"
            )
        ).all()
        nips = (
            connection.execute(
                sa.text(
                    "SELECT nip FROM app_user UNION ALL SELECT responsible_nip FROM room "
                    "UNION ALL SELECT head_nip FROM unit UNION ALL SELECT custodian_nip FROM unit"
                )
            )
            .scalars()
            .all()
        )
        counters = dict(
            connection.execute(sa.text("SELECT code, last_number FROM register_counter")).all()
        )
        events = connection.execute(sa.text("SELECT count(*) FROM asset_event")).scalar()
        followups = connection.execute(sa.text("SELECT count(*) FROM stocktake_followup")).scalar()
    assert {row.code for row in rows} <= starter
    assert all(len(row.code.split(".")) == 7 for row in rows)
    plates = [row.plate_number for row in rows if row.plate_number]
    assert len(plates) == 30 == len(set(plates))
    assert all(re.fullmatch(r"BK \d{1,4} [A-Z]{2}", plate) for plate in plates)
    for nip in [*nips, *(row.holder_nip for row in rows if row.holder_nip)]:
        assert normalize_nip(nip, field="nip", label="NIP") == nip
    by_code: dict[str, list[int]] = {}
    for row in rows:
        by_code.setdefault(row.code, []).append(row.register_number)
    for code, numbers in by_code.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
        assert counters[code] == len(numbers)
    assert all(row.price > 0 and row.price % 1000 == 0 for row in rows)
    assert all(1985 <= row.acquisition_year <= 2026 for row in rows)
    disposed = [row for row in rows if row.status == "dihapus"]
    assert disposed and all(row.disposed_on is not None for row in disposed)
    assert {row.condition for row in rows} == {"B", "RR", "RB"}
    # Acquired, disposed of, and the stock-take's follow-ups applied (a move, a condition).
    assert followups == 2 and events == len(rows) + len(disposed) + followups


def test_every_demo_user_logs_in_with_the_documented_password(db: Database) -> None:
    load_demo_data(db, assets=10)
    for username, _full_name, role in DEMO_USERS:
        assert authenticate(db, username, DEMO_PASSWORD).role is role


def test_demo_goes_only_into_an_empty_database(db: Database) -> None:
    load_demo_data(db, assets=20)
    before = _assets(db)
    with pytest.raises(ValidationError, match="only into an empty database"):
        load_demo_data(db, assets=20)
    assert _assets(db) == before


def test_demo_size_is_bounded(db: Database) -> None:
    with pytest.raises(ValidationError, match="at most 100000"):
        load_demo_data(db, assets=100_001)  # one unit; a regency (--units) holds up to 1,000,000
    with pytest.raises(ValidationError, match="from 0 to 1000000"):
        load_demo_data(db, assets=1_000_001, units=40)


def test_assets_can_be_added_after_the_demo(db: Database) -> None:
    from inventaris.assets.editing import create_assets
    from tests.support.builders import chair

    load_demo_data(db, assets=50)
    admin = authenticate(db, "admin", DEMO_PASSWORD)
    added = create_assets(db, admin, chair(brand_type="Merk Uji Coba"), quantity=2)
    assert len({asset.id for asset in added}) == 2
    assert min(asset.id for asset in added) > 50
    # The search index keeps up with new assets after the demo's bulk load.
    from inventaris.assets.register import RegisterFilter, summarize_register

    assert summarize_register(db, admin, RegisterFilter(text="uji coba")).count == 2


def test_demo_vehicles_have_a_running_life_and_things_due(db: Database) -> None:
    from inventaris.core.attention import Urgency
    from inventaris.model import (
        Asset,
        FuelRecord,
        ServicePlan,
        ServiceRecord,
        VehicleDetail,
        VehicleDocument,
    )
    from inventaris.vehicles.due_list import due_items
    from inventaris.vehicles.records import FUELS, SERVICE_KINDS

    load_demo_data(db, assets=1500, seed=3)
    today = date(2026, 11, 28)  # the test clock's day
    with db.engine.connect() as connection:

        def rows(*columns: Any) -> list[sa.Row[Any]]:
            return list(connection.execute(sa.select(*columns)))

        vehicles = list(
            connection.execute(
                sa.select(Asset.id, Asset.code, Asset.status).where(
                    Asset.code.startswith("1.3.2.02.")
                )
            )
        )
        fills = rows(
            FuelRecord.asset_id,
            FuelRecord.filled_on,
            FuelRecord.odometer_km,
            FuelRecord.fuel,
            FuelRecord.litres,
            FuelRecord.price_per_litre,
        )
        services = rows(
            ServiceRecord.asset_id,
            ServiceRecord.serviced_on,
            ServiceRecord.odometer_km,
            ServiceRecord.kind,
            ServiceRecord.parts_cost,
        )
        plans = rows(ServicePlan.asset_id, ServicePlan.service_kind)
        documents = rows(VehicleDocument.asset_id, VehicleDocument.kind)
        details = rows(
            VehicleDetail.asset_id,
            VehicleDetail.fuel_type,
            VehicleDetail.wheels,
            VehicleDetail.driver_name,
            VehicleDetail.pooled,
        )
    running = {row.id for row in vehicles if row.status != "dihapus"}
    assert len(vehicles) == 30 and len(running) >= 25
    # Disposed vehicles keep their details but have no running life.
    assert {row.asset_id for row in details} == {row.id for row in vehicles}
    assert {row.asset_id for row in plans} == running
    assert {row.asset_id for row in fills} <= running
    assert len({row.asset_id for row in fills}) >= 0.8 * len(running)
    assert len(fills) >= 50 * len(running) and len(services) >= 8 * len(running)

    assert {row.fuel for row in fills} <= {"Pertalite", "Pertamax", "Solar"}
    assert all(3 <= row.litres <= 45 for row in fills)
    assert {row.price_per_litre for row in fills} <= {10_000, 12_950, 6_800}
    assert {"ganti_oli", "servis_berkala"} <= {row.kind for row in services} <= set(SERVICE_KINDS)
    assert all(row.parts_cost > 0 and row.parts_cost % 1000 == 0 for row in services)
    readings = sorted(
        [(row.asset_id, row.filled_on, row.odometer_km) for row in fills]
        + [(row.asset_id, row.serviced_on, row.odometer_km) for row in services]
    )
    assert today - timedelta(days=731) <= readings[0][1] and max(r[1] for r in readings) <= today
    for (vehicle_id, _, km), (next_id, _, next_km) in itertools.pairwise(readings):
        assert next_id != vehicle_id or next_km >= km  # the odometer only rises

    assert all(2 <= sum(1 for plan in plans if plan.asset_id == v) <= 3 for v in running)
    for vehicle_id in running:
        kinds = {row.kind for row in documents if row.asset_id == vehicle_id}
        assert {"pajak_tahunan", "stnk_5_tahun"} <= kinds
    assert any(row.kind == "asuransi" for row in documents)
    wheels = {row.id: "R2" if row.code.startswith("1.3.2.02.01.04.") else "R4" for row in vehicles}
    assert all(row.wheels == wheels[row.asset_id] for row in details)
    assert all(row.fuel_type in FUELS and row.driver_name for row in details)
    assert 0 < sum(row.pooled for row in details) < len(details) / 2

    due = due_items(db, authenticate(db, "koordinator", DEMO_PASSWORD))
    assert {item.asset_id for item in due} <= running
    states = {item.state for item in due}
    assert Urgency.OVERDUE in states and states - {Urgency.OVERDUE}
    whats = [item.what for item in due]
    assert "Ganti oli" in whats and "pajak_tahunan" in whats
    # Last year's tax, renewed, is history: at most one tax alarm per vehicle.
    taxes = [item.asset_id for item in due if item.what == "pajak_tahunan"]
    assert len(taxes) == len(set(taxes))


def test_demo_vehicles_can_come_bare(db: Database) -> None:
    report = load_demo_data(db, assets=500, vehicle_log=False)
    assert report.vehicles == 10
    with db.engine.connect() as connection:
        for table in ("fuel_record", "service_record", "service_plan", "vehicle_document"):
            assert connection.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() == 0


def test_demo_meeting_rooms_have_a_calendar_without_overlaps(db: Database) -> None:
    from datetime import date, timedelta

    from inventaris.accounts import authenticate
    from inventaris.bookings.service import BookingInput, book, bookable_resources, bookings_between
    from inventaris.core.errors import ConflictError

    load_demo_data(db, assets=120, seed=4)
    clerk = authenticate(db, "sekretariat", "demo1234")
    today = date(2026, 11, 28)
    shown = bookings_between(db, clerk, today, today + timedelta(days=14))
    assert len(shown) > 10
    staff = [b for b in shown if b.title == "Rapat staf Bagian Umum"]
    assert staff and all(b.series_id is not None for b in staff)
    # The database's guard holds for the demo's rows too: the staff meeting's slot is taken.
    monday = staff[0]
    room = next(r for r in bookable_resources(db, clerk) if r.resource.key == monday.resource_key)
    with pytest.raises(ConflictError):
        book(db, clerk, BookingInput(room.resource, monday.starts_at, monday.ends_at, "Rapat"))


def test_demo_houses_have_occupants_and_something_to_attend_to(db: Database) -> None:
    from inventaris.accounts import authenticate
    from inventaris.areas import attention_items
    from inventaris.core.attention import Urgency
    from inventaris.residences.occupancy import occupancy_history
    from inventaris.residences.views import residence_rows

    load_demo_data(db, assets=400, seed=3)
    keeper = authenticate(db, "pengurus", "demo1234")
    rows = residence_rows(db, keeper)
    assert len(rows) >= 3
    assert sum(row.occupant is None for row in rows) == 1
    assert any(row.sip_state is Urgency.OVERDUE for row in rows)
    assert all(row.golongan in ("I", "II") for row in rows)
    occupied = next(row for row in rows if row.occupant is not None)
    assert occupancy_history(db, keeper, occupied.asset_id)[0].family
    assert {item.message for item in attention_items(db, keeper)} >= {
        "{house} is vacant.",
        "{house}: the SIP of {name} expired on {date}.",
        "{house}: {name} reaches retirement age; retires on {date} and must move out.",
    }


def test_demo_taxes_were_paid_and_count_in_the_costs(db: Database) -> None:
    from inventaris.model import VehicleDocument, VehiclePayment
    from inventaris.vehicles.fleet import vehicle_timeline

    load_demo_data(db, assets=1500, seed=3)
    today = date(2026, 11, 28)  # the test clock's day
    with db.engine.connect() as connection:
        payments = connection.execute(
            sa.select(
                VehiclePayment.asset_id,
                VehiclePayment.paid_on,
                VehiclePayment.amount,
                VehicleDocument.asset_id.label("document_asset"),
                VehicleDocument.kind,
                VehicleDocument.expires_on,
            ).join(VehicleDocument, VehicleDocument.id == VehiclePayment.document_id)
        ).all()
    assert len(payments) >= 20
    for payment in payments:
        assert payment.kind == "pajak_tahunan"
        assert payment.asset_id == payment.document_asset
        assert payment.paid_on <= today
        # Paid at the renewal, a year (and a few days at most) before the new expiry.
        assert 365 <= (payment.expires_on - payment.paid_on).days <= 366 + 12
        assert isinstance(payment.amount, int)
        assert payment.amount >= 150_000
    admin = authenticate(db, "admin", DEMO_PASSWORD)
    one = payments[0]
    timeline = vehicle_timeline(db, admin, one.asset_id)
    paid = [entry for entry in timeline if entry.kind == "payment"]
    assert one.amount in {entry.cost for entry in paid}


def test_the_demo_leaves_the_planners_statistics_fresh(db: Database) -> None:
    """PostgreSQL: the bulk load is analysed at once (stale statistics made the register's
    first page 40 times slower until autovacuum came). SQLite keeps no statistics."""
    load_demo_data(db, assets=300, seed=3, vehicle_log=False, bookings=False)
    with db.engine.connect() as connection:
        if db.backend == "postgresql":
            sampled = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_stats WHERE tablename = 'asset'"
            ).scalar()
            rows = connection.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE relname = 'asset'"
            ).scalar()
            assert sampled and rows is not None and rows >= 300
        else:
            stats = connection.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
            ).scalar()
            assert stats == 0
