"""The demo office: deterministic, believable, and only into an empty database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from inventaris.accounts import authenticate
from inventaris.db import Database
from inventaris.demo import DEMO_PASSWORD, DEMO_USERS, load_demo_data
from inventaris.errors import ValidationError
from inventaris.identifiers import normalize_nip
from inventaris.reference import read_starter_codes
from inventaris.schema import prepare_database
from tests.conftest import FakeClock

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


def _fresh(tmp_path: Path, name: str) -> Database:
    db = Database(f"sqlite:///{tmp_path / name}", clock=FakeClock())
    prepare_database(db)
    return db


def test_same_seed_gives_the_same_office(tmp_path: Path) -> None:
    first, second, other = (_fresh(tmp_path, f"{name}.db") for name in "abc")
    load_demo_data(first, assets=600, seed=7)
    load_demo_data(second, assets=600, seed=7)
    load_demo_data(other, assets=600, seed=8)
    assert _assets(first) == _assets(second)
    assert _assets(first) != _assets(other)


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
    assert events == len(rows) + len(disposed)


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
    with pytest.raises(ValidationError, match="from 0 to 100000"):
        load_demo_data(db, assets=100_001)


def test_assets_can_be_added_after_the_demo(db: Database) -> None:
    from inventaris.assets import create_assets
    from tests.support.builders import chair

    load_demo_data(db, assets=50)
    admin = authenticate(db, "admin", DEMO_PASSWORD)
    added = create_assets(db, admin, chair(brand_type="Merk Uji Coba"), quantity=2)
    assert len({asset.id for asset in added}) == 2
    assert min(asset.id for asset in added) > 50
    # The search index keeps up with new assets after the demo's bulk load.
    from inventaris.register import RegisterFilter, summarize_register

    assert summarize_register(db, admin, RegisterFilter(text="uji coba")).count == 2
