"""Stock-take by scanning (BMD.md §11): checks, answers, the LHI lists, the recap and the
follow-ups, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import func, select

from inventaris.assets.editing import create_assets, get_asset
from inventaris.assets.events import asset_history, change_condition, dispose_assets, move_assets
from inventaris.assets.types import AssetView, EventKind
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, PermissionDenied, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.labels import qr_payload
from inventaris.model import Asset, StocktakeScan
from inventaris.stocktake.answers import (
    answer_item,
    get_answer,
    list_findings,
    record_finding,
    remove_finding,
)
from inventaris.stocktake.counting import close_place, place_list, places, scan, tick, untick
from inventaris.stocktake.followups import apply_followup, list_followups
from inventaris.stocktake.results import LHI_LISTS, stocktake_counts, stocktake_results
from inventaris.stocktake.sessions import (
    finish_stocktake,
    get_stocktake,
    list_stocktakes,
    start_stocktake,
    update_stocktake,
)
from inventaris.stocktake.types import (
    OUTSIDE_ROOMS,
    AnswerInput,
    FindingInput,
    FollowUpKind,
    ScanResult,
    StocktakeInput,
    TeamMember,
)
from tests.conftest import filled
from tests.support.builders import a_room, chair, first_admin, user_with_role, vehicle

LAPTOP = "1.3.2.10.01.02.002"


@dataclass
class Office:
    admin: Actor
    rooms: dict[str, int]
    chairs: list[AssetView]  # 3 in R.01
    laptops: list[AssetView]  # 2 in R.02
    car: AssetView  # outside rooms


@pytest.fixture
def office(request: pytest.FixtureRequest, db: Database) -> Office:
    """Made once per backend and copied (``filled`` in tests/conftest.py)."""
    return filled(request, db, _office)


def _office(db: Database) -> Office:
    admin = first_admin(db)
    rooms = {
        "R.01": a_room(db, admin, "R.01", "Ruang Kabag"),
        "R.02": a_room(db, admin, "R.02", "Ruang Rapat"),
    }
    chairs = create_assets(db, admin, chair(room_id=rooms["R.01"]), 3)
    laptops = create_assets(
        db,
        admin,
        chair(
            code=LAPTOP, name="Laptop", brand_type="Lenovo", price=14_500_000, room_id=rooms["R.02"]
        ),
        2,
    )
    (car,) = create_assets(db, admin, vehicle())
    return Office(admin, rooms, chairs, laptops, car)


def _start(db: Database, office: Office, **changes: object) -> int:
    data = StocktakeInput(
        name="Inventarisasi 2026",
        decree_number="030/123/BU/2026",
        decree_date=date(2026, 3, 1),
        team=(TeamMember("Ahmad Siregar", "197001011995031001", "Ketua"),),
    )
    for key, value in changes.items():
        data = StocktakeInput(**{**data.__dict__, key: value})
    return start_stocktake(db, office.admin, data).id


def _label(db: Database, asset: AssetView) -> str:
    """The line a scanner types for the item's printed QR label."""
    with db.read() as session:
        key = session.scalar(select(Asset.label_key).where(Asset.id == asset.id))
    assert key is not None
    return qr_payload(key, asset.code_register, asset.name)


def test_scans_find_misplace_repeat_and_keep_unknown_codes(db: Database, office: Office) -> None:
    number = _start(db, office)
    r1 = office.rooms["R.01"]
    first = scan(db, office.admin, number, r1, _label(db, office.chairs[0]))
    assert first.result is ScanResult.FOUND and first.name == "Kursi besi"
    again = scan(db, office.admin, number, r1, office.chairs[0].code_register)
    assert again.result is ScanResult.DUPLICATE
    wrong = scan(db, office.admin, number, r1, office.laptops[0].code_register)
    assert wrong.result is ScanResult.MISPLACED and wrong.expected_place_name == "Ruang Rapat"
    unknown = scan(db, office.admin, number, r1, "INV:ZZZZZZZZZZ 9.9.9 Meja")
    assert unknown.result is ScanResult.UNKNOWN
    assert (
        scan(db, office.admin, number, r1, "INV:ZZZZZZZZZZ 9.9.9 Meja").result
        is ScanResult.DUPLICATE
    )
    by_hand = tick(db, office.admin, number, r1, office.chairs[1].id)
    assert by_hand.result is ScanResult.FOUND

    counts = stocktake_counts(db, office.admin, number)
    # 3 chairs + 2 laptops + the car; found: 2 chairs and 1 laptop (misplaced), counted once each
    assert counts.expected == 6 and counts.found == 3 and counts.not_found == 3
    assert counts.misplaced == 1 and counts.unknown == 1
    assert counts.found + counts.not_found == counts.expected

    room = place_list(db, office.admin, number, r1)
    assert room.progress.expected == 3 and room.progress.checked == 2
    assert room.progress.misplaced_here == 1
    assert [row.method for row in room.items] == ["scan", "manual", ""]
    assert [row.recorded.name for row in room.strangers] == ["Laptop"]
    assert [finding.scanned for finding in room.findings] == ["INV:ZZZZZZZZZZ 9.9.9 Meja"]
    assert untick(db, office.admin, number, r1, office.chairs[1].id) == 1
    assert stocktake_counts(db, office.admin, number).found == 2


