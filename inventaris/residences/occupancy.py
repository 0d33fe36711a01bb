"""Official residences: house details, occupancies with their SIP and family, maintenance, and
what needs attention (SIPs running out, vacant houses, occupants reaching retirement age).

One current occupant per house is the database's rule (a partial unique index); the use case
looks first only to name the occupant in the refusal, and turns a lost race into the same
sentence. Moving out ends an occupancy; nothing is deleted, so each house keeps its history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from inventaris.assets.editing import change_date, ensure_not_disposed, load_asset
from inventaris.catalog import RESIDENCE_PREFIX, is_residence
from inventaris.core.attention import Urgency, urgency_of
from inventaris.core.db import Database
from inventaris.core.errors import MSG_REQUIRED, ConflictError, NotFound, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import nip_birth_date, normalize_nip
from inventaris.core.limits import check_amount
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.core.timeutil import add_months
from inventaris.model import (
    Asset,
    FamilyMember,
    MaintenanceRecord,
    Occupancy,
    ResidenceDetail,
    ResidenceSettings,
)

SIP_WARN_DAYS = 90  # a SIP running out is announced this many days ahead
GOLONGAN = ("I", "II", "III")
MOVE_OUT_REASONS = ("pensiun", "mutasi", "meninggal", "berhenti", "lainnya")
MOVE_IN_DAYS = 60  # the holder must move in within 60 days of the SIP

LABEL_OCCUPANT = QT_TRANSLATE_NOOP("Engine", "Occupant's name")
LABEL_SIP_NUMBER = QT_TRANSLATE_NOOP("Engine", "SIP number")
LABEL_OCCUPANT_NIP = QT_TRANSLATE_NOOP("Engine", "Occupant's NIP")
LABEL_WORK = QT_TRANSLATE_NOOP("Engine", "Work done")
MSG_NOT_RESIDENCE = QT_TRANSLATE_NOOP(
    "Engine", "{asset} is not a residence (kode barang {prefix}.)."
)
MSG_OCCUPIED = QT_TRANSLATE_NOOP(
    "Engine",
    "{house} already has an occupant: {name} (SIP {sip}). Record the move-out first.",
)
MSG_VALID_ORDER = QT_TRANSLATE_NOOP(
    "Engine", "The SIP is valid until {until}, which is not after it starts, {start}."
)
MSG_MOVE_OUT_BEFORE = QT_TRANSLATE_NOOP(
    "Engine", "Move-out {moved_out} is before the move-in or the SIP start, {start}."
)
MSG_ALREADY_OUT = QT_TRANSLATE_NOOP("Engine", "{name} already moved out on {date}.")
MSG_NO_OCCUPANCY = QT_TRANSLATE_NOOP("Engine", "The occupancy no longer exists.")
MSG_CHOICE = QT_TRANSLATE_NOOP("Engine", '{label}: choose one of {choices} ("{value}" is not).')
LABEL_GOLONGAN = QT_TRANSLATE_NOOP("Engine", "Golongan")
LABEL_REASON = QT_TRANSLATE_NOOP("Engine", "Reason")
LABEL_RENT = QT_TRANSLATE_NOOP("Engine", "Monthly rent")
LABEL_COST = QT_TRANSLATE_NOOP("Engine", "Cost")
WARN_LATE_MOVE_IN = QT_TRANSLATE_NOOP(
    "Engine",
    "Moved in {days} days after the SIP date; the rule is within {limit} days.",
)


def sip_state(valid_until: date, today: date) -> Urgency:
    """How urgent a SIP valid until ``valid_until`` is, on the one urgency scale."""
    return urgency_of(valid_until, today, warn_days=SIP_WARN_DAYS)


def retirement_date(nip: str, retirement_age: int) -> date | None:
    """The first day of the month after the one in which the holder reaches the age (BUP),
    from the birth date in the NIP; None without a NIP."""
    if not nip:
        return None
    birth = nip_birth_date(nip)
    reached = add_months(birth, 12 * retirement_age)
    return add_months(date(reached.year, reached.month, 1), 1)


# --- settings -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    sip_years: int = 2
    retirement_age: int = 58


def settings_of(session: Session, unit_id: int) -> Settings:
    row = session.get(ResidenceSettings, unit_id)
    return Settings(row.sip_years, row.retirement_age) if row else Settings()


# --- houses -------------------------------------------------------------------------------------


def house_asset(session: Session, actor: Actor, asset_id: int, *, for_change: bool = True) -> Asset:
    asset = load_asset(session, actor, asset_id)
    if not is_residence(asset.code):
        raise ValidationError(
            MSG_NOT_RESIDENCE,
            field="asset",
            asset=code_register(asset.code, asset.register_number),
            prefix=RESIDENCE_PREFIX,
        )
    if for_change:
        ensure_not_disposed(asset)
    return asset


def house_name(asset: Asset) -> str:
    return asset.address or asset.name


@dataclass(frozen=True)
class ResidenceDetailInput:
    golongan: str = "II"
    house_type: str = ""
    storeys: int = 1
    electricity_account: str = ""
    water_account: str = ""
    notes: str = ""


def save_residence_details(
    db: Database, actor: Actor, asset_id: int, data: ResidenceDetailInput
) -> None:
    require(actor, Permission.EDIT_RESIDENCES)
    if data.golongan not in GOLONGAN:
        raise ValidationError(
            MSG_CHOICE,
            field="golongan",
            label=LABEL_GOLONGAN,
            choices=", ".join(GOLONGAN),
            value=data.golongan,
        )
    with db.write(actor) as session:
        house_asset(session, actor, asset_id)
        detail = session.get(ResidenceDetail, asset_id) or ResidenceDetail(asset_id=asset_id)
        session.add(detail)
        detail.golongan = data.golongan
        detail.house_type = data.house_type.strip()
        detail.storeys = max(data.storeys, 1)
        detail.electricity_account = data.electricity_account.strip()
        detail.water_account = data.water_account.strip()
        detail.notes = data.notes.strip()


# --- occupancies --------------------------------------------------------------------------------


@dataclass(frozen=True)
class FamilyInput:
    name: str
    relation: str
    age: int | None = None


@dataclass(frozen=True)
class OccupancyInput:
    asset_id: int
    occupant_name: str
    sip_number: str
    sip_date: date
    valid_from: date
    occupant_nip: str = ""
    rank_grade: str = ""
    position: str = ""
    occupant_unit: str = ""
    sip_signatory: str = ""
    valid_until: date | None = None  # default: the settings' years after valid_from
    monthly_rent: int = 0
    move_in_on: date | None = None
    family: tuple[FamilyInput, ...] = ()


@dataclass(frozen=True)
class OccupancyView:
    id: int
    asset_id: int
    occupant_name: str
    occupant_nip: str
    rank_grade: str
    position: str
    occupant_unit: str
    sip_number: str
    sip_date: date
    sip_signatory: str
    valid_from: date
    valid_until: date
    monthly_rent: int
    move_in_on: date | None
    move_out_on: date | None
    move_out_reason: str
    family: tuple[FamilyInput, ...]
    row_version: int


@dataclass(frozen=True)
class OccupancyResult:
    occupancy: OccupancyView
    warnings: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = field(default=())


def occupancy_view(session: Session, occupancy: Occupancy) -> OccupancyView:
    family = tuple(
        FamilyInput(member.name, member.relation, member.age)
        for member in session.scalars(
            select(FamilyMember)
            .where(FamilyMember.occupancy_id == occupancy.id)
            .order_by(FamilyMember.id)
        )
    )
    return OccupancyView(
        id=occupancy.id,
        asset_id=occupancy.asset_id,
        occupant_name=occupancy.occupant_name,
        occupant_nip=occupancy.occupant_nip,
        rank_grade=occupancy.rank_grade,
        position=occupancy.position,
        occupant_unit=occupancy.occupant_unit,
        sip_number=occupancy.sip_number,
        sip_date=occupancy.sip_date,
        sip_signatory=occupancy.sip_signatory,
        valid_from=occupancy.valid_from,
        valid_until=occupancy.valid_until,
        monthly_rent=occupancy.monthly_rent,
        move_in_on=occupancy.move_in_on,
        move_out_on=occupancy.move_out_on,
        move_out_reason=occupancy.move_out_reason,
        family=family,
        row_version=occupancy.row_version,
    )


def _current(session: Session, asset_id: int) -> Occupancy | None:
    return session.scalars(
        select(Occupancy).where(Occupancy.asset_id == asset_id, Occupancy.move_out_on.is_(None))
    ).first()


def _occupied_error(asset: Asset, current: Occupancy) -> ConflictError:
    return ConflictError(
        MSG_OCCUPIED,
        field="asset",
        house=house_name(asset),
        name=current.occupant_name,
        sip=current.sip_number,
    )


# A SIP runs at most the settings' longest term; its dates lie in the Republic's time and not
# more than a year ahead (a date in 9999 or 2062 is a typing mistake).
MAX_SIP_YEARS = 10
FIRST_SIP_YEAR = 1945
LABEL_SIP_DATE = QT_TRANSLATE_NOOP("Engine", "SIP date")
LABEL_VALID_FROM = QT_TRANSLATE_NOOP("Engine", "Valid from")
LABEL_VALID_UNTIL = QT_TRANSLATE_NOOP("Engine", "Valid until")
LABEL_MOVE_IN = QT_TRANSLATE_NOOP("Engine", "Moved in on")
MSG_DATE_RANGE = QT_TRANSLATE_NOOP(
    "Engine", "{label}: {value} is not a believable date (from {first} to {last})."
)


def _check_date(value: date | None, field: str, label: str, first: date, last: date) -> None:
    if value is not None and not first <= value <= last:
        raise ValidationError(
            MSG_DATE_RANGE,
            field=field,
            label=label,
            value=value.strftime("%d-%m-%Y"),
            first=first.strftime("%d-%m-%Y"),
            last=last.strftime("%d-%m-%Y"),
        )


def _check_sip_dates(data: OccupancyInput, valid_until: date, today: date) -> None:
    first, ahead = date(FIRST_SIP_YEAR, 1, 1), add_months(today, 12)
    _check_date(data.sip_date, "sip_date", LABEL_SIP_DATE, first, ahead)
    _check_date(data.valid_from, "valid_from", LABEL_VALID_FROM, first, ahead)
    _check_date(data.move_in_on, "move_in_on", LABEL_MOVE_IN, first, ahead)
    longest = add_months(data.valid_from, 12 * MAX_SIP_YEARS)
    _check_date(valid_until, "valid_until", LABEL_VALID_UNTIL, first, longest)


def _check_occupancy(data: OccupancyInput) -> str:
    if not data.occupant_name.strip():
        raise ValidationError(MSG_REQUIRED, field="occupant_name", label=LABEL_OCCUPANT)
    if not data.sip_number.strip():
        raise ValidationError(MSG_REQUIRED, field="sip_number", label=LABEL_SIP_NUMBER)
    check_amount(data.monthly_rent, "monthly_rent", LABEL_RENT)
    if data.occupant_nip:
        return normalize_nip(data.occupant_nip, field="occupant_nip", label=LABEL_OCCUPANT_NIP)
    return ""


def start_occupancy(db: Database, actor: Actor, data: OccupancyInput) -> OccupancyResult:
    """A new occupant with an SIP; refused while the house has a current one."""
    require(actor, Permission.EDIT_RESIDENCES)
    nip = _check_occupancy(data)
    try:
        with db.write(actor) as session:
            asset = house_asset(session, actor, data.asset_id)
            settings = settings_of(session, asset.unit_id)
            valid_until = data.valid_until or (
                add_months(data.valid_from, 12 * settings.sip_years) - timedelta(days=1)
            )
            _check_sip_dates(data, valid_until, change_date(db, None))
            if valid_until <= data.valid_from:
                raise ValidationError(
                    MSG_VALID_ORDER,
                    field="valid_until",
                    until=valid_until.strftime("%d-%m-%Y"),
                    start=data.valid_from.strftime("%d-%m-%Y"),
                )
            current = _current(session, data.asset_id)
            if current is not None:
                raise _occupied_error(asset, current)
            now = db.clock()
            occupancy = Occupancy(
                asset_id=data.asset_id,
                occupant_name=data.occupant_name.strip(),
                occupant_nip=nip,
                rank_grade=data.rank_grade.strip(),
                position=data.position.strip(),
                occupant_unit=data.occupant_unit.strip(),
                sip_number=data.sip_number.strip(),
                sip_date=data.sip_date,
                sip_signatory=data.sip_signatory.strip(),
                valid_from=data.valid_from,
                valid_until=valid_until,
                monthly_rent=data.monthly_rent,
                move_in_on=data.move_in_on,
                move_out_reason="",
                created_at=now,
                created_by=actor.username,
                updated_at=now,
                updated_by=actor.username,
            )
            session.add(occupancy)
            session.flush()
            for member in data.family:
                session.add(
                    FamilyMember(
                        occupancy_id=occupancy.id,
                        name=member.name.strip(),
                        relation=member.relation.strip(),
                        age=member.age,
                    )
                )
            session.flush()
            warnings: list[tuple[str, tuple[tuple[str, str], ...]]] = []
            if data.move_in_on and (data.move_in_on - data.sip_date).days > MOVE_IN_DAYS:
                days = (data.move_in_on - data.sip_date).days
                warnings.append(
                    (WARN_LATE_MOVE_IN, (("days", str(days)), ("limit", str(MOVE_IN_DAYS))))
                )
            return OccupancyResult(occupancy_view(session, occupancy), tuple(warnings))
    except exc.IntegrityError as error:
        if "uq_occupancy_current" not in str(error.orig) and "occupancy.asset_id" not in str(
            error.orig
        ):
            raise
        with db.read() as session:
            asset = load_asset(session, actor, data.asset_id)
            current = _current(session, data.asset_id)
            if current is not None:
                raise _occupied_error(asset, current) from None
        raise ConflictError(MSG_NO_OCCUPANCY) from None


def _occupancy(session: Session, actor: Actor, occupancy_id: int) -> Occupancy:
    occupancy = session.get(Occupancy, occupancy_id)
    if occupancy is None:
        raise NotFound(MSG_NO_OCCUPANCY)
    load_asset(session, actor, occupancy.asset_id)  # the actor's unit
    return occupancy


def end_occupancy(
    db: Database, actor: Actor, occupancy_id: int, move_out_on: date, reason: str
) -> None:
    """The occupant moved out (retirement, transfer, death …): the house is vacant from then."""
    require(actor, Permission.EDIT_RESIDENCES)
    when = change_date(db, move_out_on)
    if reason not in MOVE_OUT_REASONS:
        raise ValidationError(
            MSG_CHOICE,
            field="move_out_reason",
            label=LABEL_REASON,
            choices=", ".join(MOVE_OUT_REASONS),
            value=reason,
        )
    with db.write(actor) as session:
        occupancy = _occupancy(session, actor, occupancy_id)
        if occupancy.move_out_on is not None:
            raise ValidationError(
                MSG_ALREADY_OUT,
                field="move_out_on",
                name=occupancy.occupant_name,
                date=occupancy.move_out_on.strftime("%d-%m-%Y"),
            )
        start = occupancy.move_in_on or occupancy.valid_from
        if when < start:
            raise ValidationError(
                MSG_MOVE_OUT_BEFORE,
                field="move_out_on",
                moved_out=when.strftime("%d-%m-%Y"),
                start=start.strftime("%d-%m-%Y"),
            )
        occupancy.move_out_on = when
        occupancy.move_out_reason = reason
        occupancy.updated_at, occupancy.updated_by = db.clock(), actor.username


def occupancy_history(db: Database, actor: Actor, asset_id: int) -> list[OccupancyView]:
    """Every occupancy of one house, the newest first."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        house_asset(session, actor, asset_id, for_change=False)
        rows = session.scalars(
            select(Occupancy)
            .where(Occupancy.asset_id == asset_id)
            .order_by(Occupancy.valid_from.desc(), Occupancy.id.desc())
        ).all()
        return [occupancy_view(session, row) for row in rows]


