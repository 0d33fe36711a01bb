"""The residences page: houses with occupant and SIP state, the house card, a new occupant with
family, moving out, and the one-occupant rule shown in the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from inventaris.accounts import authenticate
from inventaris.db import Database
from inventaris.residence_views import residence_card
from inventaris.residences import SipState
from tests.ui.conftest import screenshot, show_active
from ui.context import AppContext
from ui.residences.dialogs import MoveOutDialog, OccupancyDialog
from ui.residences.residences_page import ResidencesPage


def _page(qtbot, db: Database, username: str = "pengurus") -> ResidencesPage:
    page = ResidencesPage(AppContext(db, authenticate(db, username, "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.card_loaded, timeout=10_000):
        show_active(qtbot, page)
    return page


def test_the_list_shows_each_house_with_its_occupant_and_sip_state(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    rows = page.model.rows
    assert len(rows) >= 3
    words = {page._state_word(row) for row in rows}
    assert {"Kosong", "SIP habis"} <= words
    expired = next(row for row in rows if row.sip_state is SipState.EXPIRED)
    assert page.select_house(expired.asset_id)
    qtbot.waitUntil(lambda: page.card is not None and page.card.asset_id == expired.asset_id)
    assert page.values["occupant"].text() == expired.occupant.occupant_name  # type: ignore[union-attr]
    assert page.history_model.rowCount() == 1
    assert page.move_out_action.isEnabled() and not page.occupant_action.isEnabled()
    screenshot(page, "residences-id")


def test_moving_out_and_a_new_occupant_with_family(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    occupied = next(row for row in page.model.rows if row.occupant is not None)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_house(occupied.asset_id)
    card = page.card
    assert card is not None and card.current is not None
    leave = MoveOutDialog(page.context, card, card.current, page)
    qtbot.addWidget(leave)
    leave.reason.setCurrentIndex(leave.reason.findData("mutasi"))
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        leave.apply()
    assert page.card is not None and page.card.current is None
    assert page.occupant_action.isEnabled()

    dialog: OccupancyDialog = page.new_occupant()
    qtbot.addWidget(dialog)
    dialog.name.setText("Ir. Bambang Sitepu")
    dialog.nip.setText("19690315 199403 1 004")
    dialog.rank.setText("Pembina Tk. I / IVb")
    dialog.position.setText("Kepala Dinas PUPR")
    dialog.sip_number.setText("032/777/UMUM/2026")
    dialog.sip_date.setDate(QDate(2026, 11, 20))
    dialog.valid_from.setDate(QDate(2026, 11, 25))
    dialog.rent.set_amount(150_000)
    from PySide6.QtWidgets import QTableWidgetItem

    dialog.family.setItem(0, 0, QTableWidgetItem("Rina"))
    dialog.family.setItem(0, 1, QTableWidgetItem("istri"))
    dialog.family.setItem(0, 2, QTableWidgetItem("52"))
    assert dialog.family.rowCount() == 3  # an empty row stays at the end
    dialog.resize(600, 720)
    screenshot(dialog, "residences-occupant-form-id")
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    fresh = residence_card(demo_db, page.context.actor, occupied.asset_id)
    assert fresh.current is not None and fresh.current.occupant_name == "Ir. Bambang Sitepu"
    assert fresh.current.valid_until == date(2028, 11, 24)
    assert [m.name for m in fresh.current.family] == ["Rina"]
    assert len(fresh.history) == 2
    assert page.values["rent"].text() == "Rp 150.000"


def test_a_second_occupant_is_refused_beside_the_field(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    occupied = next(row for row in page.model.rows if row.occupant is not None)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_house(occupied.asset_id)
    assert page.card is not None
    dialog = OccupancyDialog(page.context, page.card, page)  # as from a stale window
    qtbot.addWidget(dialog)
    dialog.name.setText("Drs. Ahmad")
    dialog.sip_number.setText("032/1/UMUM/2026")
    dialog.apply()
    assert not dialog.error.isHidden() and "sudah berpenghuni" in dialog.error.text()
