"""The corpus: one revision pair per kind of change, each asserting kind, severity, model and semver.

Each case edits a copy of the minimal spec (models alpha and beta; beta inherits from alpha and
overrides temperature's maximum to 1.5). `reverse` cases apply the edit to OLD instead of NEW.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.diff.kinds import KINDS
from tests.support.revisions import Edit, diff_folders, only
from tests.support.specs import catalogue_of, load, mutate, upgrade_format


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


def second_endpoint(folder: Path) -> None:
    """Today's format, with a second endpoint beside the first (a copy at another path) that no model has yet."""
    upgrade_format(folder)

    def add(data: Any) -> None:
        second = {**copy.deepcopy(data["endpoints"]["chat_completions"]), "path": "/v1/second"}
        second.pop("type_names")  # the default names, from the endpoint's name
        data["endpoints"]["second"] = {**second, "sdk": {"resource": "second", "method": "create"}}

    mutate(folder, "api.yaml", add)


def upgraded(change: Callable[[Any], object]) -> Edit:
    """Today's format, with `change` applied to its one endpoint (chat_completions)."""

    def edit(folder: Path) -> None:
        upgrade_format(folder)
        mutate(folder, "api.yaml", lambda d: change(d["endpoints"]["chat_completions"]))

    return edit


ASYNC_HEADER = {"python_name": "async_mode", "description": "Run as a task.", "schema": {"type": "boolean"}}


def completion(change: Callable[[Any], object]) -> Edit:
    """An edit of the Completion response schema."""
    return api(lambda d: change(d["schemas"]["Completion"]))


def message(change: Callable[[Any], object]) -> Edit:
    """An edit of the Message schema (the items of the messages parameter)."""
    return api(lambda d: change(d["schemas"]["Message"]))


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


def widened(model: str, edit: Edit, *, reverse: bool = False, parameter: str | None = None) -> Case:
    """A parameter whose schema now accepts more values: info, a minor release."""
    return Case("param-type-widened", "info", model, "minor", edit, reverse, parameter)


def narrowed(model: str, edit: Edit, *, reverse: bool = False, parameter: str | None = None) -> Case:
    """A parameter whose schema now accepts fewer values: breaking, a major release."""
    return Case("param-type-narrowed", "breaking", model, "major", edit, reverse, parameter)


