"""Pengaturan: the office's names, codes, signatories, thresholds and useful-life table."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.db import display_url
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_nip
from inventaris.core.permissions import Permission
from inventaris.office import (
    DEFAULT_HANDOVER_PATTERN,
    PAPER_SIZES,
    OfficeSettings,
    UsefulLifeRow,
    get_office_settings,
    update_office_settings,
)
from ui.context import AppContext
from ui.errors import show_error
from ui.files import ask_open_path
from ui.icons import icon
from ui.settings.backups import BackupPanel
from ui.widgets import ErrorLabel, RupiahEdit, page_title, show_form_error

LOGO_PREVIEW = 72


class SettingsPage(QWidget):
    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editable = context.can(Permission.EDIT_SETTINGS)
        self.current: OfficeSettings | None = None
        self.logo_png: bytes | None = None

        self.regency_name = QLineEdit()
        self.regency_name.setPlaceholderText(self.tr("e.g. Langkat"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("e.g. Stabat"))
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px dashed palette(mid);")
        self.logo_preview.setWordWrap(True)
        self.choose_logo = QPushButton(self.tr("Choose…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        logo_row.addStretch(1)
        self.paper_size = QComboBox()
        self.paper_size.addItems(PAPER_SIZES)
        regency_box = QGroupBox(self.tr("Regency"))
        regency_form = QFormLayout(regency_box)
        regency_form.addRow(self.tr("Regency name *"), self.regency_name)
        regency_form.addRow(self.tr("City (place of signing) *"), self.city)
        regency_form.addRow(self.tr("Logo (PNG)"), logo_row)
        regency_form.addRow(self.tr("Report paper"), self.paper_size)
        self.province = QLineEdit()
        self.province.setPlaceholderText(self.tr("e.g. Sumatera Utara"))
        regency_form.insertRow(1, self.tr("Province"), self.province)

        # Who signs the Surat Izin Penghunian (rumah dinas): the Sekretaris Daerah
        self.sip_signatory_title = QLineEdit()
        self.sip_signatory_title.setPlaceholderText(self.tr("e.g. Sekretaris Daerah"))
        self.sip_signatory_name = QLineEdit()
        self.sip_signatory_nip = QLineEdit()
        self.sip_signatory_nip.setPlaceholderText(self.tr("18 digits"))
        sip_box = QGroupBox(self.tr("Signatory of the SIP (official residences)"))
        sip_form = QFormLayout(sip_box)
        sip_form.addRow(self.tr("Position"), self.sip_signatory_title)
        sip_form.addRow(self.tr("Name"), self.sip_signatory_name)
        sip_form.addRow(self.tr("NIP"), self.sip_signatory_nip)

        self.unit_name = QLineEdit()
        self.kode_lokasi = QLineEdit()
        self.kode_lokasi.setPlaceholderText("12.02.05.04.01.01.01")
        self.head_title = QLineEdit()
        self.head_name = QLineEdit()
        self.head_nip = QLineEdit()
        self.head_nip.setPlaceholderText(self.tr("18 digits"))
        self.custodian_name = QLineEdit()
        self.custodian_nip = QLineEdit()
        self.custodian_nip.setPlaceholderText(self.tr("18 digits"))
        unit_box = QGroupBox(self.tr("Unit and signatories"))
        unit_form = QFormLayout(unit_box)
        unit_form.addRow(self.tr("Unit name *"), self.unit_name)
        unit_form.addRow(self.tr("Kode lokasi"), self.kode_lokasi)
        unit_form.addRow(self.tr("Title of the head"), self.head_title)
        unit_form.addRow(self.tr("Name of the head"), self.head_name)
        unit_form.addRow(self.tr("NIP of the head"), self.head_nip)
        unit_form.addRow(self.tr("Pengurus Barang"), self.custodian_name)
        unit_form.addRow(self.tr("NIP of the Pengurus Barang"), self.custodian_nip)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("shown under the letterhead"))
        unit_form.insertRow(2, self.tr("Office address"), self.address)
        self.handover_number_pattern = QLineEdit()
        self.handover_number_pattern.setPlaceholderText(DEFAULT_HANDOVER_PATTERN)
        self.handover_number_pattern.setToolTip(
            self.tr("{seq}: the year's next number (e.g. {seq:03d} for 001), {year}: the year")
        )
        unit_form.addRow(self.tr("BAST number pattern"), self.handover_number_pattern)

        # The cards' header block (KIR): each line is printed only when filled in
        self.bidang = QLineEdit()
        self.unit_organisasi = QLineEdit()
        self.sub_unit = QLineEdit()
        self.upb = QLineEdit()
        block_box = QGroupBox(self.tr("Header block of the cards (empty lines are left out)"))
        block_form = QFormLayout(block_box)
        block_form.addRow(self.tr("Bidang"), self.bidang)
        block_form.addRow(self.tr("Unit organisasi (Pengguna Barang)"), self.unit_organisasi)
        block_form.addRow(self.tr("Sub unit (Kuasa Pengguna Barang)"), self.sub_unit)
        block_form.addRow(self.tr("UPB"), self.upb)

        self.threshold_equipment = RupiahEdit()
        self.threshold_building = RupiahEdit()
        threshold_box = QGroupBox(self.tr("Capitalisation thresholds (Rp)"))
        threshold_form = QFormLayout(threshold_box)
        threshold_form.addRow(self.tr("Equipment and machines"), self.threshold_equipment)
        threshold_form.addRow(self.tr("Buildings"), self.threshold_building)

        self.useful_life = QTableWidget(0, 3)
        self.useful_life.setObjectName("usefulLifeTable")
        self.useful_life.setHorizontalHeaderLabels(
            [self.tr("Code prefix"), self.tr("Years"), self.tr("Description")]
        )
        self.useful_life.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.useful_life.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.useful_life.setMinimumHeight(180)
        add_row = QPushButton(icon("add"), self.tr("Add row"))
        add_row.clicked.connect(lambda: self._add_life_row(UsefulLifeRow("", 5, "")))
        remove_row = QPushButton(self.tr("Remove row"))
        remove_row.clicked.connect(self._remove_life_row)
        self.life_buttons = (add_row, remove_row)
        life_box = QGroupBox(self.tr("Useful life by code prefix (years)"))
        life_layout = QVBoxLayout(life_box)
        life_layout.addWidget(self.useful_life)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add_row)
        row_buttons.addWidget(remove_row)
        row_buttons.addStretch(1)
        life_layout.addLayout(row_buttons)

        database_box = QGroupBox(self.tr("Database"))
        database_layout = QVBoxLayout(database_box)
        database_label = QLabel(
            self.tr(
                "This PC uses {url}. To use another database, start Inventaris with "
                "--db URL or run: inventaris --db URL set-db"
            ).format(url=display_url(context.db.url))
        )
        database_label.setWordWrap(True)
        database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        database_layout.addWidget(database_label)
        self.backups = BackupPanel(context)

        self.error = ErrorLabel()
        self.read_only_note = QLabel(
            self.tr("Your role can read these settings; only an Admin can change them.")
        )
        self.read_only_note.setWordWrap(True)
        self.save_button = QPushButton(icon("save"), self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        reload_button = QPushButton(icon("reload"), self.tr("Reload"))
        reload_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_only_note, 1)
        buttons.addStretch(1)
        buttons.addWidget(reload_button)
        buttons.addWidget(self.save_button)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(regency_box)
        left.addWidget(sip_box)
        left.addWidget(threshold_box)
        left.addWidget(database_box)
        left.addWidget(self.backups)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(unit_box)
        right.addWidget(block_box)
        right.addWidget(life_box, 1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        content_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Settings")))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.fields: dict[str, QWidget] = {
            "regency_name": self.regency_name,
            "city": self.city,
            "logo": self.choose_logo,
            "paper_size": self.paper_size,
            "unit_name": self.unit_name,
            "kode_lokasi": self.kode_lokasi,
            "head_nip": self.head_nip,
            "custodian_nip": self.custodian_nip,
            "sip_signatory_nip": self.sip_signatory_nip,
            **self._plain_texts(),
            "threshold_equipment": self.threshold_equipment,
            "threshold_building": self.threshold_building,
            "useful_life": self.useful_life,
        }
        self._apply_permissions()
        self.refresh()

    def _apply_permissions(self) -> None:
        for widget in (
            self.regency_name, self.city, self.unit_name, self.kode_lokasi, self.head_title,
            self.head_name, self.head_nip, self.custodian_name, self.custodian_nip,
            self.threshold_equipment, self.threshold_building, self.sip_signatory_nip,
            *self._plain_texts().values(),
        ):  # fmt: skip
            widget.setReadOnly(not self.editable)
        for control in (self.choose_logo, self.remove_logo, self.paper_size, *self.life_buttons):
            control.setEnabled(self.editable)
        if not self.editable:
            self.useful_life.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button.setVisible(self.editable)
        self.read_only_note.setVisible(not self.editable)

    def _plain_texts(self) -> dict[str, QLineEdit]:
        """The settings shown and saved as typed: the header block, address and SIP signatory."""
        return {
            "province": self.province,
            "address": self.address,
            "bidang": self.bidang,
            "unit_organisasi": self.unit_organisasi,
            "sub_unit": self.sub_unit,
            "upb": self.upb,
            "sip_signatory_title": self.sip_signatory_title,
            "sip_signatory_name": self.sip_signatory_name,
            "handover_number_pattern": self.handover_number_pattern,
        }

    # --- loading and saving ----------------------------------------------------------------

    def has_changes(self) -> bool:
        if not self.editable or self.current is None:
            return False
        edited = self.edited()
        # NIPs are shown grouped ("19800101 200501 1 001") but stored as 18 digits.
        edited = replace(
            edited,
            head_nip=edited.head_nip.replace(" ", ""),
            custodian_nip=edited.custodian_nip.replace(" ", ""),
            sip_signatory_nip=edited.sip_signatory_nip.replace(" ", ""),
        )
        return edited != self.current

    def refresh(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Settings"),
                self.tr("Reload and lose the changes you have not saved?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        try:
            settings = get_office_settings(self.context.db, self.context.actor)
        except DomainError as error:
            show_error(self, error)
            return
        self.load(settings)
        self.backups.refresh()

    def load(self, settings: OfficeSettings) -> None:
        self.current = settings
        self.error.clear_message()
        self.regency_name.setText(settings.regency_name)
        self.city.setText(settings.city)
        self._set_logo(settings.logo_png)
        self.paper_size.setCurrentText(settings.paper_size)
        self.unit_name.setText(settings.unit_name)
        self.kode_lokasi.setText(settings.kode_lokasi)
        self.head_title.setText(settings.head_title)
        self.head_name.setText(settings.head_name)
        self.head_nip.setText(format_nip(settings.head_nip))
        self.custodian_name.setText(settings.custodian_name)
        self.custodian_nip.setText(format_nip(settings.custodian_nip))
        self.sip_signatory_nip.setText(format_nip(settings.sip_signatory_nip))
        for name, widget in self._plain_texts().items():
            widget.setText(getattr(settings, name))
        self.threshold_equipment.set_amount(settings.threshold_equipment)
        self.threshold_building.set_amount(settings.threshold_building)
        self.useful_life.setRowCount(0)
        for row in settings.useful_life:
            self._add_life_row(row)

    def edited(self) -> OfficeSettings:
        assert self.current is not None
        return replace(
            self.current,
            regency_name=self.regency_name.text(),
            city=self.city.text(),
            logo_png=self.logo_png,
            paper_size=self.paper_size.currentText(),
            unit_name=self.unit_name.text(),
            kode_lokasi=self.kode_lokasi.text(),
            head_title=self.head_title.text(),
            head_name=self.head_name.text(),
            head_nip=self.head_nip.text(),
            custodian_name=self.custodian_name.text(),
            custodian_nip=self.custodian_nip.text(),
            threshold_equipment=self.threshold_equipment.amount(),
            threshold_building=self.threshold_building.amount(),
            useful_life=tuple(self._life_rows()),
            sip_signatory_nip=self.sip_signatory_nip.text(),
            province=self.province.text(),
            address=self.address.text(),
            bidang=self.bidang.text(),
            unit_organisasi=self.unit_organisasi.text(),
            sub_unit=self.sub_unit.text(),
            upb=self.upb.text(),
            sip_signatory_title=self.sip_signatory_title.text(),
            sip_signatory_name=self.sip_signatory_name.text(),
            handover_number_pattern=self.handover_number_pattern.text(),
        )

    def save(self) -> None:
        if not self.editable or self.current is None:
            return
        # A useful-life cell still being typed in belongs to the save (Ctrl+S while editing).
        editor = self.useful_life.focusWidget()
        if editor is not None and self.useful_life.isAncestorOf(editor):
            self.useful_life.commitData(editor)
        try:
            saved = update_office_settings(self.context.db, self.context.actor, self.edited())
        except DomainError as error:
            show_form_error(error, self.error, self.fields)
            return
        self.load(saved)
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Settings saved."), 5000)
        self.saved.emit()

    # --- logo and useful-life rows ---------------------------------------------------------

    def _choose_logo(self) -> None:
        path, _ = ask_open_path(
            self, self.tr("Choose the logo"), "", self.tr("PNG pictures (*.png)")
        )
        if path:
            self._set_logo(Path(path).read_bytes())

    def _set_logo(self, data: bytes | None) -> None:
        self.logo_png = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW, LOGO_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("no logo"))

    def _add_life_row(self, row: UsefulLifeRow) -> None:
        index = self.useful_life.rowCount()
        self.useful_life.insertRow(index)
        years = QTableWidgetItem()
        years.setData(Qt.ItemDataRole.EditRole, row.years)
        self.useful_life.setItem(index, 0, QTableWidgetItem(row.code_prefix))
        self.useful_life.setItem(index, 1, years)
        self.useful_life.setItem(index, 2, QTableWidgetItem(row.description))

    def _remove_life_row(self) -> None:
        rows = sorted({index.row() for index in self.useful_life.selectedIndexes()}, reverse=True)
        for row in rows:
            self.useful_life.removeRow(row)

    def _life_rows(self) -> list[UsefulLifeRow]:
        rows = []
        for index in range(self.useful_life.rowCount()):
            prefix = self.useful_life.item(index, 0)
            years = self.useful_life.item(index, 1)
            description = self.useful_life.item(index, 2)
            try:
                year_count = int(years.data(Qt.ItemDataRole.EditRole)) if years else 0
            except (TypeError, ValueError):
                year_count = 0  # refused by the engine with the row number
            rows.append(
                UsefulLifeRow(
                    prefix.text() if prefix else "",
                    year_count,
                    description.text() if description else "",
                )
            )
        return rows
