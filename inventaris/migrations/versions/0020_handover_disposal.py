"""Handovers (BAST pemakaian, pengembalian, pinjam pakai) and their items; the disposal
proposal's number and inspection, and the decrees; attachments; the BAST number pattern

Revision ID: 0020_handover_disposal
Revises: 0019_stocktake
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0020_handover_disposal"
down_revision: str | None = "0019_stocktake"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("owner_kind", sa.String(length=24), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_attachment_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_owner", ["owner_kind", "owner_id"], unique=False)

    op.create_table(
        "handover",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("holder_name", sa.String(length=200), nullable=False),
        sa.Column("holder_nip", sa.String(length=18), nullable=False),
        sa.Column("holder_position", sa.String(length=160), nullable=False),
        sa.Column("agreement_number", sa.String(length=80), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("returns_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["returns_id"], ["handover.id"], name=op.f("fk_handover_returns_id_handover")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_handover_unit_id_unit")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index("ix_handover_holder_nip", ["holder_nip"], unique=False)
        batch_op.create_index(batch_op.f("ix_handover_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index("uq_handover_unit_number", ["unit_id", "number"], unique=True)

    op.create_table(
        "disposal_decree",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("proposal_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=80), nullable=False),
        sa.Column("decreed_on", sa.Date(), nullable=False),
        sa.Column("method", sa.String(length=24), nullable=False),
        sa.Column("created_at", inventaris.model.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["disposal_proposal.id"],
            name=op.f("fk_disposal_decree_proposal_id_disposal_proposal"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disposal_decree")),
    )
    with op.batch_alter_table("disposal_decree", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_disposal_decree_proposal_id"), ["proposal_id"], unique=False
        )

    op.create_table(
        "handover_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("handover_id", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["asset.id"], name=op.f("fk_handover_item_asset_id_asset")
        ),
        sa.ForeignKeyConstraint(
            ["handover_id"], ["handover.id"], name=op.f("fk_handover_item_handover_id_handover")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover_item")),
    )
    with op.batch_alter_table("handover_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_item_asset_id"), ["asset_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_handover_item_handover_id"), ["handover_id"], unique=False
        )
        batch_op.create_index("uq_handover_item", ["handover_id", "asset_id"], unique=True)

    with op.batch_alter_table("disposal_proposal", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("number", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("inspection_number", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("inspection_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("inspection_note", sa.Text(), nullable=False, server_default="")
        )

    with op.batch_alter_table("disposal_proposal_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decree_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_disposal_proposal_item_decree_id_disposal_decree"),
            "disposal_decree",
            ["decree_id"],
            ["id"],
        )

    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "handover_number_pattern", sa.String(length=80), nullable=False, server_default=""
            )
        )


def downgrade() -> None:
    # Plain DROP COLUMN on unit and disposal_proposal (SQLite 3.35+): a batch would rebuild
    # tables that others reference. Dropping a table drops its indexes.
    op.drop_column("unit", "handover_number_pattern")
    with op.batch_alter_table("disposal_proposal_item", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_disposal_proposal_item_decree_id_disposal_decree"), type_="foreignkey"
        )
        batch_op.drop_column("decree_id")
    for column in ("inspection_note", "inspection_date", "inspection_number", "number"):
        op.drop_column("disposal_proposal", column)
    for table in ("handover_item", "disposal_decree", "handover", "attachment"):
        op.drop_table(table)
