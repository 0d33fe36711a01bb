"""The demo office's stock-take: last year's inventarisasi, finished, with a few of each finding.

Most items were found where the register has them; a few in another room, a couple not at all,
one lost, one in another condition, one with other data, one used by an employee, one recorded
twice, one item that is not in the register and one code nobody knows. Two follow-ups were
applied after the count (a move and a condition); the rest wait for someone.

Like the rest of the demo it goes in with bulk Core inserts in the demo's transaction. The scans
carry last year's times (office hours, room after room), as if the team had counted then; the
register rows are planned before they are inserted, so an applied follow-up already shows in them
and their search words.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from inventaris.catalog import kib_of
from inventaris.core.search import code_register
from inventaris.core.timeutil import WIB
from inventaris.labels import qr_payload
from inventaris.model import (
    AssetEvent,
    Stocktake,
    StocktakeFollowUp,
    StocktakeItem,
    StocktakePlace,
    StocktakeScan,
    Unit,
    User,
)
from inventaris.stocktake.types import OUTSIDE_ROOMS, PLACE_OUTSIDE_ROOMS

LAPTOP, TABLET = "1.3.2.10.01.02.002", "1.3.2.10.01.02.009"
SWIVEL_CHAIR, PLAIN_CHAIR, SPLIT_AC = (
    "1.3.2.05.02.01.032",
    "1.3.2.05.02.01.033",
    "1.3.2.05.02.04.004",
)
COUNTERS = ("pengurus", "sekretariat")  # the demo users who scanned, room about room
DAY_START, DAY_END = time(8, 30), time(15, 30)  # WIB: the team counts in office hours


@dataclass
class _Check:
    """One expected item and what the team made of it."""

    row: dict[str, Any]
    recorded: dict[str, Any]  # the register as it was at the count (asset_id filled later)
    found_in: int | None  # the place it was found; None: not found, or lost
    method: str = "scan"
    presence: str = ""
    answer: dict[str, Any] = field(default_factory=dict)
    duplicate: bool = False  # scanned twice in the same room


@dataclass
class DemoStocktake:
    """What the demo inserts once the register rows have their ids."""

    year: int
    decree_number: int
    decree_date: date
    started_on: date
    ends_on: date
    checks: list[_Check]
    findings: list[dict[str, Any]]  # not in the register, or an unknown code (scanned)
    followups: list[tuple[str, _Check, date, dict[str, Any]]]  # kind, item, day, event details
    place_names: dict[int, str]


def _working_day(day: date, forward: bool = True) -> date:
    step = timedelta(days=1 if forward else -1)
    while day.weekday() >= 5:
        day += step
    return day


def _place(row: dict[str, Any]) -> int:
    return int(row["room_id"]) if row["room_id"] is not None else OUTSIDE_ROOMS


def _recorded(row: dict[str, Any], place_names: dict[int, str]) -> dict[str, Any]:
    """The register's answer for one item, as ``stocktake.ledger.snapshot`` keeps it."""
    return {
        "asset_id": 0,
        "code": row["code"],
        "register_number": row["register_number"],
        "name": row["name"],
        "brand_type": row["brand_type"],
        "specification": row["specification"],
        "condition": row["condition"],
        "place": _place(row),
        "place_name": place_names[_place(row)],
        "status": "aktif",  # it was in use at the count, even if disposed of since
        "price": row["price"],
        "acquisition_year": row["acquisition_year"],
        "plate_number": row["plate_number"],
        "holder_name": row["holder_name"],
    }


