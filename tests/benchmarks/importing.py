"""Importing a 10,000-row KIB B sheet, beside a raw openpyxl read of the same file.

    .venv/bin/python -m tests.benchmarks.importing [--rows 10000] [--runs 3] [--assets 100000]

The sheet is an office's KIB B as people keep it: title rows, the header, a row of column
numbers, then one item a row with Rupiah written "Rp 1.250.000", years, conditions "B"/"KB",
rooms by name, and every tenth row a register range of five identical items.

Ours: ``open_import`` + ``import_assets`` (read, find the header, normalise, check every row
against the register, write everything in one transaction), timed from the file name to the
commit. Each run imports into a fresh copy of a database: an empty one, and the cached demo
database of 100,000 assets (the register a grown office has). Baseline: openpyxl's read-only
load of the same file with every row's values read (``iter_rows(values_only=True)``), which is
the least any import of it must do. Target (issue 9): ours ≤ 3 × the baseline and under 15 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook, load_workbook

from tests.benchmarks.common import CACHE, demo_database, report

TARGET_RATIO = 3.0
TARGET_SECONDS = 15.0
CODES = (
    ("1.3.2.05.02.01.003", "Kursi Besi/Metal", "Chitose"),
    ("1.3.2.05.02.01.002", "Meja Kerja Kayu", "Olympic"),
    ("1.3.2.10.01.02.001", "PC Unit", "Lenovo ThinkCentre"),
    ("1.3.2.10.01.02.002", "Laptop", "Asus VivoBook"),
    ("1.3.2.05.02.04.004", "AC Split", "Daikin 1 PK"),
    ("1.3.2.05.01.04.005", "Filing Cabinet Besi", "Brother"),
)
ROOMS = ("Ruang Kepala Bagian", "Ruang Subbagian Rumah Tangga", "Ruang Rapat", "Gudang")
HEADER = (
    "No", "Kode Barang", "Nama/Jenis Barang", "Nomor Register", "Merk/Type", "Ukuran/CC",
    "Bahan", "Tahun Pembelian", "No. Pabrik", "No. Rangka", "No. Mesin", "No. Polisi",
    "No. BPKB", "Asal Usul/Cara Perolehan", "Harga (Rp)", "Kondisi", "Ruangan", "Keterangan",
)  # fmt: skip
FIRST_REGISTER = 500_000  # past any demo item's number: every row is a new item


def write_sheet(path: Path, rows: int) -> int:
    """The office's KIB B of ``rows`` rows; returns how many items it holds."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("KIB B")
    sheet.append(["KARTU INVENTARIS BARANG (KIB) B – PERALATAN DAN MESIN"])
    sheet.append(["SKPD: Sekretariat Daerah Kabupaten Langkat"])
    sheet.append([])
    sheet.append(list(HEADER))
    sheet.append(list(range(1, len(HEADER) + 1)))
    next_register = {code: FIRST_REGISTER for code, _, _ in CODES}
    items = 0
    for number in range(1, rows + 1):
        code, name, brand = CODES[number % len(CODES)]
        count = 5 if number % 10 == 0 else 1
        first = next_register[code] + 1
        next_register[code] += count
        register = f"{first:06d}" if count == 1 else f"{first:06d} - {first + count - 1:06d}"
        items += count
        sheet.append([
            number, code, name, register, brand, "", "Besi" if "Kursi" in name else "",
            2010 + number % 15, f"SN{number:07d}" if count == 1 else "", "", "", "", "",
            "Pengadaan (APBD)", f"Rp {1_250_000 * count:,}".replace(",", "."),
            "KB" if number % 7 == 0 else "B", ROOMS[number % len(ROOMS)], "",
        ])  # fmt: skip
    workbook.save(path)
    return items


def raw_read(path: Path) -> float:
    started = time.perf_counter()
    workbook = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in workbook.worksheets[0].iter_rows(values_only=True):
        cells += len(row)
    workbook.close()
    return time.perf_counter() - started


def our_import(path: Path, url: str) -> tuple[float, int]:
    from dataclasses import replace

    from sqlalchemy import select

    from inventaris.core.db import Database
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.core.schema import prepare_database
    from inventaris.importing.service import import_assets, open_import
    from inventaris.model import Unit

    db = Database(url)
    prepare_database(db)
    with db.read() as session:
        actor = replace(SYSTEM_ACTOR, unit_ids=frozenset(session.scalars(select(Unit.id))))
    started = time.perf_counter()
    source = open_import(db, actor, path)
    result = import_assets(db, actor, source, create_missing=True)
    elapsed = time.perf_counter() - started
    db.dispose()
    assert result.written and not result.problems, result.problems[:3]
    return elapsed, result.new


def _prepare(url: str) -> None:
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database

    db = Database(url)
    prepare_database(db)
    db.dispose()


def _empty_database(folder: Path) -> Callable[[int], str]:
    """A database at the current schema with its first admin (and so its unit)."""
    template = folder / "empty.db"
    if not template.exists():
        from inventaris.accounts import create_first_admin
        from inventaris.core.db import Database

        _prepare(f"sqlite:///{template}")
        db = Database(f"sqlite:///{template}")
        create_first_admin(db, "admin", "Admin", "rahasia-123")
        db.dispose()
    return lambda run: _copy(template, folder / f"empty-{run}.db")


def _copy(template: Path, target: Path) -> str:
    _remove(target)
    shutil.copyfile(template, target)
    return f"sqlite:///{target}"


def _remove(database: Path) -> None:
    """The file and its WAL companions: a stale WAL would replay into the next copy."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--assets", type=int, default=100_000)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    demo_url, _ = demo_database(args.assets)
    with tempfile.TemporaryDirectory(dir=CACHE) as folder_name:
        folder = Path(folder_name)
        # The cached demo may be of an older schema: upgrade one copy, untimed, and start
        # every run from a copy of that.
        demo_file = folder / "demo.db"
        _copy(Path(demo_url.removeprefix("sqlite:///")), demo_file)
        _prepare(f"sqlite:///{demo_file}")
        sheet = folder / "kib-b.xlsx"
        items = write_sheet(sheet, args.rows)
        print(f"{args.rows} rows ({items} items), {sheet.stat().st_size // 1024} kB", flush=True)
        empty = _empty_database(folder)
        for label, database in (
            ("empty register", empty),
            (
                f"{args.assets:,}-asset register",
                lambda run: _copy(demo_file, folder / f"d{run}.db"),
            ),
        ):
            ours: list[float] = []
            raw: list[float] = []
            for run in range(args.runs):
                raw.append(raw_read(sheet))
                url = database(run)
                seconds, created = our_import(sheet, url)
                assert created == items, (created, items)
                ours.append(seconds)
                _remove(Path(url.removeprefix("sqlite:///")))
            report(
                f"import {args.rows:,} rows into the {label}",
                statistics.median(ours),
                statistics.median(raw),
                "openpyxl read-only load + read",
                f"≤ {TARGET_RATIO:g}× and < {TARGET_SECONDS:g} s",
            )


if __name__ == "__main__":
    main()
