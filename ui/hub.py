"""Signals between areas: when data changes (here, on another PC, in another window), the views
that show it refresh.

``changed`` carries a tuple of ``Change`` (inventaris/core/changes.py) on the GUI thread,
gathered by a short timer so a burst (a save that writes rooms and assets, the same change
heard twice) costs one refresh. Changes come from ``publish``, from any thread: the database's
own writes and the watcher of other PCs.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from inventaris.core.changes import Change, merge

# Changes heard from the database wait this long for more of the same burst.
GATHER_MS = 150


class Hub(QObject):
    changed = Signal(object)  # tuple[Change, ...], on the GUI thread, gathered
    _arrived = Signal(object)  # from any thread

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[Change] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._arrived.connect(self._receive, Qt.ConnectionType.QueuedConnection)

    def publish(self, changes: Iterable[Change]) -> None:
        """Hand changes to the hub from any thread; ``changed`` follows on the GUI thread."""
        changes = tuple(changes)
        if changes:
            self._arrived.emit(changes)

    def _receive(self, changes: tuple[Change, ...]) -> None:
        self._pending.extend(changes)
        if not self._timer.isActive():
            self._timer.start(GATHER_MS)

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        changes, self._pending = merge(self._pending), []
        self.changed.emit(changes)


_hub: Hub | None = None


def hub() -> Hub:
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub


def touches(
    changes: Iterable[Change], areas: Iterable[str], unit_ids: Iterable[int] | None = None
) -> bool:
    """Whether ``changes`` reach any of ``areas`` (in one of ``unit_ids``, when given)."""
    wanted = set(areas)
    units = None if unit_ids is None else set(unit_ids)
    return any(
        change.area in wanted
        and (units is None or not units or change.unit_id is None or change.unit_id in units)
        for change in changes
    )
