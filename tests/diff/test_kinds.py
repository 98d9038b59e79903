"""The corpus: one revision pair per kind of change, each asserting kind, severity, model and semver.

Each case edits a copy of the minimal spec (models alpha and beta; beta inherits from alpha and
overrides temperature's maximum to 1.5). `reverse` cases apply the edit to OLD instead of NEW.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.diff.kinds import KINDS
from tests.diff.conftest import Edit, diff_folders, mutate, only


def api(change: Callable[[Any], object]) -> Edit:
    """An edit of api.yaml."""
    return lambda folder: mutate(folder, "api.yaml", change)


def model(name: str, change: Callable[[Any], object]) -> Edit:
    """An edit of models/<name>.yaml."""
    return lambda folder: mutate(folder, f"models/{name}.yaml", change)


def add_gamma(folder: Path) -> None:
    shutil.copy(folder / "models" / "alpha.yaml", folder / "models" / "gamma.yaml")
    mutate(folder, "models/gamma.yaml", lambda d: d.update(id="gamma"))


def add_seed(required: bool) -> Edit:
    def edit(folder: Path) -> None:
        entry = {"description": "A seed.", "schema": {"type": "integer"}} | ({"required": True} if required else {})
        mutate(folder, "api.yaml", lambda d: d["parameters"].update(seed=entry))
        mutate(folder, "models/alpha.yaml", lambda d: d["parameters"].update(seed={}))

    return edit


def completion(change: Callable[[Any], object]) -> Edit:
    """An edit of the Completion response schema."""
    return api(lambda d: change(d["schemas"]["Completion"]))


def temperature(**fields: object) -> Edit:
    """Set fields of the catalogue's temperature entry."""
    return api(lambda d: d["parameters"]["temperature"].update(fields))


@dataclass(frozen=True)
class Case:
    kind: str
    severity: str
    model: str | None
    semver: str
    edit: Edit
    reverse: bool = False
    parameter: str | None = None


