"""Signals between areas: when one area changes data, the others refresh what they show."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    assets_changed = Signal()
    rooms_changed = Signal()
    vehicles_changed = Signal()
    bookings_changed = Signal()
    residences_changed = Signal()


_hub: Hub | None = None


def hub() -> Hub:
    global _hub
    if _hub is None:
        _hub = Hub()
    return _hub
