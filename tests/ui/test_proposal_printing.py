"""The usulan penghapusan as PDF (``proposal_document``), read back with pypdfium2: the letter,
the list with reasons and values and its total, the inspection, the two signature blocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pypdfium2
import pytest

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from inventaris.disposals.proposals import create_proposal, record_inspection, withdraw_item
from inventaris.office import get_office_settings, update_office_settings
from tests.support.builders import chair, first_admin, office_values, vehicle
from ui.printing import proposal_document, write_pdf

POINTS_PER_MM = 72 / 25.4


def test_the_proposal_letter_lists_the_items_with_reasons_values_and_signatures(
    qapp: object, sqlite_db: Database, tmp_path: Path
) -> None:
    admin = first_admin(sqlite_db)
    update_office_settings(sqlite_db, admin, office_values(get_office_settings(sqlite_db, admin)))
    chairs = create_assets(sqlite_db, admin, chair(), 3)
    [car] = create_assets(sqlite_db, admin, vehicle())
    ids = [chairs[0].id, chairs[1].id, chairs[2].id, car.id]
    view = create_proposal(
        sqlite_db,
        admin,
        ids,
        reason="Rusak berat",
        reasons={car.id: "Hilang, laporan Polres No. 12/2026"},
        number="030/45/BU/2026",
        proposed_on=date(2026, 10, 5),
    )
    record_inspection(
        sqlite_db, admin, view.id, "BA/12/2026", date(2026, 10, 20), "Tidak ekonomis diperbaiki"
    )
    view = withdraw_item(sqlite_db, admin, view.id, chairs[2].id)  # not on the letter any more
    settings = get_office_settings(sqlite_db, admin)
    document = proposal_document(view, settings)
    assert not document.landscape
    assert [p.role for p in document.signatories] == ["Kepala Bagian Umum", "Pengurus Barang"]
    path = tmp_path / "usulan.pdf"
    assert write_pdf(document, path) == 1
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        text = " ".join(pdf[0].get_textpage().get_text_range().split())
        size = pdf[0].get_size()
    finally:
        pdf.close()
    assert size == pytest.approx((210 * POINTS_PER_MM, 297 * POINTS_PER_MM), abs=1)
    total = 2 * 450_000 + car.price
    for expected in (
        "PEMERINTAH KABUPATEN LANGKAT",
        "USULAN PENGHAPUSAN BARANG MILIK DAERAH",
        "Nomor : 030/45/BU/2026",
        "Perihal : Usulan Penghapusan Barang Milik Daerah",
        "Stabat, 5 Oktober 2026",
        "Kepada Yth. Bupati Langkat di Stabat",
        f"sebanyak 3 barang dengan nilai perolehan Rp {total:,}".replace(",", "."),
        "Berita Acara Pemeriksaan Nomor BA/12/2026 tanggal 20 Oktober 2026, dengan hasil: "
        "Tidak ekonomis diperbaiki.",
        "2 1.3.2.05.02.01.003 000001 Kursi besi Chitose 2021 450.000 Baik Rusak berat",
        "3 1.3.2.05.02.01.003 000002 Kursi besi",
        "Hilang, laporan Polres No. 12/2026",
        f"JUMLAH (3 barang) {total:,}".replace(",", "."),
        "Mengetahui, Kepala Bagian Umum",
        "Pengurus Barang",
        "Halaman 1 dari 1",
    ):
        assert expected in text, (expected, text)
    assert "000003" not in text  # the withdrawn chair
