"""The engine's shape: it never imports Qt or the UI, its packages import one way only (the
table below), and no module imports itself back through others. Lazy imports inside functions
count like any other: an import cycle hidden in a function body is still a cycle."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "inventaris"
FORBIDDEN = ("PySide6", "shiboken6", "ui", "qtawesome", "qtpy")

# What each part of the engine may import, besides itself and the root package (its version).
# Lower layers first: the tables (model) know nothing; core knows the tables; the small areas
# know core; the office's settings know the accounts; the shared report kit knows the office;
# assets know the code table, rooms and labels; each larger area knows the assets and the
# layers below, never another area; ``areas`` gathers the areas' attention sources; Beranda
# (dashboard) and the demo sit on top. Areas that need each other meet in ``core`` instead.
_BASE = {"core", "model"}
_SMALL = _BASE | {"catalog", "accounts", "locations", "labels", "units"}
_AREA = _SMALL | {"office", "reports", "assets"}
ALLOWED: dict[str, set[str]] = {
    "model": set(),
    "core": {"model"},
    "migrations": _BASE,
    "catalog": _BASE,
    "accounts": _BASE,
    "locations": _BASE,
    "labels": _BASE,
    "units": _BASE,
    "office": _BASE | {"accounts", "units"},
    "reports": _BASE | {"office"},
    "assets": _BASE | {"catalog", "locations", "labels", "office", "reports"},
    "vehicles": _AREA,
    "residences": _AREA,
    "bookings": _AREA,
    "inventory": _AREA,
    "importing": _AREA,
    "disposals": _AREA,
    "handovers": _AREA,
    "stocktake": _AREA | {"disposals"},
    "areas": _AREA | {"vehicles", "residences", "bookings", "inventory", "handovers"},
    "dashboard": _AREA | {"areas", "bookings"},
    "demo": _AREA | {"vehicles", "residences", "bookings", "inventory", "stocktake"},
    "backups": _BASE,
    "attachments": _BASE,
}


def _engine_files() -> Iterator[tuple[str, Path]]:
    for path in sorted(ENGINE.rglob("*.py")):
        parts = path.relative_to(ENGINE.parent).with_suffix("").parts
        yield ".".join(parts).removesuffix(".__init__"), path


def _is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and (
        (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING")
        or (isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")
    )


def _imported_modules(path: Path, *, runtime_only: bool = False) -> set[str]:
    """Every module an engine file imports, at the top or inside a function; with
    ``runtime_only``, not those under ``if TYPE_CHECKING:``, which never run."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if runtime_only and _is_type_checking_block(node):
            continue
        todo.extend(ast.iter_child_nodes(node))
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            # ``from inventaris.vehicles import due`` imports the module ``due``
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _part(module: str) -> str:
    """The package or top-level module of the engine a module belongs to."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else ""


def _module_graph(*, runtime_only: bool = False) -> dict[str, set[str]]:
    files = dict(_engine_files())
    return {
        module: {
            name
            for name in _imported_modules(path, runtime_only=runtime_only)
            if name in files and name != module
        }
        for module, path in files.items()
    }


def test_no_engine_file_imports_qt_or_ui() -> None:
    offenders = {
        f"{path.relative_to(ENGINE.parent)}: {name}"
        for _module, path in _engine_files()
        for name in _imported_modules(path)
        if name.split(".")[0] in FORBIDDEN
    }
    assert offenders == set()


def test_every_part_of_the_engine_is_in_the_table() -> None:
    parts = {_part(module) for module, _path in _engine_files()} - {""}
    assert parts == set(ALLOWED)


def test_packages_import_only_what_the_table_allows() -> None:
    offenders = sorted(
        f"{module} imports {target}"
        for module, targets in _module_graph().items()
        for target in targets
        if _part(target) not in ALLOWED[_part(module)] | {_part(module), ""}
    )
    assert offenders == []


def test_the_table_itself_points_one_way() -> None:
    """No two parts may import each other, even through a third."""

    def reachable(start: str) -> set[str]:
        seen: set[str] = set()
        todo = list(ALLOWED[start])
        while todo:
            part = todo.pop()
            if part not in seen:
                seen.add(part)
                todo.extend(ALLOWED[part])
        return seen

    assert [part for part in ALLOWED if part in reachable(part)] == []


def test_no_module_imports_itself_back_through_others() -> None:
    graph = _module_graph(runtime_only=True)
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_importing_the_whole_engine_loads_no_qt() -> None:
    modules = [module for module, path in _engine_files() if "migrations" not in path.parts]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True,
        cwd=ENGINE.parent,
    )  # fmt: skip
    assert result.stdout.strip() == "[]"
