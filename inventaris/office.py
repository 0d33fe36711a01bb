"""Office settings: the regency's values, the unit's values and the useful-life table."""

from __future__ import annotations

import hashlib
import re
import string
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from inventaris.core.attention import AttentionItem, Urgency
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ConflictError, NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import check_lengths
from inventaris.core.permissions import Actor, Permission, require
from inventaris.model import Asset, RegencySettings, Room, Unit, UsefulLife, User
from inventaris.units import check_kode_lokasi_free

PAPER_SIZES = ("A4", "F4")
MAX_LOGO_BYTES = 1_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CODE_PREFIX = re.compile(r"^\d+(\.\d+)*$")
_KODE_LOKASI = re.compile(r"^\d+(\.\d+)*$")

MSG_NOT_NEGATIVE = QT_TRANSLATE_NOOP("Engine", "{label} cannot be negative.")
MSG_PAPER = QT_TRANSLATE_NOOP("Engine", "Paper size: choose A4 or F4.")
MSG_KODE_LOKASI = QT_TRANSLATE_NOOP(
    "Engine", 'Kode lokasi: use digits separated by dots, e.g. 12.05.01.02.01 ("{value}" is not).'
)
MSG_LOGO = QT_TRANSLATE_NOOP("Engine", "Logo: use a PNG picture of at most 1 MB.")
MSG_LIFE_PREFIX = QT_TRANSLATE_NOOP(
    "Engine", 'Useful life, row {row}: "{value}" is not a code prefix such as 1.3.2.10.'
)
MSG_LIFE_YEARS = QT_TRANSLATE_NOOP(
    "Engine", "Useful life, row {row}: the years must be a whole number from 1 to 100."
)
MSG_LIFE_DUPLICATE = QT_TRANSLATE_NOOP(
    "Engine", "Useful life, row {row}: the prefix {value} is listed twice."
)
MSG_STALE = QT_TRANSLATE_NOOP(
    "Engine",
    "Someone else saved these settings after you opened them. Reload to see their changes, "
    "then make yours again.",
)
MSG_NO_UNIT = QT_TRANSLATE_NOOP("Engine", "The unit {id} does not exist.")