def plan_demo_stocktake(
    rows: list[dict[str, Any]],
    room_names: dict[int, str],
    names_by_code: dict[str, tuple[str, ...]],
    today: date,
    seed: int,
) -> DemoStocktake | None:
    """Last year's count of ``rows`` (before they are inserted). Applies the follow-ups done
    since to the rows (a move, a condition), so insert them after this."""
    year = today.year - 1
    started_on = _working_day(date(year, 9, 1))
    ends_on = _working_day(started_on + timedelta(days=32), forward=False)
    place_names = {OUTSIDE_ROOMS: PLACE_OUTSIDE_ROOMS, **room_names}
    present = [
        row
        for row in rows
        if row["acquisition_date"] < started_on
        and (row["disposed_on"] is None or row["disposed_on"] > ends_on)
    ]
    if not present:
        return None
    rng = random.Random(seed * 7_919 + 19)
    checks = {
        id(row): _Check(row, _recorded(row, place_names), _place(row), _method(row))
        for row in present
    }
    # The findings are made of items still in use today, in rooms.
    candidates = [row for row in present if row["room_id"] is not None and row["status"] == "aktif"]
    rng.shuffle(candidates)
    taken: set[int] = set()
    rooms = sorted(room_names)

    def take(wanted: Callable[[dict[str, Any]], bool] = lambda row: True) -> _Check | None:
        for row in candidates:
            if id(row) not in taken and wanted(row):
                taken.add(id(row))
                return checks[id(row)]
        return None

    def elsewhere(check: _Check) -> int:
        return rng.choice([room for room in rooms if room != check.row["room_id"]])

    misplaced = [check for check in (take() for _ in range(3)) if check is not None]
    for check in misplaced:
        check.found_in = elsewhere(check) if len(rooms) > 1 else check.found_in
    if (lost := take(lambda row: row["code"] in (TABLET, LAPTOP))) is not None:
        lost.found_in, lost.presence = None, "hilang"
        lost.answer["note"] = (
            f"Dilaporkan hilang; Laporan Polisi No. LP/B/{rng.randint(100, 499)}/IX/{year}/"
            "SPKT/Polres Langkat"
        )
    for _ in range(2):
        if (gone := take(lambda row: kib_of(row["code"]) == "B")) is not None:
            gone.found_in, gone.presence = None, "tidak_ditemukan"
    worn = take(lambda row: row["condition"] == "B" and row["code"] == SWIVEL_CHAIR) or take(
        lambda row: row["condition"] == "B"
    )
    if worn is not None:
        worn.answer.update(observed_condition="RR", note="Sandaran dan roda rusak")
    other = take(lambda row: len(names_by_code.get(row["code"], ())) > 1)
    if other is not None:
        brand = next(n for n in names_by_code[other.row["code"]] if n != other.row["brand_type"])
        other.answer.update(
            corrections={"brand_type": brand}, note="Merk/tipe pada barang berbeda dengan KIB"
        )
    user = take(lambda row: row["code"] == LAPTOP and bool(row["holder_nip"]))
    if user is not None:
        user.answer.update(
            user_kind="employee",
            user_name=user.row["holder_name"],
            user_nip=user.row["holder_nip"],
            user_document=f"BAST No. 027/{rng.randint(10, 99)}/BU/{year - 1}",
        )
    _recorded_twice(take, candidates, taken)
    for twice in (take(), take()):  # read twice by the scanner: counted once
        if twice is not None:
            twice.duplicate = True
    for unlabelled in (take(), take()):  # the label came off: ticked by hand from the KIR
        if unlabelled is not None:
            unlabelled.method = "manual"
    findings = _findings(rng, rooms, year)
    followups = []
    if misplaced and misplaced[0].found_in != misplaced[0].row["room_id"]:
        moved = misplaced[0]
        to_room = moved.found_in
        assert to_room is not None
        details = {
            "from_room_id": moved.row["room_id"],
            "from_room": place_names[_place(moved.row)],
            "to_room_id": to_room,
            "to_room": place_names[to_room],
        }
        followups.append(("move", moved, _working_day(ends_on + timedelta(days=10)), details))
        moved.row["room_id"] = to_room
    if worn is not None:
        details = {"from": worn.row["condition"], "to": "RR"}
        followups.append(("condition", worn, _working_day(ends_on + timedelta(days=17)), details))
        worn.row["condition"] = "RR"
    return DemoStocktake(
        year=year,
        decree_number=rng.randint(200, 899),
        decree_date=_working_day(started_on - timedelta(days=11), forward=False),
        started_on=started_on,
        ends_on=ends_on,
        checks=list(checks.values()),
        findings=findings,
        followups=followups,  # weeks after the count: long before today
        place_names=place_names,
    )


