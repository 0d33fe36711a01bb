"""The register as it stood on a date, rebuilt from dated events.

The annual workbook must give the same figures whenever it is produced, and each year's saldo
akhir must equal the next year's saldo awal. So nothing here reads "today's state" as such: the
asset rows are today's, and every event dated after the position date is undone on the way out:

- an item exists on a date from its acquisition day (``depreciation.acquisition_day``: with
  only the year known, 31 December or the day it was recorded if earlier) until the day before
  its disposal;
- its code and register, room, condition and holder on the date are the values before the first
  reclassification, move, condition or holder change dated after it;
- its value on the date is today's price less the improvements (kapitalisasi) dated after it. A
  correction of the price applies from the start, so it is not undone;
- depreciation is computed in closed form for the date (``depreciation_with_changes``), with the
  useful life of the code the item had on that date and the settings' table.

Everything is read in one read transaction, so all sheets of one workbook see the same data.
The items are streamed in card order, never all held in memory: 100,000 assets fit in the
workbook's memory budget.

"Objek", the level of the Mutasi and Rekapitulasi lines, is the first four levels of the code
(A.K.J.OO, e.g. 1.3.2.10 Komputer), BMD.md §5.

Intrakomptabel or ekstrakomptabel (BMD.md §4): an item whose acquisition value (its price less
the improvements made since) is below the capitalisation threshold of its code's jenis is
ekstrakomptabel; the threshold is the one in the settings now (they keep no history). Chosen
here: an improvement (kapitalisasi) does not move an item across the threshold, the way its
depreciation is not restarted by it (an ekstrakomptabel item has no useful life to spread it
over); a reclassification may, since the jenis decides the threshold.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, case, or_, select

from inventaris.assets.events import EXTRA_YEARS
from inventaris.assets.types import AssetStatus, EventKind
from inventaris.catalog import JENIS_NAMES, KIB_BY_JENIS, jenis_of, kib_of, objek_of, own_names
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.timeutil import WIB, to_wib
from inventaris.inventory.depreciation import (
    Accumulated,
    ValueChange,
    acquisition_day,
    capitalisation_threshold,
    depreciable_life,
    depreciation_with_changes,
)
from inventaris.model import Asset, AssetEvent, Building, Room
from inventaris.office import OfficeSettings, get_office_settings, unit_actor

ROOM_KIBS = ("B", "E")  # only equipment (1.3.2) and other fixed assets (1.3.5) sit in rooms


# --- read models ---------------------------------------------------------------------------------


class ItemPosition(NamedTuple):
    """One item of the register on the position date, with its depreciation then.

    A named tuple rather than a dataclass: 100,000 of them are made per sheet, and a tuple is
    made several times faster."""

    asset_id: int
    code: str  # on the date
    register_number: int  # on the date
    name: str
    specification: str
    brand_type: str
    size: str
    material: str
    serial_number: str
    chassis_number: str
    engine_number: str
    plate_number: str
    bpkb_number: str
    nibar: str
    quantity_unit: str
    acquisition_method: str
    funding_source: str
    acquisition_date: date | None
    acquisition_year: int
    condition: str  # B, RR or RB, on the date
    status: str  # aktif or dipinjamkan (a disposed item is no position)
    room_id: int | None  # on the date
    holder_name: str  # on the date
    notes: str
    address: str
    land_area_m2: Decimal | None
    floor_area_m2: Decimal | None
    land_title_status: str
    land_use: str
    document_date: date | None
    document_number: str
    multi_storey: bool | None
    concrete: bool | None
    land_code: str
    construction: str
    length_km: Decimal | None
    width_m: Decimal | None
    book_title: str
    art_origin: str
    art_creator: str
    species: str
    building_kind: str
    construction_start: date | None
    contract_number: str
    contract_value: int | None
    progress_percent: int | None
    value: int  # acquisition value plus improvements dated by then, whole Rupiah
    useful_years: int | None  # None: not depreciated (its jenis, ekstrakomptabel, no table row)
    charge_this_year: int
    accumulated: int
    book_value: int
    extracomptable: bool  # below the capitalisation threshold: not on the balance sheet

    @property
    def kib(self) -> str | None:
        return kib_of(self.code)


@dataclass(frozen=True)
class RoomHeader:
    """A room with at least one KIB B or E item on the date, for its KIR page."""

    id: int
    code: str
    name: str
    building: str
    floor: str
    responsible_name: str
    responsible_nip: str


@dataclass
class Amounts:
    count: int = 0
    value: int = 0  # Rupiah
    depreciation: int = 0  # accumulated depreciation, Rupiah

    def add(self, value: int, depreciation: int, count: int = 1) -> None:
        self.count += count
        self.value += value
        self.depreciation += depreciation

    def minus(self, other: Amounts) -> Amounts:
        return Amounts(
            self.count - other.count,
            self.value - other.value,
            self.depreciation - other.depreciation,
        )


@dataclass
class Balances:
    """Saldo awal, bertambah, berkurang and saldo akhir of one part (intra, ekstra, all)."""

    opening: Amounts = field(default_factory=Amounts)
    added: Amounts = field(default_factory=Amounts)
    removed: Amounts = field(default_factory=Amounts)
    closing: Amounts = field(default_factory=Amounts)


@dataclass
class MutationLine:
    """One objek of the Laporan Mutasi: awal + bertambah − berkurang = akhir, in count, Rupiah
    and accumulated depreciation alike. The four amounts are all items; ``extra`` is the
    ekstrakomptabel part of them and ``intra`` the rest."""

    code: str  # the objek: 1.3.2.10
    name: str
    opening: Amounts = field(default_factory=Amounts)  # saldo awal: the day before the period
    added: Amounts = field(default_factory=Amounts)  # bertambah
    removed: Amounts = field(default_factory=Amounts)  # berkurang
    closing: Amounts = field(default_factory=Amounts)  # saldo akhir: the position date
    extra: Balances = field(default_factory=Balances)  # ekstrakomptabel items' share

    @property
    def jenis(self) -> str:
        return jenis_of(self.code)

    @property
    def total(self) -> Balances:
        return Balances(self.opening, self.added, self.removed, self.closing)

    @property
    def intra(self) -> Balances:
        """The intrakomptabel part: the balance sheet's figures."""
        extra = self.extra
        return Balances(
            self.opening.minus(extra.opening),
            self.added.minus(extra.added),
            self.removed.minus(extra.removed),
            self.closing.minus(extra.closing),
        )


