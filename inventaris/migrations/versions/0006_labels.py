"""Labels: a stable key per asset for its QR code, and the office's own label templates

Revision ID: 0006_labels
Revises: 0005_room_status_index
Create Date: 2026-11-28
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_labels"
down_revision: str | None = "0005_room_status_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of inventaris.labels.new_label_key at this revision.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U


# Frozen copy of migration 0003's triggers that keep the search index of assets current.
SEARCH_TRIGGERS = (
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
)


def _key() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(10))


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("label_key", sa.String(length=12), nullable=True))
    connection = op.get_bind()
    ids = connection.execute(sa.text("SELECT id FROM asset")).scalars().all()
    keys: set[str] = set()
    updates = []
    for asset_id in ids:
        key = _key()
        while key in keys:
            key = _key()
        keys.add(key)
        updates.append({"id": asset_id, "key": key})
    for start in range(0, len(updates), 5000):
        connection.execute(
            sa.text("UPDATE asset SET label_key = :key WHERE id = :id"),
            updates[start : start + 5000],
        )
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.alter_column("label_key", existing_type=sa.String(length=12), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_asset_label_key"), ["label_key"])
    if connection.dialect.name == "sqlite":
        # SQLite rebuilt the asset table above, and its triggers went with the old one.
        for statement in SEARCH_TRIGGERS:
            op.execute(statement)
    op.create_table(
        "label_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("page_width_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("page_height_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("margin_left_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("margin_top_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("columns", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("label_width_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("label_height_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("gap_x_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("gap_y_mm", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_template")),
        sa.UniqueConstraint("name", name=op.f("uq_label_template_name")),
    )


def downgrade() -> None:
    op.drop_table("label_template")
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_asset_label_key"), type_="unique")
        batch_op.drop_column("label_key")
