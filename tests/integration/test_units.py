"""Units (OPD/UPB): an Admin keeps them; a user of one unit never sees another's data; the
BPKAD reads every unit and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from inventaris import accounts, office
from inventaris.accounts import UserInput, authenticate, create_user, every_unit_actor
from inventaris.areas import attention_items
from inventaris.assets.editing import create_assets, get_asset
from inventaris.assets.events import dispose_assets
from inventaris.assets.register import (
    RegisterFilter,
    RegisterQuery,
    all_register_rows,
    register_ids,
    summarize_register,
)
from inventaris.assets.types import AssetStatus
from inventaris.bookings.service import book, bookable_resources, bookings_between
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from inventaris.core.permissions import ROLE_PERMISSIONS, Actor, Permission, Role
from inventaris.dashboard import dashboard_summary
from inventaris.inventory.kir import export_kir
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.labels import assets_for_labels, label_data, resolve_scan
from inventaris.locations import RoomInput, get_room, list_rooms, save_room
from inventaris.residences.occupancy import start_occupancy
from inventaris.residences.views import residence_card, residence_rows
from inventaris.stocktake.counting import place_list, places
from inventaris.stocktake.sessions import get_stocktake, list_stocktakes, start_stocktake
from inventaris.stocktake.types import StocktakeInput
from inventaris.units import UnitInput, list_units, save_unit, unit_by_code, working_actor
from inventaris.vehicles import fleet as fleets
from inventaris.vehicles import records
from tests.integration.test_bookings import at, meeting, meeting_room
from tests.integration.test_residences import a_house, occupant
from tests.support.builders import PASSWORD, chair, first_admin, office_values, vehicle

KODE_A = "12.02.05.04.01.01.01"  # office_values: the Bagian Umum
KODE_B = "12.02.05.01.01.01.01"


def _admin_with_settings(db: Database) -> Actor:
    admin = first_admin(db)
    office.update_office_settings(db, admin, office_values(office.get_office_settings(db, admin)))
    return admin


def _unit(kode: str, name: str, **changes: object) -> UnitInput:
    return replace(UnitInput(kode_lokasi=kode, name=name), **changes)  # type: ignore[arg-type]


# --- keeping the list ------------------------------------------------------------------------


def test_an_admin_adds_and_edits_units_and_lists_them_with_their_items(db: Database) -> None:
    admin = _admin_with_settings(db)
    opd = save_unit(
        db,
        admin,
        _unit(
            " 12.02.05.01.01.00.00 ",
            "Dinas Pendidikan",
            head_title="Kepala Dinas Pendidikan",
            head_name="Drs. Saiful Bahri",
            head_nip="19700203 199503 1 002",
            custodian_name="Siti Aminah",
            custodian_nip="198501012010012003",
        ),
    )
    assert (opd.kode_lokasi, opd.head_nip, opd.custodian_nip) == (
        "12.02.05.01.01.00.00",
        "197002031995031002",
        "198501012010012003",
    )
    upb = save_unit(
        db, admin, _unit("12.02.05.01.01.01.01", "SMP Negeri 1 Stabat", parent_id=opd.id)
    )
    assert upb.parent_id == opd.id
    renamed = save_unit(
        db,
        admin,
        _unit(upb.kode_lokasi, "SMP Negeri 1 Stabat (UPB)", parent_id=opd.id,
              expected_version=upb.row_version),
        upb.id,
    )  # fmt: skip
    assert renamed.name == "SMP Negeri 1 Stabat (UPB)"
    with pytest.raises(ConflictError, match="SMP Negeri 1 Stabat"):  # an editor opened before
        save_unit(
            db, admin, _unit(upb.kode_lokasi, "Lama", expected_version=upb.row_version), upb.id
        )
    # Items of the new unit are counted (not the disposed ones).
    worker = working_actor(every_unit_actor(db, admin), upb.id)
    first, second = create_assets(db, worker, chair(), quantity=2)
    dispose_assets(db, worker, [second.id], decree="SK 2/2026", reason="rusak berat")
    listed = {unit.kode_lokasi: unit for unit in list_units(db, admin)}
    assert list(listed) == ["12.02.05.01.01.00.00", "12.02.05.01.01.01.01", KODE_A]
    assert listed["12.02.05.01.01.01.01"].item_count == 1
    assert listed[KODE_A].item_count == 0
    assert unit_by_code(db, admin, "12.02.05.01.01.01.01.").id == upb.id
    del first


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"kode_lokasi": ""}, "kode_lokasi", "Kode lokasi"),
        ({"kode_lokasi": "12-02-05"}, "kode_lokasi", '"12-02-05"'),
        ({"kode_lokasi": "12.02..05"}, "kode_lokasi", '"12.02..05"'),
        ({"kode_lokasi": KODE_A}, "kode_lokasi", "Bagian Umum Sekretariat Daerah"),
        ({"name": "  "}, "name", "Unit name"),
        ({"head_nip": "1234"}, "head_nip", "NIP"),
        ({"custodian_nip": "19850101201001200X"}, "custodian_nip", "NIP"),
        ({"name": "x" * 161}, "name", "160"),
    ],
)
def test_a_wrong_unit_is_refused_naming_the_field(
    db: Database, changes: dict[str, object], field: str, words: str
) -> None:
    admin = _admin_with_settings(db)
    with pytest.raises(ValidationError) as caught:
        save_unit(db, admin, replace(_unit(KODE_B, "Dinas Pendidikan"), **changes))
    assert caught.value.field == field
    assert words in str(caught.value)
    assert [unit.kode_lokasi for unit in list_units(db, admin)] == [KODE_A]


def test_a_unit_cannot_stand_under_itself_or_under_its_own_upb(db: Database) -> None:
    admin = _admin_with_settings(db)
    opd = save_unit(db, admin, _unit("12.02.05.01.01.00.00", "Dinas Pendidikan"))
    upb = save_unit(db, admin, _unit(KODE_B, "SMP Negeri 1", parent_id=opd.id))
    low = save_unit(db, admin, _unit("12.02.05.01.01.01.02", "Perpustakaan", parent_id=upb.id))
    for parent in (opd.id, upb.id, low.id):
        with pytest.raises(ValidationError, match="cannot stand under itself") as caught:
            save_unit(db, admin, _unit(opd.kode_lokasi, opd.name, parent_id=parent), opd.id)
        assert caught.value.field == "parent_id"
    with pytest.raises(NotFound):
        save_unit(db, admin, _unit("12.02.05.09", "Nowhere", parent_id=9999))
    assert {unit.id: unit.parent_id for unit in list_units(db, admin)}[opd.id] is None


def test_the_kode_lokasi_stays_unique_from_the_settings_page_too(db: Database) -> None:
    admin = _admin_with_settings(db)
    other = save_unit(db, admin, _unit(KODE_B, "Dinas Pendidikan"))
    settings = office.get_office_settings(db, admin)
    with pytest.raises(ValidationError, match="Dinas Pendidikan"):
        office.update_office_settings(db, admin, replace(settings, kode_lokasi=KODE_B))
    with pytest.raises(ValidationError, match="Bagian Umum"):
        save_unit(db, admin, _unit(KODE_A, other.name), other.id)


def test_the_last_unit_in_use_stays_in_use(db: Database) -> None:
    admin = _admin_with_settings(db)
    [only] = list_units(db, admin)
    with pytest.raises(ValidationError, match="At least one unit"):
        save_unit(db, admin, _unit(only.kode_lokasi, only.name, active=False), only.id)
    other = save_unit(db, admin, _unit(KODE_B, "Dinas Pendidikan"))
    assert not save_unit(db, admin, _unit(KODE_B, other.name, active=False), other.id).active


def test_only_an_admin_keeps_the_units_and_users_see_only_their_own(db: Database) -> None:
    admin = _admin_with_settings(db)
    other = save_unit(db, admin, _unit(KODE_B, "Dinas Pendidikan"))
    view = create_user(db, admin, UserInput("juru", "Juru Barang", Role.CUSTODIAN), PASSWORD)
    clerk = authenticate(db, "juru", PASSWORD)
    assert view.unit_ids == clerk.unit_ids == {min(admin.unit_ids)}
    with pytest.raises(PermissionDenied):
        save_unit(db, clerk, _unit("12.02.05.09", "Badan Baru"))
    assert [unit.kode_lokasi for unit in list_units(db, clerk)] == [KODE_A]
    with pytest.raises(ValidationError, match=KODE_B.replace(".", r"\.")):
        unit_by_code(db, clerk, KODE_B)
    with pytest.raises(ValidationError, match=r"12\.02\.99"):
        unit_by_code(db, admin, "12.02.99")
    # Assigned to both: the login brings both, and the window narrows to one.
    accounts.update_user(
        db,
        admin,
        view.id,
        UserInput(
            "juru", "Juru Barang", Role.CUSTODIAN, unit_ids=frozenset({other.id, *admin.unit_ids})
        ),
    )
    both = authenticate(db, "juru", PASSWORD)
    assert both.unit_ids == {other.id, min(admin.unit_ids)}
    assert working_actor(both, other.id).unit_ids == {other.id}
    with pytest.raises(NotFound, match="9999"):
        accounts.update_user(
            db,
            admin,
            view.id,
            UserInput("juru", "Juru", Role.CUSTODIAN, unit_ids=frozenset({9999})),
        )


def test_working_in_a_unit_not_ones_own_is_refused(db: Database) -> None:
    admin = _admin_with_settings(db)
    other = save_unit(db, admin, _unit(KODE_B, "Dinas Pendidikan"))
    create_user(db, admin, UserInput("juru", "Juru Barang", Role.CUSTODIAN), PASSWORD)
    clerk = authenticate(db, "juru", PASSWORD)
    with pytest.raises(PermissionDenied, match=str(other.id)):
        working_actor(clerk, other.id)
    narrowed = working_actor(clerk, min(clerk.unit_ids))
    with pytest.raises(PermissionDenied):  # narrowed once, it cannot widen again
        working_actor(narrowed, other.id)
    # The Admin's login brings every unit (the window narrows it to the one picked).
    assert authenticate(db, "admin", PASSWORD).unit_ids == {other.id, *admin.unit_ids}


# --- isolation: two units with data, a user of the first looks at everything -------------------


@dataclass
class Side:
    """What one unit holds, made by someone working in it."""

    unit_id: int
    room_id: int
    chair_id: int
    car_id: int
    house_id: int
    booking_id: int
    stocktake_id: int
    label_key: str


def _fill(db: Database, worker: Actor, tag: str, plate: str, chassis: str) -> Side:
    room = save_room(db, worker, RoomInput(code="R.01", name=f"Ruang Kepala {tag}"))
    [item] = create_assets(db, worker, chair(name=f"Kursi {tag}", room_id=room.id))
    [car] = create_assets(
        db,
        worker,
        vehicle(
            name=f"Innova {tag}",
            plate_number=plate,
            chassis_number=chassis,
            engine_number=f"1TR{chassis[-7:]}",
            bpkb_number=f"M{chassis[-8:]}",
        ),
    )
    fleets.save_vehicle_details(db, worker, car.id, fleets.VehicleDetailInput(pooled=True))
    records.save_document(db, worker, car.id, "pajak_tahunan", date(2026, 12, 5))  # due soon
    house = a_house(db, worker, f"Jl. {tag} No. 1")
    start_occupancy(db, worker, occupant(house, occupant_name=f"Penghuni {tag}"))
    room_to_book = meeting_room(db, worker, f"Ruang Rapat {tag}")
    booked = book(db, worker, meeting(room_to_book, at(3, 9), at(3, 10), f"Rapat {tag}"))
    taken = start_stocktake(db, worker, StocktakeInput(name=f"Inventarisasi {tag}"))
    [label] = label_data(db, worker, [item.id])
    return Side(
        worker.unit_ids and min(worker.unit_ids),
        room.id,
        item.id,
        car.id,
        house,
        booked.id,
        taken.id,
        label.label_key,
    )


def _texts_of(path: Path) -> str:
    book_ = openpyxl.load_workbook(path, read_only=True)
    try:
        return "\n".join(
            str(value)
            for sheet in book_.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if value is not None
        )
    finally:
        book_.close()


def test_a_user_of_one_unit_never_sees_another_units_data(db: Database, tmp_path: Path) -> None:
    admin = _admin_with_settings(db)
    unit_b = save_unit(
        db,
        admin,
        _unit(KODE_B, "Dinas Pendidikan", head_name="Drs. Saiful", custodian_name="Siti"),
    )
    everything = every_unit_actor(db, admin)
    a = _fill(
        db, working_actor(everything, min(admin.unit_ids)), "Umum", "BK 1 A", "MHFXW42G5K0000001"
    )
    b = _fill(db, working_actor(everything, unit_b.id), "Pendidikan", "BK 2 B", "MHFXW42G5K0000002")
    create_user(db, admin, UserInput("juru", "Juru Barang", Role.CUSTODIAN), PASSWORD)
    clerk = authenticate(db, "juru", PASSWORD)
    assert clerk.unit_ids == {a.unit_id}
    ours = {a.chair_id, a.car_id, a.house_id}

    # The register: every row, search, ids, the count, one item, the rooms.
    everything_query = RegisterQuery(filter=RegisterFilter(statuses=frozenset(AssetStatus)))
    assert {row.id for row in all_register_rows(db, clerk, everything_query)} == ours
    searched = RegisterQuery(filter=RegisterFilter(text="kursi"))
    assert [row.name for row in all_register_rows(db, clerk, searched)] == ["Kursi Umum"]
    assert set(register_ids(db, clerk, RegisterFilter(text="Pendidikan"))) == set()
    assert summarize_register(db, clerk, RegisterFilter()).count == 3
    assert dashboard_summary(db, clerk).active_assets == 3
    for other in (b.chair_id, b.car_id, b.house_id):
        with pytest.raises(NotFound):
            get_asset(db, clerk, other)
    assert [room.name for room in list_rooms(db, clerk)] == [
        "Ruang Kepala Umum",
        "Ruang Rapat Umum",
    ]
    with pytest.raises(NotFound):
        get_room(db, clerk, b.room_id)

    # Labels and scans: B's label key finds nothing; the same code and register finds A's.
    assert label_data(db, clerk, [b.chair_id, a.chair_id])[0].asset_id == a.chair_id
    assert len(label_data(db, clerk, [b.chair_id])) == 0
    assert set(assets_for_labels(db, clerk)) == ours
    assert resolve_scan(db, clerk, b.label_key) is None
    assert resolve_scan(db, clerk, a.label_key) == a.chair_id

    # What is due (the vehicle tax, the house), vehicles and houses.
    due = attention_items(db, clerk, within_days=60)
    assert due and {item.asset_id for item in due if item.asset_id} <= ours
    assert not any("Pendidikan" in (item.subject + str(item.params)) for item in due)
    assert [row.asset_id for row in fleets.fleet(db, clerk).vehicles] == [a.car_id]
    with pytest.raises(NotFound):
        fleets.vehicle_card(db, clerk, b.car_id)
    assert [row.asset_id for row in residence_rows(db, clerk)] == [a.house_id]
    with pytest.raises(NotFound):
        residence_card(db, clerk, b.house_id)

    # Bookings and what may be booked.
    assert [
        view.id for view in bookings_between(db, clerk, date(2026, 12, 1), date(2026, 12, 31))
    ] == [a.booking_id]
    assert {resource.name for resource in bookable_resources(db, clerk)} <= {
        "Ruang Rapat Umum",
        "Innova Umum",
    }

    # The KIR, the annual workbook, the stock-take.
    kir = tmp_path / "kir.xlsx"
    export_kir(db, clerk, a.room_id, kir, as_of=date(2026, 11, 28))
    assert "Kursi Umum" in _texts_of(kir) and "Pendidikan" not in _texts_of(kir)
    with pytest.raises(NotFound):
        export_kir(db, clerk, b.room_id, tmp_path / "kir-b.xlsx")
    workbook = tmp_path / "buku.xlsx"
    write_inventory_workbook(db, clerk, 2026, workbook, as_of=date(2026, 11, 28))
    texts = _texts_of(workbook)
    assert "Kursi Umum" in texts and "Innova Umum" in texts
    assert "Pendidikan" not in texts and KODE_B not in texts
    with pytest.raises(NotFound):
        write_inventory_workbook(db, clerk, 2026, tmp_path / "b.xlsx", unit_id=unit_b.id)
    assert [view.id for view in list_stocktakes(db, clerk)] == [a.stocktake_id]
    with pytest.raises(NotFound):
        get_stocktake(db, clerk, b.stocktake_id)
    with pytest.raises(NotFound):
        places(db, clerk, b.stocktake_id)
    counted = [
        check.recorded.asset_id
        for place in places(db, clerk, a.stocktake_id)
        for check in place_list(db, clerk, a.stocktake_id, place.place).items
    ]
    assert set(counted) == ours

    # The BPKAD sees both units' items at once.
    create_user(db, admin, UserInput("bpkad", "Analis BPKAD", Role.BPKAD), PASSWORD)
    reader = authenticate(db, "bpkad", PASSWORD)
    assert reader.unit_ids == {a.unit_id, unit_b.id}
    assert {row.id for row in all_register_rows(db, reader, everything_query)} == ours | {
        b.chair_id, b.car_id, b.house_id,
    }  # fmt: skip
    assert [unit.kode_lokasi for unit in list_units(db, reader)] == [KODE_B, KODE_A]


# --- the BPKAD reads everything and changes nothing ----------------------------------------------

TABLES = (
    "app_user",
    "unit",
    "asset",
    "room",
    "user_unit",
    "booking",
    "stocktake",
    "regency_settings",
)


def _snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.engine.connect() as connection:
        return {
            table: sorted(
                (tuple(row) for row in connection.execute(sa.text(f"SELECT * FROM {table}"))),
                key=repr,
            )
            for table in TABLES
        }


def test_the_bpkad_role_reads_every_unit_and_changes_nothing(db: Database) -> None:
    assert ROLE_PERMISSIONS[Role.BPKAD] == {Permission.VIEW, Permission.VIEW_ALL_UNITS}
    admin = _admin_with_settings(db)
    unit_b = save_unit(db, admin, _unit(KODE_B, "Dinas Pendidikan"))
    worker = working_actor(every_unit_actor(db, admin), unit_b.id)
    [item] = create_assets(db, worker, chair(name="Meja Pendidikan"))
    room = meeting_room(db, worker, "Ruang Rapat Dinas")
    create_user(db, admin, UserInput("bpkad", "Analis BPKAD", Role.BPKAD), PASSWORD)
    reader = authenticate(db, "bpkad", PASSWORD)
    settings = office.get_office_settings(db, reader)
    writes: dict[str, Callable[[], object]] = {
        "add an item": lambda: create_assets(db, reader, chair()),
        "dispose of an item": lambda: dispose_assets(
            db, reader, [item.id], decree="SK", reason="x"
        ),
        "add a room": lambda: save_room(db, reader, RoomInput(code="R.9", name="Gudang")),
        "change the settings": lambda: office.update_office_settings(
            db, reader, replace(settings, city="Binjai")
        ),
        "add a user": lambda: create_user(
            db, reader, UserInput("baru", "Baru", Role.ADMIN), PASSWORD
        ),
        "add a unit": lambda: save_unit(db, reader, _unit("12.02.05.09", "Badan Baru")),
        "change a unit": lambda: save_unit(db, reader, _unit(KODE_B, "Diubah"), unit_b.id),
        "book a room": lambda: book(db, reader, meeting(room, at(4, 9), at(4, 10))),
        "start a stock-take": lambda: start_stocktake(db, reader, StocktakeInput(name="Sensus")),
        "fill up a vehicle": lambda: records.add_fuel(
            db,
            reader,
            records.FuelInput(item.id, date(2026, 11, 1), "Pertalite", Decimal(30), 10_000, 1),
        ),
    }
    before = _snapshot(db)
    for name, write in writes.items():
        with pytest.raises(PermissionDenied, match="BPKAD"):
            write()
        assert _snapshot(db) == before, name
    # It reads: both units' items, both units.
    assert get_asset(db, reader, item.id).name == "Meja Pendidikan"
    assert {unit.id for unit in list_units(db, reader)} == {unit_b.id, *admin.unit_ids}
    assert unit_by_code(db, reader, KODE_B).id == unit_b.id
