"""Index the register's default order (kode barang, register number)

The register opens sorted by code and register; with this index the first page of a search
for a common word is found by walking the index instead of sorting every match.

Revision ID: 0004_code_register_index
Revises: 0003_register_search
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_code_register_index"
down_revision: str | None = "0003_register_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_code")
        batch_op.create_index("ix_asset_code_register", ["code", "register_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_code_register")
        batch_op.create_index("ix_asset_code", ["code"], unique=False)
