"""Helpers for the diff tests: revision pairs built from copies of the minimal spec or the real one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import Change, Report, diff_specs
from generator.ir import Parameter, Spec
from generator.load.loader import load_spec
from tests.conftest import MINIMAL_SPEC, ROOT

Edit = Callable[[Path], None]


def load(folder: Path) -> Spec:
    """The resolved spec in `folder`; the test fails if it does not load."""
    result = load_spec(folder)
    assert result.spec is not None, result.errors
    return result.spec


def diff_folders(old: Path, new: Path) -> Report:
    """The report comparing two spec folders."""
    return diff_specs(load(old), load(new), old.name, new.name)


def mutate(folder: Path, file: str, change: Callable[[Any], object]) -> None:
    """Load `folder/file` as YAML, let `change` edit the data in place, write it back."""
    path = folder / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


@dataclass(frozen=True)
class Limit:
    """A maximum one model documents for one of its parameters, and a lower one the spec still accepts."""

    model: str
    parameter: str
    maximum: int | float
    lowered: int | float

    def lower(self, folder: Path) -> None:
        """Set the lower maximum in the model's file under the spec `folder` (the loader names it after the id)."""

        def change(data: Any) -> None:
            entry = data["parameters"].get(self.parameter) or {}
            data["parameters"][self.parameter] = {**entry, "maximum": self.lowered}

        mutate(folder, f"models/{self.model}.yaml", change)


def a_limit(spec: Spec) -> Limit:
    """A documented maximum that can be lowered, from a model others inherit from if there is one."""
    parents = {model.inherits for model in spec.models}
    for model in sorted(spec.models, key=lambda m: (m.id not in parents, m.id)):
        for parameter in model.parameters:
            lowered = _lower(parameter)
            if not parameter.inferred and parameter.maximum is not None and lowered is not None:
                return Limit(model.id, parameter.name, parameter.maximum, lowered)
    pytest.fail("no model documents a maximum that can be lowered")


def _lower(parameter: Parameter) -> int | float | None:
    """A value below the maximum and above the minimum, default and example; None if there is no room."""
    if parameter.maximum is None:
        return None
    numbers = [v for v in (parameter.minimum, parameter.default, parameter.example) if _is_number(v)]
    floor = max(numbers, default=parameter.maximum - 2)
    both_whole = isinstance(parameter.maximum, int) and isinstance(floor, int)
    lowered = (floor + parameter.maximum) // 2 if both_whole else (floor + parameter.maximum) / 2
    return lowered if floor < lowered < parameter.maximum else None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def only(report: Report, kind: str, model: str | None, parameter: str | None = None) -> Change:
    """The one change of `kind` for `model` (and `parameter`, if given); fails unless there is exactly one."""
    found = [c for c in report.changes if c.kind == kind and c.model == model and parameter in (None, c.parameter)]
    assert len(found) == 1, f"{kind} for {model}: {[c.as_json() for c in report.changes]}"
    return found[0]


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two writable copies of the minimal spec, tmp/old and tmp/new."""
    return Path(shutil.copytree(MINIMAL_SPEC, tmp_path / "old")), Path(shutil.copytree(MINIMAL_SPEC, tmp_path / "new"))


@pytest.fixture
def real_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two writable copies of the project's spec/, tmp/old and tmp/new."""
    copies = [Path(shutil.copytree(ROOT / "spec", tmp_path / name)) for name in ("old", "new")]
    return copies[0], copies[1]


def git(repo: Path, *args: str) -> str:
    """Run git in a throwaway repository (never the project's), with a fixed identity and no user config."""
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.test",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.test",
    }
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True, env=env)
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway git repository whose spec/ is the minimal spec, committed once."""
    root = tmp_path / "repo"
    shutil.copytree(MINIMAL_SPEC, root / "spec")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "spec")
    git(root, "commit", "--quiet", "-m", "first")
    return root


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` in `cwd`, as a user or a CI job runs it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"},
    )