def _method(row: dict[str, Any]) -> str:
    # Land and buildings carry no label: the team ticks them off the list.
    return "manual" if kib_of(row["code"]) in ("A", "C") else "scan"


def _recorded_twice(
    take: Callable[[Callable[[dict[str, Any]], bool]], _Check | None],
    candidates: list[dict[str, Any]],
    taken: set[int],
) -> None:
    """One item entered twice in the register: the second row has nothing to be found."""
    for row in candidates:
        if id(row) in taken:
            continue

        def same(other: dict[str, Any], first: dict[str, Any] = row) -> bool:
            same_place = other["room_id"] == first["room_id"]
            return other is not first and other["code"] == first["code"] and same_place

        twin = take(same)
        if twin is None:
            continue
        taken.add(id(row))  # the first row is found as usual
        twin.found_in, twin.presence = None, "tidak_ditemukan"
        twin.answer.update(
            twin=code_register(row["code"], row["register_number"]),
            note="Satu barang tercatat dua kali di KIB",
        )
        return


def _findings(rng: random.Random, rooms: list[int], year: int) -> list[dict[str, Any]]:
    if not rooms:
        return []
    return [
        {
            "place": rng.choice(rooms),
            "scanned": "",
            "code": SPLIT_AC,
            "name": "AC Split",
            "brand_type": "Daikin 1 PK",
            "specification": "FTV25BXV14, 9.000 BTU",
            "acquisition_year": year - 1,
            "estimated_value": 4_750_000,
            "observed_condition": "B",
            "note": f"Dipasang bersama renovasi ruangan tahun {year - 1}; belum dicatat di KIB",
        },
        {
            # An old sticker (before Permendagri 108/2016): no item carries that code.
            "place": rng.choice(rooms),
            "scanned": f"02.06.02.01.{rng.randint(10, 60):02d}/{rng.randint(1, 200):04d}",
            "code": "",
            "name": "",
            "brand_type": "",
            "specification": "",
            "acquisition_year": None,
            "estimated_value": None,
            "observed_condition": "",
            "note": "",
        },
    ]


def _at(day: date, seconds: float) -> datetime:
    return datetime.combine(day, DAY_START, tzinfo=WIB) + timedelta(seconds=seconds)


class _Timeline:
    """The count's clock: scans follow each other in office hours, working day after day."""

    def __init__(self, first: date, last: date, items: int, rng: random.Random) -> None:
        days = sum(
            1 for n in range((last - first).days + 1) if (first + timedelta(n)).weekday() < 5
        )
        span = (DAY_END.hour - DAY_START.hour) * 3600 + (DAY_END.minute - DAY_START.minute) * 60
        # Up to two minutes an item (the team looks at each one), so that the count fills about
        # two thirds of its weeks; faster in a large office.
        self.step = min(120.0, 0.65 * days * span / max(items, 1))
        self.span = span
        self.day = first
        self.seconds = 600.0
        self.rng = rng

    def next(self, pause: float = 0.0) -> datetime:
        self.seconds += self.step * self.rng.uniform(0.5, 1.5) + pause
        if self.seconds > self.span:
            self.day = _working_day(self.day + timedelta(days=1))
            self.seconds = self.rng.uniform(0, 900)
        return _at(self.day, self.seconds).astimezone(UTC)


