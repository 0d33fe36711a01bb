"""The Berita Acara Serah Terima (BAST) of a handover, a return or a loan as an HTML body for the
printing module (BMD.md §12): the day, the two parties, the items with kode barang + register,
name, merk/tipe and condition, what the second party undertakes, and the signature blocks
(both parties, "Mengetahui," the head of unit). The letterhead and the title are the printing
module's (``ui.printing.handover_document``). Indonesian document text; everything escaped."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.core.formatting import format_date_long, format_nip
from inventaris.core.search import register_text
from inventaris.handovers.types import HandoverKind, HandoverView
from inventaris.office import OfficeSettings
from inventaris.reports.common import Signatory, head_of_unit

TITLES = {
    HandoverKind.HANDOVER: "BERITA ACARA SERAH TERIMA PEMAKAIAN BARANG MILIK DAERAH",
    HandoverKind.RETURN: "BERITA ACARA SERAH TERIMA PENGEMBALIAN BARANG MILIK DAERAH",
    HandoverKind.LOAN: "BERITA ACARA SERAH TERIMA PINJAM PAKAI BARANG MILIK DAERAH",
    HandoverKind.LOAN_RETURN: "BERITA ACARA PENGEMBALIAN PINJAM PAKAI BARANG MILIK DAERAH",
}
DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ITEM_HEADERS = ("No", "Kode Barang", "Register", "Nama Barang", "Merk/Tipe", "Kondisi")
ITEM_WIDTHS = (5, 21, 11, 28, 19, 16)
CUSTODIAN_ROLE = "Pengurus Barang"
CLOSING = (
    "Demikian Berita Acara Serah Terima ini dibuat dalam rangkap 2 (dua) untuk dipergunakan "
    "sebagaimana mestinya."
)
_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
    'style="border-collapse: collapse; border-color: #000000">'
)


@dataclass(frozen=True)
class Party:
    name: str
    nip: str
    position: str


def first_party(office: OfficeSettings) -> Party:
    """The Pengurus Barang of the office settings."""
    return Party(
        office.custodian_name, office.custodian_nip, f"{CUSTODIAN_ROLE} {office.unit_name}"
    )


def second_party(view: HandoverView) -> Party:
    return Party(view.holder_name, view.holder_nip, view.holder_position)


def bast_title(view: HandoverView) -> str:
    return TITLES[view.kind]


def bast_subtitle(view: HandoverView) -> tuple[str, ...]:
    return (f"Nomor: {view.number}",)


def _party(number: int, party: Party, called: str, *, body: bool = False) -> str:
    rows = [("Nama", party.name), ("NIP", format_nip(party.nip) if party.nip else "-")]
    if body:  # a borrowing body: its name, no NIP
        rows = [("Nama", party.name)]
    rows.append(("Jabatan", party.position or "-"))
    lines = "".join(
        f'<tr><td width="4%">{f"{number}." if index == 0 else ""}</td>'
        f'<td width="16%">{escape(label)}</td><td width="2%">:</td>'
        f"<td>{escape(value) or '-'}</td></tr>"
        for index, (label, value) in enumerate(rows)
    )
    called_row = (
        f'<tr><td></td><td colspan="3">selanjutnya disebut <b>{escape(called)}</b>.</td></tr>'
    )
    return f'<table width="100%" cellpadding="1">{lines}{called_row}</table>'


def _paragraph(text: str) -> str:
    return f'<p align="justify" style="margin-top: 4px; margin-bottom: 4px">{escape(text)}</p>'


def _items(view: HandoverView) -> str:
    head = "".join(
        f"<th width={width}%>{escape(title)}</th>"
        for title, width in zip(ITEM_HEADERS, ITEM_WIDTHS, strict=True)
    )
    rows = []
    for number, item in enumerate(view.items, start=1):
        condition = PRINTED_CONDITION_WORDS.get(Condition(item.condition), item.condition)
        cells = (
            (str(number), "center"),
            (item.code, "center"),
            (register_text(item.register_number), "center"),
            (item.name, ""),
            (item.brand_type or "-", ""),
            (condition, "center"),
        )
        rows.append(
            "<tr>"
            + "".join(
                f"<td{f' align={align}' if align else ''}>{escape(text)}</td>"
                for text, align in cells
            )
            + "</tr>"
        )
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"


def opening(view: HandoverView) -> str:
    day = view.occurred_on
    return (
        f"Pada hari ini {DAY_NAMES[day.weekday()]} tanggal {format_date_long(day)}, kami yang "
        "bertanda tangan di bawah ini:"
    )


def statement(view: HandoverView) -> str:
    """What happens, in the paper's words."""
    count = len(view.items)
    if view.kind is HandoverKind.HANDOVER:
        return (
            f"PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK "
            f"PERTAMA, barang milik daerah sebanyak {count} barang untuk dipakai dalam "
            "pelaksanaan tugas dan fungsinya, dengan rincian sebagai berikut:"
        )
    if view.kind is HandoverKind.RETURN:
        basis = ""
        if view.returns_number and view.returns_on is not None:
            basis = (
                f" yang diterimanya dengan Berita Acara Serah Terima Nomor {view.returns_number} "
                f"tanggal {format_date_long(view.returns_on)}"
            )
        return (
            f"PIHAK KEDUA menyerahkan kembali kepada PIHAK PERTAMA barang milik daerah sebanyak "
            f"{count} barang{basis}, dengan rincian dan kondisi pada saat pengembalian sebagai "
            "berikut:"
        )
    agreement = f" berdasarkan Perjanjian Pinjam Pakai Nomor {view.agreement_number}"
    if view.kind is HandoverKind.LOAN:
        until = f" sampai dengan {format_date_long(view.ends_on)}" if view.ends_on else ""
        return (
            f"PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA barang milik daerah sebanyak {count} "
            f"barang untuk dipinjam pakai{agreement}, sejak {format_date_long(view.occurred_on)}"
            f"{until}, dengan rincian sebagai berikut:"
        )
    return (
        f"PIHAK KEDUA menyerahkan kembali kepada PIHAK PERTAMA barang milik daerah sebanyak "
        f"{count} barang yang dipinjam pakai{agreement}, dengan rincian sebagai berikut:"
    )


