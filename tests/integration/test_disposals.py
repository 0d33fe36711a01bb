"""The disposal cycle (BMD.md §13): a proposal, the inspection, a decree for some items and then
the rest; what is refused on the way; the register's mark; the workbook's Mutasi.

The clock stands on 28 November 2026 (tests/conftest.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets, get_asset
from inventaris.assets.events import asset_history, change_condition, dispose_assets
from inventaris.assets.register import RegisterFilter, RegisterQuery, all_register_rows
from inventaris.assets.types import AssetStatus, EventKind
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, PermissionDenied, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.disposals.decrees import record_decree
from inventaris.disposals.proposals import (
    MSG_ALREADY_PROPOSED,
    MSG_NOT_ON_PROPOSAL,
    MSG_NOT_WAITING,
    create_proposal,
    record_inspection,
    withdraw_item,
)
from inventaris.disposals.queries import (
    badly_damaged_ids,
    get_proposal,
    list_proposals,
    waiting_proposals,
)
from inventaris.disposals.types import DisposalMethod, ItemState
from inventaris.inventory.positions import objek_of
from inventaris.inventory.workbook import write_inventory_workbook
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import a_room, chair, first_admin, office_values, user_with_role

CHAIR = "1.3.2.05.02.01.003"


@dataclass(frozen=True)
class Office:
    admin: Actor
    chairs: list[int]  # five chairs in R.01, bought on 1 March 2021


@pytest.fixture
def office(db: Database) -> Office:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    room = a_room(db, admin)
    chairs = [view.id for view in create_assets(db, admin, chair(room_id=room), 5)]
    return Office(admin, chairs)


def _propose(db: Database, office: Office, ids: list[int], **kwargs: object) -> int:
    view = create_proposal(
        db,
        office.admin,
        ids,
        reason="Rusak berat, tidak dapat diperbaiki",
        proposed_on=date(2026, 3, 2),
        **kwargs,  # type: ignore[arg-type]
    )
    return view.id


def test_a_proposal_then_a_partial_decree_then_the_rest(db: Database, office: Office) -> None:
    admin, chairs = office.admin, office.chairs
    view = create_proposal(
        db,
        admin,
        chairs[:3],
        reason="Rusak berat",
        reasons={chairs[2]: "Hilang"},
        title="Usulan Penghapusan Bagian Umum 2026",
        number="030/45/BU/2026",
        proposed_on=date(2026, 3, 2),
    )
    assert view.number == "030/45/BU/2026" and not view.inspected
    assert [item.reason for item in view.items] == ["Rusak berat", "Rusak berat", "Hilang"]
    assert {item.state for item in view.items} == {ItemState.PROPOSED}
    assert view.total_value == 3 * 450_000
    # Proposed items stay in the register, marked.
    rows = all_register_rows(db, admin, RegisterQuery(RegisterFilter()))
    assert {row.id for row in rows if row.proposed} == set(chairs[:3])
    assert len(rows) == 5
    assert waiting_proposals(db, admin, chairs) == dict.fromkeys(chairs[:3], view.id)

    inspected = record_inspection(
        db, admin, view.id, "BA/12/2026", date(2026, 4, 1), "Tidak ekonomis diperbaiki"
    )
    assert inspected.inspected and inspected.inspection_number == "BA/12/2026"

    # The decree approves two of the three: exactly those leave, on the decree's date.
    partial = record_decree(
        db, admin, view.id, "188.45/77/2026", date(2026, 6, 15), "pemusnahan", chairs[:2]
    )
    states = {item.asset_id: item.state for item in partial.items}
    assert states == {
        chairs[0]: ItemState.DISPOSED,
        chairs[1]: ItemState.DISPOSED,
        chairs[2]: ItemState.PROPOSED,
    }
    assert [(d.number, d.method, d.count) for d in partial.decrees] == [
        ("188.45/77/2026", DisposalMethod.DESTRUCTION, 2)
    ]
    gone = get_asset(db, admin, chairs[0])
    assert gone.status == AssetStatus.DISPOSED
    assert gone.disposed_on == date(2026, 6, 15)
    assert (gone.disposal_decree, gone.disposal_reason) == ("188.45/77/2026", "dimusnahkan")
    disposed = [e for e in asset_history(db, admin, chairs[0]) if e.kind is EventKind.DISPOSED]
    assert disposed[0].occurred_on == date(2026, 6, 15)
    assert disposed[0].details["method"] == "pemusnahan"
    assert get_asset(db, admin, chairs[2]).status == AssetStatus.ACTIVE

    # A second decree with no items named takes every item still proposed.
    rest = record_decree(db, admin, view.id, "188.45/90/2026", date(2026, 7, 1), "hibah")
    assert {item.state for item in rest.items} == {ItemState.DISPOSED}
    assert get_asset(db, admin, chairs[2]).disposal_reason == "dihibahkan"
    assert [d.count for d in rest.decrees] == [2, 1]
    [summary] = list_proposals(db, admin)
    assert (summary.proposed, summary.disposed, summary.withdrawn) == (0, 3, 0)
    assert summary.inspected_on == date(2026, 4, 1)
    rows = all_register_rows(db, admin, RegisterQuery(RegisterFilter()))
    assert [row.id for row in rows] == chairs[3:]


def test_an_item_proposed_twice_is_refused(db: Database, office: Office) -> None:
    first = _propose(db, office, office.chairs[:2], title="Usulan pertama")
    with pytest.raises(ValidationError) as refused:
        _propose(db, office, [office.chairs[3], office.chairs[1]])
    assert refused.value.template == MSG_ALREADY_PROPOSED
    assert refused.value.params["proposal"] == "Usulan pertama"
    assert refused.value.params["asset"].endswith(".000002")
    assert len(list_proposals(db, office.admin)) == 1  # nothing of the second was saved
    # Withdrawn, it may be proposed again.
    withdrawn = withdraw_item(db, office.admin, first, office.chairs[1], note="Sudah diperbaiki")
    assert [i.state for i in withdrawn.items] == [ItemState.PROPOSED, ItemState.WITHDRAWN]
    assert withdrawn.total_value == 450_000
    kinds = [e.kind for e in asset_history(db, office.admin, office.chairs[1])]
    assert kinds[-2:] == [EventKind.DISPOSAL_PROPOSED, EventKind.DISPOSAL_WITHDRAWN]
    again = _propose(db, office, [office.chairs[1]])
    assert waiting_proposals(db, office.admin, [office.chairs[1]]) == {office.chairs[1]: again}


def test_a_decree_for_an_item_never_proposed_or_withdrawn_is_refused(
    db: Database, office: Office
) -> None:
    admin, chairs = office.admin, office.chairs
    number = _propose(db, office, chairs[:2])
    other = _propose(db, office, [chairs[2]])
    for wrong in (chairs[3], chairs[2]):  # never proposed; proposed on another proposal
        with pytest.raises(ValidationError) as refused:
            record_decree(db, admin, number, "SK 1", date(2026, 6, 1), "penjualan", [wrong])
        assert refused.value.template == MSG_NOT_ON_PROPOSAL
    withdraw_item(db, admin, number, chairs[1])
    with pytest.raises(ValidationError) as refused:
        record_decree(db, admin, number, "SK 1", date(2026, 6, 1), "penjualan", chairs[:2])
    assert refused.value.template == MSG_NOT_WAITING
    # Nothing of a refused decree was done.
    assert get_asset(db, admin, chairs[0]).status == AssetStatus.ACTIVE
    assert get_proposal(db, admin, number).decrees == ()
    with pytest.raises(ValidationError):  # a method not in the list
        record_decree(db, admin, number, "SK 1", date(2026, 6, 1), "dibakar")
    with pytest.raises(ValidationError):  # no number
        record_decree(db, admin, number, " ", date(2026, 6, 1), "hibah")
    with pytest.raises(ValidationError):  # before the proposal
        record_decree(db, admin, number, "SK 1", date(2026, 1, 1), "hibah")
    with pytest.raises(ValidationError):  # in the future
        record_decree(db, admin, number, "SK 1", date(2027, 1, 1), "hibah")
    with pytest.raises(NotFound):
        record_decree(db, admin, 999, "SK 1", date(2026, 6, 1), "hibah")
    record_decree(db, admin, other, "SK 2", date(2026, 6, 1), "hibah")
    with pytest.raises(ValidationError):  # nothing left waiting on it
        record_decree(db, admin, other, "SK 3", date(2026, 6, 2), "hibah")


def test_a_disposed_item_cannot_be_proposed_or_decreed(db: Database, office: Office) -> None:
    admin, chairs = office.admin, office.chairs
    dispose_assets(db, admin, [chairs[4]], decree="SK lama", reason="hilang")
    with pytest.raises(ValidationError, match="disposed of"):
        _propose(db, office, [chairs[4]])
    # Disposed through the one-click path (an Admin's correction) while proposed: it leaves the
    # proposal as disposed, and a decree for it is refused.
    number = _propose(db, office, [chairs[0], chairs[1]])
    dispose_assets(db, admin, [chairs[0]], decree="SK koreksi", reason="hilang")
    view = get_proposal(db, admin, number)
    assert [item.state for item in view.items] == [ItemState.DISPOSED, ItemState.PROPOSED]
    with pytest.raises(ValidationError):
        record_decree(db, admin, number, "SK 5", date(2026, 6, 1), "hibah", [chairs[0]])
    assert [item.asset_id for item in view.waiting] == [chairs[1]]


def test_the_rusak_berat_items_are_the_candidates(db: Database, office: Office) -> None:
    admin, chairs = office.admin, office.chairs
    change_condition(db, admin, chairs[1:4], "RB", occurred_on=date(2026, 2, 1))
    assert badly_damaged_ids(db, admin) == chairs[1:4]
    _propose(db, office, [chairs[2]])
    assert badly_damaged_ids(db, admin) == [chairs[1], chairs[3]]


def test_a_proposal_needs_reasons_and_rights(db: Database, office: Office) -> None:
    with pytest.raises(ValidationError):
        create_proposal(db, office.admin, [office.chairs[0]], reason=" ")
    with pytest.raises(ValidationError):
        create_proposal(db, office.admin, [], reason="Rusak")
    viewer = user_with_role(db, office.admin, Role.LEADERSHIP)
    with pytest.raises(PermissionDenied):
        create_proposal(db, viewer, [office.chairs[0]], reason="Rusak")
    with pytest.raises(ValidationError):  # the inspection's number is required
        record_inspection(
            db, office.admin, _propose(db, office, [office.chairs[0]]), "", date(2026, 4, 1)
        )


def test_a_decree_removes_the_item_in_its_years_mutasi(
    db: Database, office: Office, tmp_path: Path
) -> None:
    """The Mutasi counts a decreed disposal on the decree's date: berkurang in 2026, not 2025."""
    admin, chairs = office.admin, office.chairs
    number = create_proposal(
        db, admin, chairs[:2], reason="Rusak berat", proposed_on=date(2025, 11, 3)
    ).id
    record_decree(db, admin, number, "SK 3/2026", date(2026, 2, 10), "penjualan", [chairs[0]])

    def chairs_line(year: int) -> list[object]:
        path = tmp_path / f"inventaris-{year}.xlsx"
        write_inventory_workbook(db, admin, year, path)
        ws = load_workbook(path)["Mutasi"]
        return next(
            [cell.value for cell in row]
            for row in ws.iter_rows(min_row=12)
            if row[1].value == objek_of(CHAIR)
        )

    line_2026 = chairs_line(2026)
    assert line_2026[3] == 5  # saldo awal: all five
    assert (line_2026[9], line_2026[10]) == (1, 450_000)  # berkurang: the decreed one
    assert line_2026[12] == 4
    line_2025 = chairs_line(2025)
    assert line_2025[9] == 0 and line_2025[12] == 5  # proposed in 2025, still there
