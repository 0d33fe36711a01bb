"""The vehicle log's forms: service, fuel (new or corrected), odometer replaced, service plan,
document (new, renewed with what was paid, or corrected), a payment corrected, details."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.core.formatting import format_date, format_rupiah
from inventaris.core.timeutil import add_months
from inventaris.vehicles.corrections import (
    FuelRecordView,
    PaymentView,
    ServiceRecordView,
    fuel_record,
    service_record,
    update_fuel_record,
    update_payment,
    update_service_record,
)
from inventaris.vehicles.corrections import payment as get_payment
from inventaris.vehicles.fleet import (
    SERVICE_KIND_LABELS,
    WHEELS,
    DocumentView,
    VehicleCard,
    VehicleDetailInput,
    correct_document,
    fill_cost,
    renew_document,
    save_vehicle_details,
)
from inventaris.vehicles.records import (
    DOCUMENT_KINDS,
    DOCUMENT_LABELS,
    FUELS,
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    reset_odometer,
    save_document,
    save_plan,
)
from ui.attachments import AttachmentsPanel
from ui.context import AppContext
from ui.files import ask_save_path
from ui.forms import FormDialog
from ui.i18n import engine_text
from ui.widgets import RupiahEdit, date_edit, qdate_to_date

MAX_KM = 9_999_999


def km_box(value: int | None = None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_KM)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" km")
    box.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if value is not None:
        box.setValue(value)
    return box


def kind_box(labels: dict[str, str], kinds: tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    for kind in kinds:
        box.addItem(engine_text(labels[kind]), kind)
    return box


class VehicleFormDialog(FormDialog):
    """A form about one vehicle: its plate and name on top, the data change signal after."""

    def __init__(
        self,
        context: AppContext,
        card: VehicleCard,
        title: str,
        accept_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, accept_text, parent)
        self.context = context
        self.card = card
        heading = QLabel(
            f"<b>{escape(card.plate or card.code_register)}</b> · "
            + escape(card.brand_type or card.name)
        )
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(heading)

    def save(self, change: Callable[[], object]) -> None:
        self.run(change)


class ServiceDialog(VehicleFormDialog):
    """A new service, or the correction of one (``editing``: the record as read)."""

    def __init__(
        self,
        context: AppContext,
        card: VehicleCard,
        parent: QWidget | None = None,
        editing: ServiceRecordView | None = None,
    ) -> None:
        title = self.tr("Correct a service") if editing else self.tr("Record a service")
        super().__init__(context, card, title, self.tr("Save"), parent)
        self.editing = editing
        self.serviced_on = date_edit(today_in(context.db))
        self.odometer = km_box(card.odometer.km if card.odometer else 0)
        self.kind = kind_box(SERVICE_KIND_LABELS, tuple(SERVICE_KIND_LABELS))
        self.workshop = QLineEdit()
        self.workshop.setPlaceholderText(self.tr("e.g. Auto2000 Medan"))
        self.receipt = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.parts = RupiahEdit()
        self.labour = RupiahEdit()
        if editing is not None:  # filled before the fields are watched: not a change yet
            db, actor, record_id = context.db, context.actor, editing.id
            self.watch_record(
                "vehicles", editing.row_version,
                lambda: service_record(db, actor, record_id).row_version,
            )  # fmt: skip
            data = editing.data
            self.serviced_on.setDate(_qdate(data.serviced_on))
            self.odometer.setValue(data.odometer_km)
            self.kind.setCurrentIndex(max(self.kind.findData(data.kind), 0))
            self.workshop.setText(data.workshop)
            self.receipt.setText(data.receipt_number)
            self.description.setPlainText(data.description)
            self.parts.set_amount(data.parts_cost)
            self.labour.set_amount(data.labour_cost)
        self.total = QLabel(format_rupiah(self.parts.amount() + self.labour.amount()))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        for edit in (self.parts, self.labour):
            edit.textChanged.connect(self._update_total)
        self.add_field(self.tr("Date *"), "serviced_on", self.serviced_on)
        self.add_field(self.tr("Odometer *"), "odometer_km", self.odometer)
        self.add_field(self.tr("Kind *"), "kind", self.kind)
        self.add_field(self.tr("Workshop"), "workshop", self.workshop)
        self.add_field(self.tr("Receipt number"), "receipt_number", self.receipt)
        self.add_field(self.tr("Work done"), "description", self.description)
        self.add_field(self.tr("Parts"), "parts_cost", self.parts)
        self.add_field(self.tr("Labour"), "labour_cost", self.labour)
        self.form.addRow(self.tr("Total"), self.total)

    def _update_total(self) -> None:
        self.total.setText(format_rupiah(self.parts.amount() + self.labour.amount()))

    def apply(self) -> None:
        data = ServiceInput(
            asset_id=self.card.asset_id,
            serviced_on=qdate_to_date(self.serviced_on.date()),
            odometer_km=self.odometer.value(),
            kind=self.kind.currentData(),
            parts_cost=self.parts.amount(),
            labour_cost=self.labour.amount(),
            workshop=self.workshop.text(),
            receipt_number=self.receipt.text(),
            description=self.description.toPlainText(),
        )
        db, actor = self.context.db, self.context.actor
        if self.editing is not None:
            record_id, version = self.editing.id, self.editing.row_version
            self.save(
                lambda: update_service_record(db, actor, record_id, data, expected_version=version)
            )
            return
        self.save(lambda: add_service(db, actor, data))


class FuelDialog(VehicleFormDialog):
    """A new fill, or the correction of one (``editing``: the record as read)."""

    def __init__(
        self,
        context: AppContext,
        card: VehicleCard,
        last_price: int | None = None,
        parent: QWidget | None = None,
        editing: FuelRecordView | None = None,
    ) -> None:
        title = self.tr("Correct a fuel record") if editing else self.tr("Record fuel")
        super().__init__(context, card, title, self.tr("Save"), parent)
        self.editing = editing
        self.filled_on = date_edit(today_in(context.db))
        self.fuel = QComboBox()
        self.fuel.addItems(FUELS)
        if card.details.fuel_type in FUELS:
            self.fuel.setCurrentText(card.details.fuel_type)
        self.litres = QDoubleSpinBox()
        self.litres.setRange(0, 9999)
        self.litres.setDecimals(2)
        self.litres.setSuffix(" l")
        self.price = RupiahEdit()
        if last_price:
            self.price.set_amount(last_price)
        self.odometer = km_box(card.odometer.km if card.odometer else 0)
        self.driver = QLineEdit(card.details.driver_name)
        self.coupon = QLineEdit()
        if editing is not None:  # filled before the fields are watched: not a change yet
            db, actor, record_id = context.db, context.actor, editing.id
            self.watch_record(
                "vehicles", editing.row_version,
                lambda: fuel_record(db, actor, record_id).row_version,
            )  # fmt: skip
            data = editing.data
            self.filled_on.setDate(_qdate(data.filled_on))
            if self.fuel.findText(data.fuel) < 0:
                self.fuel.addItem(data.fuel)  # a fuel no longer offered stays as recorded
            self.fuel.setCurrentText(data.fuel)
            self.litres.setValue(float(data.litres))
            self.price.set_amount(data.price_per_litre)
            self.odometer.setValue(data.odometer_km)
            self.driver.setText(data.driver_name)
            self.coupon.setText(data.coupon_number)
        self.total = QLabel(format_rupiah(0))
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.litres.valueChanged.connect(self._update_total)
        self.price.textChanged.connect(self._update_total)
        self.add_field(self.tr("Date *"), "filled_on", self.filled_on)
        self.add_field(self.tr("Fuel *"), "fuel", self.fuel)
        self.add_field(self.tr("Litres *"), "litres", self.litres)
        self.add_field(self.tr("Price per litre *"), "price_per_litre", self.price)
        self.add_field(self.tr("Odometer *"), "odometer_km", self.odometer)
        self.add_field(self.tr("Driver"), "driver_name", self.driver)
        self.add_field(self.tr("Coupon number"), "coupon_number", self.coupon)
        self.form.addRow(self.tr("Total"), self.total)
        self._update_total()

    def litres_value(self) -> Decimal:
        # The spin box holds two decimals; its text is the exact amount the person typed.
        return Decimal(f"{self.litres.value():.2f}")

    def _update_total(self) -> None:
        self.total.setText(format_rupiah(fill_cost(self.litres_value(), self.price.amount())))

    def apply(self) -> None:
        data = FuelInput(
            asset_id=self.card.asset_id,
            filled_on=qdate_to_date(self.filled_on.date()),
            fuel=self.fuel.currentText(),
            litres=self.litres_value(),
            price_per_litre=self.price.amount(),
            odometer_km=self.odometer.value(),
            driver_name=self.driver.text(),
            coupon_number=self.coupon.text(),
        )
        db, actor = self.context.db, self.context.actor
        if self.editing is not None:
            record_id, version = self.editing.id, self.editing.row_version
            self.save(
                lambda: update_fuel_record(db, actor, record_id, data, expected_version=version)
            )
            return
        self.save(lambda: add_fuel(db, actor, data))


class OdometerDialog(VehicleFormDialog):
    def __init__(
        self, context: AppContext, card: VehicleCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, card, self.tr("Odometer replaced"), self.tr("Save"), parent)
        explanation = QLabel(
            self.tr(
                "Use this only when the odometer was replaced or reset: later readings are "
                "compared with the new reading instead of the old one."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.reset_on = date_edit(today_in(context.db))
        self.reading = km_box(0)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. speedometer cable and meter replaced"))
        self.add_field(self.tr("Date *"), "reset_on", self.reset_on)
        self.add_field(self.tr("New reading *"), "odometer_km", self.reading)
        self.add_field(self.tr("Note"), "note", self.note)

    def apply(self) -> None:
        db, actor, asset_id = self.context.db, self.context.actor, self.card.asset_id
        # Read on the GUI thread: the save runs on the worker.
        on, km, note = qdate_to_date(self.reset_on.date()), self.reading.value(), self.note.text()
        self.save(lambda: reset_odometer(db, actor, asset_id, on, km, note))


class PlanDialog(VehicleFormDialog):
    def __init__(
        self, context: AppContext, card: VehicleCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, card, self.tr("Service plan"), self.tr("Save"), parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Oil change"))
        self.kind = kind_box(SERVICE_KIND_LABELS, tuple(SERVICE_KIND_LABELS))
        self.kind.setToolTip(self.tr("The service kind that restarts this plan when recorded"))
        self.every_km = km_box(0)
        self.every_km.setSpecialValueText(self.tr("—"))
        self.every_months = QSpinBox()
        self.every_months.setRange(0, 120)
        self.every_months.setSuffix(self.tr(" months"))
        self.every_months.setSpecialValueText(self.tr("—"))
        hint = QLabel(
            self.tr("Due at whichever comes first; leave one at — to use only the other.")
        )
        hint.setWordWrap(True)
        self.add_field(self.tr("Name *"), "name", self.name)
        self.add_field(self.tr("Service kind *"), "kind", self.kind)
        self.add_field(self.tr("Every"), "every_km", self.every_km)
        self.add_field(self.tr("or every"), "every_months", self.every_months)
        self.form.addRow(hint)

    def apply(self) -> None:
        db, actor, asset_id = self.context.db, self.context.actor, self.card.asset_id
        name, kind = self.name.text() or self.kind.currentText(), self.kind.currentData()
        every_km, every_months = self.every_km.value() or None, self.every_months.value() or None
        self.save(lambda: save_plan(db, actor, asset_id, name, kind, every_km, every_months))


class DocumentDialog(VehicleFormDialog):
    """A new dated document, or the renewal of one (same kind, later date), each with what was
    paid for it; or the correction of one's date, number and note."""

    def __init__(
        self,
        context: AppContext,
        card: VehicleCard,
        renewing: DocumentView | None = None,
        parent: QWidget | None = None,
        correcting: DocumentView | None = None,
    ) -> None:
        title = self.tr("Renew a document") if renewing else self.tr("Add a document")
        if correcting is not None:
            title = self.tr("Correct a document")
        super().__init__(context, card, title, self.tr("Save"), parent)
        self.renewing, self.correcting = renewing, correcting
        self.kind = kind_box(DOCUMENT_LABELS, DOCUMENT_KINDS)
        self.number = QLineEdit()
        today = today_in(context.db)
        self.expires_on = date_edit(add_months(today, 12))
        self.note = QLineEdit()
        self.amount_paid = RupiahEdit()
        self.amount_paid.setPlaceholderText("0")
        self.amount_paid.setToolTip(
            self.tr("What was paid for it (the tax at a renewal): counted in the vehicle's costs")
        )
        self.paid_on = date_edit(today)
        if renewing is not None:
            # A new document: its number and note are the new ones, typed here.
            self.kind.setCurrentIndex(self.kind.findData(renewing.kind))
            self.kind.setEnabled(False)
            self.number.setPlaceholderText(
                self.tr("Previous: {number}").format(number=renewing.number)
                if renewing.number
                else ""
            )
            years = 5 if renewing.kind == "stnk_5_tahun" else 1
            self.expires_on.setDate(_qdate(add_months(renewing.expires_on, 12 * years)))
            self.form.addRow(
                QLabel(
                    self.tr("Valid until now: {date}").format(date=format_date(renewing.expires_on))
                )
            )
        if correcting is not None:
            # A typing mistake fixed in place: the same document, its own date and number.
            self.kind.setCurrentIndex(self.kind.findData(correcting.kind))
            self.kind.setEnabled(False)
            self.number.setText(correcting.number)
            self.expires_on.setDate(_qdate(correcting.expires_on))
            self.note.setText(correcting.note)
        self.add_field(self.tr("Document *"), "kind", self.kind)
        self.add_field(self.tr("Number"), "number", self.number)
        self.add_field(self.tr("Valid until *"), "expires_on", self.expires_on)
        self.add_field(self.tr("Note"), "note", self.note)
        if correcting is None:  # a payment is corrected from the History tab
            self.add_field(self.tr("Amount paid"), "amount_paid", self.amount_paid)
            self.add_field(self.tr("Paid on"), "paid_on", self.paid_on)
            self.amount_paid.textChanged.connect(self._payment_given)
            self._payment_given()
        else:  # the scanned STNK or BPKB of this document; saved at once, not with the form
            self.attachments = AttachmentsPanel(context, "vehicle_document", correcting.id)
            self.form.addRow(self.tr("Attachments"), self.attachments)

    def _payment_given(self) -> None:
        self.paid_on.setEnabled(self.amount_paid.amount() > 0)

    def _payment(self) -> tuple[int, date | None]:
        amount = self.amount_paid.amount()
        return amount, qdate_to_date(self.paid_on.date()) if amount else None

    def apply(self) -> None:
        expires_on = qdate_to_date(self.expires_on.date())
        if self.correcting is not None:
            document_id = self.correcting.id
            number, note = self.number.text(), self.note.text()
            self.save(
                lambda: correct_document(
                    self.context.db, self.context.actor, document_id, expires_on, number, note
                )
            )
            return
        amount, paid_on = self._payment()
        number, note = self.number.text(), self.note.text()
        db, actor = self.context.db, self.context.actor
        if self.renewing is not None:
            document_id = self.renewing.id
            self.save(
                lambda: renew_document(
                    db,
                    actor,
                    document_id,
                    expires_on,
                    number,
                    note=note,
                    amount_paid=amount,
                    paid_on=paid_on,
                )
            )
            return
        asset_id, kind = self.card.asset_id, self.kind.currentData()
        self.save(
            lambda: save_document(
                db, actor, asset_id, kind, expires_on, number, note, amount, paid_on
            )
        )


