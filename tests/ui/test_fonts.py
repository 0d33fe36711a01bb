"""The shipped fonts load into every Qt application the program makes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from inventaris.core.paths import resources_dir
from ui.fonts import register_fonts


@pytest.mark.usefixtures("qapp")
def test_the_label_font_is_shipped_and_registered() -> None:
    shipped = sorted(path.name for path in (resources_dir() / "fonts").glob("*.ttf"))
    assert shipped == ["DejaVuSans-Bold.ttf", "DejaVuSans.ttf"]
    assert (resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()
    assert register_fonts() == ["DejaVu Sans"]
    assert register_fonts() == ["DejaVu Sans"]  # a second call adds nothing twice
    assert "DejaVu Sans" in QFontDatabase.families()
    bold = QFont("DejaVu Sans")
    bold.setBold(True)
    assert QFontInfo(bold).family() == "DejaVu Sans"
