"""Several PCs doing the same thing at the same moment: each gets its result or a sentence.

Every race here runs eight threads (eight PCs, each with its own connection) released together by
a barrier, and is run a few rounds. On SQLite the write lock (BEGIN IMMEDIATE) lines the writers
up; on PostgreSQL the database's own rules decide: an atomic counter, unique indexes and a lock
per unit for imports. Whoever loses is told why in a sentence, never with a raw IntegrityError.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from inventaris.assets.editing import create_assets, update_asset
from inventaris.assets.types import AssetView
from inventaris.assets.vehicle_numbers import MSG_SHARED_NUMBERS
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, DatabaseError, DomainError, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.importing.service import ImportReport, import_assets, open_import
from inventaris.model import Asset, ImportLayout, RegisterCounter
from tests.conftest import FakeClock
from tests.support.builders import chair, first_admin, user_with_role, vehicle

PCS = 8
CHAIR = "1.3.2.05.02.01.003"
LAPTOP = "1.3.2.10.01.02.002"
CAR = "1.3.2.02.01.01.003"


@dataclass
class Outcomes:
    """What each PC got: a result, a sentence (DomainError), or anything else (a bug)."""

    results: list[Any] = field(default_factory=list)
    refusals: list[DomainError] = field(default_factory=list)
    crashes: list[BaseException] = field(default_factory=list)

    def no_crash(self) -> None:
        shown = [f"{type(crash).__name__}: {str(crash)[:300]}" for crash in self.crashes]
        assert not shown, shown


def at_once(jobs: list[Callable[[], Any]]) -> Outcomes:
    """Run the jobs on their own threads, released together; wait for all of them."""
    barrier = threading.Barrier(len(jobs))
    outcomes = Outcomes()
    lock = threading.Lock()

    def run(job: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            result = job()
        except DomainError as error:
            with lock:
                outcomes.refusals.append(error)
        except BaseException as error:  # a crash is what the tests look for
            with lock:
                outcomes.crashes.append(error)
        else:
            with lock:
                outcomes.results.append(result)

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def clerks(db: Database, admin: Actor) -> list[Actor]:
    return [user_with_role(db, admin, Role.CUSTODIAN) for _ in range(PCS)]


def registers(db: Database, code: str) -> list[int]:
    with db.read() as session:
        return sorted(
            session.scalars(select(Asset.register_number).where(Asset.code == code)).all()
        )


# --- register numbers of a new code --------------------------------------------------------------


@pytest.mark.parametrize("code", [CHAIR, LAPTOP, CAR])
def test_first_items_of_a_new_code_made_on_eight_pcs_at_once_all_get_their_numbers(
    db: Database, code: str
) -> None:
    admin = first_admin(db)
    pcs = clerks(db, admin)

    def make(clerk: Actor, quantity: int) -> list[AssetView]:
        return create_assets(db, clerk, chair(code=code, name=clerk.full_name), quantity)

    outcomes = at_once(
        [lambda c=clerk, n=number: make(c, n % 3 + 1) for number, clerk in enumerate(pcs)]
    )

    outcomes.no_crash()
    assert outcomes.refusals == []
    total = sum(number % 3 + 1 for number in range(PCS))
    assert registers(db, code) == list(range(1, total + 1))
    for made in outcomes.results:  # each PC's items got their own, consecutive numbers
        numbers = [view.register_number for view in made]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    with db.read() as session:
        counter = session.get(RegisterCounter, (made[0].unit_id, code))
        assert counter is not None and counter.last_number == total
    # The next item goes on after them: numbers are never reused.
    assert create_assets(db, admin, chair(code=code))[0].register_number == total + 1


def test_reclassifying_eight_items_to_a_new_code_at_once_numbers_them_all(db: Database) -> None:
    admin = first_admin(db)
    pcs = clerks(db, admin)
    items = create_assets(db, admin, chair(), PCS)

    def reclassify(clerk: Actor, item: AssetView) -> AssetView:
        data = chair(code=LAPTOP, name="Laptop")
        return update_asset(db, clerk, item.id, data, expected_version=item.row_version)

    outcomes = at_once(
        [lambda c=clerk, i=item: reclassify(c, i) for clerk, item in zip(pcs, items, strict=True)]
    )

    outcomes.no_crash()
    assert outcomes.refusals == []
    assert registers(db, LAPTOP) == list(range(1, PCS + 1))


# --- vehicle numbers -----------------------------------------------------------------------------

NUMBER_FIELDS = {
    "plate_number": ("Nomor polisi", "BK 1234 AB"),
    "chassis_number": ("Nomor rangka", "MHFXW42G5K0012345"),
    "engine_number": ("Nomor mesin", "1TR1234567"),
    "bpkb_number": ("Nomor BPKB", "M12345678"),
}


def own_numbers(number: int) -> dict[str, str]:
    """Numbers nobody else has: PC ``number``'s own plate, chassis, engine and BPKB."""
    return {
        "plate_number": f"BK {9000 + number} ZZ",
        "chassis_number": f"MHFCHASSIS{number:07d}",
        "engine_number": f"ENG{number:07d}",
        "bpkb_number": f"Q{number:08d}",
    }


