"""Importing spreadsheets: remembered column mappings, and the fingerprint of imported rows

Revision ID: 0012_import
Revises: 0011_residences
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0012_import"
down_revision: str | None = "0011_residences"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_layout",
        sa.Column("signature", sa.String(length=40), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("updated_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_import_layout")),
    )
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_key", sa.String(length=40), nullable=True))
        batch_op.create_index("ix_asset_import_key", ["import_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_import_key")
        batch_op.drop_column("import_key")
    op.drop_table("import_layout")