LABEL_REGENCY = QT_TRANSLATE_NOOP("Engine", "Regency name")
LABEL_CITY = QT_TRANSLATE_NOOP("Engine", "City")
LABEL_UNIT_NAME = QT_TRANSLATE_NOOP("Engine", "Unit name")
LABEL_HEAD_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the head of the unit")
LABEL_CUSTODIAN_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the Pengurus Barang")
LABEL_THRESHOLD_EQUIPMENT = QT_TRANSLATE_NOOP("Engine", "Capitalisation threshold, equipment")
LABEL_THRESHOLD_BUILDING = QT_TRANSLATE_NOOP("Engine", "Capitalisation threshold, buildings")
LABEL_KODE_LOKASI = QT_TRANSLATE_NOOP("Engine", "Kode lokasi")
LABEL_HEAD_TITLE = QT_TRANSLATE_NOOP("Engine", "Title of the head of the unit")
LABEL_HEAD_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the head of the unit")
LABEL_CUSTODIAN_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the Pengurus Barang")
LABEL_PROVINCE = QT_TRANSLATE_NOOP("Engine", "Province")
LABEL_BIDANG = QT_TRANSLATE_NOOP("Engine", "Bidang")
LABEL_UNIT_ORGANISASI = QT_TRANSLATE_NOOP("Engine", "Unit organisasi (Pengguna Barang)")
LABEL_SUB_UNIT = QT_TRANSLATE_NOOP("Engine", "Sub unit (Kuasa Pengguna Barang)")
LABEL_UPB = QT_TRANSLATE_NOOP("Engine", "UPB")
LABEL_ADDRESS = QT_TRANSLATE_NOOP("Engine", "Office address")
LABEL_SIP_TITLE = QT_TRANSLATE_NOOP("Engine", "Position of the SIP signatory")
LABEL_SIP_NAME = QT_TRANSLATE_NOOP("Engine", "Name of the SIP signatory")
LABEL_SIP_NIP = QT_TRANSLATE_NOOP("Engine", "NIP of the SIP signatory")
LABEL_HANDOVER_PATTERN = QT_TRANSLATE_NOOP("Engine", "BAST number pattern")
MSG_HANDOVER_PATTERN = QT_TRANSLATE_NOOP(
    "Engine",
    "BAST number pattern: use {{seq}} for the year's next number and {{year}} for the year, "
    'e.g. 030/{{seq}}/BU/{{year}} ("{value}" is not such a pattern).',
)
# A unit without a pattern of its own numbers its BAST so: 001/BAST/2026.
DEFAULT_HANDOVER_PATTERN = "{seq:03d}/BAST/{year}"
TEXT_LABELS = {
    "regency_name": LABEL_REGENCY,
    "city": LABEL_CITY,
    "unit_name": LABEL_UNIT_NAME,
    "kode_lokasi": LABEL_KODE_LOKASI,
    "head_title": LABEL_HEAD_TITLE,
    "head_name": LABEL_HEAD_NAME,
    "custodian_name": LABEL_CUSTODIAN_NAME,
    "province": LABEL_PROVINCE,
    "bidang": LABEL_BIDANG,
    "unit_organisasi": LABEL_UNIT_ORGANISASI,
    "sub_unit": LABEL_SUB_UNIT,
    "upb": LABEL_UPB,
    "address": LABEL_ADDRESS,
    "sip_signatory_title": LABEL_SIP_TITLE,
    "sip_signatory_name": LABEL_SIP_NAME,
    "handover_number_pattern": LABEL_HANDOVER_PATTERN,
}
# Settings saved as typed (stripped), regency-wide and per unit: not needed by every report.
REGENCY_TEXTS = ("province", "sip_signatory_title", "sip_signatory_name")
UNIT_TEXTS = ("bidang", "unit_organisasi", "sub_unit", "upb", "address", "handover_number_pattern")


@dataclass(frozen=True)
class UsefulLifeRow:
    code_prefix: str
    years: int
    description: str = ""


@dataclass(frozen=True)
class OfficeSettings:
    """Regency values plus one unit's values, as the settings page shows them."""

    regency_name: str
    city: str
    logo_png: bytes | None
    threshold_equipment: int
    threshold_building: int
    paper_size: str
    unit_id: int
    unit_name: str
    kode_lokasi: str
    head_title: str
    head_name: str
    head_nip: str
    custodian_name: str
    custodian_nip: str
    useful_life: tuple[UsefulLifeRow, ...]
    # Optimistic locking: the versions the editor started from. The useful-life rows have no
    # version of their own; a fingerprint of the table as loaded stands in for one.
    regency_version: int = 0
    unit_version: int = 0
    useful_life_fingerprint: str = ""
    # The cards' header block (empty lines are left out), the letterhead's address and the
    # SIP's signatory. Defaults, so a caller building settings by hand need not name them.
    province: str = ""
    bidang: str = ""
    unit_organisasi: str = ""  # Pengguna Barang
    sub_unit: str = ""  # Kuasa Pengguna Barang
    upb: str = ""
    address: str = ""
    sip_signatory_title: str = ""
    sip_signatory_name: str = ""
    sip_signatory_nip: str = ""
    handover_number_pattern: str = ""  # empty: DEFAULT_HANDOVER_PATTERN

    @property
    def missing_essentials(self) -> bool:
        return not (self.regency_name and self.city and self.unit_name and self.kode_lokasi)


@dataclass(frozen=True)
class UnitSummary:
    id: int
    name: str
    kode_lokasi: str


@dataclass(frozen=True)
class DatabaseContents:
    """What the whole database holds, every unit together (``inventaris info``)."""

    assets: int
    rooms: int
    users: int


