"""The generator's layers, and a check (with `ast`) that its modules import only downwards and never in a cycle.

A unit is a package under `generator/` (`load`, `emit`, ...) or a top-level module (`ir`, `errors`, ...). A module
may import its own unit's modules and any unit of a lower layer; never a unit of its own layer or above, but in the
base layer (small modules that use each other) and the top one (`__main__` runs `cli`). Cycles are found apart.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

LAYERS: tuple[frozenset[str], ...] = (
    frozenset(
        {
            "generator",
            "errors",
            "exit_codes",
            "ir",
            "pointers",
            "escaping",
            "code_spans",
            "versions",
            "cache_roots",
            "toolchain",
            "schema_refs",
            "json_values",
            "stop_signals",
        }
    ),
    frozenset({"cache", "tree"}),
    frozenset({"load"}),
    frozenset({"emit", "diff"}),
    frozenset({"release", "ingest"}),
    frozenset({"cli", "__main__"}),
)
"""Lowest first: the base every stage may use; the render cache and the output tree; load; emit and diff (which
do not know each other); release and ingest (likewise); the command line."""
OPEN = frozenset({0, len(LAYERS) - 1})
"""The layers whose units may import each other."""


def sources(root: Path) -> dict[str, str]:
    """Every module of the `generator` package under `root` (the templates link aside), by dotted name."""
    found: dict[str, str] = {}
    for path in sorted((root / "generator").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if "templates" in parts:
            continue
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path.read_text(encoding="utf-8")
    return found


def imports(modules: Mapping[str, str]) -> dict[str, set[str]]:
    """Each module's imports of other `generator` modules, wherever they are written (deferred, TYPE_CHECKING)."""
    graph: dict[str, set[str]] = {}
    for name, source in modules.items():
        targets: set[str] = set()
        for node in ast.walk(ast.parse(source)):
            for module, member in _targets(node):
                deepest = f"{module}.{member}" if member and f"{module}.{member}" in modules else module
                if deepest.split(".")[0] == "generator" and deepest != name:
                    targets.add(deepest)
        graph[name] = targets
    return graph


def _targets(node: ast.AST) -> Iterator[tuple[str, str | None]]:
    if isinstance(node, ast.Import):
        yield from ((alias.name, None) for alias in node.names)
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        yield from ((node.module, alias.name) for alias in node.names)


def unit(module: str) -> str:
    """`generator.load.loader` -> `load`; `generator.ir` -> `ir`; `generator` -> `generator`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def layer(unit_name: str) -> int | None:
    """The index of the layer holding `unit_name`, None if no layer names it."""
    return next((index for index, units in enumerate(LAYERS) if unit_name in units), None)


def violations(graph: Mapping[str, set[str]]) -> list[str]:
    """Every import against the layers, and every unit the layers do not name."""
    found = [f"{unit(module)} ({module}) is in no layer" for module in graph if layer(unit(module)) is None]
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            here, there = layer(unit(module)), layer(unit(target))
            if unit(module) == unit(target) or here is None or there is None or (here == there and here in OPEN):
                continue
            if there >= here:
                found.append(f"{module} imports {target}: layer {there} from layer {here}")
    return found


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The import cycles between modules: each strongly connected set of two or more (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)
