"""Building the 100,000-asset demo office, beside raw sqlite3 inserting the same rows.

    .venv/bin/python -m tests.benchmarks.demo_data [--assets 100000]

Target (issue 2): under 60 s for 100,000 assets on this machine.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from tests.benchmarks.common import report


def _raw_sqlite_baseline(path: Path, assets: int) -> float:
    """Generate the same rows, then insert them with sqlite3.executemany: the library floor."""
    from inventaris.core.timeutil import to_wib, utc_now
    from inventaris.demo.office import _asset_rows, _Generator

    now = utc_now()
    generator = _Generator(1, to_wib(now).date())
    rows = _asset_rows(generator, 1, list(range(1, 19)), assets, now)
    columns = sorted(rows[0])

    def plain(value: object) -> object:
        if isinstance(value, datetime | date):
            return value.isoformat()
        if isinstance(value, Decimal):
            return str(value)
        return value

    started = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute(f"CREATE TABLE asset ({', '.join(columns)})")
    connection.execute("CREATE TABLE asset_event (asset_id, kind, occurred_on, amount)")
    with connection:
        connection.executemany(
            f"INSERT INTO asset VALUES ({', '.join('?' for _ in columns)})",
            ([plain(row[column]) for column in columns] for row in rows),
        )
        connection.executemany(
            "INSERT INTO asset_event VALUES (?, 'acquired', ?, ?)",
            ((index, row["acquisition_date"].isoformat(), row["price"])
             for index, row in enumerate(rows)),
        )  # fmt: skip
    connection.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="inventaris-demo-bench-"))
    os.environ["INVENTARIS_HOME"] = str(folder)
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.demo.office import load_demo_data

    started = time.perf_counter()
    db = Database(f"sqlite:///{folder / 'demo.db'}")
    prepare_database(db)
    load_demo_data(db, assets=args.assets)
    ours = time.perf_counter() - started
    db.dispose()
    baseline = _raw_sqlite_baseline(folder / "raw.db", args.assets)
    print(f"demo office, {args.assets} assets", flush=True)
    report("schema + demo data (generate and insert)", ours, baseline,
           "raw sqlite3 insert of the rows", "< 60 s")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
