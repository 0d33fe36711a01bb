"""Every write is in the audit log, whatever the entry point: each write use case of the
engine, and each writing verb of the command line run as its own process (where nothing but
the verb itself was imported)."""

from __future__ import annotations

import ast
import base64
import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from inventaris import accounts, attachments, backups, catalog, labels, locations, office, units
from inventaris.assets import construction, editing, events
from inventaris.bookings import service as bookings
from inventaris.bookings.recurrence import Frequency, Recurrence
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Role
from inventaris.core.timeutil import to_wib
from inventaris.disposals import decrees as disposal_decrees
from inventaris.disposals import proposals as disposal_proposals
from inventaris.handovers import loans
from inventaris.handovers import service as handovers
from inventaris.handovers.types import HandoverInput, HandoverView, LoanInput
from inventaris.importing.service import import_assets, open_import
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.residences import occupancy
from inventaris.stocktake import answers, counting, followups
from inventaris.stocktake import sessions as stocktake_sessions
from inventaris.stocktake.types import AnswerInput, FindingInput, FollowUpKind, StocktakeInput
from inventaris.vehicles import corrections, fleet, records
from tests.conftest import BACKENDS, FakeClock
from tests.integration.test_bookings import at, meeting, meeting_room
from tests.integration.test_residences import a_house, occupant
from tests.support.builders import PASSWORD, chair, first_admin, office_values, vehicle
from tests.support.cli import forked_verbs
from tests.support.databases import copy_sqlite, drop_postgres_database, new_postgres_database

ENGINE = Path(__file__).resolve().parents[2] / "inventaris"
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


@dataclass
class World:
    """What the cases act on, made through the public use cases."""

    admin: Actor
    clerk: Actor
    room_id: int
    chair_id: int
    car_id: int
    house_id: int
    occupancy_id: int
    booking_id: int
    plan_id: int
    document_id: int
    unit_id: int
    tmp: Path


def _world(db: Database, tmp: Path) -> World:
    admin = first_admin(db)
    office.update_office_settings(db, admin, office_values(office.get_office_settings(db, admin)))
    clerk = accounts.create_user(
        db, admin, accounts.UserInput("juru", "Juru Barang", Role.CUSTODIAN), PASSWORD
    )
    room = locations.save_room(db, admin, locations.RoomInput(code="R.1", name="Ruang Umum"))
    [item] = editing.create_assets(db, admin, chair(room_id=room.id))
    [car] = editing.create_assets(db, admin, vehicle())
    fleet.save_vehicle_details(db, admin, car.id, fleet.VehicleDetailInput(pooled=True))
    records.add_fuel(
        db,
        admin,
        records.FuelInput(car.id, date(2026, 11, 1), "Pertalite", Decimal(30), 10_000, 42_000),
    )
    plan_id = records.save_plan(db, admin, car.id, "Ganti oli", "ganti_oli", 5_000, 6)
    document_id = records.save_document(db, admin, car.id, "pajak_tahunan", date(2027, 1, 5))
    house = a_house(db, admin)
    stay = occupancy.start_occupancy(db, admin, occupant(house)).occupancy
    booked = bookings.book(db, admin, meeting(meeting_room(db, admin), at(3, 9), at(3, 10)))
    return World(
        admin=admin,
        clerk=Actor(clerk.id, clerk.username, clerk.full_name, Role.CUSTODIAN, admin.unit_ids),
        room_id=room.id,
        chair_id=item.id,
        car_id=car.id,
        house_id=house,
        occupancy_id=stay.id,
        booking_id=booked.id,
        plan_id=plan_id,
        document_id=document_id,
        unit_id=min(admin.unit_ids),
        tmp=tmp,
    )


def _asset_version(db: Database, actor: Actor, asset_id: int) -> int:
    return editing.get_asset(db, actor, asset_id).row_version


def _codes_file(tmp: Path) -> Path:
    path = tmp / "kode.csv"
    path.write_text("kode;nama\n1.3.2.05.01.05.099;Lemari arsip baja\n", encoding="utf-8")
    return path


def _sheet(db: Database, w: World) -> Path:
    """The register exported as the annual workbook: an importable file."""
    path = w.tmp / "inventaris.xlsx"
    write_inventory_workbook(db, w.admin, 2026, path, as_of=date(2026, 11, 28))
    return path


