"""Reference rows every database starts with: settings row, useful-life table, starter codes."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import func, insert, select

from inventaris.core.db import Database
from inventaris.core.paths import resources_dir
from inventaris.model import AssetCode, RegencySettings, UsefulLife

# Defaults to start from, editable in the settings, as the official table is not confirmed:
# verify them against the regency's accounting Perbup.
DEFAULT_USEFUL_LIFE: tuple[tuple[str, int, str], ...] = (
    ("1.3.2.02", 7, "Alat angkutan: kendaraan bermotor"),
    ("1.3.2.05.01", 5, "Alat kantor"),
    ("1.3.2.05.02", 5, "Alat rumah tangga (meubelair, AC)"),
    ("1.3.2.10", 4, "Komputer dan peralatan komputer"),
    ("1.3.3.01", 50, "Bangunan gedung"),
)


def starter_codes_file() -> Path:
    return resources_dir() / "kodefikasi-awal.csv"


def read_starter_codes() -> list[tuple[str, str]]:
    with starter_codes_file().open(encoding="utf-8", newline="") as handle:
        return [(row["kode"].strip(), row["nama"].strip()) for row in csv.DictReader(handle)]


def ensure_reference_data(db: Database) -> None:
    """Insert what is missing; never overwrite what an office has edited."""
    with db.engine.begin() as connection:
        if connection.execute(select(RegencySettings.id)).first() is None:
            connection.execute(insert(RegencySettings).values(id=1, row_version=1))
        if connection.execute(select(func.count()).select_from(UsefulLife)).scalar() == 0:
            connection.execute(
                insert(UsefulLife),
                [
                    {"code_prefix": prefix, "years": years, "description": description}
                    for prefix, years, description in DEFAULT_USEFUL_LIFE
                ],
            )
        if connection.execute(select(func.count()).select_from(AssetCode)).scalar() == 0:
            connection.execute(
                insert(AssetCode),
                [{"code": code, "name": name} for code, name in read_starter_codes()],
            )