def test_scans_of_one_item_in_two_rooms_are_both_kept_as_a_conflict(
    db: Database, office: Office
) -> None:
    number = _start(db, office)
    laptop = office.laptops[1].code_register
    assert scan(db, office.admin, number, office.rooms["R.02"], laptop).result is ScanResult.FOUND
    other = scan(db, office.admin, number, office.rooms["R.01"], laptop)
    assert other.result is ScanResult.CONFLICT and other.other_place_name == "Ruang Rapat"
    row = next(
        r
        for r in place_list(db, office.admin, number, office.rooms["R.02"]).items
        if r.recorded.asset_id == office.laptops[1].id
    )
    assert row.conflict and not row.misplaced
    assert stocktake_counts(db, office.admin, number).found == 1


def test_two_pcs_counting_other_rooms_at_once(db: Database, office: Office) -> None:
    """Two Database objects on one store stand for two PCs; their scans interleave."""
    number = _start(db, office)
    other_pc = Database(db.url, clock=db.clock)
    try:
        for chair_, laptop in zip(office.chairs, office.laptops, strict=False):
            scan(db, office.admin, number, office.rooms["R.01"], chair_.code_register)
            scan(other_pc, office.admin, number, office.rooms["R.02"], laptop.code_register)
        scan(db, office.admin, number, office.rooms["R.01"], office.chairs[2].code_register)
        # the same item scanned from both PCs in two rooms: a conflict, counted once
        scan(other_pc, office.admin, number, office.rooms["R.02"], office.chairs[2].code_register)
    finally:
        other_pc.dispose()
    counts = stocktake_counts(db, office.admin, number)
    assert (counts.expected, counts.found, counts.not_found) == (6, 5, 1)
    progress = {row.place: row for row in places(db, office.admin, number)}
    assert progress[office.rooms["R.01"]].checked == 3
    assert progress[office.rooms["R.02"]].checked == 2
    assert progress[OUTSIDE_ROOMS].expected == 1 and progress[OUTSIDE_ROOMS].checked == 0


def test_one_open_stocktake_per_unit_and_the_scope_is_kept(db: Database, office: Office) -> None:
    number = _start(db, office, room_ids=(office.rooms["R.02"],), kibs=("B",))
    with pytest.raises(ValidationError, match="still open"):
        _start(db, office, name="Kedua")
    view = get_stocktake(db, office.admin, number)
    assert view.room_ids == (office.rooms["R.02"],) and view.kibs == ("B",)
    counts = stocktake_counts(db, office.admin, number)
    assert counts.expected == 2  # the two laptops of R.02
    with pytest.raises(ValidationError, match="not counted"):
        scan(db, office.admin, number, office.rooms["R.01"], office.chairs[0].code_register)
    changed = update_stocktake(
        db,
        office.admin,
        number,
        StocktakeInput(name="Sensus BMD 2026", kibs=("B",), room_ids=view.room_ids),
        view.row_version,
    )
    assert changed.name == "Sensus BMD 2026"
    with pytest.raises(ConflictError):
        update_stocktake(db, office.admin, number, StocktakeInput(name="x"), view.row_version)
    finish_stocktake(db, office.admin, number)
    assert [s.name for s in list_stocktakes(db, office.admin)] == ["Sensus BMD 2026"]
    _start(db, office, name="Berikutnya")  # the first is finished: a new one may start


