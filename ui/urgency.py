"""The one colour-and-word table for urgency, on Beranda and every area's page.

The words are the engine's (``inventaris.core.attention``), so the screen, the printed papers
and ``inventaris due`` say the same thing; a colour never stands alone, a word goes with it.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from inventaris.core.attention import URGENCY_WORDS, Urgency
from ui.i18n import engine_text

URGENCY_COLOURS: dict[Urgency, str | None] = {
    Urgency.OVERDUE: "#c62828",
    Urgency.WITHIN_7: "#ef6c00",
    Urgency.WITHIN_14: "#b28704",
    Urgency.WITHIN_30: "#b28704",
    Urgency.WITHIN_90: "#b28704",
    Urgency.NOTICE: "#37474f",
    Urgency.OK: None,
}


def urgency_word(urgency: Urgency) -> str:
    return engine_text(URGENCY_WORDS[urgency])


def urgency_colour(urgency: Urgency) -> QColor | None:
    """The text colour of an item of this urgency; None keeps the list's own colour."""
    colour = URGENCY_COLOURS[urgency]
    return QColor(colour) if colour else None
