"""A regency on PostgreSQL: 40 units, 500,000 items, each figure beside raw psycopg in the same run.

    .venv/bin/python -m tests.benchmarks.regency [--units 40] [--assets 500000] [--runs 7]
        [--keep] [--parts 1,2,3,4,5,6,7]

On the tests' own throwaway PostgreSQL server (tests/support/postgres.py) it builds the regency
demo, then measures (issue 21 item 8):

1. the demo build; baseline: psycopg COPY (binary) of the same asset and asset_event rows, read
   back from the demo, into bare tables of the same columns, then the same indexes built and the
   two tables analysed (load first, index after: the fastest way PostgreSQL offers);
2. one unit's register first page (a Pengurus Barang ``pb.<unit>``), a large unit and a small
   one (a kecamatan); 3. search as you type in each: a common word and a rare serial number.
   Target < 50 ms and ≤ 3× raw, where raw runs the very SQL our layer sends (compiled with its
   values inlined for the postgresql dialect) through a plain psycopg connection;
4. the due list (``inventaris due`` / Beranda's attention list) of one unit; 6. the regency recap
   figures (target ≤ 1.5×): both replay, through psycopg, the SELECTs our code sent (recorded
   once, with their parameters), so the ratio is what SQLAlchemy, the ORM and our Python add;
5. one unit's annual workbook beside openpyxl write-only appending the same cells (as
   tests/benchmarks/inventory_workbook.py);
7. 20 clients, each a process with its own Database, booking meeting rooms and editing items for
   ~20 s; some bookings collide on purpose (a few hot slots per room), some edits go to a few hot
   items and some are saved twice from the same version. The only refusals allowed are the
   expected ones (slot taken, stale version: ConflictError / WriteRaceLost); anything else fails
   the run (exit 1). Baseline: as many raw psycopg INSERTs into booking and UPDATEs of asset from
   20 processes.

Nothing is cached across runs unless ``--keep``: then the cluster lives in
$INVENTARIS_BENCH_DIR/pg-regency and a database built before with the same --units/--assets is
reused (its build is not timed again).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from tests.benchmarks.common import CACHE, report

COMMON = "kursi"
ELSEWHERE = "camat"  # in the kecamatan's rooms only: a large dinas has none
PASSWORD = "demo1234"
CLIENTS = 20
HOT_SLOTS = 3  # per meeting room: taken by the first client, refused to every later one
HOT_ITEMS = 3  # per unit: several clients edit them at once


# --- the server and the database ---------------------------------------------------------------


@contextlib.contextmanager
def _kept_server() -> Iterator[str]:
    """A cluster kept in the cache between runs (--keep), started for this run only."""
    from tests.support.postgres import _as_owner, _bin_dir, _free_port

    bin_dir = _bin_dir()
    base = CACHE / "pg-regency"
    data = base / "data"
    base.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    if not data.exists():
        subprocess.run(
            _as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                       "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]),
            check=True, capture_output=True,
        )  # fmt: skip
    port = _free_port()
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "log"), "-w",
                   "-o", options, "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]),
            capture_output=True,
        )


def _server(keep: bool) -> contextlib.AbstractContextManager[str]:
    if keep:
        return _kept_server()
    from tests.support.postgres import throwaway_server

    return throwaway_server()


def _conninfo(url: str) -> str:
    """The SQLAlchemy URL as libpq takes it."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _with_database(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


def _raw_connection(url: str) -> Any:
    import psycopg

    return psycopg.connect(_conninfo(url), autocommit=True)


def _database(admin_url: str, args: argparse.Namespace) -> tuple[str, float | None]:
    """The demo database: built now (returns its build time) or, with --keep, reused."""
    name = f"regency_{args.units}_{args.assets}"
    url = _with_database(admin_url, name)
    with _raw_connection(admin_url) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists and args.keep and _built(url):
            return url, None
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    return url, _build(url, args)


def _built(url: str) -> bool:
    with _raw_connection(url) as raw:
        found = raw.execute(
            "SELECT 1 FROM information_schema.tables WHERE table_name = 'audit_entry'"
        ).fetchone()
        if not found:
            return False
        return bool(raw.execute("SELECT 1 FROM audit_entry WHERE action = 'demo_data'").fetchone())