class PaymentDialog(VehicleFormDialog):
    """Correct what was paid for a document, and when (a payment chosen in the History tab)."""

    def __init__(
        self,
        context: AppContext,
        card: VehicleCard,
        payment: PaymentView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, card, self.tr("Correct a payment"), self.tr("Save"), parent)
        self.payment = payment
        db, actor, payment_id = context.db, context.actor, payment.id
        self.watch_record(
            "vehicles", payment.row_version, lambda: get_payment(db, actor, payment_id).row_version
        )
        document = engine_text(DOCUMENT_LABELS[payment.document_kind])
        if payment.document_number:
            document += f" {payment.document_number}"
        about = QLabel(
            self.tr("{document}, valid until {date}").format(
                document=document, date=format_date(payment.expires_on)
            )
        )
        about.setWordWrap(True)
        self.form.addRow(self.tr("Document"), about)
        self.paid_on = date_edit(payment.paid_on)
        self.amount_paid = RupiahEdit()
        self.amount_paid.set_amount(payment.amount)
        self.add_field(self.tr("Amount paid *"), "amount_paid", self.amount_paid)
        self.add_field(self.tr("Paid on *"), "paid_on", self.paid_on)

    def apply(self) -> None:
        db, actor = self.context.db, self.context.actor
        payment_id, version = self.payment.id, self.payment.row_version
        paid_on, amount = qdate_to_date(self.paid_on.date()), self.amount_paid.amount()
        self.save(
            lambda: update_payment(db, actor, payment_id, paid_on, amount, expected_version=version)
        )


