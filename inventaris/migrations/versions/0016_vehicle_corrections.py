"""Vehicle records can be corrected: a row version on service and fuel records, and what was
paid for a vehicle's documents (the annual tax at its renewal)

Records made before this revision start at version 1; there were no payments before it.

Revision ID: 0016_vehicle_corrections
Revises: 0015_code_words
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0016_vehicle_corrections"
down_revision: str | None = "0015_code_words"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("service_record", "fuel_record"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )
    utc = inventaris.model.base.UtcDateTime(timezone=True)
    op.create_table(
        "vehicle_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", utc, nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_vehicle_payment_asset_id_asset")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["vehicle_document.id"],
            name=op.f("fk_vehicle_payment_document_id_vehicle_document"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle_payment")),
    )
    op.create_index("ix_vehicle_payment_asset_on", "vehicle_payment", ["asset_id", "paid_on"])
    op.create_index(
        op.f("ix_vehicle_payment_document_id"), "vehicle_payment", ["document_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_vehicle_payment_document_id"), table_name="vehicle_payment")
    op.drop_index("ix_vehicle_payment_asset_on", table_name="vehicle_payment")
    op.drop_table("vehicle_payment")
    for table in ("fuel_record", "service_record"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("row_version")
