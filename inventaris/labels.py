"""Asset labels: templates as data, what a label says, its QR payload and its geometry.

Everything here is in millimetres and pure Python; ui/labels/painter.py draws it onto any
paged device (print preview, printer, PDF), so all three show exactly the same thing.
"""

from __future__ import annotations

import secrets
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from inventaris.core.audit import add_entry
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import Asset, LabelTemplate, RegencySettings, Room, Unit

KEY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U
KEY_LENGTH = 10
PAYLOAD_PREFIX = "INV:"
MAX_PAYLOAD = 80
QUIET_ZONE_MODULES = 4
MIN_MODULE_MM = 0.4
QR_MASK = 2

MSG_TEMPLATE_FIT = QT_TRANSLATE_NOOP(
    "Engine",
    "Template {name}: {count} labels of {size} mm with the margins and gaps need {need} mm, but "
    "the page is {page} mm.",
)
MSG_TEMPLATE_VALUE = QT_TRANSLATE_NOOP("Engine", "Template {name}: {label} must be more than 0.")
MSG_MODULE_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Engine",
    "Template {name} is too small for a readable QR code: its modules would be {size} mm, at "
    "least {minimum} mm is needed. Choose a larger label.",
)
MSG_UNKNOWN_TEMPLATE = QT_TRANSLATE_NOOP("Engine", "There is no label template called {name}.")
MSG_START = QT_TRANSLATE_NOOP(
    "Engine", "Start at position: from 1 to {last} on template {name} (not {value})."
)


@dataclass(frozen=True)
class Template:
    """A sheet or roll of labels; every length in millimetres."""

    name: str
    title: str
    page_width: float
    page_height: float
    margin_left: float
    margin_top: float
    columns: int
    rows: int
    label_width: float
    label_height: float
    gap_x: float = 0.0
    gap_y: float = 0.0
    built_in: bool = True

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, position: int, offset_x: float = 0.0, offset_y: float = 0.0) -> Rect:
        """The rectangle of label ``position`` (0-based, row by row) on its page."""
        row, column = divmod(position % self.per_page, self.columns)
        return Rect(
            self.margin_left + column * (self.label_width + self.gap_x) + offset_x,
            self.margin_top + row * (self.label_height + self.gap_y) + offset_y,
            self.label_width,
            self.label_height,
        )


A4 = (210.0, 297.0)
F4 = (215.0, 330.0)
BUILT_IN_TEMPLATES: tuple[Template, ...] = (
    # Avery L7160-style: 3×7 of 63.5×38.1 mm
    Template(
        "a4-3x7",
        QT_TRANSLATE_NOOP("Engine", "A4, 3 × 7 labels 63.5 × 38.1 mm"),
        *A4,
        7.2,
        15.15,
        3,
        7,
        63.5,
        38.1,
        2.5,
    ),
    # Avery L7163-style: 2×7 of 99.1×38.1 mm
    Template(
        "a4-2x7",
        QT_TRANSLATE_NOOP("Engine", "A4, 2 × 7 labels 99.1 × 38.1 mm"),
        *A4,
        4.65,
        15.15,
        2,
        7,
        99.1,
        38.1,
        2.5,
    ),
    Template(
        "a4-4x10",
        QT_TRANSLATE_NOOP("Engine", "A4, 4 × 10 labels 48.5 × 25.4 mm"),
        *A4,
        8.0,
        21.5,
        4,
        10,
        48.5,
        25.4,
    ),
    Template(
        "f4-3x8",
        QT_TRANSLATE_NOOP("Engine", "F4 (215 × 330 mm), 3 × 8 labels 64 × 38 mm"),
        *F4,
        9.0,
        13.0,
        3,
        8,
        64.0,
        38.0,
        2.5,
    ),
    Template(
        "roll-50x30",
        QT_TRANSLATE_NOOP("Engine", "Thermal roll, one label 50 × 30 mm"),
        50.0,
        30.0,
        0.0,
        0.0,
        1,
        1,
        50.0,
        30.0,
    ),
    Template(
        "roll-60x40",
        QT_TRANSLATE_NOOP("Engine", "Thermal roll, one label 60 × 40 mm"),
        60.0,
        40.0,
        0.0,
        0.0,
        1,
        1,
        60.0,
        40.0,
    ),
)
DEFAULT_TEMPLATE = "a4-3x7"


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, other: Rect, tolerance: float = 1e-6) -> bool:
        return (
            other.x >= self.x - tolerance
            and other.y >= self.y - tolerance
            and other.right <= self.right + tolerance
            and other.bottom <= self.bottom + tolerance
        )

    def moved(self, dx: float, dy: float) -> Rect:
        return replace(self, x=self.x + dx, y=self.y + dy)