def insert_demo_stocktake(
    connection: Connection, plan: DemoStocktake, unit_id: int, seed: int
) -> None:
    """Insert the planned stock-take; the register rows have their ids by now."""
    rng = random.Random(seed * 6_151 + 23)
    for check in plan.checks:
        check.recorded["asset_id"] = check.row["id"]
    found: dict[int, list[_Check]] = {}
    missing: dict[int, list[_Check]] = {}
    for check in plan.checks:
        if check.found_in is not None:
            found.setdefault(check.found_in, []).append(check)
        else:
            missing.setdefault(int(check.recorded["place"]), []).append(check)
    created_at = _at(plan.started_on, -30 * 60).astimezone(UTC)
    stocktake_id = _insert_stocktake(connection, plan, unit_id, created_at)
    # Rooms by their code, then what stands outside rooms (vehicles, land, buildings).
    places = sorted(plan.place_names, key=lambda place: (place == OUTSIDE_ROOMS, place))
    clock = _Timeline(plan.started_on, plan.ends_on, len(plan.checks), rng)
    scans: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []
    closed: list[dict[str, Any]] = []
    for number, place in enumerate(places):
        who = COUNTERS[number % len(COUNTERS)]
        here = sorted(found.get(place, []), key=lambda c: (c.row["code"], c.row["register_number"]))
        for check in here:
            scans.append(_scan(stocktake_id, place, check, clock.next(), who, "found"))
            if check.duplicate:
                scans.append(_scan(stocktake_id, place, check, clock.next(), who, "duplicate"))
            if check.answer:
                answers.append(_answer(stocktake_id, check, clock.next(60), who))
        for finding in (f for f in plan.findings if f["place"] == place):
            moment = clock.next(120)
            if finding["scanned"]:
                scans.append(_unknown_scan(stocktake_id, finding, moment, who))
            answers.append(_finding(stocktake_id, finding, moment, who))
        if not here and place not in missing:
            continue  # nothing counted here: closed when the count is finished
        closed_at = clock.next(300)  # the room is closed: the rest is confirmed not found
        answers.extend(
            _answer(stocktake_id, check, closed_at, who) for check in missing.get(place, [])
        )
        closed.append(_closed(stocktake_id, place, closed_at, who))
    finished = max(clock.next(1800), _at(plan.ends_on, 6 * 3600).astimezone(UTC))
    done = {row["place"] for row in closed}
    closed.extend(
        _closed(stocktake_id, place, finished, COUNTERS[0]) for place in places if place not in done
    )
    connection.execute(insert(StocktakeScan), scans)
    if answers:
        connection.execute(insert(StocktakeItem), answers)
    connection.execute(insert(StocktakePlace), closed)
    connection.execute(
        update(Stocktake)
        .where(Stocktake.id == stocktake_id)
        .values(closed_at=finished, closed_by=COUNTERS[0], row_version=2)
    )
    _insert_followups(connection, plan, stocktake_id)


def _team(connection: Connection, unit_id: int) -> list[dict[str, str]]:
    """The team named in the decree: the head of the unit, the Pengurus Barang and a clerk."""
    head, head_nip, custodian, custodian_nip = connection.execute(
        select(Unit.head_name, Unit.head_nip, Unit.custodian_name, Unit.custodian_nip).where(
            Unit.id == unit_id
        )
    ).one()
    team = [
        {"name": head, "nip": head_nip, "role": "Ketua"},
        {"name": custodian, "nip": custodian_nip, "role": "Sekretaris"},
    ]
    clerk = connection.execute(
        select(User.full_name, User.nip).where(User.username == COUNTERS[1])
    ).first()
    if clerk is not None:
        team.append({"name": clerk.full_name, "nip": clerk.nip, "role": "Anggota"})
    return team


def _insert_stocktake(
    connection: Connection, plan: DemoStocktake, unit_id: int, created_at: datetime
) -> int:
    key = connection.execute(
        insert(Stocktake).values(
            unit_id=unit_id,
            name=f"Inventarisasi BMD {plan.year}",
            decree_number=f"032/{plan.decree_number}/BU/{plan.year}",
            decree_date=plan.decree_date,
            started_on=plan.started_on,
            ends_on=plan.ends_on,
            kibs="",
            team=_team(connection, unit_id),
            created_at=created_at,
            created_by=COUNTERS[0],
            row_version=1,
        )
    ).inserted_primary_key
    assert key is not None
    return int(key[0])


