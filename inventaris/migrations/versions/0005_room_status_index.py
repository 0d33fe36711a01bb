"""Count a room's items from the index alone (room, status)

The rooms page counts the items not disposed of in every room; with the status in the index
that is an index-only scan instead of a lookup of 100,000 rows.

Revision ID: 0005_room_status_index
Revises: 0004_code_register_index
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005_room_status_index"
down_revision: str | None = "0004_code_register_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_room_id")
        batch_op.create_index("ix_asset_room_status", ["room_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_room_status")
        batch_op.create_index("ix_asset_room_id", ["room_id"], unique=False)