# --- what a label says -------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelData:
    asset_id: int
    label_key: str
    regency: str
    unit_name: str
    kode_lokasi: str
    name: str
    code_register: str
    year: int
    room_name: str

    @property
    def payload(self) -> str:
        return qr_payload(self.label_key, self.code_register, self.name)


def new_label_key() -> str:
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(KEY_LENGTH))


def new_label_keys(count: int) -> list[str]:
    """``count`` keys at once (an import of thousands): one draw of random bytes, each byte's
    low five bits a character; 32 letters divide 256, so every character is equally likely."""
    random_bytes = secrets.token_bytes(count * KEY_LENGTH)
    characters = [KEY_ALPHABET[byte & 31] for byte in random_bytes]
    return [
        "".join(characters[start : start + KEY_LENGTH])
        for start in range(0, len(characters), KEY_LENGTH)
    ]


def ascii_text(text: str) -> str:
    """``Kursi Ruang Rapat – Lantai 2`` -> ASCII a phone shows anywhere (accents dropped)."""
    decomposed = unicodedata.normalize("NFKD", text.replace("–", "-").replace("—", "-"))
    return "".join(ch for ch in decomposed if 32 <= ord(ch) < 127)


def qr_payload(label_key: str, code_reg: str, name: str) -> str:
    """``INV:7K3MQ2XA9B 1.3.2.10.01.02.002.000007 Laptop Lenovo``: one ASCII line, ≤ 80."""
    text = f"{PAYLOAD_PREFIX}{label_key} {code_reg} {ascii_text(name)}"
    return " ".join(text.split())[:MAX_PAYLOAD].rstrip()


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's dark modules, quiet zone included, error correction M."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    # A fixed mask: choosing the best of eight costs 7× the time (measured: 3.85 ms a code
    # against 0.55 ms), and any mask is a valid code; the tests decode every label of every
    # template to prove this one reads.
    code = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M,
        border=QUIET_ZONE_MODULES,
        box_size=1,
        mask_pattern=QR_MASK,
    )
    code.add_data(payload.encode("ascii"))
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


# --- where things go on one label --------------------------------------------------------------


@dataclass(frozen=True)
class LabelLayout:
    """Rectangles inside one label (origin: the label's top-left corner), in mm."""

    qr: Rect
    logo: Rect | None
    lines: tuple[tuple[str, Rect], ...]  # role -> where its text must stay
    bounds: Rect


LINE_ROLES = ("regency", "unit", "name", "code", "location", "year_room")
LINE_WEIGHTS = {
    "regency": 1.0,
    "unit": 1.0,
    "name": 1.5,
    "code": 1.3,
    "location": 1.0,
    "year_room": 1.0,
}


def label_layout(template: Template, *, with_logo: bool = False) -> LabelLayout:
    width, height = template.label_width, template.label_height
    padding = max(1.2, min(width, height) * 0.05)
    side = min(height - 2 * padding, width * 0.45)
    qr = Rect(padding, (height - side) / 2, side, side)
    text_left = qr.right + padding * 0.6
    text = Rect(text_left, padding, width - padding - text_left, height - 2 * padding)
    total = sum(LINE_WEIGHTS.values())
    lines: list[tuple[str, Rect]] = []
    y = text.y
    logo = None
    for role in LINE_ROLES:
        line_height = text.height * LINE_WEIGHTS[role] / total
        rect = Rect(text.x, y, text.width, line_height)
        if with_logo and role in ("regency", "unit"):
            if logo is None:
                logo_side = min(2 * line_height, text.width * 0.25)
                logo = Rect(text.x, text.y, logo_side, logo_side)
            rect = Rect(text.x + logo.width + 0.8, y, text.width - logo.width - 0.8, line_height)
        lines.append((role, rect))
        y += line_height
    return LabelLayout(qr, logo, tuple(lines), Rect(0, 0, width, height))


def module_size(template: Template, modules: int) -> float:
    return label_layout(template).qr.width / modules


