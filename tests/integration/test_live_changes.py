"""Live changes: a write tells this process's listeners once, and another process's write
reaches this process's watcher within seconds (PostgreSQL NOTIFY, SQLite data_version)."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from inventaris.core.changes import (
    AREAS,
    IGNORED_TABLES,
    MAX_PAYLOAD_BYTES,
    TABLES,
    Change,
    decode_payload,
    encode_payload,
    merge,
)
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.core.watchers import ChangeWatcher, watch_changes
from inventaris.model import Base
from tests.conftest import migrated_db_url
from tests.support.builders import a_room, first_admin

ROOT = Path(__file__).resolve().parents[2]
WAIT_SECONDS = 8.0

# The other PC: a process of its own that saves one room and prints its id.
OTHER_PC = """
import sys
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Role
from inventaris.locations import RoomInput, save_room

url, user_id, username, unit_id, code = sys.argv[1:]
actor = Actor(int(user_id), username, "Admin", Role.ADMIN, frozenset({int(unit_id)}))
db = Database(url)
print(save_room(db, actor, RoomInput(code=code, name="Ruang " + code)).id)
db.dispose()
"""


def _other_pc_saves_a_room(db: Database, admin: Actor, code: str) -> int:
    url = db.url.render_as_string(hide_password=False)
    (unit_id,) = admin.unit_ids
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            OTHER_PC,
            url,
            str(admin.user_id),
            admin.username,
            str(unit_id),
            code,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def _wait_for(heard: queue.Queue[tuple[Change, ...]], wanted: Change) -> list[Change]:
    """Everything heard until ``wanted`` (or fail after a few seconds)."""
    seen: list[Change] = []
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        try:
            seen.extend(heard.get(timeout=0.1))
        except queue.Empty:
            continue
        if wanted in seen:
            return seen
    raise AssertionError(f"{wanted} not heard; heard {seen}")


def _watch(db: Database) -> tuple[ChangeWatcher, queue.Queue[tuple[Change, ...]]]:
    heard: queue.Queue[tuple[Change, ...]] = queue.Queue()
    watcher = watch_changes(db, heard.put, poll_seconds=0.2)
    assert watcher.ready.wait(WAIT_SECONDS)
    return watcher, heard


def test_own_writes_are_told_once_and_another_process_is_heard(db: Database) -> None:
    admin = first_admin(db)
    (unit_id,) = admin.unit_ids
    own: list[tuple[Change, ...]] = []
    db.add_change_listener(own.append)
    watcher, heard = _watch(db)
    try:
        mine = a_room(db, admin, "R.01")
        assert own == [(Change("rooms", unit_id, frozenset({mine}), remote=False),)]

        theirs = _other_pc_saves_a_room(db, admin, "R.02")
        seen = _wait_for(heard, Change("rooms", unit_id, frozenset({theirs}), remote=True))
        # Our own room, saved before theirs, never came back as another PC's.
        assert all(mine not in change.ids for change in seen if change.area == "rooms")
        assert own == [(Change("rooms", unit_id, frozenset({mine}), remote=False),)]
    finally:
        watcher.stop()
    assert not watcher.running


def test_a_write_rolled_back_tells_nothing(db: Database) -> None:
    from inventaris.model import Room

    admin = first_admin(db)
    room_id = a_room(db, admin, "R.01")
    own: list[tuple[Change, ...]] = []
    db.add_change_listener(own.append)
    with pytest.raises(RuntimeError), db.write(admin) as session:
        room = session.get(Room, room_id)
        assert room is not None
        room.name = "Gudang"
        session.flush()  # gathered, audited, then undone
        raise RuntimeError("the use case fails after its flush")
    assert own == []
    db.remove_change_listener(own.append)


def test_the_postgres_watcher_comes_back_after_losing_its_connection(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    with migrated_db_url(request, "postgresql", tmp_path) as url:
        db = Database(url)
        try:
            admin = first_admin(db)
            (unit_id,) = admin.unit_ids
            watcher, heard = _watch(db)
            # The server drops the watcher's connection (a restart, a network cut).
            admin_url = request.getfixturevalue("postgres_admin_url")
            engine = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
            with engine.connect() as connection:
                dropped = connection.execute(
                    sa.text(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                        "WHERE datname = :name AND query LIKE 'LISTEN%'"
                    ),
                    {"name": db.url.database},
                ).scalar()
            engine.dispose()
            assert dropped == 1
            # Back: what was missed meanwhile is told as "everything may have changed".
            _wait_for(heard, Change("rooms", None, frozenset(), remote=True))
            theirs = _other_pc_saves_a_room(db, admin, "R.03")
            _wait_for(heard, Change("rooms", unit_id, frozenset({theirs}), remote=True))
            watcher.stop()
        finally:
            db.dispose()


def test_every_table_belongs_to_an_area_or_is_ignored() -> None:
    tables = set(Base.metadata.tables)
    assert tables - set(TABLES) - IGNORED_TABLES == set()
    assert {area for area, _key in TABLES.values()} <= set(AREAS)


def test_a_large_notification_names_only_the_areas() -> None:
    many = Change("assets", 1, frozenset(range(5000)), remote=False)
    few = Change("rooms", 1, frozenset({7}), remote=False)
    payload = encode_payload("me", [many, few])
    assert len(payload.encode()) <= MAX_PAYLOAD_BYTES
    origin, changes = decode_payload(payload)
    assert origin == "me"
    assert changes == (
        Change("assets", None, frozenset(), remote=True),
        Change("rooms", None, frozenset(), remote=True),
    )
    small = encode_payload("me", [few])
    assert decode_payload(small) == ("me", (Change("rooms", 1, frozenset({7}), remote=True),))
    assert json.loads(small)["o"] == "me"


def test_merging_keeps_unknown_ids_unknown() -> None:
    merged = merge(
        [
            Change("assets", 1, frozenset({1}), remote=True),
            Change("assets", 1, frozenset({2}), remote=True),
            Change("rooms", 1, frozenset({3}), remote=False),
            Change("rooms", 1, frozenset(), remote=False),
        ]
    )
    assert merged == (
        Change("rooms", 1, frozenset(), remote=False),
        Change("assets", 1, frozenset({1, 2}), remote=True),
    )
