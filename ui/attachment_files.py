"""What the attachments panel draws and hands over, apart from the panel itself: thumbnails
(drawn from a photo's content, remembered by its checksum for the program's life), the page
icon of a PDF, and the private temp folder of the copies handed to the system's viewer.
"""

from __future__ import annotations

import functools
import re
import shutil
import tempfile
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QImageReader, QPainter, QPixmap

from inventaris.attachments import PDF, SUFFIXES, AttachmentView
from ui.icons import icon

THUMBNAIL_SIZE = 96
_CACHE_LIMIT = 300  # thumbnails remembered (~40 KB each): a day's browsing
_thumbnails: OrderedDict[str, QImage] = OrderedDict()
_temp_folder: Path | None = None
# Other names a system viewer knows a kind by; any other name gets the kind's own ending.
_KNOWN_SUFFIXES = {".pdf", ".jpg", ".jpeg", ".jpe", ".png"}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


# --- thumbnails ------------------------------------------------------------------------------


def thumbnail(content: bytes, size: int = THUMBNAIL_SIZE) -> QImage:
    """A photo at thumbnail size, turned upright (phones store the turn in EXIF); a null
    image when the content cannot be drawn. Safe off the GUI thread (QImage, not QPixmap)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    original = reader.size()
    if original.isValid() and (original.width() > size or original.height() > size):
        # A 12-megapixel JPEG is decoded straight at the small size: quick and light.
        reader.setScaledSize(original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


@functools.cache
def page_icon(name: str) -> QIcon:
    """A sheet of paper with the kind's icon on it: a thumbnail's size and shape, so a PDF
    sits among the photos as a document, not as a small symbol."""
    width, height = THUMBNAIL_SIZE * 3 // 4, THUMBNAIL_SIZE
    sheet = QPixmap(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    sheet.fill(Qt.GlobalColor.transparent)
    left = (THUMBNAIL_SIZE - width) // 2
    painter = QPainter(sheet)
    painter.fillRect(left, 0, width, height, QColor("white"))
    painter.setPen(QColor("#b0bec5"))
    painter.drawRect(left, 0, width - 1, height - 1)
    painter.drawPixmap(left + (width - 48) // 2, (height - 48) // 2, icon(name).pixmap(48, 48))
    painter.end()
    return QIcon(sheet)


def remember_thumbnail(sha256: str, image: QImage) -> None:
    _thumbnails[sha256] = image
    _thumbnails.move_to_end(sha256)
    while len(_thumbnails) > _CACHE_LIMIT:
        _thumbnails.popitem(last=False)


def needs_thumbnail(view: AttachmentView) -> bool:
    """A photo not drawn yet (one Qt could not read is remembered too, as a null image)."""
    return view.is_image and view.sha256 not in _thumbnails


def attachment_icon(view: AttachmentView) -> QIcon:
    if view.media_type == PDF:
        return page_icon("pdf")
    image = _thumbnails.get(view.sha256)
    if image is None or image.isNull():
        return page_icon("photo")  # still being drawn, or a photo Qt cannot read
    # Centred on a square: every caption starts at the same height, whatever the shape.
    square = QPixmap(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    painter.drawImage(
        (THUMBNAIL_SIZE - image.width()) // 2, (THUMBNAIL_SIZE - image.height()) // 2, image
    )
    painter.end()
    return QIcon(square)


# --- the viewer's copies ---------------------------------------------------------------------


def temp_folder() -> Path:
    """A private folder for files handed to the system viewer, removed when the program ends
    (a scanned BPKB should not linger in the shared temp folder)."""
    global _temp_folder
    if _temp_folder is None or not _temp_folder.is_dir():
        _temp_folder = Path(tempfile.mkdtemp(prefix="inventaris-lampiran-"))
        application = QCoreApplication.instance()
        if application is not None:
            folder = _temp_folder
            application.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    return _temp_folder


def viewer_file_name(view: AttachmentView) -> str:
    """The name to hand the viewer: safe on Windows, ending as the content is (a PNG named
    "scan.pdf" would otherwise open in the PDF reader and fail)."""
    name = _UNSAFE.sub("_", view.file_name).strip(" .") or "lampiran"
    suffix = Path(name).suffix.lower()
    wanted = SUFFIXES.get(view.media_type, "")
    fits = suffix == wanted or (wanted == ".jpg" and suffix in (".jpeg", ".jpe"))
    if not fits and wanted:
        name = (name.removesuffix(suffix) if suffix in _KNOWN_SUFFIXES else name) + wanted
    return name


def write_viewer_copy(view: AttachmentView, content: bytes) -> Path:
    folder = temp_folder() / str(view.id)
    folder.mkdir(exist_ok=True)
    path = folder / viewer_file_name(view)
    try:
        path.write_bytes(content)
    except OSError:
        if not path.is_file():  # still open in a viewer (Windows): that copy is the same file
            raise
    return path
