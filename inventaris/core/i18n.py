"""Marking user-facing engine text for translation without importing Qt.

The engine speaks English in the code; the UI and the command line translate through Qt's
translation system. ``pyside6-lupdate`` finds every ``QT_TRANSLATE_NOOP("Engine", ...)`` call by
its name, so engine messages land in the same .ts files as the widgets' strings.
"""

from __future__ import annotations

ENGINE_CONTEXT = "Engine"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; marks it for extraction under ``context``."""
    del context
    return text