def check_template(template: Template) -> Template:
    for label, value in (
        ("page width", template.page_width),
        ("page height", template.page_height),
        ("label width", template.label_width),
        ("label height", template.label_height),
        ("columns", template.columns),
        ("rows", template.rows),
    ):
        if value <= 0:
            raise ValidationError(
                MSG_TEMPLATE_VALUE, field="template", name=template.name, label=label
            )
    for count, size, gap, margin, page in (
        (
            template.columns,
            template.label_width,
            template.gap_x,
            template.margin_left,
            template.page_width,
        ),
        (
            template.rows,
            template.label_height,
            template.gap_y,
            template.margin_top,
            template.page_height,
        ),
    ):
        need = margin + count * size + (count - 1) * gap
        if need > page + 0.01 or margin < 0 or gap < 0:
            raise ValidationError(
                MSG_TEMPLATE_FIT,
                field="template",
                name=template.name,
                count=count,
                size=f"{size:g}",
                need=f"{need:g}",
                page=f"{page:g}",
            )
    return template


def check_readable(template: Template, payloads: Sequence[str]) -> None:
    """Every QR code on this template must have modules of at least 0.4 mm."""
    longest = max(payloads, key=len, default="")
    if not longest:
        return
    size = module_size(template, len(qr_modules(longest)))
    if size < MIN_MODULE_MM:
        raise ValidationError(
            MSG_MODULE_TOO_SMALL,
            field="template",
            name=template.name,
            size=f"{size:.2f}",
            minimum=MIN_MODULE_MM,
        )


def pages(template: Template, count: int, start: int = 1) -> Iterator[list[tuple[int, int]]]:
    """Per page: (label index, cell position) pairs; ``start`` skips used cells of sheet 1."""
    if not 1 <= start <= template.per_page:
        raise ValidationError(
            MSG_START, field="start", last=template.per_page, name=template.name, value=start
        )
    position = start - 1
    page: list[tuple[int, int]] = []
    for index in range(count):
        page.append((index, position))
        position += 1
        if position == template.per_page:
            yield page
            page, position = [], 0
    if page:
        yield page


# --- use cases ---------------------------------------------------------------------------------


def list_templates(db: Database) -> list[Template]:
    with db.read() as session:
        own = [
            Template(
                row.name,
                row.title,
                float(row.page_width_mm),
                float(row.page_height_mm),
                float(row.margin_left_mm),
                float(row.margin_top_mm),
                row.columns,
                row.rows,
                float(row.label_width_mm),
                float(row.label_height_mm),
                float(row.gap_x_mm),
                float(row.gap_y_mm),
                built_in=False,
            )
            for row in session.scalars(select(LabelTemplate).order_by(LabelTemplate.name))
        ]
    return [*BUILT_IN_TEMPLATES, *own]


def get_template(db: Database, name: str) -> Template:
    for template in list_templates(db):
        if template.name == name:
            return template
    raise ValidationError(MSG_UNKNOWN_TEMPLATE, field="template", name=name)


