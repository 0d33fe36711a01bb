"""What is done to a stock-take as a whole, from the page's toolbar: start one, change its
decree, dates, team or scope, finish it, apply its follow-ups, and put it on paper (the LHI
workbook and the berita acara).

The page owns one ``StocktakeActions``; its actions are the page's (``page.start_action`` …).
The strings keep the page's translation context (``StocktakePage``): they were its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar

from inventaris.core.errors import DomainError
from inventaris.stocktake.results import stocktake_counts
from inventaris.stocktake.sessions import finish_stocktake
from inventaris.stocktake.types import StocktakeView
from ui.busy import BusyIndicator, run_busy
from ui.errors import show_error
from ui.files import ask_save_path
from ui.icons import icon
from ui.screen import rank_actions
from ui.worker import Job

if TYPE_CHECKING:
    from ui.stocktake.stocktake_page import StocktakePage

FORBIDDEN_IN_FILE_NAMES = str.maketrans({char: "-" for char in '<>:"/\\|?*'})


class StocktakeActions(QObject):
    def __init__(self, page: StocktakePage) -> None:
        super().__init__(page)
        self.page = page
        self.toolbar = self._toolbar()
        # The papers are laid out and written on the worker; meanwhile their actions wait.
        self.busy_line = QLabel()
        self.busy = BusyIndicator(
            page,
            self.busy_line,
            [self.workbook_action, self.pdf_action],
            QCoreApplication.translate("FormDialog", "Saving…"),
        )
        self.job: Job | None = None
        self.written: Path | None = None  # the last paper saved

    def _toolbar(self) -> QToolBar:
        page = self.page
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(name: str, text: str, slot: Any, shortcut: str = "") -> QAction:
            item = QAction(icon(name), text, page)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
                item.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                item.setToolTip(f"{text.rstrip('…')} ({shortcut})")
            item.triggered.connect(lambda _checked=False: slot())
            bar.addAction(item)
            page.addAction(item)
            return item

        self.start_action = action(
            "add",
            QCoreApplication.translate("StocktakePage", "Start a stock-take…"),
            self.start_stocktake,
            "Ctrl+N",
        )
        self.edit_action = action(
            "edit", QCoreApplication.translate("StocktakePage", "Change…"), self.edit_stocktake
        )
        self.edit_action.setToolTip(
            QCoreApplication.translate(
                "StocktakePage", "Change the name, decree, dates, team or scope"
            )
        )
        self.finish_action = action(
            "ok", QCoreApplication.translate("StocktakePage", "Finish"), self.finish
        )
        self.finish_action.setToolTip(
            QCoreApplication.translate(
                "StocktakePage", "Finish the count: every item not checked is recorded as not found"
            )
        )
        for item in (self.start_action, self.edit_action, self.finish_action):
            item.setVisible(page.editable)
        bar.addSeparator().setVisible(page.editable)
        self.followups_action = action(
            "followup",
            QCoreApplication.translate("StocktakePage", "Follow-ups…"),
            self.show_followups,
        )
        self.followups_action.setToolTip(
            QCoreApplication.translate(
                "StocktakePage",
                "Move, record the condition, register, propose for disposal: one by one",
            )
        )
        self.workbook_action = action(
            "export",
            QCoreApplication.translate("StocktakePage", "Save report (.xlsx)…"),
            self.save_workbook,
            "Ctrl+E",
        )
        self.pdf_action = action(
            "pdf",
            QCoreApplication.translate("StocktakePage", "Berita acara (PDF)…"),
            self.save_berita_acara,
        )
        self.pdf_action.setToolTip(
            QCoreApplication.translate(
                "StocktakePage",
                "The Berita Acara Inventarisasi with the recap and the lists, as a PDF",
            )
        )
        rank_actions(
            [self.start_action, self.followups_action, self.workbook_action, self.pdf_action],
            [self.edit_action, self.finish_action],
        )
        return bar

    def update_actions(self) -> None:
        page = self.page
        counting = page.counting()
        has_open = any(v.is_open for v in page.stocktakes)
        self.start_action.setEnabled(page.editable and not has_open)
        self.start_action.setToolTip(
            QCoreApplication.translate(
                "StocktakePage", "A stock-take is open: finish it before starting another."
            )
            if has_open
            else QCoreApplication.translate("StocktakePage", "Start a stock-take (Ctrl+N)")
        )
        self.edit_action.setEnabled(counting)
        self.finish_action.setEnabled(counting)
        for item in (self.followups_action, self.workbook_action, self.pdf_action):
            item.setEnabled(page.current is not None)

    # --- the stock-take ---------------------------------------------------------------------

    def start_stocktake(self) -> None:
        from ui.stocktake.stocktake_dialog import StocktakeDialog

        page = self.page
        if not page.editable:
            return
        page.last_dialog = StocktakeDialog(page.context, None, page)
        page.last_dialog.accepted.connect(self._started)
        page.last_dialog.open()

    def _started(self) -> None:
        page = self.page
        view = getattr(page.last_dialog, "result_value", None)
        if isinstance(view, StocktakeView):
            page.current = view  # chosen once the list is back
            page.status(
                QCoreApplication.translate("StocktakePage", "{name} started.").format(
                    name=view.name
                )
            )
        page.refresh()

    def edit_stocktake(self) -> None:
        from ui.stocktake.stocktake_dialog import StocktakeDialog

        page = self.page
        if not page.counting() or page.current is None:
            return
        page.last_dialog = StocktakeDialog(page.context, page.current, page)
        page.last_dialog.accepted.connect(page.refresh)
        page.last_dialog.open()

    def finish(self) -> None:
        page = self.page
        view = page.current
        if not page.counting() or view is None:
            return
        try:
            counts = stocktake_counts(page.context.db, page.context.actor, view.id)
        except DomainError as error:
            show_error(page, error)
            return
        answer = QMessageBox.question(
            page,
            QCoreApplication.translate("StocktakePage", "Finish the stock-take"),
            page.finish_question(view.name, counts),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            finished = finish_stocktake(page.context.db, page.context.actor, view.id)
        except DomainError as error:
            show_error(page, error)
            return
        page.current = finished
        page.status(
            QCoreApplication.translate("StocktakePage", "{name} finished.").format(
                name=finished.name
            )
        )
        page.refresh()

    def show_followups(self) -> None:
        from ui.stocktake.followups_dialog import FollowUpsDialog

        page = self.page
        if page.current is None:
            return
        page.last_dialog = FollowUpsDialog(page.context, page.current, page)
        page.last_dialog.finished.connect(lambda _result: page.reload_lists())
        page.last_dialog.open()

    # --- on paper ---------------------------------------------------------------------------

    def _ask_path(self, title: str, suggested: str, pattern: str, path: str | None) -> Path | None:
        if path is None:
            path, _ = ask_save_path(
                self.page, title, suggested.translate(FORBIDDEN_IN_FILE_NAMES), pattern
            )
        return Path(path) if path else None

    def _write(self, target: Path | None, write: Callable[[Path], object]) -> Job | None:
        """Write a paper on the worker (``write`` reads no widget): the window goes on, the
        paper actions wait; then say where it went, or why it could not. None if not started."""
        page = self.page
        if target is None or self.busy.active:
            return None

        def saved(_result: object) -> None:
            self.written = target
            page.status(
                QCoreApplication.translate("StocktakePage", "Saved: {path}").format(path=target)
            )

        self.job = run_busy(
            self.busy, lambda: write(target), saved, lambda error: show_error(page, error), page
        )
        return self.job

    def save_workbook(self, path: str | None = None) -> Job | None:
        """The LHI lists, the recap and the working sheet as an Excel workbook."""
        from inventaris.stocktake.workbook import write_stocktake_workbook

        page = self.page
        view = page.current
        if view is None or self.busy.active:
            return None
        target = self._ask_path(
            QCoreApplication.translate("StocktakePage", "Save the stock-take report"),
            f"{view.name}.xlsx",
            QCoreApplication.translate("StocktakePage", "Excel workbook (*.xlsx)"),
            path,
        )
        context = page.context
        return self._write(
            target, lambda to: write_stocktake_workbook(context.db, context.actor, view.id, to)
        )

    def save_berita_acara(self, path: str | None = None) -> Job | None:
        """The Berita Acara Inventarisasi with the team's signature blocks, as a PDF."""
        from inventaris.office import get_office_settings
        from inventaris.stocktake.results import stocktake_results
        from ui.printing import stocktake_document, write_pdf

        page = self.page
        view = page.current
        if view is None or self.busy.active:
            return None
        target = self._ask_path(
            QCoreApplication.translate("StocktakePage", "Save the berita acara"),
            f"Berita acara {view.name}.pdf",
            QCoreApplication.translate("StocktakePage", "PDF (*.pdf)"),
            path,
        )
        context = page.context

        def write(to: Path) -> None:
            results = stocktake_results(context.db, context.actor, view.id)
            office = get_office_settings(context.db, context.actor, view.unit_id)
            write_pdf(stocktake_document(results, office), to)

        return self._write(target, write)
