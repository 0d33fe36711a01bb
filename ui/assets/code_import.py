"""Import codes…: the BPKAD's full code table into the database, from the register or Laporan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from inventaris.catalog import CodeImportReport
from ui.context import AppContext
from ui.errors import show_error
from ui.files import ask_open_path
from ui.worker import Job, run_in_background


def import_codes(
    parent: QWidget,
    context: AppContext,
    path: str | None = None,
    on_done: Callable[[CodeImportReport], object] | None = None,
) -> Job | None:
    """Ask for the table (.xlsx or .csv) unless given and import it (all rows or none) off the
    GUI thread: a table that renames a parent rewrites the search words of every item under
    it, some seconds on a large register. Then say what changed and call ``on_done``; None
    when cancelled."""
    from inventaris.catalog import import_code_table  # openpyxl loads only when used

    # The words were the register's first: they keep its translation context.
    title = QCoreApplication.translate("RegisterPage", "Import the code table")
    if path is None:
        path, _ = ask_open_path(
            parent,
            title,
            "",
            QCoreApplication.translate("RegisterPage", "Spreadsheets (*.xlsx *.csv)"),
        )
        if not path:
            return None
    chosen = Path(path)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def done(report: CodeImportReport) -> None:
        QApplication.restoreOverrideCursor()
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate(
                "RegisterPage", "Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}."
            ).format(added=report.added, renamed=report.renamed, unchanged=report.unchanged),
        )
        if on_done is not None:
            on_done(report)

    def failed(error: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        show_error(parent, error)

    return run_in_background(
        lambda: import_code_table(context.db, context.actor, chosen), done, failed, parent
    )
