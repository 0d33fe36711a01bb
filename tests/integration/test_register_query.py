"""Search, filter and sort of the register, checked against a brute-force answer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from inventaris.accounts import authenticate
from inventaris.assets.register import (
    DEFAULT_STATUSES,
    Cursor,
    RegisterFilter,
    RegisterQuery,
    SortKey,
    all_register_rows,
    list_register,
    summarize_register,
)
from inventaris.core import search
from inventaris.core.db import Database
from inventaris.core.permissions import Actor
from inventaris.core.schema import prepare_database
from inventaris.demo.office import load_demo_data
from tests.conftest import BACKENDS, migrated_db_url

SORT_FIELDS = {
    SortKey.CODE_REGISTER: lambda row: (row["code"], row["register_number"]),
    SortKey.NAME: lambda row: (row["name"],),
    SortKey.BRAND: lambda row: (row["brand_type"],),
    SortKey.YEAR: lambda row: (row["acquisition_year"],),
    SortKey.PRICE: lambda row: (row["price"],),
    SortKey.CONDITION: lambda row: (row["condition"],),
    SortKey.ROOM: lambda row: (row["room_name"],),
    SortKey.HOLDER: lambda row: (row["holder_name"],),
    SortKey.PLATE: lambda row: (row["plate_number"],),
}


@pytest.fixture(scope="module", params=BACKENDS)
def office(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, Actor, list[dict[str, Any]]]]:
    """One demo office per backend for the whole module: the queries only read."""
    with migrated_db_url(request, request.param, tmp_path_factory.mktemp("register")) as url:
        db = Database(url)
        prepare_database(db)
        load_demo_data(db, assets=700, seed=5)
        actor = authenticate(db, "pimpinan", "demo1234")
        with db.engine.connect() as connection:
            everything = [
                dict(row._mapping)
                for row in connection.execute(
                    sa.text(
                        "SELECT a.*, coalesce(r.name, '') AS room_name FROM asset a "
                        "LEFT JOIN room r ON r.id = a.room_id"
                    )
                )
            ]
            names = dict(connection.execute(sa.text("SELECT code, name FROM asset_code")).all())
        for row in everything:
            row["code_names"] = _code_names(row["code"], names)
        yield db, actor, everything
        db.dispose()


def _code_names(code: str, names: dict[str, str]) -> str:
    """The names an item is also called by: its code's and those above it, from the objek."""
    levels = code.split(".")
    above = (".".join(levels[:count]) for count in range(4, len(levels) + 1))
    return " ".join(names[prefix].lower() for prefix in above if prefix in names)


def _brute(rows: list[dict[str, Any]], wanted: RegisterFilter) -> list[dict[str, Any]]:
    def keep(row: dict[str, Any]) -> bool:
        words = wanted.text.lower().split()
        code = row["code"]
        return (
            row["status"] in wanted.statuses
            and all(word in row["search_text"] or word in row["code_names"] for word in words)
            and (
                wanted.kib is None
                or code.startswith({"A": "1.3.1.", "B": "1.3.2.", "C": "1.3.3."}[wanted.kib])
            )
            and (not wanted.code_prefix or (code + ".").startswith(wanted.code_prefix + "."))
            and (wanted.room_id is None or row["room_id"] == wanted.room_id)
            and (not wanted.conditions or row["condition"] in wanted.conditions)
            and (wanted.year_from is None or row["acquisition_year"] >= wanted.year_from)
            and (wanted.year_to is None or row["acquisition_year"] <= wanted.year_to)
        )

    return [row for row in rows if keep(row)]


def _paged(db: Database, actor: Actor, query: RegisterQuery) -> list[int]:
    ids: list[int] = []
    cursor: Cursor | None = None
    while True:
        page = list_register(db, actor, query, after=cursor, limit=37)
        ids.extend(row.id for row in page.rows)
        if page.next_cursor is None:
            return ids
        cursor = page.next_cursor


FILTERS = [
    RegisterFilter(),
    RegisterFilter(text="kursi"),
    RegisterFilter(text="KURSI rapat"),
    RegisterFilter(text="bk"),
    RegisterFilter(text="000007"),
    RegisterFilter(text="1.3.2.10.01.02.002.000003"),
    RegisterFilter(text="ruang rapat"),
    RegisterFilter(text="zz-no-such-thing"),
    RegisterFilter(text="laptop"),
    RegisterFilter(text="komputer lenovo"),
    RegisterFilter(text="personal kom thinkpad"),
    RegisterFilter(text="ac"),
    RegisterFilter(text="meja rapat r.0"),
    RegisterFilter(text="mesin"),
    RegisterFilter(kib="B"),
    RegisterFilter(kib="C"),
    RegisterFilter(code_prefix="1.3.2.10"),
    RegisterFilter(code_prefix="1.3.2.05.02.01.003"),
    RegisterFilter(room_id=3),
    RegisterFilter(conditions=frozenset({"RR", "RB"})),
    RegisterFilter(year_from=2015, year_to=2020),
    RegisterFilter(statuses=frozenset({"dihapus"})),
    RegisterFilter(text="epson", room_id=5, year_from=2010),
]


