"""Official residences on paper: the list of houses with their occupant and SIP state as .xlsx,
and the read model and HTML body of one house's occupancy history.

The SIP letter has a module of its own (``sip_letter``). The words in the sheet and on the paper
are Indonesian document text, as in the KIR.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from inventaris.assets.editing import today_in
from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.core.attention import PRINTED_URGENCY_WORDS, Urgency
from inventaris.core.db import Database
from inventaris.core.formatting import format_date, format_date_long, format_nip, group_thousands
from inventaris.core.permissions import Actor, Permission, require
from inventaris.model import Asset, Occupancy
from inventaris.office import OfficeSettings, get_office_settings, unit_actor
from inventaris.reports.common import (
    FORMAT_WHOLE,
    Column,
    Kind,
    custodian,
    head_of_unit,
    new_workbook,
    require_essentials,
    save_workbook,
    set_up_pages,
    write_letterhead,
    write_signatures,
    write_table_header,
    write_table_rows,
    write_totals_row,
)
from inventaris.residences.occupancy import OccupancyView, house_asset, sip_state
from inventaris.residences.views import ResidenceCard, ResidenceRow, residence_card, residence_rows

# --- document text (Indonesian, fixed) -----------------------------------------------------------
TITLE_LIST = "DAFTAR RUMAH DINAS"
TITLE_HISTORY = "RIWAYAT PENGHUNIAN RUMAH DINAS"
SHEET = "Rumah Dinas"
TOTAL_LABEL = "JUMLAH"
VACANT = "Kosong"
SIP_WORDS = PRINTED_URGENCY_WORDS
REASON_WORDS = {
    "pensiun": "Pensiun",
    "mutasi": "Mutasi",
    "meninggal": "Meninggal dunia",
    "berhenti": "Berhenti",
    "lainnya": "Lainnya",
}
RETIREMENT_NOTICE_DAYS = 365  # the Keterangan names the retirement date within a year
FORMAT_AREA = "#,##0.00"
# The totals row keeps its counts as numbers; the format adds the word beside the number.
FORMAT_HOUSES = '#,##0 "rumah"'
FORMAT_OCCUPIED = '#,##0 "dihuni"'
FORMAT_VACANT = '#,##0 "kosong"'

COLUMNS = (
    Column("No", 5, Kind.WHOLE, center=True),
    Column("Alamat", 30),
    Column("Kode Barang / Register", 24, center=True),
    Column("Golongan", 9, center=True),
    Column("Tipe", 8, center=True),
    Column("Luas Bangunan (m²)", 11, Kind.WHOLE),
    Column("Luas Tanah (m²)", 11, Kind.WHOLE),
    Column("Kondisi", 12, center=True),
    Column("Penghuni", 26),
    Column("NIP", 22, center=True),
    Column("Pangkat/Gol.", 18),
    Column("Jabatan", 26),
    Column("Nomor SIP", 20),
    Column("Tanggal SIP", 12, Kind.DATE),
    Column("Berlaku s.d.", 12, Kind.DATE),
    Column("Status SIP", 11, center=True),
    Column("Sewa per Bulan (Rp)", 14, Kind.WHOLE),
    Column("Keterangan", 24),
)
HOUSES, FLOOR, LAND, OCCUPANT, STATUS, RENT = 2, 5, 6, 8, 15, 16  # 0-based positions


def condition_word(code: str) -> str:
    try:
        return PRINTED_CONDITION_WORDS[Condition(code)]
    except ValueError:
        return code


def area_text(value: Decimal | None) -> str:
    """``70`` -> ``70 m²``, ``70.5`` -> ``70,5 m²``; "-" when unknown."""
    if value is None:
        return "-"
    whole = value.to_integral_value()
    if value == whole:
        return f"{group_thousands(int(whole))} m²"
    text = f"{value.normalize():,f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{text} m²"


def sip_word(state: Urgency | None) -> str:
    return VACANT if state is None else SIP_WORDS[state]


# --- the list of houses (.xlsx) ------------------------------------------------------------------


@dataclass(frozen=True)
class ResidenceListReport:
    path: Path
    houses: int
    occupied: int
    vacant: int
    rent_total: int  # the current occupants' monthly rent, summed


@dataclass(frozen=True)
class _House:
    floor_area_m2: Decimal | None
    land_area_m2: Decimal | None
    condition: str
    vacant_since: date | None  # the last move-out


def _houses(db: Database, ids: Sequence[int]) -> dict[int, _House]:
    with db.read() as session:
        last_out = select(Occupancy.asset_id, func.max(Occupancy.move_out_on)).where(
            Occupancy.asset_id.in_(ids)
        )
        moved_out = {
            asset_id: when
            for asset_id, when in session.execute(last_out.group_by(Occupancy.asset_id))
        }
        rows = session.execute(
            select(Asset.id, Asset.floor_area_m2, Asset.land_area_m2, Asset.condition).where(
                Asset.id.in_(ids)
            )
        )
        return {
            asset_id: _House(floor, land, condition, moved_out.get(asset_id))
            for asset_id, floor, land, condition in rows
        }


def _remark(row: ResidenceRow, house: _House, today: date) -> str:
    if row.occupant is None:
        since = house.vacant_since
        return f"{VACANT} sejak {format_date(since)}" if since else VACANT
    retires = row.retires_on
    if retires is None or (retires - today).days > RETIREMENT_NOTICE_DAYS:
        return ""
    return f"Pensiun {'sejak ' if retires <= today else ''}{format_date(retires)}"


def _values(number: int, row: ResidenceRow, house: _House, today: date) -> tuple[Any, ...]:
    person: OccupancyView | None = row.occupant
    return (
        number,
        row.name,
        row.code_register,
        row.golongan,
        row.house_type,
        house.floor_area_m2,
        house.land_area_m2,
        condition_word(house.condition),
        person.occupant_name if person else "",
        format_nip(person.occupant_nip) if person else "",
        person.rank_grade if person else "",
        person.position if person else "",
        person.sip_number if person else "",
        person.sip_date if person else "",
        person.valid_until if person else "",
        sip_word(row.sip_state),
        person.monthly_rent if person else "",
        _remark(row, house, today),
    )


def export_residences_xlsx(
    db: Database, actor: Actor, path: Path, *, unit_id: int | None = None
) -> ResidenceListReport:
    """Every house of the unit on the register, with its current occupant and the SIP's state,
    one row each (by address), and a totals row; replaces ``path``."""
    require(actor, Permission.VIEW)
    narrowed, unit = unit_actor(actor, unit_id)
    office = get_office_settings(db, actor, unit)
    require_essentials(office)
    today = today_in(db)
    rows = residence_rows(db, narrowed)
    houses = _houses(db, [row.asset_id for row in rows])

    workbook, ws = new_workbook(SHEET)
    width = len(COLUMNS)
    header_row = write_letterhead(ws, office, TITLE_LIST, today, width)
    write_table_header(ws, header_row, COLUMNS)
    values = (
        _values(number, row, houses[row.asset_id], today)
        for number, row in enumerate(rows, start=1)
    )
    totals_row = write_table_rows(ws, header_row + 1, COLUMNS, values)
    for line in range(header_row + 1, totals_row):
        for column in (FLOOR, LAND):
            ws.cell(line, column + 1).number_format = FORMAT_AREA
    occupied = sum(1 for row in rows if row.occupant is not None)
    rent = sum(row.occupant.monthly_rent for row in rows if row.occupant is not None)
    counts = {HOUSES: len(rows), OCCUPANT: occupied, STATUS: len(rows) - occupied, RENT: rent}
    write_totals_row(ws, totals_row, COLUMNS, TOTAL_LABEL, counts)
    for column, number_format in (
        (HOUSES, FORMAT_HOUSES),
        (OCCUPANT, FORMAT_OCCUPIED),
        (STATUS, FORMAT_VACANT),
        (RENT, FORMAT_WHOLE),
    ):
        ws.cell(totals_row, column + 1).number_format = number_format
    last_row = write_signatures(
        ws, totals_row + 2, (head_of_unit(office), custodian(office, today)), width
    )
    set_up_pages(
        ws, paper_size=office.paper_size, header_row=header_row, last_row=last_row - 1, width=width
    )
    save_workbook(workbook, path)
    return ResidenceListReport(path, len(rows), occupied, len(rows) - occupied, rent)


# --- one house's occupancy history (printed) -----------------------------------------------------


@dataclass(frozen=True)
class HouseHistory:
    card: ResidenceCard  # card.history: every occupancy, the newest first
    office: OfficeSettings
    as_of: date


def house_history(db: Database, actor: Actor, asset_id: int) -> HouseHistory:
    """One house and all its occupancies, with the office's settings, for printing."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        unit_id = house_asset(session, actor, asset_id, for_change=False).unit_id
    card = residence_card(db, actor, asset_id)
    office = get_office_settings(db, actor, unit_id)
    require_essentials(office)
    return HouseHistory(card=card, office=office, as_of=today_in(db))


