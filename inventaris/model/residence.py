"""Official residences (rumah dinas): the house's own details, its occupancies with the SIP
and family, and maintenance work.

At most one current occupant per house: a partial unique index on the occupancies that have
no move-out date, so the database refuses a second one even from two PCs at once.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime


class ResidenceDetail(Base):
    __tablename__ = "residence_detail"

    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), primary_key=True)
    golongan: Mapped[str] = mapped_column(String(3), default="II")  # I, II or III
    house_type: Mapped[str] = mapped_column(String(20), default="")  # e.g. "Tipe 70"
    storeys: Mapped[int] = mapped_column(Integer, default=1)
    electricity_account: Mapped[str] = mapped_column(String(40), default="")  # PLN ID pelanggan
    water_account: Mapped[str] = mapped_column(String(40), default="")  # PDAM
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    notes: Mapped[str] = mapped_column(Text, default="")


class Occupancy(Base):
    __tablename__ = "occupancy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"))
    occupant_name: Mapped[str] = mapped_column(String(120))
    occupant_nip: Mapped[str] = mapped_column(String(18), default="")
    rank_grade: Mapped[str] = mapped_column(String(60), default="")  # pangkat/golongan
    position: Mapped[str] = mapped_column(String(160), default="")  # jabatan
    occupant_unit: Mapped[str] = mapped_column(String(160), default="")
    sip_number: Mapped[str] = mapped_column(String(80))
    sip_date: Mapped[date] = mapped_column(Date)
    sip_signatory: Mapped[str] = mapped_column(String(160), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    monthly_rent: Mapped[int] = mapped_column(BigInteger, default=0)  # whole Rupiah
    move_in_on: Mapped[date | None] = mapped_column(Date)
    move_out_on: Mapped[date | None] = mapped_column(Date)
    move_out_reason: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        Index(
            "uq_occupancy_current",
            "asset_id",
            unique=True,
            sqlite_where=text("move_out_on IS NULL"),
            postgresql_where=text("move_out_on IS NULL"),
        ),
        Index("ix_occupancy_asset_from", "asset_id", "valid_from"),
    )


class FamilyMember(Base):
    __tablename__ = "family_member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occupancy_id: Mapped[int] = mapped_column(ForeignKey("occupancy.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    relation: Mapped[str] = mapped_column(String(40))  # istri, suami, anak …
    age: Mapped[int | None] = mapped_column(Integer)


class MaintenanceRecord(Base):
    """Work on a building (a house today): date, work, cost, contractor."""

    __tablename__ = "maintenance_record"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    done_on: Mapped[date] = mapped_column(Date)
    work: Mapped[str] = mapped_column(String(240))
    cost: Mapped[int] = mapped_column(BigInteger, default=0)
    contractor: Mapped[str] = mapped_column(String(160), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class ResidenceSettings(Base):
    __tablename__ = "residence_settings"

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    sip_years: Mapped[int] = mapped_column(Integer, default=2)
    retirement_age: Mapped[int] = mapped_column(Integer, default=58)
