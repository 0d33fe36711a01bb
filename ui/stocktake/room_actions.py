"""What is done by hand in the chosen place of a stock-take, on the rows of its lists: tick an
item that has no readable label, take a check back, answer the working sheet's questions about
an item, note or remove an item the register does not have, and close the place's count.

The page owns one ``RoomActions``; its actions are the page's (``page.tick_action`` …). The
strings keep the page's translation context (``StocktakePage``): they were its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QToolBar

from inventaris.core.errors import DomainError
from inventaris.stocktake.answers import get_answer, remove_finding
from inventaris.stocktake.counting import close_place, tick, untick
from inventaris.stocktake.types import FindingView
from ui.errors import show_error
from ui.icons import icon
from ui.screen import rank_actions
from ui.stocktake.scanning import outcome_text

if TYPE_CHECKING:
    from ui.stocktake.stocktake_page import StocktakePage


class RoomActions(QObject):
    def __init__(self, page: StocktakePage) -> None:
        super().__init__(page)
        self.page = page
        self.toolbar = self._toolbar()

    def _toolbar(self) -> QToolBar:
        page = self.page
        bar = QToolBar()
        bar.setObjectName("roomToolbar")
        bar.setIconSize(QSize(16, 16))  # small: at 150 % its daily three must fit the half page
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        def action(name: str, object_name: str, text: str, slot: Any, tip: str) -> QAction:
            item = QAction(icon(name), text, page)
            item.setObjectName(object_name)
            item.setToolTip(tip)
            item.triggered.connect(lambda _checked=False: slot())
            item.setVisible(page.editable)
            bar.addAction(item)
            return item

        self.tick_action = action(
            "tick",
            "tickAction",
            QCoreApplication.translate("StocktakePage", "Tick by hand"),
            self.tick_selected,
            QCoreApplication.translate(
                "StocktakePage", "The chosen item is here but has no readable label"
            ),
        )
        self.answer_action = action(
            "edit",
            "answerAction",
            QCoreApplication.translate("StocktakePage", "Answers…"),
            self.answer,
            QCoreApplication.translate(
                "StocktakePage",
                "Lost or not found, condition, wrong data, used by, recorded twice (F2)",
            ),
        )
        self.answer_action.setShortcut(QKeySequence("F2"))
        self.answer_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        page.addAction(self.answer_action)
        self.finding_action = action(
            "add",
            "findingAction",
            QCoreApplication.translate("StocktakePage", "Unrecorded item…"),
            self.add_finding,
            QCoreApplication.translate(
                "StocktakePage", "An item found here that the register does not have"
            ),
        )
        self.untick_action = action(
            "untick",
            "untickAction",
            QCoreApplication.translate("StocktakePage", "Take back the tick"),
            self.untick_selected,
            QCoreApplication.translate(
                "StocktakePage", "Take back the scans and ticks of the chosen item in this room"
            ),
        )
        self.remove_finding_action = action(
            "stop",
            "removeFindingAction",
            QCoreApplication.translate("StocktakePage", "Remove the finding"),
            self.remove_selected_finding,
            QCoreApplication.translate("StocktakePage", "Remove a finding noted by mistake"),
        )
        self.close_action = action(
            "close_room",
            "closeRoomAction",
            QCoreApplication.translate("StocktakePage", "Close the room"),
            self.close_room,
            QCoreApplication.translate(
                "StocktakePage",
                "The count of this room is over: what is not checked is not found",
            ),
        )
        rank_actions(
            [self.tick_action, self.answer_action, self.finding_action],
            [self.untick_action, self.remove_finding_action, self.close_action],
        )
        bar.setVisible(page.editable)
        return bar

    def add_context_menus(self) -> None:
        """Right-click on a row: what the room's toolbar does to it."""
        if not self.page.editable:
            return
        lists = self.page.tabs
        for table, actions in (
            (lists.items_table, (self.tick_action, self.untick_action, self.answer_action)),
            (lists.strangers_table, (self.untick_action, self.answer_action)),
            (lists.findings_table, (self.answer_action, self.remove_finding_action)),
        ):
            table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            table.addActions(list(actions))

    def update_actions(self) -> None:
        page, lists = self.page, self.page.tabs
        listing = page.listing
        here = page.counting() and listing is not None
        chosen = lists.selected_item()
        finding = lists.selected_finding()
        self.tick_action.setEnabled(here and lists.on_items() and chosen is not None)
        self.untick_action.setEnabled(here and chosen is not None)
        self.answer_action.setEnabled(here and (chosen is not None or finding is not None))
        self.finding_action.setEnabled(here)
        self.remove_finding_action.setEnabled(
            here and finding is not None and finding.registered_asset_id is None
        )
        self.close_action.setEnabled(here and listing is not None and not listing.progress.closed)

    # --- counting by hand -------------------------------------------------------------------

    def tick_selected(self) -> None:
        page = self.page
        item = page.tabs.selected_item()
        if not page.counting() or item is None or page.current is None or page.place is None:
            return
        context = page.context
        try:
            outcome = tick(
                context.db, context.actor, page.current.id, page.place, item.recorded.asset_id
            )
        except DomainError as error:
            show_error(page, error)
            return
        page.banner.show_result(outcome.result, outcome_text(outcome))
        page.after_change()

    def untick_selected(self) -> None:
        page = self.page
        item = page.tabs.selected_item()
        if not page.counting() or item is None or page.current is None or page.place is None:
            return
        context = page.context
        try:
            taken = untick(
                context.db, context.actor, page.current.id, page.place, item.recorded.asset_id
            )
        except DomainError as error:
            show_error(page, error)
            return
        if taken:
            text = QCoreApplication.translate(
                "StocktakePage", "The check of {item} in this room is taken back."
            )
        else:
            text = QCoreApplication.translate(
                "StocktakePage", "{item} was not checked in this room: nothing to take back."
            )
        page.after_change(text.format(item=item.recorded.code_register))

    def answer(self) -> None:
        """The chosen item's answers (or the chosen finding's description)."""
        from ui.stocktake.answer_dialog import AnswerDialog

        page = self.page
        if not page.counting() or page.current is None:
            return
        finding = page.tabs.selected_finding()
        if finding is not None:
            self.edit_finding(finding)
            return
        item = page.tabs.selected_item()
        if item is None:
            return
        context = page.context
        try:
            answer = get_answer(context.db, context.actor, page.current.id, item.recorded.asset_id)
        except DomainError as error:
            show_error(page, error)
            return
        page.last_dialog = AnswerDialog(context, page.current.id, answer, page)
        self._open(page.last_dialog)

    def add_finding(self) -> None:
        from ui.stocktake.finding_dialog import FindingDialog

        page = self.page
        if not page.counting() or page.current is None or page.place is None:
            return
        name = page.place_names.get(page.place, "")
        page.last_dialog = FindingDialog(
            page.context, page.current.id, page.place, name, None, page
        )
        self._open(page.last_dialog)

    def edit_finding(self, finding: FindingView) -> None:
        from ui.stocktake.finding_dialog import FindingDialog

        page = self.page
        if not page.counting() or page.current is None:
            return
        if finding.registered_asset_id is not None:
            QMessageBox.information(
                page,
                QCoreApplication.translate("StocktakePage", "Item not in the register"),
                QCoreApplication.translate(
                    "StocktakePage",
                    "This item has been registered: change it in the asset register.",
                ),
            )
            return
        page.last_dialog = FindingDialog(
            page.context, page.current.id, finding.place, finding.place_name, finding, page
        )
        self._open(page.last_dialog)

    def remove_selected_finding(self) -> None:
        page = self.page
        finding = page.tabs.selected_finding()
        if not page.counting() or finding is None or page.current is None:
            return
        answer = QMessageBox.question(
            page,
            QCoreApplication.translate("StocktakePage", "Remove the finding"),
            QCoreApplication.translate(
                "StocktakePage", "Remove {what} from the findings of this room?"
            ).format(what=finding.name or finding.scanned),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_finding(page.context.db, page.context.actor, page.current.id, finding.id)
        except DomainError as error:
            show_error(page, error)
            return
        page.after_change()

    def close_room(self) -> None:
        page = self.page
        listing = page.listing
        if not page.counting() or page.current is None or listing is None:
            return
        progress = listing.progress
        missing = max(0, progress.expected - progress.checked)
        answer = QMessageBox.question(
            page,
            QCoreApplication.translate("StocktakePage", "Close the room"),
            page.close_question(progress.name, missing),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            marked = close_place(
                page.context.db, page.context.actor, page.current.id, progress.place
            )
        except DomainError as error:
            show_error(page, error)
            return
        page.after_change(page.closed_text(progress.name, marked))

    def _open(self, dialog: QDialog) -> None:
        dialog.accepted.connect(lambda: self.page.after_change())
        dialog.rejected.connect(self.page.focus_scan)
        dialog.open()
