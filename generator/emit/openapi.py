"""Spec -> the OpenAPI 3.1 document (generated/openapi.yaml), the interop artifact.

One path per endpoint (and one more for an endpoint that streams on another path). An endpoint that takes a model
has a request body that is a union of one closed schema per model: a `oneOf` discriminated by `model` when the
model is a body field, an `anyOf` when the model is in the path (the body alone cannot tell them apart). Each
parameter carries its constraints as JSON Schema keywords, plus `x-evolink-inferred` and `x-evolink-python-name`
where they apply.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import yaml

from generator.ir import JSON, Endpoint, ModelVariant, Parameter, Spec
from generator.json_values import members, object_member
from generator.schema_refs import rewrite_refs

SCHEMA_PREFIX = "#/components/schemas/"
ERROR_STATUSES = ("400", "401", "403", "404", "408", "409", "422", "429", "500", "502", "503", "504")
DONE_EVENT = "data: [DONE]\n\n"
"""The event that ends a stream asked for by a body flag."""


def request_schema_name(endpoint: Endpoint, model: ModelVariant) -> str:
    """The component name of a model's request body schema for `endpoint`."""
    return endpoint.type_names.request_for(model.class_stem)


def build_openapi(spec: Spec) -> dict[str, Any]:
    """The OpenAPI document as plain data, in a fixed key order."""
    api = spec.api
    return {
        "openapi": "3.1.0",
        "info": {"title": api.title, "version": api.revision, "description": api.description},
        "servers": [{"url": s.url, "description": f"{s.name}: {s.description}"} for s in api.ordered_servers],
        "security": [{"bearerAuth": []}],
        "paths": _paths(spec),
        "components": {
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer", "description": api.auth_description}
            },
            "responses": {error_response_name(endpoint): _error_response(endpoint) for endpoint in api.endpoints},
            "schemas": _schemas(spec),
        },
    }


DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
"""libyaml's emitter when PyYAML has it (its wheels do): 5x faster on this document than the pure-Python one, and
the same bytes (tests/generator/test_openapi.py holds them to it), so the output never depends on which ran."""


