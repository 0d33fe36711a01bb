"""Stock-takes (inventarisasi, BMD.md §11): the count, its scans, its answers and follow-ups.

A *place* is where items are counted: a room's id, or 0 for the items that sit in no room (land,
buildings, vehicles). Scans are only ever added (two PCs never contend for a row); an answer row
holds what the team says of one item beyond "it is here".
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from inventaris.model.base import Base, UtcDateTime

OUTSIDE_ROOMS = 0  # the place of items that sit in no room


class Stocktake(Base):
    __tablename__ = "stocktake"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(160))
    decree_number: Mapped[str] = mapped_column(String(80), default="")
    decree_date: Mapped[date | None] = mapped_column(Date)
    started_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    # "B,E": only these KIBs; "" for all.
    kibs: Mapped[str] = mapped_column(String(16), default="")
    # [{"name", "nip", "role"}]: the team named in the decree, chair first.
    team: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        # One open stock-take per unit, even when two PCs start one at the same moment.
        Index(
            "uq_stocktake_open_unit",
            "unit_id",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
    )


class StocktakeRoom(Base):
    """The rooms a stock-take covers; none at all means every room and the items outside rooms."""

    __tablename__ = "stocktake_room"

    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"), primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), primary_key=True)


class StocktakePlace(Base):
    """A place whose count is finished: what was not checked there is confirmed not found."""

    __tablename__ = "stocktake_place"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"))
    place: Mapped[int] = mapped_column(Integer)
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    closed_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (Index("uq_stocktake_place", "stocktake_id", "place", unique=True),)


class StocktakeScan(Base):
    """One line from the scanner or one tick by hand, kept whatever it turned out to be."""

    __tablename__ = "stocktake_scan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"))
    place: Mapped[int] = mapped_column(Integer)
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id"))
    scanned: Mapped[str] = mapped_column(String(120), default="")
    method: Mapped[str] = mapped_column(String(8))  # scan, manual
    # found, misplaced, duplicate, conflict, unknown, disposed
    result: Mapped[str] = mapped_column(String(12))
    # The register as it was at this check: what the answers are compared against.
    recorded: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    scanned_at: Mapped[datetime] = mapped_column(UtcDateTime)
    scanned_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_stocktake_scan_asset", "stocktake_id", "asset_id"),
        Index("ix_stocktake_scan_place", "stocktake_id", "place"),
    )


class StocktakeItem(Base):
    """The team's answers about one register item (``asset_id``), or an item found that is not
    in the register (``asset_id`` empty: LKI III.A.7)."""

    __tablename__ = "stocktake_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"))
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id"))
    place: Mapped[int | None] = mapped_column(Integer)  # where a finding was seen
    # "" (it is there when scanned), hilang (stolen or lost), tidak_ditemukan (not found)
    presence: Mapped[str] = mapped_column(String(16), default="")
    recorded: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    observed_condition: Mapped[str] = mapped_column(String(2), default="")
    # {field: what it should be}; a field not named is right ("sesuai").
    corrections: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    # "", unit, employee, other (another government or party)
    user_kind: Mapped[str] = mapped_column(String(12), default="")
    user_name: Mapped[str] = mapped_column(String(160), default="")
    user_nip: Mapped[str] = mapped_column(String(18), default="")
    user_document: Mapped[str] = mapped_column(String(120), default="")
    twin: Mapped[str] = mapped_column(String(60), default="")  # code+register recorded twice
    land_not_owned: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    # A finding (not in the register): what the team wrote down to register it later.
    scanned: Mapped[str] = mapped_column(String(120), default="")
    code: Mapped[str] = mapped_column(String(40), default="")
    name: Mapped[str] = mapped_column(String(200), default="")
    brand_type: Mapped[str] = mapped_column(String(120), default="")
    specification: Mapped[str] = mapped_column(String(400), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    acquisition_year: Mapped[int | None] = mapped_column(Integer)
    estimated_value: Mapped[int | None] = mapped_column(BigInteger)  # whole Rupiah
    improvement: Mapped[bool] = mapped_column(default=False)  # an improvement not capitalised
    improvement_of: Mapped[str] = mapped_column(String(60), default="")  # its parent, if known
    registered_asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id"))
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    answered_by: Mapped[str] = mapped_column(String(64))
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": row_version}
    __table_args__ = (
        Index(
            "uq_stocktake_item_asset",
            "stocktake_id",
            "asset_id",
            unique=True,
            sqlite_where=text("asset_id IS NOT NULL"),
            postgresql_where=text("asset_id IS NOT NULL"),
        ),
    )


class StocktakeFollowUp(Base):
    """A follow-up a person applied: which list it answers, on which item, through which event."""

    __tablename__ = "stocktake_followup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktake.id"))
    kind: Mapped[str] = mapped_column(String(16))  # move, condition, register, disposal
    asset_id: Mapped[int | None] = mapped_column(ForeignKey("asset.id"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("stocktake_item.id"))
    done_on: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime] = mapped_column(UtcDateTime)
    done_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("uq_stocktake_followup", "stocktake_id", "kind", "asset_id", "item_id", unique=True),
    )


class DisposalProposal(Base):
    """An usulan penghapusan: items proposed for disposal, waiting for the decree (BMD.md §13)."""

    __tablename__ = "disposal_proposal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    proposed_on: Mapped[date] = mapped_column(Date)
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("stocktake.id"))
    number: Mapped[str] = mapped_column(String(80), default="")  # the letter's number
    # The inspection team's berita acara (step 2 of BMD.md §13).
    inspection_number: Mapped[str] = mapped_column(String(80), default="")
    inspection_date: Mapped[date | None] = mapped_column(Date)
    inspection_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class DisposalDecree(Base):
    """The Bupati's decree (SK penghapusan) for some or all items of a proposal."""

    __tablename__ = "disposal_decree"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("disposal_proposal.id"), index=True)
    number: Mapped[str] = mapped_column(String(80))
    decreed_on: Mapped[date] = mapped_column(Date)
    # pemusnahan, penjualan, hibah, tukar_menukar, penyertaan_modal, lainnya
    method: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class DisposalProposalItem(Base):
    __tablename__ = "disposal_proposal_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    proposal_id: Mapped[int] = mapped_column(ForeignKey("disposal_proposal.id"), index=True)
    asset_id: Mapped[int] = mapped_column(ForeignKey("asset.id"))
    reason: Mapped[str] = mapped_column(String(200))
    # proposed, disposed (by a decree), withdrawn
    state: Mapped[str] = mapped_column(String(12), default="proposed")
    decree_id: Mapped[int | None] = mapped_column(ForeignKey("disposal_decree.id"))

    __table_args__ = (
        # An item waits on one proposal at a time: a second proposal of it is refused.
        Index(
            "uq_disposal_proposed_asset",
            "asset_id",
            unique=True,
            sqlite_where=text("state = 'proposed'"),
            postgresql_where=text("state = 'proposed'"),
        ),
    )
