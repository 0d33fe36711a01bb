"""What the stock-take's papers share (the workbook and the Berita Acara): their date, the
scope and period in words, the team's signature blocks and the printed words of the checks.

Everything here is Indonesian document text, like the KIR's; the engine's own labels (English,
translated on screen) are never printed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.catalog import JENIS_NAMES, KIB_BY_JENIS
from inventaris.core.formatting import format_date_long
from inventaris.core.timeutil import to_wib
from inventaris.office import OfficeSettings
from inventaris.reports.common import Signatory, custodian, head_of_unit
from inventaris.stocktake.results import LHI_LISTS, StocktakeResults
from inventaris.stocktake.types import OUTSIDE_ROOMS, PLACE_OUTSIDE_ROOMS, ItemCheck, Presence

TITLE_BERITA_ACARA = "BERITA ACARA INVENTARISASI BARANG MILIK DAERAH"
TITLE_RECAP = "REKAPITULASI HASIL INVENTARISASI BARANG MILIK DAERAH"
TITLE_LKI = "LEMBAR KERJA INVENTARISASI (LKI)"
OUTSIDE_ROOMS_WORDS = "Di luar ruangan"
ALL_ROOMS = "Seluruh ruangan dan barang di luar ruangan"
ALL_KIBS = "seluruh KIB (A s.d. F)"
NOT_YET_ENDED = "selesai"
NIL = "Nihil"
TOTAL_LABEL = "JUMLAH"
STATUS_FOUND = "Ada"
STATUS_WORDS = {Presence.LOST: "Hilang", Presence.NOT_FOUND: "Tidak ditemukan"}
TWO_PLACES = "Dipindai di lebih dari satu ruangan"
NO_CODE_KIB = "?"  # findings without a kode barang, in the recap
KIB_PRINTED = {kib: f"KIB {kib} – {JENIS_NAMES[jenis]}" for jenis, kib in KIB_BY_JENIS.items()}
NO_CODE_WORDS = "Tanpa kode barang"
ROLE_DEFAULT = "Anggota"
# Roles typed short on the form ("Ketua") are printed as the team's ("Ketua Tim").
TEAM_ROLES = {
    "ketua": "Ketua Tim",
    "wakil ketua": "Wakil Ketua Tim",
    "sekretaris": "Sekretaris Tim",
}
COUNT_LABELS = (
    ("expected", "Jumlah barang di register"),
    ("found", "Ditemukan"),
    ("not_found", "Tidak ditemukan"),
    ("misplaced", "Salah ruangan"),
    ("unknown", "Belum tercatat / kode tidak dikenal"),
)
RECAP_HEADERS = (
    "KIB",
    "Jumlah di register",
    "Ditemukan",
    "Tidak ditemukan",
    "Salah ruangan",
    "Belum tercatat",
)


def paper_date(results: StocktakeResults) -> date:
    """The date the papers carry: the day the stock-take was finished, else the day they were
    made (results of a stock-take still open)."""
    closed = results.stocktake.closed_at
    return to_wib(closed).date() if closed is not None else results.made_on


def place_words(results: StocktakeResults, place: int | None) -> str:
    if place is None:
        return ""
    if place == OUTSIDE_ROOMS:
        return OUTSIDE_ROOMS_WORDS
    return results.places.get(place, ("", ""))[1]


def printed_text(text: str) -> str:
    """The engine's name of the items outside rooms, in the paper's words."""
    return text.replace(PLACE_OUTSIDE_ROOMS, OUTSIDE_ROOMS_WORDS)


def condition_words(code: str) -> str:
    try:
        return PRINTED_CONDITION_WORDS[Condition(code)]
    except ValueError:
        return code


def status_words(check: ItemCheck) -> str:
    if check.found_place is not None:
        return STATUS_FOUND
    if check.presence == Presence.LOST:
        return STATUS_WORDS[Presence.LOST]
    return STATUS_WORDS[Presence.NOT_FOUND]  # not checked counts as not found


def kib_words(kib: str) -> str:
    return KIB_PRINTED.get(kib, NO_CODE_WORDS if kib == NO_CODE_KIB else kib)


def period_words(results: StocktakeResults) -> str:
    view = results.stocktake
    end = format_date_long(view.ends_on) if view.ends_on else NOT_YET_ENDED
    return f"{format_date_long(view.started_on)} s.d. {end}"


def scope_words(results: StocktakeResults) -> str:
    """``Ruangan R.01 Ruang Kabag, R.02 Ruang Rapat; KIB B`` or every room, every KIB."""
    view = results.stocktake
    if view.room_ids:
        names = [
            " ".join(part for part in results.places.get(room, ("", str(room))) if part)
            for room in view.room_ids
        ]
        rooms = "Ruangan " + ", ".join(sorted(names))
    else:
        rooms = ALL_ROOMS
    kibs = ", ".join(f"KIB {kib}" for kib in view.kibs) if view.kibs else ALL_KIBS
    return f"{rooms}; {kibs}"


def decree_words(results: StocktakeResults) -> tuple[str, str]:
    """The SK's number and date as printed ("-" when not given)."""
    view = results.stocktake
    when = format_date_long(view.decree_date) if view.decree_date else "-"
    return view.decree_number or "-", when


def role_words(role: str) -> str:
    text = " ".join(role.split())
    return TEAM_ROLES.get(text.casefold(), text) or ROLE_DEFAULT


def team_signatories(results: StocktakeResults) -> list[Signatory]:
    return [
        Signatory("", role_words(member.role), member.name, member.nip)
        for member in results.stocktake.team
    ]


def signature_rows(
    results: StocktakeResults, office: OfficeSettings, per_row: int = 3
) -> list[list[Signatory]]:
    """The team, ``per_row`` blocks a row, the place and date above the first row's last block,
    then "Mengetahui," and the head of unit on a row of its own. No team named: the head of unit
    and the Pengurus Barang, side by side."""
    signed_on = paper_date(results)
    team = team_signatories(results)
    if not team:
        return [[head_of_unit(office), custodian(office, signed_on)]]
    rows = [team[start : start + per_row] for start in range(0, len(team), per_row)]
    heading = f"{office.city}, {format_date_long(signed_on)}"
    rows[0][-1] = replace(rows[0][-1], heading=heading)
    rows.append([head_of_unit(office)])
    return rows


def list_title(number: str) -> str:
    return LHI_LISTS[number]


__all__ = [
    "COUNT_LABELS",
    "NIL",
    "RECAP_HEADERS",
    "TITLE_BERITA_ACARA",
    "TITLE_LKI",
    "TITLE_RECAP",
    "TOTAL_LABEL",
    "condition_words",
    "decree_words",
    "kib_words",
    "list_title",
    "paper_date",
    "period_words",
    "place_words",
    "printed_text",
    "role_words",
    "scope_words",
    "signature_rows",
    "status_words",
    "team_signatories",
]
