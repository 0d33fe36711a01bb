"""The usulan penghapusan on paper: the letter to the Bupati and the list of the items with
their reasons and values (BMD.md §13 step 1), as an HTML body for the printing module
(``ui.printing.proposal_document`` adds the letterhead, the title and the signature blocks).

Every text is escaped here; the words are Indonesian document text, as in the KIR.
"""

from __future__ import annotations

from html import escape

from inventaris.assets.types import PRINTED_CONDITION_WORDS, Condition
from inventaris.core.formatting import format_date_long, group_thousands
from inventaris.disposals.types import ItemState, ProposalItemView, ProposalView
from inventaris.office import OfficeSettings

TITLE_PROPOSAL = "USULAN PENGHAPUSAN BARANG MILIK DAERAH"
BLANK_NUMBER = "......................"  # filled in by hand
LIST_TITLE = "Daftar Barang yang Diusulkan untuk Dihapus"
HEADERS = (
    "No",
    "Kode Barang",
    "Register",
    "Nama Barang",
    "Merk/Tipe",
    "Tahun",
    "Nilai Perolehan (Rp)",
    "Kondisi",
    "Alasan Penghapusan",
)
WIDTHS = (4, 18, 9, 15, 11, 7, 14, 9, 13)
RIGHT = (6,)
CENTER = (0, 1, 2, 5, 7)
_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="2" '
    'style="border-collapse: collapse; border-color: #000000; font-size: 8pt">'
)


def listed_items(view: ProposalView) -> tuple[ProposalItemView, ...]:
    """What the letter lists: every item proposed, less those withdrawn since."""
    return tuple(item for item in view.items if item.state is not ItemState.WITHDRAWN)


def _condition(code: str) -> str:
    try:
        return PRINTED_CONDITION_WORDS[Condition(code)]
    except ValueError:
        return code


def _row(values: tuple[str, ...], tag: str = "td") -> str:
    cells = []
    for index, value in enumerate(values):
        align = " align=right" if index in RIGHT else " align=center" if index in CENTER else ""
        width = f" width={WIDTHS[index]}%" if tag == "th" else ""
        cells.append(f"<{tag}{align}{width}>{escape(value) or '&nbsp;'}</{tag}>")
    return f"<tr>{''.join(cells)}</tr>"


def _paragraph(text: str) -> str:
    return f'<p align="justify" style="margin-bottom: 6px">{escape(text)}</p>'


def opening(view: ProposalView, office: OfficeSettings) -> str:
    items = listed_items(view)
    total = sum(item.price for item in items)
    return (
        f"Dengan hormat, bersama ini kami sampaikan usulan penghapusan Barang Milik Daerah pada "
        f"{office.unit_name} sebanyak {group_thousands(len(items))} barang dengan nilai "
        f"perolehan Rp {group_thousands(total)}, sebagaimana daftar terlampir beserta alasan "
        "penghapusan masing-masing barang, untuk mendapatkan keputusan penghapusan."
    )


def inspection_sentence(view: ProposalView) -> str:
    if view.inspection_date is None:
        return ""
    text = (
        "Barang-barang tersebut telah diperiksa oleh tim sebagaimana Berita Acara Pemeriksaan "
        f"Nomor {view.inspection_number} tanggal {format_date_long(view.inspection_date)}"
    )
    note = view.inspection_note.strip().rstrip(".")
    return text + (f", dengan hasil: {note}." if note else ".")


def proposal_letter_html(view: ProposalView, office: OfficeSettings) -> str:
    """The letter (date, number, addressee, the request) and the list with its totals."""
    items = listed_items(view)
    regency = office.regency_name.strip().removeprefix("Kabupaten ").strip()
    head = (
        '<table width="100%"><tr>'
        f'<td width="60%">Nomor&nbsp;&nbsp;: {escape(view.number) or BLANK_NUMBER}<br>'
        "Perihal : Usulan Penghapusan Barang Milik Daerah</td>"
        f'<td width="40%" align="right">{escape(office.city)}, '
        f"{escape(format_date_long(view.proposed_on))}</td></tr></table>"
        f"<p>Kepada Yth.<br>Bupati {escape(regency)}<br>di {escape(office.city)}</p>"
    )
    body = [_paragraph(opening(view, office))]
    inspected = inspection_sentence(view)
    if inspected:
        body.append(_paragraph(inspected))
    body.append(
        _paragraph(
            "Demikian usulan ini kami sampaikan, atas perhatian dan persetujuan Bapak/Ibu kami "
            "ucapkan terima kasih."
        )
    )
    rows = [
        _row(
            (
                str(number),
                item.code,
                f"{item.register_number:06d}",
                item.name,
                item.brand_type,
                str(item.acquisition_year),
                group_thousands(item.price),
                _condition(item.condition),
                item.reason,
            )
        )
        for number, item in enumerate(items, start=1)
    ]
    total = sum(item.price for item in items)
    totals = (
        f'<tr><td colspan="6" align="center"><b>JUMLAH ({group_thousands(len(items))} barang)'
        f'</b></td><td align="right"><b>{group_thousands(total)}</b></td>'
        '<td colspan="2">&nbsp;</td></tr>'
    )
    table = f"{_TABLE}<thead>{_row(HEADERS, 'th')}</thead>{''.join(rows)}{totals}</table>"
    listing = (
        f'<p style="margin-top: 10px; margin-bottom: 4px"><b>Lampiran: {escape(LIST_TITLE)}'
        "</b></p>" + table
    )
    return head + "".join(body) + listing
