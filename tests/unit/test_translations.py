"""Every user-facing string has its Indonesian words, and the shipped files are up to date."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from ui import translations

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _messages(path: Path) -> dict[tuple[str, str], str]:
    result = {}
    for context in ElementTree.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext())
            result[(name, message.findtext("source") or "")] = text
    return result


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as lupdate makes them from today's code, merged with the shipped ones."""
    target = tmp_path_factory.mktemp("ts")
    for language in translations.LANGUAGES:
        (target / f"inventaris_{language}.ts").write_bytes(
            translations.ts_file(language).read_bytes()
        )
    translations.update_sources(target)
    return target


def test_no_indonesian_translation_is_missing() -> None:
    missing = translations.unfinished(translations.ts_file("id"))
    assert missing == [], f"run python -m ui.translations and translate: {missing}"
    assert translations.unfinished(translations.TRANSLATIONS / "qt_id.ts") == []


def test_qt_words_keep_their_numbered_placeholders() -> None:
    # Qt fills %1, %2 itself: a translation that drops one shows the wrong text or none.
    numbered = re.compile(r"%\d")
    for key, text in _messages(translations.TRANSLATIONS / "qt_id.ts").items():
        assert sorted(numbered.findall(text)) == sorted(numbered.findall(key[1])), key


def test_shipped_sources_hold_exactly_the_strings_of_the_code(fresh_sources: Path) -> None:
    for language in translations.LANGUAGES:
        shipped = set(_messages(translations.ts_file(language)))
        current = set(_messages(fresh_sources / f"inventaris_{language}.ts"))
        assert current - shipped == set(), "new strings: run python -m ui.translations"
        assert shipped - current == set(), "stale strings: run python -m ui.translations"


def test_translations_keep_every_placeholder() -> None:
    for (context, source), text in _messages(translations.ts_file("id")).items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            context,
            source,
            text,
        )


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    translations.compile_catalogues(translations.TRANSLATIONS, tmp_path)
    catalogues = [f"inventaris_{language}.qm" for language in translations.LANGUAGES]
    catalogues += [f"qt_{language}.qm" for language in translations.QT_LANGUAGES]
    for name in catalogues:
        shipped = (translations.TRANSLATIONS / name).read_bytes()
        assert (tmp_path / name).read_bytes() == shipped, (
            f"run python -m ui.translations to rebuild {name}"
        )