CASES = {
    "model-added": Case("model-added", "info", "gamma", "minor", add_gamma),
    "model-removed": Case("model-removed", "breaking", "beta", "major", lambda f: (f / "models/beta.yaml").unlink()),
    "param-added": Case("param-added", "info", "alpha", "minor", add_seed(False), parameter="seed"),
    "param-added-required": Case("param-added", "breaking", "alpha", "major", add_seed(True), parameter="seed"),
    "param-removed": Case(
        "param-removed", "breaking", "alpha", "major", model("alpha", lambda d: d["parameters"].pop("reasoning_effort"))
    ),
    "param-type-changed": Case(
        "param-type-changed", "breaking", "alpha", "major", temperature(schema={"type": ["number", "null"]})
    ),
    "param-type-changed-nested": Case(
        "param-type-changed",
        "breaking",
        "beta",
        "major",
        api(lambda d: d["schemas"]["Message"]["properties"]["content"].update(type="array")),
        parameter="messages",
    ),
    "param-required-added": Case("param-required-added", "breaking", "alpha", "major", temperature(required=True)),
    "param-required-removed": Case(
        "param-required-removed", "info", "beta", "minor", api(lambda d: d["parameters"]["messages"].pop("required"))
    ),
    "param-alias-changed": Case(
        "param-alias-changed",
        "breaking",
        "alpha",
        "major",
        api(lambda d: d["parameters"]["extra_body"].update(python_name="vendor_options")),
    ),
    "enum-value-added": Case(
        "enum-value-added",
        "info",
        "alpha",
        "minor",
        api(lambda d: d["parameters"]["reasoning_effort"]["enum"].append("medium")),
    ),
    "enum-value-removed": Case(
        "enum-value-removed",
        "breaking",
        "beta",
        "major",
        api(lambda d: d["parameters"]["reasoning_effort"]["enum"].pop()),
    ),
    "enum-introduced": Case("enum-value-removed", "breaking", "alpha", "major", temperature(enum=[0, 1])),
    "min-increased": Case("min-increased", "breaking", "alpha", "major", temperature(minimum=0.5)),
    "min-decreased": Case("min-decreased", "info", "beta", "minor", temperature(minimum=-1)),
    "max-decreased": Case(
        "max-decreased",
        "breaking",
        "beta",
        "major",
        model("beta", lambda d: d["parameters"]["temperature"].update(maximum=1.2)),
    ),
    "max-increased": Case(
        "max-increased",
        "info",
        "beta",
        "minor",
        model("beta", lambda d: d["parameters"]["temperature"].update(maximum=1.8)),
    ),
    "max-removed": Case(
        "max-increased",
        "info",
        "beta",
        "minor",
        model("beta", lambda d: d["parameters"]["temperature"].update(maximum=None)),
    ),
    "default-changed": Case("default-changed", "warning", "alpha", "minor", temperature(default=0.5)),
    "param-inferred-changed": Case(
        "param-inferred-changed",
        "info",
        "beta",
        "minor",
        model("beta", lambda d: d["parameters"].update(reasoning_effort={})),
    ),
    "response-field-added": Case(
        "response-field-added",
        "info",
        None,
        "minor",
        completion(lambda s: s["properties"].update(model={"type": "string"})),
    ),
    "response-field-removed": Case(
        "response-field-removed",
        "breaking",
        None,
        "major",
        completion(lambda s: s["properties"].update(model={"type": "string"})),
        reverse=True,
    ),
    "response-field-type-changed": Case(
        "response-field-type-changed",
        "breaking",
        None,
        "major",
        completion(lambda s: s["properties"]["id"].update(type=["integer", "string"])),
    ),
    "response-field-required-removed": Case(
        "response-field-required-removed", "breaking", None, "major", completion(lambda s: s["required"].remove("id"))
    ),
    "response-field-required-added": Case(
        "response-field-required-added",
        "info",
        None,
        "minor",
        completion(lambda s: s["required"].remove("id")),
        reverse=True,
    ),
    "response-enum-value-added": Case(
        "response-enum-value-added",
        "warning",
        None,
        "minor",
        completion(lambda s: s["properties"]["object"]["enum"].append("chat.completion.v2")),
    ),
    "response-enum-value-removed": Case(
        "response-enum-value-removed",
        "info",
        None,
        "minor",
        completion(lambda s: s["properties"]["object"]["enum"].append("chat.completion.v2")),
        reverse=True,
    ),
    "server-changed": Case(
        "server-changed",
        "warning",
        None,
        "minor",
        api(lambda d: d["servers"][1].update(url="https://api2.example.test")),
    ),
    "server-changed-model": Case(
        "server-changed", "warning", "beta", "minor", model("beta", lambda d: d.update(server="api"))
    ),
    "endpoint-changed": Case(
        "endpoint-changed", "breaking", None, "major", api(lambda d: d["endpoint"].update(path="/v2/chat/completions"))
    ),
    "env-var-changed": Case(
        "env-var-changed", "breaking", None, "major", api(lambda d: d["auth"].update(env="MINI_TOKEN"))
    ),
    "description-changed": Case(
        "description-changed", "info", "alpha", "patch", temperature(description="How random the output is.")
    ),
    "description-changed-example": Case("description-changed", "info", "beta", "patch", temperature(example=0.7)),
    "description-changed-model": Case(
        "description-changed", "info", "beta", "patch", model("beta", lambda d: d.update(summary="Another summary."))
    ),
    "description-changed-schema": Case(
        "description-changed",
        "info",
        None,
        "patch",
        api(lambda d: d["schemas"]["Message"].update(description="A message.")),
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_each_kind_is_classified(pair: tuple[Path, Path], case: Case) -> None:
    old, new = pair
    case.edit(old if case.reverse else new)
    report = diff_folders(old, new)
    change = only(report, case.kind, case.model, case.parameter)
    assert (change.kind, change.severity, change.model) == (case.kind, case.severity, case.model)
    assert report.semver == case.semver
    assert change.message and change.path


def test_the_corpus_covers_every_kind() -> None:
    assert {case.kind for case in CASES.values()} == set(KINDS)
