"""The fonts the program ships (resources/fonts), so labels and papers look the same on every PC.

The label painter asks for "DejaVu Sans" by name: Debian has it, a Windows PC does not. Loading
the shipped copy into the application's font database makes the name resolve everywhere.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from inventaris.core.paths import resources_dir

log = logging.getLogger(__name__)
_loaded: dict[str, int] = {}


def register_fonts() -> list[str]:
    """Add every shipped font once per process; needs a QGuiApplication. Returns the families."""
    families: set[str] = set()
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        key = str(path)
        if key not in _loaded:
            _loaded[key] = QFontDatabase.addApplicationFont(key)
            if _loaded[key] < 0:
                log.warning("the font %s could not be loaded", path)
        if _loaded[key] >= 0:
            families.update(QFontDatabase.applicationFontFamilies(_loaded[key]))
    return sorted(families)