class DetailsDialog(VehicleFormDialog):
    def __init__(
        self, context: AppContext, card: VehicleCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, card, self.tr("Vehicle details"), self.tr("Save"), parent)
        details = card.details
        self.previous_plate = QLineEdit(details.previous_plate)
        self.previous_plate.setPlaceholderText("BK 1234 AB")
        self.colour = QLineEdit(details.colour)
        self.fuel_type = QComboBox()
        self.fuel_type.addItem(self.tr("— not set —"), "")
        for fuel in FUELS:
            self.fuel_type.addItem(fuel, fuel)
        self.fuel_type.setCurrentIndex(max(self.fuel_type.findData(details.fuel_type), 0))
        self.wheels = QComboBox()
        self.wheels.addItems(WHEELS)
        self.wheels.setCurrentText(details.wheels or "R4")
        self.driver = QLineEdit(details.driver_name)
        self.pooled = QCheckBox(self.tr("Pool vehicle (not assigned to one official)"))
        self.pooled.setChecked(details.pooled)
        self.add_field(self.tr("Previous plate"), "plate_number", self.previous_plate)
        self.add_field(self.tr("Colour"), "colour", self.colour)
        self.add_field(self.tr("Fuel"), "fuel_type", self.fuel_type)
        self.add_field(self.tr("Wheels"), "wheels", self.wheels)
        self.add_field(self.tr("Assigned driver"), "driver_name", self.driver)
        self.add_field("", "pooled", self.pooled)
        where = QLabel(
            self.tr(
                "Plate, chassis, engine and BPKB numbers, CC and holder are on the asset form "
                "(Assets, F2)."
            )
        )
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark);")
        self.form.addRow(where)

    def apply(self) -> None:
        data = VehicleDetailInput(
            previous_plate=self.previous_plate.text(),
            colour=self.colour.text(),
            fuel_type=self.fuel_type.currentData(),
            wheels=self.wheels.currentText(),
            driver_name=self.driver.text(),
            pooled=self.pooled.isChecked(),
        )
        self.save(
            lambda: save_vehicle_details(
                self.context.db, self.context.actor, self.card.asset_id, data
            )
        )


