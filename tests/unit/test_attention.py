"""One urgency scale: its steps, each area's horizon, and one word per step on screen and paper."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import date, timedelta

import pytest

from inventaris.assets.types import CONDITION_LABELS, PRINTED_CONDITION_WORDS, Condition
from inventaris.core.attention import PRINTED_URGENCY_WORDS, URGENCY_WORDS, Urgency, urgency_of
from ui.translations import ts_file

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("days", "warn_days", "expected"),
    [
        (-1, 30, Urgency.OVERDUE),
        (0, 30, Urgency.WITHIN_7),
        (7, 30, Urgency.WITHIN_7),
        (8, 30, Urgency.WITHIN_14),
        (14, 30, Urgency.WITHIN_14),
        (15, 30, Urgency.WITHIN_30),
        (30, 30, Urgency.WITHIN_30),
        (31, 30, Urgency.OK),  # beyond a vehicle's 30 days
        (31, 90, Urgency.WITHIN_90),  # a SIP is announced 90 days ahead
        (90, 90, Urgency.WITHIN_90),
        (91, 90, Urgency.OK),
        (10, 7, Urgency.OK),
    ],
)
def test_each_step_of_the_scale(days: int, warn_days: int, expected: Urgency) -> None:
    assert urgency_of(TODAY + timedelta(days=days), TODAY, warn_days=warn_days) is expected


def test_every_step_has_a_word_on_screen_and_on_paper() -> None:
    assert set(URGENCY_WORDS) == set(PRINTED_URGENCY_WORDS) == set(Urgency)


def _engine_translations() -> dict[str | None, str | None]:
    return {
        message.findtext("source"): message.findtext("translation")
        for context in ElementTree.parse(ts_file("id")).iter("context")
        if context.findtext("name") == "Engine"
        for message in context.iter("message")
    }


def test_the_indonesian_screen_word_is_the_printed_word() -> None:
    translations = _engine_translations()
    assert {urgency: translations[word] for urgency, word in URGENCY_WORDS.items()} == (
        PRINTED_URGENCY_WORDS
    )


def test_the_indonesian_condition_word_is_the_printed_word() -> None:
    translations = _engine_translations()
    assert set(CONDITION_LABELS) == set(PRINTED_CONDITION_WORDS) == set(Condition)
    assert {condition: translations[word] for condition, word in CONDITION_LABELS.items()} == (
        PRINTED_CONDITION_WORDS
    )
    # The screen words are English: a user who chose English does not meet "Rusak Berat".
    assert not set(CONDITION_LABELS.values()) & set(PRINTED_CONDITION_WORDS.values())
