"""The asset form for KIB D, E and F items, and a construction finished from its card."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inventaris.accounts import authenticate
from inventaris.assets.editing import get_asset
from inventaris.assets.types import AssetStatus
from inventaris.core.db import Database
from tests.integration.test_kib_def import (
    BOOK_CODE,
    BUILDING_CODE,
    ROAD_CODE,
    WORKS_CODE,
    add_kib_def_codes,
)
from tests.ui.conftest import screenshot, show_active
from ui.assets.asset_dialog import AssetDialog
from ui.assets.finish_dialog import FinishConstructionDialog
from ui.context import AppContext


def _context(db: Database) -> AppContext:
    add_kib_def_codes(db)
    return AppContext(db, authenticate(db, "pengurus", "demo1234"), "id")


def _new(qtbot, context: AppContext, code: str) -> AssetDialog:
    dialog = AssetDialog(context, None)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.code.setText(code)
    dialog._code_changed()
    dialog.acquisition_year.setValue(2026)
    return dialog


def test_the_form_shows_and_saves_the_fields_of_each_card(qtbot, demo_db: Database) -> None:
    context = _context(demo_db)
    road = _new(qtbot, context, ROAD_CODE)
    assert road.tabs.isTabVisible(road.property_tab)
    assert not road.tabs.isTabVisible(road.other_tab)
    form = road.property_form
    assert form.isRowVisible(road.length_km) and not form.isRowVisible(road.contract_number)
    road.name.setText("Jalan Lingkungan")
    road.price.set_amount(400_000_000)
    road.construction.setText("Aspal")
    road.length_km.setText("1,5")
    road.width_m.setText("6")
    road.land_area.setText("9000")
    road.address.setText("Stabat")
    road.tabs.setCurrentIndex(road.property_tab)
    screenshot(road, "asset_form_kib_d")
    road.save()
    qtbot.waitUntil(lambda: not road.busy.active)
    assert not road.error.isVisible()
    saved = get_asset(demo_db, context.actor, road.saved[0].id)
    assert (saved.construction, saved.length_km, saved.width_m) == (
        "Aspal",
        Decimal("1.500"),
        Decimal("6.00"),
    )

    book = _new(qtbot, context, BOOK_CODE)
    assert book.tabs.isTabVisible(book.other_tab)
    assert not book.tabs.isTabVisible(book.property_tab)
    book.name.setText("Buku Sejarah")
    book.price.set_amount(150_000)
    book.book_title.setText("Sejarah Langkat / Lukman Sinar")
    book.species.setText("")
    book.save()
    qtbot.waitUntil(lambda: not book.busy.active)
    assert get_asset(demo_db, context.actor, book.saved[0].id).book_title == (
        "Sejarah Langkat / Lukman Sinar"
    )

    works = _new(qtbot, context, WORKS_CODE)
    assert works.property_form.isRowVisible(works.contract_value)
    assert not works.property_form.isRowVisible(works.land_use)
    works.name.setText("Pembangunan Gedung Arsip")
    works.price.set_amount(600_000_000)
    works.address.setText("Jl. Proklamasi No. 1, Stabat")
    works.floor_area.setText("420")
    works.building_kind.setCurrentIndex(works.building_kind.findData("P"))
    works.construction_start.set_value(date(2026, 3, 9))
    works.contract_number.setText("027/PPK/2026")
    works.contract_value.set_amount(1_500_000_000)
    works.progress_percent.setValue(60)
    works.tabs.setCurrentIndex(works.property_tab)
    screenshot(works, "asset_form_kib_f")
    works.save()
    qtbot.waitUntil(lambda: not works.busy.active)
    assert not works.error.isVisible()
    kdp = get_asset(demo_db, context.actor, works.saved[0].id)
    assert (kdp.building_kind, kdp.construction_start, kdp.contract_value) == (
        "P",
        date(2026, 3, 9),
        1_500_000_000,
    )
    assert (kdp.progress_percent, kdp.floor_area_m2) == (60, Decimal("420.00"))


def test_a_construction_is_finished_from_its_card(qtbot, demo_db: Database) -> None:
    context = _context(demo_db)
    works = _new(qtbot, context, WORKS_CODE)
    works.name.setText("Pembangunan Pos Jaga")
    works.price.set_amount(120_000_000)
    works.address.setText("Stabat")
    works.floor_area.setText("24")
    works.save()
    qtbot.waitUntil(lambda: not works.busy.active)
    kdp_id = works.saved[0].id
    card = AssetDialog(context, kdp_id)
    qtbot.addWidget(card)
    show_active(qtbot, card)
    assert card.finish_button.isVisible()
    seen: list[FinishConstructionDialog] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FinishConstructionDialog)
        seen.append(dialog)
        screenshot(dialog, "finish_construction_dialog")
        dialog.code.setText(BUILDING_CODE)
        dialog.handover.setText("")
        dialog.apply()  # refused: the BAST number is required, the dialog stays
        qtbot.waitUntil(lambda: not dialog.busy.active)
        assert dialog.error.isVisible() and dialog.isVisible()
        dialog.handover.setText("BAST 41/PPK/2026")
        dialog.apply()

    QTimer.singleShot(0, answer)
    card.finish_construction()
    assert seen and seen[0].result_ is not None
    assert get_asset(demo_db, context.actor, kdp_id).status == AssetStatus.DISPOSED
    building = get_asset(demo_db, context.actor, seen[0].result_.building_id)
    assert (building.kib, building.price, building.name) == (
        "C",
        120_000_000,
        "Pembangunan Pos Jaga",
    )
    assert not card.finish_button.isVisible()  # the card now shows a disposed item
    texts = [card.history.item(row, 2).text() for row in range(card.history.rowCount())]
    assert any(seen[0].result_.building in text for text in texts)
