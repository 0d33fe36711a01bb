"""Assets (one physical item = one register row) and their dated events."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime


class RegisterCounter(Base):
    """Last register number handed out per (unit, code): numbers are never reused."""

    __tablename__ = "register_counter"

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    code: Mapped[str] = mapped_column(ForeignKey("asset_code.code"), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


# Plate, chassis, engine and BPKB numbers: each belongs to one item not disposed of (see
# inventaris/assets/vehicle_numbers.py, which names the holder when a save is refused).
VEHICLE_NUMBER_COLUMNS = ("plate_number", "chassis_number", "engine_number", "bpkb_number")


def active_number_where(column: str) -> str:
    """Where a vehicle number must be unique: filled in, on an item not disposed of."""
    return f"{column} <> '' AND status <> 'dihapus'"


class Asset(Base):
    __tablename__ = "asset"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    code: Mapped[str] = mapped_column(ForeignKey("asset_code.code"))
    register_number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    specification: Mapped[str] = mapped_column(String(400), default="")
    brand_type: Mapped[str] = mapped_column(String(120), default="")
    size: Mapped[str] = mapped_column(String(60), default="")
    material: Mapped[str] = mapped_column(String(60), default="")
    serial_number: Mapped[str] = mapped_column(String(80), default="")
    chassis_number: Mapped[str] = mapped_column(String(40), default="")
    engine_number: Mapped[str] = mapped_column(String(40), default="")
    plate_number: Mapped[str] = mapped_column(String(16), default="")
    bpkb_number: Mapped[str] = mapped_column(String(40), default="")
    acquisition_date: Mapped[date | None] = mapped_column(Date)
    acquisition_year: Mapped[int] = mapped_column(Integer)
    acquisition_method: Mapped[str] = mapped_column(String(32))
    funding_source: Mapped[str] = mapped_column(String(80), default="")
    price: Mapped[int] = mapped_column(BigInteger)  # whole Rupiah
    quantity_unit: Mapped[str] = mapped_column(String(20), default="Unit")
    condition: Mapped[str] = mapped_column(String(2), default="B")  # B, RR, RB
    status: Mapped[str] = mapped_column(String(16), default="aktif")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    holder_name: Mapped[str] = mapped_column(String(120), default="")
    holder_nip: Mapped[str] = mapped_column(String(18), default="")
    nibar: Mapped[str] = mapped_column(String(45), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # KIB A (land) and KIB C (buildings)
    address: Mapped[str] = mapped_column(String(240), default="")
    land_area_m2: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    floor_area_m2: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    land_title_status: Mapped[str] = mapped_column(String(60), default="")
    land_use: Mapped[str] = mapped_column(String(120), default="")
    document_date: Mapped[date | None] = mapped_column(Date)
    document_number: Mapped[str] = mapped_column(String(80), default="")
    multi_storey: Mapped[bool | None] = mapped_column()
    concrete: Mapped[bool | None] = mapped_column()
    land_code: Mapped[str] = mapped_column(String(40), default="")
    # KIB D (roads, irrigation, networks); its "Luas" is land_area_m2, KIB F's floor_area_m2.
    construction: Mapped[str] = mapped_column(String(60), default="")
    length_km: Mapped[Decimal | None] = mapped_column(Numeric(12, 3))
    width_m: Mapped[Decimal | None] = mapped_column(Numeric(10, 2))
    # KIB E (other fixed assets): books, works of art, animals and plants
    book_title: Mapped[str] = mapped_column(String(200), default="")
    art_origin: Mapped[str] = mapped_column(String(80), default="")
    art_creator: Mapped[str] = mapped_column(String(120), default="")
    species: Mapped[str] = mapped_column(String(120), default="")
    # KIB F (construction in progress): P permanen, SP semi permanen, D darurat
    building_kind: Mapped[str] = mapped_column(String(2), default="")
    construction_start: Mapped[date | None] = mapped_column(Date)
    contract_number: Mapped[str] = mapped_column(String(80), default="")
    contract_value: Mapped[int | None] = mapped_column(BigInteger)  # whole Rupiah
    progress_percent: Mapped[int | None] = mapped_column(Integer)
    # disposal (penghapusan): never a deletion
    disposed_on: Mapped[date | None] = mapped_column(Date)
    disposal_decree: Mapped[str] = mapped_column(String(80), default="")
    disposal_reason: Mapped[str] = mapped_column(String(32), default="")
    label_printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # What the QR label carries: stable through reclassification, never the database id.
    label_key: Mapped[str] = mapped_column(String(12), unique=True)
    # An imported row without a register number: its fingerprint, so importing the same file
    # again finds the item instead of adding it twice (see inventaris/importing/planning.py).
    import_key: Mapped[str | None] = mapped_column(String(40))
    # Lower-case words people search by (names, codes, numbers, room): see core/search.py.
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        UniqueConstraint("unit_id", "code", "register_number"),
        Index("ix_asset_name", "name"),
        Index("ix_asset_code_register", "code", "register_number"),
        Index("ix_asset_room_status", "room_id", "status"),
        Index("ix_asset_status", "status"),
        Index("ix_asset_acquisition_year", "acquisition_year"),
        Index("ix_asset_price", "price"),
        Index("ix_asset_import_key", "import_key"),
        # One unit's register sorted by name or year (migration 0021): the regency-wide indexes
        # above would walk every unit's rows to find one unit's first page.
        Index("ix_asset_unit_name", "unit_id", "name", "id"),
        Index("ix_asset_unit_year", "unit_id", "acquisition_year", "id"),
        # A unit's codes by prefix (LIKE '1.3.3.01.02%'): PostgreSQL uses a btree for LIKE
        # only in the "C" collation or with the pattern operator class.
        Index(
            "ix_asset_unit_code",
            "unit_id",
            "code",
            postgresql_ops={"code": "varchar_pattern_ops"},
        ),
        # A row imported without a register number is one item of its unit: two imports of
        # one file can never both add it (see inventaris/importing/service.py).
        Index(
            "uq_asset_unit_import_key",
            "unit_id",
            "import_key",
            unique=True,
            sqlite_where=text("import_key IS NOT NULL"),
            postgresql_where=text("import_key IS NOT NULL"),
        ),
        *(
            Index(
                f"uq_asset_active_{column}",
                column,
                unique=True,
                sqlite_where=text(active_number_where(column)),
                postgresql_where=text(active_number_where(column)),
            )
            for column in VEHICLE_NUMBER_COLUMNS
        ),
    )


class AssetEvent(Base):
    """A dated change in an asset's life: acquisition, move, condition, value, disposal …"""

    __tablename__ = "asset_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    occurred_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    amount: Mapped[int | None] = mapped_column(BigInteger)  # Rupiah, for value events
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