class CostReportDialog(FormDialog):
    """A year's costs to Excel: the whole fleet, or the chosen vehicle."""

    def __init__(
        self, context: AppContext, card: VehicleCard | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Vehicle cost report"), self.tr("Save…"), parent)
        self.context = context
        self.card = card
        today = today_in(context.db)
        self.year = QSpinBox()
        self.year.setRange(1950, today.year)
        self.year.setValue(today.year)
        self.fleet = QRadioButton(self.tr("All vehicles"))
        self.fleet.setChecked(True)
        self.one = QRadioButton(
            self.tr("Only {vehicle}").format(vehicle=card.plate or card.code_register)
            if card
            else self.tr("Only the chosen vehicle")
        )
        self.one.setEnabled(card is not None)
        self.add_field(self.tr("Year *"), "year", self.year)
        self.add_field(self.tr("Vehicles"), "scope", self.fleet)
        self.form.addRow("", self.one)
        self.saved_path: Path | None = None

    def apply(self, path: str | None = None) -> None:
        from inventaris.vehicles.workbooks import (
            export_fleet_year_xlsx,
            export_vehicle_year_xlsx,
        )

        year = self.year.value()
        single = self.one.isChecked() and self.card is not None
        if path is None:
            name = (
                f"Biaya {self.card.plate} {year}.xlsx"
                if single and self.card
                else f"Biaya kendaraan {year}.xlsx"
            )
            path, _ = ask_save_path(
                self, self.windowTitle(), name, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return
        target = Path(path)
        db, actor = self.context.db, self.context.actor

        def saved(_result: object) -> None:
            self.saved_path = target
            parent = self.parentWidget()
            window = parent.window() if parent is not None else None
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("Cost report saved: {path}").format(path=target), 8000
                )

        if single and self.card is not None:
            asset_id = self.card.asset_id
            self.run(
                lambda: export_vehicle_year_xlsx(db, actor, asset_id, year, target), saved=saved
            )
        else:
            self.run(lambda: export_fleet_year_xlsx(db, actor, year, target), saved=saved)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


__all__ = [
    "CostReportDialog",
    "DetailsDialog",
    "DocumentDialog",
    "FuelDialog",
    "OdometerDialog",
    "PaymentDialog",
    "PlanDialog",
    "ServiceDialog",
]
