"""Qt translations: Indonesian by default, English second.

The code's source strings are English; ``resources/translations/inventaris_id.ts`` carries the
Indonesian words. Engine messages arrive as DomainError templates in the "Engine" context and
are translated here, parameters included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from inventaris.core.errors import DomainError, fill_template
from inventaris.core.i18n import ENGINE_CONTEXT
from inventaris.core.paths import resources_dir

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def saved_language() -> str:
    value = QSettings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue("language", language if language in LANGUAGES else DEFAULT_LANGUAGE)


def install_translator(app: QCoreApplication, language: str) -> str:
    """Load the .qm of ``language`` (both languages ship one) and make it current.

    Indonesian also loads qt_id.qm: the words of Qt's own buttons and dialogs (Yes/No, the
    file and print dialogs), which Qt itself does not translate into Indonesian."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for catalogue in (f"inventaris_{language}.qm", f"qt_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / catalogue)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if language == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia,
        )
    )
    return language


def engine_text(text: str) -> str:
    """Translate a string the engine marked with QT_TRANSLATE_NOOP("Engine", ...)."""
    return QCoreApplication.translate(ENGINE_CONTEXT, text)


def error_text(error: DomainError) -> str:
    """The message of a domain error in the user's language, parameters translated too."""
    params: dict[str, Any] = {
        key: engine_text(value) if isinstance(value, str) else value
        for key, value in error.params.items()
    }
    return fill_template(QCoreApplication.translate(error.context, error.template), params)
