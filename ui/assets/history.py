"""An asset's history: every dated event, with who recorded it and when."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from inventaris.assets.events import EXTRA_YEARS, EventView
from inventaris.assets.types import CONDITION_LABELS, EVENT_LABELS, Condition, EventKind
from inventaris.core.formatting import format_date, format_datetime, format_rupiah
from ui.i18n import engine_text


def _condition(code: Any) -> str:
    try:
        return engine_text(CONDITION_LABELS[Condition(code)])
    except ValueError:
        return str(code)


class HistoryTable(QTableWidget):
    holder_activated = Signal(str)  # a holder's NIP, from a double-clicked holder change

    def __init__(self) -> None:
        super().__init__(0, 5)
        self.setObjectName("historyTable")
        self.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Event"),
                self.tr("Details"),
                self.tr("Note"),
                self.tr("Recorded by"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.events: list[EventView] = []
        # A holder's line opens what that employee holds now (their NIP; see the asset form).
        self.cellDoubleClicked.connect(lambda row, _column: self._holder_at(row))
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def describe(self, event: EventView) -> str:
        details = event.details
        if event.kind is EventKind.ACQUIRED:
            text = self.tr("{method}, {price}").format(
                method=details.get("method", ""), price=format_rupiah(event.amount or 0)
            )
            if details.get("from"):  # a finished construction (KIB F) it came from
                text += self.tr("; from {asset}").format(asset=details["from"])
            return text
        if event.kind is EventKind.MOVED:
            return self.tr("from {old} to {new}").format(
                old=details.get("from_room") or self.tr("no room"),
                new=details.get("to_room") or self.tr("no room"),
            )
        if event.kind is EventKind.CONDITION_CHANGED:
            return self.tr("from {old} to {new}").format(
                old=_condition(details.get("from")), new=_condition(details.get("to"))
            )
        if event.kind is EventKind.HOLDER_CHANGED:
            text = self.tr("from {old} to {new}").format(
                old=details.get("from") or "—", new=details.get("to") or "—"
            )
            if details.get("handover"):  # handed over or back with a BAST
                text += self.tr("; BAST {number}").format(number=details["handover"])
            return text
        if event.kind is EventKind.LENT:
            return self.tr("to {borrower} ({agreement}) until {date}; BAST {number}").format(
                borrower=details.get("borrower", ""),
                agreement=details.get("agreement", ""),
                date=format_date(date.fromisoformat(details["ends_on"]))
                if details.get("ends_on")
                else "—",
                number=details.get("handover", ""),
            )
        if event.kind is EventKind.LOAN_ENDED:
            return self.tr("BAST {number}").format(number=details.get("handover", ""))
        if event.kind is EventKind.VALUE_CHANGED:
            text = self.tr("+{amount}, now {total}").format(
                amount=format_rupiah(event.amount or 0), total=format_rupiah(details.get("to", 0))
            )
            if details.get(EXTRA_YEARS):
                text += self.tr("; useful life +{years} year(s)").format(years=details[EXTRA_YEARS])
            return text
        if event.kind is EventKind.RECLASSIFIED:
            return self.tr("from {old} to {new}").format(old=details["from"], new=details["to"])
        if event.kind is EventKind.DISPOSED:
            text = self.tr("{reason}, {decree}").format(
                reason=details.get("reason", ""), decree=details.get("decree", "")
            )
            if details.get("to"):  # a construction finished into a building
                text += self.tr("; now {asset}").format(asset=details["to"])
            return text
        if event.kind is EventKind.DISPOSAL_PROPOSED:
            return self.tr("{reason}; on the proposal {proposal}").format(
                reason=details.get("reason", ""), proposal=details.get("proposal", "")
            )
        if event.kind is EventKind.DISPOSAL_WITHDRAWN:
            return self.tr("from the proposal {proposal}").format(
                proposal=details.get("proposal", "")
            )
        return "; ".join(f"{field}: {old} → {new}" for field, (old, new) in details.items())

    def when(self, event: EventView) -> str:
        """The event's date; only its year when the day was never known."""
        if event.day_known:
            return format_date(event.occurred_on)
        return self.tr("{year}, day unknown").format(year=event.occurred_on.year)

    def _holder_at(self, row: int) -> None:
        if not 0 <= row < len(self.events):
            return
        event = self.events[row]
        if event.kind is EventKind.HOLDER_CHANGED:
            nip = event.details.get("to_nip") or event.details.get("from_nip")
            if nip:
                self.holder_activated.emit(str(nip))

    def show_events(self, events: list[EventView]) -> None:
        self.events = list(reversed(events))  # as shown: newest first
        self.setRowCount(0)
        for event in reversed(events):  # newest first
            row = self.rowCount()
            self.insertRow(row)
            values = (
                self.when(event),
                engine_text(EVENT_LABELS[event.kind]),
                self.describe(event),
                event.note,
                f"{event.recorded_by_name}, {format_datetime(event.recorded_at)}",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.setItem(row, column, item)
        self.resizeRowsToContents()
