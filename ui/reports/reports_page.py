"""Laporan: the reports the office hands in, each with its few choices and one button.

The first is the annual inventory workbook for the BPKAD (KIB A–F, KIR, Buku Inventaris,
Rekapitulasi, Mutasi, Penyusutan and the lists beside them). It may hold 100,000 rows, so it is
written off the GUI thread with a progress dialog and a cancel button; the window stays usable
meanwhile.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inventaris.assets.editing import today_in
from inventaris.catalog import unnamed_report_objek
from inventaris.core.db import Database
from inventaris.core.errors import DomainError
from inventaris.core.formatting import group_thousands
from inventaris.core.permissions import Actor, Permission
from inventaris.office import UnitSummary, list_units
from ui.context import AppContext
from ui.dates import DateField
from ui.errors import show_error
from ui.files import ask_save_path
from ui.icons import icon
from ui.widgets import page_title, qdate_to_date
from ui.worker import ProgressJob, run_with_progress

FIRST_YEAR = 1945
FOLDER_KEY = "reports/folder"
FORBIDDEN_IN_FILE_NAMES = str.maketrans({char: "-" for char in '<>:"/\\|?* '})
CODES_SHOWN = 8  # unnamed codes listed by the warning; the rest are counted


def write_workbook(db: Database, actor: Actor, year: int, path: Path, **options: Any) -> Any:
    """The engine's writer, looked up when called (openpyxl takes a moment to import)."""
    from inventaris.inventory.workbook import write_inventory_workbook

    return write_inventory_workbook(db, actor, year, path, **options)


def write_regency(db: Database, actor: Actor, year: int, path: Path, **options: Any) -> Any:
    """The regency recap and the units' workbooks (``inventory.regency``), looked up when called."""
    from inventaris.inventory.regency import write_regency_recap

    return write_regency_recap(db, actor, year, path, **options)


def default_year(today: date) -> int:
    # The workbook is due to the BPKAD early in the next year: from January to March the office
    # is still closing last year's books, so that is the year it most likely wants.
    return today.year - 1 if today.month <= 3 else today.year


def suggested_file_name(unit: UnitSummary | None, year: int) -> str:
    """buku-inventaris-<kode lokasi, or else the unit's name>-<year>.xlsx"""
    label = (unit.kode_lokasi or unit.name).strip() if unit is not None else ""
    label = label.lower().translate(FORBIDDEN_IN_FILE_NAMES).strip("-")
    return f"buku-inventaris-{label}-{year}.xlsx" if label else f"buku-inventaris-{year}.xlsx"