Case = Callable[[Database, World], object]
MADE_BY_THE_WORLD = object()  # the use case ran while _world built the data
# What each write use case is called with, and the table its audit entry names.
CASES: dict[str, tuple[Case, str]] = {
    "accounts.create_first_admin": (
        lambda db, w: MADE_BY_THE_WORLD,  # its entries are checked like the others'
        "app_user",
    ),
    "accounts.authenticate": (
        lambda db, w: accounts.authenticate(db, "admin", PASSWORD),
        "app_user",
    ),
    "accounts.create_user": (
        lambda db, w: accounts.create_user(
            db, w.admin, accounts.UserInput("baru", "Pegawai Baru", Role.SECRETARIAT), PASSWORD
        ),
        "app_user",
    ),
    "accounts.update_user": (
        lambda db, w: accounts.update_user(
            db,
            w.admin,
            w.clerk.user_id or 0,
            accounts.UserInput("juru", "Juru Barang Utama", Role.CUSTODIAN),
        ),
        "app_user",
    ),
    "accounts.reset_password": (
        lambda db, w: accounts.reset_password(db, w.admin, w.clerk.user_id or 0, "sandi-lain-123"),
        "app_user",
    ),
    "accounts.unlock_user": (
        lambda db, w: accounts.unlock_user(db, w.admin, w.clerk.user_id or 0),
        "app_user",
    ),
    "accounts.change_own_password": (
        lambda db, w: accounts.change_own_password(db, w.clerk, PASSWORD, "sandi-saya-123"),
        "app_user",
    ),
    "assets.editing.create_assets": (
        lambda db, w: editing.create_assets(db, w.admin, chair()),
        "asset",
    ),
    "assets.editing.update_asset": (
        lambda db, w: editing.update_asset(
            db,
            w.admin,
            w.chair_id,
            dataclasses.replace(chair(room_id=w.room_id), name="Kursi direktur"),
            expected_version=_asset_version(db, w.admin, w.chair_id),
        ),
        "asset",
    ),
    "assets.events.move_assets": (
        lambda db, w: events.move_assets(db, w.admin, [w.chair_id], None),
        "asset",
    ),
    "assets.events.change_condition": (
        lambda db, w: events.change_condition(db, w.admin, [w.chair_id], "RR"),
        "asset",
    ),
    "assets.events.change_holder": (
        lambda db, w: events.change_holder(db, w.admin, w.chair_id, "Budi Santoso"),
        "asset",
    ),
    "assets.events.add_value": (
        lambda db, w: events.add_value(db, w.admin, w.chair_id, 500_000),
        "asset",
    ),
    "assets.events.reclassify": (
        lambda db, w: events.reclassify(db, w.admin, w.chair_id, "1.3.2.05.02.01.004"),
        "asset",
    ),
    "assets.events.dispose_assets": (
        lambda db, w: events.dispose_assets(
            db, w.admin, [w.chair_id], decree="SK 1/2026", reason="rusak berat"
        ),
        "asset",
    ),
    "assets.construction.finish_construction": (lambda db, w: _finish_works(db, w), "asset"),
    "backups.restore_backup": (lambda db, w: _restore(db, w), "database"),
    "attachments.add_attachment": (
        lambda db, w: attachments.add_attachment(
            db, w.admin, "asset", w.chair_id, "foto.png", TINY_PNG
        ),
        "attachment",
    ),
    "attachments.remove_attachment": (
        lambda db, w: attachments.remove_attachment(
            db,
            w.admin,
            attachments.add_attachment(db, w.admin, "asset", w.chair_id, "foto.png", TINY_PNG).id,
        ),
        "attachment",
    ),
    "stocktake.sessions.start_stocktake": (lambda db, w: _stocktake(db, w), "stocktake"),
    "stocktake.sessions.update_stocktake": (
        lambda db, w: stocktake_sessions.update_stocktake(
            db, w.admin, _stocktake(db, w), StocktakeInput(name="Sensus 2026"), 1
        ),
        "stocktake",
    ),
    "stocktake.sessions.finish_stocktake": (
        lambda db, w: stocktake_sessions.finish_stocktake(db, w.admin, _stocktake(db, w)),
        "stocktake_item",
    ),
    "stocktake.counting.scan": (
        lambda db, w: counting.scan(db, w.admin, _stocktake(db, w), w.room_id, "INV:XYZ"),
        "stocktake_scan",
    ),
    "stocktake.counting.tick": (
        lambda db, w: counting.tick(db, w.admin, _stocktake(db, w), w.room_id, w.chair_id),
        "stocktake_scan",
    ),
    "stocktake.counting.untick": (lambda db, w: _untick(db, w), "stocktake_scan"),
    "stocktake.counting.close_place": (
        lambda db, w: counting.close_place(db, w.admin, _stocktake(db, w), w.room_id),
        "stocktake_place",
    ),
    "stocktake.answers.answer_item": (
        lambda db, w: answers.answer_item(
            db, w.admin, _stocktake(db, w), w.chair_id, AnswerInput(observed_condition="RR")
        ),
        "stocktake_item",
    ),
    "stocktake.answers.record_finding": (
        lambda db, w: answers.record_finding(
            db, w.admin, _stocktake(db, w), FindingInput(name="Lemari", place=w.room_id)
        ),
        "stocktake_item",
    ),
    "stocktake.answers.remove_finding": (lambda db, w: _remove_finding(db, w), "stocktake_item"),
    "stocktake.followups.apply_followup": (lambda db, w: _follow_up(db, w), "stocktake_followup"),
    "disposals.proposals.create_proposal": (
        lambda db, w: _proposal(db, w),
        "disposal_proposal_item",
    ),
    "disposals.proposals.record_inspection": (
        lambda db, w: disposal_proposals.record_inspection(
            db, w.admin, _proposal(db, w), "BA/1/2026", date(2026, 11, 20)
        ),
        "disposal_proposal",
    ),
    "disposals.proposals.withdraw_item": (
        lambda db, w: disposal_proposals.withdraw_item(db, w.admin, _proposal(db, w), w.chair_id),
        "disposal_proposal_item",
    ),
    "disposals.decrees.record_decree": (
        lambda db, w: disposal_decrees.record_decree(
            db, w.admin, _proposal(db, w), "SK 1/2026", date(2026, 11, 21), "pemusnahan"
        ),
        "disposal_decree",
    ),
    "handovers.service.hand_over": (lambda db, w: _hand_over(db, w), "handover"),
    "handovers.service.hand_back": (
        lambda db, w: handovers.hand_back(db, w.admin, [_hand_over(db, w).items[0].asset_id], "RR"),
        "handover",
    ),
    "handovers.loans.lend": (lambda db, w: _lend(db, w), "handover"),
    "handovers.loans.end_loan": (
        lambda db, w: loans.end_loan(db, w.admin, [_lend(db, w).items[0].asset_id]),
        "handover",
    ),
    "bookings.service.book": (
        lambda db, w: bookings.book(
            db,
            w.admin,
            meeting(bookings.Resource("room", _meeting_room_id(db, w)), at(4, 9), at(4, 10)),
        ),
        "booking",
    ),
    "bookings.service.book_series": (
        lambda db, w: bookings.book_series(
            db,
            w.admin,
            meeting(bookings.Resource("room", _meeting_room_id(db, w)), at(7, 9), at(7, 10)),
            Recurrence(Frequency.DAILY, count=2),
        ),
        "booking",
    ),
    "bookings.service.cancel_booking": (
        lambda db, w: bookings.cancel_booking(db, w.admin, w.booking_id, "Batal"),
        "booking",
    ),
    "bookings.service.edit_booking": (
        lambda db, w: bookings.edit_booking(
            db, w.admin, w.booking_id, bookings.BookingChanges(title="Rapat lain")
        ),
        "booking",
    ),
    "bookings.service.confirm_booking": (lambda db, w: _confirm(db, w), "booking"),
    "bookings.service.save_settings": (
        lambda db, w: bookings.save_settings(
            db,
            w.admin,
            dataclasses.replace(bookings.get_settings(db, w.admin), approval=True),
        ),
        "booking_settings",
    ),
    "catalog.import_code_table": (
        lambda db, w: catalog.import_code_table(db, w.admin, _codes_file(w.tmp)),
        "asset_code",
    ),
    "importing.service.import_assets": (
        lambda db, w: import_assets(
            db, w.admin, open_import(db, w.admin, _sheet(db, w)), create_missing=True
        ),
        "asset",
    ),
    "labels.save_template": (
        lambda db, w: labels.save_template(
            db,
            w.admin,
            dataclasses.replace(
                labels.get_template(db, labels.DEFAULT_TEMPLATE), name="Milik kami"
            ),
        ),
        "label_template",
    ),
    "labels.mark_labels_printed": (
        lambda db, w: labels.mark_labels_printed(db, w.admin, [w.chair_id]),
        "asset",
    ),
    "locations.save_building": (
        lambda db, w: locations.save_building(db, w.admin, "Gedung B", "Jl. Proklamasi"),
        "building",
    ),
    "locations.save_room": (
        lambda db, w: locations.save_room(
            db, w.admin, locations.RoomInput(code="R.2", name="Gudang")
        ),
        "room",
    ),
    "office.get_office_settings": (
        lambda db, w: MADE_BY_THE_WORLD,  # writes only an empty database's first unit
        "unit",
    ),
    "office.update_office_settings": (
        lambda db, w: office.update_office_settings(
            db, w.admin, office_values(office.get_office_settings(db, w.admin), city="Binjai")
        ),
        "regency_settings",
    ),
    "units.save_unit": (
        lambda db, w: units.save_unit(
            db, w.admin, units.UnitInput("12.02.05.01.01.01.01", "Dinas Pendidikan")
        ),
        "unit",
    ),
    "residences.occupancy.save_residence_details": (
        lambda db, w: occupancy.save_residence_details(
            db, w.admin, w.house_id, occupancy.ResidenceDetailInput("I", "Tipe 70")
        ),
        "residence_detail",
    ),
    "residences.occupancy.start_occupancy": (
        lambda db, w: occupancy.start_occupancy(
            db, w.admin, occupant(a_house(db, w.admin, "Jl. A"))
        ),
        "occupancy",
    ),
    "residences.occupancy.end_occupancy": (
        lambda db, w: occupancy.end_occupancy(
            db, w.admin, w.occupancy_id, date(2026, 11, 20), "mutasi"
        ),
        "occupancy",
    ),
    "residences.occupancy.add_maintenance": (
        lambda db, w: occupancy.add_maintenance(
            db, w.admin, w.house_id, date(2026, 11, 2), "Cat ulang", 1_500_000
        ),
        "maintenance_record",
    ),
    "residences.occupancy.save_photo": (
        lambda db, w: occupancy.save_photo(db, w.admin, w.house_id, TINY_PNG),
        "residence_detail",
    ),
    "residences.occupancy.save_residence_settings": (
        lambda db, w: occupancy.save_residence_settings(db, w.admin, occupancy.Settings(3, 60)),
        "residence_settings",
    ),
    "vehicles.fleet.save_vehicle_details": (
        lambda db, w: fleet.save_vehicle_details(
            db, w.admin, w.car_id, fleet.VehicleDetailInput(pooled=False, colour="Hitam")
        ),
        "vehicle_detail",
    ),
    "vehicles.fleet.stop_plan": (
        lambda db, w: fleet.stop_plan(db, w.admin, w.plan_id),
        "service_plan",
    ),
    "vehicles.fleet.renew_document": (
        lambda db, w: fleet.renew_document(db, w.admin, w.document_id, date(2028, 1, 5)),
        "vehicle_document",
    ),
    "vehicles.fleet.correct_document": (
        lambda db, w: fleet.correct_document(db, w.admin, w.document_id, date(2027, 1, 6)),
        "vehicle_document",
    ),
    "vehicles.records.add_service": (
        lambda db, w: records.add_service(
            db, w.admin, records.ServiceInput(w.car_id, date(2026, 11, 5), 42_500, "ganti_oli")
        ),
        "service_record",
    ),
    "vehicles.records.add_fuel": (
        lambda db, w: records.add_fuel(
            db,
            w.admin,
            records.FuelInput(
                w.car_id, date(2026, 11, 6), "Pertalite", Decimal(20), 10_000, 42_600
            ),
        ),
        "fuel_record",
    ),
    "vehicles.records.reset_odometer": (
        lambda db, w: records.reset_odometer(db, w.admin, w.car_id, date(2026, 11, 7), 0),
        "odometer_reset",
    ),
    "vehicles.records.save_plan": (
        lambda db, w: records.save_plan(
            db, w.admin, w.car_id, "Servis berkala", "servis_berkala", 10_000
        ),
        "service_plan",
    ),
    "vehicles.records.save_document": (
        lambda db, w: records.save_document(db, w.admin, w.car_id, "asuransi", date(2027, 3, 1)),
        "vehicle_document",
    ),
    "vehicles.records.delete_record": (lambda db, w: _delete_fuel(db, w), "fuel_record"),
    "vehicles.corrections.update_service_record": (
        lambda db, w: _correct_service(db, w),
        "service_record",
    ),
    "vehicles.corrections.update_fuel_record": (
        lambda db, w: _correct_fuel(db, w),
        "fuel_record",
    ),
    "vehicles.corrections.update_payment": (
        lambda db, w: _correct_payment(db, w),
        "vehicle_payment",
    ),
}


