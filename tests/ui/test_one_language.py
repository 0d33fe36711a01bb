"""One language at a time (issue 17 item 9): English screens say English words, Indonesian
screens and the official papers say Indonesian ones, and a card that can only be read closes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inventaris.accounts import authenticate
from inventaris.assets.register import RegisterFilter, register_ids
from inventaris.core.db import Database
from ui.assets.asset_dialog import AssetDialog
from ui.assets.register_model import COLUMNS, RegisterModel
from ui.assets.register_page import RegisterPage
from ui.context import AppContext
from ui.i18n import install_translator


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "id")


def _first_asset_id(db: Database, username: str) -> int:
    actor = authenticate(db, username, "demo1234")
    return register_ids(db, actor, RegisterFilter())[0]


def test_the_read_only_card_closes_with_tutup(qtbot, demo_db: Database) -> None:
    context = AppContext(demo_db, authenticate(demo_db, "pimpinan", "demo1234"), "id")
    dialog = AssetDialog(context, _first_asset_id(demo_db, "pimpinan"))
    qtbot.addWidget(dialog)
    buttons = dialog.buttons
    assert not buttons.button(QDialogButtonBox.StandardButton.Ok).isVisibleTo(dialog)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Tutup"


def test_an_editable_card_still_cancels(qtbot, demo_db: Database) -> None:
    context = AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "id")
    dialog = AssetDialog(context, _first_asset_id(demo_db, "pengurus"))
    qtbot.addWidget(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_conditions_and_counts_are_english_on_an_english_screen(
    qtbot, demo_db: Database, english: None
) -> None:
    page = RegisterPage(AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "en"))
    qtbot.addWidget(page)
    choices = [page.condition.itemText(i) for i in range(page.condition.count())]
    assert {"Good", "Slightly damaged", "Badly damaged"} <= set(choices)
    assert not {"Baik", "Rusak Ringan", "Rusak Berat"} & set(choices)
    model: RegisterModel = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    column = [c.key for c in COLUMNS].index("condition")
    shown = {model.index(row, column).data() for row in range(min(model.rowCount(), 200))}
    assert shown <= {"Good", "Slightly damaged", "Badly damaged"}


def test_english_counts_say_one_asset_and_two_assets(qapp: QApplication, english: None) -> None:
    translate = QApplication.translate
    assert (
        translate("RegisterPage", "{count} asset(s) · {value}", "", 1) == "{count} asset · {value}"
    )
    assert (
        translate("RegisterPage", "{count} asset(s) · {value}", "", 2) == "{count} assets · {value}"
    )
    assert translate("UsersPage", "{count} entr(y/ies)", "", 1) == "{count} entry"
    assert translate("UsersPage", "{count} entr(y/ies)", "", 5) == "{count} entries"


def test_indonesian_counts_have_one_form(qapp: QApplication) -> None:
    install_translator(qapp, "id")
    translate = QApplication.translate
    assert translate("RegisterPage", "{count} asset(s) · {value}", "", 1) == (
        translate("RegisterPage", "{count} asset(s) · {value}", "", 7)
    )
    assert (
        translate("RegisterPage", "{count} asset(s) · {value}", "", 1) == "{count} aset · {value}"
    )


def test_a_payment_in_the_timeline_says_until_when_in_the_chosen_language(
    qtbot, demo_db: Database, english: None
) -> None:
    from datetime import date

    from inventaris.vehicles.fleet import TimelineEntry
    from ui.vehicles.vehicles_page import VehiclesPage

    page = VehiclesPage(AppContext(demo_db, authenticate(demo_db, "admin", "demo1234"), "en"))
    qtbot.addWidget(page)
    paid = TimelineEntry(
        date(2026, 11, 25), "payment", 1, None, "pajak", "PKB-7", None, 2_345_600,
        date(2027, 11, 25),
    )  # fmt: skip
    details = next(c for c in page._timeline_columns() if c.title == "Details")
    assert details.text(paid).endswith("PKB-7 · valid until 25-11-2027")
    assert "s.d." not in details.text(paid)
    # The Indonesian papers keep their own words.
    assert paid.printed_detail == "s.d. 25-11-2027 · PKB-7"
