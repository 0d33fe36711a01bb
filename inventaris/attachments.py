"""Attachments: photos and scanned documents (a signed BAST, the SK, a BPKB, a house's
certificate) kept in the database, so every PC sees them.

An attachment belongs to one owner: an asset, a vehicle document, a house, a handover or a
disposal proposal. Its type is read from its first bytes, never from its name: a PDF, a JPEG
or a PNG, up to ``MAX_ATTACHMENT_BYTES``. Lists carry no content; the bytes are read only when
asked for. The engine makes no thumbnail (it has no image library): the window draws one from
the content when it shows it.
"""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.limits import MAX_ATTACHMENT_BYTES, check_lengths
from inventaris.core.permissions import Actor, Permission, require
from inventaris.model import Asset, Attachment, DisposalProposal, Handover, VehicleDocument


class OwnerKind(enum.StrEnum):
    ASSET = "asset"
    VEHICLE_DOCUMENT = "vehicle_document"
    RESIDENCE = "residence"  # the house's asset id
    HANDOVER = "handover"
    DISPOSAL_PROPOSAL = "disposal_proposal"


OWNER_LABELS = {
    OwnerKind.ASSET: QT_TRANSLATE_NOOP("Engine", "The asset"),
    OwnerKind.VEHICLE_DOCUMENT: QT_TRANSLATE_NOOP("Engine", "The vehicle document"),
    OwnerKind.RESIDENCE: QT_TRANSLATE_NOOP("Engine", "The house"),
    OwnerKind.HANDOVER: QT_TRANSLATE_NOOP("Engine", "The handover"),
    OwnerKind.DISPOSAL_PROPOSAL: QT_TRANSLATE_NOOP("Engine", "The disposal proposal"),
}

# Who may attach to or remove from an owner: whoever may change that area.
EDIT_PERMISSION = {
    OwnerKind.ASSET: Permission.EDIT_ASSETS,
    OwnerKind.VEHICLE_DOCUMENT: Permission.EDIT_VEHICLES,
    OwnerKind.RESIDENCE: Permission.EDIT_RESIDENCES,
    OwnerKind.HANDOVER: Permission.EDIT_ASSETS,
    OwnerKind.DISPOSAL_PROPOSAL: Permission.EDIT_ASSETS,
}

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
# The first bytes of each kind accepted (its "magic number").
SIGNATURES = ((PDF, b"%PDF-"), (JPEG, b"\xff\xd8\xff"), (PNG, b"\x89PNG\r\n\x1a\n"))
SUFFIXES = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png"}

LABEL_FILE_NAME = QT_TRANSLATE_NOOP("Engine", "File name")
LABEL_NOTE = QT_TRANSLATE_NOOP("Engine", "Note")
MSG_NO_OWNER = QT_TRANSLATE_NOOP(
    "Engine", "{owner} {id} does not exist or belongs to a unit you do not work in."
)
MSG_UNKNOWN_OWNER = QT_TRANSLATE_NOOP("Engine", "Attachments cannot belong to a {kind}.")
MSG_NO_ATTACHMENT = QT_TRANSLATE_NOOP("Engine", "The attachment {id} does not exist (any more).")
MSG_EMPTY_FILE = QT_TRANSLATE_NOOP("Engine", "The file {file} is empty.")
MSG_TOO_BIG = QT_TRANSLATE_NOOP(
    "Engine", "The file {file} is {size}; an attachment may be at most {limit}."
)
MSG_NOT_A_DOCUMENT = QT_TRANSLATE_NOOP(
    "Engine",
    "The file {file} is not a PDF, JPEG or PNG (judged by its content, not its name); scan or "
    "save it as one of these.",
)


@dataclass(frozen=True)
class AttachmentView:
    """One attachment without its content."""

    id: int
    owner_kind: OwnerKind
    owner_id: int
    file_name: str
    media_type: str
    size_bytes: int
    sha256: str
    note: str
    created_at: datetime
    created_by: str

    @property
    def is_image(self) -> bool:
        return self.media_type in (JPEG, PNG)


def media_type_of(content: bytes) -> str | None:
    """PDF, JPEG or PNG by the content's first bytes; None for anything else."""
    return next((kind for kind, magic in SIGNATURES if content.startswith(magic)), None)


def format_size(size: int) -> str:
    """``12,3 MB``, ``10 MB``, ``850 KB``: as the office writes decimals."""
    megabytes, rest = divmod(size, 1024 * 1024)
    if megabytes and not rest:
        return f"{megabytes} MB"
    if megabytes:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} B"


def _base_name(file_name: str) -> str:
    """The name alone: a path someone passed in says nothing the attachment needs."""
    return re.split(r"[\\/]", file_name.strip())[-1].strip()


