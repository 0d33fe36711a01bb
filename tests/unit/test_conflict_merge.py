"""The three-way merge a form uses when another PC saved the same record first."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from inventaris.core.changes import Change
from tests.support.builders import chair
from ui.conflicts import merge, touches


def test_each_side_keeps_what_only_it_changed() -> None:
    base = chair()
    mine = replace(base, brand_type="Chitose Mine", land_area_m2=Decimal("12.5"))
    theirs = replace(base, name="Kursi lipat", room_id=7)
    outcome = merge(base, mine, theirs)
    assert outcome.merged == replace(
        base, brand_type="Chitose Mine", land_area_m2=Decimal("12.5"), name="Kursi lipat", room_id=7
    )
    assert outcome.theirs_changed == ("name", "room_id")
    assert outcome.mine_changed == ("brand_type", "land_area_m2")
    assert outcome.both_changed == ()


def test_a_field_both_changed_keeps_mine_until_theirs_is_chosen() -> None:
    base = chair()
    mine = replace(base, notes="my note", brand_type="Mine", price=500_000)
    theirs = replace(base, notes="their note", brand_type="Theirs", price=500_000)
    outcome = merge(base, mine, theirs)
    # The same new value on both sides is no conflict.
    assert outcome.both_changed == ("brand_type", "notes")
    assert outcome.merged.notes == "my note" and outcome.merged.brand_type == "Mine"
    assert outcome.merged.price == 500_000
    chosen = outcome.resolved({"notes", "price"})  # price was never in question
    assert (chosen.notes, chosen.brand_type, chosen.price) == ("their note", "Mine", 500_000)
    assert outcome.resolved(()) == outcome.merged


def test_nothing_typed_takes_theirs_and_nothing_saved_keeps_mine() -> None:
    base = chair()
    theirs = replace(base, name="Kursi lipat")
    assert merge(base, base, theirs).merged == theirs
    mine = replace(base, name="Kursi kantor")
    assert merge(base, mine, base).merged == mine
    ignored = merge(base, replace(base, unit_id=2), replace(base, unit_id=3), ignore=("unit_id",))
    assert ignored.merged.unit_id == 3 and ignored.both_changed == ()


def test_a_change_touches_a_record_by_its_id_or_when_ids_are_unknown() -> None:
    named = Change("assets", 1, frozenset({4, 5}), remote=True)
    unknown = Change("assets", None, frozenset(), remote=False)
    other_area = Change("rooms", 1, frozenset({5}), remote=True)
    assert touches((named,), "assets", 5)
    assert not touches((named,), "assets", 6)
    assert touches((named, unknown), "assets", 6)
    assert not touches((other_area,), "assets", 5)
    assert not touches((), "assets", 5)
