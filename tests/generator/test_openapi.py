"""generated/openapi.yaml is valid OpenAPI 3.1 and says what the spec says, in JSON Schema terms."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from tests.conftest import ROOT

OPENAPI: dict[str, Any] = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
SCHEMAS: dict[str, Any] = OPENAPI["components"]["schemas"]
MODEL_IDS = ["gemini-2.5-flash", "gemini-2.5-flash-lite", "gemini-3-pro-preview", "gemini-3.1-pro-preview"]


def request_schema(model_id: str) -> dict[str, Any]:
    mapping = SCHEMAS["ChatCompletionRequest"]["discriminator"]["mapping"]
    return SCHEMAS[mapping[model_id].rsplit("/", 1)[1]]  # type: ignore[no-any-return]


def component_validator(name: str) -> Draft202012Validator:
    """A validator for one component schema, its $refs resolved within the document."""
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": OPENAPI["components"]})


def test_document_validates_as_openapi_3_1() -> None:
    assert OPENAPI["openapi"] == "3.1.0"
    validate(OPENAPI)


def test_servers_direct_first_and_bearer_security() -> None:
    assert [server["url"] for server in OPENAPI["servers"]] == ["https://direct.evolink.ai", "https://api.evolink.ai"]
    assert OPENAPI["security"] == [{"bearerAuth": []}]
    assert OPENAPI["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": OPENAPI["components"]["securitySchemes"]["bearerAuth"]["description"],
    }


def test_request_body_is_one_closed_schema_per_model_discriminated_by_model() -> None:
    union = SCHEMAS["ChatCompletionRequest"]
    assert union["discriminator"]["propertyName"] == "model"
    assert sorted(union["discriminator"]["mapping"]) == MODEL_IDS
    assert sorted(ref["$ref"] for ref in union["oneOf"]) == sorted(union["discriminator"]["mapping"].values())
    for model_id in MODEL_IDS:
        schema = request_schema(model_id)
        assert schema["additionalProperties"] is False
        assert schema["required"] == ["model", "messages"]
        assert schema["properties"]["model"]["const"] == model_id
        assert schema["properties"]["messages"]["minItems"] == 1


@pytest.mark.parametrize(
    ("model_id", "parameter", "expected"),
    [
        (
            "gemini-2.5-flash-lite",
            "max_completion_tokens",
            {"type": ["integer", "null"], "minimum": 1, "maximum": 65536},
        ),
        ("gemini-2.5-flash-lite", "temperature", {"type": "number", "minimum": 0, "maximum": 2, "default": 1}),
        (
            "gemini-2.5-flash-lite",
            "reasoning_effort",
            {"enum": ["none", "low", "medium", "high", None], "default": "medium"},
        ),
        ("gemini-2.5-flash-lite", "tool_choice", {"enum": ["none", "auto", "required"]}),
        ("gemini-2.5-flash-lite", "top_logprobs", {"minimum": 0, "maximum": 20}),
        ("gemini-3-pro-preview", "max_tokens", {"type": "integer", "minimum": 1}),
        ("gemini-3-pro-preview", "top_k", {"type": "integer", "minimum": 1}),
        ("gemini-2.5-flash", "temperature", {"x-evolink-inferred": True, "maximum": 2}),
        ("gemini-2.5-flash-lite", "extra_body", {"x-evolink-python-name": "gemini_extensions"}),
    ],
)
def test_constraints_are_json_schema_keywords(model_id: str, parameter: str, expected: dict[str, Any]) -> None:
    schema = request_schema(model_id)["properties"][parameter]
    assert {key: schema.get(key) for key in expected} == expected


def test_documented_parameters_are_not_marked_inferred_and_gaps_are_absent() -> None:
    lite = request_schema("gemini-2.5-flash-lite")["properties"]
    assert not any(prop.get("x-evolink-inferred") for prop in lite.values())
    assert "top_k" not in lite
    assert "maximum" not in request_schema("gemini-3-pro-preview")["properties"]["max_tokens"]
    assert "default" not in request_schema("gemini-3-pro-preview")["properties"]["temperature"]


def test_stop_accepts_string_or_array_and_nullable_types_accept_null() -> None:
    validator = Draft202012Validator({**request_schema("gemini-2.5-flash-lite"), "components": OPENAPI["components"]})
    base = {"model": "gemini-2.5-flash-lite", "messages": [{"role": "user", "content": "hi"}]}
    for extra in ({"stop": "END"}, {"stop": ["a", "b"]}, {"seed": None}, {"reasoning_effort": None}):
        assert not list(validator.iter_errors({**base, **extra})), extra
    for extra in ({"stop": 3}, {"temperature": 2.5}, {"tool_choice": "sometimes"}, {"top_k": 3}, {"messages": []}):
        assert list(validator.iter_errors({**base, **extra})), extra


def test_responses_json_stream_and_errors() -> None:
    operation = OPENAPI["paths"]["/v1/chat/completions"]["post"]
    ok = operation["responses"]["200"]["content"]
    assert ok["application/json"]["schema"] == {"$ref": "#/components/schemas/ChatCompletion"}
    assert not list(component_validator("ChatCompletion").iter_errors(ok["application/json"]["example"]))
    stream = ok["text/event-stream"]["example"]
    assert isinstance(stream, str) and stream.endswith("data: [DONE]\n\n")
    events = [block.removeprefix("data: ") for block in stream.split("\n\n") if block]
    chunk_validator = component_validator("ChatCompletionChunk")
    for data in events[:-1]:
        assert not list(chunk_validator.iter_errors(json.loads(data)))
    assert events[-1] == "[DONE]"
    for status in ("400", "401", "422", "429", "500"):
        assert operation["responses"][status] == {"$ref": "#/components/responses/Error"}


def test_response_schemas_cover_the_documented_fields() -> None:
    usage = SCHEMAS["Usage"]["properties"]
    assert {"prompt_tokens_details", "completion_tokens_details", "input_tokens", "output_tokens"} <= set(usage)
    assert "reasoning_tokens" in SCHEMAS["CompletionTokensDetails"]["properties"]
    assert {"top_logprobs", "bytes"} <= set(SCHEMAS["TokenLogprob"]["properties"])
    assert "tool_calls" in SCHEMAS["ResponseMessage"]["properties"]
    assert SCHEMAS["ChatCompletionChunk"]["properties"]["object"]["enum"] == ["chat.completion.chunk"]
    assert "delta" in SCHEMAS["ChunkChoice"]["properties"]
