"""Import codes…: the BPKAD's full code table into the database, from the register or Laporan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inventaris.catalog import CodeImportReport
from inventaris.core.errors import DomainError
from ui.context import AppContext
from ui.errors import show_error
from ui.files import ask_open_path


def import_codes(
    parent: QWidget, context: AppContext, path: str | None = None
) -> CodeImportReport | None:
    """Ask for the table (.xlsx or .csv) unless given, import it (all rows or none) and say what
    changed; None when cancelled or refused."""
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
    try:
        report = import_code_table(context.db, context.actor, Path(path))
    except DomainError as error:
        show_error(parent, error)
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "RegisterPage", "Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}."
        ).format(added=report.added, renamed=report.renamed, unchanged=report.unchanged),
    )
    return report