def test_the_register_keeps_working_and_checks_keep_the_register_as_it_was(
    db: Database, office: Office
) -> None:
    number = _start(db, office)
    r1, r2 = office.rooms["R.01"], office.rooms["R.02"]
    scan(db, office.admin, number, r2, office.chairs[0].code_register)  # misplaced
    move_assets(db, office.admin, [office.chairs[0].id], r2)  # someone moves it meanwhile
    move_assets(db, office.admin, [office.chairs[1].id], r2)  # and another, not yet checked
    counts = stocktake_counts(db, office.admin, number)
    assert counts.misplaced == 1  # compared with the register when it was checked
    by_place = {row.place: row for row in places(db, office.admin, number)}
    assert by_place[r1].expected == 2 and by_place[r2].expected == 3
    # a disposed item is no longer expected, and its scan says so
    dispose_assets(db, office.admin, [office.chairs[2].id], reason="dijual", decree="SK/1")
    assert stocktake_counts(db, office.admin, number).expected == 5
    assert (
        scan(db, office.admin, number, r1, office.chairs[2].code_register).result
        is ScanResult.DISPOSED
    )


def test_closing_a_room_confirms_not_found_and_a_late_scan_still_finds(
    db: Database, office: Office
) -> None:
    number = _start(db, office)
    r1 = office.rooms["R.01"]
    scan(db, office.admin, number, r1, office.chairs[0].code_register)
    assert close_place(db, office.admin, number, r1) == 2
    with pytest.raises(ValidationError, match="already closed"):
        close_place(db, office.admin, number, r1)
    assert place_list(db, office.admin, number, r1).progress.closed
    change_condition(db, office.admin, [office.chairs[1].id], "RB")  # after the closing
    results = stocktake_results(db, office.admin, number)
    not_found = results.lists["III.B.2"]
    assert {c.id for c in office.chairs[1:]} <= {row.asset_id for row in not_found}
    assert next(r for r in not_found if r.asset_id == office.chairs[1].id).recorded_condition == "B"
    late = scan(db, office.admin, number, r1, office.chairs[1].code_register)
    assert late.result is ScanResult.FOUND
    assert office.chairs[1].id not in {
        r.asset_id for r in stocktake_results(db, office.admin, number).lists["III.B.2"]
    }


def test_every_lhi_list_is_derived_from_the_answers(db: Database, office: Office) -> None:
    number = _start(db, office)
    admin, r1, r2 = office.admin, office.rooms["R.01"], office.rooms["R.02"]
    c0, c1, c2 = office.chairs
    l0, l1 = office.laptops
    scan(db, admin, number, r1, c0.code_register)
    scan(db, admin, number, r1, c1.code_register)
    scan(db, admin, number, r1, l0.code_register)  # misplaced: III.B.8
    answer_item(db, admin, number, c2.id, AnswerInput(presence="hilang", note="Laporan polisi"))
    answer_item(db, admin, number, c0.id, AnswerInput(observed_condition="RB"))
    answer_item(
        db,
        admin,
        number,
        c1.id,
        AnswerInput(
            user_kind="employee",
            user_name="Rina",
            user_nip="199001012015012003",
            corrections={"brand_type": "Informa"},
            twin=l1.code_register,
        ),
    )
    answer_item(
        db, admin, number, office.car.id, AnswerInput(user_kind="other", user_name="Polres Langkat")
    )
    answer_item(db, admin, number, l1.id, AnswerInput(land_not_owned=True))
    record_finding(
        db,
        admin,
        number,
        FindingInput(
            name="Meja rapat", place=r2, code="1.3.2.05.02.01.008", estimated_value=2_000_000
        ),
    )
    record_finding(
        db,
        admin,
        number,
        FindingInput(name="Pagar", improvement=True, improvement_of="1.3.3.01.01.01.001.000001"),
    )
    record_finding(db, admin, number, FindingInput(name="Kanopi", improvement=True))

    results = stocktake_results(db, admin, number)
    names = {
        number_: [(row.code_register, row.detail) for row in rows]
        for number_, rows in results.lists.items()
    }
    assert list(results.lists) == list(LHI_LISTS)
    assert names["III.B.1"] == [(c2.code_register, "Hilang")]
    assert {row for row, _ in names["III.B.2"]} == {l1.code_register, office.car.code_register}
    assert names["III.B.3"] == [("", "Induk: 1.3.3.01.01.01.001.000001")]
    assert names["III.B.4"] == [("", "Induk tidak diketahui")]
    assert names["III.B.5"] == [(c1.code_register, "Rina, NIP 199001012015012003")]
    assert names["III.B.6"] == [(office.car.code_register, "Polres Langkat; tanpa dokumen")]
    assert names["III.B.7"] == [(c0.code_register, "Baik menjadi Rusak Berat")]
    assert sorted(names["III.B.8"]) == sorted(
        [
            (c1.code_register, "Merk/Tipe: seharusnya Informa"),
            (l0.code_register, "Ruangan: Ruang Rapat seharusnya Ruang Kabag"),
        ]
    )
    assert names["III.B.9"] == [(c1.code_register, f"Tercatat ganda dengan {l1.code_register}")]
    assert names["III.B.10"] == [(l1.code_register, "Di atas tanah pihak lain")]
    assert [row.name for row in results.lists["III.B.11"]] == ["Meja rapat"]
    # the recap per KIB: found + not found = in the register, for every KIB
    for recap in results.recap:
        assert recap.found + recap.not_found == recap.expected
    b = next(r for r in results.recap if r.kib == "B")
    assert (b.expected, b.found, b.not_found, b.misplaced) == (6, 3, 3, 1)
    assert results.counts.unknown == 3