def house_history_subtitle(history: HouseHistory) -> tuple[str, ...]:
    card = history.card
    return f"{card.name} ({card.code_register})", f"Keadaan per {format_date_long(history.as_of)}"


def _cells(
    values: Iterable[str], tag: str = "td", right: Sequence[int] = (), widths: Sequence[int] = ()
) -> str:
    """A table row; every value is escaped, a line break inside one becomes ``<br>``."""
    cells = (
        f"<{tag}{' align=right' if index in right else ''}"
        f"{f' width={widths[index]}%' if index < len(widths) else ''}>"
        f"{'<br>'.join(escape(line) for line in value.splitlines()) or '&nbsp;'}</{tag}>"
        for index, value in enumerate(values)
    )
    return f"<tr>{''.join(cells)}</tr>"


def html_table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    right: Sequence[int] = (),
    widths: Sequence[int] = (),
) -> str:
    """A boxed table whose header repeats on every page; ``widths`` in per cent."""
    body = "".join(_cells(row, right=right) for row in rows)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse: collapse; border-color: #000000">'
        f"<thead>{_cells(headers, 'th', widths=widths)}</thead>{body}</table>"
    )


def key_values(pairs: Iterable[tuple[str, str]], label_width: int = 28) -> str:
    """``label : value`` lines as a borderless table; values escaped."""
    rows = "".join(
        f'<tr><td width="{label_width}%">{escape(label)}</td><td width="2%">:</td>'
        f"<td>{escape(value) or '-'}</td></tr>"
        for label, value in pairs
    )
    return f'<table width="100%" cellpadding="1">{rows}</table>'


