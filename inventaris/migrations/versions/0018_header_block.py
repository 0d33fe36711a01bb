"""The cards' header block (provinsi, bidang, unit organisasi, sub unit, UPB), the office's
address and who signs the Surat Izin Penghunian: settings, empty until filled in

Revision ID: 0018_header_block
Revises: 0017_kib_def
Create Date: 2026-12-10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018_header_block"
down_revision: str | None = "0017_kib_def"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_REGENCY = (
    ("province", 120),
    ("sip_signatory_title", 160),
    ("sip_signatory_name", 120),
    ("sip_signatory_nip", 18),
)
_UNIT = (
    ("bidang", 160),
    ("unit_organisasi", 160),
    ("sub_unit", 160),
    ("upb", 160),
    ("address", 240),
)


def upgrade() -> None:
    for table, columns in (("regency_settings", _REGENCY), ("unit", _UNIT)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, length in columns:
                batch_op.add_column(
                    sa.Column(name, sa.String(length=length), nullable=False, server_default="")
                )


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch: a batch would rebuild the unit
    # table, which every unit-owned table references, and SQLite refuses to drop it.
    for table, columns in (("unit", _UNIT), ("regency_settings", _REGENCY)):
        for name, _ in reversed(columns):
            op.drop_column(table, name)
