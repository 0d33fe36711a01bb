"""Icons from Material Design Icons (through qtawesome), shipped as PNG files.

qtawesome takes ~250 ms to import and build fonts, too much for start-up, so the icons are
exported once with ``python -m ui.icons`` and loaded from ``resources/icons`` at run time.
"""

from __future__ import annotations

import functools
import struct
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QIcon, QImage, QImageWriter

from inventaris.core.paths import resources_dir

# our name -> (qtawesome name, colour)
ICONS: dict[str, tuple[str, str]] = {
    "home": ("mdi6.view-dashboard-outline", "#37474f"),
    "assets": ("mdi6.package-variant-closed", "#37474f"),
    "rooms": ("mdi6.door", "#37474f"),
    "vehicles": ("mdi6.car", "#37474f"),
    "residences": ("mdi6.home-city-outline", "#37474f"),
    "meeting_rooms": ("mdi6.calendar-clock", "#37474f"),
    "labels": ("mdi6.qrcode", "#37474f"),
    "reports": ("mdi6.file-chart-outline", "#37474f"),
    "settings": ("mdi6.cog-outline", "#37474f"),
    "users": ("mdi6.account-group-outline", "#37474f"),
    "units": ("mdi6.domain", "#37474f"),
    "save": ("mdi6.content-save-outline", "#1b5e20"),
    "reload": ("mdi6.refresh", "#37474f"),
    "add": ("mdi6.plus", "#1b5e20"),
    "edit": ("mdi6.pencil-outline", "#37474f"),
    "lock_open": ("mdi6.lock-open-variant-outline", "#37474f"),
    "key": ("mdi6.key-outline", "#37474f"),
    "attention": ("mdi6.alert-circle-outline", "#e65100"),
    "ok": ("mdi6.check-circle-outline", "#2e7d32"),
    "logout": ("mdi6.logout", "#37474f"),
    "app": ("mdi6.clipboard-list-outline", "#0d47a1"),
    "dispose": ("mdi6.archive-remove-outline", "#b71c1c"),
    "history": ("mdi6.history", "#37474f"),
    "export": ("mdi6.file-excel-outline", "#1b5e20"),
    "pick": ("mdi6.format-list-bulleted-square", "#37474f"),
    "import": ("mdi6.file-import-outline", "#1b5e20"),
    "condition": ("mdi6.wrench-outline", "#37474f"),
    "service": ("mdi6.car-wrench", "#37474f"),
    "fuel": ("mdi6.gas-station-outline", "#37474f"),
    "document": ("mdi6.file-document-outline", "#37474f"),
    "plan": ("mdi6.calendar-refresh-outline", "#37474f"),
    "odometer": ("mdi6.speedometer", "#37474f"),
    "print": ("mdi6.printer-outline", "#37474f"),
    "stop": ("mdi6.close-circle-outline", "#b71c1c"),
    "previous": ("mdi6.chevron-left", "#37474f"),
    "next": ("mdi6.chevron-right", "#37474f"),
    "today": ("mdi6.calendar-today", "#37474f"),
    "pdf": ("mdi6.file-pdf-box", "#b71c1c"),
    "occupant": ("mdi6.account-plus-outline", "#1b5e20"),
    "move_out": ("mdi6.account-arrow-right-outline", "#37474f"),
    "photo": ("mdi6.image-outline", "#37474f"),
    "capitalise": ("mdi6.cash-plus", "#1b5e20"),
    "stocktake": ("mdi6.clipboard-check-outline", "#37474f"),
    "tick": ("mdi6.check-bold", "#2e7d32"),
    "untick": ("mdi6.undo-variant", "#37474f"),
    "close_room": ("mdi6.door-closed-lock", "#37474f"),
    "followup": ("mdi6.clipboard-arrow-right-outline", "#37474f"),
    "attach": ("mdi6.paperclip", "#37474f"),
    "open_file": ("mdi6.open-in-new", "#37474f"),
}
SIZES = (16, 24, 32, 48, 64)
# The program's own icon outside the program: inventaris.ico for the Windows executable and
# installer (Windows picks 16-48 for lists and menus, 256 for large tiles), app-256.png for the
# Linux desktop entry (packaging/linux/install.sh installs app-48/64/256 into hicolor).
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
LARGE_APP_SIZES = (256,)
ICO_FILE = "inventaris.ico"


def icons_dir() -> str:
    return str(resources_dir() / "icons")


@functools.cache
def icon(name: str) -> QIcon:
    result = QIcon()
    for size in SIZES:
        result.addFile(f"{icons_dir()}/{name}-{size}.png")
    return result


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"png")).write(image)
    buffer.close()
    return bytes(data.data())


def _dib(image: QImage) -> bytes:
    """A 32-bit BGRA bitmap as an .ico holds it: bottom-up rows, then an all-clear AND mask."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA bytes on little-endian
    width, height = image.width(), image.height()
    pixels = bytes(image.constBits())
    row = image.bytesPerLine()
    rows = b"".join(pixels[y * row : y * row + width * 4] for y in reversed(range(height)))
    mask = bytes(((width + 31) // 32) * 4 * height)  # the alpha channel decides, not the mask
    header = struct.pack(
        "<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(rows + mask), 0, 0, 0, 0
    )
    return header + rows + mask


def ico_bytes(images: list[QImage]) -> bytes:
    """A multi-size Windows icon: 256 px as PNG (as Windows does it), smaller ones as bitmaps,
    which every reader of .ico files (resource compilers, Inno Setup) understands."""
    entries = [_png(image) if image.width() >= 256 else _dib(image) for image in images]
    offset = 6 + 16 * len(images)
    directory = struct.pack("<HHH", 0, 1, len(images))
    for image, entry in zip(images, entries, strict=True):
        side = image.width() % 256  # 0 means 256
        directory += struct.pack(
            "<BBBBHHII", side, image.height() % 256, 0, 0, 1, 32, len(entry), offset
        )
        offset += len(entry)
    return directory + b"".join(entries)


def export_icons() -> None:
    """Regenerate resources/icons from qtawesome (a developer command)."""
    import qtawesome
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication(sys.argv)
    for name, (source, colour) in ICONS.items():
        glyph = qtawesome.icon(source, color=colour)
        for size in SIZES:
            glyph.pixmap(size, size).save(f"{icons_dir()}/{name}-{size}.png")
    app_source, app_colour = ICONS["app"]
    glyph = qtawesome.icon(app_source, color=app_colour)
    for size in LARGE_APP_SIZES:
        glyph.pixmap(size, size).save(f"{icons_dir()}/app-{size}.png")
    # Each size drawn from the font on its own: sharper than one large picture scaled down.
    images = [glyph.pixmap(size, size).toImage() for size in ICO_SIZES]
    with open(f"{icons_dir()}/{ICO_FILE}", "wb") as ico:
        ico.write(ico_bytes(images))
    del _app


if __name__ == "__main__":
    export_icons()
