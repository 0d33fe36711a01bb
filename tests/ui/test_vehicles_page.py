"""The vehicles page: fleet and attention list, the vehicle's card, and the record forms."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

import ui.printing
from inventaris.accounts import authenticate
from inventaris.assets.editing import create_assets
from inventaris.core.attention import Urgency
from inventaris.core.db import Database
from inventaris.vehicles.due_list import due_items
from inventaris.vehicles.fleet import vehicle_timeline
from inventaris.vehicles.records import (
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    save_document,
    save_plan,
)
from tests.support.builders import vehicle
from tests.ui.conftest import screenshot, show_active
from tests.ui.papers_on_worker import held_write, while_held
from ui.context import AppContext
from ui.live import LiveUpdates
from ui.vehicles.dialogs import (
    CostReportDialog,
    DocumentDialog,
    FuelDialog,
    PaymentDialog,
    ServiceDialog,
)
from ui.vehicles.vehicles_page import VehiclesPage

TODAY = date(2026, 11, 28)


@pytest.fixture
def fleet_db(demo_db: Database) -> Database:
    """The demo office plus a new vehicle with a known history."""
    coordinator = authenticate(demo_db, "koordinator", "demo1234")
    keeper = authenticate(demo_db, "pengurus", "demo1234")
    first = create_assets(demo_db, keeper, vehicle(plate_number="BK 1 AA"))[0].id
    km = 30_000
    for week in range(26):
        on = TODAY - timedelta(days=7 * (26 - week))
        km += 280
        add_fuel(
            demo_db,
            coordinator,
            FuelInput(first, on, "Pertalite", Decimal("30.50"), 10_000, km, "Syahrial"),
        )
        if week % 8 == 0:
            add_service(
                demo_db,
                coordinator,
                ServiceInput(first, on, km, "ganti_oli", 450_000, 150_000, "Auto2000 Stabat"),
            )
    save_plan(demo_db, coordinator, first, "Ganti oli", "ganti_oli", 5_000, 3)
    save_plan(demo_db, coordinator, first, "Servis besar", "servis_berkala", 20_000, 12)
    save_document(demo_db, coordinator, first, "pajak_tahunan", TODAY - timedelta(days=3), "PKB-7")
    save_document(demo_db, coordinator, first, "asuransi", TODAY + timedelta(days=12), "POL-1")
    demo_db.first_vehicle = first  # type: ignore[attr-defined]
    return demo_db


@pytest.fixture
def live(fleet_db: Database) -> Iterator[None]:
    """As in the window: what a save writes reaches the page through the hub."""
    updates = LiveUpdates(fleet_db)
    updates.start()
    yield
    updates.stop()


def _page(qtbot, db: Database, username: str = "koordinator") -> VehiclesPage:
    page = VehiclesPage(AppContext(db, authenticate(db, username, "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.card_loaded, timeout=10_000):
        show_active(qtbot, page)
    return page


def test_the_attention_list_leads_to_the_vehicle_and_its_card(qtbot, fleet_db: Database) -> None:
    page = _page(qtbot, fleet_db)
    assert page.fleet_model.rowCount() == len(page.fleet.vehicles) > 0  # type: ignore[union-attr]
    due = page.due_model.rows
    first = fleet_db.first_vehicle  # type: ignore[attr-defined]
    tax_row = next(
        row
        for row, item in enumerate(due)
        if (item.asset_id, item.what, item.state) == (first, "pajak_tahunan", Urgency.OVERDUE)
    )
    assert due[0].state is Urgency.OVERDUE
    assert page.left_tabs.tabText(1) == f"Perlu perhatian ({len(due)})"
    assert page.due_model.data(page.due_model.index(0, 0)) == "Terlambat"

    page.left_tabs.setCurrentIndex(1)
    screenshot(page, "vehicles-attention-id")
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page._due_activated(page.due_model.index(tax_row, 0))
    assert page.card is not None and page.card.asset_id == first
    assert page.left_tabs.currentIndex() == 0
    assert page.timeline_model.rowCount() == 26 + 4
    assert [plan.name for plan in page.plan_model.rows] == ["Ganti oli", "Servis besar"]
    assert page.summary_values["km_per_litre"].text() != "—"
    assert "2026" in page.chart.title and sum(page.chart.series[1].values) > 0
    screenshot(page, "vehicles-id")
    page.card_tabs.setCurrentIndex(1)
    screenshot(page, "vehicles-plans-id")
    page.card_tabs.setCurrentIndex(2)
    screenshot(page, "vehicles-history-id")


@pytest.mark.usefixtures("live")
def test_a_lower_odometer_is_refused_beside_the_field_then_the_service_is_saved(
    qtbot, fleet_db: Database
) -> None:
    page = _page(qtbot, fleet_db)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_vehicle(fleet_db.first_vehicle)  # type: ignore[attr-defined]
    card = page.card
    assert card is not None and card.odometer is not None
    dialog = ServiceDialog(page.context, card, page)
    qtbot.addWidget(dialog)
    dialog.odometer.setValue(card.odometer.km - 100)
    dialog.kind.setCurrentIndex(dialog.kind.findData("ban"))
    dialog.parts.set_amount(1_800_000)
    dialog.labour.set_amount(200_000)
    assert dialog.total.text() == "Rp 2.000.000"
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert not dialog.error.isHidden() and "lebih rendah" in dialog.error.text()
    assert dialog.error.marked is dialog.odometer
    screenshot(dialog, "vehicles-service-error-id")

    dialog.odometer.setValue(card.odometer.km + 50)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    newest = vehicle_timeline(fleet_db, page.context.actor, card.asset_id)[0]
    assert (newest.kind, newest.what, newest.cost) == ("service", "ban", 2_000_000)
    assert page.timeline_model.rowCount() == 31


@pytest.mark.usefixtures("live")
def test_fuel_form_totals_and_a_renewal_clears_the_overdue_tax(qtbot, fleet_db: Database) -> None:
    page = _page(qtbot, fleet_db)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_vehicle(fleet_db.first_vehicle)  # type: ignore[attr-defined]
    card = page.card
    assert card is not None and card.odometer is not None
    dialog = FuelDialog(page.context, card, 10_000, page)
    qtbot.addWidget(dialog)
    dialog.litres.setValue(12.25)
    dialog.price.set_amount(12_950)
    assert dialog.total.text() == "Rp 158.638"
    dialog.odometer.setValue(card.odometer.km + 120)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()

    tax = next(d for d in page.card.documents if d.kind == "pajak_tahunan")  # type: ignore[union-attr]
    renew = DocumentDialog(page.context, page.card, tax, page)  # type: ignore[arg-type]
    qtbot.addWidget(renew)
    assert renew.expires_on.date().year() == 2027 and not renew.kind.isEnabled()
    screenshot(renew, "vehicles-renew-id")
    renew.apply()
    qtbot.waitUntil(lambda: not renew.saving)  # the save runs on the worker
    assert all(
        item.what != "pajak_tahunan" or item.asset_id != card.asset_id
        for item in due_items(fleet_db, page.context.actor)
    )
    qtbot.waitUntil(
        lambda: all(
            row.what != "pajak_tahunan"
            for row in page.due_model.rows
            if row.asset_id == card.asset_id
        ),
        timeout=5_000,
    )


def test_esc_on_a_changed_form_asks_first(qtbot, fleet_db: Database, monkeypatch) -> None:
    page = _page(qtbot, fleet_db)
    assert page.card is not None
    dialog = ServiceDialog(page.context, page.card, page)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClicks(dialog.workshop, "Bengkel")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    fresh = ServiceDialog(page.context, page.card, page)
    qtbot.addWidget(fresh)
    show_active(qtbot, fresh)
    qtbot.keyClick(fresh, Qt.Key.Key_Escape)
    assert len(asked) == 1 and not fresh.isVisible()


def test_pimpinan_reads_but_cannot_record(qtbot, fleet_db: Database) -> None:
    page = _page(qtbot, fleet_db, "pimpinan")
    assert not any(action.isVisible() for action in page.actions_needing_vehicle)
    assert page.due_model.rowCount() > 0


def test_history_pdf_and_cost_workbook_from_the_page(
    qtbot, fleet_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, fleet_db)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_vehicle(fleet_db.first_vehicle)  # type: ignore[attr-defined]
    card = page.card
    assert card is not None
    # Read, laid out and written on the worker: the page answers meanwhile.
    with held_write(monkeypatch, ui.printing) as held:
        assert page.save_history_pdf(str(tmp_path / "riwayat.pdf")) is not None
        while_held(
            qtbot,
            held,
            page.pdf_busy,
            [page.history_actions[1]],
            again=lambda: page.save_history_pdf(str(tmp_path / "twice.pdf")),
            shot="vehicle_history_writing_id",
        )
    pdf = page.pdf_path
    assert pdf == tmp_path / "riwayat.pdf" and not (tmp_path / "twice.pdf").exists()
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(page_.get_textpage().get_text_range() for page_ in document)
    document.close()
    assert card.plate in text and "RIWAYAT KENDARAAN DINAS" in text

    dialog = CostReportDialog(page.context, card, page)
    qtbot.addWidget(dialog)
    dialog.one.setChecked(True)
    dialog.apply(str(tmp_path / "biaya.xlsx"))
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert dialog.saved_path == tmp_path / "biaya.xlsx"
    workbook = openpyxl.load_workbook(tmp_path / "biaya.xlsx")
    assert workbook.sheetnames[0] == "Rekap Bulanan"


@pytest.mark.usefixtures("live")
def test_a_wrong_record_is_deleted_and_a_mistyped_document_corrected(
    qtbot, fleet_db: Database
) -> None:
    page = _page(qtbot, fleet_db)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_vehicle(fleet_db.first_vehicle)  # type: ignore[attr-defined]
    before = page.timeline_model.rowCount()
    page.timeline_table.selectRow(0)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        assert page.delete_record("salah ketik odometer")
    assert page.timeline_model.rowCount() == before - 1

    insurance = next(d for d in page.card.documents if d.kind == "asuransi")  # type: ignore[union-attr]
    dialog = DocumentDialog(page.context, page.card, None, page, correcting=insurance)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.kind.isEnabled() and dialog.number.text() == "POL-1"
    dialog.expires_on.setDate(QDate(2027, 12, 10))
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    corrected = next(d for d in page.card.documents if d.kind == "asuransi")  # type: ignore[union-attr]
    assert corrected.id == insurance.id and corrected.expires_on == date(2027, 12, 10)


def _open_vehicle(qtbot, db: Database) -> VehiclesPage:
    page = _page(qtbot, db)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        page.select_vehicle(db.first_vehicle)  # type: ignore[attr-defined]
    return page


def _modal(qtbot) -> object:
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=5_000)
    return QApplication.activeModalWidget()


@pytest.mark.usefixtures("live")
def test_a_fill_is_corrected_from_the_history_through_its_button(qtbot, fleet_db: Database) -> None:
    page = _open_vehicle(qtbot, fleet_db)
    page.card_tabs.setCurrentIndex(2)
    rows = page.timeline_model.rows
    newest = next(row for row, entry in enumerate(rows) if entry.kind == "fuel")
    entry, before = rows[newest], rows[newest + 1]
    assert entry.odometer_km is not None and before.odometer_km is not None
    page.timeline_table.selectRow(newest)
    screenshot(page, "vehicles-history-correct-id")
    button = page.findChild(QPushButton, "editRecordButton")
    assert button is not None and button.isVisible() and button.text() == "Koreksi…"
    button.click()  # the button's own signal, as a mouse click sends it
    dialog = _modal(qtbot)
    assert isinstance(dialog, FuelDialog) and dialog.editing is not None
    qtbot.addWidget(dialog)
    assert dialog.odometer.value() == entry.odometer_km and not dialog.changed
    assert dialog.filled_on.date() == QDate(entry.on.year, entry.on.month, entry.on.day)
    assert dialog.total.text() == "Rp 305.000"  # 30,5 l at Rp 10.000, as recorded
    screenshot(dialog, "vehicles-fuel-correct-id")

    dialog.odometer.setValue(before.odometer_km - 1)
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving)  # the save runs on the worker
    assert dialog.isVisible() and "lebih rendah" in dialog.error.text()
    assert dialog.error.marked is dialog.odometer
    dialog.odometer.setValue(entry.odometer_km + 15)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    corrected = next(e for e in page.timeline_model.rows if e.record_id == entry.record_id)
    assert (corrected.kind, corrected.odometer_km) == ("fuel", entry.odometer_km + 15)
    assert page.timeline_model.rowCount() == len(rows)


def test_a_service_opens_corrected_by_enter_in_the_history(qtbot, fleet_db: Database) -> None:
    page = _open_vehicle(qtbot, fleet_db)
    page.card_tabs.setCurrentIndex(2)
    row = next(r for r, e in enumerate(page.timeline_model.rows) if e.kind == "service")
    page.timeline_table.selectRow(row)
    page.timeline_table.setFocus()
    qtbot.keyClick(page.timeline_table, Qt.Key.Key_Return)
    dialog = _modal(qtbot)
    assert isinstance(dialog, ServiceDialog) and dialog.editing is not None
    qtbot.addWidget(dialog)
    assert (dialog.workshop.text(), dialog.parts.amount(), dialog.labour.amount()) == (
        "Auto2000 Stabat",
        450_000,
        150_000,
    )
    assert dialog.total.text() == "Rp 600.000" and not dialog.changed
    dialog.reject()


@pytest.mark.usefixtures("live")
def test_the_renewal_asks_the_new_number_note_and_what_was_paid(qtbot, fleet_db: Database) -> None:
    page = _open_vehicle(qtbot, fleet_db)
    card = page.card
    assert card is not None
    tax = next(d for d in card.documents if d.kind == "pajak_tahunan")
    renew = DocumentDialog(page.context, card, tax, page)
    qtbot.addWidget(renew)
    show_active(qtbot, renew)
    assert tax.number == "PKB-7" and renew.number.text() == ""
    assert "PKB-7" in renew.number.placeholderText()
    assert renew.note.isEnabled() and renew.note.text() == ""
    assert renew.amount_paid.amount() == 0 and not renew.paid_on.isEnabled()
    qtbot.keyClicks(renew.number, "PKB-8")
    qtbot.keyClicks(renew.note, "Samsat Stabat")
    qtbot.keyClicks(renew.amount_paid, "2345600")
    assert renew.paid_on.isEnabled()
    renew.paid_on.setDate(QDate(2026, 11, 27))
    screenshot(renew, "vehicles-renew-paid-id")
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        renew.apply()
    renewed = next(d for d in page.card.documents if d.kind == "pajak_tahunan")  # type: ignore[union-attr]
    assert (renewed.number, renewed.note) == ("PKB-8", "Samsat Stabat")
    [paid] = [e for e in page.timeline_model.rows if e.kind == "payment"]
    assert (paid.on, paid.cost) == (date(2026, 11, 27), 2_345_600)
    assert page.chart.series[2].values[10] == 2_345_600  # November's tax in the chart
    page.card_tabs.setCurrentIndex(0)
    screenshot(page, "vehicles-chart-tax-id")

    page.card_tabs.setCurrentIndex(2)
    row = page.timeline_model.rows.index(paid)
    page.timeline_table.selectRow(row)
    page.findChild(QPushButton, "editRecordButton").click()
    dialog = _modal(qtbot)
    assert isinstance(dialog, PaymentDialog)
    qtbot.addWidget(dialog)
    assert dialog.amount_paid.amount() == 2_345_600
    screenshot(dialog, "vehicles-payment-correct-id")
    dialog.amount_paid.set_amount(2_354_600)
    with qtbot.waitSignal(page.card_loaded, timeout=5_000):
        dialog.apply()
    assert [e.cost for e in page.timeline_model.rows if e.kind == "payment"] == [2_354_600]


def test_a_correction_form_says_when_another_pc_saved_its_record_first(
    qtbot, fleet_db: Database, clock
) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from inventaris.vehicles.corrections import service_record, update_service_record

    updates = LiveUpdates(fleet_db)
    updates.start()
    other_pc = Database(str(fleet_db.url), clock=clock)
    try:
        assert updates.watcher is not None and updates.watcher.ready.wait(5)
        page = _open_vehicle(qtbot, fleet_db)
        entry = next(e for e in page.timeline_model.rows if e.kind == "service")
        record = service_record(fleet_db, page.context.actor, entry.record_id)
        dialog = ServiceDialog(page.context, page.card, page, editing=record)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.resize(520, 620)
        show_active(qtbot, dialog)
        qtbot.keyClicks(dialog.workshop, " (cabang)")  # the user is typing
        assert dialog.notice.isHidden()

        changed = replace(record.data, workshop="Bengkel Pemda")
        actor = authenticate(other_pc, "koordinator", "demo1234")
        update_service_record(
            other_pc, actor, record.id, changed, expected_version=record.row_version
        )
        qtbot.waitUntil(dialog.notice.isVisible, timeout=5_000)
        assert "PC lain" in dialog.notice.text()
        assert dialog.workshop.text() == "Auto2000 Stabat (cabang)"  # the typing is kept
        screenshot(dialog, "vehicles-service-changed-elsewhere-id")
        dialog.changed = False
        dialog.reject()
    finally:
        updates.stop()
        other_pc.dispose()
