"""The read model and HTML body of a vehicle's printable history, and the words of a vehicle's
records that the history and the cost workbooks share.

The history's words are Indonesian document text, as in the KIR.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape

from inventaris.assets.editing import load_asset, today_in
from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.core.attention import PRINTED_URGENCY_WORDS
from inventaris.core.db import Database
from inventaris.core.formatting import format_date, format_date_long, group_thousands
from inventaris.core.permissions import Actor
from inventaris.office import OfficeSettings, get_office_settings
from inventaris.reports.common import require_essentials
from inventaris.vehicles.fleet import TimelineEntry, VehicleCard, timeline_of, vehicle_card

# --- document text (Indonesian, fixed) -----------------------------------------------------------
TITLE_HISTORY = "RIWAYAT KENDARAAN DINAS"
TOTAL_LABEL = "JUMLAH"
KIND_NAMES = {
    "servis_berkala": "Servis Berkala",
    "ganti_oli": "Ganti Oli",
    "ban": "Ban",
    "aki": "Aki",
    "rem": "Rem",
    "mesin": "Mesin",
    "kelistrikan": "Kelistrikan",
    "body": "Body",
    "ac": "AC",
    "lainnya": "Lainnya",
}
RECORD_NAMES = {
    "service": "Servis",
    "fuel": "BBM",
    "odometer": "Ganti odometer",
    "payment": "Pajak",
}
DOCUMENT_NAMES = {
    "pajak_tahunan": "Pajak tahunan / pengesahan STNK",
    "stnk_5_tahun": "STNK 5 tahunan dan plat",
    "asuransi": "Asuransi",
    "lainnya": "Dokumen lain",
}
STATE_NAMES = PRINTED_URGENCY_WORDS
STATUS_NAMES = {"aktif": "Aktif", "dipinjamkan": "Dipinjamkan", "dihapus": "Dihapus"}


def record_what(entry: TimelineEntry) -> str:
    """What a record was, in the document's words: a service by its kind, a payment by its
    document, else as recorded."""
    if entry.kind == "service":
        return KIND_NAMES.get(entry.what, entry.what)
    if entry.kind == "payment":
        return DOCUMENT_NAMES.get(entry.what, entry.what)
    return entry.what


# --- the printable history -----------------------------------------------------------------------


@dataclass(frozen=True)
class VehicleHistory:
    card: VehicleCard
    office: OfficeSettings
    as_of: date
    entries: tuple[TimelineEntry, ...]  # newest first
    service_count: int
    service_cost: int
    fuel_count: int
    fuel_litres: Decimal
    fuel_cost: int
    tax_count: int = 0
    tax_cost: int = 0  # what was paid for the vehicle's documents

    @property
    def total_cost(self) -> int:
        return self.service_cost + self.fuel_cost + self.tax_cost


def vehicle_history(db: Database, actor: Actor, asset_id: int) -> VehicleHistory:
    """Everything known of one vehicle, for printing: identity, plans, documents, records."""
    card = vehicle_card(db, actor, asset_id)  # NotFound, or not a vehicle
    with db.read() as session:
        unit_id = load_asset(session, actor, asset_id).unit_id
        entries = timeline_of(session, asset_id)
    office = get_office_settings(db, actor, unit_id)
    require_essentials(office)
    services = [entry for entry in entries if entry.kind == "service"]
    fills = [entry for entry in entries if entry.kind == "fuel"]
    payments = [entry for entry in entries if entry.kind == "payment"]
    return VehicleHistory(
        card=card,
        office=office,
        as_of=today_in(db),
        entries=tuple(entries),
        service_count=len(services),
        service_cost=sum(entry.cost for entry in services),
        fuel_count=len(fills),
        fuel_litres=sum((entry.litres or Decimal(0) for entry in fills), Decimal(0)),
        fuel_cost=sum(entry.cost for entry in fills),
        tax_count=len(payments),
        tax_cost=sum(entry.cost for entry in payments),
    )


def decimal_text(value: Decimal | None, places: int = 2) -> str:
    """``1234.5`` -> ``1.234,50``: Indonesian decimals; "-" for nothing."""
    if value is None:
        return "-"
    text = f"{value:,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def _cells(values: Iterable[str], tag: str = "td", right: Sequence[int] = ()) -> str:
    cells = (
        f"<{tag}{' align=right' if index in right else ''}>{escape(value) or '&nbsp;'}</{tag}>"
        for index, value in enumerate(values)
    )
    return f"<tr>{''.join(cells)}</tr>"


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    right: Sequence[int] = (),
    total: Sequence[str] = (),
) -> str:
    """A boxed table whose header repeats on every page; ``total`` is a last row in bold."""
    body = "".join(_cells(row, right=right) for row in rows)
    if total:
        body += _cells(total, right=right).replace("<td", "<td style='font-weight: bold'")
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse: collapse; border-color: #000000">'
        f"<thead>{_cells(headers, 'th')}</thead>{body}</table>"
    )


def _heading(text: str) -> str:
    return f'<p style="margin-top: 10px; margin-bottom: 3px; font-weight: bold">{escape(text)}</p>'


def _identity(history: VehicleHistory) -> list[tuple[str, str]]:
    card = history.card
    odometer = card.odometer
    condition = card.condition
    if condition in {c.value for c in Condition}:
        condition = PRINTED_CONDITION_WORDS[Condition(condition)]
    return [
        ("Nomor Polisi", card.plate or "-"),
        ("Merk/Tipe", card.brand_type or "-"),
        ("Nama Barang", card.name),
        ("Kode Barang / Register", card.code_register),
        ("Tahun Perolehan", str(card.year)),
        ("Ukuran/CC", card.engine_size or "-"),
        ("Nomor Rangka", card.chassis_number or "-"),
        ("Nomor Mesin", card.engine_number or "-"),
        ("Nomor BPKB", card.bpkb_number or "-"),
        ("Warna", card.details.colour or "-"),
        ("Bahan Bakar", card.details.fuel_type or "-"),
        ("Nomor Polisi Lama", card.details.previous_plate or "-"),
        ("Pemegang", "Kendaraan Operasional" if card.details.pooled else card.holder_name or "-"),
        ("Pengemudi", card.details.driver_name or "-"),
        ("Kondisi", condition),
        ("Status", STATUS_NAMES.get(card.status, card.status)),
        (
            "Odometer Terakhir",
            f"{group_thousands(odometer.km)} km ({format_date(odometer.on)})" if odometer else "-",
        ),
    ]


def vehicle_history_html(history: VehicleHistory) -> str:
    """The body of the printed history (HTML, every text escaped); the letterhead, title and
    signatures are the printing module's."""
    card = history.card
    pairs = _identity(history)
    half = (len(pairs) + 1) // 2
    identity_rows = "".join(
        "<tr>"
        + "".join(
            f"<td><b>{escape(label)}</b></td><td>: {escape(value)}</td>"
            for label, value in pairs[index : len(pairs) : half]
        )
        + "</tr>"
        for index in range(half)
    )
    parts = [f'<table width="100%" cellpadding="1">{identity_rows}</table>']
    parts.append(_heading("RENCANA SERVIS"))
    plans = [
        (
            plan.name,
            KIND_NAMES.get(plan.service_kind, plan.service_kind),
            " / ".join(
                text
                for text in (
                    plan.every_km and f"{group_thousands(plan.every_km)} km",
                    plan.every_months and f"{plan.every_months} bulan",
                )
                if text
            ),
            format_date(plan.due.due_on) + (" (perkiraan)" if plan.due.estimated else ""),
            f"{group_thousands(plan.due.due_km)} km" if plan.due.due_km is not None else "-",
            STATE_NAMES[plan.due.state],
        )
        for plan in card.plans
    ]
    headers: Sequence[str] = ("Rencana", "Jenis", "Setiap", "Jatuh Tempo", "Pada Km", "Keadaan")
    parts.append(_table(headers, plans, right=(4,)) if plans else "<p>Tidak ada.</p>")
    parts.append(_heading("DOKUMEN"))
    documents = [
        (
            DOCUMENT_NAMES.get(document.kind, document.kind),
            document.number or "-",
            format_date(document.expires_on),
            "Sudah diperbarui" if document.superseded else STATE_NAMES[document.state],
            document.note,
        )
        for document in card.documents
    ]
    headers = ("Dokumen", "Nomor", "Berlaku s.d.", "Keadaan", "Keterangan")
    parts.append(_table(headers, documents) if documents else "<p>Tidak ada.</p>")
    parts.append(_heading("RIWAYAT SERVIS, BBM, ODOMETER DAN PAJAK"))
    records = [
        (
            str(number),
            format_date(entry.on),
            RECORD_NAMES[entry.kind],
            record_what(entry),
            group_thousands(entry.odometer_km) if entry.odometer_km is not None else "",
            entry.printed_detail,
            decimal_text(entry.litres) if entry.litres is not None else "",
            group_thousands(entry.cost) if entry.kind != "odometer" else "",
        )
        for number, entry in enumerate(history.entries, start=1)
    ]
    headers = ("No", "Tanggal", "Catatan", "Jenis", "Km", "Uraian", "Liter", "Biaya (Rp)")
    table = _table(headers, records, right=(4, 6, 7)) if records else "<p>Belum ada catatan.</p>"
    parts.append(table)
    totals = (
        ("Servis", f"{history.service_count} kali", "", group_thousands(history.service_cost)),
        (
            "BBM",
            f"{history.fuel_count} kali",
            decimal_text(history.fuel_litres),
            group_thousands(history.fuel_cost),
        ),
        ("Pajak", f"{history.tax_count} kali", "", group_thousands(history.tax_cost)),
    )
    parts.append(_heading("JUMLAH BIAYA"))
    headers = ("Catatan", "Banyaknya", "Liter", "Biaya (Rp)")
    total = (TOTAL_LABEL, "", "", group_thousands(history.total_cost))
    parts.append(_table(headers, totals, right=(2, 3), total=total))
    return "".join(parts)


def history_subtitle(history: VehicleHistory) -> tuple[str, ...]:
    """The lines under the history's title: the vehicle, and the date it is printed for."""
    card = history.card
    vehicle = f"{card.plate} – {card.brand_type or card.name}" if card.plate else card.name
    return vehicle, f"Keadaan per {format_date_long(history.as_of)}"


__all__ = [
    "DOCUMENT_NAMES",
    "KIND_NAMES",
    "RECORD_NAMES",
    "STATE_NAMES",
    "STATUS_NAMES",
    "TITLE_HISTORY",
    "TOTAL_LABEL",
    "VehicleHistory",
    "decimal_text",
    "history_subtitle",
    "record_what",
    "vehicle_history",
    "vehicle_history_html",
]
