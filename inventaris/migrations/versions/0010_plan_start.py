"""A service plan's start: the day it was made and the odometer reading then

Plans made before this revision keep no start (NULL) and count from the vehicle's acquisition,
as they did.

Revision ID: 0010_plan_start
Revises: 0009_bookings
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_plan_start"
down_revision: str | None = "0009_bookings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("service_plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("starts_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("starts_km", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("service_plan", schema=None) as batch_op:
        batch_op.drop_column("starts_km")
        batch_op.drop_column("starts_on")
