"""Office settings: regency-wide values, the units (OPD/UPB) and the useful-life table."""

from __future__ import annotations

from sqlalchemy import BigInteger, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base

# Rp: the central government's capitalisation thresholds for equipment and for buildings, the
# defaults until the region's Perkada sets its own.
DEFAULT_THRESHOLD_EQUIPMENT = 1_000_000
DEFAULT_THRESHOLD_BUILDING = 25_000_000


class RegencySettings(Base):
    """Settings for the whole regency: one row (id = 1)."""

    __tablename__ = "regency_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    regency_name: Mapped[str] = mapped_column(String(120), default="")
    city: Mapped[str] = mapped_column(String(80), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    threshold_equipment: Mapped[int] = mapped_column(
        BigInteger, default=DEFAULT_THRESHOLD_EQUIPMENT
    )
    threshold_building: Mapped[int] = mapped_column(BigInteger, default=DEFAULT_THRESHOLD_BUILDING)
    paper_size: Mapped[str] = mapped_column(String(8), default="A4")
    province: Mapped[str] = mapped_column(String(120), default="")  # the cards' header block
    # Who signs the Surat Izin Penghunian (the Sekretaris Daerah, regency-wide)
    sip_signatory_title: Mapped[str] = mapped_column(String(160), default="")
    sip_signatory_name: Mapped[str] = mapped_column(String(120), default="")
    sip_signatory_nip: Mapped[str] = mapped_column(String(18), default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}


class Unit(Base):
    """An OPD or UPB: owns its registers, rooms and signatories."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    name: Mapped[str] = mapped_column(String(160))
    kode_lokasi: Mapped[str] = mapped_column(String(64), default="")
    head_title: Mapped[str] = mapped_column(String(120), default="")
    head_name: Mapped[str] = mapped_column(String(120), default="")
    head_nip: Mapped[str] = mapped_column(String(18), default="")
    custodian_name: Mapped[str] = mapped_column(String(120), default="")
    custodian_nip: Mapped[str] = mapped_column(String(18), default="")
    # The cards' header block (SIMDA style); empty lines are left out of it
    bidang: Mapped[str] = mapped_column(String(160), default="")
    unit_organisasi: Mapped[str] = mapped_column(String(160), default="")  # Pengguna Barang
    sub_unit: Mapped[str] = mapped_column(String(160), default="")  # Kuasa Pengguna Barang
    upb: Mapped[str] = mapped_column(String(160), default="")
    address: Mapped[str] = mapped_column(String(240), default="")  # under the letterhead
    # How BAST numbers are made: {seq} the year's next number, {year}; e.g. 030/{seq}/BU/{year}
    handover_number_pattern: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}


class UsefulLife(Base):
    """Useful life in years by asset-code prefix; the longest matching prefix wins."""

    __tablename__ = "useful_life"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_prefix: Mapped[str] = mapped_column(String(32), unique=True)
    years: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(160), default="")
