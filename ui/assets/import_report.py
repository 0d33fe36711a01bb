"""The import's check result: the counts, the problems table, what would be created, the export."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.formatting import group_thousands
from inventaris.importing.problems import Problem
from inventaris.importing.service import ImportReport, write_problem_report
from ui.errors import show_error
from ui.files import ask_save_path
from ui.i18n import engine_text
from ui.icons import icon
from ui.worker import run_in_background

AnyIndex = QModelIndex | QPersistentModelIndex
FOLDER_KEY = "import/report_folder"
# Rows are heightened to show a long reason whole; above this many that costs too much time,
# and the tooltip still carries the full sentence.
WRAP_ROWS_UP_TO = 300
OK_STYLE = "color: #1b5e20; font-weight: 600;"
PROBLEM_STYLE = "color: #b71c1c; font-weight: 600;"
WARNING_STYLE = "color: #8a4b00;"
# The warnings spelt out under the verdict (and in the box that asks to confirm them); a file
# with hundreds has one cause, which the first few show.
WARNINGS_SHOWN = 5


class ProblemsModel(QAbstractTableModel):
    """The validation report: one problem a row, its reason in the user's language."""

    SHEET, ROW, COLUMN, VALUE, PROBLEM = range(5)

    def __init__(self, headings: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headings = list(headings)
        self.problems: list[Problem] = []
        self.messages: list[str] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        # Row by row, left to right, as the person will walk through the file to correct it.
        sheets: dict[str, int] = {}
        for problem in problems:
            sheets.setdefault(problem.sheet, len(sheets))
        self.beginResetModel()
        self.problems = sorted(
            problems,
            key=lambda p: (sheets[p.sheet], p.row, len(p.column), p.column),
        )
        self.messages = [problem.message(engine_text) for problem in self.problems]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headings)
        ):
            return self.headings[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        problem, column = self.problems[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.SHEET:
                return problem.sheet
            if column == self.ROW:
                return str(problem.row) if problem.row else ""  # 0: about the whole sheet
            if column == self.COLUMN:
                return problem.column
            if column == self.VALUE:
                return problem.value
            if column == self.PROBLEM:
                return self.messages[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROW, self.COLUMN):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def place_of(entry: Problem) -> str:
    """``KIB B, row 40, column O``, or the sheet alone for an entry about a whole column."""
    if not entry.row:
        return entry.sheet
    return QCoreApplication.translate("ReportPanel", "{sheet}, row {row}, column {column}").format(
        sheet=entry.sheet, row=entry.row, column=entry.column or "-"
    )


def entry_lines(entries: Sequence[Problem], limit: int = WARNINGS_SHOWN) -> list[str]:
    """One line an entry (``KIB B, row 40, column O: …``), the first ``limit`` and how many more."""
    lines = [f"{place_of(entry)}: {entry.message(engine_text)}" for entry in entries[:limit]]
    if len(entries) > limit:
        lines.append(
            QCoreApplication.translate("ReportPanel", "… and {count} more").format(
                count=group_thousands(len(entries) - limit)
            )
        )
    return lines


def names_list(names: Sequence[str], limit: int = 12) -> str:
    """``A, B, C``, or the first ``limit`` and how many more, so a message stays readable."""
    shown = ", ".join(names[:limit])
    if len(names) <= limit:
        return shown
    return QCoreApplication.translate("ReportPanel", "{names} and {count} more").format(
        names=shown, count=len(names) - limit
    )


class ReportPanel(QWidget):
    """What the check found: a summary, the problems, the rooms and holders it would add."""

    exported = Signal(str)  # the path written (tests wait on it)
    valid_only_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: ImportReport | None = None
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        self.hint.setObjectName("importHint")
        self.hint.setWordWrap(True)

        self.model = ProblemsModel(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Problem"),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("importProblems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        width = self.fontMetrics().averageCharWidth()
        for column, chars in (
            (ProblemsModel.SHEET, 14),
            (ProblemsModel.ROW, 7),
            (ProblemsModel.COLUMN, 8),
            (ProblemsModel.VALUE, 24),
        ):
            header.resizeSection(column, chars * width + 16)

        # What the check did to the values ("multiplied by 1.000"), and the values it doubts.
        self.notices = QLabel()
        self.notices.setObjectName("importNotices")
        self.notices.setWordWrap(True)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings = QLabel()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet(WARNING_STYLE)

        self.creations = QLabel()
        self.creations.setObjectName("importCreations")
        self.creations.setWordWrap(True)
        self.creations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_button = QPushButton(icon("export"), self.tr("Export report…"))
        self.export_button.setObjectName("exportImportReport")
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(
            self.tr("Save the problems as a workbook to correct the file row by row")
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export_report())
        self.valid_only = QCheckBox(self.tr("Import the valid rows only"))
        self.valid_only.setObjectName("importValidOnly")
        self.valid_only.setToolTip(
            self.tr("The rows with problems are left out; import them later from a corrected file")
        )
        self.valid_only.toggled.connect(self.valid_only_toggled)

        self.saved = QLabel()
        self.saved.setObjectName("importReportSaved")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # The box sits right, over the Import button it unlocks.
        tools = QHBoxLayout()
        tools.addWidget(self.export_button)
        tools.addWidget(self.saved)
        tools.addStretch(1)
        tools.addWidget(self.valid_only)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.verdict)
        layout.addWidget(self.hint)
        layout.addWidget(self.notices)
        layout.addWidget(self.warnings)
        layout.addWidget(self.creations)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room while the table is hidden, so lines stay on top
        layout.addLayout(tools)

    # --- showing a report -------------------------------------------------------------------

    def set_report(self, report: ImportReport) -> None:
        """Show a check's (or a refused import's) report: what an import would do."""
        self._show(report)
        has_problems = bool(report.problems)
        self.valid_only.setEnabled(has_problems)
        if not has_problems:
            self.valid_only.setChecked(False)
        if has_problems:
            self.say(
                self.tr(
                    "⚠ Problems found: {count}. Correct them in the file and choose it again, or "
                    'tick "Import the valid rows only" to leave those rows out for now.'
                ).format(count=group_thousands(len(report.problems))),
                PROBLEM_STYLE,
            )
        elif report.warnings:
            self.say(
                self.tr(
                    "⚠ No problems, but values to confirm: {count}. Check them below; Import asks "
                    "before it writes them as they are."
                ).format(count=group_thousands(len(report.warnings))),
                WARNING_STYLE + " font-weight: 600;",
            )
        elif report.new + report.updated == 0:
            self.say(self.tr("✓ No problems. Everything in the file is already in the register."))
        else:
            self.say(self.tr("✓ No problems found."))
        self.note(
            self.tr(
                "Nothing is written yet. Import writes the rows in one go: either all of them "
                "go into the register, or none does."
            )
            if report.new + report.updated
            else ""
        )

    def show_outcome(self, report: ImportReport) -> None:
        """An import that was written: what went in, nothing left to choose."""
        self._show(report)
        self.valid_only.setEnabled(False)
        self.creations.setVisible(False)
        self.warnings.setVisible(False)
        self.say(
            self.tr(
                "✓ Imported. New items: {new} · updated: {updated} · unchanged: {unchanged}"
            ).format(
                new=group_thousands(report.new),
                updated=group_thousands(report.updated),
                unchanged=group_thousands(report.unchanged),
            )
        )
        hint = self.tr("The register shows them now. You may close this window.")
        if report.problems:
            hint = self.tr(
                "Rows left out because of their problems: {count}. Export the report to correct "
                "them, then import the corrected file."
            ).format(count=group_thousands(report.rows_with_problems))
        self.note(hint)

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(
            self.tr(
                "{file}: rows read: {rows} · new items: {new} · updated: {updated} · "
                "unchanged: {unchanged} · rows with problems: {bad}"
            ).format(
                file=report.file,
                rows=group_thousands(report.rows),
                new=group_thousands(report.new),
                updated=group_thousands(report.updated),
                unchanged=group_thousands(report.unchanged),
                bad=group_thousands(report.rows_with_problems),
            )
        )
        self.model.set_problems(report.problems)
        self.saved.clear()
        # Each row as tall as its reason needs, while that is cheap; else one line and a tooltip.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
            if self.model.rowCount() <= WRAP_ROWS_UP_TO
            else QHeaderView.ResizeMode.Fixed
        )
        has_problems = bool(report.problems)
        for widget in (self.table, self.export_button, self.valid_only):
            widget.setVisible(has_problems)
        self._show_creations(report)
        self._show_notices(report)

    def say(self, text: str, style: str = OK_STYLE) -> None:
        """The verdict line: what the check (or the import) came to."""
        self.verdict.setText(text)
        self.verdict.setStyleSheet(style)

    def note(self, text: str) -> None:
        """The plain line under the verdict: what happens next, or what did not."""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def _show_notices(self, report: ImportReport) -> None:
        self.notices.setText("\n".join(entry_lines(report.notices, len(report.notices))))
        self.notices.setVisible(bool(report.notices))
        lines = []
        if report.warnings:
            lines.append(
                self.tr("Values to confirm ({count}):").format(
                    count=group_thousands(len(report.warnings))
                )
            )
            lines.extend(entry_lines(report.warnings))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def _show_creations(self, report: ImportReport) -> None:
        lines = []
        if report.new_rooms:
            lines.append(
                self.tr(
                    "Rooms not in the register yet, created on import ({count}): {names}"
                ).format(count=len(report.new_rooms), names=names_list(report.new_rooms))
            )
        if report.new_holders:
            lines.append(
                self.tr("Holders not known yet, added on import ({count}): {names}").format(
                    count=len(report.new_holders), names=names_list(report.new_holders)
                )
            )
        self.creations.setText("\n".join(lines))
        self.creations.setVisible(bool(lines))

    # --- export -----------------------------------------------------------------------------

    def export_report(self, path: str | Path | None = None) -> None:
        """Write the problems to .xlsx or .csv (asks where unless given)."""
        report = self.report
        if report is None or not report.problems:
            return
        target = Path(path) if path is not None else self._ask_path(report.file)
        if target is None:
            return
        problems = list(self.model.problems)
        headings = list(self.model.headings)
        self.export_button.setEnabled(False)

        def work() -> Path:
            write_problem_report(target, problems, headings, engine_text)
            return target

        run_in_background(work, self._exported, self._export_failed, self)

    def _ask_path(self, file_name: str) -> Path | None:
        folder = str(
            QSettings().value(FOLDER_KEY, "")
            or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        suggested = self.tr("{file} - problems.xlsx").format(file=Path(file_name).stem)
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        chosen, kind = ask_save_path(
            self,
            self.tr("Export the problems"),
            str(Path(folder) / suggested),
            f"{xlsx};;{csv}",
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if kind == csv else ".xlsx"))
        QSettings().setValue(FOLDER_KEY, str(target.parent))
        return target

    def _exported(self, target: Path) -> None:
        self.export_button.setEnabled(True)
        # Said beside the button, not in a box to click away: the dialog is still being worked in.
        self.saved.setText(self.tr("Saved: {file}").format(file=target.name))
        self.saved.setToolTip(str(target))
        self.exported.emit(str(target))

    def _export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, OSError):  # most often the file is open in Excel
            QMessageBox.warning(
                self,
                self.tr("Export report"),
                self.tr(
                    "The report could not be saved ({reason}). If the file is open in Excel, "
                    "close it and try again."
                ).format(reason=error.strerror or error),
            )
            return
        show_error(self, error)
