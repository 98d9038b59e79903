"""Random damage to the real spec never crashes a command: exit 0, or exit 2 with every error located.

Each example copies spec/ and applies one to three mutations of the kinds a hurried edit makes: drop
a key, give a value another JSON type, rename a `$ref`, an `inherit` or a catalogue reference,
truncate a file at a random byte, or insert a stray byte. Then `validate` runs in-process on the
result; when the damaged spec is still valid, `diff` against the original and `generate` run too.
Every command loads the spec through the same `load_spec`, so `check` and `changelog` are covered.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.support.cli import cli
from tests.support.paths import ROOT

SPEC_FILES = sorted(path.relative_to(ROOT / "spec").as_posix() for path in (ROOT / "spec").rglob("*.yaml"))
LOCATED = re.compile(r"^[^:]+:\d+: /\S*: .+")
COUNT = re.compile(r"^\d+ errors? in the spec; nothing was written\.$")
OTHER_VALUES: list[Any] = [None, True, 0, -1, 2.5, "", "text", "é\u2028日本", [], [1, "a"], {}, {"k": None}, "x" * 6000]
NAMES = st.text(alphabet="abcxyz_-.09AZ", min_size=1, max_size=12)

Data = Any
Mutation = Callable[[Path], None]


def _paths(node: Data, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path (tuple of keys and indexes) to a value under `node`, the root excluded."""
    found: list[tuple[Any, ...]] = []
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in items:
        found.append((*prefix, key))
        found += _paths(value, (*prefix, key))
    return found


def _parent(data: Data, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def _rewrite(spec: Path, file: str, change: Callable[[Data], None]) -> None:
    """Parse one file, change its data, write it back (when it still parses)."""
    target = spec / file
    try:
        data = yaml.safe_load(target.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return  # an earlier mutation broke the file; leave it broken
    change(data)
    target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


@st.composite
def structural(draw: st.DrawFn) -> Mutation:
    """Drop a key, or replace a value with one of another JSON type, somewhere in one file."""
    file, drop, pick, other = (
        draw(st.sampled_from(SPEC_FILES)),
        draw(st.booleans()),
        draw(st.integers(0, 10**6)),
        draw(st.sampled_from(OTHER_VALUES)),
    )

    def change(data: Data) -> None:
        paths = _paths(data)
        if not paths:
            return
        path = paths[pick % len(paths)]
        parent = _parent(data, path)
        if drop:
            del parent[path[-1]]
        else:
            parent[path[-1]] = other

    return lambda spec: _rewrite(spec, file, change)


@st.composite
def renamed_reference(draw: st.DrawFn) -> Mutation:
    """Rename a `$ref`, an `inherit`, a catalogue reference, a catalogue entry or a schema."""
    file, pick, name = draw(st.sampled_from(SPEC_FILES)), draw(st.integers(0, 10**6)), draw(NAMES)

    def change(data: Data) -> None:
        sites = [p for p in _paths(data) if p[-1] in ("$ref", "inherit")]
        sites += [p for p in _paths(data) if len(p) == 2 and p[0] in ("parameters", "schemas")]
        if not sites:
            return
        path = sites[pick % len(sites)]
        parent = _parent(data, path)
        if path[-1] in ("$ref", "inherit"):
            parent[path[-1]] = name
        else:  # rename the key, keeping the order
            items = list(parent.items())
            parent.clear()
            parent.update((name if key == path[-1] else key, value) for key, value in items)

    return lambda spec: _rewrite(spec, file, change)


@st.composite
def byte_damage(draw: st.DrawFn) -> Mutation:
    """Truncate a file at a random byte, or insert a stray byte at a random position."""
    file, truncate, where = draw(st.sampled_from(SPEC_FILES)), draw(st.booleans()), draw(st.integers(0, 10**6))
    stray = draw(st.sampled_from([b"\x00", b"\x07", b"\t", b"\xe9", b"\xff", b":", b"[", b"{", b"'", b'"', b"#", b"&"]))

    def damage(spec: Path) -> None:
        raw = (spec / file).read_bytes()
        at = where % (len(raw) + 1)
        (spec / file).write_bytes(raw[:at] if truncate else raw[:at] + stray + raw[at:])

    return damage


def _run(*args: str) -> tuple[int, str]:
    """`evolink-codegen ARGS` in-process: the exit code and what it printed to stderr."""
    ran = cli(*args)
    return ran.code, ran.err


def _assert_located(stderr: str) -> None:
    lines = stderr.strip().splitlines()
    assert lines and "Traceback" not in stderr
    for line in lines:
        assert LOCATED.match(line) or COUNT.match(line), line


@settings(
    max_examples=60,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # shrinking re-runs the CLI hundreds of times
    derandomize=True,  # the same examples in every CI run; widen max_examples locally to explore
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(damage=st.lists(st.one_of(structural(), renamed_reference(), byte_damage()), min_size=1, max_size=3))
def test_damaged_specs_give_located_errors_never_a_crash(tmp_path_factory: Any, damage: list[Mutation]) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    spec = Path(shutil.copytree(ROOT / "spec", root / "spec"))
    for mutation in damage:
        mutation(spec)

    code, stderr = _run("validate", "--spec", str(spec))
    assert code in (0, 2), stderr
    if code == 2:
        _assert_located(stderr)
        return
    # Still valid (a dropped optional key, a value of the same meaning): the later stages must cope too.
    assert _run("diff", str(ROOT / "spec"), str(spec), "--format", "json")[0] == 0
    code, stderr = _run("generate", "--spec", str(spec), "--out", str(root / "generated"))
    assert code == 0, stderr
