"""The committed generated/ is exactly what spec/ renders to, and rendering is deterministic."""

from __future__ import annotations

import re
from collections.abc import Mapping
from concurrent.futures import Future

import black
import isort
import pytest
from black.mode import TargetVersion

from generator.cache import store
from generator.cli import DEFAULT_TEMPLATES
from generator.emit import render
from generator.emit.formatting import LINE_LENGTH, format_python
from generator.emit.render import copy_runtime, render_all
from generator.emit.workers import Workers
from generator.load.loader import load_spec
from generator.tree import measure_drift
from tests.support.commands import run_cli
from tests.support.paths import ROOT


def _render() -> dict[str, str]:
    result = load_spec(ROOT / "spec")
    assert result.errors == [] and result.spec is not None
    return render_all(result.spec, DEFAULT_TEMPLATES)


def test_committed_tree_equals_a_fresh_render() -> None:
    diff = measure_drift(ROOT / "generated", _render())
    assert diff.clean, f"generated/ drifted: added {diff.added}, changed {diff.changed}, stale {diff.removed}"


def test_two_renders_are_byte_identical() -> None:
    """Without the render cache (which would replay the first render), in one process..."""
    with store.disabled():
        first, second = _render(), _render()
    assert list(first) == list(second)
    assert all(first[path].encode() == second[path].encode() for path in first)


@pytest.mark.parametrize("seed", ["1", "4242"])
def test_a_cold_render_under_another_hash_seed_is_the_committed_tree(seed: str) -> None:
    """...and in fresh processes whose set and dict-of-set orders differ (PYTHONHASHSEED), with no cache."""
    done = run_cli(ROOT, "check", "--no-cache", env={"PYTHONHASHSEED": seed})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr


_DATETIME = re.compile(r"\b(19|20)\d\d-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d")


def test_output_has_no_timestamps_or_absolute_paths() -> None:
    for path, text in _render().items():
        assert str(ROOT) not in text and "/tmp/" not in text, path
        assert not _DATETIME.search(text), f"{path}: {_DATETIME.search(text)}"


def test_every_file_carries_the_do_not_edit_header() -> None:
    for path, text in _render().items():
        if path.endswith((".py", ".yaml", ".toml", ".md")) or path == "MANIFEST":
            assert "do not edit" in text.splitlines()[0], path


def test_the_runtime_copied_without_formatting_is_what_formatting_would_give() -> None:
    """The render copies the runtime as it is; that is right only while formatting would not change it."""
    with store.disabled():
        copied = {path: text for path, text in copy_runtime(DEFAULT_TEMPLATES).copied.items() if path.endswith(".py")}
        assert copied
        assert [path for path, text in copied.items() if format_python(text) != text] == []


def test_the_biggest_templates_already_emit_blacks_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """black formats its output a second time whenever its first pass changed something: half of its cost. The
    templates of the biggest modules (the resources, written once and derived, and the validation tables) emit
    black's layout themselves, so that pass never runs. Only the speed depends on this: the output is black's
    either way."""
    rendered: dict[str, str] = {}

    def spy(workers: Workers, table: Mapping[str, str]) -> dict[str, Future[str]]:
        rendered.update(table)
        return original(workers, table)

    original = render._format_all
    monkeypatch.setattr(render, "_format_all", spy)
    with store.disabled():
        _render()
    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    config = isort.Config(profile="black", line_length=LINE_LENGTH, known_first_party=["evolink"], quiet=True)
    package = "python/src/evolink/"
    modules = ["resources/async_chat.py", "resources/chat.py", "_rules.py", "types/_create_params.py"]
    for module in modules:
        sorted_imports = isort.code(rendered[package + module], config=config)
        assert black.format_str(sorted_imports, mode=mode) == sorted_imports, module