class ItemMovement(NamedTuple):
    """An item's line on the Daftar Mutasi Barang: the stretch of the period it spent under one
    code, when it came (bertambah), left (berkurang) or gained value (kapitalisasi) in it.
    Jumlah awal − berkurang + bertambah = jumlah akhir, in count and Rupiah alike."""

    asset_id: int
    code: str  # during the stretch
    register_number: int  # during the stretch
    name: str
    specification: str
    brand_type: str
    acquisition_method: str
    funding_source: str
    acquisition_year: int
    condition: str  # on the position date (or when it left)
    extracomptable: bool
    opening_count: int
    opening_value: int
    removed_count: int
    removed_value: int
    added_count: int
    added_value: int  # its value when it came, plus improvements during the stretch
    closing_count: int
    closing_value: int
    came: str  # "acquired", "reclassified" or "" (there at the start of the period)
    left: str  # "disposed", "reclassified" or "" (still there on the position date)
    came_from: tuple[str, int] | None  # code and register before a reclassification in
    went_to: tuple[str, int] | None  # code and register after a reclassification out
    improved: int  # Rupiah of improvements during the stretch
    disposed_on: date | None
    disposal_reason: str
    disposal_decree: str


@dataclass(frozen=True)
class RecapLine:
    """One line of the Rekapitulasi: a jenis (level 3, a subtotal) or an objek under it."""

    code: str
    name: str
    is_jenis: bool
    count: int
    value: int
    accumulated: int
    extra_count: int = 0  # the ekstrakomptabel part of the three figures above
    extra_value: int = 0
    extra_accumulated: int = 0

    @property
    def book_value(self) -> int:
        return self.value - self.accumulated

    @property
    def extra_book_value(self) -> int:
        return self.extra_value - self.extra_accumulated

    @property
    def intra_count(self) -> int:
        return self.count - self.extra_count

    @property
    def intra_value(self) -> int:
        """The balance sheet's figure."""
        return self.value - self.extra_value

    @property
    def intra_accumulated(self) -> int:
        return self.accumulated - self.extra_accumulated

    @property
    def intra_book_value(self) -> int:
        return self.intra_value - self.intra_accumulated


