"""What needs attention: one urgency scale for everything that can fall due, and the protocol
through which each area reports its items.

A vehicle's tax, a service plan, a house's SIP, an occupant's retirement: each is due on a date
and is judged on the same scale, so Beranda, the area pages, the printed reports and
``inventaris due`` use the same words and colours for the same distance to the date. An area
only says how far ahead it warns (a vehicle 30 days, a SIP 90); what counts as "within 7 days"
is decided here once.

Areas publish their items through an ``AttentionSource`` (a function of the open session), and
``inventaris.areas`` lists the sources; nothing here knows the areas.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Protocol

from inventaris.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inventaris.core.permissions import Actor


class Urgency(enum.IntEnum):
    """How soon something falls due. Lower is more urgent; the UI colours by it and always
    shows a word too."""

    OVERDUE = 0
    WITHIN_7 = 1
    WITHIN_14 = 2
    WITHIN_30 = 3
    WITHIN_90 = 4
    NOTICE = 5  # worth knowing but not dated: a vacant house, incomplete settings
    OK = 6  # due, but beyond the area's warning horizon


# The upper bound in days of each dated step, nearest first.
_STEPS: tuple[tuple[int, Urgency], ...] = (
    (7, Urgency.WITHIN_7),
    (14, Urgency.WITHIN_14),
    (30, Urgency.WITHIN_30),
    (90, Urgency.WITHIN_90),
)


def urgency_of(due_on: date, today: date, *, warn_days: int = 30) -> Urgency:
    """The urgency of something due on ``due_on``: overdue the day after, then the steps of
    the one scale up to ``warn_days`` ahead, OK beyond that."""
    days = (due_on - today).days
    if days < 0:
        return Urgency.OVERDUE
    if days > warn_days:
        return Urgency.OK
    for bound, urgency in _STEPS:
        if days <= bound:
            return urgency
    return Urgency.OK


# The words for each step, in English for translation (the screen) ...
URGENCY_WORDS: dict[Urgency, str] = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("Engine", "Overdue"),
    Urgency.WITHIN_7: QT_TRANSLATE_NOOP("Engine", "≤ 7 days"),
    Urgency.WITHIN_14: QT_TRANSLATE_NOOP("Engine", "≤ 14 days"),
    Urgency.WITHIN_30: QT_TRANSLATE_NOOP("Engine", "≤ 30 days"),
    Urgency.WITHIN_90: QT_TRANSLATE_NOOP("Engine", "≤ 90 days"),
    Urgency.NOTICE: QT_TRANSLATE_NOOP("Engine", "Note"),
    Urgency.OK: QT_TRANSLATE_NOOP("Engine", "OK"),
}
# ... and as printed on the official papers, which are always in Indonesian. The Indonesian
# translation of each screen word is this same word (a test compares them).
PRINTED_URGENCY_WORDS: dict[Urgency, str] = {
    Urgency.OVERDUE: "Terlambat",
    Urgency.WITHIN_7: "≤ 7 hari",
    Urgency.WITHIN_14: "≤ 14 hari",
    Urgency.WITHIN_30: "≤ 30 hari",
    Urgency.WITHIN_90: "≤ 90 hari",
    Urgency.NOTICE: "Catatan",
    Urgency.OK: "Aman",
}


@dataclass(frozen=True)
class AttentionItem:
    """One thing that needs attention, in words the faces fill and translate.

    ``message`` is a translatable template filled with ``params`` (Beranda's line);
    ``subject`` names the vehicle or house it is about and ``summary`` is the shorter template
    that follows the subject on a line of ``inventaris due`` (the message when empty)."""

    urgency: Urgency
    area: str  # translatable area name
    message: str  # translatable template
    params: tuple[tuple[str, str], ...] = ()
    due_on: date | None = None
    subject: str = ""
    summary: str = ""
    asset_id: int | None = None  # the vehicle or house it is about: Enter on Beranda opens it


class AttentionSource(Protocol):
    """An area's list of what needs attention, read in the caller's open session.

    ``within_days`` is how far ahead the caller looks; an area with a rule of its own (the
    residences' 90 days) may look further."""

    def __call__(
        self, session: Session, actor: Actor, today: date, within_days: int
    ) -> list[AttentionItem]: ...


def sort_key(item: AttentionItem) -> tuple[Urgency, date]:
    """Most urgent first, then soonest; undated items after dated ones of the same urgency."""
    return (item.urgency, item.due_on or date.max)