def save_template(db: Database, actor: Actor, template: Template) -> Template:
    """Add or change an office template (the built-in names are taken)."""
    require(actor, Permission.EDIT_ASSETS)
    clean = check_template(replace(template, name=template.name.strip().lower(), built_in=False))
    if any(t.name == clean.name for t in BUILT_IN_TEMPLATES) or not clean.name:
        raise ValidationError(MSG_UNKNOWN_TEMPLATE, field="name", name=clean.name)
    values = {
        "title": clean.title,
        "page_width_mm": Decimal(str(clean.page_width)),
        "page_height_mm": Decimal(str(clean.page_height)),
        "margin_left_mm": Decimal(str(clean.margin_left)),
        "margin_top_mm": Decimal(str(clean.margin_top)),
        "columns": clean.columns,
        "rows": clean.rows,
        "label_width_mm": Decimal(str(clean.label_width)),
        "label_height_mm": Decimal(str(clean.label_height)),
        "gap_x_mm": Decimal(str(clean.gap_x)),
        "gap_y_mm": Decimal(str(clean.gap_y)),
    }
    with db.write(actor) as session:
        row = session.scalar(select(LabelTemplate).where(LabelTemplate.name == clean.name))
        if row is None:
            session.add(LabelTemplate(name=clean.name, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
    return clean


def label_data(db: Database, actor: Actor, asset_ids: Sequence[int]) -> list[LabelData]:
    """What each chosen asset's label says, in register order."""
    require(actor, Permission.VIEW)
    wanted = sorted(set(asset_ids))
    with db.read() as session:
        regency = session.get(RegencySettings, 1)
        regency_name = regency.regency_name if regency else ""
        rows: list[Any] = []
        for start in range(0, len(wanted), 900):  # stay under every driver's parameter limit
            rows.extend(
                session.execute(
                    select(Asset, Unit.name, Unit.kode_lokasi, Room.name)
                    .join(Unit, Unit.id == Asset.unit_id)
                    .outerjoin(Room, Room.id == Asset.room_id)
                    .where(
                        Asset.id.in_(wanted[start : start + 900]), Asset.unit_id.in_(actor.unit_ids)
                    )
                ).all()
            )
        labels = [
            LabelData(
                asset.id,
                asset.label_key,
                regency_name,
                unit_name,
                kode_lokasi,
                asset.name,
                code_register(asset.code, asset.register_number),
                asset.acquisition_year,
                room_name or "",
            )
            for asset, unit_name, kode_lokasi, room_name in rows
        ]
    labels.sort(key=lambda label: label.code_register)
    return labels


def assets_for_labels(
    db: Database, actor: Actor, *, room_id: int | None = None, unlabelled: bool = False
) -> list[int]:
    """The assets in the register (not disposed) of a room, or not yet labelled, or all."""
    require(actor, Permission.VIEW)
    query = (
        select(Asset.id)
        .where(Asset.unit_id.in_(actor.unit_ids), Asset.status != "dihapus")
        .order_by(Asset.code, Asset.register_number)
    )
    if room_id is not None:
        query = query.where(Asset.room_id == room_id)
    if unlabelled:
        query = query.where(Asset.label_printed_at.is_(None))
    with db.read() as session:
        return list(session.scalars(query))


def mark_labels_printed(db: Database, actor: Actor, asset_ids: Sequence[int]) -> None:
    """Remember when each asset's label was printed (for "not yet labelled")."""
    require(actor, Permission.EDIT_ASSETS)
    wanted = sorted(set(asset_ids))
    with db.write(actor) as session:
        now = db.clock()
        for start in range(0, len(wanted), 900):
            session.execute(
                update(Asset)
                .where(Asset.id.in_(wanted[start : start + 900]), Asset.unit_id.in_(actor.unit_ids))
                .values(label_printed_at=now)
            )
        # One entry for the whole sheet: the rows were updated past the ORM's audit hook.
        add_entry(
            session,
            action="labels_printed",
            entity="asset",
            new={"label_printed_at": now.isoformat(), "asset_ids": wanted},
        )


def scanned_label_key(scanned: str) -> str | None:
    """The label key of a scanned QR line (``INV:KEY code+register name``), else None."""
    first = scanned.split()[0] if scanned.strip() else ""
    if first.upper().startswith(PAYLOAD_PREFIX):
        return first[len(PAYLOAD_PREFIX) :].upper()
    return None


def is_label_key(text: str) -> bool:
    """Could ``text`` be a bare label key (ten of Crockford's letters, any case)?"""
    word = text.strip().upper()
    return len(word) == KEY_LENGTH and all(ch in KEY_ALPHABET for ch in word)


def resolve_scan(db: Database, actor: Actor, scanned: str) -> int | None:
    """The asset a scanned QR payload, label key or kode barang + register stands for."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        return scanned_asset(session, actor.unit_ids, scanned)


def scanned_asset(session: Session, unit_ids: Iterable[int], scanned: str) -> int | None:
    """``resolve_scan`` inside an open unit of work (the stock-take's scans use it)."""
    units = list(unit_ids)
    text = scanned.strip()
    first = text.split()[0] if text else ""
    key = scanned_label_key(text)
    if key is not None:
        return session.scalar(
            select(Asset.id).where(Asset.label_key == key, Asset.unit_id.in_(units))
        )
    code, _, register = first.rpartition(".")
    if code and register.isdigit():
        return session.scalar(
            select(Asset.id)
            .where(
                Asset.code == code,
                Asset.register_number == int(register),
                Asset.unit_id.in_(units),
            )
            .order_by(Asset.unit_id)
        )
    if is_label_key(first):
        return session.scalar(
            select(Asset.id).where(Asset.label_key == first.upper(), Asset.unit_id.in_(units))
        )
    return None
