"""The regency recap: one Rekapitulasi per KIB with a row per unit, and each unit's own annual
workbook from the same run, for the BPKAD that consolidates the units (BMD.md §3, §5, §6).

The figures are those of each unit's annual workbook (``workbook``, ``positions``) on the same
date, computed per unit in SQL (GROUP BY unit and KIB) instead of item by item in Python:

- An item counts on the date when acquired by then and not disposed of by then.
- Its value is its price; its accumulated depreciation the straight line in semesters of
  ``depreciation`` in closed form: with S = useful life × 2 semesters and n = the semesters
  ended by the date since the one of acquisition, n × (price div S), or the whole price once
  n reaches S, 0 before the first. The life and the capitalisation threshold come per code from
  the settings' table (longest prefix), passed to the query as a small table of the codes in use.
- The few items whose figures need their history (a capitalised improvement, a
  reclassification dated after the date, or only the year of acquisition known) are computed in
  Python with the very functions the workbook uses, and added to their unit's row.

So the sums of a unit's own workbook equal its row (tests/integration/test_regency.py checks it
cell by cell); to be sure the data did not change between the two, the run compares each unit's
workbook with the recap as it goes and stops when another PC saved in between.

Chosen here: the units' workbooks go into a folder beside the recap (``<name>-unit/``), not a
zip: each is sent on to its own unit and opened on its own, an .xlsx is already compressed (a
zip would save nothing), and a folder is written one file at a time with nothing to repack.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Integer,
    String,
    and_,
    case,
    exists,
    extract,
    func,
    literal,
    or_,
    select,
    union_all,
)

from inventaris.assets.events import EXTRA_YEARS
from inventaris.assets.types import EventKind
from inventaris.catalog import kib_of
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.formatting import format_date, format_date_long
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import to_wib
from inventaris.inventory.depreciation import (
    ValueChange,
    acquisition_day,
    capitalisation_threshold,
    depreciable_life,
    depreciation_with_changes,
    semester_end,
    semester_of,
    useful_life_years,
)
from inventaris.inventory.layouts import SHEET_KIB
from inventaris.inventory.workbook import (
    CARD_KIBS,
    InventoryWorkbookReport,
    IsCancelled,
    Progress,
    write_inventory_workbook,
)
from inventaris.model import Asset, AssetEvent, Unit
from inventaris.office import OfficeSettings, get_office_settings
from inventaris.reports.common import (
    Column,
    Kind,
    Signatory,
    require_essentials,
    save_workbook,
)
from inventaris.reports.streaming import StreamSheet, stream_workbook

MSG_DATE_NOT_IN_YEAR = QT_TRANSLATE_NOOP(
    "Engine", "The position date {date} is not in {year}: choose a date of that year."
)
MSG_NO_KODE_LOKASI = QT_TRANSLATE_NOOP(
    "Engine",
    "The unit {name} has no kode lokasi: fill it in under Units first, the regency recap names "
    "every unit by it.",
)
MSG_CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Engine",
    "The register of {name} changed while the regency recap was being made (another PC saved): "
    "make the recap again.",
)

SHEET_PREFIX = "Rekap"
TITLE = "REKAPITULASI BARANG MILIK DAERAH PER UNIT"
KIB_TITLES = {
    "A": "KIB A - TANAH",
    "B": "KIB B - PERALATAN DAN MESIN",
    "C": "KIB C - GEDUNG DAN BANGUNAN",
    "D": "KIB D - JALAN, IRIGASI DAN JARINGAN",
    "E": "KIB E - ASET TETAP LAINNYA",
    "F": "KIB F - KONSTRUKSI DALAM PENGERJAAN",
}
REGENCY_UNIT_LINE = "GABUNGAN SELURUH UNIT (PENGGUNA BARANG)"
TOTAL_LABEL = "JUMLAH"
NIL = "NIHIL"
COLUMNS = (
    Column("No", 6, Kind.WHOLE, center=True),
    Column("Kode Lokasi", 24),
    Column("Nama Unit", 44),
    Column("Jumlah Barang", 12, Kind.WHOLE),
    Column("Nilai Perolehan (Rp)", 20, Kind.WHOLE),
    Column("Akumulasi Penyusutan (Rp)", 20, Kind.CONTRA),
    Column("Nilai Buku (Rp)", 20, Kind.WHOLE),
)
UNIT_FOLDER_SUFFIX = "-unit"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class Figures:
    count: int = 0
    value: int = 0  # Rupiah
    accumulated: int = 0  # accumulated depreciation, Rupiah

    @property
    def book_value(self) -> int:
        return self.value - self.accumulated

    def __add__(self, other: Figures) -> Figures:
        return Figures(
            self.count + other.count,
            self.value + other.value,
            self.accumulated + other.accumulated,
        )


@dataclass(frozen=True)
class RecapUnit:
    id: int
    kode_lokasi: str
    name: str
    by_kib: dict[str, Figures]  # every KIB A–F, zeros included

    def figures(self, kib: str) -> Figures:
        return self.by_kib.get(kib, Figures())


@dataclass(frozen=True)
class RegencyRecap:
    year: int
    as_of: date
    units: tuple[RecapUnit, ...]  # by kode lokasi

    def total(self, kib: str) -> Figures:
        found = Figures()
        for unit in self.units:
            found = found + unit.figures(kib)
        return found

    @property
    def items(self) -> int:
        return sum(self.total(kib).count for kib in CARD_KIBS)


@dataclass(frozen=True)
class RegencyReport:
    path: Path
    folder: Path | None  # the units' own workbooks (None: not asked for)
    recap: RegencyRecap
    unit_files: tuple[Path, ...]


# --- the figures ---------------------------------------------------------------------------------


def _position_date(year: int, as_of: date | None) -> date:
    if as_of is not None and as_of.year != year:
        raise ValidationError(
            MSG_DATE_NOT_IN_YEAR, field="as_of", date=format_date(as_of), year=year
        )
    return as_of or date(year, 12, 31)


def _last_ended_index(as_of: date) -> int:
    """The semester index (year × 2 + semester − 1) of the last semester ended on ``as_of``,
    as ``depreciation`` counts them."""
    year, semester = semester_of(as_of)
    index = year * 2 + semester - 1
    return index if as_of == semester_end(year, semester) else index - 1


def _code_table(codes: list[str], office: OfficeSettings) -> Any:
    """The codes in use as a small table for the query: code, KIB, semesters of useful life (0:
    not depreciated) and the capitalisation threshold."""
    selects = []
    for code in codes:
        years = useful_life_years(code, office.useful_life)
        threshold = capitalisation_threshold(
            code, office.threshold_equipment, office.threshold_building
        )
        selects.append(
            select(
                literal(code, String).label("code"),
                literal(kib_of(code) or "", String).label("kib"),
                literal(2 * years if years else 0, Integer).label("semesters"),
                literal(threshold, Integer).label("threshold"),
            )
        )
    if len(selects) == 1:
        return selects[0].cte("code_life")
    return union_all(*selects).cte("code_life")


def _needs_history(as_of: date) -> Any:
    """Items whose figures the closed form cannot give: improved, reclassified after the date,
    or with only the year of acquisition known."""
    event = exists().where(
        AssetEvent.asset_id == Asset.id,
        or_(
            AssetEvent.kind == EventKind.VALUE_CHANGED.value,
            and_(AssetEvent.kind == EventKind.RECLASSIFIED.value, AssetEvent.occurred_on > as_of),
        ),
    )
    return or_(Asset.acquisition_date.is_(None), event)


def _sql_figures(
    connection: Any, as_of: date, office: OfficeSettings
) -> dict[tuple[int, str], Figures]:
    codes = sorted(connection.execute(select(Asset.code).distinct()).scalars())
    if not codes:
        return {}
    life = _code_table(codes, office)
    first = extract("year", Asset.acquisition_date) * 2 + case(
        (extract("month", Asset.acquisition_date) > 6, 1), else_=0
    )
    ended = _last_ended_index(as_of) - first + 1  # semesters charged by the date, if in life
    semesters = life.c.semesters
    accumulated = case(
        (or_(semesters == 0, Asset.price < life.c.threshold, ended <= 0), 0),
        (ended >= semesters, Asset.price),
        else_=ended * (Asset.price // semesters),
    )
    query = (
        select(
            Asset.unit_id,
            life.c.kib,
            func.count(Asset.id),
            func.coalesce(func.sum(Asset.price), 0),
            func.coalesce(func.sum(accumulated), 0),
        )
        .join(life, life.c.code == Asset.code)
        .where(
            Asset.acquisition_date <= as_of,
            or_(Asset.disposed_on.is_(None), Asset.disposed_on > as_of),
            ~_needs_history(as_of),
        )
        .group_by(Asset.unit_id, life.c.kib)
    )
    return {
        (int(unit_id), str(kib)): Figures(int(count), int(value), int(accum))
        for unit_id, kib, count, value, accum in connection.execute(query)
    }


def _history_figures(
    connection: Any, as_of: date, office: OfficeSettings
) -> dict[tuple[int, str], Figures]:
    """The items of ``_needs_history``, one by one, as ``positions`` computes them."""
    query = select(
        Asset.id,
        Asset.unit_id,
        Asset.code,
        Asset.price,
        Asset.acquisition_date,
        Asset.acquisition_year,
        Asset.disposed_on,
        Asset.created_at,
    ).where(
        or_(Asset.disposed_on.is_(None), Asset.disposed_on > as_of),
        _needs_history(as_of),
    )
    rows = connection.execute(query).all()
    if not rows:
        return {}
    ids = [row[0] for row in rows]
    changes: dict[int, list[ValueChange]] = defaultdict(list)
    reclassified: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        events = select(
            AssetEvent.asset_id, AssetEvent.kind, AssetEvent.occurred_on, AssetEvent.amount,
            AssetEvent.details,
        ).where(
            AssetEvent.asset_id.in_(chunk),
            AssetEvent.kind.in_((EventKind.VALUE_CHANGED.value, EventKind.RECLASSIFIED.value)),
        ).order_by(AssetEvent.occurred_on, AssetEvent.id)  # fmt: skip
        for asset_id, kind, occurred_on, amount, details in connection.execute(events):
            if kind == EventKind.VALUE_CHANGED.value:
                extra = int((details or {}).get(EXTRA_YEARS) or 0)
                changes[asset_id].append(ValueChange(occurred_on, int(amount or 0), extra))
            else:
                before = str((details or {})["from"]).rpartition(".")[0]
                reclassified[asset_id].append((occurred_on, before))
    found: dict[tuple[int, str], Figures] = defaultdict(Figures)
    for asset_id, unit_id, code, price, acquired, year, _disposed, created_at in rows:
        acquired_on = acquisition_day(acquired, year, to_wib(created_at).date())
        if acquired_on > as_of:
            continue
        for occurred_on, before in reclassified.get(asset_id, ()):
            if occurred_on > as_of:  # the code before the first reclassification after the date
                code = before
                break
        own = changes.get(asset_id, [])
        base = price - sum(change.amount for change in own)
        years = depreciable_life(
            code,
            base,
            office.useful_life,
            threshold_equipment=office.threshold_equipment,
            threshold_building=office.threshold_building,
        )
        position = depreciation_with_changes(base, acquired_on, years, own, as_of)
        key = (unit_id, kib_of(code) or "")
        found[key] = found[key] + Figures(1, position.value, position.accumulated)
    return found


def _units(connection: Any) -> list[tuple[int, str, str, bool]]:
    query = select(Unit.id, Unit.kode_lokasi, Unit.name, Unit.active).order_by(
        Unit.kode_lokasi, Unit.name, Unit.id
    )
    return [(int(row[0]), row[1], row[2], bool(row[3])) for row in connection.execute(query)]


def _regency_actor(db: Database, actor: Actor) -> Actor:
    """The actor reading every unit (its role may: Admin, BPKAD), however the window narrowed it."""
    require(actor, Permission.VIEW_ALL_UNITS)
    with db.read_connection() as connection:
        every = frozenset(int(unit_id) for unit_id in connection.execute(select(Unit.id)).scalars())
    return replace(actor, unit_ids=every)


def regency_recap(db: Database, actor: Actor, year: int, as_of: date | None = None) -> RegencyRecap:
    """Every unit's count, value, accumulated depreciation and book value per KIB on ``as_of``
    (31 December of ``year`` unless given), read in one transaction."""
    day = _position_date(year, as_of)
    actor = _regency_actor(db, actor)
    office = get_office_settings(db, actor)  # the regency's table and thresholds
    with db.read_connection() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        units = _units(connection)
        figures = _sql_figures(connection, day, office)
        for key, extra in _history_figures(connection, day, office).items():
            figures[key] = figures.get(key, Figures()) + extra
    recap_units = []
    for unit_id, kode, name, active in units:
        by_kib = {kib: figures.get((unit_id, kib), Figures()) for kib in CARD_KIBS}
        if not active and not any(found.count for found in by_kib.values()):
            continue  # a unit closed with nothing left on its register
        recap_units.append(RecapUnit(unit_id, kode, name, by_kib))
    return RegencyRecap(year, day, tuple(recap_units))


# --- the workbook --------------------------------------------------------------------------------


def _regency_office(office: OfficeSettings, recap: RegencyRecap) -> OfficeSettings:
    """The letterhead of the whole regency: its own line instead of a unit, and the part of the
    kode lokasi every unit shares (owner, province, regency)."""
    codes = [unit.kode_lokasi.split(".") for unit in recap.units if unit.kode_lokasi]
    shared: list[str] = []
    if codes:
        for parts in zip(*codes, strict=False):
            if len(set(parts)) != 1:
                break
            shared.append(parts[0])
    return replace(office, unit_name=REGENCY_UNIT_LINE, kode_lokasi=".".join(shared) or "-")


def _signatures(office: OfficeSettings, as_of: date) -> tuple[Signatory, ...]:
    manager = office.sip_signatory_title or "Sekretaris Daerah"
    return (
        Signatory(
            "Mengetahui,",
            f"{manager} selaku Pengelola Barang",
            office.sip_signatory_name,
            office.sip_signatory_nip,
        ),
        Signatory(
            f"{office.city}, {format_date_long(as_of)}", "Pejabat Penatausahaan Barang", "", ""
        ),
    )


def _write_recap(recap: RegencyRecap, office: OfficeSettings, path: Path) -> None:
    letterhead = _regency_office(office, recap)
    signatories = _signatures(office, recap.as_of)
    with stream_workbook(f"Rekapitulasi BMD {recap.year}") as workbook:
        for kib in CARD_KIBS:
            sheet = StreamSheet(
                workbook,
                f"{SHEET_PREFIX} KIB {kib}",
                COLUMNS,
                paper_size=office.paper_size,
                office=letterhead,
            )
            sheet.start(f"{TITLE} - {KIB_TITLES[kib]}", recap.as_of)
            for number, unit in enumerate(recap.units, start=1):
                found = unit.figures(kib)
                sheet.body(
                    (
                        number,
                        unit.kode_lokasi,
                        unit.name,
                        found.count,
                        found.value,
                        found.accumulated,
                        found.book_value,
                    )
                )
            if not recap.units:
                sheet.nil(NIL)
            total = recap.total(kib)
            sheet.totals(
                TOTAL_LABEL,
                {3: total.count, 4: total.value, 5: total.accumulated, 6: total.book_value},
            )
            sheet.signatures(signatories)
            sheet.finish()
        fixed = datetime(recap.as_of.year, recap.as_of.month, recap.as_of.day)  # noqa: DTZ001
        save_workbook(workbook, path, fixed_time=fixed)


def unit_folder(path: Path) -> Path:
    """Where the units' own workbooks go: beside the recap, ``<recap name>-unit``."""
    return path.with_name(path.stem + UNIT_FOLDER_SUFFIX)


