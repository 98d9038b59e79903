"""generated/openapi.yaml is valid OpenAPI 3.1 and says what the spec says, in JSON Schema terms.

Expectations come from the loaded spec (`load_spec(ROOT / "spec")`), never from its text, so a
maintainer can add a model or change a range without touching these tests.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from generator.emit.openapi import DUMPER, build_openapi, dump_openapi, error_response_name
from generator.ir import ModelVariant, Parameter, Spec
from generator.json_values import members, object_member
from generator.load.loader import load_spec
from tests.support.openapi_params import (
    full_arguments,
    out_of_range_values,
    request_params,
    validate_request,
    wire_body,
)
from tests.support.paths import ROOT

OPENAPI: dict[str, Any] = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = OPENAPI["components"]["schemas"]


def _spec() -> Spec:
    result = load_spec(ROOT / "spec")
    assert result.spec is not None, result.errors
    return result.spec


SPEC = _spec()
SPEC_API: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "api.yaml").read_text(encoding="utf-8"))
"""spec/api.yaml as written, the source the document's texts are copied from."""
MODEL_PARAMETERS = [(m.id, p.name) for m in SPEC.models for p in m.parameters]


def request_schema(model_id: str) -> dict[str, Any]:
    mapping = SCHEMAS["ChatCompletionRequest"]["discriminator"]["mapping"]
    return SCHEMAS[mapping[model_id].rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def component_validator(name: str) -> Draft202012Validator:
    """A validator for one component schema, its $refs resolved within the document."""
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": OPENAPI["components"]})


def _variant(model_id: str) -> ModelVariant:
    variant = SPEC.model(model_id)
    assert variant is not None
    return variant


def _parameter(model_id: str, name: str) -> Parameter:
    parameter = _variant(model_id).parameter(name)
    assert parameter is not None
    return parameter


def test_document_validates_as_openapi_3_1() -> None:
    assert OPENAPI["openapi"] == "3.1.0"
    validate(OPENAPI)


def test_servers_default_first_and_bearer_security() -> None:
    assert [server["url"] for server in OPENAPI["servers"]] == [server.url for server in SPEC.api.ordered_servers]
    assert OPENAPI["servers"][0]["url"] == SPEC.api.default_server.url
    assert OPENAPI["security"] == [{"bearerAuth": []}]
    assert OPENAPI["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": SPEC_API["auth"]["description"],
    }


def test_request_body_is_one_closed_schema_per_model_discriminated_by_model() -> None:
    union = SCHEMAS["ChatCompletionRequest"]
    assert union["discriminator"]["propertyName"] == "model"
    assert sorted(union["discriminator"]["mapping"]) == sorted(model.id for model in SPEC.models)
    assert sorted(ref["$ref"] for ref in union["oneOf"]) == sorted(union["discriminator"]["mapping"].values())
    for model in SPEC.models:
        schema = request_schema(model.id)
        assert schema["additionalProperties"] is False
        assert schema["required"] == ["model", *(p.name for p in model.parameters if p.required)]
        assert schema["properties"]["model"]["const"] == model.id
        assert list(schema["properties"]) == ["model", *(p.name for p in model.parameters)]


@pytest.mark.parametrize(("model_id", "name"), MODEL_PARAMETERS)
def test_constraints_and_markers_are_json_schema_keywords(model_id: str, name: str) -> None:
    parameter = _parameter(model_id, name)
    schema = request_schema(model_id)["properties"][name]
    assert schema.get("type") == parameter.schema.get("type")
    assert schema.get("minimum") == parameter.minimum and schema.get("maximum") == parameter.maximum
    assert schema.get("default") == parameter.default
    if parameter.enum is None:
        assert "enum" not in schema
    else:
        assert [value for value in schema["enum"] if value is not None] == list(parameter.enum)
        assert (None in schema["enum"]) == parameter.nullable, "a nullable enum lists null"
    assert schema.get("x-evolink-inferred", False) is parameter.inferred
    assert schema.get("x-evolink-python-name", name) == parameter.python_name


def test_every_model_accepts_a_full_valid_body() -> None:
    for model in SPEC.models:
        validate_request(wire_body(model.id, full_arguments(model.id)))


@pytest.mark.parametrize(("model_id", "name"), MODEL_PARAMETERS)
def test_values_out_of_range_or_enum_are_rejected_and_null_only_when_nullable(model_id: str, name: str) -> None:
    parameter = _parameter(model_id, name)
    base = wire_body(model_id, full_arguments(model_id))
    param = request_params()[model_id][parameter.python_name]
    bad_values: list[object] = list(out_of_range_values(param))
    if parameter.enum is not None:
        bad_values.append("".join(str(value) for value in parameter.enum) + "-not-a-choice")
    for value in bad_values:
        with pytest.raises(jsonschema.ValidationError):
            validate_request({**base, name: value})
    if parameter.nullable:
        validate_request({**base, name: None})


def test_a_parameter_the_model_does_not_document_is_rejected() -> None:
    catalogue = {parameter.name for parameter in SPEC.api.main_endpoint.catalogue}
    for model in SPEC.models:
        base = wire_body(model.id, full_arguments(model.id))
        for name in [*sorted(catalogue - {p.name for p in model.parameters}), "not_a_parameter"]:
            with pytest.raises(jsonschema.ValidationError):
                validate_request({**base, name: 1})


def test_responses_json_stream_and_errors() -> None:
    endpoint = SPEC.api.main_endpoint
    operation = OPENAPI["paths"][endpoint.path][endpoint.method]
    ok = operation["responses"]["200"]["content"]
    assert ok["application/json"]["schema"] == {"$ref": f"#/components/schemas/{endpoint.response}"}
    assert not list(component_validator(endpoint.response).iter_errors(ok["application/json"]["example"]))
    stream = ok["text/event-stream"]["example"]
    assert isinstance(stream, str) and stream.endswith("data: [DONE]\n\n")
    events = [block.removeprefix("data: ") for block in stream.split("\n\n") if block]
    assert endpoint.chunk is not None
    chunk_validator = component_validator(endpoint.chunk)
    assert len(events) == len(members(endpoint.examples["stream"])) + 1
    for data in events[:-1]:
        assert not list(chunk_validator.iter_errors(json.loads(data)))
    assert events[-1] == "[DONE]"
    for status in ("400", "401", "422", "429", "500"):
        assert operation["responses"][status] == {"$ref": f"#/components/responses/{error_response_name(endpoint)}"}


def test_the_spec_schemas_are_the_components() -> None:
    for name, schema in SPEC.api.schemas.items():
        component = SCHEMAS[name]
        assert set(component.get("properties", {})) == set(object_member(schema, "properties")), name
        assert component.get("required") == schema.get("required"), name
        assert component.get("type") == schema.get("type"), name


def test_libyaml_and_the_pure_python_emitter_write_the_same_document() -> None:
    document = build_openapi(SPEC)
    assert DUMPER is not yaml.SafeDumper, "the pinned PyYAML wheel has libyaml"
    assert dump_openapi(document) == yaml.dump(
        document, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False
    )
