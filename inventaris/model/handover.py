"""Handovers of items to employees (BAST pemakaian), their return, and loans to another body
(pinjam pakai): BMD.md §12. Each is one paper with its items."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime


class Handover(Base):
    __tablename__ = "handover"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    # handover (serah terima pemakaian), return (pengembalian), loan (pinjam pakai),
    # loan_return (the borrower gives it back)
    kind: Mapped[str] = mapped_column(String(12))
    number: Mapped[str] = mapped_column(String(80))
    occurred_on: Mapped[date] = mapped_column(Date)
    # The second party: an employee (name, NIP, jabatan) or, for a loan, another body.
    holder_name: Mapped[str] = mapped_column(String(200))
    holder_nip: Mapped[str] = mapped_column(String(18), default="")
    holder_position: Mapped[str] = mapped_column(String(160), default="")
    agreement_number: Mapped[str] = mapped_column(String(80), default="")  # pinjam pakai
    ends_on: Mapped[date | None] = mapped_column(Date)  # pinjam pakai: at most 5 years
    returns_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"))  # what it ends
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        # Two PCs never hand out one number twice.
        Index("uq_handover_unit_number", "unit_id", "number", unique=True),
        Index("ix_handover_holder_nip", "holder_nip"),
    )


class HandoverItem(Base):
    __tablename__ = "handover_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"), index=True)
    condition: Mapped[str] = mapped_column(String(2))  # B, RR, RB: on handing over or return

    __table_args__ = (Index("uq_handover_item", "handover_id", "asset_id", unique=True),)
