"""Cold start to the main window on the 100,000-asset demo, beside a bare PySide6 window.

    .venv/bin/python -m tests.benchmarks.startup [--assets 100000] [--runs 7]

Each run is a fresh process, bare and Inventaris alternating so both see the same machine.
Reported: window shown (the target: at most 2.5× bare), database open and login asked, and the
dashboard's figures of all 100,000 assets shown after the login.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from tests.benchmarks.common import CACHE, ROOT, demo_database, median, report


def _run(mode: str, url: str = "") -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INVENTARIS_HOME=str(CACHE / "home"))
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.startup_probe", mode, url],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True,
    )  # fmt: skip
    stages = {}
    for line in result.stdout.splitlines():
        stage, moment = line.split()
        stages[stage] = float(moment) - started
    return stages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--assets", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    url, _ = demo_database(args.assets)
    _run("bare")
    _run("inventaris", url)  # warm the disk cache for both, as a second start of the day would
    bare: list[float] = []
    stages: dict[str, list[float]] = {"shown": [], "ready": [], "dashboard": [], "login": []}
    for _ in range(args.runs):
        bare.append(_run("bare")["shown"])
        ours = _run("inventaris", url)
        for key in ("shown", "ready", "dashboard"):
            stages[key].append(ours[key])
        stages["login"].append(ours["dashboard"] - ours["logged_in"])
    base = median(bare)
    print(f"start-up, {args.assets} assets, median of {args.runs} runs", flush=True)
    report("main window shown", median(stages["shown"]), base, "bare PySide6 window", "≤ 2.5")
    report("database open, login asked", median(stages["ready"]), base, "bare PySide6 window")
    report("dashboard figures after login", median(stages["login"]), base, "bare PySide6 window")
    report("process start to dashboard (no typing)", median(stages["dashboard"]), base,
           "bare PySide6 window")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
