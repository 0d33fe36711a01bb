"""The asset register on the 100,000-asset demo, each figure beside raw sqlite3 in the same run.

    .venv/bin/python -m tests.benchmarks.register [--assets 100000] [--runs 7]

Targets (issue 3): register opened to first rows painted ≤ 150 ms; search as you type ≤ 3×
the raw query and under 50 ms for a common term; sort by name / filter by room to the first
page ≤ 100 ms; resident memory with the register open ≤ 300 MB.
The raw baseline runs the very SQL our query layer sends (compiled with its values inlined)
through the sqlite3 module, so the ratio is what SQLAlchemy, our code and the model add.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.common import CACHE, demo_database, isolate_settings, report

COMMON, RARE, KIND = "kursi", "sn2100012", "laptop"  # KIND: only the code's name says so
PROBE = "SELECT count(*) FROM (SELECT rowid FROM asset_fts WHERE asset_fts MATCH ? LIMIT ?)"


def _best(function: Callable[[], Any], runs: int) -> float:
    function()  # warm caches, as a second keystroke would
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["INVENTARIS_HOME"] = str(CACHE / "home")
    url, _ = demo_database(args.assets)

    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    from inventaris.accounts import authenticate
    from inventaris.assets.register import (
        RegisterFilter,
        RegisterQuery,
        SortKey,
        _conditions,
        list_register,
        page_query,
        summarize_register,
    )
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.core.search import COMMON_MATCHES, words_are_common
    from ui.assets.register_model import RegisterModel
    from ui.context import AppContext

    db = Database(url)
    prepare_database(db)
    actor = authenticate(db, "pengurus", "demo1234")
    raw = sqlite3.connect(str(db.url.database))

    def raw_sql(statement: Any) -> str:
        return str(
            statement.compile(
                dialect=sqlite_dialect.dialect(), compile_kwargs={"literal_binds": True}
            )
        )

    def compare(name: str, query: RegisterQuery, target: str = "") -> None:
        ours = _best(lambda: list_register(db, actor, query), args.runs)
        with db.engine.connect() as connection:
            common = words_are_common(connection, "sqlite", query.filter.text)
        sql = raw_sql(page_query(db, actor, query, None, 200, common))
        words = " AND ".join(f'"{w}"' for w in query.filter.text.split() if len(w) >= 3)

        def raw_page() -> None:
            if words:  # the same probe our layer makes first
                raw.execute(PROBE, (words, COMMON_MATCHES)).fetchall()
            raw.execute(sql).fetchall()

        baseline = _best(raw_page, args.runs)
        report(name, ours, baseline, "raw sqlite3, same SQL", target)

    def compare_summary(name: str, wanted: RegisterFilter) -> None:
        from sqlalchemy import func, select

        from inventaris.model import Asset

        ours = _best(lambda: summarize_register(db, actor, wanted), args.runs)
        statement = select(func.count(Asset.id), func.coalesce(func.sum(Asset.price), 0)).where(
            *_conditions(db, actor, wanted)
        )
        sql = raw_sql(statement)
        baseline = _best(lambda: raw.execute(sql).fetchall(), args.runs)
        report(name, ours, baseline, "raw sqlite3, same SQL")

    app = QApplication.instance() or QApplication([])
    isolate_settings()
    context = AppContext(db, actor, "id")

    def open_register() -> None:
        model = RegisterModel(context)
        view = QTableView()
        view.resize(1200, 700)
        model.set_filter(RegisterFilter())
        view.setModel(model)
        view.show()
        app.processEvents()  # lays out and paints the first rows
        view.close()

    first_page = RegisterQuery()
    opened = _best(open_register, args.runs)
    first_sql = raw_sql(page_query(db, actor, first_page, None, 200))
    baseline = _best(lambda: raw.execute(first_sql).fetchall(), args.runs)
    print(f"asset register, {args.assets} assets, median of {args.runs} runs", flush=True)
    report(
        "register opened to first rows painted",
        opened,
        baseline,
        "raw sqlite3, first page",
        "≤ 150 ms",
    )
    compare(
        f"search, common term '{COMMON}', first page",
        RegisterQuery(RegisterFilter(text=COMMON)),
        "≤ 3×, < 50 ms",
    )
    compare(
        f"search, rare term '{RARE}', first page", RegisterQuery(RegisterFilter(text=RARE)), "≤ 3×"
    )
    compare(
        f"search, code's name '{KIND}', first page",
        RegisterQuery(RegisterFilter(text=KIND)),
        "≤ 3×, < 50 ms",
    )
    compare_summary(f"count and total, common term '{COMMON}'", RegisterFilter(text=COMMON))
    compare_summary(f"count and total, rare term '{RARE}'", RegisterFilter(text=RARE))
    compare_summary(f"count and total, code's name '{KIND}'", RegisterFilter(text=KIND))
    compare("sort by name, first page", RegisterQuery(sort=SortKey.NAME), "≤ 100 ms")
    compare(
        "filter by room, sort by name, first page",
        RegisterQuery(RegisterFilter(room_id=3), sort=SortKey.NAME),
        "≤ 100 ms",
    )
    compare(
        "sort by price descending, first page",
        RegisterQuery(sort=SortKey.PRICE, descending=True),
        "≤ 100 ms",
    )

    model = RegisterModel(context)
    view = QTableView()
    view.setModel(model)
    model.set_filter(RegisterFilter())
    view.show()
    for _ in range(25):  # scroll through 5,000 rows, as a user paging down would
        model.fetchMore()
    app.processEvents()
    memory = _rss_mb()
    print(
        f"{'resident memory, register open, 5,000 rows scrolled':<44} {memory:9.1f} MB"
        "   (target ≤ 300 MB)",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
