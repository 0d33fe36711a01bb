"""The PyInstaller spec takes everything the program reads from disk (packaging/build.sh).

The spec runs here against stand-ins for PyInstaller's build steps, so a resource folder or an
area module added later without telling the spec fails this test, not an office's first start.
The real build is tests/smoke/bundle.py.
"""

from __future__ import annotations

import runpy
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "inventaris.spec"


class Recorded:
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.scripts = self.binaries = self.datas = self.pure = ()


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    steps = {name: type(name, (Recorded,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    work = tmp_path_factory.mktemp("work")
    return runpy.run_path(
        str(SPEC),
        init_globals={**steps, "SPECPATH": str(SPEC.parent), "workpath": str(work)},
    )


def bundled(spec: dict[str, Any]) -> set[str]:
    analysis = next(v for v in spec.values() if type(v).__name__ == "Analysis")
    return {
        f"{folder}/{Path(source).name}".replace("\\", "/")
        for source, folder in analysis.kwargs["datas"]
    }


def test_every_shipped_resource_and_migration_is_in_the_bundle(spec: dict[str, Any]) -> None:
    files = bundled(spec)
    wanted = [
        *(ROOT / "resources" / "translations").glob("*.qm"),
        *(ROOT / "resources" / "icons").glob("*.png"),
        *(ROOT / "resources" / "fonts").iterdir(),
        ROOT / "resources" / "kodefikasi-awal.csv",
        ROOT / "resources" / "guide" / "panduan-pengguna.pdf",  # Bantuan › Panduan
        ROOT / "resources" / "icons" / "inventaris.ico",
        *(ROOT / "inventaris" / "migrations" / "versions").glob("*.py"),
        ROOT / "inventaris" / "migrations" / "env.py",
    ]
    missing = [
        str(path.relative_to(ROOT)) for path in wanted if str(path.relative_to(ROOT)) not in files
    ]
    assert missing == []
    assert any(name.startswith("holidays/locale/id/") for name in files)
    # Developers' sources (.ts catalogues, README pictures) stay out.
    assert not any(name.endswith(".ts") or "screenshots" in name for name in files)


def test_the_areas_loaded_by_name_are_hidden_imports(spec: dict[str, Any]) -> None:
    from ui.app import AREA_MODULES

    analysis = next(v for v in spec.values() if type(v).__name__ == "Analysis")
    hidden = set(analysis.kwargs["hiddenimports"])
    assert set(AREA_MODULES) <= hidden
    assert {"sqlalchemy.dialects.postgresql.psycopg", "ui.screenshots"} <= hidden
    assert not any(".migrations" in name for name in hidden)  # read as files by Alembic


def test_the_executable_is_called_inventaris_with_the_icon(spec: dict[str, Any]) -> None:
    programs = [v for v in spec["programs"]]
    assert [program.kwargs["name"] for program in programs] == ["Inventaris"]
    assert programs[0].kwargs["icon"].endswith("inventaris.ico")
    assert programs[0].kwargs["console"] is True  # Linux: the verbs print to the terminal


def test_the_windows_version_resource_carries_this_version(spec: dict[str, Any]) -> None:
    from inventaris import __version__

    written = Path(spec["windows_version_file"]())
    text = written.read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    numbers = ", ".join([*__version__.split("."), "0"][:4])
    assert f"filevers=({numbers})" in text
    # PyInstaller evaluates this file as Python with its VSVersionInfo classes.
    names = {
        name: (lambda *args, **kwargs: types.SimpleNamespace(args=args, kwargs=kwargs))
        for name in (
            "VSVersionInfo",
            "FixedFileInfo",
            "StringFileInfo",
            "StringTable",
            "StringStruct",
            "VarFileInfo",
            "VarStruct",
        )
    }
    info = eval(text, names)
    assert info.kwargs["ffi"].kwargs["filevers"] == tuple(int(part) for part in numbers.split(", "))