def _finish_works(db: Database, w: World) -> object:
    from tests.integration.test_kib_def import BUILDING_CODE, add_kib_def_codes, works

    add_kib_def_codes(db)
    [kdp] = editing.create_assets(db, w.admin, works())
    return construction.finish_construction(
        db,
        w.admin,
        kdp.id,
        code=BUILDING_CODE,
        name="Gedung Arsip",
        handover_number="BAST 1/2026",
        expected_version=kdp.row_version,
    )


def _proposal(db: Database, w: World) -> int:
    return disposal_proposals.create_proposal(
        db, w.admin, [w.chair_id], reason="Rusak berat", proposed_on=date(2026, 11, 2)
    ).id


def _stocktake(db: Database, w: World) -> int:
    return stocktake_sessions.start_stocktake(db, w.admin, StocktakeInput(name="Sensus")).id


def _hand_over(db: Database, w: World) -> HandoverView:
    data = HandoverInput("Andi Saputra", "198503152010011002", "Analis")
    return handovers.hand_over(db, w.admin, [w.chair_id], data)


def _lend(db: Database, w: World) -> HandoverView:
    data = LoanInput("Polres Langkat", "PKS/01/2026", date(2026, 11, 1), date(2027, 11, 1))
    return loans.lend(db, w.admin, [w.chair_id], data)


