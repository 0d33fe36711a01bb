"""``python -m ui.screenshots``: every area and the main dialogs drawn from the demo office, in
both languages, as whole 1366×768 pictures with something on them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from inventaris.core.db import Database
from ui.screenshots import DIALOG_FILES, PAGE_FILES, SIZE, expected_files, render


def _looked_at(path: Path) -> set[int]:
    """The colours of a 1-in-10 sample of the picture's pixels (a blank page has one or two)."""
    image = QImage(str(path))
    assert not image.isNull(), path
    assert (image.width(), image.height()) == SIZE, path
    return {
        image.pixel(x, y) for x in range(0, image.width(), 10) for y in range(0, image.height(), 10)
    }


def test_every_area_and_dialog_is_drawn(qtbot, demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "pictures"
    shots = render(demo_db, out, languages=("id",))
    written = sorted(path.name for path in out.iterdir())
    assert written == sorted(expected_files(languages=("id",)))
    assert sorted(shot.path.name for shot in shots) == written
    assert len(written) == len(PAGE_FILES) + len(DIALOG_FILES)  # the admin sees every area
    for name in written:
        assert len(_looked_at(out / name)) > 40, f"{name} looks blank"


def test_the_english_pictures_are_in_english(qtbot, demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "pictures"
    render(demo_db, out, pages=["home"], dialogs=["asset_form"])
    assert sorted(path.name for path in out.iterdir()) == sorted(
        expected_files(pages=["home"], dialogs=["asset_form"])
    )
    for name in ("beranda", "formulir-aset"):
        indonesian, english = out / f"id-{name}.png", out / f"en-{name}.png"
        assert len(_looked_at(english)) > 40
        assert QImage(str(indonesian)) != QImage(str(english))  # the words differ