# --- rebuilding the past -------------------------------------------------------------------------

# The asset columns an ItemPosition copies as they are (identity, description, land and building).
_PLAIN_FIELDS = (
    "name",
    "specification",
    "brand_type",
    "size",
    "material",
    "serial_number",
    "chassis_number",
    "engine_number",
    "plate_number",
    "bpkb_number",
    "nibar",
    "quantity_unit",
    "acquisition_method",
    "funding_source",
    "acquisition_date",
    "acquisition_year",
    "notes",
    "address",
    "land_area_m2",
    "floor_area_m2",
    "land_title_status",
    "land_use",
    "document_date",
    "document_number",
    "multi_storey",
    "concrete",
    "land_code",
    "construction",
    "length_km",
    "width_m",
    "book_title",
    "art_origin",
    "art_creator",
    "species",
    "building_kind",
    "construction_start",
    "contract_number",
    "contract_value",
    "progress_percent",
)
_ITEM_COLUMNS = (
    Asset.id,
    Asset.code,
    Asset.register_number,
    Asset.price,
    Asset.status,
    Asset.disposed_on,
    Asset.room_id,
    Asset.condition,
    Asset.holder_name,
    *(getattr(Asset, name) for name in _PLAIN_FIELDS),
)
_PLAIN_BEFORE_CONDITION = _PLAIN_FIELDS.index("notes")  # name … acquisition_year come first
_DISPOSED = AssetStatus.DISPOSED.value
_ACTIVE = AssetStatus.ACTIVE.value
_LIGHT_COLUMNS = (
    Asset.id,
    Asset.code,
    Asset.price,
    Asset.acquisition_date,
    Asset.acquisition_year,
    Asset.disposed_on,
    Asset.created_at,
)


@dataclass(frozen=True, slots=True)
class _Reclassified:
    occurred_on: date
    code_before: str
    register_before: int


class _AtClose(NamedTuple):
    useful_years: int | None
    position: Accumulated
    extracomptable: bool = False


class _Moved(NamedTuple):
    """A stretch of the period an item spent under one code, when it came, left or gained value
    in it: a line of the Daftar Mutasi Barang."""

    asset_id: int
    code: str
    start: date  # the day before the period when there at its start
    end: date
    first: bool  # its first stretch of the period (it came by acquisition, not reclassified)
    last: bool  # its last stretch (it left by disposal, not reclassified)
    value_at_start: int
    value_at_end: int
    extracomptable: bool


def _split_code_register(text: str) -> tuple[str, int]:
    code, _, register = text.rpartition(".")
    return code, int(register)