def _untick(db: Database, w: World) -> object:
    number = _stocktake(db, w)
    counting.tick(db, w.admin, number, w.room_id, w.chair_id)
    return counting.untick(db, w.admin, number, w.room_id, w.chair_id)


def _remove_finding(db: Database, w: World) -> object:
    number = _stocktake(db, w)
    finding = answers.record_finding(db, w.admin, number, FindingInput(name="Lemari"))
    return answers.remove_finding(db, w.admin, number, finding.id)


def _follow_up(db: Database, w: World) -> object:
    number = _stocktake(db, w)
    answers.answer_item(db, w.admin, number, w.chair_id, AnswerInput(presence="hilang"))
    return followups.apply_followup(db, w.admin, number, FollowUpKind.DISPOSAL, asset_id=w.chair_id)


def _restore(db: Database, w: World) -> object:
    target = w.tmp / "cadangan.db" if db.backend == "sqlite" else w.tmp / "cadangan.dump"
    backups.backup_database(db, w.admin, target)
    return backups.restore_backup(db, w.admin, target)


def _meeting_room_id(db: Database, w: World) -> int:
    return next(r.resource.id for r in bookings.bookable_resources(db, w.admin, "room"))


def _confirm(db: Database, w: World) -> object:
    bookings.save_settings(
        db, w.admin, dataclasses.replace(bookings.get_settings(db, w.admin), approval=True)
    )
    secretary = accounts.create_user(
        db, w.admin, accounts.UserInput("staf", "Staf", Role.SECRETARIAT), PASSWORD
    )
    as_staff = Actor(secretary.id, "staf", "Staf", Role.SECRETARIAT, w.admin.unit_ids)
    room = bookings.Resource("room", _meeting_room_id(db, w))
    requested = bookings.book(db, as_staff, meeting(room, at(8, 9), at(8, 10)))
    return bookings.confirm_booking(db, w.admin, requested.id)


