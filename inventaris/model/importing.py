"""Column mappings of imported spreadsheet layouts, remembered for the next import."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime


class ImportLayout(Base):
    """A layout is known by its header texts; the office's PCs share what one person mapped."""

    __tablename__ = "import_layout"

    signature: Mapped[str] = mapped_column(String(40), primary_key=True)
    headers: Mapped[list[Any]] = mapped_column(JSON)
    fields: Mapped[list[Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
