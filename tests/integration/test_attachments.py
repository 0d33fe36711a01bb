"""Attachments kept in the database: stored, listed and read back byte for byte on both
backends; judged by their content; only for the owner's area and unit; audited without the
file's bytes in the log."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
from datetime import date

import pytest
import sqlalchemy as sa

from inventaris.assets.editing import create_assets
from inventaris.attachments import (
    JPEG,
    PDF,
    PNG,
    OwnerKind,
    add_attachment,
    attachment_content,
    list_attachments,
    remove_attachment,
)
from inventaris.core.db import Database
from inventaris.core.errors import NotFound, PermissionDenied, ValidationError
from inventaris.core.limits import MAX_ATTACHMENT_BYTES
from inventaris.core.permissions import Actor, Role
from inventaris.disposals.proposals import propose_in_session
from inventaris.model import Handover
from inventaris.vehicles.records import save_document
from tests.integration.test_residences import a_house
from tests.support.builders import chair, first_admin, user_with_role, vehicle

PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
# A PDF with a marker that must never reach the audit log; every byte value occurs in it.
MARKER = b"RAHASIA-ISI-BERKAS"
PDF_BYTES = b"%PDF-1.4\n" + MARKER + bytes(range(256)) * 40 + b"\n%%EOF\n"
JPEG_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + MARKER + b"\xff\xd9"


def _chair(db: Database, admin: Actor) -> int:
    return create_assets(db, admin, chair())[0].id


def test_stored_listed_and_read_back_byte_identical(db: Database) -> None:
    admin = first_admin(db)
    item = _chair(db, admin)
    added = [
        add_attachment(db, admin, "asset", item, "bast-ditandatangani.pdf", PDF_BYTES, "BAST"),
        add_attachment(db, admin, "asset", item, "foto depan.jpg", JPEG_BYTES),
        add_attachment(db, admin, "asset", item, "C:\\Scan\\label.png", PNG_BYTES),
    ]
    listed = list_attachments(db, admin, "asset", item)
    assert listed == added
    assert [(v.file_name, v.media_type, v.size_bytes) for v in listed] == [
        ("bast-ditandatangani.pdf", PDF, len(PDF_BYTES)),
        ("foto depan.jpg", JPEG, len(JPEG_BYTES)),
        ("label.png", PNG, len(PNG_BYTES)),  # the name alone, not the sender's folder
    ]
    assert listed[0].note == "BAST" and listed[0].created_by == "admin"
    for view, content in zip(listed, (PDF_BYTES, JPEG_BYTES, PNG_BYTES), strict=True):
        assert attachment_content(db, admin, view.id) == content
        assert view.sha256 == hashlib.sha256(content).hexdigest()
    assert list_attachments(db, admin, "asset", _chair(db, admin)) == []


def test_the_largest_file_allowed_comes_back_whole(db: Database) -> None:
    admin = first_admin(db)
    item = _chair(db, admin)
    content = b"%PDF-1.7\n" + bytes(range(256)) * (MAX_ATTACHMENT_BYTES // 256 - 1)
    content += b"\0" * (MAX_ATTACHMENT_BYTES - len(content))
    view = add_attachment(db, admin, "asset", item, "sk-bupati.pdf", content)
    assert view.size_bytes == MAX_ATTACHMENT_BYTES
    assert attachment_content(db, admin, view.id) == content


def test_a_file_above_the_limit_is_refused_naming_it_and_its_size(db: Database) -> None:
    admin = first_admin(db)
    item = _chair(db, admin)
    content = b"%PDF-1.7\n" + b"\0" * MAX_ATTACHMENT_BYTES
    with pytest.raises(ValidationError) as refused:
        add_attachment(db, admin, "asset", item, "scan-besar.pdf", content)
    assert "scan-besar.pdf" in str(refused.value)
    assert "is 10,0 MB" in str(refused.value) and "at most 10 MB" in str(refused.value)
    assert list_attachments(db, admin, "asset", item) == []


@pytest.mark.parametrize(
    ("name", "content", "media_type"),
    [
        ("dokumen.pdf", PNG_BYTES, PNG),  # a PNG named .pdf is a PNG
        ("foto.png", JPEG_BYTES, JPEG),
        ("tanpa-akhiran", PDF_BYTES, PDF),
    ],
)
def test_the_type_is_read_from_the_content_not_the_name(
    db: Database, name: str, content: bytes, media_type: str
) -> None:
    admin = first_admin(db)
    view = add_attachment(db, admin, "asset", _chair(db, admin), name, content)
    assert (view.file_name, view.media_type) == (name, media_type)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("foto.jpg", b"ini hanya teks, bukan foto"),
        ("surat.pdf", b"PK\x03\x04 a Word file"),
        ("gambar.png", b"GIF89a"),
        ("kosong.pdf", b""),
    ],
)
def test_anything_but_pdf_jpeg_png_by_content_is_refused(
    db: Database, name: str, content: bytes
) -> None:
    admin = first_admin(db)
    item = _chair(db, admin)
    with pytest.raises(ValidationError) as refused:
        add_attachment(db, admin, "asset", item, name, content)
    assert name in str(refused.value)
    assert list_attachments(db, admin, "asset", item) == []


def _handover(db: Database, admin: Actor) -> int:
    with db.write(admin) as session:
        row = Handover(
            unit_id=min(admin.unit_ids),
            kind="handover",
            number="BAST/001/2026",
            occurred_on=date(2026, 11, 2),
            holder_name="Budi Santoso",
            created_at=db.clock(),
            created_by=admin.username,
        )
        session.add(row)
        session.flush()
        return row.id


def _proposal(db: Database, admin: Actor, item: int) -> int:
    with db.write(admin) as session:
        proposal = propose_in_session(
            session,
            admin,
            min(admin.unit_ids),
            [(item, "rusak berat")],
            title="Usulan 2026",
            proposed_on=date(2026, 11, 3),
        )
        return proposal.id


def _owners(db: Database, admin: Actor) -> dict[OwnerKind, int]:
    [car] = create_assets(db, admin, vehicle())
    item = _chair(db, admin)
    return {
        OwnerKind.ASSET: item,
        OwnerKind.VEHICLE_DOCUMENT: save_document(
            db, admin, car.id, "pajak_tahunan", date(2027, 1, 5)
        ),
        OwnerKind.RESIDENCE: a_house(db, admin),
        OwnerKind.HANDOVER: _handover(db, admin),
        OwnerKind.DISPOSAL_PROPOSAL: _proposal(db, admin, item),
    }


def test_every_kind_of_owner_takes_attachments_of_its_own(db: Database) -> None:
    admin = first_admin(db)
    owners = _owners(db, admin)
    for kind, owner in owners.items():
        add_attachment(db, admin, kind, owner, f"{kind}.pdf", PDF_BYTES)
    for kind, owner in owners.items():
        assert [v.file_name for v in list_attachments(db, admin, kind, owner)] == [f"{kind}.pdf"]
    with pytest.raises(NotFound):
        add_attachment(db, admin, "asset", 999_999, "x.pdf", PDF_BYTES)
    with pytest.raises(NotFound):
        add_attachment(db, admin, "handover", 999_999, "x.pdf", PDF_BYTES)
    with pytest.raises(ValidationError):
        add_attachment(db, admin, "booking", 1, "x.pdf", PDF_BYTES)


def test_only_the_owners_area_may_attach_or_remove(db: Database) -> None:
    admin = first_admin(db)
    owners = _owners(db, admin)
    driver = user_with_role(db, admin, Role.DRIVERS_COORDINATOR)
    leader = user_with_role(db, admin, Role.LEADERSHIP)
    document = owners[OwnerKind.VEHICLE_DOCUMENT]
    stnk = add_attachment(db, driver, "vehicle_document", document, "stnk.jpg", JPEG_BYTES)
    for kind in (OwnerKind.ASSET, OwnerKind.RESIDENCE, OwnerKind.HANDOVER):
        with pytest.raises(PermissionDenied):
            add_attachment(db, driver, kind, owners[kind], "x.pdf", PDF_BYTES)
    photo = add_attachment(db, admin, "asset", owners[OwnerKind.ASSET], "x.png", PNG_BYTES)
    with pytest.raises(PermissionDenied):
        remove_attachment(db, driver, photo.id)
    with pytest.raises(PermissionDenied):
        add_attachment(db, leader, "vehicle_document", document, "x.pdf", PDF_BYTES)
    with pytest.raises(PermissionDenied):
        remove_attachment(db, leader, stnk.id)
    # Leadership reads them all.
    assert attachment_content(db, leader, stnk.id) == JPEG_BYTES
    remove_attachment(db, driver, stnk.id)
    assert list_attachments(db, leader, "vehicle_document", document) == []
    with pytest.raises(NotFound):
        attachment_content(db, admin, stnk.id)


def test_another_units_owner_and_attachments_are_out_of_reach(db: Database) -> None:
    admin = first_admin(db)
    item = _chair(db, admin)
    photo = add_attachment(db, admin, "asset", item, "x.png", PNG_BYTES)
    elsewhere = dataclasses.replace(admin, unit_ids=frozenset({max(admin.unit_ids) + 1}))
    with pytest.raises(NotFound):
        add_attachment(db, elsewhere, "asset", item, "y.png", PNG_BYTES)
    with pytest.raises(NotFound):
        list_attachments(db, elsewhere, "asset", item)
    with pytest.raises(NotFound):
        attachment_content(db, elsewhere, photo.id)
    with pytest.raises(NotFound):
        remove_attachment(db, elsewhere, photo.id)
    assert len(list_attachments(db, admin, "asset", item)) == 1


def _entries(db: Database, entity: str) -> list[tuple[str, str]]:
    with db.engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                "SELECT action, old_values, new_values FROM audit_entry WHERE entity = :entity "
                "ORDER BY id"
            ),
            {"entity": entity},
        )
        # A bare query gives SQLite's JSON as text, PostgreSQL's as objects.
        return [
            (row.action, json.dumps([_json(row.old_values), _json(row.new_values)])) for row in rows
        ]


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def test_the_audit_log_tells_what_was_attached_and_removed_without_the_bytes(
    db: Database,
) -> None:
    admin = first_admin(db)
    item = _chair(db, admin)
    view = add_attachment(db, admin, "asset", item, "bast.pdf", PDF_BYTES)
    remove_attachment(db, admin, view.id)
    entries = _entries(db, "attachment")
    assert [action for action, _ in entries] == ["insert", "delete"]
    inserted, removed = (json.loads(text) for _, text in entries)
    assert inserted[1]["file_name"] == "bast.pdf"
    assert inserted[1]["sha256"] == view.sha256
    assert inserted[1]["content"] == f"<{len(PDF_BYTES)} bytes>"
    assert removed[0]["file_name"] == "bast.pdf" and removed[0]["size_bytes"] == len(PDF_BYTES)
    assert "content" not in removed[0]  # never read back just to be described
    for _, text in entries:
        assert MARKER.decode() not in text
        assert len(text) < 2_000
