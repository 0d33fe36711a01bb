"""Printing labels: which assets, which template, where on the sheet; preview, print or PDF."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import DomainError
from inventaris.core.permissions import Permission
from inventaris.labels import (
    DEFAULT_TEMPLATE,
    LabelData,
    Template,
    assets_for_labels,
    check_readable,
    label_data,
    list_templates,
    mark_labels_printed,
)
from inventaris.locations import list_rooms
from inventaris.office import get_office_settings
from ui.busy import BusyIndicator, run_busy
from ui.context import AppContext
from ui.errors import message_for, show_error
from ui.files import ask_save_path
from ui.i18n import engine_text
from ui.icons import icon
from ui.labels.painter import PrintOptions, page_layout, paint_pages, write_pdf
from ui.widgets import ErrorLabel
from ui.worker import Job, run_in_background


class LabelPrintDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        selected: Sequence[int] = (),
        filtered: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Print labels"))
        self.setMinimumWidth(520)
        self.selected, self.filtered = list(selected), list(filtered)
        self.unlabelled = assets_for_labels(context.db, context.actor, unlabelled=True)
        self.templates = list_templates(context.db)

        self.source = QButtonGroup(self)
        self.from_selection = QRadioButton(
            self.tr("The assets chosen in the register ({count})").format(count=len(selected))
        )
        self.from_filter = QRadioButton(
            self.tr("Everything the register shows now ({count})").format(count=len(filtered))
        )
        self.from_room = QRadioButton(self.tr("The assets of a room"))
        self.from_unlabelled = QRadioButton(
            self.tr("Not yet labelled ({count})").format(count=len(self.unlabelled))
        )
        self.room = QComboBox()
        for room in list_rooms(context.db, context.actor, with_counts=False):
            self.room.addItem(f"{room.code} – {room.name}", room.id)
        for button in (self.from_selection, self.from_filter, self.from_room, self.from_unlabelled):
            self.source.addButton(button)
        self.from_selection.setEnabled(bool(selected))
        self.from_filter.setEnabled(bool(filtered))
        (self.from_selection if selected else self.from_unlabelled).setChecked(True)

        self.template = QComboBox()
        for template in self.templates:
            self.template.addItem(engine_text(template.title), template.name)
        saved = QSettings().value("labels/template", DEFAULT_TEMPLATE)
        self.template.setCurrentIndex(max(self.template.findData(saved), 0))
        self.template.currentIndexChanged.connect(self._template_changed)
        self.own_template = QPushButton(self.tr("Own template…"))
        self.own_template.setToolTip(
            self.tr("Define a label sheet of your own, starting from this one")
        )
        self.own_template.clicked.connect(self.edit_template)
        self.own_template.setVisible(context.can(Permission.EDIT_ASSETS))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.own_template)
        self.start = QSpinBox()
        self.start.setToolTip(self.tr("For a sheet whose first labels are already used"))
        self.cut_lines = QCheckBox(self.tr("Draw cut lines (plain paper)"))
        self.offset_x = self._offset_box()
        self.offset_y = self._offset_box()
        offsets = QHBoxLayout()
        offsets.addWidget(QLabel(self.tr("right")))
        offsets.addWidget(self.offset_x)
        offsets.addWidget(QLabel(self.tr("down")))
        offsets.addWidget(self.offset_y)
        offsets.addStretch(1)

        form = QFormLayout()
        source_box = QVBoxLayout()
        for button in (self.from_selection, self.from_filter):
            source_box.addWidget(button)
        room_row = QHBoxLayout()
        room_row.addWidget(self.from_room)
        room_row.addWidget(self.room, 1)
        source_box.addLayout(room_row)
        source_box.addWidget(self.from_unlabelled)
        form.addRow(self.tr("Which assets"), source_box)
        form.addRow(self.tr("Template"), template_row)
        form.addRow(self.tr("Start at position"), self.start)
        form.addRow("", self.cut_lines)
        form.addRow(self.tr("Printer calibration (mm)"), offsets)
        self.error = ErrorLabel()
        preview = QPushButton(icon("labels"), self.tr("Print preview…"))
        preview.clicked.connect(self.preview)
        print_button = QPushButton(self.tr("Print…"))
        print_button.setShortcut("Ctrl+P")
        print_button.clicked.connect(self.print_labels)
        pdf = QPushButton(self.tr("Save as PDF…"))
        pdf.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for action in (preview, print_button, pdf):
            buttons.addWidget(action)
        buttons.addStretch(1)
        buttons.addWidget(close)
        # The labels' data (thousands of items for a whole room) is read on the worker.
        self.busy_line = QLabel()
        self.busy = BusyIndicator(
            self, self.busy_line, [preview, print_button, pdf], self.tr("Preparing the labels…")
        )
        # … and the PDF is written there too: a room's labels are many pages.
        self.writing = BusyIndicator(
            self,
            self.busy_line,
            [preview, print_button, pdf],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        self.logo: bytes | None = None
        self.job: Job | None = None
        self.pdf_path: Path | None = None  # the last PDF saved
        self.marked: list[int] = []  # the assets last marked as labelled
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_line)
        layout.addLayout(buttons)
        self._template_changed()

    def _offset_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-10.0, 10.0)
        box.setSingleStep(0.5)
        box.setDecimals(1)
        box.setSuffix(" mm")
        return box

    def chosen_template(self) -> Template:
        name = self.template.currentData()
        return next(template for template in self.templates if template.name == name)

    def edit_template(self) -> None:
        from ui.labels.template_dialog import TemplateDialog

        dialog = TemplateDialog(self.context, self.chosen_template(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.templates = list_templates(self.context.db)
            self.template.blockSignals(True)
            self.template.clear()
            for template in self.templates:
                self.template.addItem(engine_text(template.title), template.name)
            self.template.blockSignals(False)
            self.template.setCurrentIndex(self.template.findData(dialog.saved.name))
            self._template_changed()

    def _template_changed(self) -> None:
        template = self.chosen_template()
        self.start.setRange(1, template.per_page)
        QSettings().setValue("labels/template", template.name)

    def _chosen(self) -> tuple[list[int], int | None]:
        """The chosen assets, or the room whose assets they are (read on the worker)."""
        if self.from_room.isChecked():
            return [], self.room.currentData()
        if self.from_selection.isChecked():
            return self.selected, None
        return (self.filtered if self.from_filter.isChecked() else self.unlabelled), None

    def options(self, printer_name: str = "") -> PrintOptions:
        if printer_name:  # calibration is remembered per printer
            key = f"labels/offsets/{printer_name}"
            QSettings().setValue(key, [self.offset_x.value(), self.offset_y.value()])
        return PrintOptions(
            start=self.start.value(),
            offset_x=self.offset_x.value(),
            offset_y=self.offset_y.value(),
            cut_lines=self.cut_lines.isChecked(),
            logo_png=self.logo,  # read with the labels
        )

    def with_labels(self, then: Callable[[list[LabelData]], object]) -> Job | None:
        """Read the chosen labels (and the office's logo) on the worker, then ``then(labels)``
        on the GUI thread; a refusal goes to the error line. None if already reading (or
        writing)."""
        if self.busy.active or self.writing.active:
            return None
        self.error.clear_message()
        db, actor = self.context.db, self.context.actor
        (asset_ids, room_id), template = self._chosen(), self.chosen_template()

        def read() -> tuple[list[LabelData], bytes | None]:
            chosen = asset_ids if room_id is None else assets_for_labels(db, actor, room_id=room_id)
            labels = label_data(db, actor, chosen)
            if labels:
                check_readable(template, [label.payload for label in labels])
            return labels, get_office_settings(db, actor).logo_png

        def read_done(result: tuple[list[LabelData], bytes | None]) -> None:
            labels, self.logo = result
            if not labels:
                self.error.show_message(self.tr("There are no assets to label in this choice."))
                return
            then(labels)

        def refused(error: BaseException) -> None:
            if isinstance(error, DomainError):
                self.error.show_message(message_for(error))
            else:
                show_error(self, error)

        self.job = run_busy(self.busy, read, read_done, refused, self)
        return self.job

    def _printed(self, labels: list[LabelData]) -> None:
        if not self.context.can(Permission.EDIT_ASSETS):
            return
        db, actor, asset_ids = (
            self.context.db,
            self.context.actor,
            [label.asset_id for label in labels],
        )

        def marked(_result: object) -> None:
            self.marked = asset_ids

        # A write: on the worker too; the window goes on meanwhile.
        run_in_background(
            lambda: mark_labels_printed(db, actor, asset_ids),
            marked,
            lambda error: show_error(self, error),
            self,
        )

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout(self.chosen_template()))
        stored = QSettings().value(f"labels/offsets/{printer.printerName()}")
        if isinstance(stored, list) and len(stored) == 2:
            self.offset_x.setValue(float(stored[0]))
            self.offset_y.setValue(float(stored[1]))
        return printer

    def preview(self) -> None:
        self.with_labels(self._preview)

    def _preview(self, labels: list[LabelData]) -> None:
        printer = self._printer()
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview – labels"))
        dialog.paintRequested.connect(
            lambda device: paint_pages(
                device, self.chosen_template(), labels, self.options(device.printerName())
            )
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._printed(labels)

    def print_labels(self) -> None:
        self.with_labels(self._print)

    def _print(self, labels: list[LabelData]) -> None:
        printer = self._printer()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        paint_pages(printer, self.chosen_template(), labels, self.options(printer.printerName()))
        self._printed(labels)

    def save_pdf(self, path: str | None = None) -> Job | None:
        """Read the labels on the worker, ask where (unless given), then write the PDF; its
        path lands in ``pdf_path``."""
        return self.with_labels(lambda labels: self._save_pdf(labels, path))

    def _save_pdf(self, labels: list[LabelData], path: str | None) -> Job | None:
        """Ask where (unless given), then write the PDF on the worker with what the form says
        now (read here: the worker reads no widget)."""
        if path is None:
            path, _ = ask_save_path(
                self, self.tr("Save labels as PDF"), "label-aset.pdf", "PDF (*.pdf)"
            )
            if not path:
                return None
        target, template, options = Path(path), self.chosen_template(), self.options()

        def saved(_pages: int) -> None:
            self._printed(labels)
            parent = self.parentWidget()
            window = parent.window() if parent is not None else None
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    self.tr("Labels saved: {path}").format(path=target), 8000
                )
            self.pdf_path = target

        self.job = run_busy(
            self.writing,
            lambda: write_pdf(target, template, labels, options),
            saved,
            lambda error: show_error(self, error),
            self,
        )
        return self.job
