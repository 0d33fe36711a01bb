"""Printed documents: a vehicle's history as PDF, read back with pypdfium2; pages and paper."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.office import get_office_settings, update_office_settings
from inventaris.vehicles.history import VehicleHistory, vehicle_history
from inventaris.vehicles.records import (
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    reset_odometer,
    save_document,
)
from tests.support.builders import first_admin, office_values, vehicle
from ui.printing import (
    PrintDocument,
    preview,
    print_document,
    vehicle_history_document,
    write_pdf,
)

POINTS_PER_MM = 72 / 25.4


def _pages(path: Path) -> list[tuple[str, tuple[float, float]]]:
    """Each page's text (whitespace folded to single spaces) and size in points."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            text = page.get_textpage().get_text_range()
            pages.append((" ".join(text.split()), page.get_size()))
        return pages
    finally:
        document.close()


def _history(db: Database, paper_size: str = "A4") -> VehicleHistory:
    admin = first_admin(db)
    settings = office_values(get_office_settings(db, admin), paper_size=paper_size)
    update_office_settings(db, admin, settings)
    car = create_assets(db, admin, vehicle(size="1998 cc"))[0].id
    add_fuel(
        db,
        admin,
        FuelInput(car, date(2026, 1, 20), "Pertalite", Decimal("40"), 10_000, 10_000, "Syahrial"),
    )
    add_service(
        db,
        admin,
        ServiceInput(
            car,
            date(2026, 2, 5),
            10_400,
            "ganti_oli",
            350_000,
            100_000,
            "Bengkel <b>Maju</b> & Sons",
            "N-12",
        ),
    )
    reset_odometer(db, admin, car, date(2026, 6, 15), 0, "odometer diganti")
    add_fuel(db, admin, FuelInput(car, date(2026, 6, 20), "Pertamax", Decimal("20.5"), 12_500, 300))
    save_document(db, admin, car, "pajak_tahunan", date(2026, 12, 10), "PKB-1")
    return vehicle_history(db, admin, car)


def test_vehicle_history_pdf_shows_letterhead_vehicle_records_and_totals(
    sqlite_db: Database, tmp_path: Path
) -> None:
    history = _history(sqlite_db)
    path = tmp_path / "riwayat.pdf"
    assert write_pdf(vehicle_history_document(history), path) == 1
    [(text, size)] = _pages(path)
    assert size == pytest.approx((210 * POINTS_PER_MM, 297 * POINTS_PER_MM), abs=1)  # A4
    for expected in (
        "PEMERINTAH KABUPATEN LANGKAT Bagian Umum Sekretariat Daerah "
        "KODE LOKASI: 12.02.05.04.01.01.01",
        "RIWAYAT KENDARAAN DINAS BK 1234 AB – Toyota Innova 2.0 G Keadaan per 28 November 2026",
        "Nomor Polisi : BK 1234 AB",
        "Ukuran/CC : 1998 cc",
        "Nomor Rangka : MHFXW42G5K0012345",
        # newest first; the workshop's text printed as typed, not as markup
        "1 20-06-2026 BBM Pertamax 300 20,50 256.250",
        "2 15-06-2026 Ganti odometer 0 odometer diganti",
        "3 05-02-2026 Servis Ganti Oli 10.400 Bengkel <b>Maju</b> & Sons · No. N-12 450.000",
        "4 20-01-2026 BBM Pertalite 10.000 Syahrial 40,00 400.000",
        "Servis 1 kali 450.000",
        "BBM 2 kali 60,50 656.250",
        "JUMLAH 1.106.250",
        "Pajak tahunan / pengesahan STNK PKB-1 10-12-2026",
        "Drs. Zulkarnain",
        "NIP 19870324 201608 2 808",
        "Halaman 1 dari 1",
    ):
        assert expected in text, text


def test_the_office_paper_f4_gives_215_by_330_mm_pages(sqlite_db: Database, tmp_path: Path) -> None:
    history = _history(sqlite_db, paper_size="F4")
    path = tmp_path / "f4.pdf"
    write_pdf(vehicle_history_document(history), path)
    [(_, size)] = _pages(path)
    assert size == pytest.approx((215 * POINTS_PER_MM, 330 * POINTS_PER_MM), abs=1)


def _long_document(rows: int, **changes: object) -> PrintDocument:
    body = "".join(f"<tr><td>{n}</td><td>Baris nomor {n}</td></tr>" for n in range(1, rows + 1))
    table = (
        '<table border="1" cellspacing="0" width="100%"><thead><tr><th>No</th>'
        f"<th>Uraian Panjang</th></tr></thead>{body}</table>"
    )
    return PrintDocument(
        title="AGENDA RUANG RAPAT",
        body_html=table,
        letterhead=("PEMERINTAH KABUPATEN LANGKAT",),
        **changes,  # type: ignore[arg-type]
    )


def test_a_long_document_is_numbered_and_repeats_its_table_header(
    qapp: object, tmp_path: Path
) -> None:
    path = tmp_path / "long.pdf"
    count = write_pdf(_long_document(150), path)
    pages = _pages(path)
    assert count == len(pages) >= 3
    for number, (text, _) in enumerate(pages, start=1):
        assert text.endswith(f"Halaman {number} dari {count}")
        assert "No Uraian Panjang" in text  # the header row on every page
    assert "PEMERINTAH KABUPATEN LANGKAT" in pages[0][0]
    assert "PEMERINTAH KABUPATEN LANGKAT" not in pages[1][0]  # the letterhead only once
    every_row = " ".join(text for text, _ in pages)
    assert all(f"{n} Baris nomor {n} " in every_row + " " for n in (1, 75, 150))


def test_landscape_without_footer(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "wide.pdf"
    write_pdf(_long_document(3, landscape=True, footer=""), path)
    [(text, (width, height))] = _pages(path)
    assert width > height
    assert "Halaman" not in text


def test_printing_on_a_printer_uses_the_documents_paper(qapp: object, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    assert print_document(_long_document(5, paper_size="F4"), printer) == 1
    size = printer.pageLayout().pageSize().size(QPageSize.Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (215, 330)
    [(text, _)] = _pages(tmp_path / "printer.pdf")
    assert "5 Baris nomor 5" in text


def test_an_unwritable_place_is_refused_and_leaves_no_file(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be written") as refused:
        write_pdf(_long_document(2), tmp_path / "missing-folder" / "x.pdf")
    assert refused.value.field == "path"
    folder = tmp_path / "out"
    (folder / "x.pdf").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(ValidationError, match="cannot be written"):
        write_pdf(_long_document(2), folder / "x.pdf")
    assert [path.name for path in folder.iterdir()] == ["x.pdf"]


def test_the_print_preview_paints_the_document_and_can_be_closed(qapp: object) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    seen: list[int] = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintPreviewDialog)
        seen.append(dialog.findChild(QPrintPreviewWidget).pageCount())
        dialog.reject()

    QTimer.singleShot(0, close)
    assert preview(_long_document(150, paper_size="F4")) is False
    assert seen and seen[0] >= 3
