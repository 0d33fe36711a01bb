"""What the register's search box finds, and how each backend finds it fast.

Every asset carries ``search_text``: the lower-case words a person may type (name, codes,
register number, merk, serial, chassis, engine and plate numbers, room, holder). SQLite keeps
an FTS5 trigram index of it (triggers in migration 0003), PostgreSQL a pg_trgm GIN index.
Every word typed must occur somewhere, in any order: "kursi rapat" finds "Kursi rapat Futura".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    and_,
    literal_column,
    select,
    true,
)
from sqlalchemy.sql import text

from inventaris.model import Asset

REGISTER_DIGITS = 6
TRIGRAM = 3  # FTS5's trigram index answers words of three characters or more


def register_text(register_number: int) -> str:
    return f"{register_number:0{REGISTER_DIGITS}d}"


def code_register(code: str, register_number: int) -> str:
    """``1.3.2.10.01.02.002.000007``, the way codes are written on cards and labels."""
    return f"{code}.{register_text(register_number)}"


def build_search_text(values: dict[str, Any], room_name: str = "") -> str:
    """The searchable words of one asset, from its column values."""
    plate = str(values.get("plate_number") or "")
    parts: Iterable[Any] = (
        values.get("name"),
        values.get("specification"),
        values.get("brand_type"),
        code_register(str(values["code"]), int(values["register_number"])),
        values.get("serial_number"),
        plate,
        plate.replace(" ", ""),
        values.get("chassis_number"),
        values.get("engine_number"),
        values.get("bpkb_number"),
        values.get("holder_name"),
        values.get("nibar"),
        values.get("address"),
        room_name,
    )
    return " ".join(str(part).strip() for part in parts if part).lower()


def query_words(query: str) -> list[str]:
    return [word for word in query.lower().split() if word]


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


COMMON_MATCHES = 3000

# The trigger of migration 0003 that indexes each new asset; bulk loads drop it, insert, index
# all new rows in one statement and put it back (a quarter faster for the 100,000-asset demo).
FTS_INSERT_TRIGGER = """CREATE TRIGGER asset_fts_insert AFTER INSERT ON asset BEGIN
         INSERT INTO asset_fts(rowid, search_text) VALUES (new.id, new.search_text);
       END"""


def _fts_match(words: list[str]) -> str:
    return " AND ".join(_fts_phrase(word) for word in words)


def words_are_common(connection: Connection, dialect: str, query: str) -> bool:
    """Do the typed words match thousands of rows? (SQLite only; a probe of ~1 ms.)

    The trigram index finds rare words at once but must hand over every match of a common
    one ("kursi": 40,000) before the first page can be sorted; for those, walking the sort
    order and testing each row finds the first page sooner.
    """
    words = [word for word in query_words(query) if len(word) >= TRIGRAM]
    if dialect != "sqlite" or not words:
        return False
    probe = text(
        "SELECT count(*) FROM (SELECT rowid FROM asset_fts WHERE asset_fts MATCH :q LIMIT :n)"
    )
    found = connection.execute(probe, {"q": _fts_match(words), "n": COMMON_MATCHES}).scalar()
    return bool(found and found >= COMMON_MATCHES)


def search_condition(query: str, dialect: str, *, common: bool = False) -> ColumnElement[bool]:
    """A WHERE condition on ``asset`` that keeps the rows matching every typed word."""
    words = query_words(query)
    if not words:
        return true()
    conditions: list[ColumnElement[bool]] = []
    long_words = [word for word in words if len(word) >= TRIGRAM]
    short_words = [word for word in words if len(word) < TRIGRAM]
    if dialect == "sqlite" and long_words:
        fts = text("asset_fts MATCH :fts_query").bindparams(fts_query=_fts_match(long_words))
        matching_ids: Select[int] = (
            select(literal_column("rowid", Integer)).select_from(text("asset_fts")).where(fts)
        )
        # Rare words: fetch the few matching rows by id. Common words: "+ 0" stops SQLite from
        # looking rows up by id, so it walks the sort order's index and keeps the matches,
        # stopping once the first page is full.
        asset_id = Asset.id + 0 if common else Asset.id
        conditions.append(asset_id.in_(matching_ids.scalar_subquery()))
    else:
        short_words = words
    for word in short_words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(Asset.search_text.like(f"%{escaped}%", escape="\\"))
    return and_(*conditions)
