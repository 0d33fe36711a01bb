"""The register's filters wrap onto a second line instead of overlapping (1366×768 at 150 %)."""

from __future__ import annotations

import itertools

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from ui.assets.register_page import RegisterPage
from ui.context import AppContext


def _filters(page: RegisterPage) -> list:
    return [
        page.kib,
        page.code_prefix,
        page.room,
        page.condition,
        page.year_from,
        page.year_to,
        page.status,
    ]


def test_a_narrow_register_wraps_its_filters_without_overlap(qtbot, demo_db: Database) -> None:
    page = RegisterPage(AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "id"))
    qtbot.addWidget(page)
    for width in (1300, 900, 700):
        page.resize(width, 600)
        page.show()
        qtbot.waitExposed(page)
        qtbot.wait(10)
        boxes = [widget.geometry() for widget in _filters(page)]
        for first, second in itertools.combinations(boxes, 2):
            assert not first.intersects(second), (width, first, second)
        for box in boxes:
            assert box.right() <= page.width() and box.width() >= box.height(), (width, box)
        lines = {box.top() for box in boxes}
        assert (len(lines) == 1) == (width == 1300), (width, lines)
    # The table starts below the last line of filters.
    assert page.table.geometry().top() > max(box.bottom() for box in boxes)
