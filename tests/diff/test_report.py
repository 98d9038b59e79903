"""Whole reports: identical revisions, inheritance, ordering, semver, and the three output formats."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.diff import Report, diff_specs
from generator.diff.change import Site
from generator.diff.formats import to_json, to_markdown, to_text
from generator.diff.kinds import DOCS_ONLY, KINDS
from generator.diff.report import suggest
from generator.versions import Bump, bump
from tests.support.paths import MINIMAL_SPEC, ROOT
from tests.support.revisions import diff_folders, only
from tests.support.specs import load, mutate

ENDPOINT = load(MINIMAL_SPEC).api.main_endpoint.name
"""The endpoint the minimal spec's models are variants of."""


def test_identical_revisions_have_no_changes(pair: tuple[Path, Path]) -> None:
    report = diff_folders(*pair)
    assert report.changes == ()
    assert report.semver == "none"
    assert report.summary == {"breaking": 0, "warning": 0, "info": 0}


def test_the_real_spec_against_itself_has_no_changes() -> None:
    spec = load(ROOT / "spec")
    assert diff_specs(spec, spec, "spec", "spec").changes == ()


def test_an_inherited_change_is_reported_once_per_model(pair: tuple[Path, Path]) -> None:
    old, new = pair
    mutate(new, "api.yaml", lambda d: d["parameters"]["reasoning_effort"]["enum"].remove("high"))
    report = diff_folders(old, new)
    assert [(c.model, c.kind, c.parameter) for c in report.changes] == [
        ("alpha", "enum-value-removed", "reasoning_effort"),
        ("beta", "enum-value-removed", "reasoning_effort"),
    ]


def test_an_override_shields_the_inheriting_model(pair: tuple[Path, Path]) -> None:
    old, new = pair
    mutate(new, "api.yaml", lambda d: d["parameters"]["temperature"].update(maximum=1.8))
    report = diff_folders(old, new)
    assert [(c.model, c.kind) for c in report.changes] == [("alpha", "max-decreased")]
    assert (report.changes[0].old, report.changes[0].new) == (2, 1.8)


def test_moving_an_inline_schema_into_a_named_one_is_no_change(pair: tuple[Path, Path]) -> None:
    old, new = pair

    def extract(data: Any) -> None:
        schemas = data["schemas"]
        schemas["Role"] = schemas["Message"]["properties"]["role"]
        schemas["Message"]["properties"]["role"] = {"$ref": "Role"}

    mutate(new, "api.yaml", extract)
    assert diff_folders(old, new).changes == ()


def test_reordering_a_type_list_is_no_change(pair: tuple[Path, Path]) -> None:
    old, new = pair
    mutate(new, "api.yaml", lambda d: d["parameters"]["reasoning_effort"]["schema"].update(type=["null", "string"]))
    assert diff_folders(old, new).changes == ()


def test_changes_are_sorted_by_model_parameter_kind(pair: tuple[Path, Path]) -> None:
    old, new = pair
    mutate(new, "api.yaml", lambda d: d["parameters"]["temperature"].update(default=0.5, minimum=-1))
    mutate(new, "api.yaml", lambda d: d["endpoint"].update(path="/v2/chat"))
    mutate(new, "models/beta.yaml", lambda d: d["parameters"]["temperature"].update(maximum=1))
    report = diff_folders(old, new)
    keys = [(c.model or "", c.parameter or "", c.kind) for c in report.changes]
    assert keys == sorted(keys)
    assert keys[0] == ("", "", "endpoint-changed")
    assert ("beta", "temperature", "max-decreased") in keys
    assert report.semver == "major" and report.summary == {"breaking": 2, "warning": 2, "info": 2}


@pytest.mark.parametrize(
    ("version", "level", "expected"),
    [("1.2.3", "major", "2.0.0"), ("1.2.3", "minor", "1.3.0"), ("1.2.3", "patch", "1.2.4"), ("1.2.3", "none", "1.2.3")],
)
def test_bump(version: str, level: Bump, expected: str) -> None:
    assert bump(version, level) == expected


