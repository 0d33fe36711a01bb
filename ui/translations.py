"""Rebuilding the translations: ``python -m ui.translations``.

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string of ui/ and every
   ``QT_TRANSLATE_NOOP("Engine", ...)`` of inventaris/ into resources/translations/*.ts,
   keeping what translators already wrote and dropping strings the code no longer has.
2. English is the source language: its .ts is filled with the source text itself.
3. ``pyside6-lrelease`` compiles both to the .qm files the program loads, and qt_id.ts (the
   Indonesian of Qt's own dialogs and buttons, which Qt does not ship) to qt_id.qm.
Indonesian words are written in inventaris_id.ts (by hand or with Qt Linguist); the test suite
fails while any of them is missing.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("id", "en")
# Qt's own strings come in English; only Indonesian needs a catalogue of ours.
QT_LANGUAGES = ("id",)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def source_files() -> list[str]:
    files = sorted((ROOT / "inventaris").rglob("*.py")) + sorted((ROOT / "ui").rglob("*.py"))
    return [str(path.relative_to(ROOT)) for path in files if "migrations" not in path.parts]


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"inventaris_{language}.ts"


def update_sources(target_dir: Path = TRANSLATIONS) -> None:
    target_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        target = target_dir / f"inventaris_{language}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
                "-source-language", "en", "-target-language", language, "-ts", str(target),
            ],
            cwd=ROOT, check=True, capture_output=True,
        )  # fmt: skip


# "asset(s)" and "entr(y/ies)" in a source that counts (tr(text, "", n)) name the English
# singular and plural, from which the two numerus forms are written.
_PLURAL_PART = re.compile(r"\((s|[^()/]*/[^()]*)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English of a counted source: "{n} asset(s)" → 1 asset, 2 assets."""

    def pick(index: int) -> str:
        return _PLURAL_PART.sub(
            lambda match: (
                ("", "s")[index] if match.group(1) == "s" else match.group(1).split("/")[index]
            ),
            source,
        )

    return pick(0), pick(1)


def fill_english(path: Path) -> None:
    tree = ElementTree.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, text in zip(forms, english_forms(source), strict=False):
                form.text = text
            continue
        translation.text = source
    tree.write(path, encoding="utf-8", xml_declaration=True)


def compile_catalogues(source_dir: Path = TRANSLATIONS, target_dir: Path = TRANSLATIONS) -> None:
    names = [f"inventaris_{language}" for language in LANGUAGES]
    names += [f"qt_{language}" for language in QT_LANGUAGES]
    for name in names:
        subprocess.run(
            [
                tool("pyside6-lrelease"), str(source_dir / f"{name}.ts"),
                "-qm", str(target_dir / f"{name}.qm"),
            ],
            check=True, capture_output=True,
        )  # fmt: skip


def unfinished(path: Path) -> list[str]:
    """Source strings whose translation is missing or marked unfinished."""
    missing = []
    for message in ElementTree.parse(path).iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not (translation.text or "".join(translation.itertext()))
        ):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    update_sources()
    fill_english(ts_file("en"))
    compile_catalogues()
    missing = unfinished(ts_file("id")) + unfinished(TRANSLATIONS / "qt_id.ts")
    for text in missing:
        print(f"missing Indonesian: {text}")
    print(f"{len(missing)} Indonesian translation(s) missing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
