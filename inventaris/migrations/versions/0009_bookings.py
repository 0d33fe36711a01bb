"""Bookings of meeting rooms and pool vehicles, recurring series, the unit's booking settings

No two active bookings of one resource may overlap: on PostgreSQL an exclusion constraint
(btree_gist; creating the extension needs a superuser once), on SQLite triggers that check and
refuse inside the write lock. Half-open ranges: 10:00-11:00 and 11:00-12:00 do not overlap.

Revision ID: 0009_bookings
Revises: 0008_vehicle_covering_indexes
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import inventaris.model.base

revision: str = "0009_bookings"
down_revision: str | None = "0008_vehicle_covering_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OVERLAP = "booking_overlap"
SQLITE_GUARD = """
SELECT RAISE(ABORT, '{name}') WHERE EXISTS (
    SELECT 1 FROM booking AS other
    WHERE other.resource_key = NEW.resource_key AND other.status <> 'cancelled'
      AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at{extra}
);
"""


def upgrade() -> None:
    utc = inventaris.model.base.UtcDateTime(timezone=True)
    op.create_table(
        "booking_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resource_key", sa.String(length=40), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("interval", sa.Integer(), nullable=False),
        sa.Column("weekdays", sa.String(length=20), nullable=False),
        sa.Column("monthly_by", sa.String(length=10), nullable=False),
        sa.Column("nth", sa.Integer(), nullable=False),
        sa.Column("first_on", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_booking_series_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking_series")),
    )
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("resource_key", sa.String(length=40), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("vehicle_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", utc, nullable=False),
        sa.Column("ends_at", utc, nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organizer_unit", sa.String(length=120), nullable=False),
        sa.Column("contact_name", sa.String(length=120), nullable=False),
        sa.Column("contact_phone", sa.String(length=40), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=True),
        sa.Column("needs", sa.String(length=120), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("cancel_reason", sa.String(length=240), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("series_date", sa.Date(), nullable=True),
        sa.Column("own_changes", sa.Boolean(), nullable=False),
        sa.Column("created_at", utc, nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", utc, nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_booking_ends_after_start")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_booking_room_id_room")),
        sa.ForeignKeyConstraint(
            ["series_id"], ["booking_series.id"], name=op.f("fk_booking_series_id_booking_series")
        ),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_booking_unit_id_unit")),
        sa.ForeignKeyConstraint(
            ["vehicle_id"], ["asset.id"], name=op.f("fk_booking_vehicle_id_asset")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_booking")),
    )
    op.create_index("ix_booking_resource_time", "booking", ["resource_key", "starts_at", "ends_at"])
    op.create_index("ix_booking_time", "booking", ["starts_at"])
    op.create_index("ix_booking_series", "booking", ["series_id", "series_date"])
    op.create_table(
        "booking_settings",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("day_starts", sa.String(length=5), nullable=False),
        sa.Column("day_ends", sa.String(length=5), nullable=False),
        sa.Column("step_minutes", sa.Integer(), nullable=False),
        sa.Column("approval", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_booking_settings_unit_id_unit")
        ),
        sa.PrimaryKeyConstraint("unit_id", name=op.f("pk_booking_settings")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            f"ALTER TABLE booking ADD CONSTRAINT {OVERLAP} EXCLUDE USING gist "
            "(resource_key WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
            "WHERE (status <> 'cancelled')"
        )
    else:
        guard = SQLITE_GUARD.format(name=OVERLAP, extra="")
        op.execute(
            f"CREATE TRIGGER {OVERLAP}_insert BEFORE INSERT ON booking "
            f"WHEN NEW.status <> 'cancelled' BEGIN {guard} END"
        )
        guard = SQLITE_GUARD.format(name=OVERLAP, extra=" AND other.id <> NEW.id")
        op.execute(
            f"CREATE TRIGGER {OVERLAP}_update "
            "BEFORE UPDATE OF resource_key, starts_at, ends_at, status ON booking "
            f"WHEN NEW.status <> 'cancelled' BEGIN {guard} END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {OVERLAP}_insert")
        op.execute(f"DROP TRIGGER IF EXISTS {OVERLAP}_update")
    op.drop_table("booking_settings")
    op.drop_index("ix_booking_series", table_name="booking")
    op.drop_index("ix_booking_time", table_name="booking")
    op.drop_index("ix_booking_resource_time", table_name="booking")
    op.drop_table("booking")
    op.drop_table("booking_series")