def _delete_fuel(db: Database, w: World) -> object:
    timeline = fleet.vehicle_timeline(db, w.admin, w.car_id)
    fuel = next(entry for entry in timeline if entry.kind == "fuel")
    return records.delete_record(db, w.admin, "fuel", fuel.record_id, "Salah catat")


def _correct_service(db: Database, w: World) -> object:
    data = records.ServiceInput(w.car_id, date(2026, 11, 5), 42_500, "ganti_oli")
    found = corrections.service_record(db, w.admin, records.add_service(db, w.admin, data))
    changed = dataclasses.replace(data, odometer_km=42_400)
    return corrections.update_service_record(
        db, w.admin, found.id, changed, expected_version=found.row_version
    )


def _correct_fuel(db: Database, w: World) -> object:
    entry = next(e for e in fleet.vehicle_timeline(db, w.admin, w.car_id) if e.kind == "fuel")
    found = corrections.fuel_record(db, w.admin, entry.record_id)
    changed = dataclasses.replace(found.data, odometer_km=41_900)
    return corrections.update_fuel_record(
        db, w.admin, found.id, changed, expected_version=found.row_version
    )


def _correct_payment(db: Database, w: World) -> object:
    records.save_document(
        db, w.admin, w.car_id, "stnk_5_tahun", date(2030, 1, 5), amount_paid=1_250_000
    )
    entry = next(e for e in fleet.vehicle_timeline(db, w.admin, w.car_id) if e.kind == "payment")
    found = corrections.payment(db, w.admin, entry.record_id)
    return corrections.update_payment(
        db, w.admin, found.id, found.paid_on, 1_300_000, expected_version=found.row_version
    )