def _scan(
    stocktake_id: int, place: int, check: _Check, moment: datetime, who: str, result: str
) -> dict[str, Any]:
    row = check.row
    label = code_register(row["code"], row["register_number"])
    if result == "found" and place != check.recorded["place"]:
        result = "misplaced"
    scanned = (
        label if check.method == "manual" else qr_payload(row["label_key"], label, row["name"])
    )
    return {
        "stocktake_id": stocktake_id,
        "place": place,
        "asset_id": row["id"],
        "scanned": scanned,
        "method": check.method,
        "result": result,
        "recorded": check.recorded,
        "scanned_at": moment,
        "scanned_by": who,
    }


def _unknown_scan(
    stocktake_id: int, finding: dict[str, Any], moment: datetime, who: str
) -> dict[str, Any]:
    return {
        "stocktake_id": stocktake_id,
        "place": finding["place"],
        "asset_id": None,
        "scanned": finding["scanned"],
        "method": "scan",
        "result": "unknown",
        "recorded": None,
        "scanned_at": moment,
        "scanned_by": who,
    }


_ANSWER_DEFAULTS: dict[str, Any] = {
    "place": None,
    "presence": "",
    "recorded": None,
    "observed_condition": "",
    "corrections": {},
    "user_kind": "",
    "user_name": "",
    "user_nip": "",
    "user_document": "",
    "twin": "",
    "land_not_owned": False,
    "note": "",
    "scanned": "",
    "code": "",
    "name": "",
    "brand_type": "",
    "specification": "",
    "quantity": 1,
    "acquisition_year": None,
    "estimated_value": None,
    "improvement": False,
    "improvement_of": "",
    "registered_asset_id": None,
    "row_version": 1,
}


def _answer(stocktake_id: int, check: _Check, moment: datetime, who: str) -> dict[str, Any]:
    """What the team wrote of a register item; an item not found keeps the register's answer."""
    return {
        **_ANSWER_DEFAULTS,
        **check.answer,
        "stocktake_id": stocktake_id,
        "asset_id": check.row["id"],
        "presence": check.presence,
        "recorded": check.recorded if check.presence else None,
        "answered_at": moment,
        "answered_by": who,
    }


def _finding(
    stocktake_id: int, finding: dict[str, Any], moment: datetime, who: str
) -> dict[str, Any]:
    return {
        **_ANSWER_DEFAULTS,
        **finding,
        "stocktake_id": stocktake_id,
        "asset_id": None,
        "answered_at": moment,
        "answered_by": who,
    }


def _closed(stocktake_id: int, place: int, moment: datetime, who: str) -> dict[str, Any]:
    return {"stocktake_id": stocktake_id, "place": place, "closed_at": moment, "closed_by": who}


def _insert_followups(connection: Connection, plan: DemoStocktake, stocktake_id: int) -> None:
    """The follow-ups applied after the count, each an ordinary dated event."""
    for kind, check, day, details in plan.followups:
        moment = datetime.combine(day, time(10, 15), tzinfo=WIB).astimezone(UTC)
        connection.execute(
            insert(AssetEvent).values(
                asset_id=check.row["id"],
                kind="moved" if kind == "move" else "condition_changed",
                occurred_on=day,
                recorded_at=moment,
                recorded_by=COUNTERS[0],
                amount=None,
                details=details,
                note=f"Tindak lanjut inventarisasi: Inventarisasi BMD {plan.year}",
            )
        )
        connection.execute(
            insert(StocktakeFollowUp).values(
                stocktake_id=stocktake_id,
                kind=kind,
                asset_id=check.row["id"],
                item_id=None,
                done_on=day,
                done_at=moment,
                done_by=COUNTERS[0],
            )
        )
