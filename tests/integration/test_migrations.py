"""The schema comes from Alembic alone, and start-up treats every kind of database safely."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from inventaris.core.db import Database
from inventaris.core.errors import DatabaseError, NewerSchemaError
from inventaris.core.paths import backups_dir
from inventaris.core.schema import (
    HEAD_REVISION,
    include_name,
    known_revisions,
    prepare_database,
    upgrade_to,
)
from inventaris.model import Base
from tests.conftest import FakeClock


def test_migrations_produce_exactly_the_models_schema(empty_db_url: str) -> None:
    db = Database(empty_db_url)
    prepare_database(db)
    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    db.dispose()
    assert differences == []


def test_head_revision_constant_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from inventaris.core.schema import alembic_config

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD_REVISION
    assert HEAD_REVISION in known_revisions()


def test_reference_rows_exist_after_first_start(empty_db_url: str) -> None:
    db = Database(empty_db_url, clock=FakeClock())
    prepare_database(db)  # the first start, on a truly empty database (not the tests' template)
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM regency_settings")).scalar() == 1
        assert connection.execute(sa.text("SELECT count(*) FROM useful_life")).scalar() == 5
        names = dict(connection.execute(sa.text("SELECT code, name FROM asset_code")).all())
    db.dispose()
    assert names["1.3.2.10.01.02.002"] == "Laptop"


def test_older_sqlite_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "kantor.db"
    db = Database(f"sqlite:///{path}", clock=FakeClock())
    upgrade_to(db, "0001_foundation")
    with db.engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO unit (name, kode_lokasi, head_title, head_name, head_nip, "
                "custodian_name, custodian_nip, active, row_version) "
                "VALUES ('Bagian Umum', '12.02', '', '', '', '', '', 1, 1)"
            )
        )

    report = prepare_database(db)

    assert report.previous_revision == "0001_foundation"
    assert report.current_revision == HEAD_REVISION
    assert report.backup is not None and report.backup.parent == backups_dir()
    assert "20261128-090000" in report.backup.name  # WIB time of the fake clock
    with sqlite3.connect(report.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0001_foundation",
        )
        assert backup.execute("SELECT name FROM unit").fetchall() == [("Bagian Umum",)]
    with db.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM asset")).scalar() == 0
    db.dispose()


def test_database_at_current_schema_is_not_backed_up_again(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'kantor.db'}")
    prepare_database(db)
    assert prepare_database(db).backup is None
    db.dispose()


def test_newer_schema_is_refused_and_the_file_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    db = Database(f"sqlite:///{path}")
    prepare_database(db)
    with db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0099_future'"))
    db.dispose()
    before = path.read_bytes()

    with pytest.raises(NewerSchemaError) as caught:
        prepare_database(Database(f"sqlite:///{path}"))

    assert "0099_future" in str(caught.value) and "newer version" in str(caught.value)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_on_postgresql_too(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0099_future'"))
    with pytest.raises(NewerSchemaError):
        prepare_database(db)


def test_corrupt_file_gives_a_clear_message_and_stays_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "rusak.db"
    path.write_bytes(b"this is a spreadsheet, not a database " * 200)
    before = path.read_bytes()

    with pytest.raises(DatabaseError) as caught:
        prepare_database(Database(f"sqlite:///{path}"))

    assert "not an Inventaris database or is damaged" in str(caught.value)
    assert path.read_bytes() == before


def test_locked_file_gives_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("CREATE TABLE other_program (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError) as caught:
            prepare_database(Database(f"sqlite:///{path}", busy_timeout_ms=100))
    finally:
        holder.rollback()
        holder.close()
    assert "busy" in str(caught.value)


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    other.close()
    with pytest.raises(DatabaseError) as caught:
        prepare_database(Database(f"sqlite:///{path}"))
    assert "not Inventaris's" in str(caught.value)


def test_missing_folder_gives_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        Database(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.db'}")
    assert "does not exist" in str(caught.value)


@pytest.mark.parametrize("url", ["not a url", "mysql://server/db", "http://example"])
def test_malformed_or_unsupported_url_gives_a_clear_message(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        Database(url)
    assert "is not valid" in str(caught.value)


def test_unreachable_server_gives_a_clear_message_without_the_password() -> None:
    db = Database("postgresql://clerk:secret@127.0.0.1:1/inventaris")
    with pytest.raises(DatabaseError) as caught:
        prepare_database(db)
    assert "does not answer" in str(caught.value)
    assert "secret" not in str(caught.value)


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'x.db'}", busy_timeout_ms=1234)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    db.dispose()


def test_upgrading_a_register_with_assets_keeps_them_and_makes_them_searchable(
    empty_db_url: str,
) -> None:
    from inventaris.accounts import authenticate, create_first_admin
    from inventaris.assets.register import RegisterFilter, summarize_register
    from inventaris.core.search import build_search_text

    db = Database(empty_db_url, clock=FakeClock())
    upgrade_to(db, "0002_register")
    with db.engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO unit (id, name, kode_lokasi, head_title, head_name, head_nip, "
                "custodian_name, custodian_nip, active, row_version) "
                "VALUES (1, 'Bagian Umum', '', '', '', '', '', '', true, 1)"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO asset_code (code, name) VALUES ('1.3.2.10.01.02.002', 'Laptop'), "
                "('1.3.2.10.01.02', 'Personal Komputer')"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO room (id, unit_id, code, name, floor, kind, facilities, "
                "responsible_name, responsible_nip, active) "
                "VALUES (1, 1, 'R.01', 'Ruang Arsip', '', 'storage', '', '', '', true)"
            )
        )
        connection.execute(
            sa.text(
                "INSERT INTO asset (id, unit_id, code, register_number, name, specification, "
                "brand_type, size, material, serial_number, chassis_number, engine_number, "
                "plate_number, bpkb_number, acquisition_year, acquisition_method, funding_source, "
                "price, quantity_unit, condition, status, room_id, holder_name, holder_nip, nibar, "
                "notes, address, land_title_status, land_use, document_number, land_code, "
                "disposal_decree, disposal_reason, created_at, updated_at, updated_by, "
                "row_version) "
                "VALUES (1, 1, '1.3.2.10.01.02.002', 7, 'Laptop', '', 'Lenovo ThinkPad', '', '', "
                "'SN-77', '', '', '', '', 2022, 'Pengadaan', '', 12000000, 'Unit', 'B', "
                "'aktif', 1, "
                "'Sari', '', '', '', '', '', '', '', '', '', '', :now, :now, 'system', 1)"
            ),
            {"now": FakeClock()()},
        )
        connection.execute(
            sa.text(
                "INSERT INTO asset_event (asset_id, kind, occurred_on, recorded_at, recorded_by, "
                "note) VALUES (1, 'acquired', '2022-01-10', :now, 'system', '')"
            ),
            {"now": FakeClock()()},
        )

    prepare_database(db)

    with db.engine.connect() as connection:
        row = connection.execute(sa.text("SELECT * FROM asset")).one()._mapping
        assert connection.execute(sa.text("SELECT count(*) FROM asset_event")).scalar() == 1
    words = "laptop personal komputer"  # the names of its code and the code above it (0015)
    assert row["search_text"] == build_search_text(dict(row), "Ruang Arsip", words)
    admin = create_first_admin(db, "admin", "Admin", "rahasia-123")
    assert authenticate(db, "admin", "rahasia-123").user_id == admin.user_id
    for text in ("thinkpad", "sn-77", "arsip", "1.3.2.10.01.02.002.000007", "personal kom"):
        assert summarize_register(db, admin, RegisterFilter(text=text)).count == 1
    db.dispose()


@pytest.mark.parametrize(
    "url", ["mysql://budi:Rahasia123@server/inv", "postgresql://budi:Rahasia123@server:port/inv"]
)
def test_a_bad_url_never_shows_its_password(url: str) -> None:
    with pytest.raises(DatabaseError) as caught:
        Database(url)
    assert "Rahasia123" not in str(caught.value) and "budi:***@" in str(caught.value)


def test_the_search_triggers_survive_every_table_rebuild(tmp_path: Path) -> None:
    """Batch migrations rebuild the asset table on SQLite; its triggers must come back."""
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    prepare_database(db)
    with db.engine.connect() as connection:
        triggers = set(
            connection.execute(
                sa.text("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            ).scalars()
        )
    db.dispose()
    assert {"asset_fts_insert", "asset_fts_update", "asset_fts_delete"} <= triggers


def test_the_code_names_leave_the_search_words_on_a_downgrade_and_come_back(
    empty_db_url: str,
) -> None:
    from alembic import command

    from inventaris.assets.editing import create_assets
    from inventaris.core.schema import alembic_config
    from tests.support.builders import chair, first_admin

    db = Database(empty_db_url, clock=FakeClock())
    prepare_database(db)
    admin = first_admin(db)
    [laptop] = create_assets(db, admin, chair(code="1.3.2.10.01.02.002", name="VivoBook"))

    def words() -> str:
        with db.engine.connect() as connection:
            query = sa.text("SELECT search_text FROM asset WHERE id = :id")
            return str(connection.execute(query, {"id": laptop.id}).scalar_one())

    at_head = words()
    assert at_head.endswith(
        " chitose 1.3.2.10.01.02.002.000001 laptop personal komputer komputer unit komputer"
    )
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0014_race_guards")
    assert words() == "vivobook chitose 1.3.2.10.01.02.002.000001"
    prepare_database(db)
    assert words() == at_head
    db.dispose()
