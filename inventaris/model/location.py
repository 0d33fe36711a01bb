"""Buildings and rooms of a unit."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base


class Building(Base):
    __tablename__ = "building"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(240), default="")


class Room(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(120))
    floor: Mapped[str] = mapped_column(String(16), default="")
    # office, meeting, storage, residence, other
    kind: Mapped[str] = mapped_column(String(16), default="office")
    capacity: Mapped[int | None] = mapped_column(Integer)
    facilities: Mapped[str] = mapped_column(String(240), default="")
    responsible_name: Mapped[str] = mapped_column(String(120), default="")
    responsible_nip: Mapped[str] = mapped_column(String(18), default="")
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (UniqueConstraint("unit_id", "code"),)