def undertakings(view: HandoverView) -> tuple[str, ...]:
    """What the second party undertakes (a handover and a loan)."""
    if view.kind is HandoverKind.HANDOVER:
        return (
            "PIHAK KEDUA wajib memakai barang tersebut untuk kepentingan dinas, memelihara dan "
            "menjaganya dengan baik, serta tidak memindahtangankan atau meminjamkannya kepada "
            "pihak lain.",
            "Kerusakan atau kehilangan barang karena kelalaian PIHAK KEDUA menjadi tanggung "
            "jawab PIHAK KEDUA sesuai ketentuan yang berlaku.",
            "PIHAK KEDUA wajib mengembalikan barang tersebut kepada PIHAK PERTAMA apabila tidak "
            "lagi diperlukan, pindah tugas, pensiun atau diminta kembali.",
        )
    if view.kind is HandoverKind.LOAN:
        return (
            "PIHAK KEDUA wajib memelihara barang tersebut dan menanggung biaya pemeliharaannya "
            "selama jangka waktu pinjam pakai.",
            "PIHAK KEDUA wajib mengembalikan barang tersebut kepada PIHAK PERTAMA dalam keadaan "
            "baik pada akhir jangka waktu pinjam pakai.",
        )
    return ()


def bast_html(view: HandoverView, office: OfficeSettings) -> str:
    """The body under the title and number: the day, the parties, the statement, the items,
    the undertakings and the closing sentence (the signatures follow: ``signature_rows``)."""
    body = view.kind in (HandoverKind.LOAN, HandoverKind.LOAN_RETURN)
    parts = [
        _paragraph(opening(view)),
        _party(1, first_party(office), "PIHAK PERTAMA"),
        _party(2, second_party(view), "PIHAK KEDUA", body=body),
        _paragraph(statement(view)),
        _items(view),
    ]
    promises = undertakings(view)
    if promises:
        listed = "".join(f'<li align="justify">{escape(text)}</li>' for text in promises)
        parts.append(f'<ol style="margin-top: 6px">{listed}</ol>')
    if view.note:
        parts.append(_paragraph(f"Keterangan: {view.note}"))
    parts.append(_paragraph(CLOSING))
    return "".join(parts)


def signature_rows(view: HandoverView, office: OfficeSettings) -> list[list[Signatory]]:
    """Who receives on the left, who hands over on the right; "Mengetahui," and the head of
    unit on a row of its own."""
    first = ("PIHAK PERTAMA", office.custodian_name, office.custodian_nip)
    second = ("PIHAK KEDUA", view.holder_name, view.holder_nip)
    if view.kind in (HandoverKind.LOAN, HandoverKind.LOAN_RETURN):
        second = ("PIHAK KEDUA", "", "")  # the borrowing body's signatory, written by hand
    receiving, handing = (
        (second, first)
        if view.kind in (HandoverKind.HANDOVER, HandoverKind.LOAN)
        else (first, second)
    )
    return [
        [Signatory("Yang menerima,", *receiving), Signatory("Yang menyerahkan,", *handing)],
        [head_of_unit(office)],
    ]


__all__ = [
    "TITLES",
    "bast_html",
    "bast_subtitle",
    "bast_title",
    "signature_rows",
]