@pytest.mark.parametrize("column", list(NUMBER_FIELDS))
def test_eight_pcs_saving_one_vehicle_number_at_once_give_one_vehicle_and_seven_sentences(
    db: Database, column: str
) -> None:
    admin = first_admin(db)
    pcs = clerks(db, admin)
    label, shared = NUMBER_FIELDS[column]
    # A vehicle of the code exists (its counter too): the PCs race only for the number.
    create_assets(db, admin, vehicle(**own_numbers(PCS)))

    def save(clerk: Actor, number: int) -> list[AssetView]:
        numbers = {**own_numbers(number), column: shared}
        return create_assets(db, clerk, vehicle(name=clerk.full_name, **numbers))

    outcomes = at_once([lambda c=clerk, n=n: save(c, n) for n, clerk in enumerate(pcs)])

    outcomes.no_crash()
    assert len(outcomes.results) == 1
    (winner,) = outcomes.results[0]
    assert len(outcomes.refusals) == PCS - 1
    for refusal in outcomes.refusals:
        assert isinstance(refusal, ValidationError)
        assert refusal.field == column
        assert str(refusal) == (
            f"{label} {shared} is already used by {winner.brand_type} ({CAR}."
            f"{winner.register_number:06d})."
        ), str(refusal)
    with db.read() as session:
        column_of = getattr(Asset, column)
        assert session.scalar(select(func.count()).where(column_of == shared)) == 1
    assert registers(db, CAR) == [1, 2]


def test_eight_pcs_giving_existing_vehicles_one_plate_at_once_change_only_one(
    db: Database,
) -> None:
    admin = first_admin(db)
    pcs = clerks(db, admin)
    cars = [create_assets(db, admin, vehicle(**own_numbers(n)))[0] for n in range(PCS)]

    def change(clerk: Actor, car: AssetView, number: int) -> AssetView:
        data = vehicle(**{**own_numbers(number), "plate_number": "BK 1 XY"})
        return update_asset(db, clerk, car.id, data, expected_version=car.row_version)

    outcomes = at_once(
        [
            lambda c=clerk, v=car, n=n: change(c, v, n)
            for n, (clerk, car) in enumerate(zip(pcs, cars, strict=True))
        ]
    )

    outcomes.no_crash()
    assert len(outcomes.results) == 1
    assert len(outcomes.refusals) == PCS - 1
    assert all(refusal.field == "plate_number" for refusal in outcomes.refusals)
    assert all("Nomor polisi BK 1 XY is already used by" in str(r) for r in outcomes.refusals)


# --- imports -------------------------------------------------------------------------------------

HEADER = [
    "No.",
    "Kode Barang",
    "Nama / Jenis Barang",
    "No. Register",
    "Merk/Type",
    "Tahun Pembelian",
    "Nomor Polisi",
    "Asal Usul",
    "Harga (Rp)",
    "Kondisi",
]


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    data = workbook.active
    assert data is not None
    data.title = "KIB B 2025"
    data.append(["KARTU INVENTARIS BARANG (KIB) B"])
    data.append(HEADER)
    for number, row in enumerate(rows, start=1):
        data.append([number, *row])
    workbook.save(path)
    return path


def row(code: str, name: str, register: Any, plate: str = "") -> list[Any]:
    return [code, name, register, "", 2020, plate, "Pembelian", 1_000_000, "B"]


def race_imports(db: Database, pcs: list[Actor], path: Path) -> Outcomes:
    """Each PC opens the file first (reading it takes a while), then all press Import."""
    sources = [(clerk, open_import(db, clerk, path)) for clerk in pcs]
    return at_once([lambda c=clerk, s=source: import_assets(db, c, s) for clerk, source in sources])


