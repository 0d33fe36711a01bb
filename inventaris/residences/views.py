"""What the residences page and Beranda show: the list of houses with their occupant and SIP
state, one house's card (details, occupant, history, maintenance), and what needs attention
(SIPs running out, vacant houses, occupants reaching retirement age)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inventaris.assets.editing import today_in
from inventaris.catalog import RESIDENCE_PREFIX
from inventaris.core.attention import AttentionItem, Urgency, sort_key, urgency_of
from inventaris.core.db import Database
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import Actor, Permission, require
from inventaris.core.search import code_register
from inventaris.model import Asset, MaintenanceRecord, Occupancy, ResidenceDetail
from inventaris.residences.occupancy import (
    SIP_WARN_DAYS,
    OccupancyView,
    ResidenceDetailInput,
    house_asset,
    house_name,
    occupancy_view,
    retirement_date,
    settings_of,
    sip_state,
)

AREA_RESIDENCES = QT_TRANSLATE_NOOP("Engine", "Official residences")
MSG_SIP_EXPIRED = QT_TRANSLATE_NOOP("Engine", "{house}: the SIP of {name} expired on {date}.")
MSG_SIP_EXPIRING = QT_TRANSLATE_NOOP("Engine", "{house}: the SIP of {name} ends on {date}.")
MSG_VACANT = QT_TRANSLATE_NOOP("Engine", "{house} is vacant.")
MSG_RETIRES = QT_TRANSLATE_NOOP(
    "Engine", "{house}: {name} reaches retirement age; retires on {date} and must move out."
)


# --- the list and what needs attention ----------------------------------------------------------


@dataclass(frozen=True)
class ResidenceRow:
    asset_id: int
    unit_id: int
    name: str
    code_register: str
    golongan: str
    house_type: str
    occupant: OccupancyView | None
    sip_state: Urgency | None
    retires_on: date | None


def residence_rows(db: Database, actor: Actor) -> list[ResidenceRow]:
    """Every house on the register with its current occupant and the SIP's state."""
    require(actor, Permission.VIEW)
    today = today_in(db)
    with db.read() as session:
        return residence_rows_in(session, actor, today)


def residence_rows_in(session: Session, actor: Actor, today: date) -> list[ResidenceRow]:
    """``residence_rows`` in the caller's open session."""
    houses = session.execute(
        select(Asset, ResidenceDetail)
        .outerjoin(ResidenceDetail, ResidenceDetail.asset_id == Asset.id)
        .where(
            Asset.unit_id.in_(actor.unit_ids),
            Asset.status != "dihapus",
            Asset.code.startswith(RESIDENCE_PREFIX),
        )
        .order_by(Asset.address, Asset.code, Asset.register_number)
    ).all()
    current = {
        row.asset_id: row
        for row in session.scalars(
            select(Occupancy).where(
                Occupancy.asset_id.in_([asset.id for asset, _ in houses]),
                Occupancy.move_out_on.is_(None),
            )
        )
    }
    rows = []
    for asset, detail in houses:
        occupancy = current.get(asset.id)
        view = occupancy_view(session, occupancy) if occupancy else None
        settings = settings_of(session, asset.unit_id)
        rows.append(
            ResidenceRow(
                asset_id=asset.id,
                unit_id=asset.unit_id,
                name=house_name(asset),
                code_register=code_register(asset.code, asset.register_number),
                golongan=detail.golongan if detail else "",
                house_type=detail.house_type if detail else "",
                occupant=view,
                sip_state=sip_state(view.valid_until, today) if view else None,
                retires_on=(
                    retirement_date(view.occupant_nip, settings.retirement_age) if view else None
                ),
            )
        )
    return rows


