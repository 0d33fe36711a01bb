"""The register on a past date, rebuilt from dated events: the figures the annual workbook prints.

Hand-computed cases (BMD.md §6, the default useful-life table, the Rp 1.000.000 equipment
threshold). The clock stands on 28 November 2026.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

import pytest

from inventaris.assets.editing import create_assets
from inventaris.assets.events import (
    add_value,
    change_condition,
    change_holder,
    dispose_assets,
    move_assets,
    reclassify,
)
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.inventory.positions import (
    InventorySnapshot,
    ItemPosition,
    MutationLine,
    inventory_snapshot,
    objek_of,
)
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import a_room, chair, first_admin, office_values, vehicle

LAPTOP = "1.3.2.10.01.02.002"  # komputer: 4 years, 8 semesters
PROJECTOR = "1.3.2.05.01.05.043"  # another objek (1.3.2.05) of the same jenis: 5 years
CHAIR = "1.3.2.05.02.01.003"


@pytest.fixture
def admin(db: Database) -> Actor:
    actor = first_admin(db)
    update_office_settings(db, actor, office_values(get_office_settings(db, actor)))
    return actor


def _laptop(db: Database, admin: Actor, **changes: Any) -> int:
    data = chair(
        code=LAPTOP,
        name="Laptop",
        price=10_000_000,
        acquisition_date=date(2024, 3, 10),
        acquisition_year=2024,
    )
    from dataclasses import replace

    return create_assets(db, admin, replace(data, **changes))[0].id


def _items(snapshot: InventorySnapshot) -> dict[int, ItemPosition]:
    return {item.asset_id: item for item in snapshot.items()}


def _lines(snapshot: InventorySnapshot) -> dict[str, MutationLine]:
    return {line.code: line for line in snapshot.mutation()}


def _check_balance(line: MutationLine) -> None:
    for name in ("count", "value", "depreciation"):
        opening = getattr(line.opening, name)
        added = getattr(line.added, name)
        removed = getattr(line.removed, name)
        closing = getattr(line.closing, name)
        assert opening + added - removed == closing, (line.code, name)


def test_depreciation_on_the_cards_follows_the_semesters(db: Database, admin: Actor) -> None:
    laptop = _laptop(db, admin)
    cheap = create_assets(db, admin, chair(acquisition_year=2024, acquisition_date=None))[0].id
    with inventory_snapshot(db, admin, 2024) as snapshot:
        items = _items(snapshot)
    # Rp 10.000.000 over 8 semesters from 2024-S1: two charges of Rp 1.250.000 by 31-12-2024.
    assert items[laptop].useful_years == 4
    assert (items[laptop].charge_this_year, items[laptop].accumulated) == (2_500_000, 2_500_000)
    assert items[laptop].book_value == 7_500_000
    # Rp 450.000 is below the equipment threshold: ekstrakomptabel, not depreciated.
    assert items[cheap].useful_years is None
    assert (items[cheap].accumulated, items[cheap].book_value) == (0, 450_000)
    with inventory_snapshot(db, admin, 2026, as_of=date(2026, 6, 29)) as snapshot:
        # 2026-S1 has not ended on 29 June: only the four charges of 2024 and 2025.
        item = _items(snapshot)[laptop]
        assert (item.charge_this_year, item.accumulated) == (0, 5_000_000)
    with inventory_snapshot(db, admin, 2026, as_of=date(2026, 6, 30)) as snapshot:
        item = _items(snapshot)[laptop]
        assert (item.charge_this_year, item.accumulated) == (1_250_000, 6_250_000)


def test_an_item_exists_from_its_acquisition_until_the_day_before_its_disposal(
    db: Database, admin: Actor
) -> None:
    laptop = _laptop(db, admin)
    dispose_assets(
        db, admin, [laptop], decree="SK 12/2025", reason="rusak berat", occurred_on=date(2025, 8, 1)
    )
    with inventory_snapshot(db, admin, 2023) as snapshot:
        assert laptop not in _items(snapshot)
    with inventory_snapshot(db, admin, 2024) as snapshot:
        assert laptop in _items(snapshot)
    with inventory_snapshot(db, admin, 2025, as_of=date(2025, 7, 31)) as snapshot:
        assert _items(snapshot)[laptop].status == "aktif"
    with inventory_snapshot(db, admin, 2025) as snapshot:
        assert laptop not in _items(snapshot)
        line = _lines(snapshot)[objek_of(LAPTOP)]
    # Saldo awal 2025: value 10.000.000, accumulated 2.500.000. Charged 2025-S1 (1.250.000)
    # before leaving on 1 August: berkurang carries value 10.000.000 and 3.750.000.
    assert (line.opening.count, line.opening.value, line.opening.depreciation) == (
        1,
        10_000_000,
        2_500_000,
    )
    assert (line.added.count, line.added.value, line.added.depreciation) == (0, 0, 1_250_000)
    assert (line.removed.count, line.removed.value, line.removed.depreciation) == (
        1,
        10_000_000,
        3_750_000,
    )
    assert (line.closing.count, line.closing.value, line.closing.depreciation) == (0, 0, 0)
    _check_balance(line)


def test_later_events_are_undone_on_the_cards_of_an_earlier_year(
    db: Database, admin: Actor
) -> None:
    first_room = a_room(db, admin, "R.01", "Ruang Kepala")
    second_room = a_room(db, admin, "R.02", "Ruang Rapat Kecil")
    laptop = _laptop(db, admin, room_id=first_room, holder_name="Sari")
    with inventory_snapshot(db, admin, 2024) as snapshot:
        before = _items(snapshot)[laptop]._asdict()
        mutation_before = [asdict(line) for line in snapshot.mutation()]
    # All of these happen in 2025 and 2026: the 2024 cards must not change.
    move_assets(db, admin, [laptop], second_room, occurred_on=date(2025, 2, 1))
    change_condition(db, admin, [laptop], "RR", occurred_on=date(2025, 5, 1))
    change_holder(db, admin, laptop, "Budi", occurred_on=date(2025, 5, 2))
    add_value(db, admin, laptop, 2_000_000, occurred_on=date(2025, 9, 1))
    new_code = reclassify(db, admin, laptop, PROJECTOR, occurred_on=date(2026, 3, 1))
    with inventory_snapshot(db, admin, 2024) as snapshot:
        after = _items(snapshot)[laptop]
        assert after._asdict() == before
        assert [asdict(line) for line in snapshot.mutation()] == mutation_before
        assert [room.id for room, _ in snapshot.room_items()] == [first_room]
    assert (after.code, after.room_id, after.condition, after.holder_name) == (
        LAPTOP,
        first_room,
        "B",
        "Sari",
    )
    with inventory_snapshot(db, admin, 2026) as snapshot:
        now = _items(snapshot)[laptop]
        assert [room.id for room, _ in snapshot.room_items()] == [second_room]
    assert f"{now.code}.{now.register_number:06d}" == new_code
    assert (now.room_id, now.condition, now.holder_name, now.value) == (
        second_room,
        "RR",
        "Budi",
        12_000_000,
    )


def test_an_improvement_is_bertambah_and_spread_over_the_remaining_life(
    db: Database, admin: Actor
) -> None:
    laptop = _laptop(db, admin)
    add_value(db, admin, laptop, 2_500_000, occurred_on=date(2025, 9, 1))
    with inventory_snapshot(db, admin, 2025) as snapshot:
        item = _items(snapshot)[laptop]
        line = _lines(snapshot)[objek_of(LAPTOP)]
    # 2025-S1: 1.250.000 (acc 3.750.000, book 6.250.000). 2025-S2 carries the improvement:
    # (6.250.000 + 2.500.000) over the 5 semesters left (2025-S2 to 2027-S2) = 1.750.000.
    assert item.value == 12_500_000
    assert item.charge_this_year == 1_250_000 + 1_750_000
    assert (item.accumulated, item.book_value) == (5_500_000, 7_000_000)
    assert line.added.value == 2_500_000 and line.added.count == 0
    _check_balance(line)


def test_a_reclassification_moves_the_item_between_objek_lines(db: Database, admin: Actor) -> None:
    laptop = _laptop(db, admin)
    reclassify(db, admin, laptop, PROJECTOR, occurred_on=date(2025, 7, 1))
    with inventory_snapshot(db, admin, 2025) as snapshot:
        lines = _lines(snapshot)
    old, new = lines[objek_of(LAPTOP)], lines[objek_of(PROJECTOR)]
    assert (old.opening.count, old.removed.count, old.closing.count) == (1, 1, 0)
    assert (new.opening.count, new.added.count, new.closing.count) == (0, 1, 1)
    assert old.removed.value == new.added.value == 10_000_000
    # Under the old code until 30 June (2025-S1 charged), under the new one from 1 July, with
    # the new code's life (5 years: Rp 1.000.000 a semester from 2024-S1, four by 2025-S2).
    assert old.removed.depreciation == 3_750_000
    assert new.closing.depreciation == 4_000_000
    for line in lines.values():
        _check_balance(line)


def test_each_years_saldo_akhir_is_the_next_years_saldo_awal(db: Database, admin: Actor) -> None:
    room = a_room(db, admin)
    laptop = _laptop(db, admin, room_id=room)
    create_assets(db, admin, chair(room_id=room), quantity=3)
    create_assets(db, admin, vehicle(acquisition_year=2019))
    second = _laptop(db, admin, acquisition_date=date(2025, 10, 5), acquisition_year=2025)
    add_value(db, admin, laptop, 1_000_000, occurred_on=date(2025, 1, 15))
    reclassify(db, admin, second, PROJECTOR, occurred_on=date(2026, 1, 1))
    dispose_assets(
        db, admin, [laptop], decree="SK 3/2026", reason="hilang", occurred_on=date(2026, 5, 5)
    )
    previous: dict[str, MutationLine] = {}
    for year in range(2018, 2027):
        with inventory_snapshot(db, admin, year) as snapshot:
            lines = _lines(snapshot)
            recap = snapshot.recap()
            count = snapshot.count()
        for code, line in lines.items():
            _check_balance(line)
            if code in previous:
                assert asdict(line.opening) == asdict(previous[code].closing), (year, code)
            else:
                assert line.opening.count == 0, (year, code)
        assert count == sum(line.closing.count for line in lines.values())
        jenis_lines = [line for line in recap if line.is_jenis]
        assert sum(line.count for line in jenis_lines) == count
        assert sum(line.value for line in jenis_lines) == sum(
            line.closing.value for line in lines.values()
        )
        previous = lines
    with inventory_snapshot(db, admin, 2026) as snapshot:
        names = {line.code: line.name for line in snapshot.mutation()}
        recap = snapshot.recap()
    assert set(names) == {"1.3.2.02", "1.3.2.05", "1.3.2.10"}  # objek: four levels
    assert names["1.3.2.02"]  # a name from the code table or its nearest named ancestor
    assert recap[0].code == "1.3.2" and recap[0].name == "Peralatan dan Mesin"


def test_items_come_in_card_order_and_by_kib(db: Database, admin: Actor) -> None:
    create_assets(db, admin, chair(), quantity=2)
    laptop = _laptop(db, admin)
    create_assets(db, admin, vehicle())
    reclassify(db, admin, laptop, PROJECTOR, occurred_on=date(2026, 2, 1))
    with inventory_snapshot(db, admin, 2025) as snapshot:
        codes = [(item.code, item.register_number) for item in snapshot.items(["B"])]
        assert codes == sorted(codes)
        assert (LAPTOP, 1) in codes  # its code of 2025, though reclassified since
        assert list(snapshot.items(["C"])) == []


def test_a_position_date_outside_the_year_is_refused(db: Database, admin: Actor) -> None:
    with pytest.raises(ValueError), inventory_snapshot(db, admin, 2025, as_of=date(2026, 1, 1)):
        pass