def check_imported_once(outcomes: Outcomes, items: int) -> list[ImportReport]:
    outcomes.no_crash()
    # A PC that still lost a race would be told so in a sentence; none does: all import.
    assert outcomes.refusals == []
    reports: list[ImportReport] = outcomes.results
    assert all(report.written and not report.problems for report in reports)
    assert sorted(report.new for report in reports) == [0] * (PCS - 1) + [items]
    assert all(report.unchanged == items for report in reports if report.new == 0)
    return reports


def test_eight_pcs_importing_a_new_sheet_at_once_write_its_items_once(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    pcs = clerks(db, admin)
    path = sheet(
        tmp_path / "kib-b.xlsx",
        [
            row(CHAIR, "Kursi", "1-3"),
            row(LAPTOP, "Laptop", None),
            row(LAPTOP, "Laptop", None),  # a second laptop alike
            row(CAR, "Toyota Avanza", 1, plate="BK 1771 AX"),
        ],
    )

    outcomes = race_imports(db, pcs, path)

    check_imported_once(outcomes, 6)
    assert registers(db, CHAIR) == [1, 2, 3]
    assert registers(db, LAPTOP) == [1, 2]
    assert registers(db, CAR) == [1]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ImportLayout)) == 1


def test_eight_pcs_importing_again_at_once_never_double_the_rows_without_numbers(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    pcs = clerks(db, admin)
    # The layout is known and the laptops' counter exists: the rows race only for the items.
    earlier = sheet(tmp_path / "a.xlsx", [row(LAPTOP, "A", 1), row(CHAIR, "B", 1)])
    import_assets(db, admin, open_import(db, admin, earlier))
    path = sheet(
        tmp_path / "kib-b.xlsx",
        [row(LAPTOP, "Laptop", None), row(LAPTOP, "Laptop", None), row(CHAIR, "Kursi", None)],
    )

    for round_ in range(3):
        outcomes = race_imports(db, pcs, path)
        if round_ == 0:
            check_imported_once(outcomes, 3)
        else:  # every later round finds them all
            outcomes.no_crash()
            assert outcomes.refusals == []
            assert all(report.unchanged == 3 for report in outcomes.results)
        assert registers(db, LAPTOP) == [1, 2, 3]
        assert registers(db, CHAIR) == [1, 2]


def test_an_import_that_loses_to_a_save_made_meanwhile_is_told_why(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What another PC saved after the import checked the register and before it wrote: the
    database's rule refuses the import, and the import says so in a sentence."""
    from inventaris.importing import service

    admin = first_admin(db)
    create_assets(db, admin, vehicle(plate_number="BK 1771 AX"))
    create_assets(db, admin, chair())
    real_load_state = service.load_state

    def checked_too_early(*args: Any, **kwargs: Any) -> Any:
        state = real_load_state(*args, **kwargs)
        state.numbers.clear()  # as if read before the other PC committed
        state.by_register.clear()
        return state

    monkeypatch.setattr(service, "load_state", checked_too_early)
    plate = sheet(tmp_path / "plate.xlsx", [row(CAR, "Toyota Avanza", 7, plate="BK 1771 AX")])
    with pytest.raises(ConflictError) as caught:
        import_assets(db, admin, open_import(db, admin, plate))
    assert caught.value.field == "plate_number"
    assert str(caught.value) == (
        "While plate.xlsx was being imported, another PC saved an item with a Nomor polisi that "
        "the file also holds; nothing was imported. Check the file again: the check now names "
        "each clash by its row."
    )
    chairs = sheet(tmp_path / "chairs.xlsx", [row(CHAIR, "Kursi", "1-2")])
    with pytest.raises(ConflictError, match="another PC saved items with register numbers"):
        import_assets(db, admin, open_import(db, admin, chairs))
    assert registers(db, CAR) == [1] and registers(db, CHAIR) == [1]
    monkeypatch.undo()
    report = import_assets(db, admin, open_import(db, admin, plate))
    assert [problem.field for problem in report.problems] == ["plate_number"]


def test_a_row_imported_without_a_number_is_found_again_after_its_item_was_reclassified(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    path = sheet(tmp_path / "kib-b.xlsx", [row(CHAIR, "Kursi", None), row(CHAIR, "Kursi", None)])
    assert import_assets(db, admin, open_import(db, admin, path)).new == 2
    with db.read() as session:
        first = session.scalars(select(Asset).where(Asset.code == CHAIR)).first()
        assert first is not None
        item_id, version = first.id, first.row_version
    update_asset(
        db,
        admin,
        item_id,
        chair(
            code=LAPTOP,
            name="Kursi",
            brand_type="",
            acquisition_year=2020,
            price=1_000_000,
            acquisition_date=None,
            funding_source="",
        ),
        expected_version=version,
    )

    again = import_assets(db, admin, open_import(db, admin, path))

    assert (again.new, again.written, again.problems) == (0, True, ())
    assert registers(db, CHAIR) == [2] and registers(db, LAPTOP) == [1]


# --- the upgrade that brings the rules ------------------------------------------------------------


def test_the_upgrade_names_numbers_two_items_share_and_keeps_one_import_key(
    empty_db_url: str, tmp_path: Path
) -> None:
    from alembic import command
    from sqlalchemy import text

    from inventaris.core.schema import HEAD_REVISION, alembic_config, prepare_database

    db = Database(empty_db_url, clock=FakeClock())
    prepare_database(db)
    admin = first_admin(db)
    cars = [create_assets(db, admin, vehicle(**own_numbers(n)))[0] for n in range(3)]
    path = sheet(tmp_path / "kib-b.xlsx", [row(CHAIR, "Kursi", None)])
    import_assets(db, admin, open_import(db, admin, path))
    config = alembic_config()
    with db.engine.begin() as connection:  # back to before the rules, and data breaking them
        config.attributes["connection"] = connection
        command.downgrade(config, "0013_audit_append_only")
        connection.execute(
            text("UPDATE asset SET plate_number = 'BK 9000 ZZ' WHERE id = :id"), {"id": cars[2].id}
        )
        connection.execute(
            text(
                "INSERT INTO asset (unit_id, code, register_number, name, specification, "
                "brand_type, size, material, serial_number, chassis_number, engine_number, "
                "plate_number, bpkb_number, acquisition_year, acquisition_method, funding_source, "
                "price, quantity_unit, condition, status, holder_name, holder_nip, nibar, notes, "
                "address, land_title_status, land_use, document_number, land_code, "
                "disposal_decree, disposal_reason, label_key, import_key, search_text, "
                "created_at, updated_at, updated_by, row_version) "
                "SELECT unit_id, code, register_number + 1, name, specification, brand_type, "
                "size, material, serial_number, chassis_number, engine_number, plate_number, "
                "bpkb_number, acquisition_year, acquisition_method, funding_source, price, "
                "quantity_unit, condition, status, holder_name, holder_nip, nibar, notes, "
                "address, land_title_status, land_use, document_number, land_code, "
                "disposal_decree, disposal_reason, 'TWICE', import_key, search_text, "
                "created_at, updated_at, updated_by, row_version FROM asset WHERE code = :code"
            ),
            {"code": CHAIR},
        )

    with pytest.raises(DatabaseError) as caught:
        prepare_database(db)

    # The migration holds a copy of the words lupdate translates: the two stay alike.
    migration = importlib.import_module("inventaris.migrations.versions.0014_race_guards")
    assert caught.value.template == migration.MSG_SHARED_NUMBERS == MSG_SHARED_NUMBERS

    assert "used by more than one item: Nomor polisi BK 9000 ZZ (" in str(caught.value)
    assert f"BK 9000 ZZ ({CAR}.000001, {CAR}.000003). Nothing was changed." in str(caught.value)
    with db.engine.connect() as connection:  # nothing changed
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == "0013_audit_append_only"
    with db.engine.begin() as connection:  # a person corrects the plate; then it upgrades
        connection.execute(
            text("UPDATE asset SET plate_number = 'BK 9002 ZZ' WHERE id = :id"), {"id": cars[2].id}
        )
    assert prepare_database(db).current_revision == HEAD_REVISION
    with db.read() as session:
        keys = session.execute(
            select(Asset.register_number, Asset.import_key)
            .where(Asset.code == CHAIR)
            .order_by(Asset.register_number)
        ).all()
    assert keys[0][1] is not None and keys[1][1] is None  # the first keeps it: found next time
    assert import_assets(db, admin, open_import(db, admin, path)).unchanged == 1
    db.dispose()