def _build(url: str, args: argparse.Namespace) -> float:
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.demo.office import load_demo_data

    db = Database(url)
    started = time.perf_counter()
    prepare_database(db)
    schema = time.perf_counter() - started
    started = time.perf_counter()
    load_demo_data(db, assets=args.assets, units=args.units)
    built = time.perf_counter() - started
    db.dispose()
    print(f"schema made in {schema:.1f} s (not in the figure below)", flush=True)
    return built


# --- measuring -------------------------------------------------------------------------------


def _pair(ours: Callable[[], Any], raw: Callable[[], Any], runs: int) -> tuple[float, float]:
    """Medians of ``ours`` and ``raw``, run in turn so that both see the shared machine alike;
    each is warmed first, as a second keystroke would find it."""
    ours()
    raw()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for function, spent in ((ours, times[0]), (raw, times[1])):
            started = time.perf_counter()
            function()
            spent.append(time.perf_counter() - started)
    return statistics.median(times[0]), statistics.median(times[1])


class Recorder:
    """The SELECTs an engine sends while a call runs, with their parameters."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def __enter__(self) -> Recorder:
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._record)

    def _record(self, _conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            self.statements.append((statement, parameters))


def _replay(raw: Any, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    def run() -> None:
        for sql, params in statements:
            raw.execute(sql, params or None).fetchall()

    return run


# --- 1. the demo build beside COPY ---------------------------------------------------------------


def _copy_baseline(url: str) -> float:
    """COPY the demo's asset and asset_event rows (read back to files first, not timed) into
    bare tables, then build their indexes and analyse them: the floor of loading those rows."""
    folder = Path(tempfile.mkdtemp(prefix="inventaris-regency-copy-"))
    tables = ("asset", "asset_event")
    try:
        with _raw_connection(url) as raw:
            indexes: list[str] = []
            for table in tables:
                with (
                    open(folder / table, "wb") as out,
                    raw.cursor().copy(f"COPY {table} TO STDOUT (FORMAT binary)") as copy,
                ):
                    for block in copy:
                        out.write(block)
                for (definition,) in raw.execute(
                    "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' "
                    "AND tablename = %s",
                    (table,),
                ):
                    name = definition.split(" INDEX ", 1)[1].split(" ON ", 1)[0]
                    indexes.append(
                        definition.replace(f" INDEX {name} ON", f" INDEX raw_{name} ON", 1).replace(
                            f" ON public.{table} ", f" ON public.raw_{table} ", 1
                        )
                    )
                raw.execute(f"DROP TABLE IF EXISTS raw_{table}")
                raw.execute(f"CREATE TABLE raw_{table} (LIKE {table} INCLUDING DEFAULTS)")
            started = time.perf_counter()
            with raw.transaction():
                for table in tables:
                    with (
                        open(folder / table, "rb") as source,
                        raw.cursor().copy(f"COPY raw_{table} FROM STDIN (FORMAT binary)") as copy,
                    ):
                        while block := source.read(1 << 20):
                            copy.write(block)
                for definition in indexes:
                    raw.execute(definition)
            raw.execute("ANALYZE raw_asset, raw_asset_event")
            seconds = time.perf_counter() - started
            for table in tables:
                raw.execute(f"DROP TABLE raw_{table}")
            return seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- 2-6. reading ------------------------------------------------------------------------------


class Bench:
    def __init__(self, url: str, runs: int) -> None:
        from inventaris.core.db import Database

        self.url = url
        self.runs = runs
        self.db = Database(url)
        self.raw = _raw_connection(url)
        self.missed: list[str] = []

    def check(self, name: str, ours: float, baseline: float, limit_ms: float | None,
              ratio: float | None) -> None:  # fmt: skip
        if limit_ms is not None and ours * 1000 >= limit_ms:
            self.missed.append(f"{name}: {ours * 1000:.1f} ms, not < {limit_ms:.0f} ms")
        if ratio is not None and baseline and ours / baseline > ratio:
            self.missed.append(f"{name}: ratio {ours / baseline:.2f}, not ≤ {ratio}")

    def literal_sql(self, statement: Any) -> str:
        from sqlalchemy.dialects import postgresql

        compiled = statement.compile(
            dialect=postgresql.dialect(),  # type: ignore[no-untyped-call]
            compile_kwargs={"literal_binds": True},
        )
        # psycopg's paramstyle doubles every %; run with no parameters, the text goes as it is.
        return str(compiled).replace("%%", "%")

    def register(self, name: str, actor: Any, query: Any, *, target: bool = True) -> None:
        from inventaris.assets.register import list_register, page_query

        sql = self.literal_sql(page_query(self.db, actor, query, None, 200))
        ours, baseline = _pair(
            lambda: list_register(self.db, actor, query),
            lambda: self.raw.execute(sql).fetchall(),
            self.runs,
        )
        report(name, ours, baseline, "raw psycopg, same SQL", "< 50 ms, ≤ 3×" if target else "")
        if target:
            self.check(name, ours, baseline, 50, 3)

    def summary(self, name: str, actor: Any) -> None:
        from sqlalchemy import func, select

        from inventaris.assets.register import RegisterFilter, _conditions, summarize_register
        from inventaris.model import Asset

        wanted = RegisterFilter()
        sql = self.literal_sql(
            select(func.count(Asset.id), func.coalesce(func.sum(Asset.price), 0)).where(
                *_conditions(self.db, actor, wanted)
            )
        )
        ours, baseline = _pair(
            lambda: summarize_register(self.db, actor, wanted),
            lambda: self.raw.execute(sql).fetchall(),
            self.runs,
        )
        report(name, ours, baseline, "raw psycopg, same SQL")

    def replayed(self, name: str, call: Callable[[], Any], target: str = "",
                 ratio: float | None = None) -> Any:  # fmt: skip
        with Recorder(self.db.engine) as recorder:
            result = call()
        ours, baseline = _pair(call, _replay(self.raw, recorder.statements), self.runs)
        report(name, ours, baseline, f"raw psycopg, same {len(recorder.statements)} SELECTs",
               target)  # fmt: skip
        self.check(name, ours, baseline, None, ratio)
        return result


def _units(raw: Any) -> list[tuple[int, str, str, int]]:
    """Every unit: id, kode lokasi, name, items."""
    return [
        (int(unit_id), kode, name, int(count))
        for unit_id, kode, name, count in raw.execute(
            "SELECT u.id, u.kode_lokasi, u.name, count(a.id) FROM unit u "
            "LEFT JOIN asset a ON a.unit_id = u.id GROUP BY u.id ORDER BY u.id"
        )
    ]


def _custodian(raw: Any, unit_id: int) -> str:
    row = raw.execute(
        "SELECT u.username FROM app_user u JOIN user_unit uu ON uu.user_id = u.id "
        "WHERE uu.unit_id = %s AND u.role = 'pengurus_barang' ORDER BY u.id LIMIT 1",
        (unit_id,),
    ).fetchone()
    return str(row[0])


def _reading(bench: Bench, parts: set[int], year: int) -> None:
    from inventaris.accounts import authenticate
    from inventaris.areas import attention_items
    from inventaris.assets.register import RegisterFilter, RegisterQuery, SortKey
    from inventaris.inventory.regency import regency_recap

    units = _units(bench.raw)
    large = max(units, key=lambda unit: unit[3])
    small = min((u for u in units if u[2].startswith("Kecamatan")), key=lambda u: u[3],
                default=min(units, key=lambda unit: unit[3]))  # fmt: skip
    print(
        f"large unit: {large[2]} ({large[3]:,} items); small unit: {small[2]} ({small[3]:,} items)",
        flush=True,
    )
    for unit_id, _kode, _name, count in (large, small):
        if not parts & {2, 3}:
            break
        actor = authenticate(bench.db, _custodian(bench.raw, unit_id), PASSWORD)
        size = "large" if unit_id == large[0] else "small"
        if 2 in parts:
            bench.register(f"register first page, {size} unit", actor, RegisterQuery())
            bench.register(f"  sorted by name, {size} unit", actor,
                           RegisterQuery(sort=SortKey.NAME), target=False)  # fmt: skip
            bench.register(f"  sorted by year, {size} unit", actor,
                           RegisterQuery(sort=SortKey.YEAR), target=False)  # fmt: skip
            bench.register(f"  sorted by holder (no index), {size} unit", actor,
                           RegisterQuery(sort=SortKey.HOLDER), target=False)  # fmt: skip
            bench.summary(f"  count and total (status bar), {size} unit", actor)
        if 3 in parts:
            serial = bench.raw.execute(
                "SELECT lower(serial_number) FROM asset WHERE unit_id = %s AND serial_number <> '' "
                "ORDER BY id LIMIT 1 OFFSET %s",
                (unit_id, count // 20),
            ).fetchone()[0]
            for word in (COMMON, serial, *((ELSEWHERE,) if unit_id == large[0] else ())):
                what = (
                    "serial"
                    if word == serial
                    else "word of other units"
                    if word == ELSEWHERE
                    else "common"
                )
                bench.register(f"search {what} '{word}', {size} unit", actor,
                               RegisterQuery(RegisterFilter(text=word)))  # fmt: skip
    if 4 in parts:
        for unit_id, _kode, _name, _count in (large, units[0]):
            actor = authenticate(bench.db, _custodian(bench.raw, unit_id), PASSWORD)
            due: Callable[[], Any] = partial(attention_items, bench.db, actor)
            items = bench.replayed(f"due list, unit {unit_id}", due)
            print(f"{'':<4}({len(items)} items need attention)", flush=True)
    if 5 in parts:
        actor = authenticate(bench.db, _custodian(bench.raw, large[0]), PASSWORD)
        _workbook(bench, actor, year, large[3])
    if 6 in parts:
        actor = authenticate(bench.db, "bpkad", PASSWORD)
        recap = bench.replayed(
            f"regency recap figures {year}, {len(units)} units",
            lambda: regency_recap(bench.db, actor, year),
            "≤ 1.5×",
            1.5,
        )
        print(f"{'':<4}({recap.items:,} items on 31-12-{year})", flush=True)


def _workbook(bench: Bench, actor: Any, year: int, items: int) -> None:
    from inventaris.inventory.workbook import SHEETS, write_inventory_workbook
    from inventaris.reports.streaming import flatten
    from tests.benchmarks.inventory_workbook import _raw

    folder = Path(tempfile.mkdtemp(prefix="inventaris-regency-workbook-"))
    try:
        started = time.perf_counter()
        result = write_inventory_workbook(bench.db, actor, year, folder / "ours.xlsx")
        ours = time.perf_counter() - started
        kinds = {name: [column.kind.value for column in flatten(layout)] for name, layout in SHEETS}
        shape: list[tuple[str, int, list[str]]] = [
            (sheet.name, sheet.rows, kinds[sheet.name]) for sheet in result.sheets
        ]
        baseline = float(_raw([list(entry) for entry in shape], folder / "raw.xlsx")["seconds"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    cells = sum(rows * len(columns) for _name, rows, columns in shape)
    name = f"annual workbook, large unit ({items:,} items)"
    report(name, ours, baseline, "raw openpyxl write-only, same cells", "≤ 1.5×")
    print(f"{'':<4}({cells:,} table cells in {len(shape)} sheets, one run each)", flush=True)
    bench.check(name, ours, baseline, None, 1.5)


# --- 7. concurrent clients -----------------------------------------------------------------------


def _plans(url: str, seconds: float) -> list[dict[str, Any]]:
    """What each client does: its unit, custodian, meeting rooms, items and hot items."""
    with _raw_connection(url) as raw:
        rooms: dict[int, list[int]] = {}
        for room_id, unit_id in raw.execute(
            "SELECT id, unit_id FROM room WHERE kind = 'meeting' AND active ORDER BY id"
        ):
            rooms.setdefault(int(unit_id), []).append(int(room_id))
        units = sorted(rooms)[:5]  # four clients (PCs) per unit
        plans = []
        for index in range(CLIENTS):
            unit_id = units[index % len(units)]
            ids = [
                int(row[0])
                for row in raw.execute(
                    "SELECT id FROM asset WHERE unit_id = %s AND status <> 'dihapus' "
                    "AND code NOT LIKE '1.3.1.%%' AND code NOT LIKE '1.3.3.%%' "
                    "AND code NOT LIKE '1.3.2.02.%%' ORDER BY id LIMIT 3000",
                    (unit_id,),
                )
            ]
            plans.append(
                {
                    "index": index,
                    "url": url,
                    "unit_id": unit_id,
                    "custodian": _custodian(raw, unit_id),
                    "rooms": rooms[unit_id],
                    "hot": ids[:HOT_ITEMS],
                    "items": ids[HOT_ITEMS:],
                    "seconds": seconds,
                }
            )
    return plans


def _client(plan: dict[str, Any], barrier: Any, results: Any) -> None:
    """One PC: books its unit's meeting rooms and edits its unit's items until time is up."""
    home = os.environ["INVENTARIS_HOME"] = tempfile.mkdtemp(prefix="inventaris-client-")
    from zoneinfo import ZoneInfo

    from inventaris.accounts import authenticate, every_unit_actor
    from inventaris.assets.editing import get_asset, update_asset
    from inventaris.bookings.service import ROOM, BookingInput, Resource, book
    from inventaris.core.db import Database
    from inventaris.core.errors import ConflictError, WriteRaceLost
    from inventaris.units import working_actor

    wib = ZoneInfo("Asia/Jakarta")
    rng = random.Random(plan["index"])
    outcomes: Counter[str] = Counter()
    unexpected: list[str] = []
    db = Database(plan["url"])
    booker = working_actor(every_unit_actor(db, authenticate(db, "admin", PASSWORD)),
                           plan["unit_id"])  # fmt: skip
    editor = authenticate(db, plan["custodian"], PASSWORD)
    first_day = date.today() + timedelta(days=30)  # noqa: DTZ011  (past the demo's bookings)
    barrier.wait()
    started = time.perf_counter()
    ends = started + plan["seconds"]
    operations = 0
    while time.perf_counter() < ends:
        operations += 1
        try:
            if rng.random() < 0.5:
                room = rng.choice(plan["rooms"])
                if rng.random() < 0.15:  # a hot slot: the first wins, every later one is refused
                    day, minutes, length = first_day, 9 * 60 + 60 * rng.randrange(HOT_SLOTS), 60
                else:  # anywhere in a year of half hours: some overlap by chance
                    day = first_day + timedelta(days=rng.randrange(365))
                    minutes, length = 7 * 60 + 30 * rng.randrange(18), rng.choice((30, 60, 90))
                start = datetime(day.year, day.month, day.day, tzinfo=wib) + timedelta(
                    minutes=minutes
                )
                try:
                    book(db, booker, BookingInput(Resource(ROOM, room), start,
                                                  start + timedelta(minutes=length),
                                                  f"Rapat klien {plan['index']}"))  # fmt: skip
                    outcomes["booking saved"] += 1
                except ConflictError:
                    outcomes["booking refused: slot taken"] += 1
            else:
                hot = rng.random() < 0.2
                asset_id = rng.choice(plan["hot"] if hot else plan["items"])
                view = get_asset(db, editor, asset_id)
                data = replace(view.as_input(), notes=f"klien {plan['index']} #{operations}")
                try:
                    update_asset(db, editor, asset_id, data, expected_version=view.row_version)
                    outcomes["edit saved"] += 1
                except WriteRaceLost:
                    outcomes["edit refused: write race lost"] += 1
                except ConflictError:
                    outcomes["edit refused: stale version"] += 1
                else:
                    if rng.random() < 0.1:  # the same form saved twice: must be refused
                        operations += 1
                        try:
                            update_asset(db, editor, asset_id, data,
                                         expected_version=view.row_version)  # fmt: skip
                            unexpected.append(f"asset {asset_id}: a stale save was accepted")
                        except ConflictError:
                            outcomes["edit refused: saved twice (on purpose)"] += 1
        except Exception as error:  # every other error is reported, and fails the run
            unexpected.append(
                f"{type(error).__name__}: {error}\n"
                + "".join(traceback.format_exception(error)[-3:])
            )
    elapsed = time.perf_counter() - started
    db.dispose()
    shutil.rmtree(home, ignore_errors=True)
    results.put({"outcomes": dict(outcomes), "unexpected": unexpected, "elapsed": elapsed,
                 "operations": operations, "bookings": outcomes["booking saved"]
                 + outcomes["booking refused: slot taken"]})  # fmt: skip


def _raw_client(plan: dict[str, Any], counts: dict[str, int], barrier: Any, results: Any) -> None:
    """The floor: as many plain INSERTs into booking and UPDATEs of asset, one per transaction."""
    rng = random.Random(plan["index"])
    now = datetime.now().astimezone()
    base = now + timedelta(days=400 + plan["index"])
    with _raw_connection(plan["url"]) as raw:
        barrier.wait()
        started = time.perf_counter()
        for number in range(counts["bookings"]):
            room = rng.choice(plan["rooms"])
            start = base + timedelta(minutes=30 * (number * CLIENTS + plan["index"]))
            raw.execute(
                "INSERT INTO booking (unit_id, resource_key, room_id, starts_at, ends_at, title, "
                "organizer_unit, contact_name, contact_phone, needs, notes, status, "
                "cancel_reason, own_changes, created_at, created_by, updated_at, updated_by, "
                "row_version) VALUES (%s, %s, %s, %s, %s, %s, '', '', '', '', '', 'confirmed', "
                "'', false, %s, 'bench', %s, 'bench', 1)",
                (plan["unit_id"], f"room:{room}", room, start, start + timedelta(minutes=30),
                 f"Rapat {plan['index']}", now, now),
            )  # fmt: skip
        for number in range(counts["edits"]):
            asset_id = rng.choice(plan["hot"] if rng.random() < 0.2 else plan["items"])
            raw.execute(
                "UPDATE asset SET notes = %s, row_version = row_version + 1, updated_at = %s "
                "WHERE id = %s",
                (f"raw {plan['index']} #{number}", now, asset_id),
            )
        results.put(time.perf_counter() - started)


def _run_processes(target: Callable[..., None], arguments: list[tuple[Any, ...]]) -> list[Any]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(arguments))
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(*argument, barrier, results)) for argument in arguments
    ]
    for process in processes:
        process.start()
    found = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    return found


def _clients(url: str, seconds: float) -> bool:
    plans = _plans(url, seconds)
    found = _run_processes(_client, [(plan,) for plan in plans])
    outcomes: Counter[str] = Counter()
    for result in found:
        outcomes.update(result["outcomes"])
    unexpected = [error for result in found for error in result["unexpected"]]
    operations = sum(result["operations"] for result in found)
    elapsed = max(result["elapsed"] for result in found)
    counts = [
        {"bookings": result["bookings"], "edits": result["operations"] - result["bookings"]}
        for result in found
    ]
    raw_times = _run_processes(
        _raw_client, [(plan, counts[index]) for index, plan in enumerate(plans)]
    )
    raw_elapsed = max(raw_times)
    print(
        f"{CLIENTS} clients (processes, each its own Database) over "
        f"{len({plan['unit_id'] for plan in plans})} units for {elapsed:.1f} s: "
        f"{operations:,} operations, {operations / elapsed:,.0f} ops/s",
        flush=True,
    )
    report("20 clients, wall time per operation", elapsed / operations, raw_elapsed / operations,
           "raw psycopg INSERT/UPDATE, 20 proc.")  # fmt: skip
    for outcome, count in sorted(outcomes.items()):
        print(f"{'':<4}{outcome:<44} {count:9,}", flush=True)
    print(f"{'':<4}{'unexpected errors':<44} {len(unexpected):9,}", flush=True)
    for error in unexpected[:10]:
        print(f"{'':<8}{error}", flush=True)
    return not unexpected


# --- main -------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=40)
    parser.add_argument("--assets", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=20.0, help="the clients' run (part 7)")
    parser.add_argument("--keep", action="store_true", help="keep the database for the next run")
    parser.add_argument("--parts", default="1,2,3,4,5,6,7", help="which figures, e.g. 2,3")
    args = parser.parse_args()
    parts = {int(part) for part in args.parts.split(",") if part.strip()}
    home = tempfile.mkdtemp(prefix="inventaris-regency-home-")
    os.environ["INVENTARIS_HOME"] = home
    year = date.today().year  # noqa: DTZ011
    ok = True
    with _server(args.keep) as admin_url:
        url, built = _database(admin_url, args)
        print(
            f"regency demo on PostgreSQL: {args.units} units, {args.assets:,} items; "
            f"median of {args.runs} runs",
            flush=True,
        )
        bench = Bench(url, args.runs)
        if 1 in parts:
            if built is None:
                print("demo build: reused from the last run (--keep), not measured", flush=True)
            else:
                baseline = _copy_baseline(url)
                report("demo build (load_demo_data)", built, baseline,
                       "psycopg COPY of asset+event rows")  # fmt: skip
        _reading(bench, parts, year)
        bench.raw.close()
        bench.db.dispose()
        if 7 in parts:
            ok = _clients(url, args.seconds)
    shutil.rmtree(home, ignore_errors=True)
    if bench.missed:
        print("targets missed:", flush=True)
        for line in bench.missed:
            print(f"    {line}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