class InventorySnapshot:
    """The register of one unit on ``as_of``, and its movements since ``period_start``.

    Made by ``inventory_snapshot``; valid inside its ``with`` block only (one read transaction).
    """

    def __init__(
        self,
        connection: Any,
        office: OfficeSettings,
        year: int,
        as_of: date,
    ) -> None:
        self.connection = connection
        self.office = office
        self.year = year
        self.period_start = date(year, 1, 1)
        self.as_of = as_of
        self._unit_id = office.unit_id
        self._life_cache: dict[str, int | None] = {}
        self._threshold_cache: dict[str, int] = {}
        self._moved: list[_Moved] = []
        self.value_changes: dict[int, list[ValueChange]] = defaultdict(list)
        self._reclassified: dict[int, list[_Reclassified]] = defaultdict(list)
        self._later: dict[str, dict[int, Any]] = {}  # kind -> asset -> details of the first event
        self._at_close: dict[int, _AtClose] | None = None
        self._mutation: list[MutationLine] | None = None
        self._names: dict[str, str] | None = None
        self._load_events()

    # -- events -------------------------------------------------------------------------------

    def _load_events(self) -> None:
        in_unit = AssetEvent.asset_id.in_(select(Asset.id).where(Asset.unit_id == self._unit_id))
        order = (AssetEvent.occurred_on, AssetEvent.id)
        values = select(
            AssetEvent.asset_id, AssetEvent.occurred_on, AssetEvent.amount, AssetEvent.details
        ).where(in_unit, AssetEvent.kind == EventKind.VALUE_CHANGED.value)
        for asset_id, occurred_on, amount, details in self.connection.execute(
            values.order_by(*order)
        ):
            extra = int((details or {}).get(EXTRA_YEARS) or 0)  # years a major repair added
            self.value_changes[asset_id].append(ValueChange(occurred_on, int(amount or 0), extra))
        reclassified = select(
            AssetEvent.asset_id, AssetEvent.occurred_on, AssetEvent.details
        ).where(in_unit, AssetEvent.kind == EventKind.RECLASSIFIED.value)
        for asset_id, occurred_on, details in self.connection.execute(
            reclassified.order_by(*order)
        ):
            code, register = _split_code_register(str(details["from"]))
            self._reclassified[asset_id].append(_Reclassified(occurred_on, code, register))
        # Moves, condition and holder changes matter only when dated after the position date:
        # the earliest of them tells what the item had on that date.
        for kind in (EventKind.MOVED, EventKind.CONDITION_CHANGED, EventKind.HOLDER_CHANGED):
            first: dict[int, Any] = {}
            later = select(AssetEvent.asset_id, AssetEvent.details).where(
                in_unit, AssetEvent.kind == kind.value, AssetEvent.occurred_on > self.as_of
            )
            for asset_id, details in self.connection.execute(later.order_by(*order)):
                first.setdefault(asset_id, details or {})
            self._later[kind.value] = first
        self._later_moved = self._later[EventKind.MOVED.value]
        self._later_condition = self._later[EventKind.CONDITION_CHANGED.value]
        self._later_holder = self._later[EventKind.HOLDER_CHANGED.value]

    def code_on(self, asset_id: int, code: str, register: int, day: date) -> tuple[str, int]:
        """The code and register the item had at the end of ``day``."""
        for event in self._reclassified.get(asset_id, ()):
            if event.occurred_on > day:
                return event.code_before, event.register_before
        return code, register

    def _segments(
        self, asset_id: int, code: str, first: date, last: date
    ) -> Iterator[tuple[str, date, date]]:
        """(code, first day, last day) of each stretch of [first, last] under one code: a
        reclassification dated r ends a stretch on r - 1 and starts the next on r."""
        events = self._reclassified.get(asset_id)
        if events is None:
            yield code, first, last
            return
        bounds = [first] + [e.occurred_on for e in events if first < e.occurred_on <= last]
        for index, start in enumerate(bounds):
            end = bounds[index + 1] - timedelta(days=1) if index + 1 < len(bounds) else last
            yield self.code_on(asset_id, code, 0, start)[0], start, end

    # -- values and depreciation --------------------------------------------------------------

    def _acquisition_value(self, asset_id: int, price: int) -> int:
        return price - sum(change.amount for change in self.value_changes.get(asset_id, ()))

    def useful_years(self, code: str, acquisition_value: int) -> int | None:
        if code not in self._life_cache:
            # The threshold check is per item; the table lookup is per code, so it is cached
            # with a threshold of 0 and the item's price is checked below.
            self._life_cache[code] = depreciable_life(
                code,
                acquisition_value,
                self.office.useful_life,
                threshold_equipment=0,
                threshold_building=0,
            )
        years = self._life_cache[code]
        if years is None:
            return None
        return None if acquisition_value < self._threshold(code) else years

    def _threshold(self, code: str) -> int:
        """The capitalisation threshold of the code's jenis (per code, cached)."""
        found = self._threshold_cache.get(code)
        if found is None:
            found = self._threshold_cache[code] = capitalisation_threshold(
                code, self.office.threshold_equipment, self.office.threshold_building
            )
        return found

    # -- the mutation pass ----------------------------------------------------------------------

    def exists_filter(self, first_day: date) -> Any:
        """Acquired by ``as_of`` and not disposed before ``first_day``."""
        as_of = self.as_of
        if (as_of.month, as_of.day) == (12, 31):
            year_only = Asset.acquisition_year <= as_of.year
        else:  # this year's items with only the year known count from the day they were recorded
            next_day = datetime.combine(as_of + timedelta(days=1), time(), WIB)
            year_only = or_(
                Asset.acquisition_year < as_of.year,
                and_(Asset.acquisition_year == as_of.year, Asset.created_at < next_day),
            )
        acquired = or_(
            Asset.acquisition_date <= as_of,
            and_(Asset.acquisition_date.is_(None), year_only),
        )
        present = or_(Asset.disposed_on.is_(None), Asset.disposed_on > first_day)
        return and_(Asset.unit_id == self._unit_id, acquired, present)

    def _compute_mutation(self) -> None:
        opening_day = self.period_start - timedelta(days=1)
        closing_day = self.as_of
        lines: dict[str, MutationLine] = {}
        at_close: dict[int, _AtClose] = {}
        moved: list[_Moved] = []

        by_code: dict[str, MutationLine] = {}  # a leaf code's objek line, found once

        def line(code: str) -> MutationLine:
            found = by_code.get(code)
            if found is None:
                objek = objek_of(code)
                found = lines.get(objek)
                if found is None:
                    found = lines[objek] = MutationLine(objek, "")
                by_code[code] = found
            return found

        query = select(*_LIGHT_COLUMNS).where(self.exists_filter(opening_day))
        rows = self.connection.execute(query.execution_options(yield_per=5000))
        for asset_id, code, price, acquisition_date, year, disposed_on, created_at in rows:
            acquired_on = acquisition_day(acquisition_date, year, to_wib(created_at).date())
            first = max(acquired_on, opening_day)
            last = closing_day
            if disposed_on is not None and disposed_on <= closing_day:
                last = disposed_on - timedelta(days=1)  # on the register until the day before
            if last < first:
                continue  # acquired and disposed on one day of the period: never on a card
            changes = self.value_changes.get(asset_id, ())
            base = price - sum(change.amount for change in changes) if changes else price
            for segment_code, start, end in self._segments(asset_id, code, first, last):
                target = line(segment_code)
                years = self.useful_years(segment_code, base)
                at_start = depreciation_with_changes(base, acquired_on, years, changes, start)
                at_end = depreciation_with_changes(base, acquired_on, years, changes, end)
                if start == opening_day:
                    target.opening.add(at_start.value, at_start.accumulated)
                else:
                    target.added.add(at_start.value, at_start.accumulated)
                # Improvements and this period's charges while under this code.
                target.added.add(
                    at_end.value - at_start.value,
                    at_end.accumulated - at_start.accumulated,
                    count=0,
                )
                if end == closing_day:
                    target.closing.add(at_end.value, at_end.accumulated)
                else:
                    target.removed.add(at_end.value, at_end.accumulated)
                extra = base < self._threshold(segment_code)
                if extra:  # the same again on the line's ekstrakomptabel part
                    part = target.extra
                    arrived = part.opening if start == opening_day else part.added
                    arrived.add(at_start.value, at_start.accumulated)
                    part.added.add(
                        at_end.value - at_start.value,
                        at_end.accumulated - at_start.accumulated,
                        count=0,
                    )
                    left = part.closing if end == closing_day else part.removed
                    left.add(at_end.value, at_end.accumulated)
                if end == closing_day:
                    at_close[asset_id] = _AtClose(years, at_end, extra)
                if start != opening_day or end != closing_day or at_end.value != at_start.value:
                    moved.append(
                        _Moved(
                            asset_id,
                            segment_code,
                            start,
                            end,
                            start == first,
                            end == last,
                            at_start.value,
                            at_end.value,
                            extra,
                        )
                    )
        names = self._code_names(lines)
        for objek, found in lines.items():
            found.name = names.get(objek, "")
        self._mutation = [lines[code] for code in sorted(lines)]
        self._at_close = at_close
        self._moved = moved

    def _code_names(self, codes: Collection[str]) -> dict[str, str]:
        """Each code's own name (never its jenis's: the Laporan page names the codes without
        one and offers the import before the workbook is made)."""
        return own_names(self.connection, codes)

    def mutation(self) -> list[MutationLine]:
        """Per objek, by code: saldo awal (the day before 1 January), bertambah, berkurang and
        saldo akhir (the position date)."""
        if self._mutation is None:
            self._compute_mutation()
        assert self._mutation is not None
        return self._mutation

    def recap(self) -> list[RecapLine]:
        """Each jenis (subtotal), then its objek lines: the position on ``as_of``."""
        by_jenis: dict[str, list[MutationLine]] = defaultdict(list)
        for found in self.mutation():
            if found.closing.count or found.closing.value:
                by_jenis[found.jenis].append(found)
        names = self._code_names(list(by_jenis))
        recap: list[RecapLine] = []
        for jenis in sorted(by_jenis):
            members = by_jenis[jenis]
            recap.append(
                RecapLine(
                    jenis,
                    names.get(jenis, JENIS_NAMES.get(jenis, "")),
                    True,
                    sum(found.closing.count for found in members),
                    sum(found.closing.value for found in members),
                    sum(found.closing.depreciation for found in members),
                    sum(found.extra.closing.count for found in members),
                    sum(found.extra.closing.value for found in members),
                    sum(found.extra.closing.depreciation for found in members),
                )
            )
            recap += [
                RecapLine(
                    found.code,
                    found.name,
                    False,
                    found.closing.count,
                    found.closing.value,
                    found.closing.depreciation,
                    found.extra.closing.count,
                    found.extra.closing.value,
                    found.extra.closing.depreciation,
                )
                for found in members
            ]
        return recap

    def count(self) -> int:
        """Items on the register on ``as_of``."""
        return sum(found.closing.count for found in self.mutation())

    def movements(self) -> list[ItemMovement]:
        """Each item that came, left or gained value in the period, per code it had then, by
        code and register: the lines behind the Mutasi's bertambah and berkurang."""
        self.mutation()
        opening_day = self.period_start - timedelta(days=1)
        closing_day = self.as_of
        by_id: dict[int, list[_Moved]] = defaultdict(list)
        for moved in self._moved:
            by_id[moved.asset_id].append(moved)
        columns = (
            Asset.id,
            Asset.code,
            Asset.register_number,
            Asset.name,
            Asset.specification,
            Asset.brand_type,
            Asset.acquisition_method,
            Asset.funding_source,
            Asset.acquisition_year,
            Asset.condition,
            Asset.disposed_on,
            Asset.disposal_reason,
            Asset.disposal_decree,
        )
        found: list[ItemMovement] = []
        for chunk in _chunks(sorted(by_id), 500):
            for row in self.connection.execute(select(*columns).where(Asset.id.in_(chunk))):
                asset_id, code, register, name, spec, brand, method, funding, year = row[:9]
                condition, disposed_on, reason, decree = row[9:]
                conditioned = self._later_condition.get(asset_id)
                if conditioned is not None:
                    condition = conditioned.get("from", condition)
                for moved in by_id[asset_id]:
                    there = moved.start == opening_day
                    stays = moved.end == closing_day
                    improved = moved.value_at_end - moved.value_at_start
                    came = "" if there else "acquired" if moved.first else "reclassified"
                    left = "" if stays else "disposed" if moved.last else "reclassified"
                    day_before = moved.start - timedelta(days=1)
                    found.append(
                        ItemMovement(
                            asset_id,
                            moved.code,
                            self.code_on(asset_id, code, register, moved.start)[1],
                            name,
                            spec,
                            brand,
                            method,
                            funding,
                            year,
                            condition,
                            moved.extracomptable,
                            int(there),
                            moved.value_at_start if there else 0,
                            int(not stays),
                            0 if stays else moved.value_at_end,
                            int(not there),
                            improved + (0 if there else moved.value_at_start),
                            int(stays),
                            moved.value_at_end if stays else 0,
                            came,
                            left,
                            self.code_on(asset_id, code, register, day_before)
                            if came == "reclassified"
                            else None,
                            self.code_on(asset_id, code, register, moved.end + timedelta(days=1))
                            if left == "reclassified"
                            else None,
                            improved,
                            disposed_on if left == "disposed" else None,
                            reason if left == "disposed" else "",
                            decree if left == "disposed" else "",
                        )
                    )
        found.sort(key=lambda item: (item.code, item.register_number, item.came != ""))
        return found

    # -- the items --------------------------------------------------------------------------------

    def _closing(self) -> dict[int, _AtClose]:
        if self._at_close is None:
            self._compute_mutation()
        assert self._at_close is not None
        return self._at_close

    def _item(self, row: Any) -> ItemPosition | None:
        """The item of a row of ``_ITEM_COLUMNS`` as it stood on ``as_of`` (None: not then)."""
        asset_id, code, register, _, status, _, room_id, condition, holder, *plain = row
        at_close = self._closing().get(asset_id)
        if at_close is None:
            return None
        if asset_id in self._reclassified:
            code, register = self.code_on(asset_id, code, register, self.as_of)
        moved = self._later_moved.get(asset_id)
        if moved is not None:
            room_id = moved.get("from_room_id")
        conditioned = self._later_condition.get(asset_id)
        if conditioned is not None:
            condition = conditioned.get("from", condition)
        held = self._later_holder.get(asset_id)
        if held is not None:
            holder = held.get("from", holder)
        if status == _DISPOSED:
            status = _ACTIVE  # disposed after the date: on the register then
        # Positional, in the field order of ItemPosition (the plain columns are split around
        # condition … holder_name), because this runs once per item per sheet.
        return ItemPosition._make(
            (
                asset_id,
                code,
                register,
                *plain[:_PLAIN_BEFORE_CONDITION],
                condition,
                status,
                room_id,
                holder,
                *plain[_PLAIN_BEFORE_CONDITION:],
                at_close.position.value,
                at_close.useful_years,
                at_close.position.charge_this_year,
                at_close.position.accumulated,
                at_close.position.book_value,
                at_close.extracomptable,
            )
        )

    def changed_later(self, kinds: Collection[str]) -> set[int]:
        """Items whose sort key on ``as_of`` differs from today's."""
        changed: set[int] = set()
        if "code" in kinds:
            changed.update(
                asset_id
                for asset_id, events in self._reclassified.items()
                if events[-1].occurred_on > self.as_of
            )
        if "room" in kinds:
            changed.update(self._later[EventKind.MOVED.value])
        return changed

    def _stream(self, query: Select[Any], skip: set[int]) -> Iterator[ItemPosition]:
        rows = self.connection.execute(query.execution_options(yield_per=2000))
        for row in rows:
            if row[0] in skip:
                continue
            item = self._item(row)
            if item is not None:
                yield item

    def _positions_of(self, ids: Collection[int]) -> list[ItemPosition]:
        found: list[ItemPosition] = []
        for chunk in _chunks(sorted(ids), 500):
            query = select(*_ITEM_COLUMNS).where(Asset.id.in_(chunk))
            for row in self.connection.execute(query):
                item = self._item(row)
                if item is not None:
                    found.append(item)
        return found

    def items(self, kibs: Collection[str] | None = None) -> Iterator[ItemPosition]:
        """The items on ``as_of`` by code and register, of the given KIBs (all when None)."""
        wanted = set(kibs) if kibs is not None else None
        changed = self.changed_later({"code"})
        query = select(*_ITEM_COLUMNS).where(self.exists_filter(self.as_of))
        if wanted is not None:
            prefixes = [jenis for jenis, kib in KIB_BY_JENIS.items() if kib in wanted]
            query = query.where(or_(*(Asset.code.startswith(f"{p}.") for p in prefixes)))
        query = query.order_by(Asset.code, Asset.register_number)
        late = sorted(
            (item for item in self._positions_of(changed) if wanted is None or item.kib in wanted),
            key=_card_order,
        )
        yield from heapq.merge(self._stream(query, changed), late, key=_card_order)

    def rooms(self) -> list[RoomHeader]:
        """The unit's rooms in KIR order: building, room code, room name."""
        query = (
            select(
                Room.id,
                Room.code,
                Room.name,
                Building.name.label("building"),
                Room.floor,
                Room.responsible_name,
                Room.responsible_nip,
            )
            .outerjoin(Building, Building.id == Room.building_id)
            .where(Room.unit_id == self._unit_id)
        )
        rooms = [
            RoomHeader(
                id=row.id,
                code=row.code,
                name=row.name,
                building=row.building or "",
                floor=row.floor,
                responsible_name=row.responsible_name,
                responsible_nip=row.responsible_nip,
            )
            for row in self.connection.execute(query)
        ]
        rooms.sort(key=lambda room: (room.building, room.code, room.name, room.id))
        return rooms

    def room_items(self) -> Iterator[tuple[RoomHeader, list[ItemPosition]]]:
        """Each room holding KIB B or E items on ``as_of``, with them by code and register."""
        changed = self.changed_later({"code", "room"})
        late: dict[int | None, list[ItemPosition]] = defaultdict(list)
        for item in self._positions_of(changed):
            if item.kib in ROOM_KIBS and item.room_id is not None:
                late[item.room_id].append(item)
        rooms = self.rooms()
        if not rooms:
            return
        # One query in KIR order (the rooms' rank, then code and register), read room by room:
        # a query per room would read the table in random order, several times slower.
        rank = {room.id: index for index, room in enumerate(rooms)}
        query = (
            select(*_ITEM_COLUMNS)
            .where(self.exists_filter(self.as_of), Asset.room_id.is_not(None))
            .order_by(case(rank, value=Asset.room_id, else_=len(rank)), Asset.code)
            .order_by(Asset.register_number)
        )
        stream = (
            item
            for item in self._stream(query, changed)
            if item.kib in ROOM_KIBS and item.room_id in rank
        )
        for room_id, group in itertools.groupby(stream, key=lambda item: item.room_id):
            # Rooms without items of their own but with items moved in later come out below.
            while rooms and rooms[0].id != room_id:
                yield from self._late_room(rooms.pop(0), [], late)
            yield from self._late_room(rooms.pop(0), list(group), late)
        for room in rooms:
            yield from self._late_room(room, [], late)

    @staticmethod
    def _late_room(
        room: RoomHeader,
        current: list[ItemPosition],
        late: dict[int | None, list[ItemPosition]],
    ) -> Iterator[tuple[RoomHeader, list[ItemPosition]]]:
        moved_in = sorted(late.get(room.id, ()), key=_card_order)
        items = list(heapq.merge(current, moved_in, key=_card_order)) if moved_in else current
        if items:
            yield room, items


def _card_order(item: ItemPosition) -> tuple[str, int]:
    return item.code, item.register_number


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


@contextmanager
def inventory_snapshot(
    db: Database,
    actor: Actor,
    year: int,
    as_of: date | None = None,
    unit_id: int | None = None,
) -> Iterator[InventorySnapshot]:
    """The register of the actor's unit (or ``unit_id``) on ``as_of`` (31 December of ``year``
    unless given, and then within that year), read in one transaction."""
    require(actor, Permission.VIEW)
    narrowed, unit = unit_actor(actor, unit_id)
    office = get_office_settings(db, narrowed, unit)
    day = as_of or date(year, 12, 31)
    if day.year != year:
        raise ValueError(f"the position date {day} is not in {year}")
    with db.read_connection() as connection:
        if connection.dialect.name == "postgresql":
            # Every sheet must see the same data, also while other PCs keep saving.
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        yield InventorySnapshot(connection, office, year, day)


__all__ = [
    "Amounts",
    "Balances",
    "InventorySnapshot",
    "ItemMovement",
    "ItemPosition",
    "MutationLine",
    "RecapLine",
    "RoomHeader",
    "inventory_snapshot",
    "jenis_of",
    "objek_of",
]
