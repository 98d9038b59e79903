"""Spec -> what the docs print of the endpoints beside the first one (whose parameters the index's matrix and the model
pages' main table describe): a section per endpoint on the index, with its own matrix, and a section per endpoint
on each page of a model that has a variant of it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.emit.docs_view import MatrixCell, MatrixRow, ParameterRow, cell_text, parameter_row
from generator.escaping import py_str, py_value
from generator.ir import JSON, CatalogueEntry, Endpoint, ModelVariant, Parameter, Source, Spec
from generator.json_values import is_object, object_member, strings


@dataclass(frozen=True)
class EndpointSection:
    """One endpoint on the index: how it is called, what the SDK calls it, how it streams or waits."""

    name: str
    summary: str
    description: str
    http: str
    """`POST /v1beta/models/{model}:generateContent`."""
    call: str
    """`client.models.generate_content`."""
    stream_http: str | None
    """The request a stream is, when the endpoint streams on its own path."""
    streams_on_flag: bool
    switch: tuple[str, str, str] | None
    """(header, Python argument, response) of the header that makes the call return another response."""
    waits: str | None
    """`client.tasks.wait`, when the endpoint's response is a job to wait for."""
    models: tuple[ModelVariant, ...]
    matrix: tuple[MatrixRow, ...]
    page: str | None
    """The endpoint's own docs page (`endpoints/get_task.md`), for an endpoint that takes no model."""
    path_parameters: tuple[tuple[str, str], ...]
    """(name, description) of each path parameter."""
    response: str
    fields: tuple[tuple[str, str, str], ...]
    """(name, type, description) of each top-level field of the response."""
    response_example: str
    """The documented response, as indented JSON."""
    call_args: tuple[str, ...]
    """The example call's keyword arguments as Python source: `model=` (the first model's id, when the endpoint
    takes one), then the spec's example request, by Python name (empty when no model has a variant)."""


@dataclass(frozen=True)
class ModelEndpointSection:
    """One model's variant of an endpoint on the model's page."""

    name: str
    summary: str
    http: str
    """With the model's id in the path when the path names the model."""
    call: str
    sources: tuple[Source, ...]
    rows: tuple[ParameterRow, ...]
    notes: tuple[str, ...]


def endpoint_sections(spec: Spec) -> tuple[EndpointSection, ...]:
    """The index's section of every endpoint but the first."""
    return tuple(_section(spec, endpoint) for endpoint in spec.api.endpoints[1:])


def model_sections(spec: Spec, model_id: str) -> tuple[ModelEndpointSection, ...]:
    """The sections of a model's page for its variants of every endpoint but the first."""
    sections = []
    for endpoint in spec.api.endpoints[1:]:
        variant = spec.variant(endpoint.name, model_id)
        if variant is not None:
            sections.append(
                ModelEndpointSection(
                    name=endpoint.name,
                    summary=endpoint.summary,
                    http=_http(endpoint, endpoint.path).replace("{model}", model_id),
                    call=_call(endpoint),
                    sources=variant.sources,
                    rows=tuple(parameter_row(p, spec.api.schemas) for p in variant.parameters),
                    notes=variant.notes,
                )
            )
    return tuple(sections)


def _section(spec: Spec, endpoint: Endpoint) -> EndpointSection:
    streaming = endpoint.streaming
    switch = next((h for h in endpoint.headers if h.response_if_true is not None), None)
    models = spec.variants_of(endpoint)
    matrix = tuple(matrix_row(models, entry) for entry in endpoint.catalogue)
    return EndpointSection(
        name=endpoint.name,
        summary=endpoint.summary,
        description=endpoint.description,
        http=_http(endpoint, endpoint.path),
        call=_call(endpoint),
        stream_http=_stream_http(endpoint),
        streams_on_flag=streaming is not None and streaming.body_flag is not None,
        switch=(switch.name, switch.python_name, str(switch.response_if_true)) if switch else None,
        waits=".".join(("client", *endpoint.sdk.resource, "wait")) if endpoint.polling else None,
        models=models,
        matrix=tuple(row for row in matrix if any(cell is not None for cell in row.cells)),
        page=None if endpoint.model_in else f"endpoints/{endpoint.name}.md",
        path_parameters=tuple((p.name, p.description) for p in endpoint.path_parameters),
        response=endpoint.response,
        fields=_fields(spec.api.schemas.get(endpoint.response), spec.api.schemas),
        response_example=json.dumps(endpoint.examples["response"], indent=2, ensure_ascii=False),
        call_args=example_arguments(endpoint, models),
    )


