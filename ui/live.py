"""Live views: what this window, another window or another PC writes reaches the hub.

``LiveUpdates`` listens to the database's own commits and starts the watcher of other writers
(inventaris/core/watchers.py, a thread of its own); both hand their changes to the hub, which
gathers them and emits ``Hub.changed`` on the GUI thread. The window starts it when a user
logs in and stops it at logout and when it closes.

``ViewState`` keeps a table's selected rows (by record id) and its scroll position across a
reload, so a refresh that another PC caused does not move what the user is looking at.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView

from inventaris.core.changes import Change
from inventaris.core.db import Database
from inventaris.core.watchers import ChangeWatcher, watch_changes
from ui.hub import Hub, hub
from ui.table_model import ROW_ROLE


class LiveUpdates(QObject):
    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.watcher: ChangeWatcher | None = None
        self._hub: Hub | None = None

    def start(self) -> None:
        if self.watcher is not None:
            return
        self._hub = hub()  # made here, on the GUI thread, before any thread can call it
        self.db.add_change_listener(self._deliver)
        self.watcher = watch_changes(self.db, self._deliver)
        watcher = self.watcher
        # Closing the window deletes this object: the thread must not outlive it.
        self.destroyed.connect(lambda _object=None: watcher.stop(timeout=0.5))

    def stop(self) -> None:
        self.db.remove_change_listener(self._deliver)
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None

    def _deliver(self, changes: tuple[Change, ...]) -> None:
        """On a worker or the watcher's thread: only the hub's thread-safe door."""
        if self._hub is not None:
            self._hub.publish(changes)


@dataclass
class ViewState:
    """What a table shows of itself: the selected records, the current one, the scroll."""

    selected: list[Hashable]
    current: Hashable | None
    vertical: int
    horizontal: int

    @classmethod
    def of(
        cls, view: QAbstractItemView, key: Callable[[QModelIndex], Hashable | None]
    ) -> ViewState:
        """``key(index)``: the record id of a row of the view's model (its column 0 index)."""
        selection = view.selectionModel()
        rows = sorted({index.row() for index in selection.selectedIndexes()}) if selection else []
        model = view.model()
        selected = [key(model.index(row, 0)) for row in rows]
        current = view.currentIndex()
        return cls(
            [each for each in selected if each is not None],
            key(model.index(current.row(), 0)) if current.isValid() else None,
            view.verticalScrollBar().value(),
            view.horizontalScrollBar().value(),
        )

    def restore(
        self, view: QAbstractItemView, key: Callable[[QModelIndex], Hashable | None]
    ) -> bool:
        """Select the same records again where they still are, and scroll back; whether any
        selected record was found."""
        model, selection = view.model(), view.selectionModel()
        wanted = set(self.selected)
        found = QItemSelection()
        current: QModelIndex | None = None
        if wanted or self.current is not None:
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                record = key(index)
                if record in wanted:
                    found.select(index, model.index(row, max(0, model.columnCount() - 1)))
                if record == self.current and record is not None:
                    current = index
        if selection is not None:
            if current is not None:
                selection.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            if not found.isEmpty() or wanted:
                selection.select(found, flags)
        view.doItemsLayout()  # the scroll bars' ranges follow the new rows now, not later
        view.verticalScrollBar().setValue(self.vertical)
        view.horizontalScrollBar().setValue(self.horizontal)
        return not found.isEmpty()


def row_key(*names: str) -> Callable[[QModelIndex], Hashable | None]:
    """The key of a ``RowsModel`` row (through any proxy): its attribute(s) ``names``."""

    def key(index: QModelIndex) -> Hashable | None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        if row is None:
            return None
        values = tuple(getattr(row, name, None) for name in names)
        return values[0] if len(values) == 1 else values

    return key


def scroll_back(view: QAbstractItemView, vertical: int) -> None:
    """Put a reloaded view's vertical scroll where it was (its rows laid out first)."""
    view.doItemsLayout()
    view.verticalScrollBar().setValue(vertical)
