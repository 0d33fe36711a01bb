"""Vehicle log: details, service and fuel records, odometer resets, service plans, documents

Revision ID: 0007_vehicle_log
Revises: 0006_labels
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0007_vehicle_log"
down_revision: str | None = "0006_labels"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fuel_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("filled_on", sa.Date(), nullable=False),
        sa.Column("fuel", sa.String(length=20), nullable=False),
        sa.Column("litres", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("price_per_litre", sa.BigInteger(), nullable=False),
        sa.Column("odometer_km", sa.Integer(), nullable=False),
        sa.Column("driver_name", sa.String(length=120), nullable=False),
        sa.Column("coupon_number", sa.String(length=40), nullable=False),
        sa.Column("recorded_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_fuel_record_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fuel_record")),
    )
    with op.batch_alter_table("fuel_record", schema=None) as batch_op:
        batch_op.create_index("ix_fuel_record_asset", ["asset_id", "filled_on"], unique=False)

    op.create_table(
        "odometer_reset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("reset_on", sa.Date(), nullable=False),
        sa.Column("new_reading_km", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_odometer_reset_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_odometer_reset")),
    )
    with op.batch_alter_table("odometer_reset", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_odometer_reset_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "service_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("service_kind", sa.String(length=24), nullable=False),
        sa.Column("every_km", sa.Integer(), nullable=True),
        sa.Column("every_months", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_service_plan_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_plan")),
    )
    with op.batch_alter_table("service_plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_plan_asset_id"), ["asset_id"], unique=False)

    op.create_table(
        "service_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("serviced_on", sa.Date(), nullable=False),
        sa.Column("odometer_km", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("workshop", sa.String(length=120), nullable=False),
        sa.Column("receipt_number", sa.String(length=60), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("parts_cost", sa.BigInteger(), nullable=False),
        sa.Column("labour_cost", sa.BigInteger(), nullable=False),
        sa.Column("recorded_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_service_record_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_record")),
    )
    with op.batch_alter_table("service_record", schema=None) as batch_op:
        batch_op.create_index("ix_service_record_asset", ["asset_id", "serviced_on"], unique=False)

    op.create_table(
        "vehicle_detail",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("previous_plate", sa.String(length=16), nullable=False),
        sa.Column("colour", sa.String(length=40), nullable=False),
        sa.Column("fuel_type", sa.String(length=20), nullable=False),
        sa.Column("wheels", sa.String(length=4), nullable=False),
        sa.Column("driver_name", sa.String(length=120), nullable=False),
        sa.Column("pooled", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_vehicle_detail_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("asset_id", name=op.f("pk_vehicle_detail")),
    )
    op.create_table(
        "vehicle_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_vehicle_document_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vehicle_document")),
    )
    with op.batch_alter_table("vehicle_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_vehicle_document_asset_id"), ["asset_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("vehicle_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vehicle_document_asset_id"))

    op.drop_table("vehicle_document")
    op.drop_table("vehicle_detail")
    with op.batch_alter_table("service_record", schema=None) as batch_op:
        batch_op.drop_index("ix_service_record_asset")

    op.drop_table("service_record")
    with op.batch_alter_table("service_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_plan_asset_id"))

    op.drop_table("service_plan")
    with op.batch_alter_table("odometer_reset", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_odometer_reset_asset_id"))

    op.drop_table("odometer_reset")
    with op.batch_alter_table("fuel_record", schema=None) as batch_op:
        batch_op.drop_index("ix_fuel_record_asset")

    op.drop_table("fuel_record")