def test_bad_answers_are_refused_with_the_field(db: Database, office: Office) -> None:
    number = _start(db, office)
    admin = office.admin
    scan(db, admin, number, office.rooms["R.01"], office.chairs[0].code_register)
    with pytest.raises(ValidationError, match="was checked"):
        answer_item(db, admin, number, office.chairs[0].id, AnswerInput(presence="hilang"))
    with pytest.raises(ValidationError) as error:
        answer_item(db, admin, number, office.chairs[1].id, AnswerInput(user_kind="employee"))
    assert error.value.field == "user_name"
    with pytest.raises(ValidationError, match="Recorded twice"):
        answer_item(
            db, admin, number, office.chairs[1].id, AnswerInput(twin=office.chairs[1].code_register)
        )
    saved = answer_item(db, admin, number, office.chairs[1].id, AnswerInput(note="di gudang"))
    with pytest.raises(ConflictError):
        answer_item(db, admin, number, office.chairs[1].id, AnswerInput(note="x"), row_version=0)
    assert get_answer(db, admin, number, office.chairs[1].id).note == "di gudang"
    answer_item(
        db, admin, number, office.chairs[1].id, AnswerInput(note="y"), row_version=saved.row_version
    )
    with pytest.raises(ValidationError) as error:
        record_finding(db, admin, number, FindingInput(name="  "))
    assert error.value.field == "name"
    finding = record_finding(db, admin, number, FindingInput(name="Lemari"))
    remove_finding(db, admin, number, finding.id)
    assert list_findings(db, admin, number) == []


def test_follow_ups_are_dated_audited_events_and_are_marked_done(
    db: Database, office: Office
) -> None:
    number = _start(db, office)
    admin, r1, r2 = office.admin, office.rooms["R.01"], office.rooms["R.02"]
    scan(db, admin, number, r1, office.laptops[0].code_register)  # misplaced into R.01
    scan(db, admin, number, r1, office.chairs[0].code_register)
    answer_item(db, admin, number, office.chairs[0].id, AnswerInput(observed_condition="RR"))
    answer_item(db, admin, number, office.chairs[1].id, AnswerInput(presence="hilang"))
    finding = record_finding(
        db,
        admin,
        number,
        FindingInput(
            name="Meja rapat",
            place=r2,
            code="1.3.2.05.02.01.008",
            estimated_value=2_000_000,
            quantity=2,
            acquisition_year=2020,
        ),
    )
    pending = list_followups(db, admin, number)
    kinds = {(view.kind, view.asset_id or view.finding_id) for view in pending if not view.done}
    assert (FollowUpKind.MOVE, office.laptops[0].id) in kinds
    assert (FollowUpKind.CONDITION, office.chairs[0].id) in kinds
    assert (FollowUpKind.DISPOSAL, office.chairs[1].id) in kinds
    assert (FollowUpKind.REGISTER, finding.id) in kinds

    when = date(2026, 1, 10)
    apply_followup(
        db, admin, number, FollowUpKind.MOVE, asset_id=office.laptops[0].id, occurred_on=when
    )
    assert get_asset(db, admin, office.laptops[0].id).room_id == r1
    apply_followup(
        db, admin, number, FollowUpKind.CONDITION, asset_id=office.chairs[0].id, occurred_on=when
    )
    assert get_asset(db, admin, office.chairs[0].id).condition == "RR"
    done = apply_followup(
        db, admin, number, FollowUpKind.DISPOSAL, asset_id=office.chairs[1].id, occurred_on=when
    )
    assert done.done and done.done_on == when
    registered = apply_followup(
        db, admin, number, FollowUpKind.REGISTER, finding_id=finding.id, occurred_on=when
    )
    assert registered.done
    with pytest.raises(ValidationError, match="applied already"):
        apply_followup(db, admin, number, FollowUpKind.MOVE, asset_id=office.laptops[0].id)

    kinds_of = {
        asset.id: [e.kind for e in asset_history(db, admin, asset.id)]
        for asset in (office.laptops[0], office.chairs[0], office.chairs[1])
    }
    assert EventKind.MOVED in kinds_of[office.laptops[0].id]
    assert EventKind.CONDITION_CHANGED in kinds_of[office.chairs[0].id]
    assert EventKind.DISPOSAL_PROPOSED in kinds_of[office.chairs[1].id]
    events = [
        e for e in asset_history(db, admin, office.laptops[0].id) if e.kind is EventKind.MOVED
    ]
    assert events[-1].occurred_on == when and "Inventarisasi 2026" in events[-1].note
    (found,) = [f for f in list_findings(db, admin, number)]
    assert found.registered_asset_id is not None
    new = get_asset(db, admin, found.registered_asset_id)
    assert (new.acquisition_method, new.room_id, new.price) == (
        "Hasil Inventarisasi",
        r2,
        2_000_000,
    )
    done_now = {
        (v.kind, v.asset_id or v.finding_id) for v in list_followups(db, admin, number) if v.done
    }
    assert done_now == {
        (FollowUpKind.MOVE, office.laptops[0].id),
        (FollowUpKind.CONDITION, office.chairs[0].id),
        (FollowUpKind.DISPOSAL, office.chairs[1].id),
        (FollowUpKind.REGISTER, finding.id),
    }
    # the stock-take's results do not move with the register: the laptop is still misplaced
    assert stocktake_counts(db, admin, number).misplaced == 1


