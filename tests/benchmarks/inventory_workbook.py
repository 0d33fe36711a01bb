"""The annual inventory workbook of the 100,000-asset demo office, beside a raw openpyxl dump.

    .venv/bin/python -m tests.benchmarks.inventory_workbook [--assets 100000] [--runs 1]

Ours: ``write_inventory_workbook`` for the demo year (eight sheets, letterheads, styles, totals,
signatures), from the cached demo database. Baseline: openpyxl's write-only mode appending the
same number of table cells (each sheet's rows × columns, as our report counts them) as plain,
unstyled values of the columns' types (text, whole numbers, years, dates, areas), then saving.
Every text cell of the baseline holds text, while many of ours are empty (a chair has no
chassis number): an empty cell is cheaper to write than a text one, so the baseline does a
little more XML per cell than ours; our time also includes reading the register and rebuilding
it from its dated events.

Each side runs in a subprocess of its own, so its peak memory is the peak resident size of that
process (``ru_maxrss``, interpreter and imports included). Target (issue 8): our time ≤ 1.5 ×
the baseline's, our peak ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from tests.benchmarks.common import CACHE, ROOT, demo_database, report

TARGET_RATIO = 1.5
TARGET_MB = 300
_PLAIN = {
    "text": "Kursi besi Chitose",
    "whole": 1_250_000,
    "contra": 1_250_000,
    "year": 2021,
    "date": date(2021, 3, 1),
    "area": Decimal("120.50"),
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def _ours(url: str, year: int, out: Path) -> dict[str, Any]:
    os.environ["INVENTARIS_HOME"] = str(CACHE / "home")
    from inventaris.accounts import authenticate
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.inventory.workbook import SHEETS, write_inventory_workbook
    from inventaris.reports.streaming import flatten

    db = Database(url)
    prepare_database(db)  # a database cached by an older version gets the newer schema
    actor = authenticate(db, "pengurus", "demo1234")
    started = time.perf_counter()
    result = write_inventory_workbook(db, actor, year, out)
    seconds = time.perf_counter() - started
    kinds = {name: [column.kind.value for column in flatten(layout)] for name, layout in SHEETS}
    return {
        "seconds": seconds,
        "peak_mb": _peak_mb(),
        "bytes": out.stat().st_size,
        "sheets": [[s.name, s.rows, kinds[s.name]] for s in result.sheets],
    }


def _raw(shape: list[list[Any]], out: Path) -> dict[str, Any]:
    from openpyxl import Workbook

    started = time.perf_counter()
    workbook = Workbook(write_only=True)
    for name, rows, kinds in shape:
        sheet = workbook.create_sheet(name)
        values = [_PLAIN[kind] for kind in kinds]
        for _ in range(rows):
            sheet.append(values)
    workbook.save(out)
    return {"seconds": time.perf_counter() - started, "peak_mb": _peak_mb()}


def _child(*args: str) -> dict[str, Any]:
    command = [sys.executable, "-m", "tests.benchmarks.inventory_workbook", "--child", *args]
    done = subprocess.run(command, check=True, cwd=ROOT, capture_output=True, text=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _run_child(argv: list[str]) -> int:
    kind, *rest = argv
    if kind == "ours":
        url, year, out = rest
        print(json.dumps(_ours(url, int(year), Path(out))))
    else:
        shape_file, out = rest
        print(json.dumps(_raw(json.loads(Path(shape_file).read_text()), Path(out))))
    return 0


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return _run_child(sys.argv[2:])
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--year", type=int, default=date.today().year)  # noqa: DTZ011
    args = parser.parse_args()
    url, built = demo_database(args.assets)
    if built is not None:
        print(f"demo database of {args.assets} assets built in {built:.0f} s", flush=True)
    folder = Path(tempfile.mkdtemp(prefix="inventaris-workbook-bench-"))
    ours_runs: list[dict[str, Any]] = []
    raw_runs: list[dict[str, Any]] = []
    for run in range(args.runs):  # alternating, so both sides see the machine alike
        ours = _child("ours", url, str(args.year), str(folder / f"ours-{run}.xlsx"))
        shape_file = folder / "shape.json"
        shape_file.write_text(json.dumps(ours["sheets"]))
        raw_runs.append(_child("raw", str(shape_file), str(folder / f"raw-{run}.xlsx")))
        ours_runs.append(ours)
    shape = ours_runs[0]["sheets"]
    cells = sum(rows * len(kinds) for _, rows, kinds in shape)
    ours_time = statistics.median(run["seconds"] for run in ours_runs)
    raw_time = statistics.median(run["seconds"] for run in raw_runs)
    ours_peak = max(run["peak_mb"] for run in ours_runs)
    raw_peak = max(run["peak_mb"] for run in raw_runs)
    print(
        f"inventory workbook {args.year}, demo office of {args.assets} assets: "
        f"{cells:,} table cells in {len(shape)} sheets "
        f"({', '.join(f'{name} {rows:,}' for name, rows, _ in shape)} rows), "
        f"{ours_runs[0]['bytes'] / 1e6:.1f} MB file, median of {args.runs}",
        flush=True,
    )
    report(
        f"inventory workbook ({len(shape)} sheets, styled)",
        ours_time,
        raw_time,
        "raw openpyxl write-only, same cells",
        f"<= {TARGET_RATIO} x",
    )
    print(
        f"{'peak memory (ru_maxrss of the process)':<44} {ours_peak:9.1f} MB   "
        f"{'raw openpyxl write-only, same cells':<34} {raw_peak:9.1f} MB"
        f"   (target <= {TARGET_MB} MB)",
        flush=True,
    )
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
