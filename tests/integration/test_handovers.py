"""Handovers to employees (BAST pemakaian), their return, and loans (pinjam pakai), on both
backends: each is a paper with its items and, on every item, the usual dated events."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest

from inventaris.areas import attention_items
from inventaris.assets.editing import create_assets, get_asset
from inventaris.assets.events import asset_history, change_holder, dispose_assets
from inventaris.assets.types import AssetStatus, EventKind
from inventaris.core.attention import Urgency
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.handovers.loans import end_loan, lend
from inventaris.handovers.queries import (
    AREA_LOANS,
    get_handover,
    held_items,
    known_holders,
    list_handovers,
)
from inventaris.handovers.service import hand_back, hand_over, next_handover_number
from inventaris.handovers.types import HandoverInput, HandoverKind, LoanInput
from inventaris.office import get_office_settings, update_office_settings
from tests.conftest import FakeClock
from tests.support.builders import chair, first_admin, office_values, user_with_role

TODAY = date(2026, 11, 28)  # the FakeClock's day in WIB
NIP = "198503152010011002"
OTHER_NIP = "199001012015032001"


@dataclass
class Office:
    admin: Actor
    items: list[int]


@pytest.fixture
def office(db: Database) -> Office:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    views = create_assets(db, admin, chair(name="Laptop ASUS", brand_type="ASUS X441"), 4)
    return Office(admin, [view.id for view in views])


def employee(**changes: object) -> HandoverInput:
    data = HandoverInput(
        holder_name="Andi Saputra",
        holder_nip="19850315 201001 1 002",
        holder_position="Analis Kebijakan",
        occurred_on=date(2026, 11, 2),
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_a_handover_changes_the_holder_by_a_dated_event_and_numbers_the_bast(
    db: Database, office: Office
) -> None:
    paper = hand_over(db, office.admin, office.items[:2], employee())
    assert paper.kind is HandoverKind.HANDOVER
    assert paper.number == "001/BAST/2026"  # the default pattern
    assert paper.holder_nip == NIP
    assert [item.asset_id for item in paper.items] == office.items[:2]
    assert {item.condition for item in paper.items} == {"B"}
    asset = get_asset(db, office.admin, office.items[0])
    assert (asset.holder_name, asset.holder_nip) == ("Andi Saputra", NIP)
    [event] = [
        e for e in asset_history(db, office.admin, asset.id) if e.kind is EventKind.HOLDER_CHANGED
    ]
    assert event.occurred_on == date(2026, 11, 2)
    assert event.details["to_nip"] == NIP and event.details["handover"] == "001/BAST/2026"
    # the next one takes the next number; the employee's items are one call away
    second = hand_over(db, office.admin, [office.items[2]], employee())
    assert second.number == "002/BAST/2026"
    held = held_items(db, office.admin, "19850315 201001 1 002")
    assert [item.asset_id for item in held] == office.items[:3]
    assert held[0].handover_number == "001/BAST/2026"
    assert [p.number for p in list_handovers(db, office.admin, nip=NIP)] == [
        "002/BAST/2026",
        "001/BAST/2026",
    ]
    assert [p.id for p in list_handovers(db, office.admin, asset_id=office.items[2])] == [second.id]
    assert any(
        person.nip == NIP and person.position == "Analis Kebijakan"
        for person in known_holders(db, office.admin)
    )


def test_the_return_records_the_condition_clears_the_holder_and_ends_the_handover(
    db: Database, office: Office
) -> None:
    given = hand_over(db, office.admin, office.items[:2], employee())
    back = hand_back(
        db, office.admin, office.items[:2], "RR", occurred_on=date(2026, 11, 20), note="layar retak"
    )
    assert back.kind is HandoverKind.RETURN
    assert back.returns_id == given.id and back.returns_number == given.number
    assert back.holder_nip == NIP and back.holder_position == "Analis Kebijakan"
    assert {item.condition for item in back.items} == {"RR"}
    asset = get_asset(db, office.admin, office.items[0])
    assert (asset.holder_name, asset.holder_nip, asset.condition) == ("", "", "RR")
    events = asset_history(db, office.admin, asset.id)
    kinds = [(e.kind, e.occurred_on) for e in events if e.kind is not EventKind.ACQUIRED]
    assert kinds == [
        (EventKind.HOLDER_CHANGED, date(2026, 11, 2)),
        (EventKind.CONDITION_CHANGED, date(2026, 11, 20)),
        (EventKind.HOLDER_CHANGED, date(2026, 11, 20)),
    ]
    assert held_items(db, office.admin, NIP) == []
    # now free: it can go to someone else
    again = hand_over(
        db, office.admin, [office.items[0]], employee(holder_name="Sri", holder_nip=OTHER_NIP)
    )
    assert again.number == "003/BAST/2026"
    assert get_handover(db, office.admin, again.id).holder_name == "Sri"


def test_the_units_pattern_numbers_the_papers_and_a_typed_number_is_used_once(
    db: Database, office: Office
) -> None:
    settings = get_office_settings(db, office.admin)
    update_office_settings(
        db, office.admin, replace(settings, handover_number_pattern="030/{seq}/BU/{year}")
    )
    assert next_handover_number(db, office.admin, settings.unit_id, TODAY) == "030/1/BU/2026"
    typed = hand_over(db, office.admin, [office.items[0]], employee(number="030/1/BU/2026"))
    assert typed.number == "030/1/BU/2026"
    # the count's next number is taken by hand: the pattern goes on past it
    assert hand_over(db, office.admin, [office.items[1]], employee()).number == "030/2/BU/2026"
    with pytest.raises(ValidationError, match="030/1/BU/2026 is already used") as refused:
        hand_over(db, office.admin, [office.items[2]], employee(number="030/1/BU/2026"))
    assert refused.value.field == "number"
    with pytest.raises(ValidationError, match="BAST number pattern"):
        update_office_settings(
            db,
            office.admin,
            replace(get_office_settings(db, office.admin), handover_number_pattern="BAST/{year}"),
        )


def test_a_disposed_lent_or_held_item_is_refused_by_name(db: Database, office: Office) -> None:
    first, second, third, fourth = office.items
    dispose_assets(db, office.admin, [first], decree="SK 1/2026", reason="hilang")
    with pytest.raises(ValidationError, match=r"1\.3\.2\.05\.02\.01\.003\.000001 was disposed"):
        hand_over(db, office.admin, [second, first], employee())
    assert get_asset(db, office.admin, second).holder_name == ""  # nothing of it was saved
    paper = hand_over(db, office.admin, [second], employee())
    with pytest.raises(ValidationError, match=f"held by Andi Saputra \\(BAST {paper.number}\\)"):
        hand_over(db, office.admin, [second], employee(holder_name="Sri", holder_nip=OTHER_NIP))
    change_holder(db, office.admin, third, "Budi")  # a holder typed on the form, no BAST
    with pytest.raises(ValidationError, match="held by Budi; record its return first"):
        hand_over(db, office.admin, [third], employee())
    lend(
        db,
        office.admin,
        [fourth],
        LoanInput("Polres Langkat", "PKS/01/2026", date(2026, 11, 1), date(2027, 11, 1)),
    )
    with pytest.raises(ValidationError, match="lent to Polres Langkat"):
        hand_over(db, office.admin, [fourth], employee())
    with pytest.raises(ValidationError, match="not held by anyone"):
        hand_back(db, office.admin, [fourth], "B")
    with pytest.raises(ValidationError, match=r"held by Andi Saputra and .* by Budi"):
        hand_back(db, office.admin, [second, third], "B")
    with pytest.raises(ValidationError, match="NIP"):
        hand_over(db, office.admin, [fourth], employee(holder_nip=""))
    with pytest.raises(ValidationError, match="Condition"):
        hand_back(db, office.admin, [second], "X")
    with pytest.raises(ValidationError, match="before"):
        hand_back(db, office.admin, [second], "B", occurred_on=date(2026, 11, 1))


def test_a_viewer_cannot_hand_over(db: Database, office: Office) -> None:
    from inventaris.core.errors import PermissionDenied

    viewer = user_with_role(db, office.admin, Role.LEADERSHIP)
    with pytest.raises(PermissionDenied):
        hand_over(db, viewer, office.items[:1], employee())


def test_a_loan_sets_the_status_until_it_ends_and_its_end_is_due_at_30_14_and_7_days(
    db: Database, office: Office, clock: FakeClock
) -> None:
    first, second = office.items[:2]
    with pytest.raises(ValidationError, match="more than 5 years"):
        lend(
            db,
            office.admin,
            [first],
            LoanInput("Polres", "PKS/1", date(2026, 11, 1), date(2031, 11, 2)),
        )
    loan = lend(
        db,
        office.admin,
        [first, second],
        LoanInput("Polres Langkat", "PKS/01/2026", date(2026, 11, 1), TODAY + timedelta(days=31)),
    )
    assert loan.kind is HandoverKind.LOAN and loan.agreement_number == "PKS/01/2026"
    assert get_asset(db, office.admin, first).status == AssetStatus.LENT
    [event] = [e for e in asset_history(db, office.admin, first) if e.kind is EventKind.LENT]
    assert event.occurred_on == date(2026, 11, 1) and event.details["borrower"] == "Polres Langkat"

    def loans() -> list[tuple[Urgency, int | None]]:
        items = attention_items(db, office.admin)
        return [(item.urgency, item.asset_id) for item in items if item.area == AREA_LOANS]

    assert loans() == []  # 31 days ahead: not yet
    for days, urgency in (
        (30, Urgency.WITHIN_30),
        (14, Urgency.WITHIN_14),
        (7, Urgency.WITHIN_7),
        (-1, Urgency.OVERDUE),
    ):
        clock.now = FakeClock().now + timedelta(days=31 - days)
        assert loans() == [(urgency, first), (urgency, second)], days
    with pytest.raises(ValidationError, match="not on loan"):
        end_loan(db, office.admin, [office.items[2]])
    back = end_loan(db, office.admin, [first], condition="RB")
    assert back.kind is HandoverKind.LOAN_RETURN and back.returns_id == loan.id
    view = get_asset(db, office.admin, first)
    assert (view.status, view.condition) == (AssetStatus.ACTIVE, "RB")
    assert [asset for _, asset in loans()] == [second]
