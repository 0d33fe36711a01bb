"""The Berita Acara Inventarisasi (BMD.md §11) as an HTML body for the printing module: the
team's statement (date, decree, unit, period, scope), the counts, the number of items on each
LHI list, the recap per KIB, then the lists themselves as appendices. The letterhead, the title
and the signature blocks are the printing module's (``ui.printing.stocktake_document``).

Every text is escaped here; the words are Indonesian document text, as in the KIR.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from inventaris.core.formatting import format_date_long, group_thousands
from inventaris.core.search import register_text
from inventaris.office import OfficeSettings
from inventaris.stocktake.papers import (
    NIL,
    RECAP_HEADERS,
    TOTAL_LABEL,
    condition_words,
    kib_words,
    list_title,
    paper_date,
    period_words,
    printed_text,
    scope_words,
)
from inventaris.stocktake.results import LHI_LISTS, ResultRow, StocktakeResults

DAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
LIST_HEADERS = ("Nomor", "Daftar", "Jumlah Barang")
APPENDIX_HEADERS = (
    "No",
    "Kode Barang",
    "Register",
    "Nama Barang",
    "Merk/Tipe",
    "Ruangan/Lokasi",
    "Tahun",
    "Nilai (Rp)",
    "Kondisi Tercatat",
    "Kondisi",
    "Keterangan",
    "Catatan",
)
APPENDIX_WIDTHS = (3, 14, 7, 11, 9, 9, 5, 10, 7, 6, 12, 7)
APPENDIX_VALUE = 7  # 0-based position of "Nilai (Rp)"
APPENDIX_CENTER = (0, 1, 2, 6, 8, 9)
CLOSING = (
    "Demikian Berita Acara Inventarisasi ini beserta lampirannya dibuat dengan sebenarnya "
    "untuk dipergunakan sebagaimana mestinya."
)
_HEADING = '<p style="margin-top: 8px; margin-bottom: 3px; font-weight: bold">'
_GAP = '<p style="font-size: 5pt">&nbsp;</p>'  # between two tables
_TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="{padding}" '
    'style="border-collapse: collapse; border-color: #000000">'
)


def _cells(
    values: Iterable[str],
    tag: str = "td",
    *,
    right: Sequence[int] = (),
    center: Sequence[int] = (),
    widths: Sequence[int] = (),
) -> str:
    def align(index: int) -> str:
        if index in right:
            return " align=right"
        return " align=center" if index in center else ""

    cells = (
        f"<{tag}{align(index)}"
        f"{f' width={widths[index]}%' if index < len(widths) else ''}>"
        f"{escape(value) or '&nbsp;'}</{tag}>"
        for index, value in enumerate(values)
    )
    return f"<tr>{''.join(cells)}</tr>"


def _table(
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    right: Sequence[int] = (),
    center: Sequence[int] = (),
    widths: Sequence[int] = (),
    total: str = "",
) -> str:
    """A boxed table whose header repeats on every page; ``total``: a last row (HTML)."""
    body = "".join(_cells(row, right=right, center=center) for row in rows)
    head = _cells(headers, "th", widths=widths)
    # Tight rows, so the statement, the counts and the recap fit on the first page.
    return f"{_TABLE.format(padding=1)}<thead>{head}</thead>{body}{total}</table>"


def _paragraph(text: str) -> str:
    return f'<p align="justify" style="margin-bottom: 4px">{escape(text)}</p>'


def statement(results: StocktakeResults, office: OfficeSettings) -> str:
    """The opening sentence of the Berita Acara (plain text)."""
    view = results.stocktake
    day = paper_date(results)
    team = "Tim Inventarisasi Barang Milik Daerah"
    if view.decree_number:
        team += f" yang ditetapkan dengan Keputusan Nomor {view.decree_number}"
        if view.decree_date is not None:
            team += f" tanggal {format_date_long(view.decree_date)}"
    return (
        f"Pada hari ini {DAY_NAMES[day.weekday()]} tanggal {format_date_long(day)}, kami yang "
        f"bertanda tangan di bawah ini, {team}, telah melaksanakan inventarisasi Barang Milik "
        f"Daerah pada {office.unit_name} ({view.name}) dalam periode {period_words(results)}, "
        f"dengan cakupan: {scope_words(results)}."
    )


def counts_sentence(results: StocktakeResults) -> str:
    """The counts in one sentence (the recap per KIB gives them by KIB)."""
    c = results.counts
    return (
        f"Dari {group_thousands(c.expected)} barang yang tercatat di register, "
        f"{group_thousands(c.found)} barang ditemukan dan {group_thousands(c.not_found)} barang "
        f"tidak ditemukan; {group_thousands(c.misplaced)} barang ditemukan di ruangan lain dari "
        f"yang tercatat, dan {group_thousands(c.unknown)} barang ditemukan belum tercatat atau "
        "kodenya tidak dikenal. Daftar hasil inventarisasi III.B.1 s.d. III.B.11 terlampir dan "
        "merupakan bagian yang tidak terpisahkan dari Berita Acara ini. Rinciannya sebagai "
        "berikut:"
    )


def _list_counts(results: StocktakeResults) -> str:
    rows = [
        (number, title, group_thousands(len(results.lists[number])))
        for number, title in LHI_LISTS.items()
    ]
    return _table(LIST_HEADERS, rows, right=(2,), center=(0,), widths=(12, 73, 15))


def _recap(results: StocktakeResults) -> str:
    lines = [
        (kib_words(r.kib), r.expected, r.found, r.not_found, r.misplaced, r.not_recorded)
        for r in results.recap
    ]
    rows = [(line[0], *(group_thousands(int(v)) for v in line[1:])) for line in lines]
    totals = [sum(int(line[index]) for line in lines) for index in range(1, len(RECAP_HEADERS))]
    right = tuple(range(1, len(RECAP_HEADERS)))
    total = _cells((TOTAL_LABEL, *(group_thousands(value) for value in totals)), "th", right=right)
    widths = (30, 14, 14, 14, 14, 14)
    return _table(RECAP_HEADERS, rows, right=right, widths=widths, total=total)


def _appendix_row(number: int, row: ResultRow) -> tuple[str, ...]:
    return (
        str(number),
        row.code,
        register_text(row.register_number) if row.register_number is not None else "",
        row.name,
        row.brand_type,
        printed_text(row.place_name),
        str(row.acquisition_year or ""),
        group_thousands(row.value) if row.value is not None else "",
        condition_words(row.recorded_condition),
        condition_words(row.observed_condition),
        printed_text(row.detail),
        row.note,
    )


def _appendix(results: StocktakeResults, number: str) -> str:
    """One list: its title as the first header row (so it never stays behind at the foot of a
    page without its table), its rows and the total value; "Nihil" when empty."""
    rows = results.lists[number]
    columns = len(APPENDIX_HEADERS)
    title = (
        f'<tr><td colspan={columns} style="font-weight: bold">'
        f"Lampiran {escape(number)}: {escape(list_title(number))}</td></tr>"
    )
    head = _cells(APPENDIX_HEADERS, "th", widths=APPENDIX_WIDTHS)
    if rows:
        values = [_appendix_row(index, row) for index, row in enumerate(rows, start=1)]
        body = "".join(
            _cells(value, right=(APPENDIX_VALUE,), center=APPENDIX_CENTER) for value in values
        )
        total = group_thousands(sum(row.value or 0 for row in rows))
        after = columns - APPENDIX_VALUE - 1
        body += (
            f"<tr><th colspan={APPENDIX_VALUE}>{TOTAL_LABEL}</th><th align=right>{total}</th>"
            f"<th colspan={after}>&nbsp;</th></tr>"
        )
    else:
        body = f"<tr><td colspan={columns} align=center><b>{NIL}</b></td></tr>"
    return f"{_TABLE.format(padding=2)}<thead>{title}{head}</thead>{body}</table>{_GAP}"


def berita_acara_subtitle(results: StocktakeResults) -> tuple[str, ...]:
    return (results.stocktake.name,)


def berita_acara_html(results: StocktakeResults, office: OfficeSettings) -> str:
    """The body of the printed Berita Acara (HTML, every text escaped)."""
    parts = [
        _paragraph(f"{statement(results, office)} {counts_sentence(results)}"),
        f"{_HEADING}A. Jumlah Barang per Daftar Hasil Inventarisasi</p>",
        _list_counts(results),
        f"{_HEADING}B. Rekapitulasi per KIB</p>",
        _recap(results),
        '<p style="page-break-before: always; font-weight: bold" align="center">'
        "LAMPIRAN BERITA ACARA INVENTARISASI</p>",
        *(_appendix(results, number) for number in LHI_LISTS),
        f'<p style="margin-top: 12px">{escape(CLOSING)}</p>',
    ]
    return "".join(parts)


__all__ = [
    "APPENDIX_HEADERS",
    "berita_acara_html",
    "berita_acara_subtitle",
    "counts_sentence",
    "statement",
]
