"""Panduan Pengguna (issue 22 item 4): its chapters, its printing, the committed PDF, and
Bantuan › Panduan Pengguna (F1) opening it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

import inventaris.core.paths
from inventaris.core.db import Database
from ui.guide import (
    DEFAULT_OUT,
    ROLE_CHAPTERS,
    Chapter,
    Picture,
    compose,
    load_chapters,
    picture_names,
    write_guide,
)
from ui.main_window import MainWindow
from ui.screenshots import GUIDE_SHOTS, ROLE_USERS, SIZE, render_guide


def _pdf_pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [document[index].get_textpage().get_text_range() for index in range(len(document))]
    finally:
        document.close()


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- the menu --------------------------------------------------------------------------------


@pytest.fixture
def resources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "resources"
    folder.mkdir()
    monkeypatch.setattr(inventaris.core.paths, "resources_dir", lambda: folder)
    return folder


@pytest.fixture
def viewer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What was handed to the PC's PDF viewer (nothing is really opened)."""
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return opened


def _message_of(qtbot, press) -> str:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(0, answer)
    press()
    qtbot.waitUntil(lambda: bool(seen), timeout=5_000)
    return seen[0]


def test_help_menu_opens_the_guide_with_f1(qtbot, resources: Path, viewer: list[str]) -> None:
    guide = resources / "guide" / "panduan-pengguna.pdf"
    guide.parent.mkdir()
    guide.write_bytes(b"%PDF-1.4\n")
    window = MainWindow("id")
    qtbot.addWidget(window)
    help_menu = window.menuBar().actions()[-1].menu()
    names = [action.text() for action in help_menu.actions()]
    assert names == ["&Panduan Pengguna", "&Tentang Inventaris"]
    assert window.guide_action.shortcut() == QKeySequence("F1")
    window.guide_action.trigger()
    assert viewer == [str(guide)]


def test_a_missing_guide_says_where_it_should_be(qtbot, resources: Path, viewer: list[str]) -> None:
    window = MainWindow("id")
    qtbot.addWidget(window)
    text = _message_of(qtbot, window.guide_action.trigger)
    assert viewer == []  # no file: nothing handed to the viewer
    assert str(resources / "guide" / "panduan-pengguna.pdf") in text
    assert "Panduan pengguna tidak dapat dibuka" in text


