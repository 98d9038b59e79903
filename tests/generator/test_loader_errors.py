"""Every kind of spec error is reported with its file, line and JSON pointer, all at once."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import format_errors
from generator.ir import CatalogueEntry, Endpoint
from generator.load.loader import load_spec
from generator.pointers import join_pointer
from tests.support.files import edit
from tests.support.paths import ROOT
from tests.support.specs import load, messages, mutate, variant_keys, variant_of


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
            "spec/models/alpha.yaml:9: /parameters/temprature: unknown catalogue reference 'temprature' (did you "
            "mean 'temperature'?): not in the catalogue (/parameters in api.yaml); add it there first, or correct "
            "the name",
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
            "spec/models/beta.yaml:7: /inherit: unknown parent model 'gamma'; `inherit` takes a model id",
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
            "spec/api.yaml:39: /parameters/messages/schema/items/$ref: unknown schema 'Mesage' (did you mean "
            "'Message'?); the schemas are listed under /schemas",
            id="unknown-schema-reference",
        ),
        pytest.param(
            "api.yaml",
            "      minItems: 1",
            "      minItem: 1",
            "spec/api.yaml:38: /parameters/messages/schema/minItem: unknown schema keyword 'minItem' (did you mean "
            "'minItems'?); use a JSON Schema keyword, or an `x-` prefix for an extension",
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
            "spec/models/alpha.yaml:12: /parameters/temperature: duplicate key 'temperature'; keep one of them",
            id="duplicate-yaml-key",
        ),
        pytest.param(
            "models/alpha.yaml",
            "title: Alpha",
            "title: [Alpha",
            "spec/models/alpha.yaml:3: /: invalid YAML at column 8: expected ',' or ']', but got ':' (while parsing a "
            "flow sequence on line 2); inside [...] and {...} a comma separates entries and every bracket must be "
            "closed: quote a value that holds a comma, a colon or a bracket, and remember that ' #' starts a comment "
            "that hides the rest of the line",
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
        "spec/models/alpha-copy.yaml:1: /id: the file of model 'alpha' must be models/alpha.yaml",
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
            "spec/api.yaml:50: /parameters/reasoning_effort/default: default 'extreme' is not one of the enum values"
            " ['low', 'high']",
            "spec/models/alpha.yaml:9: /parameters/temprature: unknown catalogue reference 'temprature' (did you"
            " mean 'temperature'?): not in the catalogue (/parameters in api.yaml); add it there first, or correct"
            " the name",
            "spec/models/beta-copy.yaml:1: /id: duplicate model id 'beta' (first defined at spec/models/beta.yaml:1)",
            "spec/models/beta-copy.yaml:1: /id: the file of model 'beta' must be models/beta.yaml",
            "spec/models/beta.yaml:7: /inherit: unknown parent model 'gamma'; `inherit` takes a model id",
            "6 errors in the spec; nothing was written.",
        ]
    )


def _line_of(path: Path, *keys: str) -> int:
    """The 1-based line of the key reached through `keys` in a YAML file (read with PyYAML's own marks)."""
    node = yaml.compose(path.read_text(encoding="utf-8"))
    assert node is not None, f"{path} is empty"
    line = 0
    for key in keys:
        key_node, node = next((k, v) for k, v in node.value if k.value == key)
        line = key_node.start_mark.line + 1
    return line


def _variant_keys(model_id: str) -> tuple[str, ...]:
    """The keys from the top of the committed model file to its variant of the endpoint `spec.model` reads."""
    variant = load(ROOT / "spec").model(model_id)
    assert variant is not None
    return variant_keys(variant)


def _inherited_bounded_parameter() -> tuple[str, CatalogueEntry, float]:
    """A model that another inherits from, one of its own bounded parameters, and its example or default.

    Found in the committed spec, so that a mistake there reaches a second model by inheritance.
    """
    spec = load(ROOT / "spec")
    parents = sorted({model.inherits for model in spec.models if model.inherits})
    for parent in parents:
        variant = spec.model(parent)
        assert variant is not None
        for parameter in variant.parameters:
            entry = next(p for p in spec.api.main_endpoint.catalogue if p.name == parameter.name)
            value = entry.example if entry.example is not None else entry.default
            if not parameter.inferred and entry.maximum is not None and isinstance(value, int | float):
                return parent, entry, value
    raise AssertionError("the spec has no inherited parameter with a maximum and an example; extend this helper")


def test_one_inverted_range_override_is_one_error_at_the_override(tmp_path: Path) -> None:
    spec = Path(shutil.copytree(ROOT / "spec", tmp_path / "spec"))
    model, parameter, value = _inherited_bounded_parameter()
    low, high = value + 10, value - 10  # the example sits above the maximum and below the minimum
    keys = _variant_keys(model)
    mutate(
        spec,
        f"models/{model}.yaml",
        lambda d: variant_of(d)["parameters"].update({parameter.name: {"minimum": low, "maximum": high}}),
    )
    line = _line_of(spec / "models" / f"{model}.yaml", *keys, "parameters", parameter.name, "maximum")
    pointer = join_pointer("", *keys, "parameters", parameter.name, "maximum")
    assert messages(spec) == [
        f"spec/models/{model}.yaml:{line}: {pointer}: minimum {low} is greater than maximum {high}"
    ]


def test_a_minimum_above_the_catalogue_maximum_is_one_error_at_the_override(tmp_path: Path) -> None:
    spec = Path(shutil.copytree(ROOT / "spec", tmp_path / "spec"))
    model, parameter, _ = _inherited_bounded_parameter()
    assert parameter.maximum is not None
    low = parameter.maximum + 1
    keys = _variant_keys(model)
    mutate(
        spec, f"models/{model}.yaml", lambda d: variant_of(d)["parameters"].update({parameter.name: {"minimum": low}})
    )
    line = _line_of(spec / "models" / f"{model}.yaml", *keys, "parameters", parameter.name, "minimum")
    pointer = join_pointer("", *keys, "parameters", parameter.name, "minimum")
    assert messages(spec) == [
        f"spec/models/{model}.yaml:{line}: {pointer}: minimum {low} is greater than maximum {parameter.maximum}"
    ]


def test_a_catalogue_mistake_is_reported_once_in_the_catalogue(minimal_spec: Path) -> None:
    # alpha documents temperature as is, beta overrides its maximum; the default is wrong for both.
    edit(minimal_spec / "api.yaml", "    default: 1\n", "    default: 5\n")
    assert messages(minimal_spec) == [
        "spec/api.yaml:45: /parameters/temperature/default: default 5 is above the maximum 2"
    ]


def test_an_unknown_reference_on_a_parameter_with_a_default_is_one_error(minimal_spec: Path) -> None:
    edit(minimal_spec / "api.yaml", "    schema: {type: number}", "    schema: {$ref: Temperatur}")
    assert messages(minimal_spec) == [
        "spec/api.yaml:42: /parameters/temperature/schema/$ref: unknown schema 'Temperatur'; the schemas are listed"
        " under /schemas"
    ]


def test_an_example_that_reaches_an_unknown_reference_is_not_checked_against_it(minimal_spec: Path) -> None:
    api = minimal_spec / "api.yaml"
    edit(api, "      content: {type: string}", "      content: {$ref: Text}")
    edit(
        api,
        "      id: {type: string}\n      object: {type: string, enum: [chat.completion]}",
        "      message: {$ref: Message}",
    )
    edit(api, "response: {id: c1,", "response: {message: {role: user, content: hi}, id: c1,")
    assert messages(minimal_spec) == [
        "spec/api.yaml:61: /schemas/Message/properties/content/$ref: unknown schema 'Text'; the schemas are listed"
        " under /schemas"
    ]


@pytest.mark.parametrize(
    ("schemas", "expected"),
    [
        (
            "  Loop: {$ref: Loop}\n",
            "spec/api.yaml:56: /schemas/Loop/$ref: Loop is defined only through itself (Loop -> Loop)",
        ),
        (
            "  A: {oneOf: [{$ref: B}, {type: string}]}\n  B: {anyOf: [{$ref: A}]}\n",
            "spec/api.yaml:56: /schemas/A/oneOf/0/$ref: A is defined only through itself (A -> B -> A)",
        ),
    ],
)
def test_a_schema_defined_only_through_itself_is_one_error(minimal_spec: Path, schemas: str, expected: str) -> None:
    edit(minimal_spec / "api.yaml", "schemas:\n", "schemas:\n" + schemas)
    edit(
        minimal_spec / "api.yaml",
        "    schema: {type: object}",
        "    schema: {$ref: " + schemas.split(":", maxsplit=1)[0].strip() + "}",
    )
    assert messages(minimal_spec) == [f"{expected}: give one of them a type or properties"]


def test_recursion_through_properties_is_allowed(minimal_spec: Path) -> None:
    edit(
        minimal_spec / "api.yaml",
        "      content: {type: string}",
        "      content: {type: string}\n      reply: {$ref: Message}",
    )
    assert load_spec(minimal_spec).errors == []


def _spec_copy(tmp_path: Path) -> tuple[Path, str, str]:
    """A copy of the committed spec, the first endpoint's name and a model that inherits on that endpoint."""
    spec = Path(shutil.copytree(ROOT / "spec", tmp_path / "spec"))
    loaded = load(spec)
    heir = next(model for model in loaded.models if model.inherits is not None)
    return spec, loaded.api.main_endpoint.name, heir.id


def test_a_variant_of_an_endpoint_api_yaml_lacks_is_named_with_the_ones_it_has(tmp_path: Path) -> None:
    spec, endpoint, model = _spec_copy(tmp_path)
    misspelt = endpoint[:-1]
    mutate(spec, f"models/{model}.yaml", lambda d: d.update(endpoints={misspelt: d["endpoints"][endpoint]}))
    (message,) = messages(spec)
    assert f"spec/models/{model}.yaml:" in message and f"/endpoints/{misspelt}: unknown endpoint" in message
    assert f"(did you mean {endpoint!r}?)" in message and f"api.yaml declares {endpoint}" in message


def test_a_model_file_in_the_old_format_in_a_spec_with_endpoints_says_where_its_variant_goes(tmp_path: Path) -> None:
    spec, endpoint, model = _spec_copy(tmp_path)
    mutate(spec, f"models/{model}.yaml", lambda d: d.update(d.pop("endpoints")[endpoint]))
    (message,) = messages(spec)
    assert message.startswith(f"spec/models/{model}.yaml:1: /: the model's variant is at the top of the file")
    assert f"under `endpoints: {endpoint}:`" in message


def test_inheriting_from_a_model_without_a_variant_of_that_endpoint_is_an_error(tmp_path: Path) -> None:
    spec, endpoint, model = _spec_copy(tmp_path)
    parent = load(spec).model(model)
    assert parent is not None and parent.inherits is not None

    def other_endpoint(data: Any) -> None:  # the parent's only variant moves to a second endpoint
        data["endpoints"] = {"second": data["endpoints"][endpoint]}

    def second_endpoint(data: Any) -> None:
        first = {key: value for key, value in data["endpoints"][endpoint].items() if key != "type_names"}
        placed = {"sdk": {"resource": "second", "method": "create"}, "streaming": {"body_flag": "stream"}}
        data["endpoints"]["second"] = {**first, **placed}

    mutate(spec, "api.yaml", second_endpoint)
    mutate(spec, f"models/{parent.inherits}.yaml", other_endpoint)
    problems = [m for m in messages(spec) if f"/endpoints/{endpoint}/inherit" in m]
    assert problems == [
        f"spec/models/{model}.yaml:{_line_of(spec / 'models' / f'{model}.yaml', 'endpoints', endpoint, 'inherit')}: "
        f"/endpoints/{endpoint}/inherit: model {parent.inherits!r} has no variant of the endpoint {endpoint!r} "
        "to inherit from"
    ]


@pytest.mark.parametrize(
    ("flag", "problem"),
    [("strem", "'strem' is not a parameter of this endpoint's catalogue (did you mean 'stream'?)"),
     ("temperature", "the stream flag 'temperature' must have the schema {type: boolean}")],
)  # fmt: skip
def test_the_stream_flag_is_a_boolean_parameter_of_the_catalogue(tmp_path: Path, flag: str, problem: str) -> None:
    spec, endpoint, _ = _spec_copy(tmp_path)
    mutate(spec, "api.yaml", lambda d: d["endpoints"][endpoint]["streaming"].update(body_flag=flag))
    line = _line_of(spec / "api.yaml", "endpoints", endpoint, "streaming", "body_flag")
    assert messages(spec) == [f"spec/api.yaml:{line}: /endpoints/{endpoint}/streaming/body_flag: {problem}"]


def test_the_readmes_add_a_model_example_loads_into_the_committed_spec(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("**Add a model**", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    example = yaml.safe_load(block)
    spec = Path(shutil.copytree(ROOT / "spec", tmp_path / "spec"))
    (spec / "models" / f"{example['id']}.yaml").write_text(block, encoding="utf-8")
    loaded = load(spec)
    variants = [variant for variant in loaded.variants if variant.id == example["id"]]
    assert [variant.endpoint for variant in variants] == list(example["endpoints"])


def test_a_model_file_with_endpoints_in_a_spec_from_before_them_says_to_upgrade_api_yaml(minimal_spec: Path) -> None:
    endpoint = load(minimal_spec).api.main_endpoint.name
    model = load(minimal_spec).models[0]
    variant_keys_of_old_format = ("sources", "inherit", "parameters", "notes", "errata", "deviations")

    def upgrade(data: Any) -> None:
        data["endpoints"] = {endpoint: {key: data.pop(key) for key in variant_keys_of_old_format if key in data}}

    mutate(minimal_spec, f"models/{model.id}.yaml", upgrade)
    (problem,) = messages(minimal_spec)
    assert problem.startswith(f"spec/models/{model.id}.yaml:1: /: the model declares `endpoints`, but api.yaml is in")
    assert f"under `endpoints: {endpoint}:`" in problem


def _endpoint_named(spec: Path, test: Callable[[Endpoint], bool]) -> str:
    """The name of the first endpoint of the spec at `spec` that passes `test`."""
    return next(endpoint.name for endpoint in load(spec).api.endpoints if test(endpoint))


def test_a_path_parameter_must_be_declared_and_in_the_path(tmp_path: Path) -> None:
    spec, _, _ = _spec_copy(tmp_path)
    name = _endpoint_named(spec, lambda e: bool(e.path_parameters))

    def rename(data: Any) -> None:
        endpoint = data["endpoints"][name]
        first = next(iter(endpoint["path_parameters"]))
        endpoint["path_parameters"] = {f"{first}x": endpoint["path_parameters"][first]}

    mutate(spec, "api.yaml", rename)
    problems = [m for m in messages(spec) if f"/endpoints/{name}/" in m]
    assert any("is declared but not in the path" in m for m in problems)
    assert any("is not declared under path_parameters (did you mean" in m for m in problems)


def test_a_model_in_the_path_needs_the_model_path_parameter(tmp_path: Path) -> None:
    spec, _, _ = _spec_copy(tmp_path)
    name = _endpoint_named(spec, lambda e: e.model_in is None and bool(e.path_parameters))
    mutate(spec, "api.yaml", lambda d: d["endpoints"][name].update(model="path"))
    line = _line_of(spec / "api.yaml", "endpoints", name, "model")
    assert (
        f"spec/api.yaml:{line}: /endpoints/{name}/model: `model: path` needs the path parameter {{model}} in the path"
        in messages(spec)
    )


def test_no_model_file_may_declare_a_variant_of_an_endpoint_without_a_model(tmp_path: Path) -> None:
    spec, first, model = _spec_copy(tmp_path)
    name = _endpoint_named(spec, lambda e: e.model_in is None)

    def add_variant(data: Any) -> None:
        own = data["endpoints"][first]
        data["endpoints"][name] = {"sources": own["sources"], "parameters": {}}

    mutate(spec, f"models/{model}.yaml", add_variant)
    problems = [m for m in messages(spec) if m.startswith(f"spec/models/{model}.yaml")]
    assert any(f"/endpoints/{name}: endpoint {name!r} takes no model" in m for m in problems), problems


def test_two_endpoints_may_not_share_an_sdk_method_or_type_names(tmp_path: Path) -> None:
    spec, first, _ = _spec_copy(tmp_path)
    second = _endpoint_named(spec, lambda e: e.model_in is not None and e.name != first)

    def copy_names(data: Any) -> None:
        endpoints = data["endpoints"]
        endpoints[second]["sdk"] = dict(endpoints[first]["sdk"])
        endpoints[second]["type_names"] = dict(endpoints[first]["type_names"])

    mutate(spec, "api.yaml", copy_names)
    problems = [m for m in messages(spec) if f"/endpoints/{second}/" in m]
    assert any(f"is already the method of endpoint {first!r}: give this one another `sdk`" in m for m in problems)
    assert any(f"endpoint {first!r} already names a type" in m for m in problems)


@pytest.mark.parametrize(
    ("python_name", "problem"),
    [("class", "'class' is not a valid Python name"), ("timeout", "'timeout' is an argument every SDK method has")],
)
def test_a_header_needs_a_python_name_of_its_own(tmp_path: Path, python_name: str, problem: str) -> None:
    spec, _, _ = _spec_copy(tmp_path)
    name = _endpoint_named(spec, lambda e: bool(e.headers))
    header = next(h for h in load(spec).api.endpoints if h.name == name).headers[0].name
    mutate(spec, "api.yaml", lambda d: d["endpoints"][name]["headers"][header].update(python_name=python_name))
    line = _line_of(spec / "api.yaml", "endpoints", name, "headers", header, "python_name")
    assert messages(spec) == [f"spec/api.yaml:{line}: /endpoints/{name}/headers/{header}/python_name: {problem}"]


def test_a_header_that_switches_the_response_must_be_boolean_and_name_a_schema(tmp_path: Path) -> None:
    spec, _, _ = _spec_copy(tmp_path)
    name = _endpoint_named(spec, lambda e: any(h.response_if_true for h in e.headers))
    header = next(h for h in next(e for e in load(spec).api.endpoints if e.name == name).headers if h.response_if_true)

    def break_it(data: Any) -> None:
        data["endpoints"][name]["headers"][header.name].update(schema={"type": "string"}, response_if_true="Tsak")

    mutate(spec, "api.yaml", break_it)
    problems = messages(spec)
    assert any(
        f"/headers/{header.name}/schema: a header with `response_if_true` must have the schema" in m for m in problems
    )
    assert any(f"/headers/{header.name}/response_if_true: unknown schema 'Tsak'" in m for m in problems)


def test_an_endpoint_that_streams_names_its_chunk(tmp_path: Path) -> None:
    spec, first, _ = _spec_copy(tmp_path)
    mutate(spec, "api.yaml", lambda d: d["endpoints"][first].pop("chunk"))
    line = _line_of(spec / "api.yaml", "endpoints", first, "streaming")
    assert messages(spec) == [
        f"spec/api.yaml:{line}: /endpoints/{first}/streaming: an endpoint that streams needs `chunk`: a schema"
    ]
