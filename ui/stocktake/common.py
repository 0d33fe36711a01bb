"""What the stock-take's page, lists and forms share: the words for a condition, and the colours
of a count (UI.md: green found, amber in the wrong place, then orange and red)."""

from __future__ import annotations

from inventaris.assets.types import CONDITION_LABELS, Condition
from ui.i18n import engine_text

GREEN, AMBER, ORANGE, RED = "#2e7d32", "#b28704", "#ef6c00", "#c62828"


def condition_word(code: str) -> str:
    return engine_text(CONDITION_LABELS[Condition(code)]) if code else ""
