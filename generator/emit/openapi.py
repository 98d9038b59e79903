"""Spec -> the OpenAPI 3.1 document (generated/openapi.yaml), the interop artifact.

The request body is a `oneOf` of one closed schema per model, discriminated by `model`; each
parameter carries its constraints as JSON Schema keywords, plus `x-evolink-inferred` and
`x-evolink-python-name` where they apply.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import yaml

from generator.ir import JSON, REQUEST_UNION, ModelVariant, Parameter, Spec, request_schema
from generator.json_values import members
from generator.schema_refs import rewrite_refs

SCHEMA_PREFIX = "#/components/schemas/"
ERROR_STATUSES = ("400", "401", "403", "404", "408", "409", "422", "429", "500", "502", "503", "504")


def request_schema_name(model: ModelVariant) -> str:
    """The component name of a model's request body schema."""
    return request_schema(model.class_stem)


def build_openapi(spec: Spec) -> dict[str, Any]:
    """The OpenAPI document as plain data, in a fixed key order."""
    api = spec.api
    return {
        "openapi": "3.1.0",
        "info": {"title": api.title, "version": api.revision, "description": api.description},
        "servers": [{"url": s.url, "description": f"{s.name}: {s.description}"} for s in api.ordered_servers],
        "security": [{"bearerAuth": []}],
        "paths": {api.endpoint.path: {api.endpoint.method: _operation(spec)}},
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": api.auth_description}
            },
            "responses": {"Error": _error_response(spec)},
            "schemas": _schemas(spec),
        },
    }


def dump_openapi(document: Mapping[str, Any]) -> str:
    """The document as YAML: block style, insertion order, Unicode kept readable."""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def sse_example(chunks: list[JSON]) -> str:
    """A stream of chunks as server-sent events, ended by `data: [DONE]`."""
    events = [f"data: {json.dumps(chunk, ensure_ascii=False, separators=(',', ':'))}\n\n" for chunk in chunks]
    return "".join(events) + "data: [DONE]\n\n"


def _operation(spec: Spec) -> dict[str, Any]:
    endpoint = spec.api.endpoint
    examples = endpoint.examples
    error_ref = {"$ref": "#/components/responses/Error"}
    return {
        "operationId": endpoint.operation_id,
        "summary": endpoint.summary,
        "description": endpoint.description,
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": SCHEMA_PREFIX + REQUEST_UNION},
                    "example": examples["request"],
                }
            },
        },
        "responses": {
            "200": {
                "description": "The completion; with `stream: true`, a stream of chunks as server-sent events.",
                "content": {
                    "application/json": {
                        "schema": {"$ref": SCHEMA_PREFIX + endpoint.response},
                        "example": examples["response"],
                    },
                    "text/event-stream": {
                        "schema": {
                            "type": "string",
                            "description": f"`data:` events, each a {endpoint.chunk}; ends with `data: [DONE]`.",
                        },
                        "example": sse_example(list(members(examples["stream"]))),
                    },
                },
            },
            **{status: error_ref for status in ERROR_STATUSES},
        },
    }


def _error_response(spec: Spec) -> dict[str, Any]:
    endpoint = spec.api.endpoint
    return {
        "description": "An error; the body says what went wrong.",
        "content": {
            "application/json": {
                "schema": {"$ref": SCHEMA_PREFIX + endpoint.error},
                "example": endpoint.examples["error"],
            }
        },
    }


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        REQUEST_UNION: {
            "description": "The request body: one schema per model, chosen by `model`.",
            "oneOf": [{"$ref": SCHEMA_PREFIX + request_schema_name(m)} for m in spec.models],
            "discriminator": {
                "propertyName": "model",
                "mapping": {m.id: SCHEMA_PREFIX + request_schema_name(m) for m in spec.models},
            },
        }
    }
    for model in spec.models:
        schemas[request_schema_name(model)] = _request_schema(model)
    for name, schema in spec.api.schemas.items():
        schemas[name] = rewrite_refs(schema, SCHEMA_PREFIX)
    return schemas


def _request_schema(model: ModelVariant) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "model": {"type": "string", "const": model.id, "description": f"The model id: `{model.id}`."}
    }
    for parameter in model.parameters:
        properties[parameter.name] = parameter_schema(parameter)
    return {
        "title": request_schema_name(model),
        "description": f"Request body for {model.title} (`{model.id}`).",
        "type": "object",
        "additionalProperties": False,
        "required": ["model", *(p.name for p in model.parameters if p.required)],
        "properties": properties,
    }


def parameter_schema(parameter: Parameter) -> dict[str, Any]:
    """A parameter as a JSON Schema property: its shape plus every constraint and marker."""
    schema: dict[str, Any] = {"description": parameter.description}
    schema.update(rewrite_refs(parameter.schema, SCHEMA_PREFIX))
    if parameter.minimum is not None:
        schema["minimum"] = parameter.minimum
    if parameter.maximum is not None:
        schema["maximum"] = parameter.maximum
    if parameter.enum is not None:
        # A nullable enum must list null itself, or JSON Schema rejects null.
        schema["enum"] = [*parameter.enum, None] if parameter.nullable else list(parameter.enum)
    if parameter.default is not None:
        schema["default"] = parameter.default
    if parameter.example is not None:
        schema["examples"] = [parameter.example]
    if parameter.inferred:
        schema["x-evolink-inferred"] = True
    if parameter.aliased:
        schema["x-evolink-python-name"] = parameter.python_name
    return schema
