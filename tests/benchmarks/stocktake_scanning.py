"""1,000 scans typed into the Inventarisasi page's scan field, as a keyboard-wedge scanner does.

    .venv/bin/python -m tests.benchmarks.stocktake_scanning [--assets 100000] [--scans 1000]

Every line goes in as keystrokes (QTest.keyClicks, then Return) back to back, faster than they
are checked; the page must take each one, in order, and lose none: the scan rows in the
database are counted. Baseline: the same lines through ``scan()`` directly, one after another,
in another stock-take of the same database, so the ratio is what the field, the queue, the
hand-over to the worker thread and the banner add per scan.
"""

from __future__ import annotations

import argparse
import os
import shutil
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.common import CACHE, demo_database, isolate_settings, report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=1000)
    args = parser.parse_args()
    os.environ["INVENTARIS_HOME"] = str(CACHE / "home")
    url, _ = demo_database(args.assets)

    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import func, select

    from inventaris.accounts import authenticate
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.model import StocktakeScan
    from inventaris.stocktake.counting import place_list, places, scan
    from inventaris.stocktake.sessions import finish_stocktake, list_stocktakes, start_stocktake
    from inventaris.stocktake.types import StocktakeInput
    from ui.context import AppContext
    from ui.stocktake.stocktake_page import StocktakePage
    from ui.worker import wait_for_background_work

    # A copy: the scans must not pile up in the cached demo.
    source = CACHE / f"demo-{args.assets}.db"
    work = CACHE / f"stocktake-scanning-{args.assets}.db"
    shutil.copy(source, work)
    db = Database(url.replace(source.name, work.name))
    prepare_database(db)
    actor = authenticate(db, "pengurus", "demo1234")
    for view in list_stocktakes(db, actor):
        if view.is_open:
            finish_stocktake(db, actor, view.id)

    def lines_for(number: int) -> tuple[int, list[str]]:
        """The first room, and the lines a team scans there: its items and others' (found,
        in the wrong room, twice), round and round until there are enough."""
        rooms = [row for row in places(db, actor, number) if row.expected]
        codes = [
            row.recorded.code_register
            for room in rooms[:6]
            for row in place_list(db, actor, number, room.place).items
        ]
        return rooms[0].place, [codes[i % len(codes)] for i in range(args.scans)]

    def scan_rows(number: int) -> int:
        with db.read() as session:
            return int(
                session.scalar(
                    select(func.count(StocktakeScan.id)).where(StocktakeScan.stocktake_id == number)
                )
                or 0
            )

    # Baseline: scan() itself, line after line.
    number = start_stocktake(db, actor, StocktakeInput(name="Baseline")).id
    place, lines = lines_for(number)
    started = time.perf_counter()
    for line in lines:
        scan(db, actor, number, place, line)
    baseline = (time.perf_counter() - started) / len(lines)
    assert scan_rows(number) == len(lines)
    finish_stocktake(db, actor, number)

    app = QApplication.instance() or QApplication([])
    isolate_settings()
    number = start_stocktake(db, actor, StocktakeInput(name="Through the field")).id
    page = StocktakePage(AppContext(db, actor, "id"))
    page.resize(1366, 768)
    page.show()
    deadline = time.monotonic() + 30
    while page.listing is None and time.monotonic() < deadline:
        wait_for_background_work()
        QCoreApplication.processEvents()
    assert page.current is not None and page.current.id == number, "the page shows the count"
    place, lines = lines_for(number)
    for row in range(page.places_model.rowCount()):
        if page.places_model.row_at(row).place == place:
            page.places_table.selectRow(row)
    while page.place != place or page.listing is None or page.listing.progress.place != place:
        wait_for_background_work()
        QCoreApplication.processEvents()
    shown: list[object] = []
    page.scanned.connect(shown.append)

    started = time.perf_counter()
    for line in lines:
        QTest.keyClicks(page.scan_field, line)
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
    typed = time.perf_counter() - started
    deadline = time.monotonic() + 600
    while len(shown) < len(lines) and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    ours = (time.perf_counter() - started) / len(lines)
    counted = scan_rows(number)
    refused = [outcome for outcome in shown if isinstance(outcome, BaseException)]
    page.close()
    wait_for_background_work()
    app.processEvents()

    print(
        f"stock-take scanning, {args.assets}-asset demo, {len(lines)} lines typed as keystrokes "
        f"({typed * 1000 / len(lines):.2f} ms per line to type them)",
        flush=True,
    )
    report("per scan, through the field", ours, baseline, "per scan, scan() directly")
    print(f"scan rows in the database: {counted} of {len(lines)}; refused: {len(refused)}")
    db.dispose()
    work.unlink(missing_ok=True)
    if counted != len(lines) or refused:
        print("LOST LINES", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
