"""The asset-code table (kodefikasi, Permendagri 108/2016)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base


class AssetCode(Base):
    __tablename__ = "asset_code"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
