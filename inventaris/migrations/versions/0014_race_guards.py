"""The database's own guards for saves made on several PCs at once: each plate, chassis, engine
and BPKB number on one item not disposed of, and each row imported without a register number
once per unit

Revision ID: 0014_race_guards
Revises: 0013_audit_append_only
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from inventaris.core.errors import DatabaseError

revision: str = "0014_race_guards"
down_revision: str | None = "0013_audit_append_only"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NUMBER_COLUMNS = {
    "plate_number": "Nomor polisi",
    "chassis_number": "Nomor rangka",
    "engine_number": "Nomor mesin",
    "bpkb_number": "Nomor BPKB",
}
# The words of MSG_SHARED_NUMBERS in inventaris/assets/vehicle_numbers.py, where lupdate finds
# them to translate (a migration imports only core and model).
MSG_SHARED_NUMBERS = (
    "This version of Inventaris keeps each plate, chassis, engine and BPKB number to one item, "
    "but in this database some are used by more than one item: {numbers}. Nothing was changed. "
    "With the version used so far, correct the wrong numbers (or record the disposal of an item "
    "that is gone), then start this version again."
)
SHOWN = 10


def _active(column: str) -> sa.TextClause:
    return sa.text(f"{column} <> '' AND status <> 'dihapus'")


def shared_numbers(connection: sa.Connection) -> list[str]:
    """Numbers more than one item not disposed of carries, with those items:
    ``Nomor polisi BK 1 A (1.3.2.02.01.01.003.000001, 1.3.2.02.01.01.003.000002)``."""
    found: list[str] = []
    for column, label in NUMBER_COLUMNS.items():
        active = f"{column} <> '' AND status <> 'dihapus'"
        rows = connection.execute(
            sa.text(
                f"SELECT {column}, code, register_number FROM asset WHERE {active} AND {column} "
                f"IN (SELECT {column} FROM asset WHERE {active} GROUP BY {column} "
                "HAVING count(*) > 1) "
                f"ORDER BY {column}, code, register_number"
            )
        ).all()
        holders: dict[str, list[str]] = {}
        for value, code, register in rows:
            holders.setdefault(str(value), []).append(f"{code}.{int(register):06d}")
        found.extend(f"{label} {value} ({', '.join(items)})" for value, items in holders.items())
    return found


def upgrade() -> None:
    # Two items sharing a number cannot be put right by a migration: which one is wrong is for
    # a person to say. The upgrade stops, untouched, naming them (the save's check kept them
    # apart; only two PCs saving at the same moment could slip past it).
    shared = shared_numbers(op.get_bind())
    if shared:
        more = len(shared) - SHOWN
        listed = "; ".join(shared[:SHOWN]) + (f"; … (+{more})" if more > 0 else "")
        raise DatabaseError(MSG_SHARED_NUMBERS, numbers=listed)
    # The same imported row added twice by two imports at once: the first keeps the key (so
    # the next import finds it), the later ones become ordinary items. Nothing is deleted.
    op.execute(
        "UPDATE asset SET import_key = NULL WHERE import_key IS NOT NULL AND id > ("
        "SELECT min(earlier.id) FROM asset AS earlier "
        "WHERE earlier.unit_id = asset.unit_id AND earlier.import_key = asset.import_key)"
    )
    op.create_index(
        "uq_asset_unit_import_key",
        "asset",
        ["unit_id", "import_key"],
        unique=True,
        sqlite_where=sa.text("import_key IS NOT NULL"),
        postgresql_where=sa.text("import_key IS NOT NULL"),
    )
    for column in NUMBER_COLUMNS:
        op.create_index(
            f"uq_asset_active_{column}",
            "asset",
            [column],
            unique=True,
            sqlite_where=_active(column),
            postgresql_where=_active(column),
        )


def downgrade() -> None:
    for column in reversed(list(NUMBER_COLUMNS)):
        op.drop_index(f"uq_asset_active_{column}", table_name="asset")
    op.drop_index("uq_asset_unit_import_key", table_name="asset")
