"""`python -m generator diff` as users and CI jobs run it: formats, --fail-on exit codes, broken sides."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import exit_codes
from generator.ir import Spec
from tests.support.commands import run_cli
from tests.support.files import edit
from tests.support.paths import ROOT
from tests.support.revisions import Limit, a_limit
from tests.support.specs import load, mutate


def test_acceptance_the_spec_against_itself() -> None:
    result = run_cli(ROOT, "diff", "spec", "spec", "--format", "json")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["changes"] == [] and document["semver"] == "none"
    assert document["summary"] == {"breaking": 0, "warning": 0, "info": 0}


def test_acceptance_lowering_a_maximum_in_one_model(real_pair: tuple[Path, Path]) -> None:
    old, new = real_pair
    limit = a_limit(load(old))
    limit.lower(new)
    # The model's own file changed; models that inherit the parameter from it change too, once each.
    before, after = load(old), load(new)
    reached = sorted(m.id for m in after.models if _maximum(before, m.id, limit) != _maximum(after, m.id, limit))
    assert limit.model in reached
    result = run_cli(old.parent, "diff", "old", "new", "--format", "json", "--fail-on", "breaking")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    assert document["semver"] == "major"
    assert [(c["model"], c["kind"], c["severity"], c["parameter"]) for c in document["changes"]] == [
        (model, "max-decreased", "breaking", limit.parameter) for model in reached
    ]


def _maximum(spec: Spec, model_id: str, limit: Limit) -> int | float | None:
    model = spec.model(model_id)
    parameter = None if model is None else model.parameter(limit.parameter)
    return None if parameter is None else parameter.maximum


def _edit_to(severity: str) -> tuple[str, Callable[[Any], object]]:
    """An edit of the minimal spec whose most severe change has `severity`."""
    return {
        "breaking": ("models/beta.yaml", lambda d: d["parameters"]["temperature"].update(maximum=1)),
        "warning": ("api.yaml", lambda d: d["parameters"]["temperature"].update(default=0.5)),
        "info": ("api.yaml", lambda d: d["parameters"]["temperature"].update(description="Other words.")),
    }[severity]


@pytest.mark.parametrize(
    ("severity", "fail_on", "code"),
    [
        ("breaking", "breaking", 1),
        ("breaking", "warning", 1),
        ("breaking", "any", 1),
        ("warning", "breaking", 0),
        ("warning", "warning", 1),
        ("warning", "any", 1),
        ("info", "breaking", 0),
        ("info", "warning", 0),
        ("info", "any", 1),
        (None, "any", 0),
        ("breaking", None, 0),
    ],
)
def test_fail_on_exit_codes(pair: tuple[Path, Path], severity: str | None, fail_on: str | None, code: int) -> None:
    old, new = pair
    if severity is not None:
        file, change = _edit_to(severity)
        mutate(new, file, change)
    result = run_cli(old.parent, "diff", "old", "new", *(["--fail-on", fail_on] if fail_on else []))
    assert result.returncode == code, result.stdout + result.stderr


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_every_format_prints(pair: tuple[Path, Path], fmt: str) -> None:
    old, new = pair
    mutate(new, "models/beta.yaml", lambda d: d["parameters"]["temperature"].update(maximum=1))
    result = run_cli(old.parent, "diff", "old", "new", "--format", fmt)
    assert result.returncode == 0 and "1.5 to 1" in result.stdout


def test_a_broken_side_is_reported_with_located_errors(pair: tuple[Path, Path]) -> None:
    old, new = pair
    edit(new / "models" / "beta.yaml", "    maximum: 1.5", "    maximum: high")
    result = run_cli(old.parent, "diff", "old", "new", "--format", "json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "error: NEW 'new' is not a valid spec (1 error):" in result.stderr
    assert "new/models/beta.yaml:11: /parameters/temperature/maximum:" in result.stderr


def test_a_source_that_is_neither_folder_nor_revision(pair: tuple[Path, Path]) -> None:
    result = run_cli(pair[0].parent, "diff", "old", "no-such-thing")
    assert result.returncode == exit_codes.ERROR
    assert "error: cannot read NEW 'no-such-thing': not a folder, nor a git revision" in result.stderr


def test_the_usage_names_the_formats() -> None:
    result = run_cli(ROOT, "diff", "--help")
    assert result.returncode == 0
    assert "--format {json,markdown,text}" in result.stdout and "--fail-on {breaking,warning,any}" in result.stdout
