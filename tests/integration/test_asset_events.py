"""Each kind of dated event: bulk moves and conditions, holder, value, reclassify, dispose."""

from __future__ import annotations

from datetime import date

import pytest

from inventaris.assets.editing import create_assets, get_asset
from inventaris.assets.events import (
    add_value,
    asset_history,
    change_condition,
    change_holder,
    dispose_assets,
    move_assets,
    reclassify,
)
from inventaris.assets.register import RegisterFilter, summarize_register
from inventaris.assets.types import EventKind
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from tests.support.builders import a_room, chair, first_admin


def test_bulk_move_records_one_event_per_asset_and_skips_those_already_there(
    db: Database,
) -> None:
    admin = first_admin(db)
    first, second = a_room(db, admin), a_room(db, admin, "R.02", "Gudang")
    chairs = create_assets(db, admin, chair(room_id=first), quantity=3)
    extra = create_assets(db, admin, chair(room_id=second))[0]
    moved = move_assets(
        db,
        admin,
        [c.id for c in chairs] + [extra.id],
        second,
        occurred_on=date(2026, 11, 2),
        note="renovasi",
    )
    assert moved == 3
    assert summarize_register(db, admin, RegisterFilter(room_id=second)).count == 4
    event = asset_history(db, admin, chairs[0].id)[-1]
    assert event.kind is EventKind.MOVED and event.occurred_on == date(2026, 11, 2)
    assert (event.details["from_room"], event.details["to_room"]) == ("Ruang Kepala", "Gudang")
    assert len(asset_history(db, admin, extra.id)) == 1


def test_bulk_condition_change(db: Database) -> None:
    admin = first_admin(db)
    chairs = create_assets(db, admin, chair(), quantity=4)
    assert change_condition(db, admin, [c.id for c in chairs[:2]], "RB") == 2
    assert [get_asset(db, admin, c.id).condition for c in chairs] == ["RB", "RB", "B", "B"]
    event = asset_history(db, admin, chairs[0].id)[-1]
    assert event.details == {"from": "B", "to": "RB"}


def test_holder_change_keeps_both_names(db: Database) -> None:
    admin = first_admin(db)
    laptop = create_assets(db, admin, chair(code="1.3.2.10.01.02.002", name="Laptop"))[0]
    change_holder(db, admin, laptop.id, "Sari Lubis", "199001012015012003")
    change_holder(db, admin, laptop.id, "Budi Harahap")
    history = asset_history(db, admin, laptop.id)
    assert [e.details.get("to") for e in history[1:]] == ["Sari Lubis", "Budi Harahap"]
    assert history[2].details["from_nip"] == "199001012015012003"
    assert get_asset(db, admin, laptop.id).holder_name == "Budi Harahap"


def test_capitalisation_raises_the_value_from_its_date(db: Database) -> None:
    admin = first_admin(db)
    car = create_assets(db, admin, chair(price=1_000_000))[0]
    add_value(db, admin, car.id, 250_000, occurred_on=date(2026, 6, 30), note="ganti jok")
    assert get_asset(db, admin, car.id).price == 1_250_000
    event = asset_history(db, admin, car.id)[-1]
    assert (event.kind, event.amount, event.occurred_on) == (
        EventKind.VALUE_CHANGED,
        250_000,
        date(2026, 6, 30),
    )
    with pytest.raises(ValidationError, match="more than Rp 0"):
        add_value(db, admin, car.id, 0)


def test_reclassification_takes_the_next_number_of_the_new_code(db: Database) -> None:
    admin = first_admin(db)
    create_assets(db, admin, chair(code="1.3.2.05.02.01.033", name="Kursi biasa"), quantity=5)
    asset = create_assets(db, admin, chair())[0]
    assert reclassify(db, admin, asset.id, "1.3.2.05.02.01.033.") == "1.3.2.05.02.01.033.000006"
    with pytest.raises(ValidationError, match="already this asset's code"):
        reclassify(db, admin, asset.id, "1.3.2.05.02.01.033")


def test_disposal_keeps_the_row_and_its_history(db: Database) -> None:
    admin = first_admin(db)
    chairs = create_assets(db, admin, chair(), quantity=2)
    dispose_assets(
        db,
        admin,
        [chairs[0].id],
        decree="SK Bupati 12/2026",
        reason="rusak berat",
        occurred_on=date(2026, 10, 1),
    )
    gone = get_asset(db, admin, chairs[0].id)
    assert (gone.status, gone.disposed_on, gone.disposal_decree) == (
        "dihapus",
        date(2026, 10, 1),
        "SK Bupati 12/2026",
    )
    assert summarize_register(db, admin, RegisterFilter()).count == 1
    assert summarize_register(db, admin, RegisterFilter(statuses=frozenset({"dihapus"}))).count == 1
    assert asset_history(db, admin, chairs[0].id)[-1].kind is EventKind.DISPOSED
    with pytest.raises(ValidationError, match="disposed of"):
        move_assets(db, admin, [chairs[0].id], None)


@pytest.mark.parametrize(
    ("call", "field", "text"),
    [
        (
            lambda db, a, ids: dispose_assets(db, a, ids, decree=" ", reason="hilang"),
            "decree",
            "SK number of the disposal is required",
        ),
        (
            lambda db, a, ids: dispose_assets(db, a, ids, decree="SK", reason="dicuri"),
            "reason",
            "dijual, dihibahkan",
        ),
        (
            lambda db, a, ids: move_assets(db, a, ids, None, occurred_on=date(2026, 12, 1)),
            "occurred_on",
            "in the future",
        ),
        (
            lambda db, a, ids: move_assets(db, a, ids, None, occurred_on=date(2020, 1, 1)),
            "occurred_on",
            "before 1.3.2.05.02.01.003.000001 was acquired (01-03-2021)",
        ),
        (lambda db, a, ids: move_assets(db, a, [], None), "assets", "at least one asset"),
        (lambda db, a, ids: move_assets(db, a, ids, 999), "room_id", "999 does not exist"),
    ],
)
def test_event_input_is_checked_and_nothing_half_done(
    db: Database, call: object, field: str, text: str
) -> None:
    admin = first_admin(db)
    ids = [c.id for c in create_assets(db, admin, chair(), quantity=2)]
    with pytest.raises(ValidationError) as caught:
        call(db, admin, ids)  # type: ignore[operator]
    assert caught.value.field == field and text in str(caught.value)
    assert all(len(asset_history(db, admin, asset_id)) == 1 for asset_id in ids)