def unit_file_name(kode_lokasi: str, name: str) -> str:
    """``12.02.05.01.01.01.01 Dinas Pendidikan.xlsx``: sorted as the recap, safe on every disk."""
    text = _UNSAFE.sub(" ", f"{kode_lokasi} {name}").strip().rstrip(".")
    return " ".join(text.split())[:120] + ".xlsx"


def _same(report: InventoryWorkbookReport, unit: RecapUnit) -> bool:
    for kib in CARD_KIBS:
        sheet = report.sheet(SHEET_KIB[kib])
        found = unit.figures(kib)
        if (sheet.items, sheet.total) != (found.count, found.value):
            return False
    return True


def write_regency_recap(
    db: Database,
    actor: Actor,
    year: int,
    path: Path,
    *,
    as_of: date | None = None,
    unit_workbooks: bool = True,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> RegencyReport:
    """Write the regency recap of ``year`` to ``path`` and, with ``unit_workbooks``, each unit's
    annual workbook into ``unit_folder(path)``. ``progress(done, total)`` counts items over the
    units' workbooks; ``cancelled()`` is polled as often (``Cancelled`` then)."""
    day = _position_date(year, as_of)
    actor = _regency_actor(db, actor)
    recap = regency_recap(db, actor, year, day)
    office = get_office_settings(db, actor)
    require_essentials(replace(office, unit_name="-", kode_lokasi="-"))  # regency and city
    for unit in recap.units:
        if not unit.kode_lokasi:
            raise ValidationError(MSG_NO_KODE_LOKASI, field="unit", name=unit.name)
    files: list[Path] = []
    folder = unit_folder(path) if unit_workbooks else None
    if folder is not None:
        made = not folder.exists()
        folder.mkdir(exist_ok=True)
        # The units' workbooks go into a folder of this run's own and are moved in place only
        # when every one is written: a cancelled or failed run leaves nothing half done.
        partial = Path(tempfile.mkdtemp(prefix=".~rekap-", dir=folder))
        try:
            files = _unit_workbooks(db, actor, recap, partial, folder, progress, cancelled)
        except BaseException:
            if made:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(partial, ignore_errors=True)
    _write_recap(recap, office, path)
    if progress is not None and not files:
        progress(1, 1)  # the recap alone: done
    return RegencyReport(path, folder, recap, tuple(files))


def _unit_workbooks(
    db: Database,
    actor: Actor,
    recap: RegencyRecap,
    partial: Path,
    folder: Path,
    progress: Progress | None,
    cancelled: IsCancelled | None,
) -> list[Path]:
    """Each unit's annual workbook, written in ``partial``, then moved into ``folder``."""
    written_files: list[Path] = []
    total = max(recap.items, 1)
    done = 0
    for unit in recap.units:
        count = sum(unit.figures(kib).count for kib in CARD_KIBS)

        def report(part: int, _whole: int, before: int = done, count: int = count) -> None:
            if progress is not None:
                progress(min(before + part, before + count, total), total)

        target = partial / unit_file_name(unit.kode_lokasi, unit.name)
        written = write_inventory_workbook(
            db,
            actor,
            recap.year,
            target,
            as_of=recap.as_of,
            unit_id=unit.id,
            progress=report,
            cancelled=cancelled,
        )
        if not _same(written, unit):
            raise ValidationError(MSG_CHANGED_MEANWHILE, field="unit", name=unit.name)
        written_files.append(target)
        done += count
    moved = []
    for written_file in written_files:
        os.replace(written_file, folder / written_file.name)
        moved.append(folder / written_file.name)
    return moved


__all__ = [
    "Figures",
    "RecapUnit",
    "RegencyRecap",
    "RegencyReport",
    "regency_recap",
    "unit_file_name",
    "unit_folder",
    "write_regency_recap",
]