def fingerprint(rows: tuple[UsefulLifeRow, ...]) -> str:
    text = "|".join(f"{row.code_prefix}:{row.years}:{row.description}" for row in rows)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def list_units(db: Database, actor: Actor) -> list[UnitSummary]:
    require(actor, Permission.VIEW)
    with db.read() as session:
        return [
            UnitSummary(unit.id, unit.name, unit.kode_lokasi)
            for unit in session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.id))
        ]


def database_contents(db: Database, actor: Actor) -> DatabaseContents:
    """The counts of the whole database, every unit's and every account: for an Admin."""
    require(actor, Permission.MANAGE_USERS)
    with db.read() as session:
        return DatabaseContents(
            assets=session.scalar(select(func.count(Asset.id))) or 0,
            rooms=session.scalar(select(func.count(Room.id))) or 0,
            users=session.scalar(select(func.count(User.id))) or 0,
        )


def _unit(session: Session, unit_id: int | None) -> Unit:
    if unit_id is None:
        unit = session.scalar(select(Unit).order_by(Unit.id).limit(1))
        if unit is None:
            from inventaris.accounts import ensure_default_unit

            unit = session.get(Unit, ensure_default_unit(session))
    else:
        unit = session.get(Unit, unit_id)
    if unit is None:
        raise NotFound(MSG_NO_UNIT, id=unit_id)
    return unit


def _read(session: Session, unit: Unit) -> OfficeSettings:
    regency = session.get(RegencySettings, 1)
    assert regency is not None, "reference data is created with the schema"
    life = session.scalars(select(UsefulLife).order_by(UsefulLife.code_prefix))
    rows = tuple(UsefulLifeRow(row.code_prefix, row.years, row.description) for row in life)
    return OfficeSettings(
        regency_name=regency.regency_name,
        city=regency.city,
        logo_png=regency.logo_png,
        threshold_equipment=regency.threshold_equipment,
        threshold_building=regency.threshold_building,
        paper_size=regency.paper_size,
        unit_id=unit.id,
        unit_name=unit.name,
        kode_lokasi=unit.kode_lokasi,
        head_title=unit.head_title,
        head_name=unit.head_name,
        head_nip=unit.head_nip,
        custodian_name=unit.custodian_name,
        custodian_nip=unit.custodian_nip,
        useful_life=rows,
        useful_life_fingerprint=fingerprint(rows),
        regency_version=regency.row_version,
        unit_version=unit.row_version,
        province=regency.province,
        bidang=unit.bidang,
        unit_organisasi=unit.unit_organisasi,
        sub_unit=unit.sub_unit,
        upb=unit.upb,
        address=unit.address,
        sip_signatory_title=regency.sip_signatory_title,
        sip_signatory_name=regency.sip_signatory_name,
        sip_signatory_nip=regency.sip_signatory_nip,
        handover_number_pattern=unit.handover_number_pattern,
    )


def handover_number(pattern: str, seq: int, year: int) -> str:
    """The BAST number ``pattern`` (empty: the default) gives the year's ``seq``-th handover;
    raises ValidationError for a pattern that is not one."""
    text = pattern.strip() or DEFAULT_HANDOVER_PATTERN
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
        if "seq" not in names or not names <= {"seq", "year"}:
            raise ValueError(text)
        return text.format(seq=seq, year=year)
    except (ValueError, IndexError, KeyError):
        raise ValidationError(
            MSG_HANDOVER_PATTERN, field="handover_number_pattern", value=text
        ) from None


def get_office_settings(db: Database, actor: Actor, unit_id: int | None = None) -> OfficeSettings:
    require(actor, Permission.VIEW)
    if unit_id is None and actor.unit_ids:
        unit_id = min(actor.unit_ids)
    if unit_id is None:
        with db.write(actor) as session:  # first use: the default unit may need creating
            return _read(session, _unit(session, None))
    with db.read() as session:
        return _read(session, _unit(session, unit_id))


