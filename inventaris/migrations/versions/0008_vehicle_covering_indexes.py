"""Covering indexes for the vehicles' due list (readings and the latest service of each kind)

Revision ID: 0008_vehicle_covering_indexes
Revises: 0007_vehicle_log
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_vehicle_covering_indexes"
down_revision: str | None = "0007_vehicle_log"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_service_record_asset", table_name="service_record")
    op.drop_index("ix_fuel_record_asset", table_name="fuel_record")
    op.create_index(
        "ix_service_record_asset_on", "service_record", ["asset_id", "serviced_on", "odometer_km"]
    )
    op.create_index(
        "ix_service_record_asset_kind",
        "service_record",
        ["asset_id", "kind", "serviced_on", "odometer_km"],
    )
    op.create_index(
        "ix_fuel_record_asset_on", "fuel_record", ["asset_id", "filled_on", "odometer_km"]
    )


def downgrade() -> None:
    op.drop_index("ix_fuel_record_asset_on", table_name="fuel_record")
    op.drop_index("ix_service_record_asset_kind", table_name="service_record")
    op.drop_index("ix_service_record_asset_on", table_name="service_record")
    op.create_index("ix_fuel_record_asset", "fuel_record", ["asset_id", "filled_on"])
    op.create_index("ix_service_record_asset", "service_record", ["asset_id", "serviced_on"])