class ReportsPage(QWidget):
    workbook_done = Signal(str)  # "saved", "cancelled" or "failed" (tests wait on it)
    regency_done = Signal(str)  # the same, for the regency recap

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.job: ProgressJob | None = None
        self.saved_box: QMessageBox | None = None
        today = today_in(context.db)
        try:
            self.units = [
                unit
                for unit in list_units(context.db, context.actor)
                if unit.id in context.actor.unit_ids
            ]
        except DomainError as error:
            show_error(self, error)
            self.units = []

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Reports")))
        intro = QLabel(self.tr("The reports the office hands in. Choose, then make the file."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self._inventory_box(today))
        self.regency_button: QPushButton | None = None
        if context.actor.can(Permission.VIEW_ALL_UNITS):  # the BPKAD (and an Admin)
            layout.addWidget(self._regency_box())
        layout.addStretch(1)

    # --- the annual inventory workbook ------------------------------------------------------

    def _inventory_box(self, today: date) -> QGroupBox:
        box = QGroupBox(
            self.tr(
                "Annual inventory workbook (KIB A–F, KIR, Buku Inventaris, Ekstrakomptabel, "
                "Rekapitulasi, Mutasi, Penyusutan)"
            )
        )
        box.setObjectName("inventoryWorkbookBox")
        box.setMaximumWidth(820)
        about = QLabel(
            self.tr(
                "One Excel workbook with every card and list of the year, as the BPKAD asks "
                "for it early in the next year. A large register takes a minute or two."
            )
        )
        about.setWordWrap(True)

        self.year = QSpinBox()
        self.year.setObjectName("workbookYear")
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(default_year(today))
        self.year.setGroupSeparatorShown(False)
        self.year.setMinimumWidth(self.year.fontMetrics().averageCharWidth() * 10)

        self.use_as_of = QCheckBox(self.tr("Position as of"))
        self.use_as_of.setObjectName("workbookUseAsOf")
        self.as_of = DateField()
        self.as_of.setObjectName("workbookAsOf")
        self.as_of.setEnabled(False)
        as_of_row = QHBoxLayout()
        as_of_row.addWidget(self.as_of)
        as_of_hint = QLabel(self.tr("(otherwise 31 December of the year)"))
        as_of_hint.setEnabled(False)
        as_of_row.addWidget(as_of_hint)
        as_of_row.addStretch(1)
        self._year_changed(self.year.value())

        self.unit = QComboBox(self)
        self.unit.setObjectName("workbookUnit")
        for unit in self.units:
            shown = f"{unit.kode_lokasi} · {unit.name}" if unit.kode_lokasi else unit.name
            self.unit.addItem(shown, unit.id)

        self.make_button = QPushButton(icon("export"), self.tr("Make the inventory workbook…"))
        self.make_button.setObjectName("makeWorkbookButton")
        self.make_button.setToolTip(self.tr("Make the inventory workbook…") + " (Ctrl+E)")
        self.make_button.clicked.connect(lambda _checked=False: self.make_workbook())
        self.make_action = QAction(self)
        self.make_action.setShortcut(QKeySequence("Ctrl+E"))
        self.make_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.make_action.triggered.connect(lambda _checked=False: self.make_workbook())
        self.addAction(self.make_action)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.use_as_of, as_of_row)
        if len(self.units) > 1:  # an office of one unit never sees a unit choice
            form.addRow(self.tr("Unit"), self.unit)
        else:
            self.unit.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)

        inside = QVBoxLayout(box)
        inside.addWidget(about)
        inside.addLayout(form)
        inside.addWidget(self._unnamed_box())
        inside.addLayout(buttons)
        self.year.valueChanged.connect(self._year_changed)
        self.year.valueChanged.connect(lambda _year: self.check_code_names())
        self.unit.currentIndexChanged.connect(lambda _index: self.check_code_names())
        self.check_code_names()
        self.use_as_of.toggled.connect(self.as_of.setEnabled)
        return box

    # --- the regency recap (BPKAD) -------------------------------------------------------------

    def _regency_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Regency recap (every unit)"))
        box.setObjectName("regencyRecapBox")
        box.setMaximumWidth(820)
        about = QLabel(
            self.tr(
                "A Rekapitulasi per KIB with a row per unit (count, value, accumulated "
                "depreciation, book value) for the year and position date above, and each "
                "unit's own inventory workbook in a folder beside it."
            )
        )
        about.setWordWrap(True)
        self.regency_button = QPushButton(icon("export"), self.tr("Make the regency recap…"))
        self.regency_button.setObjectName("makeRegencyRecapButton")
        self.regency_button.clicked.connect(lambda _checked=False: self.make_regency_recap())
        buttons = QHBoxLayout()
        buttons.addWidget(self.regency_button)
        buttons.addStretch(1)
        inside = QVBoxLayout(box)
        inside.addWidget(about)
        inside.addLayout(buttons)
        return box

    def make_regency_recap(self, path: str | Path | None = None) -> ProgressJob | None:
        """Ask for the file (unless given), then write the recap and the units' workbooks in
        the background, with progress and a cancel button."""
        if self.job is not None:
            return None
        problem = self.as_of.problem() if self.use_as_of.isChecked() else ""
        if problem:
            self._status(problem)
            self.as_of.setFocus()
            return None
        year = self.year.value()
        target = Path(path) if path is not None else self._ask_path(year, regency=True)
        if target is None:
            return None
        db, actor, as_of = self.context.db, self.context.actor, self.chosen_as_of()

        def work(progress: Any, cancelled: Any) -> Any:
            return write_regency(
                db, actor, year, target, as_of=as_of, progress=progress, cancelled=cancelled
            )

        def describe(done: int, total: int) -> str:
            if total <= 1:
                return self.tr("Making the regency recap {year}…").format(year=year)
            return self.tr(
                "Making the regency recap {year}… {done} of {total} item(s)", "", total
            ).format(year=year, done=group_thousands(done), total=group_thousands(total))

        def saved(report: Any) -> None:
            self._set_busy(False)
            folder = getattr(report, "folder", None)
            self._status(
                self.tr("Regency recap {year} saved: {path}").format(year=year, path=target)
            )
            self._show_saved(
                self.tr("Regency recap"),
                self.tr(
                    "The regency recap {year} is saved, and each unit's workbook in the folder "
                    "{folder}:"
                ).format(year=year, folder=getattr(folder, "name", "")),
                target,
            )
            self.regency_done.emit("saved")

        def failed(error: BaseException) -> None:
            self._failed(error, self.regency_done)

        def cancelled() -> None:
            self._cancelled(self.regency_done)

        self._set_busy(True)
        self._status(self.tr("Making the regency recap {year}…").format(year=year), 0)
        self.job = run_with_progress(
            work,
            saved,
            failed,
            cancelled,
            owner=self,
            title=self.tr("Regency recap"),
            describe=describe,
        )
        return self.job

    # --- codes without a name of their own --------------------------------------------------

    def _unnamed_box(self) -> QFrame:
        """Which objek codes would print without a name, and the import that names them."""
        self.unnamed = QFrame()
        self.unnamed.setObjectName("unnamedCodes")
        self.unnamed.setFrameShape(QFrame.Shape.StyledPanel)
        self.unnamed_text = QLabel()
        self.unnamed_text.setObjectName("unnamedCodesText")
        self.unnamed_text.setWordWrap(True)
        self.unnamed_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_codes_button = QPushButton(icon("pick"), self.tr("Import codes…"))
        self.import_codes_button.setObjectName("importCodesButton")
        self.import_codes_button.clicked.connect(lambda _checked=False: self.import_codes())
        sign = QLabel()
        size = self.fontMetrics().height()
        sign.setPixmap(icon("attention").pixmap(size, size))
        row = QHBoxLayout(self.unnamed)
        row.addWidget(sign, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.unnamed_text, 1)
        row.addWidget(self.import_codes_button, 0, Qt.AlignmentFlag.AlignTop)
        self.unnamed.hide()
        return self.unnamed

    def check_code_names(self) -> list[str]:
        """Show the objek codes of the chosen year and unit that have no name of their own (their
        Rekapitulasi and Mutasi lines would be unnamed); hide the warning when there are none."""
        unit = self.chosen_unit()
        try:
            codes = unnamed_report_objek(
                self.context.db,
                self.context.actor,
                self.year.value(),
                unit.id if unit is not None else None,
            )
        except DomainError:
            codes = []  # the report itself will say what is wrong
        self.unnamed_codes = codes
        if codes:
            shown = ", ".join(codes[:CODES_SHOWN])
            if len(codes) > CODES_SHOWN:
                shown += " " + self.tr("and {count} more").format(count=len(codes) - CODES_SHOWN)
            self.unnamed_text.setText(
                self.tr(
                    "%n code(s) in this report (has/have) no name of (its/their) own in the code "
                    "table: {codes}. (Its/Their) Rekapitulasi and Mutasi lines would have no "
                    "name. Import the BPKAD's code table first.",
                    "",
                    len(codes),
                ).format(codes=shown)
            )
        self.unnamed.setVisible(bool(codes))
        return codes

    def import_codes(self, path: str | None = None) -> None:
        """The register's Import codes…, then the warning again."""
        from ui.assets.code_import import import_codes

        import_codes(self, self.context, path, lambda _report: self.check_code_names())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_code_names()  # codes may have been imported on the register meanwhile

    def _year_changed(self, year: int) -> None:
        """The position date stays within the year: same day and month, else 31 December."""
        old = self.as_of.date()
        self.as_of.setDateRange(QDate(year, 1, 1), QDate(year, 12, 31))
        if self.use_as_of.isChecked() and old.isValid() and old.year() != year:
            day = min(old.day(), QDate(year, old.month(), 1).daysInMonth())
            self.as_of.setDate(QDate(year, old.month(), day))
        elif not self.use_as_of.isChecked():
            self.as_of.setDate(QDate(year, 12, 31))

    def chosen_unit(self) -> UnitSummary | None:
        if not self.units:
            return None
        unit_id = self.unit.currentData()
        return next((unit for unit in self.units if unit.id == unit_id), self.units[0])

    def chosen_as_of(self) -> date | None:
        return qdate_to_date(self.as_of.date()) if self.use_as_of.isChecked() else None

    def _ask_path(self, year: int, *, regency: bool = False) -> Path | None:
        folder = str(
            QSettings().value(FOLDER_KEY, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        name = (
            f"rekapitulasi-bmd-{year}.xlsx"
            if regency
            else suggested_file_name(self.chosen_unit(), year)
        )
        path, _ = ask_save_path(
            self,
            self.tr("Save the regency recap")
            if regency
            else self.tr("Save the inventory workbook"),
            str(Path(folder) / name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        QSettings().setValue(FOLDER_KEY, str(target.parent))
        return target

    def make_workbook(self, path: str | Path | None = None) -> ProgressJob | None:
        """Ask for the file (unless given), then write the workbook in the background."""
        if self.job is not None:
            return None  # one at a time: the button is off while a workbook is being made
        problem = self.as_of.problem() if self.use_as_of.isChecked() else ""
        if problem:  # never a workbook for a date other than the one the field shows
            self._status(problem)
            self.as_of.setFocus()
            return None
        year = self.year.value()
        self.check_code_names()  # the warning stands beside the button, up to date
        target = Path(path) if path is not None else self._ask_path(year)
        if target is None:
            return None
        db, actor = self.context.db, self.context.actor
        as_of = self.chosen_as_of()
        unit = self.chosen_unit() if len(self.units) > 1 else None
        unit_id = unit.id if unit is not None else None

        def work(progress: Any, cancelled: Any) -> Any:
            return write_workbook(
                db,
                actor,
                year,
                target,
                as_of=as_of,
                unit_id=unit_id,
                progress=progress,
                cancelled=cancelled,
            )

        def describe(done: int, total: int) -> str:
            if total <= 0:
                return self.tr("Making the inventory workbook {year}…").format(year=year)
            return self.tr(
                "Making the inventory workbook {year}… {done} of {total} item(s)", "", total
            ).format(year=year, done=group_thousands(done), total=group_thousands(total))

        self._set_busy(True)
        self._status(self.tr("Making the inventory workbook {year}…").format(year=year), 0)
        self.job = run_with_progress(
            work,
            lambda report: self._saved(year, target, report),
            self._failed,
            self._cancelled,
            owner=self,
            title=self.tr("Inventory workbook"),
            describe=describe,
        )
        return self.job

    # --- how it ended -----------------------------------------------------------------------

    def _saved(self, year: int, target: Path, report: Any) -> None:
        self._set_busy(False)
        path = Path(getattr(report, "path", target))
        self._status(
            self.tr("Inventory workbook {year} saved: {path}").format(year=year, path=path)
        )
        text = self.tr("The inventory workbook {year} is saved:").format(year=year)
        self._show_saved(self.tr("Inventory workbook"), text, path)
        self.workbook_done.emit("saved")

    def _show_saved(self, title: str, text: str, path: Path) -> None:
        """Where the file is, with a button that opens its folder."""
        box = QMessageBox(QMessageBox.Icon.Information, title, "", parent=self)
        box.setObjectName("workbookSavedBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setText(text)
        box.setInformativeText(str(path))
        shown_path = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if isinstance(shown_path, QLabel):  # the path on one line where the screen allows
            metrics = shown_path.fontMetrics()
            shown_path.setMinimumWidth(min(metrics.horizontalAdvance(str(path)) + 8, 640))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        box.setEscapeButton(close)
        open_folder.clicked.connect(lambda: self.open_folder(path))
        self.saved_box = box
        box.open()

    def _cancelled(self, done: Any = None) -> None:
        self._set_busy(False)
        self._status(self.tr("Cancelled; no file was written."))
        (done or self.workbook_done).emit("cancelled")

    def _failed(self, error: BaseException, done: Any = None) -> None:
        self._set_busy(False)
        self._status("")
        show_error(self, error)
        (done or self.workbook_done).emit("failed")

    def open_folder(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self.job = None
        self.make_button.setEnabled(not busy)
        self.make_action.setEnabled(not busy)
        if self.regency_button is not None:
            self.regency_button.setEnabled(not busy)

    def _status(self, text: str, timeout_ms: int = 15_000) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            if text:
                window.statusBar().showMessage(text, timeout_ms)
            else:
                window.statusBar().clearMessage()