def validate_settings(values: OfficeSettings) -> OfficeSettings:
    """Check and normalise; raises ValidationError naming the first wrong field."""
    texts = {field: str(getattr(values, field)).strip() for field in TEXT_LABELS}
    check_lengths(RegencySettings.__table__, texts, TEXT_LABELS)
    check_lengths(Unit.__table__, texts, TEXT_LABELS, {"unit_name": "name"})
    regency_name = values.regency_name.strip()
    if not regency_name:
        raise ValidationError(MSG_REQUIRED, field="regency_name", label=LABEL_REGENCY)
    city = values.city.strip()
    if not city:
        raise ValidationError(MSG_REQUIRED, field="city", label=LABEL_CITY)
    unit_name = values.unit_name.strip()
    if not unit_name:
        raise ValidationError(MSG_REQUIRED, field="unit_name", label=LABEL_UNIT_NAME)
    kode_lokasi = values.kode_lokasi.strip()
    if kode_lokasi and not _KODE_LOKASI.match(kode_lokasi):
        raise ValidationError(MSG_KODE_LOKASI, field="kode_lokasi", value=kode_lokasi)
    head_nip = values.head_nip.strip()
    if head_nip:
        head_nip = normalize_nip(head_nip, field="head_nip", label=LABEL_HEAD_NIP)
    custodian_nip = values.custodian_nip.strip()
    if custodian_nip:
        custodian_nip = normalize_nip(
            custodian_nip, field="custodian_nip", label=LABEL_CUSTODIAN_NIP
        )
    sip_nip = values.sip_signatory_nip.strip()
    if sip_nip:
        sip_nip = normalize_nip(sip_nip, field="sip_signatory_nip", label=LABEL_SIP_NIP)
    if texts["handover_number_pattern"]:
        handover_number(texts["handover_number_pattern"], 1, 2026)
    for field, label, amount in (
        ("threshold_equipment", LABEL_THRESHOLD_EQUIPMENT, values.threshold_equipment),
        ("threshold_building", LABEL_THRESHOLD_BUILDING, values.threshold_building),
    ):
        if amount < 0:
            raise ValidationError(MSG_NOT_NEGATIVE, field=field, label=label)
    if values.paper_size not in PAPER_SIZES:
        raise ValidationError(MSG_PAPER, field="paper_size")
    if values.logo_png is not None and (
        len(values.logo_png) > MAX_LOGO_BYTES or not values.logo_png.startswith(PNG_SIGNATURE)
    ):
        raise ValidationError(MSG_LOGO, field="logo")
    seen: set[str] = set()
    life: list[UsefulLifeRow] = []
    for row_number, row in enumerate(values.useful_life, start=1):
        prefix = row.code_prefix.strip().rstrip(".")
        if not _CODE_PREFIX.match(prefix):
            raise ValidationError(
                MSG_LIFE_PREFIX, field="useful_life", row=row_number, value=prefix
            )
        if not 1 <= row.years <= 100:
            raise ValidationError(MSG_LIFE_YEARS, field="useful_life", row=row_number)
        if prefix in seen:
            raise ValidationError(
                MSG_LIFE_DUPLICATE, field="useful_life", row=row_number, value=prefix
            )
        seen.add(prefix)
        life.append(UsefulLifeRow(prefix, row.years, row.description.strip()))
    return replace(
        values,
        regency_name=regency_name,
        city=city,
        unit_name=unit_name,
        kode_lokasi=kode_lokasi,
        head_title=values.head_title.strip(),
        head_name=values.head_name.strip(),
        head_nip=head_nip,
        custodian_name=values.custodian_name.strip(),
        custodian_nip=custodian_nip,
        useful_life=tuple(life),
        sip_signatory_nip=sip_nip,
        province=texts["province"],
        sip_signatory_title=texts["sip_signatory_title"],
        sip_signatory_name=texts["sip_signatory_name"],
        bidang=texts["bidang"],
        unit_organisasi=texts["unit_organisasi"],
        sub_unit=texts["sub_unit"],
        upb=texts["upb"],
        address=texts["address"],
        handover_number_pattern=texts["handover_number_pattern"],
    )


