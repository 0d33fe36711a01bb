"""The attention list for 500 vehicles with 10 years of records each.

    .venv/bin/python -m tests.benchmarks.vehicles [--vehicles 500] [--runs 7]

Records (a fuel stop a week, a service a month, two plans and two documents per vehicle) are
bulk-inserted once into a cached database (brought up to the current schema on every run).
Baseline: the very statements our due list sends, recorded once and replayed through the
sqlite3 module, so the ratio is what SQLAlchemy and our Python add. Target (issue 5): 100 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from tests.benchmarks.common import CACHE, report


def _build(path: str, vehicles: int) -> None:
    from sqlalchemy import insert, select

    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.demo.office import load_demo_data
    from inventaris.model import (
        Asset,
        FuelRecord,
        ServicePlan,
        ServiceRecord,
        VehicleDocument,
    )

    db = Database(f"sqlite:///{path}")
    prepare_database(db)
    # The demo makes 40 vehicles, bare (its own two years of records would only be in the way);
    # the rest are added below, then ten years of records for every one.
    load_demo_data(db, assets=vehicles * 50, vehicle_log=False)
    rng = random.Random(5)
    now = datetime.now(UTC)
    with db.engine.begin() as connection:
        template = dict(
            connection.execute(select(Asset).where(Asset.code.startswith("1.3.2.02.")).limit(1))
            .mappings()
            .one()
        )
        have = (
            connection.execute(select(Asset.id).where(Asset.code.startswith("1.3.2.02.")))
            .scalars()
            .all()
        )
        next_register = 10_000
        extra = []
        for number in range(vehicles - len(have)):
            row = dict(template)
            row.pop("id")
            next_register += 1
            row.update(
                register_number=next_register,
                plate_number=f"BK {number} ZZ",
                chassis_number=f"BENCH{number}",
                engine_number=f"BENCH{number}",
                bpkb_number=f"BENCH{number}",
                label_key=f"B{number:09d}",
            )
            extra.append(row)
        if extra:
            connection.execute(insert(Asset), extra)
        ids = (
            connection.execute(select(Asset.id).where(Asset.code.startswith("1.3.2.02.")))
            .scalars()
            .all()
        )
        start = date(2016, 12, 1)
        fuel, service, plans, documents = [], [], [], []
        for asset_id in ids:
            km = rng.randint(0, 20_000)
            for week in range(52 * 10):
                km += rng.randint(150, 600)
                day = start + timedelta(days=7 * week)
                fuel.append(
                    {
                        "asset_id": asset_id,
                        "filled_on": day,
                        "fuel": "Pertalite",
                        "litres": Decimal("30"),
                        "price_per_litre": 10_000,
                        "odometer_km": km,
                        "driver_name": "",
                        "coupon_number": "",
                        "recorded_at": now,
                        "recorded_by": "bench",
                    }
                )
                if week % 4 == 0:
                    service.append(
                        {
                            "asset_id": asset_id,
                            "serviced_on": day,
                            "odometer_km": km,
                            "kind": rng.choice(["ganti_oli", "servis_berkala", "ban"]),
                            "workshop": "",
                            "receipt_number": "",
                            "description": "",
                            "parts_cost": 300_000,
                            "labour_cost": 100_000,
                            "recorded_at": now,
                            "recorded_by": "bench",
                        }
                    )
            plans += [
                {
                    "asset_id": asset_id,
                    "name": "Ganti oli",
                    "service_kind": "ganti_oli",
                    "every_km": 5_000,
                    "every_months": 3,
                    "active": True,
                },
                {
                    "asset_id": asset_id,
                    "name": "Servis besar",
                    "service_kind": "servis_berkala",
                    "every_km": 20_000,
                    "every_months": 12,
                    "active": True,
                },
            ]
            documents += [
                {
                    "asset_id": asset_id,
                    "kind": "pajak_tahunan",
                    "number": "",
                    "note": "",
                    "expires_on": start + timedelta(days=rng.randint(3600, 3700)),
                },
                {
                    "asset_id": asset_id,
                    "kind": "asuransi",
                    "number": "",
                    "note": "",
                    "expires_on": start + timedelta(days=rng.randint(3500, 4000)),
                },
            ]
        for table, rows in (
            (FuelRecord, fuel),
            (ServiceRecord, service),
            (ServicePlan, plans),
            (VehicleDocument, documents),
        ):
            for chunk in range(0, len(rows), 20_000):
                connection.execute(insert(table), rows[chunk : chunk + 20_000])
    db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vehicles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["INVENTARIS_HOME"] = str(CACHE / "home")
    CACHE.mkdir(parents=True, exist_ok=True)
    path = str(CACHE / f"fleet-{args.vehicles}.db")
    if not os.path.exists(path):
        _build(path, args.vehicles)

    from inventaris.accounts import authenticate
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.vehicles.due_list import due_items

    db = Database(f"sqlite:///{path}")
    prepare_database(db)  # a database cached by an older version gets the newer indexes
    actor = authenticate(db, "koordinator", "demo1234")
    raw = sqlite3.connect(path)
    # The baseline replays, through the sqlite3 module, exactly the statements our due list
    # sends (recorded once): the ratio is what SQLAlchemy and our Python add.
    from sqlalchemy import event

    recorded: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:  # type: ignore[no-untyped-def]
        recorded.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    due_items(db, actor)
    event.remove(db.engine, "before_cursor_execute", record)
    statements = [
        (sql, params) for sql, params in recorded if sql.lstrip().upper().startswith("SELECT")
    ]

    def raw_queries() -> None:
        for sql, params in statements:
            raw.execute(sql, params).fetchall()  # type: ignore[arg-type]

    def best(function) -> float:  # type: ignore[no-untyped-def]
        function()
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    items = due_items(db, actor)
    ours = best(lambda: due_items(db, actor))
    baseline = best(raw_queries)
    print(
        f"attention list, {args.vehicles} vehicles x 10 years, {len(items)} items due, "
        f"median of {args.runs}",
        flush=True,
    )
    report(
        "due list (plans and documents)",
        ours,
        baseline,
        "raw sqlite3, same SQL",
        "< 100 ms",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