def residence_attention(
    session: Session, actor: Actor, today: date, within_days: int
) -> list[AttentionItem]:
    """SIPs expired or ending within 90 days, vacant houses, occupants retiring within 90
    days: the residences' own horizon, whatever ``within_days`` the caller looks ahead."""
    del within_days
    items: list[AttentionItem] = []
    for row in residence_rows_in(session, actor, today):
        house = row.name
        occupant = row.occupant
        if occupant is None:
            items.append(
                AttentionItem(
                    Urgency.NOTICE,
                    AREA_RESIDENCES,
                    MSG_VACANT,
                    (("house", house),),
                    subject=house,
                    asset_id=row.asset_id,
                )
            )
            continue
        params = (
            ("house", house),
            ("name", occupant.occupant_name),
            ("date", occupant.valid_until.strftime("%d-%m-%Y")),
        )
        if row.sip_state is not None and row.sip_state is not Urgency.OK:
            message = MSG_SIP_EXPIRED if row.sip_state is Urgency.OVERDUE else MSG_SIP_EXPIRING
            items.append(
                AttentionItem(
                    row.sip_state,
                    AREA_RESIDENCES,
                    message,
                    params,
                    occupant.valid_until,
                    house,
                    asset_id=row.asset_id,
                )
            )
        if row.retires_on is None:
            continue
        retiring = urgency_of(row.retires_on, today, warn_days=SIP_WARN_DAYS)
        if retiring is not Urgency.OK:
            retires = (
                ("house", house),
                ("name", occupant.occupant_name),
                ("date", row.retires_on.strftime("%d-%m-%Y")),
            )
            items.append(
                AttentionItem(
                    retiring,
                    AREA_RESIDENCES,
                    MSG_RETIRES,
                    retires,
                    row.retires_on,
                    house,
                    asset_id=row.asset_id,
                )
            )
    items.sort(key=sort_key)
    return items


@dataclass(frozen=True)
class MaintenanceView:
    id: int
    done_on: date
    work: str
    cost: int
    contractor: str


@dataclass(frozen=True)
class ResidenceCard:
    """One house with everything its page shows, read at once."""

    asset_id: int
    name: str  # the address, or the asset's name
    asset_name: str
    code_register: str
    acquisition_year: int
    floor_area_m2: Decimal | None
    land_area_m2: Decimal | None
    concrete: bool | None
    document_number: str
    document_date: date | None
    land_title_status: str
    land_code: str
    condition: str
    status: str
    details: ResidenceDetailInput
    has_photo: bool
    current: OccupancyView | None
    history: tuple[OccupancyView, ...]
    maintenance: tuple[MaintenanceView, ...]
    sip_years: int
    retirement_age: int
    retires_on: date | None


def residence_card(db: Database, actor: Actor, asset_id: int) -> ResidenceCard:
    require(actor, Permission.VIEW)
    with db.read() as session:
        asset = house_asset(session, actor, asset_id, for_change=False)
        detail = session.get(ResidenceDetail, asset_id)
        settings = settings_of(session, asset.unit_id)
        history = tuple(
            occupancy_view(session, row)
            for row in session.scalars(
                select(Occupancy)
                .where(Occupancy.asset_id == asset_id)
                .order_by(Occupancy.valid_from.desc(), Occupancy.id.desc())
            )
        )
        current = next((row for row in history if row.move_out_on is None), None)
        maintenance = tuple(
            MaintenanceView(r.id, r.done_on, r.work, r.cost, r.contractor)
            for r in session.scalars(
                select(MaintenanceRecord)
                .where(MaintenanceRecord.asset_id == asset_id)
                .order_by(MaintenanceRecord.done_on.desc(), MaintenanceRecord.id.desc())
            )
        )
        return ResidenceCard(
            asset_id=asset.id,
            name=house_name(asset),
            asset_name=asset.name,
            code_register=code_register(asset.code, asset.register_number),
            acquisition_year=asset.acquisition_year,
            floor_area_m2=asset.floor_area_m2,
            land_area_m2=asset.land_area_m2,
            concrete=asset.concrete,
            document_number=asset.document_number,
            document_date=asset.document_date,
            land_title_status=asset.land_title_status,
            land_code=asset.land_code,
            condition=asset.condition,
            status=asset.status,
            details=ResidenceDetailInput(
                golongan=detail.golongan,
                house_type=detail.house_type,
                storeys=detail.storeys,
                electricity_account=detail.electricity_account,
                water_account=detail.water_account,
                notes=detail.notes,
            )
            if detail
            else ResidenceDetailInput(),
            has_photo=bool(detail and detail.photo),
            current=current,
            history=history,
            maintenance=maintenance,
            sip_years=settings.sip_years,
            retirement_age=settings.retirement_age,
            retires_on=(
                retirement_date(current.occupant_nip, settings.retirement_age) if current else None
            ),
        )