def family_text(occupancy: OccupancyView) -> str:
    """``Rina (istri, 52 th)``, one member a line."""
    lines = []
    for member in occupancy.family:
        detail = ", ".join(
            part for part in (member.relation, f"{member.age} th" if member.age else "") if part
        )
        lines.append(f"{member.name} ({detail})" if detail else member.name)
    return "\n".join(lines)


def _occupant_text(occupancy: OccupancyView) -> str:
    lines = [occupancy.occupant_name]
    if occupancy.occupant_nip:
        lines.append(f"NIP {format_nip(occupancy.occupant_nip)}")
    lines += [text for text in (occupancy.rank_grade, occupancy.position) if text]
    return "\n".join(lines)


def _history_row(number: int, occupancy: OccupancyView, today: date) -> list[str]:
    if occupancy.move_out_on is None:
        out, reason = (
            "-",
            f"Penghuni sekarang; SIP {SIP_WORDS[sip_state(occupancy.valid_until, today)]}",
        )
    else:
        out = format_date(occupancy.move_out_on)
        reason = REASON_WORDS.get(occupancy.move_out_reason, occupancy.move_out_reason)
    return [
        str(number),
        _occupant_text(occupancy),
        f"{occupancy.sip_number}\n{format_date(occupancy.sip_date)}",
        f"{format_date(occupancy.valid_from)}\ns.d. {format_date(occupancy.valid_until)}",
        format_date(occupancy.move_in_on) if occupancy.move_in_on else "-",
        out,
        reason,
        group_thousands(occupancy.monthly_rent),
        family_text(occupancy) or "-",
    ]


def occupancy_history_html(history: HouseHistory) -> str:
    """The body of the printed history (HTML, every text escaped): the house, then every
    occupancy, the newest first. The letterhead, title and signatures are the printing
    module's."""
    card = history.card
    current = card.current
    kind = " / ".join(text for text in (card.details.golongan, card.details.house_type) if text)
    areas = f"{area_text(card.floor_area_m2)} / {area_text(card.land_area_m2)}"
    identity = key_values(
        (
            ("Alamat", card.name),
            ("Kode Barang / Register", card.code_register),
            ("Golongan / Tipe", kind),
            ("Luas Bangunan / Tanah", areas),
            ("Kondisi", condition_word(card.condition)),
            ("Penghuni Sekarang", current.occupant_name if current else VACANT),
        ),
        label_width=20,
    )
    headers = (
        "No",
        "Penghuni",
        "Nomor / Tanggal SIP",
        "Masa Berlaku",
        "Masuk",
        "Keluar",
        "Alasan Keluar",
        "Sewa/Bulan (Rp)",
        "Anggota Keluarga",
    )
    rows = [
        _history_row(number, occupancy, history.as_of)
        for number, occupancy in enumerate(card.history, start=1)
    ]
    widths = (4, 20, 14, 11, 8, 8, 12, 9, 14)
    table = (
        html_table(headers, rows, right=(7,), widths=widths)
        if rows
        else "<p>Belum pernah dihuni.</p>"
    )
    heading = '<p style="margin-top: 10px; margin-bottom: 3px; font-weight: bold">'
    return f"{identity}{heading}RIWAYAT PENGHUNI</p>{table}"


__all__ = [
    "REASON_WORDS",
    "SIP_WORDS",
    "TITLE_HISTORY",
    "TITLE_LIST",
    "HouseHistory",
    "ResidenceListReport",
    "area_text",
    "condition_word",
    "export_residences_xlsx",
    "family_text",
    "house_history",
    "house_history_subtitle",
    "html_table",
    "key_values",
    "occupancy_history_html",
    "sip_word",
]
