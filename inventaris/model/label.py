"""Label templates that an office defines itself (the built-in ones live in inventaris.labels)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Integer, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base


class LabelTemplate(Base):
    __tablename__ = "label_template"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    page_width_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    page_height_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    margin_left_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    margin_top_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    columns: Mapped[int] = mapped_column(Integer)
    rows: Mapped[int] = mapped_column(Integer)
    label_width_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    label_height_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    gap_x_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
    gap_y_mm: Mapped[Decimal] = mapped_column(Numeric(7, 2))