CASES = {
    "model-added": Case("model-added", "info", "gamma", "minor", add_gamma),
    "model-removed": Case("model-removed", "breaking", "beta", "major", lambda f: (f / "models/beta.yaml").unlink()),
    "param-added": Case("param-added", "info", "alpha", "minor", add_seed(False), parameter="seed"),
    "param-added-required": Case("param-added", "breaking", "alpha", "major", add_seed(True), parameter="seed"),
    "param-removed": Case(
        "param-removed", "breaking", "alpha", "major", model("alpha", lambda d: d["parameters"].pop("reasoning_effort"))
    ),
    # Issue 8, item 7: a parameter that now also accepts null breaks nobody; the reverse does.
    "param-type-widened": widened("alpha", temperature(schema={"type": ["number", "null"]})),
    "param-type-narrowed": narrowed("alpha", temperature(schema={"type": ["number", "null"]}), reverse=True),
    "param-type-widened-integer": widened("alpha", temperature(schema={"type": "integer"}), reverse=True),
    "param-type-widened-nested-enum": widened(
        "beta", message(lambda s: s["properties"]["role"]["enum"].append("system")), parameter="messages"
    ),
    "param-type-widened-branch": widened(
        "beta",
        message(lambda s: s["properties"].update(content={"oneOf": [{"type": "string"}, {"type": "array"}]})),
        parameter="messages",
    ),
    "param-type-widened-bound": widened(
        "alpha", api(lambda d: d["parameters"]["messages"]["schema"].pop("minItems")), parameter="messages"
    ),
    # OLD: content optional; NEW: required
    "param-type-narrowed-required": narrowed(
        "beta", message(lambda s: s["required"].remove("content")), reverse=True, parameter="messages"
    ),
    "param-type-narrowed-bound": narrowed(
        "alpha", api(lambda d: d["parameters"]["messages"]["schema"].update(maxItems=100)), parameter="messages"
    ),
    "param-type-changed": Case(
        "param-type-changed",
        "breaking",
        "alpha",
        "major",
        api(lambda d: d["parameters"]["extra_body"]["schema"].update(type="array")),
    ),
    "param-type-changed-nested": Case(
        "param-type-changed",
        "breaking",
        "beta",
        "major",
        message(lambda s: s["properties"]["content"].update(type="array")),
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
    # Issue 8, item 7: a response field that may now be null breaks callers; the reverse does not.
    "response-field-type-widened": Case(
        "response-field-type-widened",
        "breaking",
        None,
        "major",
        completion(lambda s: s["properties"]["id"].update(type=["string", "null"])),
    ),
    "response-field-type-narrowed": Case(
        "response-field-type-narrowed",
        "info",
        None,
        "minor",
        completion(lambda s: s["properties"]["id"].update(type=["string", "null"])),
        reverse=True,
    ),
    "response-field-type-changed": Case(
        "response-field-type-changed",
        "breaking",
        None,
        "major",
        api(
            lambda d: (
                d["schemas"]["Completion"]["properties"]["id"].update(type="integer"),
                d["endpoint"]["examples"]["response"].update(id=1),
            )
        ),
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
    "endpoint-changed-sdk": Case(
        "endpoint-changed", "breaking", None, "major", upgraded(lambda e: e["sdk"].update(resource="completions"))
    ),
    "endpoint-changed-stream": Case(
        "endpoint-changed",
        "breaking",
        None,
        "major",
        upgraded(lambda e: e.update(streaming={"path": "/v1/chat/completions:stream", "final": ["/choices"]})),
    ),
    "header-added": Case(
        "header-added", "info", None, "minor", upgraded(lambda e: e.update(headers={"X-A": ASYNC_HEADER}))
    ),
    "header-removed": Case(
        "header-removed", "breaking", None, "major", upgraded(lambda e: e.update(headers={"X-A": ASYNC_HEADER})), True
    ),
    "endpoint-added": Case("endpoint-added", "info", None, "minor", second_endpoint),
    "endpoint-removed": Case("endpoint-removed", "breaking", None, "major", second_endpoint, reverse=True),
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


def test_a_nullable_enum_gaining_null_is_reported_once(pair: tuple[Path, Path]) -> None:
    old, new = pair
    mutate(old, "api.yaml", lambda d: d["parameters"]["reasoning_effort"]["schema"].update(type="string"))
    mutate(new, "api.yaml", lambda d: d["parameters"]["reasoning_effort"]["enum"].append(None))  # null listed too
    report = diff_folders(old, new)
    assert [(c.model, c.kind, c.severity, c.message) for c in report.changes] == [
        (model, "param-type-widened", "info", "reasoning_effort: type widened from string to string | null")
        for model in ("alpha", "beta")
    ]


def test_a_response_enum_gaining_null_is_reported_once(pair: tuple[Path, Path]) -> None:
    old, new = pair
    completion(lambda s: s["properties"]["object"].update(type=["string", "null"], enum=["chat.completion", None]))(new)
    report = diff_folders(old, new)
    assert [(c.kind, c.severity, c.path) for c in report.changes] == [
        ("response-field-type-widened", "breaking", "Completion.object")
    ]


def _typed(entries: dict[str, Any], schema_of: Callable[[Any], Any]) -> str:
    """The first entry whose schema has a single `type` (not null), for a `null` to be added to."""
    return next(name for name, entry in entries.items() if isinstance(schema_of(entry).get("type"), str))


def test_the_issue_example_on_the_project_spec(real_pair: tuple[Path, Path]) -> None:
    """Issue 8, item 7, on spec/ as it is: null added to a request parameter is info, to a response field breaking."""
    old, new = real_pair

    def add_null(data: Any) -> None:
        catalogue = catalogue_of(data)
        parameter = _typed(catalogue, lambda entry: entry["schema"])
        catalogue[parameter]["schema"]["type"] = [catalogue[parameter]["schema"]["type"], "null"]
        response = load(old).api.main_endpoint.response
        fields = data["schemas"][response]["properties"]
        field = _typed(fields, lambda schema: schema)
        fields[field]["type"] = [fields[field]["type"], "null"]

    mutate(new, "api.yaml", add_null)
    report = diff_folders(old, new)
    requests = [c for c in report.changes if c.model is not None]
    responses = [c for c in report.changes if c.model is None]
    assert requests and {(c.kind, c.severity) for c in requests} == {("param-type-widened", "info")}
    assert responses and {(c.kind, c.severity) for c in responses} == {("response-field-type-widened", "breaking")}
    assert report.semver == "major"


def test_the_format_with_endpoints_says_what_the_format_before_it_said(pair: tuple[Path, Path]) -> None:
    old, new = pair
    upgrade_format(new)
    assert diff_folders(old, new).changes == ()
    assert diff_folders(new, old).changes == ()


def test_a_change_on_one_endpoint_is_reported_on_that_endpoint_only(pair: tuple[Path, Path]) -> None:
    old, new = pair
    for folder in pair:  # both sides: two endpoints, and every model has a variant of each
        second_endpoint(folder)
        for name in ("alpha", "beta"):
            mutate(
                folder,
                f"models/{name}.yaml",
                lambda d: d["endpoints"].update(second=copy.deepcopy(d["endpoints"]["chat_completions"])),
            )
    mutate(new, "models/beta.yaml", lambda d: d["endpoints"]["second"]["parameters"]["temperature"].update(maximum=1))
    report = diff_folders(old, new)
    assert [(c.endpoint, c.model, c.kind) for c in report.changes] == [("second", "beta", "max-decreased")]
    assert report.changes[0].path == "endpoints/second/models/beta/parameters/temperature/maximum"
