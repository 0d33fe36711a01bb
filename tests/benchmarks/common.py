"""Shared pieces of the benchmarks: medians, the report line, the 100,000-asset database."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("INVENTARIS_BENCH_DIR", "/tmp/inventaris-bench"))


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(name: str, ours: float, baseline: float, baseline_name: str, target: str = "") -> str:
    ratio = ours / baseline if baseline else float("inf")
    line = (
        f"{name:<44} {ours * 1000:9.1f} ms   {baseline_name:<34} {baseline * 1000:9.1f} ms"
        f"   ratio {ratio:5.2f}"
    )
    if target:
        line += f"   (target {target})"
    print(line, flush=True)
    return line


def demo_database(assets: int) -> tuple[str, float | None]:
    """The demo database of ``assets`` assets, made once; returns its URL and how long it took."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{assets}.db"
    url = f"sqlite:///{path}"
    if path.exists():
        return url, None
    env = dict(os.environ, INVENTARIS_HOME=str(CACHE / "home"))
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", url, "demo", "--assets", str(assets)],
        check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return url, time.perf_counter() - started


def isolate_settings() -> None:
    """Benchmarks keep their window state out of the user's own Qt settings."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(CACHE / "qt"))
