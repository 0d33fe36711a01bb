"""Checking an asset before it is saved: every message names its field."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from inventaris.assets.types import (
    ACQUISITION_METHODS,
    BUILDING_KINDS,
    FIRST_YEAR,
    INPUT_COLUMNS,
    MAX_IDENTICAL,
    AssetInput,
    Condition,
)
from inventaris.assets.vehicle_numbers import check_vehicle_numbers, normalize_plate
from inventaris.catalog import check_code, is_vehicle, kib_of
from inventaris.core.errors import MSG_REQUIRED, ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import normalize_nip
from inventaris.core.limits import MAX_AREA_M2, check_amount, check_lengths
from inventaris.model import Asset, AssetCode, Room

LABELS = {
    "code": QT_TRANSLATE_NOOP("Engine", "Kode barang"),
    "name": QT_TRANSLATE_NOOP("Engine", "Name"),
    "acquisition_year": QT_TRANSLATE_NOOP("Engine", "Year of acquisition"),
    "acquisition_date": QT_TRANSLATE_NOOP("Engine", "Date of acquisition"),
    "acquisition_method": QT_TRANSLATE_NOOP("Engine", "Cara perolehan"),
    "price": QT_TRANSLATE_NOOP("Engine", "Price"),
    "holder_nip": QT_TRANSLATE_NOOP("Engine", "NIP of the holder"),
    "address": QT_TRANSLATE_NOOP("Engine", "Address / location"),
    "land_area_m2": QT_TRANSLATE_NOOP("Engine", "Land area (m²)"),
    "floor_area_m2": QT_TRANSLATE_NOOP("Engine", "Floor area (m²)"),
    "land_title_status": QT_TRANSLATE_NOOP("Engine", "Title (status hak)"),
    "quantity": QT_TRANSLATE_NOOP("Engine", "Number of identical items"),
    "occurred_on": QT_TRANSLATE_NOOP("Engine", "Date of the change"),
    "length_km": QT_TRANSLATE_NOOP("Engine", "Length (km)"),
    "width_m": QT_TRANSLATE_NOOP("Engine", "Width (m)"),
    "building_kind": QT_TRANSLATE_NOOP("Engine", "Kind of building"),
    "construction_start": QT_TRANSLATE_NOOP("Engine", "Construction started"),
    "contract_value": QT_TRANSLATE_NOOP("Engine", "Contract value"),
    "progress_percent": QT_TRANSLATE_NOOP("Engine", "Progress (%)"),
}
TEXT_FIELD_LABELS = {
    "specification": QT_TRANSLATE_NOOP("Engine", "Specification"),
    "brand_type": QT_TRANSLATE_NOOP("Engine", "Merk/type"),
    "size": QT_TRANSLATE_NOOP("Engine", "Size/CC"),
    "material": QT_TRANSLATE_NOOP("Engine", "Material"),
    "serial_number": QT_TRANSLATE_NOOP("Engine", "Serial/factory no."),
    "chassis_number": QT_TRANSLATE_NOOP("Engine", "Nomor rangka"),
    "engine_number": QT_TRANSLATE_NOOP("Engine", "Nomor mesin"),
    "bpkb_number": QT_TRANSLATE_NOOP("Engine", "Nomor BPKB"),
    "funding_source": QT_TRANSLATE_NOOP("Engine", "Funding source"),
    "quantity_unit": QT_TRANSLATE_NOOP("Engine", "Unit of count"),
    "holder_name": QT_TRANSLATE_NOOP("Engine", "Holder"),
    "nibar": QT_TRANSLATE_NOOP("Engine", "NIBAR"),
    "land_use": QT_TRANSLATE_NOOP("Engine", "Use of the land"),
    "document_number": QT_TRANSLATE_NOOP("Engine", "Certificate/document no."),
    "land_code": QT_TRANSLATE_NOOP("Engine", "Code of the land"),
    "construction": QT_TRANSLATE_NOOP("Engine", "Construction"),
    "book_title": QT_TRANSLATE_NOOP("Engine", "Book: title/author"),
    "art_origin": QT_TRANSLATE_NOOP("Engine", "Art: region of origin"),
    "art_creator": QT_TRANSLATE_NOOP("Engine", "Art: creator"),
    "species": QT_TRANSLATE_NOOP("Engine", "Animal/plant: kind"),
    "contract_number": QT_TRANSLATE_NOOP("Engine", "Contract no."),
}
MAX_LENGTH = Decimal(100_000)
REQUIRED_BY_KIB: dict[str, tuple[str, ...]] = {
    "A": ("address", "land_area_m2", "land_title_status"),
    "C": ("address", "floor_area_m2"),
}

MSG_UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Engine", "Kode barang: {code} is not in the code table. Pick one with Choose…"
)
MSG_WRONG_KIB = QT_TRANSLATE_NOOP(
    "Engine", "Kode barang: {code} belongs to KIB {actual}, not to KIB {expected}."
)
MSG_NOT_AN_ITEM = QT_TRANSLATE_NOOP(
    "Engine", "Kode barang: {code} is above the jenis level; choose a more precise code."
)
MSG_YEAR_RANGE = QT_TRANSLATE_NOOP(
    "Engine", "Year of acquisition: from {first} to {last} ({value} is outside)."
)
MSG_FUTURE_DATE = QT_TRANSLATE_NOOP("Engine", "{label}: {value} is in the future.")
MSG_DATE_YEAR = QT_TRANSLATE_NOOP(
    "Engine", "Date of acquisition {value} is not in the year of acquisition {year}."
)
MSG_METHOD = QT_TRANSLATE_NOOP(
    "Engine", 'Cara perolehan: choose one of {choices} ("{value}" is not).'
)
MSG_CONDITION = QT_TRANSLATE_NOOP("Engine", 'Condition: B, RR or RB ("{value}" is not).')
MSG_BUILDING_KIND = QT_TRANSLATE_NOOP("Engine", 'Kind of building: P, SP or D ("{value}" is not).')
MSG_PROGRESS = QT_TRANSLATE_NOOP("Engine", "Progress (%): from 0 to 100 (not {value}).")
MSG_ROOM_KIB = QT_TRANSLATE_NOOP(
    "Engine", "Room: only KIB B and KIB E items sit in rooms; {code} is KIB {kib}."
)
MSG_NO_ROOM = QT_TRANSLATE_NOOP("Engine", "Room: the room {id} does not exist in this unit.")
MSG_QUANTITY = QT_TRANSLATE_NOOP(
    "Engine", "Number of identical items: from 1 to {maximum} (not {value})."
)
MSG_IDENTICAL_NUMBERS = QT_TRANSLATE_NOOP(
    "Engine",
    "{count} identical items cannot share one serial, plate, chassis, engine, BPKB or NIBAR "
    "number; leave those empty and fill them in per item.",
)


def _required(value: Any) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def validate_asset(
    session: Session,
    data: AssetInput,
    today: date,
    *,
    asset_id: int | None = None,
    quantity: int = 1,
    unit_id: int,
    check_numbers: bool = True,
) -> AssetInput:
    """Check and normalise one asset; raises ValidationError naming the field."""
    code = check_code(data.code) if data.code.strip() else ""
    if not code:
        raise ValidationError(MSG_REQUIRED, field="code", label=LABELS["code"])
    if session.get(AssetCode, code) is None:
        raise ValidationError(MSG_UNKNOWN_CODE, field="code", code=code)
    kib = kib_of(code)
    if kib is None:
        raise ValidationError(MSG_NOT_AN_ITEM, field="code", code=code)
    if data.expected_kib and kib != data.expected_kib:
        raise ValidationError(
            MSG_WRONG_KIB, field="code", code=code, actual=kib, expected=data.expected_kib
        )
    name = data.name.strip()
    if not name:
        raise ValidationError(MSG_REQUIRED, field="name", label=LABELS["name"])
    if not FIRST_YEAR <= data.acquisition_year <= today.year:
        raise ValidationError(
            MSG_YEAR_RANGE,
            field="acquisition_year",
            first=FIRST_YEAR,
            last=today.year,
            value=data.acquisition_year,
        )
    if data.acquisition_date is not None:
        if data.acquisition_date > today:
            raise ValidationError(
                MSG_FUTURE_DATE,
                field="acquisition_date",
                label=LABELS["acquisition_date"],
                value=data.acquisition_date.strftime("%d-%m-%Y"),
            )
        if data.acquisition_date.year != data.acquisition_year:
            raise ValidationError(
                MSG_DATE_YEAR,
                field="acquisition_date",
                value=data.acquisition_date.strftime("%d-%m-%Y"),
                year=data.acquisition_year,
            )
    if data.acquisition_method not in ACQUISITION_METHODS:
        raise ValidationError(
            MSG_METHOD,
            field="acquisition_method",
            choices=", ".join(ACQUISITION_METHODS),
            value=data.acquisition_method,
        )
    check_amount(data.price, "price", LABELS["price"])
    for area in ("land_area_m2", "floor_area_m2"):
        if getattr(data, area) is not None:
            check_amount(getattr(data, area), area, LABELS[area], MAX_AREA_M2)
    for measure in ("length_km", "width_m"):  # a road longer than Java is a typing error
        if getattr(data, measure) is not None:
            check_amount(getattr(data, measure), measure, LABELS[measure], MAX_LENGTH)
    if data.contract_value is not None:
        check_amount(data.contract_value, "contract_value", LABELS["contract_value"])
    if data.progress_percent is not None and not 0 <= data.progress_percent <= 100:
        raise ValidationError(MSG_PROGRESS, field="progress_percent", value=data.progress_percent)
    building_kind = data.building_kind.strip().upper()
    if building_kind and building_kind not in BUILDING_KINDS:
        raise ValidationError(MSG_BUILDING_KIND, field="building_kind", value=data.building_kind)
    if data.construction_start is not None and data.construction_start > today:
        raise ValidationError(
            MSG_FUTURE_DATE,
            field="construction_start",
            label=LABELS["construction_start"],
            value=data.construction_start.strftime("%d-%m-%Y"),
        )
    if data.condition not in tuple(Condition):
        raise ValidationError(MSG_CONDITION, field="condition", value=data.condition)
    for field_name in REQUIRED_BY_KIB.get(kib, ()):
        if not _required(getattr(data, field_name)):
            raise ValidationError(MSG_REQUIRED, field=field_name, label=LABELS[field_name])
    holder_nip = data.holder_nip.strip()
    if holder_nip:
        holder_nip = normalize_nip(holder_nip, field="holder_nip", label=LABELS["holder_nip"])
    if data.room_id is not None:
        room = session.get(Room, data.room_id)
        if room is None or room.unit_id != unit_id:
            raise ValidationError(MSG_NO_ROOM, field="room_id", id=data.room_id)
        if kib not in ("B", "E"):
            raise ValidationError(MSG_ROOM_KIB, field="room_id", code=code, kib=kib)
    if not 1 <= quantity <= MAX_IDENTICAL:
        raise ValidationError(MSG_QUANTITY, field="quantity", maximum=MAX_IDENTICAL, value=quantity)
    clean = replace(
        data,
        code=code,
        name=name,
        holder_nip=holder_nip,
        building_kind=building_kind,
        plate_number=normalize_plate(data.plate_number),
        **{
            column: getattr(data, column).strip()
            for column in (
                "specification",
                "brand_type",
                "size",
                "material",
                "serial_number",
                "chassis_number",
                "engine_number",
                "bpkb_number",
                "funding_source",
                "quantity_unit",
                "holder_name",
                "nibar",
                "notes",
                "address",
                "land_title_status",
                "land_use",
                "document_number",
                "land_code",
                "construction",
                "book_title",
                "art_origin",
                "art_creator",
                "species",
                "contract_number",
            )
        },
    )
    check_lengths(
        Asset.__table__,
        {column: getattr(clean, column) for column in INPUT_COLUMNS},
        {
            column: TEXT_FIELD_LABELS.get(column, LABELS.get(column, column))
            for column in INPUT_COLUMNS
        },
    )
    unique_numbers = (
        clean.serial_number,
        clean.plate_number,
        clean.chassis_number,
        clean.engine_number,
        clean.bpkb_number,
        clean.nibar,
    )
    if quantity > 1 and any(unique_numbers):
        raise ValidationError(MSG_IDENTICAL_NUMBERS, field="quantity", count=quantity)
    # An import checks the numbers of a whole file at once (inventaris/importing/planning.py).
    if check_numbers and (is_vehicle(code) or any(unique_numbers[1:5])):
        check_vehicle_numbers(session, clean, asset_id)
    return clean