def example_arguments(endpoint: Endpoint, models: Sequence[ModelVariant]) -> tuple[str, ...]:
    """`model=` and the spec's example request of `endpoint`, as keyword arguments (Python names, Python values)."""
    if endpoint.model_in is not None and not models:
        return ()
    names = {entry.name: entry.python_name for entry in endpoint.catalogue}
    request = object_member(endpoint.examples, "request")
    model = (f"model={py_str(models[0].id)}",) if endpoint.model_in is not None else ()
    return model + tuple(f"{names[key]}={py_value(value)}" for key, value in request.items() if key in names)


def _fields(schema: JSON, schemas: Mapping[str, JSON]) -> tuple[tuple[str, str, str], ...]:
    """(name, type, description) of each property of an object schema; a field that is a named schema has that
    schema's description."""
    found = []
    for name, prop in object_member(schema, "properties").items():
        shape = object_member(schemas, str(prop["$ref"])) if is_object(prop) and "$ref" in prop else prop
        description = shape.get("description", "") if is_object(shape) else ""
        found.append((name, _type_text(prop), str(description)))
    return tuple(found)


def _type_text(schema: JSON) -> str:
    """A field's type in a word or two: its schema's name, its JSON types, or `array of` them."""
    if not is_object(schema):
        return "any"
    if "$ref" in schema:
        return str(schema["$ref"])
    types = " | ".join(strings(schema.get("type"))) or "any"
    items = schema.get("items")
    return f"array of {_type_text(items)}" if types == "array" and items is not None else types


def matrix_row(models: Sequence[ModelVariant], entry: CatalogueEntry) -> MatrixRow:
    """One parameter across `models`: a cell per model, None where the model does not take it. A model that narrows
    an object parameter to a schema of its own (its thinking options) shows that schema's name."""
    found = [model.parameter(entry.name) for model in models]
    return MatrixRow(entry.name, tuple(_cell(p, entry) if p is not None else None for p in found))


def _cell(parameter: Parameter, entry: CatalogueEntry) -> MatrixCell:
    own = parameter.schema.get("$ref")
    if own is not None and own != entry.schema.get("$ref"):
        return MatrixCell(str(own), parameter.inferred)
    return MatrixCell(cell_text(parameter), parameter.inferred)


@dataclass(frozen=True)
class EndpointDocs:
    """The docs' sections of the endpoints beside the first: the index's, and each model page's by model id."""

    sections: tuple[EndpointSection, ...]
    by_model: dict[str, tuple[ModelEndpointSection, ...]]


def build_endpoint_docs(spec: Spec) -> EndpointDocs:
    """The sections of every endpoint but the first, on the index and on each model's page."""
    model_ids = dict.fromkeys(variant.id for variant in spec.variants)
    return EndpointDocs(endpoint_sections(spec), {model_id: model_sections(spec, model_id) for model_id in model_ids})


def _http(endpoint: Endpoint, path: str) -> str:
    return f"{endpoint.method.upper()} {path}"


def _stream_http(endpoint: Endpoint) -> str | None:
    streaming = endpoint.streaming
    if streaming is None or streaming.path is None:
        return None
    query = "&".join(f"{name}={value}" for name, value in streaming.query.items())
    return _http(endpoint, streaming.path + (f"?{query}" if query else ""))


def _call(endpoint: Endpoint) -> str:
    return ".".join(("client", *endpoint.sdk.resource, endpoint.sdk.method))
