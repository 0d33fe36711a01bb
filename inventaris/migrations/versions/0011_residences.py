"""Official residences: house details, occupancies (one current per house), family, maintenance

Revision ID: 0011_residences
Revises: 0010_plan_start
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0011_residences"
down_revision: str | None = "0010_plan_start"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    utc = inventaris.model.base.UtcDateTime(timezone=True)
    op.create_table(
        "residence_detail",
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("golongan", sa.String(length=3), nullable=False),
        sa.Column("house_type", sa.String(length=20), nullable=False),
        sa.Column("storeys", sa.Integer(), nullable=False),
        sa.Column("electricity_account", sa.String(length=40), nullable=False),
        sa.Column("water_account", sa.String(length=40), nullable=False),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_residence_detail_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("asset_id", name=op.f("pk_residence_detail")),
    )
    op.create_table(
        "occupancy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("occupant_name", sa.String(length=120), nullable=False),
        sa.Column("occupant_nip", sa.String(length=18), nullable=False),
        sa.Column("rank_grade", sa.String(length=60), nullable=False),
        sa.Column("position", sa.String(length=160), nullable=False),
        sa.Column("occupant_unit", sa.String(length=160), nullable=False),
        sa.Column("sip_number", sa.String(length=80), nullable=False),
        sa.Column("sip_date", sa.Date(), nullable=False),
        sa.Column("sip_signatory", sa.String(length=160), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("monthly_rent", sa.BigInteger(), nullable=False),
        sa.Column("move_in_on", sa.Date(), nullable=True),
        sa.Column("move_out_on", sa.Date(), nullable=True),
        sa.Column("move_out_reason", sa.String(length=40), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_occupancy_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupancy")),
    )
    op.create_index("ix_occupancy_asset_from", "occupancy", ["asset_id", "valid_from"])
    op.create_index(
        "uq_occupancy_current",
        "occupancy",
        ["asset_id"],
        unique=True,
        sqlite_where=sa.text("move_out_on IS NULL"),
        postgresql_where=sa.text("move_out_on IS NULL"),
    )
    op.create_table(
        "family_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occupancy_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("relation", sa.String(length=40), nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["occupancy_id"], ["occupancy.id"], name=op.f("fk_family_member_occupancy_id_occupancy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_member")),
    )
    op.create_index("ix_family_member_occupancy_id", "family_member", ["occupancy_id"])
    op.create_table(
        "maintenance_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("work", sa.String(length=240), nullable=False),
        sa.Column("cost", sa.BigInteger(), nullable=False),
        sa.Column("contractor", sa.String(length=160), nullable=False),
        sa.Column("recorded_at", utc, nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_maintenance_record_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_record")),
    )
    op.create_index("ix_maintenance_record_asset_id", "maintenance_record", ["asset_id"])
    op.create_table(
        "residence_settings",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("sip_years", sa.Integer(), nullable=False),
        sa.Column("retirement_age", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_residence_settings_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_residence_settings")),
    )


def downgrade() -> None:
    op.drop_table("residence_settings")
    op.drop_index("ix_maintenance_record_asset_id", table_name="maintenance_record")
    op.drop_table("maintenance_record")
    op.drop_index("ix_family_member_occupancy_id", table_name="family_member")
    op.drop_table("family_member")
    op.drop_index("uq_occupancy_current", table_name="occupancy")
    op.drop_index("ix_occupancy_asset_from", table_name="occupancy")
    op.drop_table("occupancy")
    op.drop_table("residence_detail")