def update_office_settings(db: Database, actor: Actor, values: OfficeSettings) -> OfficeSettings:
    """Save everything on the settings page in one transaction; refuses a stale editor."""
    require(actor, Permission.EDIT_SETTINGS)
    clean = validate_settings(values)
    with db.write(actor) as session:
        regency = session.get(RegencySettings, 1)
        unit = _unit(session, clean.unit_id)
        assert regency is not None
        check_kode_lokasi_free(session, clean.kode_lokasi, unit.id)
        current_life = tuple(
            UsefulLifeRow(row.code_prefix, row.years, row.description)
            for row in session.scalars(select(UsefulLife).order_by(UsefulLife.code_prefix))
        )
        if (
            regency.row_version != clean.regency_version
            or unit.row_version != clean.unit_version
            or fingerprint(current_life) != clean.useful_life_fingerprint
        ):
            raise ConflictError(MSG_STALE)
        regency.regency_name = clean.regency_name
        regency.city = clean.city
        regency.logo_png = clean.logo_png
        regency.threshold_equipment = clean.threshold_equipment
        regency.threshold_building = clean.threshold_building
        regency.paper_size = clean.paper_size
        unit.name = clean.unit_name
        unit.kode_lokasi = clean.kode_lokasi
        unit.head_title = clean.head_title
        unit.head_name = clean.head_name
        unit.head_nip = clean.head_nip
        unit.custodian_name = clean.custodian_name
        unit.custodian_nip = clean.custodian_nip
        regency.sip_signatory_nip = clean.sip_signatory_nip
        for field in REGENCY_TEXTS:
            setattr(regency, field, getattr(clean, field))
        for field in UNIT_TEXTS:
            setattr(unit, field, getattr(clean, field))
        _replace_useful_life(session, clean.useful_life)
        session.flush()
        return _read(session, unit)


def _replace_useful_life(session: Session, rows: tuple[UsefulLifeRow, ...]) -> None:
    current = {row.code_prefix: row for row in session.scalars(select(UsefulLife))}
    wanted = {row.code_prefix: row for row in rows}
    for prefix, existing in current.items():
        if prefix not in wanted:
            session.delete(existing)
        else:
            existing.years = wanted[prefix].years
            existing.description = wanted[prefix].description
    for prefix, row in wanted.items():
        if prefix not in current:
            session.add(
                UsefulLife(code_prefix=prefix, years=row.years, description=row.description)
            )


def unit_actor(actor: Actor, unit_id: int | None) -> tuple[Actor, int]:
    """The actor narrowed to one of their units (by default their first): a report is made for
    one office, under one letterhead."""
    if unit_id is None:
        if not actor.unit_ids:
            raise NotFound(MSG_NO_UNIT, id="-")
        unit_id = min(actor.unit_ids)
    if unit_id not in actor.unit_ids:
        raise NotFound(MSG_NO_UNIT, id=unit_id)
    return replace(actor, unit_ids=frozenset({unit_id})), unit_id


# --- what needs attention -----------------------------------------------------------------------

AREA_SETTINGS = QT_TRANSLATE_NOOP("Engine", "Settings")
MSG_SETTINGS_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Engine",
    "The office settings are incomplete (regency, city, unit or kode lokasi): reports and labels "
    "need them.",
)


def settings_attention(
    session: Session, actor: Actor, today: date, within_days: int
) -> list[AttentionItem]:
    """A notice while the settings that every report and label needs are missing."""
    del today, within_days
    regency = session.get(RegencySettings, 1)
    units = session.scalars(select(Unit).where(Unit.id.in_(actor.unit_ids))).all()
    incomplete = regency is None or not (regency.regency_name and regency.city)
    incomplete = incomplete or any(not (unit.name and unit.kode_lokasi) for unit in units)
    if not incomplete:
        return []
    return [AttentionItem(Urgency.NOTICE, AREA_SETTINGS, MSG_SETTINGS_INCOMPLETE)]