def add_maintenance(
    db: Database,
    actor: Actor,
    asset_id: int,
    done_on: date,
    work: str,
    cost: int,
    contractor: str = "",
) -> int:
    require(actor, Permission.EDIT_RESIDENCES)
    when = change_date(db, done_on)
    if not work.strip():
        raise ValidationError(MSG_REQUIRED, field="work", label=LABEL_WORK)
    check_amount(cost, "cost", LABEL_COST)
    with db.write(actor) as session:
        house_asset(session, actor, asset_id)
        record = MaintenanceRecord(
            asset_id=asset_id,
            done_on=when,
            work=work.strip(),
            cost=cost,
            contractor=contractor.strip(),
            recorded_at=db.clock(),
            recorded_by=actor.username,
        )
        session.add(record)
        session.flush()
        return record.id


MAX_PHOTO_BYTES = 2_000_000
MSG_PHOTO = QT_TRANSLATE_NOOP(
    "Engine", "Photo: use a JPEG or PNG picture of at most 2 MB ({size} KB given)."
)


def save_photo(db: Database, actor: Actor, asset_id: int, photo: bytes | None) -> None:
    """The house's photo (JPEG or PNG, at most 2 MB), or None to remove it."""
    require(actor, Permission.EDIT_RESIDENCES)
    if photo is not None and (
        len(photo) > MAX_PHOTO_BYTES
        or not (photo.startswith(b"\xff\xd8\xff") or photo.startswith(b"\x89PNG\r\n\x1a\n"))
    ):
        raise ValidationError(MSG_PHOTO, field="photo", size=len(photo) // 1024)
    with db.write(actor) as session:
        house_asset(session, actor, asset_id)
        detail = session.get(ResidenceDetail, asset_id) or ResidenceDetail(asset_id=asset_id)
        session.add(detail)
        detail.photo = photo


def residence_photo(db: Database, actor: Actor, asset_id: int) -> bytes | None:
    require(actor, Permission.VIEW)
    with db.read() as session:
        house_asset(session, actor, asset_id, for_change=False)
        detail = session.get(ResidenceDetail, asset_id)
        return detail.photo if detail else None


def get_residence_settings(db: Database, actor: Actor) -> Settings:
    require(actor, Permission.VIEW)
    with db.read() as session:
        return settings_of(session, min(actor.unit_ids))


MSG_SETTING_RANGE = QT_TRANSLATE_NOOP("Engine", "{label}: give a number from {low} to {high}.")
LABEL_SIP_YEARS = QT_TRANSLATE_NOOP("Engine", "SIP valid for (years)")
LABEL_RETIREMENT_AGE = QT_TRANSLATE_NOOP("Engine", "Retirement age")


def save_residence_settings(db: Database, actor: Actor, settings: Settings) -> None:
    require(actor, Permission.EDIT_SETTINGS)
    for field_name, label, value, low, high in (
        ("sip_years", LABEL_SIP_YEARS, settings.sip_years, 1, 10),
        ("retirement_age", LABEL_RETIREMENT_AGE, settings.retirement_age, 50, 70),
    ):
        if not low <= value <= high:
            raise ValidationError(
                MSG_SETTING_RANGE, field=field_name, label=label, low=low, high=high
            )
    unit = min(actor.unit_ids)
    with db.write(actor) as session:
        row = session.get(ResidenceSettings, unit) or ResidenceSettings(unit_id=unit)
        session.add(row)
        row.sip_years, row.retirement_age = settings.sip_years, settings.retirement_age


__all__: Sequence[str] = (
    "GOLONGAN",
    "MOVE_OUT_REASONS",
    "FamilyInput",
    "OccupancyInput",
    "OccupancyResult",
    "OccupancyView",
    "ResidenceDetailInput",
    "add_maintenance",
    "end_occupancy",
    "get_residence_settings",
    "occupancy_history",
    "residence_photo",
    "retirement_date",
    "save_photo",
    "save_residence_details",
    "save_residence_settings",
    "sip_state",
    "start_occupancy",
)