def _kind(owner_kind: str) -> OwnerKind:
    try:
        return OwnerKind(owner_kind)
    except ValueError:
        raise ValidationError(MSG_UNKNOWN_OWNER, field="owner_kind", kind=owner_kind) from None


def owner_unit(session: Session, actor: Actor, owner_kind: OwnerKind, owner_id: int) -> int:
    """The unit of the owner, which must exist and be in one of the actor's units."""
    unit_id: int | None
    if owner_kind in (OwnerKind.ASSET, OwnerKind.RESIDENCE):
        unit_id = session.scalar(select(Asset.unit_id).where(Asset.id == owner_id))
    elif owner_kind is OwnerKind.VEHICLE_DOCUMENT:
        unit_id = session.scalar(
            select(Asset.unit_id)
            .join(VehicleDocument, VehicleDocument.asset_id == Asset.id)
            .where(VehicleDocument.id == owner_id)
        )
    elif owner_kind is OwnerKind.HANDOVER:
        unit_id = session.scalar(select(Handover.unit_id).where(Handover.id == owner_id))
    else:
        unit_id = session.scalar(
            select(DisposalProposal.unit_id).where(DisposalProposal.id == owner_id)
        )
    # Another unit's owner is reported like a missing one: its existence is not ours to tell.
    if unit_id is None or unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_OWNER, owner=OWNER_LABELS[owner_kind], id=owner_id)
    return unit_id


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(
        id=row.id,
        owner_kind=OwnerKind(row.owner_kind),
        owner_id=row.owner_id,
        file_name=row.file_name,
        media_type=row.media_type,
        size_bytes=row.size_bytes,
        sha256=row.sha256,
        note=row.note,
        created_at=row.created_at,
        created_by=row.created_by,
    )


def check_size(file_name: str, size: int) -> None:
    """Refuse an empty file or one above the limit, naming it (also before reading it)."""
    if size <= 0:
        raise ValidationError(MSG_EMPTY_FILE, field="content", file=file_name)
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            MSG_TOO_BIG,
            field="content",
            file=file_name,
            size=format_size(size),
            limit=format_size(MAX_ATTACHMENT_BYTES),
        )


def _checked_content(file_name: str, content: bytes) -> str:
    """The media type of acceptable content, or the refusal naming the file."""
    check_size(file_name, len(content))
    media_type = media_type_of(content)
    if media_type is None:
        raise ValidationError(MSG_NOT_A_DOCUMENT, field="content", file=file_name)
    return media_type


def add_attachment(
    db: Database,
    actor: Actor,
    owner_kind: str,
    owner_id: int,
    file_name: str,
    content: bytes,
    note: str = "",
) -> AttachmentView:
    """Keep ``content`` with its owner; refused unless a PDF, JPEG or PNG within the limit."""
    kind = _kind(owner_kind)
    require(actor, EDIT_PERMISSION[kind])
    name, note = _base_name(file_name), note.strip()
    if not name:
        raise ValidationError(MSG_REQUIRED, field="file_name", label=LABEL_FILE_NAME)
    check_lengths(
        Attachment.__table__,
        {"file_name": name, "note": note},
        {"file_name": LABEL_FILE_NAME, "note": LABEL_NOTE},
    )
    media_type = _checked_content(name, content)
    with db.write(actor) as session:
        row = Attachment(
            unit_id=owner_unit(session, actor, kind, owner_id),
            owner_kind=kind.value,
            owner_id=owner_id,
            file_name=name,
            media_type=media_type,
            size_bytes=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            thumbnail=None,
            note=note,
            created_at=db.clock(),
            created_by=actor.username,
        )
        session.add(row)
        session.flush()
        return _view(row)


def list_attachments(
    db: Database, actor: Actor, owner_kind: str, owner_id: int
) -> list[AttachmentView]:
    """The owner's attachments, oldest first, without their content."""
    kind = _kind(owner_kind)
    require(actor, Permission.VIEW)
    with db.read() as session:
        owner_unit(session, actor, kind, owner_id)
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.owner_kind == kind.value, Attachment.owner_id == owner_id)
            .order_by(Attachment.created_at, Attachment.id)
        )
        return [_view(row) for row in rows]


def _load(session: Session, actor: Actor, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None or row.unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_ATTACHMENT, id=attachment_id)
    return row


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> bytes:
    """The file's bytes, exactly as they were attached."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        return bytes(_load(session, actor, attachment_id).content)


def remove_attachment(db: Database, actor: Actor, attachment_id: int) -> None:
    """Remove an attachment (its audit entry keeps the name, size and checksum)."""
    require(actor, Permission.VIEW)
    with db.write(actor) as session:
        row = _load(session, actor, attachment_id)
        require(actor, EDIT_PERMISSION[OwnerKind(row.owner_kind)])
        session.delete(row)
