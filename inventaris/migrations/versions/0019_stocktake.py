"""Stock-takes (inventarisasi): the count, its scans, answers, closed places and follow-ups;
and the disposal proposal that lost or not-found items go onto

Revision ID: 0019_stocktake
Revises: 0018_header_block
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0019_stocktake"
down_revision: str | None = "0018_header_block"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stocktake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("decree_number", sa.String(length=80), nullable=False),
        sa.Column("decree_date", sa.Date(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("kibs", sa.String(length=16), nullable=False),
        sa.Column("team", sa.JSON(), nullable=False),
        sa.Column("closed_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_stocktake_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake")),
    )
    with op.batch_alter_table("stocktake", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stocktake_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(
            "uq_stocktake_open_unit",
            ["unit_id"],
            unique=True,
            sqlite_where=sa.text("closed_at IS NULL"),
            postgresql_where=sa.text("closed_at IS NULL"),
        )

    op.create_table(
        "disposal_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=True),
        sa.Column("created_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_disposal_proposal_stocktake_id_stocktake"),
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_disposal_proposal_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_proposal")),
    )
    with op.batch_alter_table("disposal_proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disposal_proposal_unit_id"), ["unit_id"], unique=False)

    op.create_table(
        "stocktake_place",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.Column("closed_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_place_stocktake_id_stocktake"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_place")),
    )
    with op.batch_alter_table("stocktake_place", schema=None) as batch_op:
        batch_op.create_index("uq_stocktake_place", ["stocktake_id", "place"], unique=True)

    op.create_table(
        "stocktake_room",
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["room_id"], ["room.id"], name=op.f("fk_stocktake_room_room_id_room")
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_room_stocktake_id_stocktake"),
        ),
        sa.PrimaryKeyConstraint("stocktake_id", "room_id", name=op.f("pk_stocktake_room")),
    )
    op.create_table(
        "disposal_proposal_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_disposal_proposal_item_asset_id_asset")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["disposal_proposal.id"],
            name=op.f("fk_disposal_proposal_item_proposal_id_disposal_proposal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_proposal_item")),
    )
    with op.batch_alter_table("disposal_proposal_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_disposal_proposal_item_proposal_id"), ["proposal_id"], unique=False
        )
        batch_op.create_index(
            "uq_disposal_proposed_asset",
            ["asset_id"],
            unique=True,
            sqlite_where=sa.text("state = 'proposed'"),
            postgresql_where=sa.text("state = 'proposed'"),
        )

    op.create_table(
        "stocktake_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.Integer(), nullable=True),
        sa.Column("presence", sa.String(length=16), nullable=False),
        sa.Column("recorded", sa.JSON(), nullable=True),
        sa.Column("observed_condition", sa.String(length=2), nullable=False),
        sa.Column("corrections", sa.JSON(), nullable=False),
        sa.Column("user_kind", sa.String(length=12), nullable=False),
        sa.Column("user_name", sa.String(length=160), nullable=False),
        sa.Column("user_nip", sa.String(length=18), nullable=False),
        sa.Column("user_document", sa.String(length=120), nullable=False),
        sa.Column("twin", sa.String(length=60), nullable=False),
        sa.Column("land_not_owned", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("scanned", sa.String(length=120), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("brand_type", sa.String(length=120), nullable=False),
        sa.Column("specification", sa.String(length=400), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("acquisition_year", sa.Integer(), nullable=True),
        sa.Column("estimated_value", sa.BigInteger(), nullable=True),
        sa.Column("improvement", sa.Boolean(), nullable=False),
        sa.Column("improvement_of", sa.String(length=60), nullable=False),
        sa.Column("registered_asset_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_stocktake_item_asset_id_asset")
        ),
        sa.ForeignKeyConstraint(
            ["registered_asset_id"],
            ["asset.id"],
            name=op.f("fk_stocktake_item_registered_asset_id_asset"),
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_item_stocktake_id_stocktake"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_item")),
    )
    with op.batch_alter_table("stocktake_item", schema=None) as batch_op:
        batch_op.create_index(
            "uq_stocktake_item_asset",
            ["stocktake_id", "asset_id"],
            unique=True,
            sqlite_where=sa.text("asset_id IS NOT NULL"),
            postgresql_where=sa.text("asset_id IS NOT NULL"),
        )

    op.create_table(
        "stocktake_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("scanned", sa.String(length=120), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("result", sa.String(length=12), nullable=False),
        sa.Column("recorded", sa.JSON(), nullable=True),
        sa.Column("scanned_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("scanned_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_stocktake_scan_asset_id_asset")
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_scan_stocktake_id_stocktake"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_scan")),
    )
    with op.batch_alter_table("stocktake_scan", schema=None) as batch_op:
        batch_op.create_index("ix_stocktake_scan_asset", ["stocktake_id", "asset_id"], unique=False)
        batch_op.create_index("ix_stocktake_scan_place", ["stocktake_id", "place"], unique=False)

    op.create_table(
        "stocktake_followup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("done_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("done_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_stocktake_followup_asset_id_asset")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["stocktake_item.id"],
            name=op.f("fk_stocktake_followup_item_id_stocktake_item"),
        ),
        sa.ForeignKeyConstraint(
            ["stocktake_id"],
            ["stocktake.id"],
            name=op.f("fk_stocktake_followup_stocktake_id_stocktake"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocktake_followup")),
    )
    with op.batch_alter_table("stocktake_followup", schema=None) as batch_op:
        batch_op.create_index(
            "uq_stocktake_followup", ["stocktake_id", "kind", "asset_id", "item_id"], unique=True
        )


def downgrade() -> None:
    # Dropping a table drops its indexes; children first.
    for table in (
        "stocktake_followup",
        "stocktake_scan",
        "stocktake_item",
        "disposal_proposal_item",
        "stocktake_room",
        "stocktake_place",
        "disposal_proposal",
        "stocktake",
    ):
        op.drop_table(table)
