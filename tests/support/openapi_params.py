"""The per-model request parameters of generated/openapi.yaml, with valid and invalid values for each.

The SDK tests (tests/sdk) and the contract tests (tests/contract) derive their cases from here, so that they
follow the OpenAPI document (the contract) rather than a hand-kept list: a model or parameter added to the
spec is tested without touching the tests. Only structured parameters (messages, tools, ...) need a
hand-written value in ``STRUCTURED_VALUES``; a new one without it makes ``valid_value`` fail loudly.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema
import yaml

from tests.support.paths import ROOT

DOCUMENT = ROOT / "generated" / "openapi.yaml"
REQUEST_SCHEMA = "ChatCompletionRequest"

USER_TEXT_AND_IMAGE: dict[str, Any] = {
    "role": "user",
    "content": [
        {"type": "text", "text": "What is in this picture? この写真には何がありますか。 이 사진에 무엇이 있나요?"},
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.png", "detail": "low"}},
    ],
}
WEATHER_TOOL: dict[str, Any] = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        "strict": True,
    },
}
STRUCTURED_VALUES: dict[str, Any] = {
    "messages": [
        {"role": "system", "content": "You are terse."},
        USER_TEXT_AND_IMAGE,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_0",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Tokyo"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_0", "content": '{"celsius": 21}'},
        {"role": "user", "content": "And tomorrow?"},
    ],
    "tools": [WEATHER_TOOL],
    "response_format": {
        "type": "json_schema",
        "json_schema": {
            "name": "weather",
            "description": "A weather report.",
            "schema": {"type": "object", "properties": {"celsius": {"type": "number"}}, "required": ["celsius"]},
            "strict": True,
        },
    },
    "stream_options": {"include_usage": True},
    "extra_body": {"google": {"thinking_config": {"thinking_budget": 1024, "include_thoughts": True}}},
}
"""Valid values, by wire name, for the parameters whose schema is an object or a list of objects."""

_JSON_KINDS = {bool: "boolean", int: "integer", float: "number", str: "string", list: "array", dict: "object"}


@dataclass(frozen=True)
class Param:
    """One request parameter of one model, as the OpenAPI document describes it."""

    model: str
    wire_name: str
    python_name: str
    schema: Mapping[str, Any]
    kinds: tuple[str, ...]
    nullable: bool

    @property
    def minimum(self) -> float | None:
        """The inclusive lower bound, if any."""
        return self.schema.get("minimum")

    @property
    def maximum(self) -> float | None:
        """The inclusive upper bound, if any."""
        return self.schema.get("maximum")

    @property
    def enum(self) -> tuple[object, ...] | None:
        """The allowed values other than ``None``, if the parameter is an enum."""
        values = self.schema.get("enum")
        return None if values is None else tuple(value for value in values if value is not None)

    @property
    def inferred(self) -> bool:
        """Whether the parameter is inherited from the model's family rather than on its own page."""
        return bool(self.schema.get("x-evolink-inferred"))

    @property
    def is_numeric(self) -> bool:
        """Whether the parameter is an integer or a number."""
        return bool({"integer", "number"} & set(self.kinds))

    def accepts_kind(self, value: object) -> bool:
        """Whether ``value``'s JSON kind is one the parameter takes (an integer counts as a number)."""
        kind = json_kind(value)
        return kind in self.kinds or (kind == "integer" and "number" in self.kinds)

    def __str__(self) -> str:
        return f"{self.model}:{self.python_name}"


def json_kind(value: object) -> str:
    """The JSON Schema type of a Python value (``bool`` is ``boolean``, never ``integer``)."""
    if value is None:
        return "null"
    return _JSON_KINDS[type(value)]


@cache
def load_document() -> dict[str, Any]:
    """generated/openapi.yaml, parsed."""
    document: dict[str, Any] = yaml.safe_load(DOCUMENT.read_text(encoding="utf-8"))
    return document


def resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local ``$ref`` (``#/components/schemas/X``) to its schema; other schemas as they are."""
    ref = schema.get("$ref")
    if ref is None:
        return schema
    node: Any = load_document()
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return resolve(node)


def _kinds(schema: Mapping[str, Any]) -> list[str]:
    schema = resolve(schema)
    declared = schema.get("type")
    if declared is not None:
        return [declared] if isinstance(declared, str) else list(declared)
    return [kind for alternative in schema.get("oneOf", ()) for kind in _kinds(alternative)]


def request_schema_names() -> dict[str, str]:
    """Model id -> the name of its request schema, from the request's discriminator mapping."""
    mapping = load_document()["components"]["schemas"][REQUEST_SCHEMA]["discriminator"]["mapping"]
    return {model: ref.rsplit("/", 1)[1] for model, ref in mapping.items()}


@cache
def request_params() -> dict[str, dict[str, Param]]:
    """Model id -> Python argument name -> ``Param``, for every parameter but ``model``, in document order."""
    schemas = load_document()["components"]["schemas"]
    result: dict[str, dict[str, Param]] = {}
    for model, name in request_schema_names().items():
        params: dict[str, Param] = {}
        for wire_name, schema in schemas[name]["properties"].items():
            if wire_name == "model":
                continue
            kinds = _kinds(schema)
            nullable = "null" in kinds or None in schema.get("enum", ())
            python_name = schema.get("x-evolink-python-name", wire_name)
            kept = tuple(dict.fromkeys(kind for kind in kinds if kind != "null"))
            params[python_name] = Param(model, wire_name, python_name, schema, kept, nullable)
        result[model] = params
    return result


def models() -> list[str]:
    """Every model id the document describes."""
    return sorted(request_params())


def all_params() -> Iterator[Param]:
    """Every (model, parameter) pair."""
    for model in models():
        yield from request_params()[model].values()


def lacking_params() -> list[tuple[str, Param]]:
    """(model, a parameter some other model takes and this one does not), once per model and name."""
    cases: dict[tuple[str, str], Param] = {}
    params = request_params()
    for model in models():
        for other in models():
            for name, param in params[other].items():
                if name not in params[model]:
                    cases.setdefault((model, name), param)
    return [(model, param) for (model, _), param in cases.items()]


def valid_value(param: Param) -> object:
    """A value the document accepts for ``param``: its example when valid, else a bound or the first choice."""
    if param.wire_name in STRUCTURED_VALUES:
        return STRUCTURED_VALUES[param.wire_name]
    examples = param.schema.get("examples", [])
    enum = param.enum
    if enum is not None:
        return next((example for example in examples if example in enum), enum[0])
    for example in examples:
        if param.accepts_kind(example) and not (param.is_numeric and out_of_bounds(param, example)):
            return example
    if param.is_numeric:
        return param.minimum if param.minimum is not None else 1
    if "boolean" in param.kinds:
        return True
    if "string" in param.kinds:
        return "text"
    raise LookupError(f"no valid value known for {param}: add one to STRUCTURED_VALUES in {__name__}")


def out_of_bounds(param: Param, value: Any) -> bool:
    """Whether a number lies outside the parameter's range."""
    low, high = param.minimum, param.maximum
    return (low is not None and value < low) or (high is not None and value > high)


def out_of_range_values(param: Param) -> list[int | float]:
    """Values just outside each bound of a numeric parameter (1 for integers, 0.5 for numbers)."""
    step = 1 if "integer" in param.kinds else 0.5
    values: list[int | float] = []
    if param.minimum is not None:
        values.append(param.minimum - step)
    if param.maximum is not None:
        values.append(param.maximum + step)
    return values


def full_arguments(model: str) -> dict[str, Any]:
    """Python keyword arguments giving every parameter of ``model`` except ``stream`` a valid value."""
    return {name: valid_value(param) for name, param in request_params()[model].items() if name != "stream"}


def wire_body(model: str, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body ``create(model=model, **arguments)`` should send: Python names mapped to wire names."""
    params = request_params()[model]
    return {"model": model, **{params[name].wire_name: value for name, value in arguments.items()}}


def validate_request(body: Mapping[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` unless ``body`` conforms to the document's request schema."""
    schema_name = request_schema_names()[body["model"]]
    root = {"$ref": f"#/components/schemas/{schema_name}", "components": load_document()["components"]}
    jsonschema.Draft202012Validator(root).validate(body)