def _entries_after(db: Database, last_id: int) -> list[Any]:
    with db.engine.connect() as connection:
        return list(
            connection.execute(
                sa.text(
                    "SELECT username, action, entity, old_values, new_values FROM audit_entry "
                    "WHERE id > :last ORDER BY id"
                ),
                {"last": last_id},
            )
        )


def _last_id(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(
            connection.execute(sa.text("SELECT coalesce(max(id), 0) FROM audit_entry")).scalar_one()
        )


def _write_use_cases() -> set[str]:
    """Every public engine function that opens a write unit of work."""
    found = set()
    for path in sorted(ENGINE.rglob("*.py")):
        module = ".".join(path.relative_to(ENGINE).with_suffix("").parts)
        text = path.read_text(encoding="utf-8")
        if "db.write(" not in text:
            continue
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if (
                isinstance(node, ast.FunctionDef)
                and not node.name.startswith("_")
                and "db.write(" in "\n".join(lines[node.lineno - 1 : node.end_lineno])
            ):
                found.add(f"{module}.{node.name}")
    return found


def test_the_table_names_every_write_use_case() -> None:
    assert set(CASES) == _write_use_cases()


@dataclass(frozen=True)
class WorldTemplate:
    """A database holding the World, made once per backend and worker and cloned per case:
    building it through the use cases is two thirds of each case's time."""

    source: str  # the SQLite file, or the PostgreSQL database to clone
    world: World
    before: int  # the last audit entry before the World was made


_WORLDS: dict[str, WorldTemplate] = {}


def _world_template(request: pytest.FixtureRequest, backend: str) -> WorldTemplate:
    if backend not in _WORLDS:
        folder = request.getfixturevalue("tmp_path_factory").mktemp("world")
        if backend == "sqlite":
            url = copy_sqlite(request.getfixturevalue("sqlite_template"), folder / "world.db")
            source = str(folder / "world.db")
        else:
            admin_url = request.getfixturevalue("postgres_admin_url")
            template = request.getfixturevalue("postgres_template")
            source, url = new_postgres_database(admin_url, template)
        database = Database(url, clock=FakeClock())  # the clock every case starts from
        try:
            before = _last_id(database)
            world = _world(database, folder)
        finally:
            database.dispose()
        _WORLDS[backend] = WorldTemplate(source, world, before)
    return _WORLDS[backend]


@pytest.fixture(params=BACKENDS)
def world_db(
    request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[Database, World, int]]:
    """A copy of the World's database, the World (its ``tmp`` this case's) and the last audit
    entry before it was made."""
    made = _world_template(request, request.param)
    if request.param == "sqlite":
        url = copy_sqlite(Path(made.source), tmp_path / "inventaris.db")
        name = None
    else:
        admin_url = request.getfixturevalue("postgres_admin_url")
        name, url = new_postgres_database(admin_url, made.source)
    database = Database(url, clock=clock)
    try:
        yield database, dataclasses.replace(made.world, tmp=tmp_path), made.before
    finally:
        database.dispose()
        if name is not None:
            drop_postgres_database(request.getfixturevalue("postgres_admin_url"), name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_write_use_case_is_audited_with_who_what_and_values(
    world_db: tuple[Database, World, int], name: str
) -> None:
    case, entity = CASES[name]
    db, world, before_world = world_db
    before = _last_id(db)
    if case(db, world) is MADE_BY_THE_WORLD:
        before = before_world
    entries = _entries_after(db, before)
    ours = [entry for entry in entries if entry.entity == entity]
    assert ours, f"{name}: no audit entry for {entity} in {[e.entity for e in entries]}"
    assert all(entry.username in ("admin", "juru", "staf", "system") for entry in ours)
    if name == "accounts.authenticate":  # a login says who, when and that it happened
        assert [entry.action for entry in ours] == ["login"]
    else:
        assert any(entry.old_values or entry.new_values for entry in ours), name


# --- the command line, each verb in a process of its own ------------------------------------


def test_each_writing_verb_is_audited(sqlite_db: Database, tmp_path: Path) -> None:
    url = f"sqlite:///{sqlite_db.url.database}"
    world = _world(sqlite_db, tmp_path)
    room = meeting_room(sqlite_db, world.admin, "Ruang Rapat Sekda")
    del room
    chair_code = editing.get_asset(sqlite_db, world.admin, world.chair_id).code_register
    verbs: list[tuple[list[str], str, str | None]] = [
        (["import-codes", str(_codes_file(tmp_path))], "asset_code", None),
        (
            [
                "book",
                "--room",
                "Ruang Rapat Sekda",
                "--start",
                "2026-12-09 09:00",
                "--end",
                "2026-12-09 10:00",
                "--title",
                "Rapat staf",
            ],
            "booking",
            None,
        ),
        (["labels", "--out", str(tmp_path / "label.pdf")], "asset", None),
        (
            ["create-user", "budi", "--name", "Budi", "--role", "pimpinan", "--password-stdin"],
            "app_user",
            "sandi-budi-123\n",
        ),
        (["import", str(_sheet(sqlite_db, world)), "--create-missing"], "asset", None),
        (["stocktake", "start", "--name", "Sensus", "--rooms", "R.1"], "stocktake", None),
        # The first stock-take of this database is number 1.
        (["stocktake", "scan", "1", "--room", "R.1"], "stocktake_scan", f"{chair_code}\n"),
        (
            [
                *("propose-disposal", chair_code, "--reason", "Rusak berat"),
                *("--out", str(tmp_path / "usulan.pdf")),
            ],
            "disposal_proposal_item",
            None,
        ),
        # A process of its own runs on the real clock: the decree is dated on its today.
        (
            [
                *("dispose", chair_code, "--decree", "SK 1/2026"),
                *("--date", to_wib(datetime.now(UTC)).date().isoformat()),
            ],
            "disposal_decree",
            None,
        ),
    ]
    # Each verb a process of its own, forked from one that has imported only what main.py
    # and main import before any verb (tests/support/verb_forks.py).
    with forked_verbs() as cli:
        for argv, entity, stdin in verbs:
            before = _last_id(sqlite_db)
            result = cli("--db", url, *argv, stdin=stdin)
            assert result.returncode == 0, (argv, result.stdout, result.stderr)
            entries = [e for e in _entries_after(sqlite_db, before) if e.entity == entity]
            assert entries, (argv, entity, _entries_after(sqlite_db, before))
            assert any(entry.new_values or entry.old_values for entry in entries), argv