def test_suggest_without_changes_is_none() -> None:
    assert suggest([]) == "none"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_only_a_breaking_kind_calls_for_a_major_release(kind: str) -> None:
    change = Site("chat", "alpha", "temperature", "endpoints/chat/models/alpha/parameters/temperature").change(
        kind, "", None, None, "x"
    )
    minor: Bump = "patch" if kind in DOCS_ONLY else "minor"
    assert suggest([change]) == ("major" if KINDS[kind] == "breaking" else minor)


def _mixed_report(pair: tuple[Path, Path]) -> Report:
    old, new = pair
    mutate(new, "models/beta.yaml", lambda d: d["parameters"]["temperature"].update(maximum=1.2))
    mutate(new, "api.yaml", lambda d: d["servers"][1].update(url="https://api2.example.test"))
    mutate(new, "api.yaml", lambda d: d["parameters"]["reasoning_effort"]["enum"].append("*new*"))
    return diff_folders(old, new)


def test_json_has_the_stable_shape(pair: tuple[Path, Path]) -> None:
    report = _mixed_report(pair)
    document = json.loads(to_json(report))
    assert list(document) == ["old", "new", "changes", "summary", "semver"]
    assert (document["old"], document["new"], document["semver"]) == ("old", "new", "major")
    assert document["summary"] == {"breaking": 1, "warning": 1, "info": 2}
    for change in document["changes"]:
        assert list(change) == ["kind", "severity", "endpoint", "model", "parameter", "path", "old", "new", "message"]
    max_change = next(c for c in document["changes"] if c["kind"] == "max-decreased")
    assert max_change == {
        "kind": "max-decreased",
        "severity": "breaking",
        "endpoint": ENDPOINT,
        "model": "beta",
        "parameter": "temperature",
        "path": f"endpoints/{ENDPOINT}/models/beta/parameters/temperature/maximum",
        "old": 1.5,
        "new": 1.2,
        "message": "temperature: maximum lowered from 1.5 to 1.2",
    }


def test_text_groups_by_model_and_ends_with_the_summary(pair: tuple[Path, Path]) -> None:
    text = to_text(_mixed_report(pair))
    lines = text.splitlines()
    assert lines[0] == "old (revision 1.2.3) -> new (revision 1.2.3)"
    assert lines.index("all models") < lines.index(f"alpha ({ENDPOINT})") < lines.index(f"beta ({ENDPOINT})")
    assert any(line.startswith("  breaking  max-decreased") and "1.5 to 1.2" in line for line in lines)
    assert lines[-1] == "4 changes (1 breaking, 1 warning, 2 info); suggested version bump: major"


def test_markdown_is_escaped_and_grouped(pair: tuple[Path, Path]) -> None:
    markdown = to_markdown(_mixed_report(pair))
    assert markdown.startswith("### API changes: `old` (1.2.3) → `new` (1.2.3)\n")
    assert "#### All models\n" in markdown and f"#### `beta` (`{ENDPOINT}`)\n" in markdown
    assert '- **info** `enum-value-added`: reasoning\\_effort: value "\\*new\\*" added' in markdown
    assert "- **breaking** `max-decreased`: temperature: maximum lowered from 1.5 to 1.2" in markdown


def test_no_changes_reads_well(pair: tuple[Path, Path]) -> None:
    report = diff_folders(*pair)
    assert to_text(report).splitlines()[-1] == "no changes; suggested version bump: none"
    assert "#### " not in to_markdown(report)


def test_a_change_knows_its_parameter_and_path(pair: tuple[Path, Path]) -> None:
    old, new = pair
    mutate(new, "api.yaml", lambda d: d["parameters"]["extra_body"].update(python_name="vendor_options"))
    change = only(diff_folders(old, new), "param-alias-changed", "alpha")
    assert (change.parameter, change.endpoint) == ("extra_body", ENDPOINT)
    assert change.path == f"endpoints/{ENDPOINT}/models/alpha/parameters/extra_body/python_name"
    assert (change.old, change.new) == ("vendor_extensions", "vendor_options")
