"""Live views: what this window, another window or another PC writes reaches the hub.

``LiveUpdates`` listens to the database's own commits and starts the watcher of other writers
(inventaris/core/watchers.py, a thread of its own); both hand their changes to the hub, which
gathers them and emits ``Hub.changed`` on the GUI thread. The window starts it when a user
logs in and stops it at logout and when it closes.

``follow_changes`` is how a page hears ``Hub.changed``: at once while it is on screen; while it
is hidden the changes wait, and showing the page hands them over once (a burst elsewhere does not
make every hidden page read the database).

``ViewState`` keeps a table's selected rows (by record id) and its scroll position across a
reload, so a refresh that another PC caused does not move what the user is looking at.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject
from PySide6.QtWidgets import QAbstractItemView, QWidget

from inventaris.core.changes import Change, merge
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


class ShownChanges(QObject):
    """A page's ear on the hub: ``react(changes)`` runs at once while the page is visible; a
    hidden page only keeps the changes (merged), and the next time it is shown ``react`` runs
    once with all of them. ``react`` decides, as before, which changes it reloads for.

    A page shown with nothing kept reloads nothing (its first show included); F5 calls the
    page's refresh directly and is not held back."""

    def __init__(self, page: QWidget, react: Callable[[tuple[Change, ...]], object]) -> None:
        super().__init__(page)
        self.page = page
        self.react = react
        self.kept: tuple[Change, ...] = ()
        hub().changed.connect(self._changed)
        page.installEventFilter(self)

    @property
    def stale(self) -> bool:
        """Changes wait for the page to be shown (``react`` decides if they matter)."""
        return bool(self.kept)

    def _changed(self, changes: tuple[Change, ...]) -> None:
        if self.page.isVisible():
            self.react(changes)
        else:
            self.kept = merge((*self.kept, *changes))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.kept:
            changes, self.kept = self.kept, ()
            self.react(changes)
        return False


def follow_changes(page: QWidget, react: Callable[[tuple[Change, ...]], object]) -> ShownChanges:
    """Connect a page's reaction to data changes, held back while the page is hidden."""
    return ShownChanges(page, react)


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
