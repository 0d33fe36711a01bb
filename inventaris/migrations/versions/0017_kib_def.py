"""KIB D, E and F: the columns of roads and networks, other fixed assets and construction in
progress (Permendagri 47/2021)

Existing items get empty values: none of them is on one of those cards yet.

Revision ID: 0017_kib_def
Revises: 0016_vehicle_corrections
Create Date: 2026-12-10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_kib_def"
down_revision: str | None = "0016_vehicle_corrections"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXTS = (
    ("construction", 60),
    ("book_title", 200),
    ("art_origin", 80),
    ("art_creator", 120),
    ("species", 120),
    ("building_kind", 2),
    ("contract_number", 80),
)


def upgrade() -> None:
    with op.batch_alter_table("asset", schema=None) as batch_op:
        for name, length in _TEXTS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )
        batch_op.add_column(sa.Column("length_km", sa.Numeric(12, 3), nullable=True))
        batch_op.add_column(sa.Column("width_m", sa.Numeric(10, 2), nullable=True))
        batch_op.add_column(sa.Column("construction_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("contract_value", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("progress_percent", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name != "sqlite":
        # On SQLite, dropping a default rebuilds the table and would lose the search triggers;
        # the leftover default '' is harmless there (the program always writes the value).
        with op.batch_alter_table("asset", schema=None) as batch_op:
            for name, _length in _TEXTS:
                batch_op.alter_column(name, server_default=None)


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch rebuilds asset,
    # which SQLite refuses while other tables' foreign keys point at it.
    for name in (
        "progress_percent",
        "contract_value",
        "construction_start",
        "width_m",
        "length_km",
        *(name for name, _length in reversed(_TEXTS)),
    ):
        op.drop_column("asset", name)