def dump_openapi(document: Mapping[str, Any]) -> str:
    """The document as YAML: block style, insertion order, Unicode kept readable."""
    return yaml.dump(document, Dumper=DUMPER, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def sse_example(chunks: list[JSON], *, done: bool = True) -> str:
    """A stream of chunks as server-sent events, ended by `data: [DONE]` when `done`."""
    events = [f"data: {json.dumps(chunk, ensure_ascii=False, separators=(',', ':'))}\n\n" for chunk in chunks]
    return "".join(events) + (DONE_EVENT if done else "")


def error_response_name(endpoint: Endpoint) -> str:
    """The response component of an endpoint's errors: `<OperationId>Error` (each endpoint has its own example)."""
    return endpoint.operation_id[:1].upper() + endpoint.operation_id[1:] + "Error"


def _paths(spec: Spec) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for endpoint in spec.api.endpoints:
        paths.setdefault(endpoint.path, {})[endpoint.method] = _operation(endpoint, streams_here=False)
        streaming = endpoint.streaming
        if streaming is not None and streaming.path is not None:
            paths.setdefault(streaming.path, {})[endpoint.method] = _operation(endpoint, streams_here=True)
    return paths


def _operation(endpoint: Endpoint, *, streams_here: bool) -> dict[str, Any]:
    """The operation of `endpoint`'s own path, or (`streams_here`) of the path it streams on."""
    operation: dict[str, Any] = {
        "operationId": endpoint.operation_id + ("Stream" if streams_here else ""),
        "summary": endpoint.summary + (" (stream)" if streams_here else ""),
        "description": endpoint.description,
    }
    parameters = _parameters(endpoint, streams_here=streams_here)
    if parameters:
        operation["parameters"] = parameters
    if endpoint.has_body:
        operation["requestBody"] = _request_body(endpoint)
    error_ref = {"$ref": "#/components/responses/" + error_response_name(endpoint)}
    operation["responses"] = {
        "200": _success(endpoint, streams_here=streams_here),
        **{status: error_ref for status in ERROR_STATUSES},
    }
    return operation


def _parameters(endpoint: Endpoint, *, streams_here: bool) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    examples = object_member(endpoint.examples, "path")
    for path_parameter in endpoint.path_parameters:
        parameter: dict[str, Any] = {
            "name": path_parameter.name,
            "in": "path",
            "required": True,
            "description": path_parameter.description,
            "schema": rewrite_refs(path_parameter.schema, SCHEMA_PREFIX),
        }
        example = path_parameter.example if path_parameter.example is not None else examples.get(path_parameter.name)
        if example is not None:
            parameter["example"] = example
        found.append(parameter)
    for header in endpoint.headers if not streams_here else ():
        schema: dict[str, Any] = {"type": header.json_type}
        if header.default is not None:
            schema["default"] = header.default
        found.append(
            {
                "name": header.name,
                "in": "header",
                "required": False,
                "description": header.description,
                "schema": schema,
                "x-evolink-python-name": header.python_name,
            }
        )
    if streams_here and endpoint.streaming is not None:
        for name, value in endpoint.streaming.query.items():
            query_schema = {"type": "string", "enum": [value]}
            found.append({"name": name, "in": "query", "required": True, "schema": query_schema})
    return found


def _request_body(endpoint: Endpoint) -> dict[str, Any]:
    media: dict[str, Any] = {"schema": {"$ref": SCHEMA_PREFIX + endpoint.type_names.request}}
    if "request" in endpoint.examples:
        media["example"] = endpoint.examples["request"]
    return {"required": True, "content": {"application/json": media}}


def _success(endpoint: Endpoint, *, streams_here: bool) -> dict[str, Any]:
    examples = endpoint.examples
    content: dict[str, Any] = {}
    if not streams_here:
        switches = [header for header in endpoint.headers if header.response_if_true is not None]
        schema: dict[str, Any] = {"$ref": SCHEMA_PREFIX + endpoint.response}
        if switches:
            alternatives = [SCHEMA_PREFIX + str(header.response_if_true) for header in switches]
            schema = {"anyOf": [schema, *({"$ref": ref} for ref in alternatives)]}
        media: dict[str, Any] = {"schema": schema, "example": examples["response"]}
        if switches and "switched" in examples:
            # Named examples: a mock server answers the first, or the one a request asks for by name
            # (Prism: `Prefer: example=<python name of the header>`).
            named = {"response": examples["response"], switches[0].python_name: examples["switched"]}
            media = {"schema": schema, "examples": {name: {"value": value} for name, value in named.items()}}
        content["application/json"] = media
    streaming = endpoint.streaming
    streams_on_body_flag = streaming is not None and streaming.body_flag is not None
    if endpoint.chunk is not None and (streams_here or streams_on_body_flag):
        done = streams_on_body_flag
        ending = "; ends with `data: [DONE]`." if done else "; the stream ends with the connection."
        content["text/event-stream"] = {
            "schema": {"type": "string", "description": f"`data:` events, each a {endpoint.chunk}{ending}"},
            "example": sse_example(list(members(examples.get("stream"))), done=done),
        }
    return {"description": _success_text(endpoint, streams_here=streams_here), "content": content}


def _success_text(endpoint: Endpoint, *, streams_here: bool) -> str:
    if streams_here:
        return f"A stream of {endpoint.chunk} chunks as server-sent events."
    text = f"The {endpoint.response}."
    streaming = endpoint.streaming
    if streaming is not None and streaming.body_flag is not None:
        text = f"The {endpoint.response}; with `{streaming.body_flag}: true`, a stream of chunks as server-sent events."
    for header in endpoint.headers:
        if header.response_if_true is not None:
            text += f" With the header `{header.name}: true`, a {header.response_if_true}."
    return text


def _error_response(endpoint: Endpoint) -> dict[str, Any]:
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
    schemas: dict[str, Any] = {}
    for endpoint in spec.api.endpoints:
        if endpoint.model_in is None:
            continue
        models = spec.variants_of(endpoint)
        refs = [{"$ref": SCHEMA_PREFIX + request_schema_name(endpoint, m)} for m in models]
        if endpoint.model_in == "body":
            union: dict[str, Any] = {
                "description": "The request body: one schema per model, chosen by `model`.",
                "oneOf": refs,
                "discriminator": {
                    "propertyName": "model",
                    "mapping": {m.id: SCHEMA_PREFIX + request_schema_name(endpoint, m) for m in models},
                },
            }
        else:
            union = {
                "description": "The request body: one schema per model, the model named in the path.",
                "anyOf": refs,
            }
        schemas[endpoint.type_names.request] = union
        for model in models:
            schemas[request_schema_name(endpoint, model)] = _request_schema(endpoint, model)
    for name, schema in spec.api.schemas.items():
        schemas[name] = rewrite_refs(schema, SCHEMA_PREFIX)
    return schemas


def _request_schema(endpoint: Endpoint, model: ModelVariant) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required = [p.name for p in model.parameters if p.required]
    if endpoint.model_in == "body":
        properties["model"] = {"type": "string", "const": model.id, "description": f"The model id: `{model.id}`."}
        required.insert(0, "model")
    for parameter in model.parameters:
        properties[parameter.name] = parameter_schema(parameter)
    return {
        "title": request_schema_name(endpoint, model),
        "description": f"Request body for {model.title} (`{model.id}`).",
        "type": "object",
        "additionalProperties": False,
        "required": required,
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
