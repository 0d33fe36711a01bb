"""The results, derived from the checks and answers, never typed twice (BMD.md §11): the LHI
lists III.B.1-III.B.11, the recap per KIB and the counts. One item may be on several lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.catalog import kib_of
from inventaris.core.db import Database
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.core.timeutil import to_wib
from inventaris.model import StocktakeItem, StocktakeScan
from inventaris.stocktake.counting import finding_view
from inventaris.stocktake.ledger import (
    Ledger,
    expects,
    live_items,
    load_ledger,
    load_stocktake,
)
from inventaris.stocktake.sessions import stocktake_view
from inventaris.stocktake.types import (
    CHECKED_FIELDS,
    Counts,
    FindingView,
    ItemCheck,
    Presence,
    Recorded,
    StocktakeView,
    UserKind,
)

# The LHI lists of Permendagri 47/2021 (the printed titles are Indonesian document text).
LHI_LISTS = {
    "III.B.1": "Daftar Barang Hilang",
    "III.B.2": "Daftar Barang Tidak Ditemukan",
    "III.B.3": "Daftar Barang Hasil Perbaikan yang Belum Dikapitalisasi (Induk Diketahui)",
    "III.B.4": "Daftar Barang Hasil Perbaikan yang Belum Dikapitalisasi (Induk Tidak Diketahui)",
    "III.B.5": "Daftar Barang yang Digunakan oleh Pegawai",
    "III.B.6": "Daftar Barang yang Digunakan oleh Pemerintah atau Pihak Lain",
    "III.B.7": "Daftar Barang yang Berubah Kondisi",
    "III.B.8": "Daftar Barang yang Berubah Data",
    "III.B.9": "Daftar Barang yang Tercatat Ganda",
    "III.B.10": "Daftar Bangunan di atas Tanah Pihak Lain",
    "III.B.11": "Daftar Barang Belum Tercatat",
}
# Printed names of the checked fields (the Indonesian document words of CHECKED_FIELDS).
PRINTED_FIELD_NAMES = {
    "code": "Kode barang",
    "name": "Nama barang",
    "specification": "Spesifikasi",
    "quantity_unit": "Satuan",
    "address": "Alamat",
    "brand_type": "Merk/Tipe",
    "plate_number": "Nomor polisi",
    "chassis_number": "Nomor rangka",
    "engine_number": "Nomor mesin",
    "bpkb_number": "Nomor BPKB",
    "room": "Ruangan",
}
assert set(PRINTED_FIELD_NAMES) == {*CHECKED_FIELDS, "room"}


@dataclass(frozen=True)
class ResultRow:
    """One line of an LHI list: a register item as recorded, or a finding."""

    code: str
    register_number: int | None  # None: not in the register
    name: str
    brand_type: str
    place_name: str  # where the register has it (a finding: where it was seen)
    recorded_condition: str  # B, RR, RB ("" for a finding)
    observed_condition: str
    acquisition_year: int | None
    value: int | None  # the register's price, or a finding's estimated value
    detail: str  # what the list is about: what changed, who uses it, the twin …
    note: str
    asset_id: int | None = None
    finding_id: int | None = None

    @property
    def code_register(self) -> str:
        if self.register_number is None:
            return self.code
        return code_register(self.code, self.register_number)


@dataclass(frozen=True)
class KibRecap:
    kib: str
    expected: int  # in the register
    found: int
    not_found: int
    misplaced: int
    not_recorded: int


@dataclass(frozen=True)
class StocktakeResults:
    stocktake: StocktakeView
    counts: Counts
    lists: dict[str, tuple[ResultRow, ...]]  # by LHI number, every list (maybe empty)
    recap: tuple[KibRecap, ...]  # A to F, the KIBs counted
    checks: tuple[ItemCheck, ...]  # every expected item, as the working sheet has it
    findings: tuple[FindingView, ...]
    places_counted: int
    places_closed: int
    made_at: datetime
    # Every place of the unit: (code, name), OUTSIDE_ROOMS included; for the papers.
    places: dict[int, tuple[str, str]] = field(default_factory=dict)

    @property
    def made_on(self) -> date:
        return to_wib(self.made_at).date()


def _condition_word(code: str) -> str:
    return PRINTED_CONDITION_WORDS[Condition(code)] if code else ""


def _row(recorded: Recorded, check: ItemCheck, detail: str, note: str = "") -> ResultRow:
    return ResultRow(
        code=recorded.code,
        register_number=recorded.register_number,
        name=recorded.name,
        brand_type=recorded.brand_type,
        place_name=recorded.place_name,
        recorded_condition=recorded.condition,
        observed_condition=check.observed_condition,
        acquisition_year=recorded.acquisition_year,
        value=recorded.price,
        detail=detail,
        note=note or check.note,
        asset_id=recorded.asset_id,
    )


def _finding_row(finding: FindingView, detail: str) -> ResultRow:
    return ResultRow(
        code=finding.code,
        register_number=None,
        name=finding.name or finding.scanned,
        brand_type=finding.brand_type,
        place_name=finding.place_name,
        recorded_condition="",
        observed_condition=finding.condition,
        acquisition_year=finding.acquisition_year,
        value=finding.estimated_value,
        detail=detail,
        note=finding.note,
        finding_id=finding.id,
    )


def _expected_checks(session: Session, ledger: Ledger) -> list[ItemCheck]:
    settled = [
        ledger.check(recorded)
        for recorded in ledger.settled()
        if expects(ledger.stocktake, ledger.rooms, recorded)
    ]
    live = [ledger.check(recorded) for recorded in live_items(session, ledger)]
    return sorted(settled + live, key=lambda row: (row.recorded.code, row.recorded.register_number))


def _lists(
    ledger: Ledger, checks: list[ItemCheck], findings: list[FindingView]
) -> dict[str, list[ResultRow]]:
    lists: dict[str, list[ResultRow]] = {number: [] for number in LHI_LISTS}
    seen = {check.recorded.asset_id for check in checks}
    # Items of places outside the scope found in it: they are answered like the others.
    strangers = [
        ledger.check(recorded)
        for found, recorded, _method in ledger.first_check.values()
        if recorded.asset_id not in seen
    ]
    for check in [*checks, *strangers]:
        recorded = check.recorded
        answer = ledger.answers.get(recorded.asset_id)
        found = check.found_place is not None
        if not found and check.presence == Presence.LOST:
            lists["III.B.1"].append(_row(recorded, check, "Hilang"))
        elif not found and recorded.asset_id in seen:
            lists["III.B.2"].append(_row(recorded, check, "Tidak ditemukan"))
        if answer is None and not check.misplaced:
            continue
        if answer is not None and answer.user_kind == UserKind.EMPLOYEE:
            who = answer.user_name + (f", NIP {answer.user_nip}" if answer.user_nip else "")
            if answer.user_document:
                who += f"; {answer.user_document}"
            lists["III.B.5"].append(_row(recorded, check, who))
        if answer is not None and answer.user_kind == UserKind.OTHER:
            who = answer.user_name
            who += f"; {answer.user_document}" if answer.user_document else "; tanpa dokumen"
            lists["III.B.6"].append(_row(recorded, check, who))
        if check.observed_condition and check.observed_condition != recorded.condition:
            change = (
                f"{_condition_word(recorded.condition)} menjadi "
                f"{_condition_word(check.observed_condition)}"
            )
            lists["III.B.7"].append(_row(recorded, check, change))
        changes = []
        if check.misplaced and check.found_place is not None:
            changes.append(
                f"{PRINTED_FIELD_NAMES['room']}: {recorded.place_name or '-'} seharusnya "
                f"{ledger.place_name(check.found_place)}"
            )
        if answer is not None:
            changes.extend(
                f"{PRINTED_FIELD_NAMES[key]}: seharusnya {value}"
                for key, value in (answer.corrections or {}).items()
            )
        if changes:
            lists["III.B.8"].append(_row(recorded, check, "; ".join(changes)))
        if answer is not None and answer.twin:
            lists["III.B.9"].append(_row(recorded, check, f"Tercatat ganda dengan {answer.twin}"))
        if answer is not None and answer.land_not_owned:
            lists["III.B.10"].append(_row(recorded, check, "Di atas tanah pihak lain"))
    for finding in findings:
        if finding.improvement and finding.improvement_of:
            lists["III.B.3"].append(_finding_row(finding, f"Induk: {finding.improvement_of}"))
        elif finding.improvement:
            lists["III.B.4"].append(_finding_row(finding, "Induk tidak diketahui"))
        else:
            detail = f"Kode terbaca: {finding.scanned}" if finding.scanned else ""
            lists["III.B.11"].append(_finding_row(finding, detail))
    return lists


def _recap(
    ledger: Ledger, checks: list[ItemCheck], findings: list[FindingView]
) -> tuple[KibRecap, ...]:
    kibs = ledger.stocktake.kibs.split(",") if ledger.stocktake.kibs else list("ABCDEF")
    table = {kib: [0, 0, 0, 0, 0] for kib in kibs}
    for check in checks:
        kib = kib_of(check.recorded.code)
        if kib not in table:
            continue
        row = table[kib]
        row[0] += 1
        if check.found_place is not None:
            row[1] += 1
            row[3] += int(check.misplaced)
        else:
            row[2] += 1
    for finding in findings:
        kib = kib_of(finding.code) if finding.code else None
        table.setdefault(kib or "?", [0, 0, 0, 0, 0])[4] += 1
    return tuple(KibRecap(kib, *values) for kib, values in table.items())


def _unknown_count(session: Session, stocktake_id: int) -> int:
    """Findings: codes no item carries and items found without a label."""
    return int(
        session.scalar(
            select(func.count()).where(
                StocktakeItem.stocktake_id == stocktake_id, StocktakeItem.asset_id.is_(None)
            )
        )
        or 0
    )


def _counts(ledger: Ledger, checks: list[ItemCheck], unknown: int) -> Counts:
    expected = len(checks)
    found = sum(1 for check in checks if check.found_place is not None)
    misplaced = sum(
        1
        for found_place, recorded, _method in ledger.first_check.values()
        if found_place != recorded.place
    )
    return Counts(expected, found, expected - found, misplaced, unknown)


def stocktake_counts(db: Database, actor: Actor, stocktake_id: int) -> Counts:
    """expected, found, not found (not checked, before or after a room is closed), misplaced
    (found in another place than the register's), unknown (findings not in the register)."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        ledger = load_ledger(session, stocktake)
        return _counts(
            ledger, _expected_checks(session, ledger), _unknown_count(session, stocktake_id)
        )


def stocktake_results(db: Database, actor: Actor, stocktake_id: int) -> StocktakeResults:
    require(actor, Permission.VIEW)
    with db.read() as session:
        stocktake = load_stocktake(session, actor, stocktake_id)
        ledger = load_ledger(session, stocktake)
        checks = _expected_checks(session, ledger)
        findings = [
            finding_view(item, ledger.place_name(item.place or 0))
            for item in session.scalars(
                select(StocktakeItem)
                .where(StocktakeItem.stocktake_id == stocktake_id, StocktakeItem.asset_id.is_(None))
                .order_by(StocktakeItem.id)
            )
        ]
        places_counted = len(
            set(
                session.scalars(
                    select(StocktakeScan.place).where(StocktakeScan.stocktake_id == stocktake_id)
                )
            )
        )
        lists = _lists(ledger, checks, findings)
        return StocktakeResults(
            stocktake=stocktake_view(session, stocktake),
            counts=_counts(ledger, checks, len(findings)),
            lists={number: tuple(rows) for number, rows in lists.items()},
            recap=_recap(ledger, checks, findings),
            checks=tuple(checks),
            findings=tuple(findings),
            places_counted=places_counted,
            places_closed=len(ledger.closed_places),
            made_at=db.clock(),
            places=dict(ledger.names),
        )
