"""The Berita Acara Inventarisasi as PDF (``stocktake_document``), read back with pypdfium2:
the statement, the counts, the lists and the team's signature blocks."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from inventaris.core.db import Database
from inventaris.office import get_office_settings
from inventaris.stocktake.results import LHI_LISTS, stocktake_results
from tests.integration.test_stocktake_reports import stocktake_with_every_list
from ui.printing import stocktake_document, write_pdf

POINTS_PER_MM = 72 / 25.4


def _pages(path: Path) -> list[str]:
    """Each page's text, whitespace folded to single spaces."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def test_the_berita_acara_pdf_has_the_statement_lists_and_the_team(
    qapp: object, sqlite_db: Database, tmp_path: Path
) -> None:
    office, number = stocktake_with_every_list(sqlite_db)
    results = stocktake_results(sqlite_db, office.admin, number)
    settings = get_office_settings(sqlite_db, office.admin)
    document = stocktake_document(results, settings)
    assert document.landscape
    # the team three to a row, the fourth member, then "Mengetahui," on a row of its own
    assert [person.name for person in document.signatories] == [
        "Ahmad Siregar",
        "Siti Rahmah",
        "Budi Santoso",
        "Dewi Lestari",
        "Drs. Zulkarnain",
    ]
    assert document.signature_rows == (3, 1, 1)
    path = tmp_path / "berita-acara.pdf"
    pages = write_pdf(document, path)
    texts = _pages(path)
    assert len(texts) == pages >= 2
    text = " ".join(texts)
    first = texts[0]
    for expected in (
        "PEMERINTAH KABUPATEN LANGKAT",
        "BERITA ACARA INVENTARISASI BARANG MILIK DAERAH",
        "Inventarisasi BMD 2026",
        "Keputusan Nomor 030/123/BU/2026 tanggal 1 Maret 2026",
        "Dari 6 barang yang tercatat di register, 3 barang ditemukan",
        "III.B.2 Daftar Barang Tidak Ditemukan 2",
        "KIB B – Peralatan dan Mesin 6 3 3 1 1",
        "JUMLAH 6 3 3 1 4",  # the recap's totals: on page 1 with the statement
    ):
        assert expected in first, first
    for number_, title in LHI_LISTS.items():
        assert f"Lampiran {number_}: {title}" in text
    assert "Nihil" not in text  # every list has a row in this stock-take
    for expected in (
        "Kursi besi",
        "Polres Langkat; tanpa dokumen",
        "=HYPERLINK(",  # printed as typed; the cell wraps the rest
        "Ketua Tim",
        "Ahmad Siregar",
        "NIP 19700101 199503 1 001",  # a team member's NIP
        "Sekretaris Tim",
        "Mengetahui, Kepala Bagian Umum",
        "Drs. Zulkarnain",
        f"Halaman 1 dari {pages}",
    ):
        assert expected in text, expected
    # the signatures stay together, on the last page, after the closing words
    last = texts[-1]
    assert "Ahmad Siregar" in last and "Drs. Zulkarnain" in last
    assert text.index("Demikian Berita Acara") < text.index("Ahmad Siregar")
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        assert pdf[0].get_size() == pytest.approx((297 * POINTS_PER_MM, 210 * POINTS_PER_MM), abs=1)
        image = pdf[0].render(scale=1).to_pil()
    finally:
        pdf.close()
    assert image.convert("L").getextrema()[0] < 50  # page 1 is drawn: black text on white
