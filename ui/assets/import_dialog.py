"""Impor Aset: choose a spreadsheet and its sheets, map the columns, check, then import.

The engine does the reading, checking and writing (inventaris.importing.service); this dialog
only walks the equipment officer through the three steps and runs each one off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import DomainError, ValidationError
from inventaris.importing.reading import sheet_names
from inventaris.importing.service import (
    ImportReport,
    ImportSource,
    check_layout,
    default_sheets,
    import_assets,
    open_import,
)
from ui.assets.import_mapping import MappingTab
from ui.assets.import_report import PROBLEM_STYLE, ReportPanel, entry_lines, names_list
from ui.context import AppContext
from ui.errors import message_for, show_error
from ui.files import ask_open_path
from ui.icons import icon
from ui.screen import largest_size
from ui.widgets import ErrorLabel
from ui.worker import ProgressJob, run_with_progress

FOLDER_KEY = "import/folder"
FILE_STEP, MAPPING_STEP, CHECK_STEP = range(3)
SHEET_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportDialog(QDialog):
    """Three steps in one window; each long step runs in the background with progress."""

    job_done = Signal(str)  # "read", "checked", "imported", "refused", "failed", "cancelled"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path: Path | None = None
        self.source: ImportSource | None = None
        self.report: ImportReport | None = None
        self.job: ProgressJob | None = None
        self.imported = False
        self.mapping_ok = False
        self.mapping_tabs: list[MappingTab] = []
        self.setWindowTitle(self.tr("Import assets"))
        # Roomy where the screen allows; at 1366×768 with 150 % scaling it must still fit.
        self.setMinimumSize(QSize(760, 460).boundedTo(largest_size(self)))
        room = self.screen().availableGeometry()
        self.resize(min(1000, room.width() - 40), min(640, room.height() - 60))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.step_title = QLabel()
        font = QFont(self.step_title.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.step_title.setFont(font)
        self.steps = QStackedWidget()
        self.steps.addWidget(self._file_page())
        self.steps.addWidget(self._mapping_page())
        self.report_panel = ReportPanel()
        self.report_panel.valid_only_toggled.connect(lambda _on: self._update_buttons())
        self.steps.addWidget(self.report_panel)

        self.back_button = self._button(self.tr("Back"), self.back, "previous")
        self.next_button = self._button(self.tr("Next"), self.next_from_file, "next")
        self.check_button = self._button(self.tr("Check"), self.check, "ok")
        self.import_button = self._button(self.tr("Import"), self.start_import, "save")
        self.close_button = self._button(self.tr("Close"), self.reject)
        self.check_button.setToolTip(self.tr("Check every row; nothing is written yet"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.check_button, self.import_button):
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        self.show_step(FILE_STEP)

    def _button(self, text: str, slot: Callable[[], Any], icon_name: str = "") -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        # Enter must never import by accident: no button of this dialog is a default one.
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- step 1: the file and its sheets ----------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Choose the spreadsheet that lists the assets (.xlsx or .csv), for example the "
                "office's KIB workbook. The sheets holding a table of assets are ticked; tick or "
                "untick sheets as needed."
            )
        )
        intro.setWordWrap(True)
        self.choose_button = self._button(self.tr("Choose file…"), self.choose_file, "document")
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setObjectName("importFileName")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.file_label.font())
        bold.setBold(True)
        self.file_label.setFont(bold)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.file_label, 1)
        self.sheets = QListWidget()
        self.sheets.setObjectName("importSheets")
        self.sheets.itemChanged.connect(lambda _item: self._update_buttons())
        self.sheets.setSpacing(2)
        # A workbook has a handful of sheets: a short list, not a white field down the window.
        self.sheets.setMaximumHeight(self.fontMetrics().height() * 16)
        self.sheets.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        self.sheets_note = QLabel()
        self.sheets_note.setWordWrap(True)
        self.file_error = ErrorLabel()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(intro)
        box.addLayout(chooser)
        box.addWidget(QLabel(self.tr("Sheets to import:")))
        box.addWidget(self.sheets, 1)
        box.addWidget(self.sheets_note)
        box.addWidget(self.file_error)
        box.addStretch(0)
        return page

    def choose_file(self, path: str | Path | None = None) -> None:
        """Ask for the file (unless given), then read it in the background."""
        if path is None:
            folder = str(
                QSettings().value(FOLDER_KEY, "")
                or QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.DocumentsLocation
                )
            )
            chosen, _ = ask_open_path(
                self,
                self.tr("Choose the file to import"),
                folder,
                self.tr("Spreadsheets (*.xlsx *.csv)"),
            )
            if not chosen:
                return
            QSettings().setValue(FOLDER_KEY, str(Path(chosen).parent))
            path = chosen
        self.path = Path(path)
        self.source = self.report = None
        self.sheets.clear()
        self.sheets_note.clear()
        self.file_error.clear_message()
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self._read(None)

    def chosen_sheets(self) -> list[str]:
        return [
            item.data(SHEET_ROLE)
            for item in (self.sheets.item(row) for row in range(self.sheets.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _read(self, sheets: Sequence[str] | None, then: Callable[[], None] | None = None) -> None:
        assert self.path is not None
        db, actor, path = self.context.db, self.context.actor, self.path

        def work(progress: Any, cancelled: Any) -> tuple[list[str], ImportSource | None, Any]:
            names = sheet_names(path)
            try:
                source = open_import(
                    db, actor, path, sheets, progress=progress, cancelled=cancelled
                )
            except ValidationError as error:
                if sheets is not None:
                    raise
                return names, None, error  # no table found by itself: the person picks the sheet
            return names, source, None

        def done(result: tuple[list[str], ImportSource | None, DomainError | None]) -> None:
            names, source, problem = result
            self.source = source
            if sheets is None:
                self._list_sheets(names, source)
            if then is not None and source is not None:
                then()
            self._finished("read")
            if problem is not None:
                show_error(self, problem)

        self._run(
            work,
            done,
            title=self.tr("Import assets"),
            doing=self.tr("Reading {file}…").format(file=path.name),
        )

    def _list_sheets(self, names: Sequence[str], source: ImportSource | None) -> None:
        found = [sheet.name for sheet in source.sheets] if source is not None else []
        # The sheets expected to hold the table (the KIB ones, else the first) but whose headings
        # were not recognised; ticked, they are mapped by hand. A cover sheet the table was found
        # past is not one of them.
        proposed = default_sheets(names)
        if found and found[0] not in proposed:
            proposed = []
        self.sheets.blockSignals(True)
        for name in names:
            item = QListWidgetItem(name)
            item.setData(SHEET_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = name in found
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            if name in proposed and not ticked:
                item.setText(self.tr("{sheet} — no table of assets found").format(sheet=name))
            self.sheets.addItem(item)
        self.sheets.blockSignals(False)
        if found:
            self.sheets_note.setText(
                self.tr("A table of assets was found in: {sheets}.").format(sheets=", ".join(found))
            )
        self._update_buttons()

    def next_from_file(self) -> None:
        chosen = self.chosen_sheets()
        if not chosen:
            self.file_error.show_message(self.tr("Tick at least one sheet."))
            return
        self.file_error.clear_message()
        if self.source is not None and chosen == [sheet.name for sheet in self.source.sheets]:
            self._show_mapping()
            return
        self._read(chosen, then=self._show_mapping)

    # --- step 2: what each column holds ------------------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                'Check what each column of the file holds. Columns set to "— not imported —" are '
                "left out. Kode barang, name, a price and a year or date are needed."
            )
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mappingTabs")
        self.mapping_error = ErrorLabel()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(intro)
        box.addWidget(self.tabs, 1)
        box.addWidget(self.mapping_error)
        return page

    def _show_mapping(self) -> None:
        assert self.source is not None
        for old in self.mapping_tabs:
            old.deleteLater()
        self.tabs.clear()
        self.mapping_tabs = []
        for sheet, layout, remembered in zip(
            self.source.sheets, self.source.layouts, self.source.remembered, strict=True
        ):
            tab = MappingTab(sheet, layout, remembered)
            tab.changed.connect(self._mapping_changed)
            self.tabs.addTab(tab, sheet.name)
            self.mapping_tabs.append(tab)
        self._mapping_changed()
        self.show_step(MAPPING_STEP)

    def _mapping_changed(self) -> None:
        assert self.source is not None
        layouts = [tab.layout_now() for tab in self.mapping_tabs]
        self.source = self.source.with_layouts(layouts)
        self.report = None
        first_error: DomainError | None = None
        for index, layout in enumerate(layouts):
            try:
                check_layout(layout)
            except DomainError as error:
                first_error = first_error or error
                self.tabs.setTabText(index, f"⚠ {layout.sheet}")
            else:
                self.tabs.setTabText(index, layout.sheet)
        self.mapping_ok = first_error is None
        if first_error is None:
            self.mapping_error.clear_message()
        else:
            self.mapping_error.show_message(message_for(first_error))
        self._update_buttons()

    # --- step 3: check, then import -----------------------------------------------------------

    def check(self) -> None:
        """The dry run: every row checked against the register, nothing written."""
        if self.source is None or not self.mapping_ok:
            return
        db, actor, source = self.context.db, self.context.actor, self.source

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return import_assets(
                db, actor, source, dry_run=True, progress=progress, cancelled=cancelled
            )

        def done(report: ImportReport) -> None:
            self.report = report
            self.report_panel.set_report(report)
            self.show_step(CHECK_STEP)
            self._finished("checked")

        self._run(work, done, title=self.tr("Check"), doing=self.tr("Checking the rows…"))

    def can_import(self) -> bool:
        report = self.report
        if report is None or self.imported or report.new + report.updated == 0:
            return False
        return not report.problems or self.report_panel.valid_only.isChecked()

    def start_import(self) -> None:
        """Ask about doubtful values and about rooms and holders to create, then import in one
        transaction."""
        if not self.can_import() or self.source is None or self.report is None:
            return
        # Only the warnings the person was shown and accepted let their rows in, as below.
        accepted: frozenset[tuple[str, int, str, str]] = frozenset()
        if self.report.warnings:
            if not self._confirm_warnings(self.report):
                self.report_panel.note(
                    self.tr(
                        "Nothing was imported. Correct the values in the file, or write the unit "
                        'in the column\'s heading (e.g. "Harga (ribuan Rp)"), and choose it again.'
                    )
                )
                return
            accepted = frozenset(warning.key() for warning in self.report.warnings)
        # Only the names the person was shown and agreed to may be created; one that appears
        # meanwhile (another PC) sends the new report back instead.
        confirmed: frozenset[str] = frozenset()
        if self.report.needs_confirmation:
            if not self._confirm_creations(self.report):
                self.report_panel.note(
                    self.tr(
                        "Nothing was imported. Correct the names in the file if they are wrong."
                    )
                )
                return
            confirmed = frozenset(self.report.new_rooms + self.report.new_holders)
        db, actor, source = self.context.db, self.context.actor, self.source
        valid_only = self.report_panel.valid_only.isChecked()

        def work(progress: Any, cancelled: Any) -> ImportReport:
            return import_assets(
                db,
                actor,
                source,
                valid_only=valid_only,
                create_missing=confirmed,
                accept_warnings=accepted,
                progress=progress,
                cancelled=cancelled,
            )

        self._run(work, self._import_done, title=self.tr("Import"), doing=self.tr("Importing…"))

    def _confirm_warnings(self, report: ImportReport) -> bool:
        lines = [
            self.tr("These values look doubtful ({count}):").format(count=len(report.warnings)),
            "\n".join(entry_lines(report.warnings)),
            self.tr("Are they right as they are? Import them?"),
        ]
        answer = QMessageBox.question(
            self,
            self.tr("Import assets"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _confirm_creations(self, report: ImportReport) -> bool:
        lines = [self.tr("These names are not in the register yet; the import adds them:")]
        if report.new_rooms:
            lines.append(self.tr("Rooms: {names}").format(names=names_list(report.new_rooms)))
        if report.new_holders:
            lines.append(self.tr("Holders: {names}").format(names=names_list(report.new_holders)))
        lines.append(self.tr("Are they spelt right? Add them and import?"))
        answer = QMessageBox.question(
            self,
            self.tr("Import assets"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _import_done(self, report: ImportReport) -> None:
        self.report = report
        if not report.written:
            # The register changed since the check (or more rooms are missing): show what now.
            self.report_panel.set_report(report)
            self.report_panel.say(
                self.tr(
                    "⚠ Nothing was imported: the register changed since the check. The new "
                    "result is below."
                ),
                PROBLEM_STYLE,
            )
            self.report_panel.note("")
            self._finished("refused")
            return
        self.imported = True
        self.report_panel.show_outcome(report)
        self.close_button.setFocus()
        self._finished("imported")

    # --- running, steps and buttons -----------------------------------------------------------

    def _run(
        self,
        work: Callable[[Any, Any], Any],
        done: Callable[[Any], None],
        *,
        title: str,
        doing: str,
    ) -> None:
        if self.job is not None:
            return  # one job at a time; the buttons are off meanwhile

        def describe(step: int, total: int) -> str:
            if total <= 0:
                return doing
            return f"{doing} {min(100, 100 * step // total)}%"

        self.job = run_with_progress(
            work, done, self._failed, self._cancelled, owner=self, title=title, describe=describe
        )
        self._update_buttons()

    def _finished(self, outcome: str) -> None:
        self.job = None
        self._update_buttons()
        self.job_done.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        self._finished("failed")
        if self.steps.currentIndex() == FILE_STEP and isinstance(error, DomainError):
            # Kept in sight after the box is closed: the person may want to read it again.
            self.file_error.show_message(message_for(error))
        show_error(self, error)

    def _cancelled(self) -> None:
        self._finished("cancelled")
        if self.steps.currentIndex() == CHECK_STEP:
            self.report_panel.note(self.tr("Cancelled; nothing was written."))
        elif self.steps.currentIndex() == FILE_STEP:
            self.sheets_note.setText(self.tr("Reading the file was cancelled."))

    def show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        titles = {
            FILE_STEP: self.tr("Step 1 of 3 · Choose the file and its sheets"),
            MAPPING_STEP: self.tr("Step 2 of 3 · What each column holds"),
            CHECK_STEP: self.tr("Step 3 of 3 · Check and import"),
        }
        self.step_title.setText(titles[step])
        self._update_buttons()

    def back(self) -> None:
        step = self.steps.currentIndex()
        if step > FILE_STEP and self.job is None:
            self.show_step(step - 1)

    def _update_buttons(self) -> None:
        step, idle = self.steps.currentIndex(), self.job is None
        self.back_button.setVisible(step > FILE_STEP)
        self.back_button.setEnabled(idle and not self.imported)
        self.next_button.setVisible(step == FILE_STEP)
        self.next_button.setEnabled(idle and self.path is not None and bool(self.chosen_sheets()))
        self.choose_button.setEnabled(idle)
        self.check_button.setVisible(step == MAPPING_STEP)
        self.check_button.setEnabled(idle and self.mapping_ok)
        self.import_button.setVisible(step == CHECK_STEP)
        self.import_button.setEnabled(idle and self.can_import())
        self.close_button.setEnabled(idle)

    def reject(self) -> None:
        if self.job is not None:
            return  # the progress dialog's Cancel stops the work; closing would hide it
        super().reject()
