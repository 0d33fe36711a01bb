"""The asset form: identity, acquisition, place and holder, vehicle or land/building details,
and the history. Saving writes the changes as dated events, on the worker.

Another PC may save the same asset while the form is open: the hub's changes make the form
check the record's version and say so before the user saves (a form with nothing typed simply
takes the new values). A save refused as stale shows what the other changed; Reload takes their
values and re-applies what this user typed (see ui.conflicts).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import create_assets, get_asset, today_in, update_asset
from inventaris.assets.types import (
    ACQUISITION_METHODS,
    BUILDING_KINDS,
    CONDITION_LABELS,
    INPUT_COLUMNS,
    STATUS_LABELS,
    AssetInput,
    AssetStatus,
    AssetView,
    Condition,
)
from inventaris.catalog import get_code, is_vehicle, kib_of, normalize_code
from inventaris.core.errors import ConflictError, DomainError
from inventaris.core.formatting import (
    format_date,
    format_datetime,
    format_nip,
    format_rupiah,
    format_time,
)
from inventaris.core.permissions import Permission
from inventaris.locations import list_rooms
from ui.assets.history import HistoryTable
from ui.attachments import AttachmentsPanel
from ui.busy import BusyIndicator, ErrorBanner, run_busy
from ui.conflicts import (
    ChangeNotice,
    ChoiceDialog,
    FieldChange,
    Stale,
    change_lines,
    field_changes,
    merge,
    touches,
)
from ui.context import AppContext
from ui.dates import DateField, refuse_bad_dates
from ui.errors import is_retryable
from ui.hub import hub
from ui.i18n import engine_text
from ui.icons import icon
from ui.screen import ScrollingBody
from ui.widgets import (
    ErrorLabel,
    OptionalDateEdit,
    RupiahEdit,
    date_edit,
    dialog_buttons,
    qdate_to_date,
    show_form_error,
    tell_main_window,
)
from ui.worker import run_in_background

if TYPE_CHECKING:
    from inventaris.assets.events import EventView

log = logging.getLogger(__name__)


def _decimal(text: str) -> Decimal | None:
    cleaned = text.strip().replace(".", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return Decimal(-1)  # refused by the engine's validation with the field named


def _area_text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}".rstrip("0").rstrip(".").replace(".", ",")


DECIMAL_FIELDS = ("land_area_m2", "floor_area_m2", "length_km", "width_m")
MONEY_FIELDS = ("price", "contract_value")
# The year last: setting the date of acquisition sets the year as well.
FILL_ORDER = (*(name for name in INPUT_COLUMNS if name != "acquisition_year"), "acquisition_year")


def _last_saved_by(asset: AssetView, events: list[EventView]) -> str:
    """The full name of who saved ``asset`` last, from its history (else the user name)."""
    for event in sorted(events, key=lambda event: event.recorded_at, reverse=True):
        if event.recorded_by == asset.updated_by:
            return event.recorded_by_name
    return asset.updated_by


class AssetDialog(QDialog):
    def __init__(
        self, context: AppContext, asset_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.asset: AssetView | None = None
        self.saved: list[AssetView] = []
        self.editable = context.can(Permission.EDIT_ASSETS)
        self.setWindowTitle(self.tr("New asset") if asset_id is None else self.tr("Asset"))
        self.resize(760, 600)
        self.events: list[EventView] = []
        # Set while this form's own write (a save, finishing the works) may be under way: a
        # change announced meanwhile may be ours, so it is checked once that is over.
        self._own_write = False
        self._recheck = False
        self._closed = False
        self._build()
        if asset_id is not None:
            self.load(get_asset(context.db, context.actor, asset_id))
        else:
            self.heading.setText(self.tr("New asset"))
            self._code_changed()
        self._baseline = self.edited()
        hub().changed.connect(self._changed_elsewhere)

    # --- the form --------------------------------------------------------------------------

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        return edit

    def _build(self) -> None:
        today = today_in(self.context.db)
        self.heading = QLabel()
        heading_font = self.heading.font()
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.2)
        self.heading.setFont(heading_font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Identity
        self.code = self._line("code")
        self.code.setPlaceholderText("1.3.2.10.01.02.002")
        self.code.editingFinished.connect(self._code_changed)
        self.pick_code = QPushButton(icon("pick"), self.tr("Choose…"))
        self.pick_code.clicked.connect(self._pick_code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.pick_code)
        self._code_row = code_row
        self.code_name = QLabel()
        self.code_name.setWordWrap(True)
        self.name = self._line("name")
        self.specification = self._line("specification")
        self.brand_type = self._line("brand_type")
        self.size_cc = self._line("size")  # not self.size: that is QWidget.size()
        self.material = self._line("material")
        self.serial_number = self._line("serial_number")
        self.nibar = self._line("nibar")
        self.quantity_unit = self._line("quantity_unit")
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1000)
        self.quantity.setToolTip(self.tr("Add this many identical items, each its own register"))
        identity = QFormLayout()
        identity.addRow(self.tr("Kode barang *"), code_row)
        identity.addRow("", self.code_name)
        identity.addRow(self.tr("Name *"), self.name)
        identity.addRow(self.tr("Specification"), self.specification)
        identity.addRow(self.tr("Merk/type"), self.brand_type)
        identity.addRow(self.tr("Size/CC"), self.size_cc)
        identity.addRow(self.tr("Material"), self.material)
        identity.addRow(self.tr("Serial/factory no."), self.serial_number)
        identity.addRow(self.tr("NIBAR"), self.nibar)
        identity.addRow(self.tr("Unit of count"), self.quantity_unit)
        self.quantity_label = QLabel(self.tr("Identical items"))
        identity.addRow(self.quantity_label, self.quantity)

        # Acquisition
        self.acquisition_date = OptionalDateEdit()
        self.acquisition_date.setObjectName("acquisition_date")
        self.acquisition_date.dateChanged.connect(self._date_sets_year)
        self.acquisition_year = QSpinBox()
        self.acquisition_year.setRange(1900, today.year + 1)
        self.acquisition_year.setValue(today.year)
        self.acquisition_method = QComboBox()
        self.acquisition_method.addItems(ACQUISITION_METHODS)
        self.funding_source = self._line("funding_source")
        self.funding_source.setPlaceholderText(self.tr("e.g. APBD 2026"))
        self.price = RupiahEdit()
        self.condition = QComboBox()
        for condition in Condition:
            self.condition.addItem(engine_text(CONDITION_LABELS[condition]), condition.value)
        acquisition = QFormLayout()
        acquisition.addRow(self.tr("Date of acquisition"), self.acquisition_date)
        acquisition.addRow(self.tr("Year of acquisition *"), self.acquisition_year)
        acquisition.addRow(self.tr("Cara perolehan *"), self.acquisition_method)
        acquisition.addRow(self.tr("Funding source"), self.funding_source)
        acquisition.addRow(self.tr("Price (Rp) *"), self.price)
        acquisition.addRow(self.tr("Condition *"), self.condition)

        # Place and holder
        self.room = QComboBox()
        self.room.addItem(self.tr("— no room —"), None)
        for room in list_rooms(self.context.db, self.context.actor, with_counts=False):
            self.room.addItem(f"{room.code} – {room.name}", room.id)
        self.holder_name = self._line("holder_name")
        self.holder_nip = self._line("holder_nip")
        self.holder_nip.setPlaceholderText(self.tr("18 digits"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        place = QFormLayout()
        place.addRow(self.tr("Room"), self.room)
        place.addRow(self.tr("Holder"), self.holder_name)
        place.addRow(self.tr("NIP of the holder"), self.holder_nip)
        place.addRow(self.tr("Notes"), self.notes)

        # Vehicle
        self.plate_number = self._line("plate_number")
        self.plate_number.setPlaceholderText("BK 1234 AB")
        self.chassis_number = self._line("chassis_number")
        self.engine_number = self._line("engine_number")
        self.bpkb_number = self._line("bpkb_number")
        vehicle = QFormLayout()
        vehicle.addRow(self.tr("Nomor polisi"), self.plate_number)
        vehicle.addRow(self.tr("Nomor rangka"), self.chassis_number)
        vehicle.addRow(self.tr("Nomor mesin"), self.engine_number)
        vehicle.addRow(self.tr("Nomor BPKB"), self.bpkb_number)

        # Land and buildings
        self.address = self._line("address")
        self.land_area = self._line("land_area_m2")
        self.floor_area = self._line("floor_area_m2")
        self.land_title_status = self._line("land_title_status")
        self.land_title_status.setPlaceholderText(self.tr("e.g. Hak Pakai, Sertifikat"))
        self.land_use = self._line("land_use")
        self.document_date = OptionalDateEdit()
        self.document_number = self._line("document_number")
        self.multi_storey = QCheckBox(self.tr("Multi-storey"))
        self.concrete = QCheckBox(self.tr("Concrete"))
        self.land_code = self._line("land_code")
        property_form = QFormLayout()
        property_form.addRow(self.tr("Address / location *"), self.address)
        property_form.addRow(self.tr("Land area (m²)"), self.land_area)
        property_form.addRow(self.tr("Floor area (m²)"), self.floor_area)
        property_form.addRow(self.tr("Title (status hak)"), self.land_title_status)
        property_form.addRow(self.tr("Use of the land"), self.land_use)
        property_form.addRow(self.tr("Certificate/document date"), self.document_date)
        property_form.addRow(self.tr("Certificate/document no."), self.document_number)
        property_form.addRow("", self.multi_storey)
        property_form.addRow("", self.concrete)
        property_form.addRow(self.tr("Code of the land"), self.land_code)
        # KIB D: a road, a canal, a network
        self.construction = self._line("construction")
        self.construction.setPlaceholderText(self.tr("e.g. Aspal, Beton, Pipa PVC"))
        self.length_km = self._line("length_km")
        self.width_m = self._line("width_m")
        property_form.addRow(self.tr("Construction"), self.construction)
        property_form.addRow(self.tr("Length (km)"), self.length_km)
        property_form.addRow(self.tr("Width (m)"), self.width_m)
        # KIB F: the works under contract
        self.building_kind = QComboBox()
        self.building_kind.setObjectName("building_kind")
        self.building_kind.addItem("—", "")
        for letter, words in BUILDING_KINDS.items():
            self.building_kind.addItem(f"{letter} – {engine_text(words)}", letter)
        self.construction_start = OptionalDateEdit()
        self.construction_start.setObjectName("construction_start")
        self.contract_number = self._line("contract_number")
        self.contract_value = RupiahEdit()
        self.contract_value.setObjectName("contract_value")
        self.progress_percent = QSpinBox()
        self.progress_percent.setObjectName("progress_percent")
        self.progress_percent.setRange(-1, 100)
        self.progress_percent.setSpecialValueText("—")  # -1: not known
        self.progress_percent.setSuffix(" %")
        property_form.addRow(self.tr("Kind of building"), self.building_kind)
        property_form.addRow(self.tr("Construction started"), self.construction_start)
        property_form.addRow(self.tr("Contract no."), self.contract_number)
        property_form.addRow(self.tr("Contract value (Rp)"), self.contract_value)
        property_form.addRow(self.tr("Progress"), self.progress_percent)
        self.property_form = property_form
        # Which rows each card shows (the others belong to another card).
        land_and_building: set[QWidget] = {
            self.address, self.land_area, self.floor_area, self.land_title_status,
            self.land_use, self.document_date, self.document_number, self.multi_storey,
            self.concrete, self.land_code,
        }  # fmt: skip
        self._property_rows: dict[str, set[QWidget]] = {
            "A": land_and_building,
            "C": land_and_building,
            "D": {self.address, self.construction, self.length_km, self.width_m,
                  self.land_area, self.land_title_status, self.document_date,
                  self.document_number, self.land_code},
            "F": {self.address, self.building_kind, self.multi_storey, self.concrete,
                  self.floor_area, self.document_date, self.document_number,
                  self.construction_start, self.land_title_status, self.land_code,
                  self.contract_number, self.contract_value, self.progress_percent},
        }  # fmt: skip

        # KIB E: books, works of art, animals and plants
        self.book_title = self._line("book_title")
        self.art_origin = self._line("art_origin")
        self.art_creator = self._line("art_creator")
        self.species = self._line("species")
        other_form = QFormLayout()
        other_form.addRow(self.tr("Book: title/author"), self.book_title)
        other_form.addRow(self.tr("Art: region of origin"), self.art_origin)
        other_form.addRow(self.tr("Art: creator"), self.art_creator)
        other_form.addRow(self.tr("Animal/plant: kind"), self.species)

        self.tabs = QTabWidget()
        for fields_form, title in (
            (identity, self.tr("Identity")),
            (acquisition, self.tr("Acquisition")),
            (place, self.tr("Room and holder")),
            (vehicle, self.tr("Vehicle")),
            (property_form, self.tr("Land / building")),
            (other_form, self.tr("Books, art, plants")),
        ):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addLayout(fields_form)
            page_layout.addStretch(1)  # fields at the top, not spread over the tab
            self.tabs.addTab(ScrollingBody(page), title)  # a short screen scrolls the tab
        self.vehicle_tab, self.property_tab, self.other_tab = 3, 4, 5
        self.history = HistoryTable()
        self.history.holder_activated.connect(self._show_held_items)
        self.history_tab = self.tabs.addTab(self.history, icon("history"), self.tr("History"))
        self.attachments_panel = AttachmentsPanel(self.context, "asset")
        self.attachments_tab = self.tabs.addTab(
            self.attachments_panel, icon("attach"), self.tr("Attachments")
        )

        self.change_date = date_edit(today)
        self.change_note = self._line("change_note")
        self.change_note.setPlaceholderText(self.tr("why, e.g. stock opname 2026"))
        change_row = QHBoxLayout()
        self.change_label = QLabel(self.tr("Date of the change"))
        change_row.addWidget(self.change_label)
        change_row.addWidget(self.change_date)
        change_row.addWidget(self.change_note, 1)
        self.stamp = QLabel()
        self.stamp.setStyleSheet("color: palette(dark);")
        self.notice = ChangeNotice()
        self.error = ErrorLabel()
        self.banner = ErrorBanner()  # a lost connection or a busy database: Try again
        self.busy_line = QLabel()
        self.reload_button = QPushButton(icon("reload"), self.tr("Reload"))
        self.reload_button.setObjectName("reloadButton")
        self.reload_button.clicked.connect(lambda: self.reload())
        self.buttons = dialog_buttons(self, self.tr("Save"), self.save)
        self.buttons.addButton(self.reload_button, self.buttons.ButtonRole.ResetRole)
        self.reload_button.hide()  # offered only when a save was refused as stale
        self.finish_button = QPushButton(icon("pick"), self.tr("Construction finished…"))
        self.finish_button.setToolTip(
            self.tr("The works are handed over: they become a building (KIB C) of the same value")
        )
        self.finish_button.clicked.connect(self.finish_construction)
        self.buttons.addButton(self.finish_button, self.buttons.ButtonRole.ActionRole)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self.save)

        self.busy = BusyIndicator(
            self,
            self.busy_line,
            [
                self.buttons.button(self.buttons.StandardButton.Ok),
                self.buttons.button(self.buttons.StandardButton.Cancel),
                self.reload_button,
                self.finish_button,
            ],
            self.tr("Saving…"),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(change_row)
        layout.addWidget(self.stamp)
        layout.addWidget(self.busy_line)
        layout.addWidget(self.error)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
        self._forms = (identity, acquisition, place, vehicle, property_form, other_form)
        self.fields: dict[str, QWidget] = {
            name: widget
            for name, widget in vars(self).items()
            if isinstance(widget, QWidget) and name in AssetInput.__dataclass_fields__
        }
        self.fields.update(
            size=self.size_cc,
            land_area_m2=self.land_area,
            floor_area_m2=self.floor_area,
            quantity=self.quantity,
            construction_start=self.construction_start,
            room_id=self.room,
            occurred_on=self.change_date,
        )
        self._set_mode()

    def _show_held_items(self, nip: str) -> None:
        """What the employee of a holder change holds now ("Barang yang dipegang")."""
        from ui.handovers.dialogs import HeldItemsDialog

        HeldItemsDialog(self.context, nip, self).open()

    def _set_mode(self) -> None:
        new = self.asset is None
        self.quantity.setVisible(new)
        self.quantity_label.setVisible(new)
        self.tabs.setTabVisible(self.history_tab, not new)
        self.tabs.setTabVisible(self.attachments_tab, not new)
        for part in (self.change_label, self.change_date, self.change_note):
            part.setVisible(not new and self.editable)
        disposed = self.asset is not None and self.asset.status == AssetStatus.DISPOSED
        read_only = not self.editable or disposed
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(read_only)
        for control in (
            *self.findChildren(QComboBox),
            *self.findChildren(QSpinBox),
            *self.findChildren(QCheckBox),
            self.pick_code,
            self.acquisition_date,
            self.document_date,
            self.price,
            self.construction_start,
            self.contract_value,
        ):
            control.setEnabled(not read_only)
        self.notes.setReadOnly(read_only)
        self.buttons.button(self.buttons.StandardButton.Ok).setVisible(not read_only)
        self.finish_button.setVisible(
            self.asset is not None and not read_only and self.asset.kib == "F"
        )
        # A card that can only be read is closed, not cancelled: nothing is being undone.
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(
            self.tr("Close") if read_only else self.tr("Cancel")
        )

    # --- values in and out -----------------------------------------------------------------

    def load(self, asset: AssetView) -> None:
        self.asset = asset
        self.setWindowTitle(self.tr("Asset {code}").format(code=asset.code_register))
        status = engine_text(STATUS_LABELS[AssetStatus(asset.status)])
        self.heading.setText(f"{asset.code_register} · {asset.name} · {status}")
        if asset.room_id is not None and self.room.findData(asset.room_id) < 0:
            # A room added on another PC after this form was opened.
            self.room.addItem(asset.room_name, asset.room_id)
        for name in FILL_ORDER:
            self._put(name, getattr(asset, name))
        self.stamp.setText(
            self.tr("Last changed by {who} on {when} WIB").format(
                who=asset.updated_by,
                when=format_datetime(asset.updated_at) if asset.updated_at else "-",
            )
        )
        from inventaris.assets.events import asset_history

        self.events = asset_history(self.context.db, self.context.actor, asset.id)
        self.history.show_events(self.events)
        self.attachments_panel.show_owner(asset.id)
        self._code_changed()
        self._set_mode()

    def _put(self, name: str, value: Any) -> None:
        """Show one field's value (as ``load`` gets it from the engine) in its widget."""
        widget = self.fields[name]
        if name in DECIMAL_FIELDS:
            self.fields[name].setText(_area_text(value))  # type: ignore[attr-defined]
        elif name == "holder_nip":
            self.holder_nip.setText(format_nip(value))
        elif name == "progress_percent":
            self.progress_percent.setValue(-1 if value is None else value)
        elif name == "acquisition_method":
            self.acquisition_method.setCurrentText(value)
        elif isinstance(widget, DateField):
            widget.set_value(value)
        elif isinstance(widget, RupiahEdit):
            widget.set_amount(value or 0)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QSpinBox):
            widget.setValue(value)
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))

    def label_of(self, name: str) -> str:
        """The field's label on the form, as the user reads it."""
        widget = self.fields[name]
        if isinstance(widget, QCheckBox):
            return widget.text()
        for form in self._forms:
            label = (
                form.labelForField(self._code_row)
                if widget is self.code
                else form.labelForField(widget)
            )
            if isinstance(label, QLabel) and label.text():
                return label.text().removesuffix(" *")
        return name

    def shown(self, name: str, value: Any) -> str:
        """A field's value in words (the form's or the engine's form of it)."""
        if value is None or value == "":
            return "—"
        if name == "room_id":
            index = self.room.findData(value)
            return self.room.itemText(index) if index >= 0 else str(value)
        if name == "condition":
            return engine_text(CONDITION_LABELS[Condition(value)])
        if name == "building_kind":
            return self.building_kind.itemText(max(self.building_kind.findData(value), 0))
        if name == "holder_nip":
            return format_nip(value)
        if name == "progress_percent":
            return f"{value} %"
        if name in MONEY_FIELDS:
            return format_rupiah(value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, Decimal):
            return _area_text(value)
        if isinstance(value, date):
            return format_date(value)
        return str(value)

    def edited(self) -> AssetInput:
        base = self.asset.as_input() if self.asset else AssetInput("", "", 0, 0)
        return replace(
            base,
            code=self.code.text(),
            name=self.name.text(),
            specification=self.specification.text(),
            brand_type=self.brand_type.text(),
            size=self.size_cc.text(),
            material=self.material.text(),
            serial_number=self.serial_number.text(),
            nibar=self.nibar.text(),
            quantity_unit=self.quantity_unit.text() or "Unit",
            acquisition_date=self.acquisition_date.value(),
            acquisition_year=self.acquisition_year.value(),
            acquisition_method=self.acquisition_method.currentText(),
            funding_source=self.funding_source.text(),
            price=self.price.amount(),
            condition=self.condition.currentData(),
            room_id=self.room.currentData(),
            holder_name=self.holder_name.text(),
            holder_nip=self.holder_nip.text(),
            notes=self.notes.toPlainText(),
            plate_number=self.plate_number.text(),
            chassis_number=self.chassis_number.text(),
            engine_number=self.engine_number.text(),
            bpkb_number=self.bpkb_number.text(),
            address=self.address.text(),
            land_area_m2=_decimal(self.land_area.text()),
            floor_area_m2=_decimal(self.floor_area.text()),
            land_title_status=self.land_title_status.text(),
            land_use=self.land_use.text(),
            document_date=self.document_date.value(),
            document_number=self.document_number.text(),
            multi_storey=self.multi_storey.isChecked(),
            concrete=self.concrete.isChecked(),
            land_code=self.land_code.text(),
            construction=self.construction.text(),
            length_km=_decimal(self.length_km.text()),
            width_m=_decimal(self.width_m.text()),
            book_title=self.book_title.text(),
            art_origin=self.art_origin.text(),
            art_creator=self.art_creator.text(),
            species=self.species.text(),
            building_kind=self.building_kind.currentData() or "",
            construction_start=self.construction_start.value(),
            contract_number=self.contract_number.text(),
            contract_value=self.contract_value.amount() or None,
            progress_percent=(
                None if self.progress_percent.value() < 0 else self.progress_percent.value()
            ),
        )

    # --- reactions -------------------------------------------------------------------------

    def _code_changed(self) -> None:
        code = normalize_code(self.code.text())
        found = get_code(self.context.db, code) if code else None
        if found is None:
            self.code_name.setText(
                self.tr("This code is not in the code table; choose one with Choose…")
                if code
                else ""
            )
        else:
            self.code_name.setText(f"{found.name} · KIB {found.kib or '-'}")
            if not self.name.text():
                self.name.setText(found.name)
        kib = kib_of(code) if code else None
        self.tabs.setTabVisible(self.vehicle_tab, bool(code) and is_vehicle(code))
        rows = self._property_rows.get(kib or "")
        self.tabs.setTabVisible(self.property_tab, rows is not None)
        self.tabs.setTabVisible(self.other_tab, kib == "E")
        for shown in self._property_rows.values():
            for widget in shown:
                self.property_form.setRowVisible(widget, rows is not None and widget in rows)
        titles = {
            "D": self.tr("Road / network"),
            "F": self.tr("Construction"),
        }
        self.tabs.setTabText(self.property_tab, titles.get(kib or "", self.tr("Land / building")))

    def _pick_code(self) -> None:
        from ui.assets.code_picker import CodePicker

        picker = CodePicker(self.context, self.code.text(), self)
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen is not None:
            self.code.setText(picker.chosen.code)
            self._code_changed()
            self.name.setFocus()

    def _date_sets_year(self) -> None:
        chosen = self.acquisition_date.value()
        if chosen is not None:
            self.acquisition_year.setValue(chosen.year)

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        if not self.editable or self.busy.active:
            return  # one save at a time: the first one's answer decides
        dates = [self.acquisition_date, self.document_date, self.change_date]
        if self.asset is None:
            dates.remove(self.change_date)  # a new item has no date of change
        if not self.tabs.isTabVisible(self.property_tab):
            dates.remove(self.document_date)  # not part of this kind of item
        elif self.property_form.isRowVisible(self.construction_start):
            dates.append(self.construction_start)
        if refuse_bad_dates(dates, self.error):
            return
        data = self.edited()
        db, actor, asset = self.context.db, self.context.actor, self.asset
        quantity = self.quantity.value()
        occurred_on = qdate_to_date(self.change_date.date())
        note = self.change_note.text()

        def work() -> list[AssetView] | Stale[AssetView]:  # on the worker
            if asset is None:
                return create_assets(db, actor, data, quantity)
            try:
                return [
                    update_asset(
                        db,
                        actor,
                        asset.id,
                        data,
                        expected_version=asset.row_version,
                        occurred_on=occurred_on,
                        note=note,
                    )
                ]
            except ConflictError as error:
                return Stale(error, get_asset(db, actor, asset.id))

        self.error.clear_message()
        self.banner.clear()
        self._own_write = True
        run_busy(self.busy, work, self._save_answered, self._save_failed, owner=self)

    def _save_answered(self, result: list[AssetView] | Stale[AssetView]) -> None:
        self._own_write = False
        if isinstance(result, Stale):
            self._show_conflict(result.error, result.current)
            return
        self.saved = result
        self._baseline = self.edited() if self.asset else self._baseline
        if self.saved:
            first, last = self.saved[0].code_register, self.saved[-1].code_register
            item = first if len(self.saved) == 1 else f"{first} … {last}"
            tell_main_window(self, self.tr("Saved: {item}").format(item=item))
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._own_write = False
        if is_retryable(error):  # the server is away or the database busy: the form waits
            self.banner.show_error(error, retry=self.save)
        elif isinstance(error, DomainError):
            self._show_field_error(error)
        else:
            show_form_error(error, self.error, self.fields)
        self._check_pending()

    def finish_construction(self) -> None:
        """KIB F: the works are finished and handed over; they become a KIB C item."""
        if self.asset is None or self.has_changes():
            if self.asset is not None:
                self.error.show_message(self.tr("Save or undo your changes first."))
            return
        from ui.assets.finish_dialog import FinishConstructionDialog

        dialog = FinishConstructionDialog(self.context, self.asset, self)
        self._own_write = True  # the change it announces is this form's own
        try:
            finished = dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None
            if not finished or dialog.result_ is None:
                return
            tell_main_window(
                self,
                self.tr("{works} finished: now {building}").format(
                    works=dialog.result_.works, building=dialog.result_.building
                ),
            )
            self.reload(announce=False)
        finally:
            self._own_write = False
            self._check_pending()

    def _show_field_error(self, error: DomainError) -> None:
        widget = self.fields.get(error.field or "")
        if widget is not None:
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if page is not None and page.isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
        show_form_error(error, self.error, self.fields)

    # --- another PC saved the same asset -----------------------------------------------------

    def _their_changes(self, current: AssetView) -> list[FieldChange]:
        """What was saved since this form loaded the asset, field by field."""
        assert self.asset is not None
        changed = [
            name for name in INPUT_COLUMNS if getattr(self.asset, name) != getattr(current, name)
        ]
        return field_changes(changed, self.asset, current, self.label_of, self.shown)

    def _show_conflict(self, error: ConflictError, current: AssetView) -> None:
        """The save was refused: another saved first. Say who, when and what; offer Reload."""
        who = str(error.params.get("who") or current.updated_by)
        when = format_datetime(current.updated_at) if current.updated_at else "-"
        self.error.show_message(
            self.tr("Not saved: {who} saved this asset on {when} WIB, after you opened it.").format(
                who=who, when=when
            )
        )
        self._say_what_changed(current, self.tr("What they changed:"))
        self.reload_button.show()
        self.reload_button.setFocus()

    def _say_what_changed(self, current: AssetView, heading: str) -> None:
        changes = self._their_changes(current)
        lines = (
            heading + "\n" + change_lines(changes)
            if changes
            else self.tr("None of the fields on this form changed.")
        )
        self.notice.say(
            lines
            + "\n"
            + self.tr(
                "Press Reload to take their changes into the form: what you typed is kept, "
                "and you choose for each field you both changed."
            )
        )

    def _changed_elsewhere(self, changes: object) -> None:
        """The hub says assets changed (here or on another PC): is it this one, and newer?"""
        if self._closed or self.asset is None or not touches(changes, "assets", self.asset.id):
            return
        if self._own_write:
            self._recheck = True  # maybe our own save: look once it has answered
            return
        self._check_version()

    def _check_pending(self) -> None:
        if self._recheck and not self._own_write and not self._closed:
            self._recheck = False
            self._check_version()

    def _check_version(self) -> None:
        if self.asset is None:
            return
        db, actor = self.context.db, self.context.actor
        asset_id, loaded = self.asset.id, self.asset.row_version

        def work() -> tuple[AssetView, str] | None:  # on the worker
            current = get_asset(db, actor, asset_id)
            if current.row_version == loaded:
                return None
            from inventaris.assets.events import asset_history

            return current, _last_saved_by(current, asset_history(db, actor, asset_id))

        run_in_background(work, self._newer_version, self._check_failed, owner=self)

    def _check_failed(self, error: BaseException) -> None:
        # Only a look ahead: the save itself will still be refused if it is stale.
        log.info("could not check the asset's version: %s", error)

    def _newer_version(self, found: tuple[AssetView, str] | None) -> None:
        if found is None or self.asset is None or self._closed:
            return
        current, who = found
        if current.row_version == self.asset.row_version or self._own_write:
            return
        when = format_time(current.updated_at) if current.updated_at else "-"
        if not self.has_changes():  # nothing typed to lose: just show the new values
            self.reload(announce=False)
            self.notice.say(
                self.tr("Updated: changed on another PC at {time} by {who}.").format(
                    time=when, who=who
                )
            )
            return
        self._say_what_changed(
            current,
            self.tr("Changed on another PC at {time} by {who}:").format(time=when, who=who),
        )
        self.reload_button.show()

    def reload(self, announce: bool = True) -> None:
        """Load the asset as saved now and re-apply what was typed here; for a field both
        changed, ask which value to keep (mine unless chosen)."""
        if self.asset is None:
            return
        mine, baseline, loaded = self.edited(), self._baseline, self.asset
        # Plain text fields come back exactly as typed (a half-typed number included).
        typed = {
            name: widget.text()
            for name, widget in self.fields.items()
            if type(widget) is QLineEdit and name in INPUT_COLUMNS
        }
        self.load(get_asset(self.context.db, self.context.actor, self.asset.id))
        theirs = self.edited()
        self._baseline = theirs
        outcome = merge(baseline, mine, theirs, ignore=("unit_id", "expected_kib"))
        take_theirs: set[str] = set()
        who = _last_saved_by(self.asset, self.events)
        if outcome.both_changed:
            rows = [
                (change, self.shown(change.name, getattr(mine, change.name)))
                for change in field_changes(
                    outcome.both_changed, baseline, theirs, self.label_of, self.shown
                )
            ]
            choice = ChoiceDialog(who, rows, self)
            choice.exec()
            take_theirs = choice.take_theirs()
        for name in FILL_ORDER:
            if name not in outcome.mine_changed or name in take_theirs:
                continue
            if name in typed:
                self.fields[name].setText(typed[name])  # type: ignore[attr-defined]
            else:
                self._put(name, getattr(mine, name))
        self._code_changed()
        self.error.clear_message()
        self.banner.clear()
        self.reload_button.hide()
        self.notice.clear_notice()
        if announce and loaded.row_version != self.asset.row_version:
            when = format_time(self.asset.updated_at) if self.asset.updated_at else "-"
            kept = [name for name in outcome.mine_changed if name not in take_theirs]
            text = self.tr("Reloaded with the change {who} saved at {time}.").format(
                who=who, time=when
            )
            if kept:
                text += " " + self.tr(
                    "Your changes are kept: {fields}. Check them and Save."
                ).format(fields=", ".join(self.label_of(name) for name in kept))
            self.notice.say(text)

    # --- leaving ---------------------------------------------------------------------------

    def has_changes(self) -> bool:
        return self.editable and self.edited() != self._baseline

    def reject(self) -> None:
        if self.busy.active:
            return  # the save's answer is on its way; the form stays until it is here
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Close without saving your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True  # changes announced from now on are no longer this form's concern
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy.active:
            event.ignore()
            return
        if self.has_changes():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