def test_a_viewer_that_fails_is_said_too(
    qtbot, resources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    guide = resources / "guide" / "panduan-pengguna.pdf"
    guide.parent.mkdir()
    guide.write_bytes(b"%PDF-1.4\n")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    window = MainWindow("id")
    qtbot.addWidget(window)
    assert str(guide) in _message_of(qtbot, window.guide_action.trigger)


# --- the chapters ----------------------------------------------------------------------------


def test_one_chapter_per_role_with_pictures_of_that_roles_window() -> None:
    chapters = {chapter.name: chapter for chapter in load_chapters()}
    shots = {shot.name: shot for shot in GUIDE_SHOTS}
    assert len(chapters) == len(ROLE_CHAPTERS) + 1  # and Memulai first
    assert next(iter(chapters)).endswith("memulai")
    for role, (name, title) in ROLE_CHAPTERS.items():
        chapter = chapters[name]
        assert chapter.title == title
        assert chapter.pictures, f"{name} has no picture"
        for picture in chapter.pictures:
            assert shots[picture].username == ROLE_USERS[role], (name, picture)
    every = picture_names(chapters.values())
    assert len(every) == len(set(every)) and set(every) <= set(shots)


def test_composition_numbers_chapters_pages_and_pictures() -> None:
    chapters = load_chapters()
    image = QImage(*SIZE, QImage.Format.Format_RGB32)
    pictures = {name: Picture(image, dialog=False) for name in picture_names(chapters)}
    html = compose(chapters, pictures, {"2": 5, "2.4": 6}, version="9.9")
    assert html.count("page-break-before: always") == len(chapters) + 1  # + contents
    for name in pictures:
        assert f'src="gambar:{name}"' in html
    assert "2.4&nbsp;&nbsp;Mencetak label untuk satu ruangan" in html
    assert '<td class="toc2" align="right">6</td>' in html
    assert f"Gambar {len(pictures)}." in html and "Versi program 9.9" in html
    with pytest.raises(KeyError, match="pb-aset"):
        compose(chapters, {})


def test_a_small_guide_prints_with_contents_and_page_numbers(qtbot, tmp_path: Path) -> None:
    picture = QImage(300, 120, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    chapters = [
        Chapter("01-satu", "<h1>Bab Pertama</h1><p>Teks.</p>[[gambar biru | Kotak biru]]"),
        Chapter("02-dua", "<h1>Bab Kedua</h1><h2>Tugas kecil</h2><ol><li>Klik.</li></ol>"),
    ]
    path = tmp_path / "kecil.pdf"
    pages = write_guide(chapters, {"biru": Picture(picture, dialog=True)}, path)
    texts = [_flat(text) for text in _pdf_pages(path)]
    assert pages == len(texts) == 4  # title, contents, a page per chapter
    assert "Panduan Pengguna Inventaris" in texts[0] and "Halaman" not in texts[0]
    assert "1 Bab Pertama 3" in texts[1] and "2.1 Tugas kecil 4" in texts[1]
    assert texts[2].startswith("1 Bab Pertama") and "Gambar 1. Kotak biru" in texts[2]
    assert texts[3].startswith("2 Bab Kedua")
    assert "Halaman 4 dari 4" in texts[3]


def test_the_guides_pictures_are_drawn_as_each_role(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    shots = render_guide(demo_db, tmp_path, names=["pb-label-ruangan", "kp-servis", "pi-beranda"])
    sizes = {shot.path.name: (shot.width, shot.height) for shot in shots}
    assert sizes["pi-beranda.png"] == SIZE  # a page: the whole window
    for dialog in ("pb-label-ruangan.png", "kp-servis.png"):  # a dialog: alone, with its title
        width, height = sizes[dialog]
        assert 300 < width < SIZE[0] and 100 < height < SIZE[1]
    with pytest.raises(KeyError, match="no-such"):
        render_guide(demo_db, tmp_path, names=["no-such"])


# --- the committed PDF -----------------------------------------------------------------------


def test_the_committed_guide_has_every_roles_chapter() -> None:
    assert DEFAULT_OUT.is_file(), "run: python -m ui.guide"
    texts = _pdf_pages(DEFAULT_OUT)
    assert len(texts) >= 10
    assert "Daftar Isi" in texts[1]
    for _name, title in ROLE_CHAPTERS.values():
        assert any(_flat(text).split(" ", 1)[1].startswith(title) for text in texts[2:]), title
        assert title in texts[1]
    assert DEFAULT_OUT.stat().st_size < 6_000_000


def test_a_task_heading_never_ends_a_page_without_its_first_step(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter

    from ui.guide import _document, _stranded_headings, compose
    from ui.printing import FOOTER_MM, PDF_RESOLUTION, page_layout

    picture = QImage(640, 420, QImage.Format.Format_RGB32)
    picture.fill(QColor("#3366aa"))
    pictures = {"biru": Picture(picture, dialog=False)}
    # Chapters of ever more filler: in some of them the task's heading falls at a page's
    # foot while its picture cannot follow it there.
    filler = "<p>Baris pengisi halaman panduan.</p>"
    chapters = [
        Chapter(
            f"{n:02d}-bab",
            f"<h1>Bab {n}</h1>{filler * n}<h2>Tugas akhir</h2>[[gambar biru | Kotak biru]]",
        )
        for n in range(30, 62, 2)
    ]
    writer = QPdfWriter(str(tmp_path / "scratch.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout("A4"))
    height = writer.height() - FOOTER_MM * writer.logicalDpiY() / 25.4
    plain = _document(compose(chapters, pictures), pictures, writer)
    plain.setPageSize(QSizeF(writer.width(), height))
    assert _stranded_headings(plain, height)  # the case exists without the page breaks
    path = tmp_path / "panjang.pdf"
    write_guide(chapters, pictures, path)
    for text in _pdf_pages(path):
        lines = [line for line in text.splitlines() if line.strip() and "Halaman" not in line]
        assert not lines[-1].strip().endswith("Tugas akhir"), lines[-3:]


def test_a_pictured_tab_is_chosen_in_the_tab_widget_named(qtbot, demo_db: Database) -> None:
    from ui.screenshots import _area, logged_in
    from ui.vehicles.vehicles_page import VehiclesPage

    with logged_in(demo_db, "id", "koordinator") as window:
        assert window.context is not None
        _area("vehicles", "left_tabs", 1)(window, window.context)  # "Perlu perhatian"
        page = window.pages["vehicles"]
        assert isinstance(page, VehiclesPage)
        assert page.left_tabs.currentIndex() == 1 and page.card_tabs.currentIndex() == 0
