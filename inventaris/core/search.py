"""What the register's search box finds, and how each backend finds it fast.

Every asset carries ``search_text``: the lower-case words a person may type (name, codes,
register number, merk, serial, chassis, engine and plate numbers, room, holder, and the names
of its code and the codes above it). SQLite keeps an FTS5 trigram index of it (triggers in
migration 0003), PostgreSQL a pg_trgm GIN index. Every word typed must occur somewhere, in any
order: "kursi rapat" finds "Kursi rapat Futura", "laptop" the "ASUS VivoBook 14" filed under
the code Laptop.

The code's names come last, so that renaming a code rewrites that tail of its items' words in
one UPDATE per code (``refresh_code_words``) instead of rebuilding every item in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Select,
    Text,
    and_,
    func,
    literal_column,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import text

from inventaris.model import Asset, AssetCode, Room

REGISTER_DIGITS = 6
TRIGRAM = 3  # FTS5's trigram index answers words of three characters or more


def register_text(register_number: int) -> str:
    return f"{register_number:0{REGISTER_DIGITS}d}"


def code_register(code: str, register_number: int) -> str:
    """``1.3.2.10.01.02.002.000007``, the way codes are written on cards and labels."""
    return f"{code}.{register_text(register_number)}"


# The columns whose values are searched (with the room's name and the code's names).
SEARCHED_COLUMNS = (
    "name",
    "specification",
    "brand_type",
    "code",
    "register_number",
    "serial_number",
    "plate_number",
    "chassis_number",
    "engine_number",
    "bpkb_number",
    "holder_name",
    "nibar",
    "address",
)
# An item is also called by the names of its code and of the codes above it, down from the
# objek (Laptop, Personal Komputer, Komputer). The jenis and above (Peralatan dan Mesin) are
# left out: "alat" or "mesin" would find a whole KIB card, which has a filter of its own.
NAMED_FROM_LEVEL = 4


def codes_above(code: str) -> list[str]:
    """``code`` and the codes above it whose names an item of it is called by, its own first."""
    levels = code.split(".")
    return [".".join(levels[:count]) for count in range(len(levels), NAMED_FROM_LEVEL - 1, -1)]


def code_words(connection: Connection | Session, codes: Iterable[str]) -> dict[str, str]:
    """Per code, the lower-case names of it and the codes above it (see ``codes_above``)."""
    wanted = set(codes)
    above = sorted({prefix for code in wanted for prefix in codes_above(code)})
    names: dict[str, str] = {}
    for start in range(0, len(above), 900):  # under every driver's parameter limit
        chunk = above[start : start + 900]
        query = select(AssetCode.code, AssetCode.name).where(AssetCode.code.in_(chunk))
        names.update((code, " ".join(name.split())) for code, name in connection.execute(query))
    return {
        code: " ".join(names[prefix] for prefix in codes_above(code) if names.get(prefix)).lower()
        for code in wanted
    }


def build_search_text(values: dict[str, Any], room_name: str = "", code_words: str = "") -> str:
    """The searchable words of one asset, from its column values; the code's names last."""
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
        code_words,
    )
    return " ".join(str(part).strip() for part in parts if part).lower()


def rebuild_search_text(session: Session, *where: ColumnElement[bool]) -> None:
    """Recompute in full the search words of the assets ``where`` selects."""
    query = select(Asset, Room.name).outerjoin(Room, Room.id == Asset.room_id).where(*where)
    found = session.execute(query).all()
    words = code_words(session, {asset.code for asset, _room in found})
    for asset, room_name in found:
        values = {column: getattr(asset, column) for column in SEARCHED_COLUMNS}
        text = build_search_text(values, room_name or "", words.get(asset.code, ""))
        if text != asset.search_text:
            session.execute(update(Asset).where(Asset.id == asset.id).values(search_text=text))


def refresh_code_words(
    session: Session, before: Mapping[str, str], after: Mapping[str, str]
) -> None:
    """Codes were renamed or added: their items' words end in the new names (``code_words``
    before and after the change, per code of an asset). One UPDATE per code, however many
    items it has; the derived words change no item's version (no open form goes stale)."""
    searched = Asset.__table__.c.search_text
    length = func.length(searched)
    for code, old in before.items():
        new = after.get(code, "")
        if new == old:
            continue
        old_tail, new_tail = (f" {words}" if words else "" for words in (old, new))
        head = func.substr(searched, 1, length - len(old_tail), type_=Text)
        session.execute(
            update(Asset)
            .where(
                Asset.code == code, func.substr(searched, length - len(old_tail) + 1) == old_tail
            )
            .values(search_text=head.concat(new_tail))
            .execution_options(synchronize_session=False)
        )
        # An item whose words did not end in the old names (none, unless written by hand):
        # rebuilt in full.
        stale = func.substr(searched, length - len(new_tail) + 1) != new_tail
        rebuild_search_text(session, Asset.code == code, stale)


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