@pytest.mark.parametrize("common_threshold", [3000, 5], ids=["rare-path", "common-path"])
@pytest.mark.parametrize("wanted", FILTERS, ids=lambda f: repr(f)[15:60])
def test_filters_and_search_match_brute_force(
    office: Any, wanted: RegisterFilter, common_threshold: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A low threshold sends frequent words down the path that scans the sort order instead
    # of the trigram index: both paths must give the same rows.
    monkeypatch.setattr(search, "COMMON_MATCHES", common_threshold)
    db, actor, everything = office
    expected = _brute(everything, wanted)
    summary = summarize_register(db, actor, wanted)
    assert summary.count == len(expected)
    assert summary.total_value == sum(row["price"] for row in expected)
    got = _paged(db, actor, RegisterQuery(filter=wanted))
    assert sorted(got) == sorted(row["id"] for row in expected)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(SORT_FIELDS))
def test_every_sort_pages_through_in_order(office: Any, sort: SortKey, descending: bool) -> None:
    db, actor, everything = office
    wanted = RegisterFilter(kib="B")
    expected = sorted(
        _brute(everything, wanted),
        key=lambda row: (*SORT_FIELDS[sort](row), row["id"]),
        reverse=descending,
    )
    got = _paged(db, actor, RegisterQuery(filter=wanted, sort=sort, descending=descending))
    if db.backend == "postgresql" and sort in (
        SortKey.NAME,
        SortKey.BRAND,
        SortKey.HOLDER,
        SortKey.ROOM,
        SortKey.PLATE,
    ):
        # PostgreSQL orders text by its collation, Python by code points: compare as sets of
        # ties, and check the keyset walk returned every row exactly once.
        assert sorted(got) == sorted(row["id"] for row in expected)
        assert len(got) == len(set(got))
    else:
        assert got == [row["id"] for row in expected]


LAPTOP = "1.3.2.10.01.02.002"


def test_laptop_finds_the_laptops_whose_names_never_say_so(office: Any) -> None:
    db, actor, everything = office
    laptops = {
        row["id"]
        for row in everything
        if row["code"] == LAPTOP and row["status"] in DEFAULT_STATUSES
    }
    said = (f"{row['name']} {row['brand_type']} {row['specification']}" for row in everything)
    assert laptops and not any("laptop" in text.lower() for text in said)
    # What the search finds them by: the names of their code and the codes above it, last.
    assert all(
        row["search_text"].endswith(" laptop personal komputer komputer unit komputer")
        for row in everything
        if row["code"] == LAPTOP
    )
    found = all_register_rows(db, actor, RegisterQuery(RegisterFilter(text="Laptop")))
    assert {row.id for row in found} == laptops
    # The parent's name finds every item below it; with a brand, only that brand's laptops.
    personal = all_register_rows(db, actor, RegisterQuery(RegisterFilter(text="personal kom")))
    assert {row.code for row in personal} >= {LAPTOP, "1.3.2.10.01.02.001"}
    lenovo = all_register_rows(db, actor, RegisterQuery(RegisterFilter(text="laptop lenovo")))
    assert lenovo and all(row.code == LAPTOP and "Lenovo" in row.name for row in lenovo)
    assert summarize_register(db, actor, RegisterFilter(text="laptop")).count == len(found)


def test_a_renamed_code_or_an_imported_table_is_searched_at_once(
    db: Database, tmp_path: Path
) -> None:
    from inventaris.assets.editing import create_assets
    from inventaris.catalog import import_code_table
    from tests.support.builders import chair, first_admin

    admin = first_admin(db)
    [laptop] = create_assets(db, admin, chair(code=LAPTOP, name="ASUS VivoBook 14"))
    [seat] = create_assets(db, admin, chair())

    def found(text: str) -> set[int]:
        rows = all_register_rows(db, admin, RegisterQuery(RegisterFilter(text=text)))
        assert summarize_register(db, admin, RegisterFilter(text=text)).count == len(rows)
        return {row.id for row in rows}

    def words_of(asset_id: int) -> str:
        with db.engine.connect() as connection:
            query = sa.text("SELECT search_text FROM asset WHERE id = :id")
            return str(connection.execute(query, {"id": asset_id}).scalar_one())

    assert found("laptop") == {laptop.id}
    assert found("jinjing") == set()
    assert found("perangkat") == set()
    assert words_of(seat.id).endswith(
        " kursi besi/metal meubelair alat rumah tangga alat kantor dan rumah tangga"
    )
    with db.engine.begin() as connection:  # words written by some other hand: rebuilt in full
        spoil = sa.text("UPDATE asset SET search_text = 'x' WHERE id = :id")
        connection.execute(spoil, {"id": seat.id})
    table = tmp_path / "kodefikasi.csv"
    table.write_text(
        f"kode,nama\n1.3.2.10,Komputer\n1.3.2.10.01,Perangkat Komputer\n"
        f"{LAPTOP},Komputer  Jinjing\n1.3.2.10.01.02.010,Komputer Lipat\n"
        "1.3.2.05.02.01.003,Kursi Besi\n",
        encoding="utf-8",
    )
    report = import_code_table(db, admin, table)
    assert (report.added, report.renamed, report.unchanged) == (1, 3, 1)
    assert found("jinjing") == {laptop.id}
    assert found("laptop") == set()  # its old name is gone, and its own name never said so
    assert found("komputer jinjing vivobook") == {laptop.id}
    assert found("perangkat") == {laptop.id}  # a renamed code above it counts too
    assert words_of(laptop.id) == (
        "asus vivobook 14 chitose 1.3.2.10.01.02.002.000001 "
        "komputer jinjing personal komputer perangkat komputer komputer"
    )
    assert words_of(seat.id) == (
        "kursi besi chitose 1.3.2.05.02.01.003.000001 "
        "kursi besi meubelair alat rumah tangga alat kantor dan rumah tangga"
    )
