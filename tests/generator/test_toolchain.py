"""The tools that shape the output are pinned exactly in the generator's own dependencies, equal to the dev
constraints, and another installed version stops the render with an error naming both versions."""

from __future__ import annotations

import ast
import re
from importlib import metadata
from pathlib import Path

import pytest

from generator import exit_codes, toolchain
from tests.support.cli import in_project
from tests.support.paths import ROOT


def constraints() -> dict[str, str]:
    pinned = re.findall(r"(?m)^([A-Za-z0-9._-]+)==(\S+)$", (ROOT / "constraints.txt").read_text(encoding="utf-8"))
    return {re.sub(r"[-_.]+", "-", name).lower(): version for name, version in pinned}


def test_every_shaping_tool_is_pinned_as_the_constraints_pin_it() -> None:
    pins = toolchain.pins()
    assert set(pins) == set(toolchain.SHAPING_TOOLS)
    assert pins == {tool: constraints()[tool] for tool in toolchain.SHAPING_TOOLS}
    toolchain.check_toolchain()  # the development environment has exactly those


def test_another_version_of_a_shaping_tool_is_an_error_naming_both_and_nothing_is_written(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "0.0.1" if name == "black" else real(name))
    (project_copy / "spec" / "api.yaml").write_text(
        (project_copy / "spec" / "api.yaml").read_text(encoding="utf-8").replace("revision: ", "revision: 9", 1),
        encoding="utf-8",
    )
    before = {path: path.read_bytes() for path in (project_copy / "generated").rglob("*") if path.is_file()}
    ran = in_project(project_copy, "generate", "--no-cache")
    assert ran.code == exit_codes.ERROR
    assert "black 0.0.1 is installed" in ran.err and f"pins {toolchain.pins()['black']}" in ran.err
    assert "Traceback" not in ran.err
    after = {path: path.read_bytes() for path in (project_copy / "generated").rglob("*") if path.is_file()}
    assert after == before


def test_the_generator_imports_no_private_module_of_a_dependency() -> None:
    private = []
    for path in (ROOT / "generator").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0 else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                top, *rest = name.split(".")
                if top != "generator" and any(part.startswith("_") for part in rest):
                    private.append(f"{path.relative_to(ROOT)}: {name}")
    assert private == []
