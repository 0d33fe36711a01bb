"""Search, filter and sort of the register, checked against a brute-force answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from inventaris.accounts import authenticate
from inventaris.assets.register import (
    Cursor,
    RegisterFilter,
    RegisterQuery,
    SortKey,
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
        yield db, actor, everything
        db.dispose()


def _brute(rows: list[dict[str, Any]], wanted: RegisterFilter) -> list[dict[str, Any]]:
    def keep(row: dict[str, Any]) -> bool:
        words = wanted.text.lower().split()
        code = row["code"]
        return (
            row["status"] in wanted.statuses
            and all(word in row["search_text"] for word in words)
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
