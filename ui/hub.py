"""Signals between areas: when data changes (here, on another PC, in another window), the views
that show it refresh.

``changed`` carries a tuple of ``Change`` (inventaris/core/changes.py) on the GUI thread,
gathered by a short timer so a burst (a save that writes rooms and assets, the same change
heard from the database and from the dialog that made it) costs one refresh. Changes come from
``publish`` (any thread: the database's own writes, the watcher of other PCs) and from the old
per-area signals, which dialogs still emit after a save. The old signals stay: the hub emits
them for changes the database told it of, so an older connection still hears other PCs.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance

from inventaris.core.changes import Change, merge

# Changes heard from the database wait this long for more of the same burst.
GATHER_MS = 150
# Which old signal each area's changes also emit (areas without one emit only ``changed``).
LEGACY_SIGNALS = {
    "assets": "assets_changed",
    "rooms": "rooms_changed",
    "vehicles": "vehicles_changed",
    "bookings": "bookings_changed",
    "residences": "residences_changed",
    # A hand-over or a disposal changes what the register shows of its items.
    "handovers": "assets_changed",
    "disposals": "assets_changed",
}


class Hub(QObject):
    assets_changed = Signal()
    rooms_changed = Signal()
    vehicles_changed = Signal()
    bookings_changed = Signal()
    residences_changed = Signal()
    changed = Signal(object)  # tuple[Change, ...], on the GUI thread, gathered
    _arrived = Signal(object)  # from any thread

    def __init__(self) -> None:
        super().__init__()
        self._pending: list[Change] = []
        self._legacy_due: set[str] = set()  # old signals to emit at the next flush
        self._relaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._arrived.connect(self._receive, Qt.ConnectionType.QueuedConnection)
        for area in ("assets", "rooms", "vehicles", "bookings", "residences"):
            signal: SignalInstance = getattr(self, LEGACY_SIGNALS[area])
            signal.connect(lambda area=area: self._legacy_emitted(area))

    def publish(self, changes: Iterable[Change]) -> None:
        """Hand changes to the hub from any thread; ``changed`` follows on the GUI thread."""
        changes = tuple(changes)
        if changes:
            self._arrived.emit(changes)

    def _receive(self, changes: tuple[Change, ...]) -> None:
        self._pending.extend(changes)
        for change in changes:
            name = LEGACY_SIGNALS.get(change.area)
            if name is not None:
                self._legacy_due.add(name)
        if not self._timer.isActive():
            self._timer.start(GATHER_MS)

    def _legacy_emitted(self, area: str) -> None:
        """A dialog emitted an old signal after its save: its listeners heard it already; the
        views on ``changed`` hear it with whatever else arrived, at once."""
        if self._relaying:
            return
        self._pending.append(Change(area, None, frozenset(), remote=False))
        self._legacy_due.discard(LEGACY_SIGNALS[area])
        self._timer.start(0)

    def flush(self) -> None:
        self._timer.stop()
        if not self._pending:
            return
        changes, self._pending = merge(self._pending), []
        due, self._legacy_due = self._legacy_due, set()
        self.changed.emit(changes)
        self._relaying = True
        try:
            for name in sorted(due):
                getattr(self, name).emit()
        finally:
            self._relaying = False


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
