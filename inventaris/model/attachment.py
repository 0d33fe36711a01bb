"""Photos and scanned documents kept in the database, so every PC sees them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from inventaris.model.base import Base, UtcDateTime


class Attachment(Base):
    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    # asset, vehicle_document, residence, handover, disposal_proposal
    owner_kind: Mapped[str] = mapped_column(String(24))
    owner_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(40))  # from the content, not the name
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    # Loaded only when asked for: lists show names and thumbnails, never every file.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    thumbnail: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))  # a small PNG
    note: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("ix_attachment_owner", "owner_kind", "owner_id"),)
