"""Panduan Pengguna: the Indonesian user guide, printed to PDF from its HTML chapters.

    python -m ui.guide [--out PATH] [--assets N]

The text lives in ``docs/panduan/NN-name.html``, one file per chapter (``<h1>`` the chapter,
``<h2>`` each task), easy to edit with any text editor. A line ``[[gambar NAME | caption]]``
places the picture NAME, drawn from the real window by ``ui.screenshots.render_guide`` (the
demo office in a temporary folder, on the screenshots' fixed day). The builder adds a title
page and a table of contents with page numbers, starts every chapter on a new page and prints
the whole with Qt (QTextDocument on QPdfWriter, A4, "Halaman n dari m" at the foot). The PDF
goes to ``resources/guide/panduan-pengguna.pdf``, which Bantuan › Panduan Pengguna opens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QPdfWriter, QTextDocument

from inventaris.core.permissions import Role

ROOT = Path(__file__).resolve().parents[2]
CHAPTERS_DIR = ROOT / "docs" / "panduan"
DEFAULT_OUT = ROOT / "resources" / "guide" / "panduan-pengguna.pdf"
GUIDE_FILE = Path("guide") / "panduan-pengguna.pdf"  # under resources_dir(): what the menu opens
TITLE = "Panduan Pengguna Inventaris"
# Each role's daily work has its chapter (docs/panduan/<name>.html), whose title is the role's
# name and whose pictures are drawn from that role's own window. The BPKAD reads, as Pimpinan.
ROLE_CHAPTERS = {
    Role.CUSTODIAN: ("02-pengurus-barang", "Pengurus Barang"),
    Role.DRIVERS_COORDINATOR: ("03-koordinator-pengemudi", "Koordinator Pengemudi"),
    Role.SECRETARIAT: ("04-staf-sekretariat", "Staf Sekretariat"),
    Role.ADMIN: ("05-admin", "Admin"),
    Role.LEADERSHIP: ("06-pimpinan", "Pimpinan"),
}
FOOTER = TITLE + " — Halaman {page} dari {pages}"
# A marker on a line of its own: [[gambar pb-aset | Daftar Aset, dicari "laptop"]]
PICTURE = re.compile(r"\[\[\s*gambar\s+([\w-]+)\s*(?:\|\s*(.*?))?\s*\]\]")
HEADING = re.compile(r"<h([12])>(.*?)</h\1>", re.DOTALL)
PAGE_WIDTH_PX = 640  # CSS pixels of the A4 text width (175 mm at 96 px per inch: 661)
DIALOG_SCALE = 0.72  # a dialog drawn alone, a little larger than within a window picture
FONT_POINTS = 10.5
ICON_URL = "inventaris:ikon"  # the program's icon on the title page
STYLE = """
h1 { font-size: 18pt; color: #1f4e79; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: 13pt; color: #1f4e79; margin-top: 16px; margin-bottom: 4px; }
p, li { margin-top: 3px; margin-bottom: 3px; }
ol, ul { margin-top: 2px; margin-bottom: 4px; }
.caption { font-size: 9pt; color: #555555; }
.note { background-color: #eef3f8; }
td.toc1 { font-weight: bold; padding-top: 6px; }
"""


@dataclass(frozen=True)
class Chapter:
    name: str  # the file's stem, e.g. "02-pengurus-barang"
    html: str

    @property
    def title(self) -> str:
        found = HEADING.search(self.html)
        return _plain(found.group(2)) if found and found.group(1) == "1" else self.name

    @property
    def pictures(self) -> list[str]:
        return [match.group(1) for match in PICTURE.finditer(self.html)]


@dataclass(frozen=True)
class Picture:
    image: QImage
    dialog: bool  # drawn alone (smaller than the window): shown a little larger

    @property
    def width_px(self) -> int:
        if not self.dialog:
            return PAGE_WIDTH_PX
        return min(PAGE_WIDTH_PX, round(self.image.width() * DIALOG_SCALE))


def load_chapters(folder: Path = CHAPTERS_DIR) -> list[Chapter]:
    return [
        Chapter(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("[0-9]*.html"))
    ]


def picture_names(chapters: Iterable[Chapter]) -> list[str]:
    return [name for chapter in chapters for name in chapter.pictures]


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).strip()


@dataclass(frozen=True)
class Heading:
    level: int  # 1 a chapter, 2 a task
    number: str  # "2" or "2.3"
    text: str


def _numbered(
    chapters: Sequence[Chapter], breaks: frozenset[str] = frozenset()
) -> tuple[list[str], list[Heading]]:
    """Each chapter's HTML with its headings numbered (1., 1.1 …) and the headings in order;
    a task whose number is in ``breaks`` starts a new page."""
    bodies: list[str] = []
    headings: list[Heading] = []
    for index, chapter in enumerate(chapters, start=1):
        task = 0

        def number(match: re.Match[str], index: int = index) -> str:
            nonlocal task
            level, text = int(match.group(1)), match.group(2).strip()
            if level == 1:
                label = str(index)
                style = ' style="page-break-before: always"'
            else:
                task += 1
                label = f"{index}.{task}"
                style = ' style="page-break-before: always"' if label in breaks else ""
            headings.append(Heading(level, label, _plain(text)))
            return f"<h{level}{style}>{label}&nbsp;&nbsp;{text}</h{level}>"

        bodies.append(HEADING.sub(number, chapter.html))
    return bodies, headings


def compose(
    chapters: Sequence[Chapter],
    pictures: Mapping[str, Picture],
    pages: Mapping[str, int] | None = None,
    *,
    version: str = "",
    icon: bool = False,
    breaks: frozenset[str] = frozenset(),
) -> str:
    """The whole guide as one HTML: title page, contents (with ``pages`` per heading number,
    when known) and the chapters with their pictures numbered and captioned; the tasks in
    ``breaks`` start a new page."""
    missing = [name for name in picture_names(chapters) if name not in pictures]
    if missing:
        raise KeyError(f"pictures not drawn: {', '.join(missing)}")
    bodies, headings = _numbered(chapters, breaks)
    figure = 0

    def place(match: re.Match[str]) -> str:
        nonlocal figure
        figure += 1
        name, caption = match.group(1), (match.group(2) or "").strip()
        width = pictures[name].width_px
        words = f"Gambar {figure}. {caption}" if caption else f"Gambar {figure}."
        return (
            f'<p align="center" style="margin-top: 8px; margin-bottom: 10px">'
            f'<img src="gambar:{name}" width="{width}"><br>'
            f'<span class="caption">{words}</span></p>'
        )

    chapters_html = "".join(PICTURE.sub(place, body) for body in bodies)
    rows = []
    for heading in headings:
        page = str(pages.get(heading.number, "")) if pages else ""
        cell = "toc1" if heading.level == 1 else "toc2"
        indent = "" if heading.level == 1 else "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
        rows.append(
            f'<tr><td class="{cell}">{indent}{heading.number}&nbsp;&nbsp;'
            f'{escape(heading.text)}</td><td class="{cell}" align="right">{page}</td></tr>'
        )
    edition = f"Versi program {escape(version)}" if version else ""
    # The first block's top margin is not laid out: an empty line of large type instead.
    logo = f'<p align="center"><img src="{ICON_URL}" width="120"></p>' if icon else ""
    title_page = (
        '<p style="font-size: 90pt">&nbsp;</p>'
        f"{logo}"
        '<p style="margin-top: 24px; font-size: 28pt; font-weight: bold; color: #1f4e79"'
        f' align="center">{TITLE}</p>'
        '<p align="center" style="font-size: 13pt">Aset, label, kendaraan dinas, ruang rapat, '
        "rumah dinas, inventarisasi dan laporan untuk Bagian Umum Sekretariat Daerah</p>"
        f'<p align="center" style="margin-top: 40px; font-size: 11pt">{edition}</p>'
        '<p align="center" style="margin-top: 200px; font-size: 9pt; color: #555555">'
        "Gambar dalam panduan ini diambil dari jendela Inventaris dengan data contoh (demo); "
        "nama, nomor, dan angka di dalamnya rekaan.</p>"
    )
    contents = (
        '<p style="page-break-before: always; font-size: 18pt; font-weight: bold; '
        'color: #1f4e79">Daftar Isi</p>'
        f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}</table>'
    )
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"{title_page}{contents}{chapters_html}</body></html>"
    )


def _document(html: str, pictures: Mapping[str, Picture], device: QPdfWriter) -> QTextDocument:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QImage, QTextDocument

    from inventaris.core.paths import resources_dir

    text = QTextDocument()
    text.documentLayout().setPaintDevice(device)  # pixel sizes scaled to the PDF's resolution
    text.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(FONT_POINTS)
    text.setDefaultFont(font)
    icon = QImage(str(resources_dir() / "icons" / "app-256.png"))
    if not icon.isNull():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(ICON_URL), icon)
    for name, picture in pictures.items():
        text.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"gambar:{name}"), picture.image
        )
    text.setHtml(html)
    return text


def _heading_pages(text: QTextDocument, page_height: float) -> dict[str, int]:
    """The page (from 1) of each numbered heading, by its number."""
    found: dict[str, int] = {}
    layout = text.documentLayout()
    block = text.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() in (1, 2):
            number = block.text().split("\u00a0", 1)[0].strip()
            top = layout.blockBoundingRect(block).top() + 2  # + rounding: 1.99999 pages
            found[number] = int(top // page_height) + 1
        block = block.next()
    return found


def _stranded_headings(text: QTextDocument, page_height: float) -> set[str]:
    """The tasks whose heading ends a page while their first step or picture begins the next:
    Qt's layout knows no "keep with next", so these get a page break before them."""
    stranded: set[str] = set()
    layout = text.documentLayout()
    block = text.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() == 2 and following.isValid():
            here = int((layout.blockBoundingRect(block).top() + 2) // page_height)
            # A line that does not fit moves down inside its block: read the line, not the block.
            lines = following.layout()
            offset = lines.lineAt(0).y() if lines.lineCount() else 0.0
            first_line = layout.blockBoundingRect(following).top() + offset + 2
            if int(first_line // page_height) > here:
                stranded.add(block.text().split("\u00a0", 1)[0].strip())
        block = following
    return stranded


def load_pictures(folder: Path, names: Iterable[str]) -> dict[str, Picture]:
    from PySide6.QtGui import QImage

    from ui.screenshots import SIZE

    pictures: dict[str, Picture] = {}
    for name in names:
        image = QImage(str(folder / f"{name}.png"))
        if image.isNull():
            raise FileNotFoundError(folder / f"{name}.png")
        pictures[name] = Picture(image, dialog=(image.width(), image.height()) != SIZE)
    return pictures


def write_guide(
    chapters: Sequence[Chapter], pictures: Mapping[str, Picture], path: Path, version: str = ""
) -> int:
    """Print the guide to ``path`` (A4 PDF); returns the number of pages."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    from ui.printing import FOOTER_MM, PDF_RESOLUTION, page_layout

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".~{path.name}")
    writer = QPdfWriter(str(temporary))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Inventaris")
    writer.setTitle(TITLE)
    writer.setPageLayout(page_layout("A4"))
    width = float(writer.width())
    footer = FOOTER_MM * writer.logicalDpiY() / 25.4
    height = writer.height() - footer

    def laid_out(pages: dict[str, int] | None, breaks: frozenset[str]) -> QTextDocument:
        html = compose(chapters, pictures, pages, version=version, icon=True, breaks=breaks)
        text = _document(html, pictures, writer)
        text.setPageSize(QSizeF(width, height))
        return text

    # Laid out until no task heading is left alone at a page's foot (each break can move
    # later ones), then once more with the contents' page numbers.
    breaks: frozenset[str] = frozenset()
    for _attempt in range(5):
        text = laid_out(None, breaks)
        stranded = _stranded_headings(text, height)
        if not stranded:
            break
        breaks |= stranded
    text = laid_out(_heading_pages(text, height), breaks)
    count = text.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("QPainter.begin failed on the PDF")
    try:
        small = QFont(text.defaultFont())
        small.setPointSizeF(8.5)
        for page in range(count):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            text.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            if page:  # the title page goes without
                painter.setFont(small)
                painter.drawText(
                    QRectF(0, height, width, footer),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    FOOTER.format(page=page + 1, pages=count),
                )
    finally:
        painter.end()
    temporary.replace(path)
    return count
