"""The residence forms: a new occupant with the SIP and family, moving out, the house's details,
maintenance work, and the unit's residence settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.residences.occupancy import (
    GOLONGAN,
    MOVE_OUT_REASONS,
    FamilyInput,
    OccupancyInput,
    OccupancyView,
    ResidenceDetailInput,
    Settings,
    add_maintenance,
    end_occupancy,
    save_residence_details,
    save_residence_settings,
    start_occupancy,
)
from inventaris.residences.views import ResidenceCard
from ui.attachments import AttachmentsPanel
from ui.context import AppContext
from ui.forms import FormDialog
from ui.i18n import engine_text
from ui.widgets import OptionalDateEdit, RupiahEdit, date_edit, qdate_to_date


class HouseFormDialog(FormDialog):
    """A form about one house: its address on top, the change signal after saving."""

    def __init__(
        self,
        context: AppContext,
        card: ResidenceCard,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, self.tr("Save"), parent)
        self.context, self.card = context, card
        heading = QLabel(f"<b>{escape(card.name)}</b> · {escape(card.code_register)}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(heading)

    def save(
        self, change: Callable[[], object], saved: Callable[[Any], None] | None = None
    ) -> None:
        self.run(change, saved=saved)


class OccupancyDialog(HouseFormDialog):
    """A new occupant: who, the SIP, rent, move-in, family."""

    def __init__(
        self, context: AppContext, card: ResidenceCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, card, self.tr("New occupant"), parent)
        self.setMinimumWidth(560)
        today = today_in(context.db)
        self.name = QLineEdit()
        self.nip = QLineEdit()
        self.nip.setPlaceholderText("19690315 199403 1 004")
        self.rank = QLineEdit()
        self.rank.setPlaceholderText(self.tr("e.g. Pembina Tk. I / IVb"))
        self.position = QLineEdit()
        self.unit = QLineEdit()
        self.sip_number = QLineEdit()
        self.sip_number.setPlaceholderText(self.tr("e.g. 032/145/UMUM/2026"))
        self.sip_date = date_edit(today)
        self.signatory = QLineEdit(self.tr("Sekretaris Daerah Kabupaten Langkat"))
        self.valid_from = date_edit(today)
        self.valid_until = OptionalDateEdit()
        self.valid_until.setToolTip(
            self.tr("Empty: {years} year(s) from the start", "", card.sip_years).format(
                years=card.sip_years
            )
        )
        self.rent = RupiahEdit()
        self.move_in = OptionalDateEdit()
        self.family = QTableWidget(0, 3)
        self.family.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relation"), self.tr("Age")]
        )
        self.family.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.family.verticalHeader().setVisible(False)
        self.family.setMinimumHeight(110)
        self.family.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for _ in range(3):
            self.family.insertRow(self.family.rowCount())
        self.family.itemChanged.connect(self._family_changed)
        for label, name, widget in (
            (self.tr("Occupant's name *"), "occupant_name", self.name),
            (self.tr("NIP"), "occupant_nip", self.nip),
            (self.tr("Rank / grade"), "rank_grade", self.rank),
            (self.tr("Position"), "position", self.position),
            (self.tr("Unit"), "occupant_unit", self.unit),
            (self.tr("SIP number *"), "sip_number", self.sip_number),
            (self.tr("SIP date *"), "sip_date", self.sip_date),
            (self.tr("Signed by"), "sip_signatory", self.signatory),
            (self.tr("Valid from *"), "valid_from", self.valid_from),
            (self.tr("Valid until"), "valid_until", self.valid_until),
            (self.tr("Monthly rent"), "monthly_rent", self.rent),
            (self.tr("Moved in on"), "move_in_on", self.move_in),
            (self.tr("Family"), "family", self.family),
        ):
            self.add_field(label, name, widget)
        self.result_warnings: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    def _family_changed(self, _item: QTableWidgetItem) -> None:
        self.changed = True
        last = self.family.rowCount() - 1
        if any(self.family.item(last, column) for column in range(3)):
            self.family.insertRow(self.family.rowCount())  # always one empty row to type in

    def family_members(self) -> tuple[FamilyInput, ...]:
        members = []
        for row in range(self.family.rowCount()):
            cells = [self.family.item(row, column) for column in range(3)]
            name, relation, age = (cell.text().strip() if cell else "" for cell in cells)
            if name:
                members.append(FamilyInput(name, relation, int(age) if age.isdigit() else None))
        return tuple(members)

    def data(self) -> OccupancyInput:
        return OccupancyInput(
            asset_id=self.card.asset_id,
            occupant_name=self.name.text(),
            occupant_nip=self.nip.text(),
            rank_grade=self.rank.text(),
            position=self.position.text(),
            occupant_unit=self.unit.text(),
            sip_number=self.sip_number.text(),
            sip_date=qdate_to_date(self.sip_date.date()),
            sip_signatory=self.signatory.text(),
            valid_from=qdate_to_date(self.valid_from.date()),
            valid_until=self.valid_until.value(),
            monthly_rent=self.rent.amount(),
            move_in_on=self.move_in.value(),
            family=self.family_members(),
        )

    def apply(self) -> None:
        data, db, actor = self.data(), self.context.db, self.context.actor
        self.save(lambda: start_occupancy(db, actor, data), self._warn)

    def _warn(self, result: Any) -> None:
        """Saved with warnings (an SIP past its dates…): said before the form closes."""
        self.result_warnings = result.warnings
        if self.result_warnings:
            from inventaris.core.errors import fill_template

            texts = [
                fill_template(engine_text(template), dict(params))
                for template, params in self.result_warnings
            ]
            QMessageBox.information(self.parentWidget(), self.windowTitle(), "\n".join(texts))


class MoveOutDialog(HouseFormDialog):
    def __init__(
        self,
        context: AppContext,
        card: ResidenceCard,
        occupancy: OccupancyView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, card, self.tr("Occupant moves out"), parent)
        self.occupancy = occupancy
        self.form.addRow(QLabel(escape(occupancy.occupant_name)))
        self.moved_out = date_edit(today_in(context.db))
        self.reason = QComboBox()
        words = {
            "pensiun": self.tr("Retirement"),
            "mutasi": self.tr("Transfer"),
            "meninggal": self.tr("Death"),
            "berhenti": self.tr("Left the service"),
            "lainnya": self.tr("Other"),
        }
        for reason in MOVE_OUT_REASONS:
            self.reason.addItem(words[reason], reason)
        self.add_field(self.tr("Moved out on *"), "move_out_on", self.moved_out)
        self.add_field(self.tr("Reason *"), "move_out_reason", self.reason)

    def apply(self) -> None:
        occupancy_id = self.occupancy.id
        moved_out: date = qdate_to_date(self.moved_out.date())
        reason = self.reason.currentData()
        db, actor = self.context.db, self.context.actor
        self.save(lambda: end_occupancy(db, actor, occupancy_id, moved_out, reason))


class HouseDetailsDialog(HouseFormDialog):
    def __init__(
        self, context: AppContext, card: ResidenceCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, card, self.tr("House details"), parent)
        details = card.details
        self.golongan = QComboBox()
        self.golongan.addItems(GOLONGAN)
        self.golongan.setCurrentText(details.golongan or "II")
        self.house_type = QLineEdit(details.house_type)
        self.house_type.setPlaceholderText(self.tr("e.g. Tipe 70"))
        self.storeys = QSpinBox()
        self.storeys.setRange(1, 5)
        self.storeys.setValue(details.storeys)
        self.electricity = QLineEdit(details.electricity_account)
        self.water = QLineEdit(details.water_account)
        self.notes = QLineEdit(details.notes)
        self.add_field(self.tr("Golongan *"), "golongan", self.golongan)
        self.add_field(self.tr("Type"), "house_type", self.house_type)
        self.add_field(self.tr("Storeys"), "storeys", self.storeys)
        self.add_field(self.tr("PLN customer ID"), "electricity_account", self.electricity)
        self.add_field(self.tr("PDAM account"), "water_account", self.water)
        self.add_field(self.tr("Notes"), "notes", self.notes)
        where = QLabel(
            self.tr(
                "Address, areas, building document, land status and condition are on the asset "
                "form (Assets, F2)."
            )
        )
        where.setWordWrap(True)
        where.setStyleSheet("color: palette(dark);")
        self.form.addRow(where)
        # The certificate, the IMB, photos: saved at once, not with the form.
        self.attachments = AttachmentsPanel(context, "residence", card.asset_id)
        self.form.addRow(self.tr("Attachments"), self.attachments)

    def apply(self) -> None:
        data = ResidenceDetailInput(
            golongan=self.golongan.currentText(),
            house_type=self.house_type.text(),
            storeys=self.storeys.value(),
            electricity_account=self.electricity.text(),
            water_account=self.water.text(),
            notes=self.notes.text(),
        )
        asset_id = self.card.asset_id
        self.save(
            lambda: save_residence_details(self.context.db, self.context.actor, asset_id, data)
        )


class MaintenanceDialog(HouseFormDialog):
    def __init__(
        self, context: AppContext, card: ResidenceCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, card, self.tr("Maintenance work"), parent)
        self.done_on = date_edit(today_in(context.db))
        self.work = QLineEdit()
        self.work.setPlaceholderText(self.tr("e.g. Perbaikan atap bocor"))
        self.cost = RupiahEdit()
        self.contractor = QLineEdit()
        self.add_field(self.tr("Date *"), "done_on", self.done_on)
        self.add_field(self.tr("Work *"), "work", self.work)
        self.add_field(self.tr("Cost"), "cost", self.cost)
        self.add_field(self.tr("Contractor"), "contractor", self.contractor)

    def apply(self) -> None:
        asset_id = self.card.asset_id
        done_on = qdate_to_date(self.done_on.date())
        work, cost, contractor = self.work.text(), self.cost.amount(), self.contractor.text()
        self.save(
            lambda: add_maintenance(
                self.context.db, self.context.actor, asset_id, done_on, work, cost, contractor
            )
        )


class ResidenceSettingsDialog(FormDialog):
    def __init__(
        self, context: AppContext, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Residence settings"), self.tr("Save"), parent)
        self.context = context
        self.sip_years = QSpinBox()
        self.sip_years.setRange(1, 10)
        self.sip_years.setValue(settings.sip_years)
        self.sip_years.setSuffix(self.tr(" years"))
        self.retirement_age = QSpinBox()
        self.retirement_age.setRange(50, 70)
        self.retirement_age.setValue(settings.retirement_age)
        self.add_field(self.tr("An SIP is valid for"), "sip_years", self.sip_years)
        self.add_field(self.tr("Retirement age"), "retirement_age", self.retirement_age)

    def apply(self) -> None:
        settings = Settings(self.sip_years.value(), self.retirement_age.value())
        db, actor = self.context.db, self.context.actor
        self.run(lambda: save_residence_settings(db, actor, settings))