def test_a_disposal_proposal_takes_an_item_once(db: Database, office: Office) -> None:
    number = _start(db, office)
    admin = office.admin
    answer_item(db, admin, number, office.chairs[1].id, AnswerInput(presence="hilang"))
    apply_followup(db, admin, number, FollowUpKind.DISPOSAL, asset_id=office.chairs[1].id)
    from inventaris.disposals.proposals import propose_in_session

    with pytest.raises(ValidationError, match="already proposed"), db.write(admin) as session:
        propose_in_session(
            session,
            admin,
            office.chairs[1].unit_id,
            [(office.chairs[1].id, "Rusak")],
            title="Usulan 2",
            proposed_on=date(2026, 1, 1),
        )


def test_roles_that_do_not_keep_the_register_cannot_count(db: Database, office: Office) -> None:
    number = _start(db, office)
    leader = user_with_role(db, office.admin, Role.LEADERSHIP)
    with pytest.raises(PermissionDenied):
        scan(db, leader, number, office.rooms["R.01"], office.chairs[0].code_register)
    assert stocktake_counts(db, leader, number).expected == 6  # but may read the results


def test_two_pcs_scanning_at_the_same_moment_lose_no_scan(db: Database, office: Office) -> None:
    """Two threads, each its own Database (a PC), scan at once: every line is kept."""
    number = _start(db, office)
    r1, r2 = office.rooms["R.01"], office.rooms["R.02"]
    more = create_assets(db, office.admin, chair(room_id=r2), 20)
    lines = {
        r1: [c.code_register for c in office.chairs] * 5 + [office.laptops[0].code_register],
        r2: [c.code_register for c in more] + [office.laptops[0].code_register],
    }
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def count(place: int) -> None:
        pc = Database(db.url, clock=db.clock)
        try:
            barrier.wait()
            for line in lines[place]:
                scan(pc, office.admin, number, place, line)
        except BaseException as error:  # handed to the test thread
            errors.append(error)
        finally:
            pc.dispose()

    threads = [threading.Thread(target=count, args=(place,)) for place in lines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    with db.read() as session:
        kept = session.scalar(
            select(func.count())
            .select_from(StocktakeScan)
            .where(StocktakeScan.stocktake_id == number)
        )
    assert kept == sum(len(batch) for batch in lines.values())
    counts = stocktake_counts(db, office.admin, number)
    assert counts.found == 3 + 20 + 1  # the chairs, the new ones, the laptop once
    laptop = next(
        row
        for row in place_list(db, office.admin, number, r2).items
        if row.recorded.asset_id == office.laptops[0].id
    )
    assert laptop.conflict
