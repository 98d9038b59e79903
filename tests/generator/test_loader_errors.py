"""Every kind of spec error is reported with its file, line and JSON pointer, all at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import format_errors
from generator.loader import load_spec
from tests.conftest import edit


def messages(spec: Path) -> list[str]:
    """The printed error lines for a spec folder (the spec must be broken)."""
    result = load_spec(spec)
    assert result.spec is None, "the spec should not load"
    return [str(error) for error in result.errors]


def test_the_minimal_spec_loads(minimal_spec: Path) -> None:
    result = load_spec(minimal_spec)
    assert result.errors == []
    assert result.spec is not None
    beta = result.spec.model("beta")
    assert beta is not None
    temperature = beta.parameter("temperature")
    assert temperature is not None and temperature.maximum == 1.5 and not temperature.inferred
    effort = beta.parameter("reasoning_effort")
    assert effort is not None and effort.inferred and effort.inherited_from == "alpha"


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        pytest.param(
            "models/alpha.yaml",
            "  temperature: {}",
            "  temprature: {}",
            "spec/models/alpha.yaml:9: /parameters/temprature: unknown catalogue reference 'temprature': "
            "not in spec/api.yaml /parameters",
            id="unknown-catalogue-reference",
        ),
        pytest.param(
            "models/beta.yaml",
            "    maximum: 1.5",
            "    minimum: 3",
            "spec/models/beta.yaml:11: /parameters/temperature/minimum: minimum 3 is greater than maximum 2",
            id="override-minimum-above-maximum",
        ),
        pytest.param(
            "api.yaml",
            "    maximum: 2\n",
            "    maximum: -1\n",
            "spec/api.yaml:43: /parameters/temperature/minimum: minimum 0 is greater than maximum -1",
            id="catalogue-minimum-above-maximum",
        ),
        pytest.param(
            "models/beta.yaml",
            "    maximum: 1.5",
            "    maximum: 0.5",
            "spec/models/beta.yaml:11: /parameters/temperature/maximum: default 1 is above the maximum 0.5",
            id="inherited-default-outside-overridden-range",
        ),
        pytest.param(
            "api.yaml",
            "    default: low",
            "    default: extreme",
            "spec/api.yaml:50: /parameters/reasoning_effort/default: default 'extreme' is not one of the enum "
            "values ['low', 'high']",
            id="enum-default-not-in-enum",
        ),
        pytest.param(
            "api.yaml",
            "    default: 1\n",
            "    default: warm\n",
            "spec/api.yaml:45: /parameters/temperature/default: default 'warm': 'warm' is not of type 'number'",
            id="default-of-wrong-type",
        ),
        pytest.param(
            "api.yaml",
            "    python_name: vendor_extensions",
            "    python_name: class",
            "spec/api.yaml:52: /parameters/extra_body/python_name: 'class' is not a valid Python identifier",
            id="alias-is-a-keyword",
        ),
        pytest.param(
            "api.yaml",
            "    python_name: vendor_extensions\n",
            "",
            "spec/api.yaml:51: /parameters/extra_body: 'extra_body' is reserved by the SDK's methods; "
            "give it a python_name",
            id="name-reserved-by-the-sdk",
        ),
        pytest.param(
            "models/beta.yaml",
            "inherit: alpha",
            "inherit: gamma",
            "spec/models/beta.yaml:7: /inherit: unknown parent model 'gamma'",
            id="unknown-parent",
        ),
        pytest.param(
            "models/alpha.yaml",
            "server: direct",
            "server: edge",
            "spec/models/alpha.yaml:4: /server: unknown server 'edge'; known: ['direct', 'api']",
            id="unknown-server",
        ),
        pytest.param(
            "api.yaml",
            "items: {$ref: Message}",
            "items: {$ref: Mesage}",
            "spec/api.yaml:39: /parameters/messages/schema/items/$ref: unknown schema 'Mesage'; "
            "the schemas are listed under /schemas",
            id="unknown-schema-reference",
        ),
        pytest.param(
            "api.yaml",
            "      minItems: 1",
            "      minItem: 1",
            "spec/api.yaml:38: /parameters/messages/schema/minItem: unknown schema keyword 'minItem'",
            id="unknown-schema-keyword",
        ),
        pytest.param(
            "models/alpha.yaml",
            "title: Alpha\n",
            "",
            "spec/models/alpha.yaml:1: /: 'title' is a required property",
            id="format-missing-field",
        ),
        pytest.param(
            "models/alpha.yaml",
            "  temperature: {}",
            "  temperature: {minimum: low}",
            "spec/models/alpha.yaml:9: /parameters/temperature/minimum: 'low' is not of type 'number', 'null'",
            id="format-wrong-type",
        ),
        pytest.param(
            "models/alpha.yaml",
            "  extra_body: {}",
            "  extra_body: {}\n  temperature: {}",
            "spec/models/alpha.yaml:12: /parameters/temperature: duplicate key 'temperature'",
            id="duplicate-yaml-key",
        ),
        pytest.param(
            "models/alpha.yaml",
            "title: Alpha",
            "title: [Alpha",
            "spec/models/alpha.yaml:3: /: invalid YAML: expected ',' or ']', but got ':'",
            id="yaml-syntax",
        ),
        pytest.param(
            "api.yaml",
            "response: {id: c1,",
            "response: {id: 7,",
            "spec/api.yaml:28: /endpoint/examples/response/id: example does not match Completion: "
            "7 is not of type 'string'",
            id="example-does-not-match-schema",
        ),
    ],
)
def test_each_error_kind_is_located(minimal_spec: Path, file: str, old: str, new: str, expected: str) -> None:
    edit(minimal_spec / file, old, new)
    assert expected in messages(minimal_spec)


def test_inheritance_cycle_is_reported_at_every_model_in_it(minimal_spec: Path) -> None:
    edit(minimal_spec / "models/alpha.yaml", "server: direct", "server: direct\ninherit: beta")
    assert messages(minimal_spec) == [
        "spec/models/alpha.yaml:5: /inherit: inheritance cycle: alpha -> beta -> alpha",
        "spec/models/beta.yaml:7: /inherit: inheritance cycle: beta -> alpha -> beta",
    ]


def test_duplicate_model_id_names_the_first_definition(minimal_spec: Path) -> None:
    (minimal_spec / "models/alpha-copy.yaml").write_text((minimal_spec / "models/alpha.yaml").read_text())
    assert messages(minimal_spec) == [
        "spec/models/alpha-copy.yaml:1: /id: duplicate model id 'alpha' (first defined at spec/models/alpha.yaml:1)",
        "spec/models/alpha-copy.yaml:1: /id: the file of model 'alpha' must be named alpha.yaml",
    ]


def test_every_error_is_reported_at_once_sorted_snapshot(minimal_spec: Path) -> None:
    edit(minimal_spec / "api.yaml", "    maximum: 2\n", "    maximum: -1\n")
    edit(minimal_spec / "api.yaml", "    default: low", "    default: extreme")
    edit(minimal_spec / "models/alpha.yaml", "  temperature: {}", "  temprature: {}")
    edit(minimal_spec / "models/beta.yaml", "inherit: alpha", "inherit: gamma")
    (minimal_spec / "models/beta-copy.yaml").write_text((minimal_spec / "models/beta.yaml").read_text())
    result = load_spec(minimal_spec)
    assert format_errors(result.errors) == "\n".join(
        [
            "spec/api.yaml:43: /parameters/temperature/minimum: minimum 0 is greater than maximum -1",
            "spec/api.yaml:45: /parameters/temperature/default: default 1 is above the maximum -1",
            "spec/api.yaml:50: /parameters/reasoning_effort/default: default 'extreme' is not one of the enum values"
            " ['low', 'high']",
            "spec/models/alpha.yaml:9: /parameters/temprature: unknown catalogue reference 'temprature': not in"
            " spec/api.yaml /parameters",
            "spec/models/beta-copy.yaml:1: /id: duplicate model id 'beta' (first defined at spec/models/beta.yaml:1)",
            "spec/models/beta-copy.yaml:1: /id: the file of model 'beta' must be named beta.yaml",
            "spec/models/beta.yaml:7: /inherit: unknown parent model 'gamma'",
            "7 errors in the spec; nothing was written.",
        ]
    )
