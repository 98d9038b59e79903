"""The render cache: a hit gives exactly what a cold render gives, any changed input misses, a damaged
entry is a miss, `check` still reads the whole tree, and a hit imports none of the heavy tools."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from jinja2.bccache import bc_magic

from generator.cache import store
from generator.cache.stages import Table, cached_table, memoized, table_key
from generator.cache_roots import RENDER_CACHE_ENV
from generator.cli import DIFF_FORMATS, main
from generator.emit.render import render_all
from generator.load.loader import load_spec
from tests.support.paths import ROOT

HEAVY = ("black", "isort", "datamodel_code_generator", "jinja2", "generator.emit.render", "generator.load.loader")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own, named by $EVOLINK_CODEGEN_CACHE."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(RENDER_CACHE_ENV, str(folder))
    return folder


def _cold_table() -> Table:
    result = load_spec(ROOT / "spec")
    assert result.spec is not None, result.errors
    with store.disabled():
        return render_all(result.spec, ROOT / "templates")


def _counting(table: Table) -> tuple[list[int], Callable[[], Table]]:
    """A render function returning `table`, and the list it appends to on each call."""
    calls: list[int] = []

    def render() -> Table:
        calls.append(1)
        return dict(table)

    return calls, render


def _entries(cache: Path, prefix: str) -> list[Path]:
    return sorted(cache.glob(f"{prefix}-*")) if cache.is_dir() else []


def test_a_warm_cache_gives_the_table_of_a_cold_render(cache: Path) -> None:
    cold = _cold_table()
    assert _entries(cache, "format_python") == [], "a disabled cache writes nothing"

    def render() -> Table:
        result = load_spec(ROOT / "spec")
        assert result.spec is not None
        return render_all(result.spec, ROOT / "templates")

    assert cached_table(ROOT / "spec", ROOT / "templates", render) == cold
    assert len(_entries(cache, "table")) == 1

    def must_not_render() -> Table:
        raise AssertionError("a warm cache must not render")

    warm = cached_table(ROOT / "spec", ROOT / "templates", must_not_render)
    assert warm == cold
    assert list(warm) == list(cold), "same files in the same order"


@pytest.mark.parametrize("where", ["spec/api.yaml", "templates/docs/index.md.jinja", "generator/emit/render.py"])
def test_one_changed_byte_in_any_input_misses(tmp_path: Path, where: str) -> None:
    for name in ("spec", "templates", "generator"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    before = _key_in(tmp_path)
    path = tmp_path / where
    path.write_bytes(path.read_bytes() + b"\n")
    assert _key_in(tmp_path) != before
    path.write_bytes(path.read_bytes()[:-1])
    assert _key_in(tmp_path) == before, "the key depends on content only"


def _key_in(project: Path) -> str | None:
    """The table key as a process running the generator copied into `project` computes it."""
    code = (
        "from pathlib import Path; from generator.cache.stages import table_key;"
        " print(table_key(Path('spec'), Path('templates')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True, env=_env()
    )
    return result.stdout.strip()


def _env(**extra: str) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/"), **extra}


def test_a_new_file_or_folder_in_the_spec_misses(minimal_spec: Path) -> None:
    templates = ROOT / "templates"
    before = table_key(minimal_spec, templates)
    (minimal_spec / "models" / "__pycache__").mkdir()  # the loader reads every name, so even this one counts
    assert table_key(minimal_spec, templates) != before
    folder_only = table_key(minimal_spec, templates)
    (minimal_spec / "models" / "__pycache__" / "x.pyc").write_text("id: x\n", encoding="utf-8")
    assert table_key(minimal_spec, templates) not in (before, folder_only)


def test_an_unreadable_spec_folder_renders_without_the_cache(tmp_path: Path, cache: Path) -> None:
    calls, render = _counting({"a": "b"})
    assert cached_table(tmp_path / "missing", ROOT / "templates", render) == {"a": "b"}
    assert calls == [1]
    assert _entries(cache, "table") == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: data.replace(b"text", b"tezt"),
        lambda data: b"",
        lambda data: b"\xff\xfe garbage",
    ],
    ids=["truncated", "one-byte-changed", "empty", "garbage"],
)
def test_a_damaged_entry_is_a_miss(minimal_spec: Path, cache: Path, damage: Callable[[bytes], bytes]) -> None:
    calls, render = _counting({"a.md": "text\n"})
    templates = ROOT / "templates"
    cached_table(minimal_spec, templates, render)
    (entry,) = _entries(cache, "table")
    entry.write_bytes(damage(entry.read_bytes()))
    assert cached_table(minimal_spec, templates, render) == {"a.md": "text\n"}
    assert calls == [1, 1], "rendered again"
    assert cached_table(minimal_spec, templates, render) == {"a.md": "text\n"}
    assert calls == [1, 1], "the re-render was stored"


def test_damaged_compiled_templates_are_compiled_again(minimal_spec: Path, cache: Path) -> None:
    def render() -> Table:
        result = load_spec(minimal_spec)
        assert result.spec is not None, result.errors
        return render_all(result.spec, ROOT / "templates")

    first = cached_table(minimal_spec, ROOT / "templates", render)
    compiled = _entries(cache, "jinja")
    assert compiled, "templates were compiled into the cache"
    for index, entry in enumerate(compiled):
        data = entry.read_bytes()
        _, _, payload = data.partition(b"\n")
        # Half the entries truncated; the others with a valid checksum over a payload cut inside its pickle.
        damaged = payload[: len(bc_magic) + 3]
        entry.write_bytes(data[: len(data) // 2] if index % 2 else store.MAGIC + _sha(damaged) + b"\n" + damaged)
    for entry in _entries(cache, "table"):
        entry.unlink()
    assert cached_table(minimal_spec, ROOT / "templates", render) == first


def _sha(data: bytes) -> bytes:
    return hashlib.sha256(data).hexdigest().encode()


def test_an_entry_that_is_not_a_table_is_a_miss(minimal_spec: Path, cache: Path) -> None:
    calls, render = _counting({"a.md": "text\n"})
    key = table_key(minimal_spec, ROOT / "templates")
    assert key is not None
    store.put(key, json.dumps(["not", "a", "table"]).encode())
    assert cached_table(minimal_spec, ROOT / "templates", render) == {"a.md": "text\n"}
    assert calls == [1]


def test_spec_errors_are_not_cached(minimal_spec: Path, cache: Path) -> None:
    calls: list[int] = []

    def failing() -> None:
        calls.append(1)

    assert cached_table(minimal_spec, ROOT / "templates", failing) is None
    assert cached_table(minimal_spec, ROOT / "templates", failing) is None
    assert calls == [1, 1]
    assert _entries(cache, "table") == []


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(RENDER_CACHE_ENV, str(blocker / "cache"))
    calls, render = _counting({"a.md": "text\n"})
    assert cached_table(ROOT / "spec", ROOT / "templates", render) == {"a.md": "text\n"}
    assert cached_table(ROOT / "spec", ROOT / "templates", render) == {"a.md": "text\n"}
    assert calls == [1, 1]


def test_memoized_caches_by_arguments_and_reruns_on_a_damaged_entry(cache: Path) -> None:
    calls: list[str] = []

    @memoized
    def shout(text: str, names: set[str]) -> str:
        calls.append(text)
        return text.upper() + ",".join(sorted(names))

    assert shout("a", {"x", "y"}) == "Ax,y"
    assert shout("a", {"y", "x"}) == "Ax,y"
    assert calls == ["a"]
    assert shout("b", {"x"}) == "Bx"
    assert calls == ["a", "b"]
    for entry in _entries(cache, "shout"):
        entry.write_bytes(entry.read_bytes()[:-1])
    assert shout("a", {"x", "y"}) == "Ax,y"
    assert calls == ["a", "b", "a"]


def test_memoized_runs_uncached_for_arguments_it_cannot_key(cache: Path) -> None:
    calls: list[int] = []

    @memoized
    def describe(value: object) -> str:
        calls.append(1)
        return type(value).__name__

    assert describe(object()) == describe(object()) == "object"
    assert calls == [1, 1]
    assert _entries(cache, "describe") == []


def test_prune_keeps_the_most_recently_used_entries(tmp_path: Path) -> None:
    for index in range(5):
        path = tmp_path / f"entry-{index}"
        path.write_bytes(b"x" * 10)
        os.utime(path, (1_000 + index, 1_000 + index))
    store.prune(tmp_path, max_entries=3)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry-2", "entry-3", "entry-4"]
    store.prune(tmp_path, max_bytes=25)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["entry-3", "entry-4"]


def _cli(project: Path, *args: str) -> int:
    paths = ["--spec", str(project / "spec"), "--out", str(project / "generated")]
    return main([*args, *paths, "--templates", str(project / "templates")])


def test_check_with_a_warm_cache_still_finds_a_hand_edit(
    project_copy: Path, cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _cli(project_copy, "check") == 0
    assert len(_entries(cache, "table")) == 1
    models = load_spec(project_copy / "spec").spec
    assert models is not None
    page = project_copy / "generated" / "docs" / "models" / f"{models.models[0].id}.md"
    page.write_text(page.read_text(encoding="utf-8") + "hand edit\n", encoding="utf-8")
    capsys.readouterr()
    assert _cli(project_copy, "check") == 1
    assert "\n-hand edit\n" in capsys.readouterr().out
    page.unlink()
    assert _cli(project_copy, "check") == 1
    assert _cli(project_copy, "generate") == 0
    assert page.is_file()
    assert _cli(project_copy, "check") == 0
    assert len(_entries(cache, "table")) == 1, "every run after the first was a hit"


def test_no_cache_neither_reads_nor_writes(project_copy: Path, cache: Path) -> None:
    key = table_key(project_copy / "spec", project_copy / "templates")
    assert key is not None
    store.put(key, json.dumps({"openapi.yaml": "poisoned\n"}).encode())
    assert _cli(project_copy, "check") == 1, "the entry is read without --no-cache"
    before = sorted(p.name for p in cache.iterdir())
    assert _cli(project_copy, "check", "--no-cache") == 0
    assert sorted(p.name for p in cache.iterdir()) == before


def test_a_hit_imports_none_of_the_heavy_tools(tmp_path: Path) -> None:
    env = _env(EVOLINK_CODEGEN_CACHE=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    code = (
        "import sys; from generator.cli import main; code = main(['check', '--spec', 'spec', '--out', 'generated']);"
        f" print(code, [m for m in {HEAVY!r} if m in sys.modules])"
    )
    run = [sys.executable, "-c", code]
    cold = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    # With two CPUs datamodel-code-generator runs in a worker process only (generator/emit/workers.py).
    forked = [m for m in HEAVY if m != "datamodel_code_generator"]
    assert cold.stdout.splitlines()[-1] in (f"0 {list(HEAVY)!r}", f"0 {forked!r}"), "a miss imports them"
    warm = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True, env=env)
    assert warm.stdout.splitlines()[-1] == "0 []"


def test_the_diff_format_choices_are_the_formats() -> None:
    from generator.diff.formats import FORMATS  # noqa: PLC0415

    assert sorted(FORMATS) == DIFF_FORMATS
