"""Register: asset codes, buildings, rooms, assets and their events

Revision ID: 0002_register
Revises: 0001_foundation
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0002_register"
down_revision: str | None = "0001_foundation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "asset_code",
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_asset_code")),
    )
    op.create_table(
        "building",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=240), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_building_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_building")),
    )
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_building_unit_id"), ["unit_id"], unique=False)
    op.create_table(
        "register_counter",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["code"], ["asset_code.code"], name=op.f("fk_register_counter_code_asset_code")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_register_counter_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("unit_id", "code", name=op.f("pk_register_counter")),
    )
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("building_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("floor", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("facilities", sa.String(length=240), nullable=False),
        sa.Column("responsible_name", sa.String(length=120), nullable=False),
        sa.Column("responsible_nip", sa.String(length=18), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["building_id"], ["building.id"], name=op.f("fk_room_building_id_building")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_room_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room")),
        sa.UniqueConstraint("unit_id", "code", name=op.f("uq_room_unit_id_code")),
    )
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_unit_id"), ["unit_id"], unique=False)
    op.create_table(
        "asset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("register_number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("specification", sa.String(length=400), nullable=False),
        sa.Column("brand_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.String(length=60), nullable=False),
        sa.Column("material", sa.String(length=60), nullable=False),
        sa.Column("serial_number", sa.String(length=80), nullable=False),
        sa.Column("chassis_number", sa.String(length=40), nullable=False),
        sa.Column("engine_number", sa.String(length=40), nullable=False),
        sa.Column("plate_number", sa.String(length=16), nullable=False),
        sa.Column("bpkb_number", sa.String(length=40), nullable=False),
        sa.Column("acquisition_date", sa.Date(), nullable=True),
        sa.Column("acquisition_year", sa.Integer(), nullable=False),
        sa.Column("acquisition_method", sa.String(length=32), nullable=False),
        sa.Column("funding_source", sa.String(length=80), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("quantity_unit", sa.String(length=20), nullable=False),
        sa.Column("condition", sa.String(length=2), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("holder_name", sa.String(length=120), nullable=False),
        sa.Column("holder_nip", sa.String(length=18), nullable=False),
        sa.Column("nibar", sa.String(length=45), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("address", sa.String(length=240), nullable=False),
        sa.Column("land_area_m2", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("floor_area_m2", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("land_title_status", sa.String(length=60), nullable=False),
        sa.Column("land_use", sa.String(length=120), nullable=False),
        sa.Column("document_date", sa.Date(), nullable=True),
        sa.Column("document_number", sa.String(length=80), nullable=False),
        sa.Column("multi_storey", sa.Boolean(), nullable=True),
        sa.Column("concrete", sa.Boolean(), nullable=True),
        sa.Column("land_code", sa.String(length=40), nullable=False),
        sa.Column("disposed_on", sa.Date(), nullable=True),
        sa.Column("disposal_decree", sa.String(length=80), nullable=False),
        sa.Column("disposal_reason", sa.String(length=32), nullable=False),
        sa.Column(
            "label_printed_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=True
        ),
        sa.Column("created_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["code"], ["asset_code.code"], name=op.f("fk_asset_code_asset_code")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_asset_room_id_room")),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_asset_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset")),
        sa.UniqueConstraint(
            "unit_id", "code", "register_number", name=op.f("uq_asset_unit_id_code_register_number")
        ),
    )
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.create_index("ix_asset_code", ["code"], unique=False)
        batch_op.create_index("ix_asset_name", ["name"], unique=False)
        batch_op.create_index("ix_asset_room_id", ["room_id"], unique=False)
        batch_op.create_index("ix_asset_status", ["status"], unique=False)
    op.create_table(
        "asset_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_asset_event_asset_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_asset_event")),
    )
    with op.batch_alter_table("asset_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_asset_event_asset_id"), ["asset_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("asset_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_asset_event_asset_id"))
    op.drop_table("asset_event")
    with op.batch_alter_table("asset", schema=None) as batch_op:
        batch_op.drop_index("ix_asset_status")
        batch_op.drop_index("ix_asset_room_id")
        batch_op.drop_index("ix_asset_name")
        batch_op.drop_index("ix_asset_code")
    op.drop_table("asset")
    with op.batch_alter_table("room", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_unit_id"))
    op.drop_table("room")
    op.drop_table("register_counter")
    with op.batch_alter_table("building", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_building_unit_id"))
    op.drop_table("building")
    op.drop_table("asset_code")
