"""Register search: a search_text column, indexed per backend, and sort indexes

SQLite gets an FTS5 trigram table kept in step by triggers (substring search that stays fast
for rare terms over 100,000 rows); PostgreSQL a pg_trgm GIN index for ILIKE.

Revision ID: 0003_register_search
Revises: 0002_register
Create Date: 2026-11-28
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003_register_search"
down_revision: str | None = "0002_register"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE asset_fts USING fts5(search_text, tokenize='trigram')",
    "INSERT INTO asset_fts(rowid, search_text) SELECT id, search_text FROM asset",
    """CREATE TRIGGER asset_fts_insert AFTER INSERT ON asset BEGIN
         INSERT INTO asset_fts(rowid, search_text) VALUES (new.id, new.search_text);
       END""",
    """CREATE TRIGGER asset_fts_update AFTER UPDATE OF search_text ON asset BEGIN
         DELETE FROM asset_fts WHERE rowid = old.id;
         INSERT INTO asset_fts(rowid, search_text) VALUES (new.id, new.search_text);
       END""",
    """CREATE TRIGGER asset_fts_delete AFTER DELETE ON asset BEGIN
         DELETE FROM asset_fts WHERE rowid = old.id;
       END""",
]


# A frozen copy of inventaris.core.search.build_search_text as it was at this revision: a migration
# must give the same result whatever the code becomes later.
SEARCHED = (
    "name",
    "specification",
    "brand_type",
    "serial_number",
    "plate_number",
    "chassis_number",
    "engine_number",
    "bpkb_number",
    "holder_name",
    "nibar",
    "address",
)


def _search_text(row: sa.Row[Any], room_name: str) -> str:
    values = row._mapping
    plate = values["plate_number"] or ""
    parts = [
        values["name"],
        values["specification"],
        values["brand_type"],
        f"{values['code']}.{values['register_number']:06d}",
        values["serial_number"],
        plate,
        plate.replace(" ", ""),
        values["chassis_number"],
        values["engine_number"],
        values["bpkb_number"],
        values["holder_name"],
        values["nibar"],
        values["address"],
        room_name,
    ]
    return " ".join(str(part).strip() for part in parts if part).lower()


def _backfill() -> None:
    connection = op.get_bind()
    rooms: dict[int, str] = {
        room_id: name for room_id, name in connection.execute(sa.text("SELECT id, name FROM room"))
    }
    columns = ", ".join(("id", "code", "register_number", "room_id", *SEARCHED))
    rows = connection.execute(sa.text(f"SELECT {columns} FROM asset")).all()
    updates = [
        {"id": row.id, "text": _search_text(row, rooms.get(row.room_id, ""))} for row in rows
    ]
    for start in range(0, len(updates), 5000):
        connection.execute(
            sa.text("UPDATE asset SET search_text = :text WHERE id = :id"),
            updates[start : start + 5000],
        )


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index("ix_asset_acquisition_year", ["acquisition_year"], unique=False)
        batch_op.create_index("ix_asset_price", ["price"], unique=False)
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.alter_column("search_text", server_default=None)
    _backfill()
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    else:
        # Creating the extension needs a superuser once (README: server set-up).
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute(
            "CREATE INDEX ix_asset_search_trgm ON asset USING gin (search_text gin_trgm_ops)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("asset_fts_insert", "asset_fts_update", "asset_fts_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS asset_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_asset_search_trgm")
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_price")
        batch_op.drop_index("ix_asset_acquisition_year")
        batch_op.drop_column("search_text")
