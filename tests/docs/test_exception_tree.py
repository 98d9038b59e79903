"""The exception tree the package docstring and the docs draw is the runtime's class hierarchy, read from its source."""

from __future__ import annotations

import inspect
import re
import shutil
from pathlib import Path

import evolink
from evolink import _exceptions

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.exception_tree import exception_tree
from generator.emit.render import render_all
from generator.emit.runtime_facts import RUNTIME, read_runtime_facts
from tests.support.files import edit
from tests.support.paths import ROOT
from tests.support.specs import load

_LINE = re.compile(
    r"^(?P<lead>(?:[│ ]   )*(?:[├└]── )?)(?P<name>\w+)(?: \(also an? (?P<also>[\w, ]+)\))?\s*(?P<note>.*)$"
)


def parsed(lines: tuple[str, ...]) -> dict[str, tuple[str | None, str]]:
    """Each drawn class -> (the class drawn above it one level up, its note)."""
    found: dict[str, tuple[str | None, str]] = {}
    path: list[str] = []
    for line in lines:
        match = _LINE.match(line)
        assert match, line
        depth = len(match.group("lead")) // 4
        path[depth:] = [match.group("name")]
        found[match.group("name")] = (path[depth - 1] if depth else None, match.group("note"))
    return found


def test_the_tree_is_the_runtimes_class_hierarchy() -> None:
    drawn = parsed(exception_tree(read_runtime_facts(DEFAULT_TEMPLATES)))
    classes = dict(
        inspect.getmembers(_exceptions, lambda value: inspect.isclass(value) and issubclass(value, Exception))
    )
    raised = {name: cls for name, cls in classes.items() if cls.__module__ == _exceptions.__name__}
    assert set(drawn) == set(raised)
    for name, (parent, note) in drawn.items():
        if parent is not None:
            assert raised[parent] in raised[name].__bases__, name
        for status in re.findall(r"\b\d{3}\b", note):
            assert _exceptions.status_error_class(int(status)) is raised[name]
        for attribute in re.findall(r"\.(\w+)", note):  # declared or set by the class itself
            assert re.search(rf"^    {attribute}:|self\.{attribute}\b", inspect.getsource(raised[name]), re.M), name


def test_the_package_docstring_and_the_docs_draw_the_same_tree() -> None:
    lines = exception_tree(read_runtime_facts(DEFAULT_TEMPLATES))
    index = (ROOT / "generated" / "docs" / "index.md").read_text(encoding="utf-8")
    assert "\n".join(lines) in index
    assert "\n".join(f"    {line}" for line in lines) in (evolink.__doc__ or "")


def test_a_new_exception_class_joins_the_tree_under_its_base(tmp_path: Path, minimal_spec: Path) -> None:
    templates = Path(shutil.copytree(DEFAULT_TEMPLATES, tmp_path / "templates"))
    source = templates / RUNTIME / "_exceptions.py"
    anchor = "\n\n_STATUS_ERRORS"
    new = '\n\nclass QuotaExceededError(RateLimitError):\n    """The plan\'s quota is spent."""\n\n    quota: int\n'
    edit(source, anchor, new + anchor)
    drawn = parsed(exception_tree(read_runtime_facts(templates)))
    assert drawn["QuotaExceededError"] == ("RateLimitError", ".quota")
    table = render_all(load(minimal_spec), templates)
    assert (
        "QuotaExceededError" in table["docs/index.md"]
        and "QuotaExceededError" in table["python/src/evolink/__init__.py"]
    )
