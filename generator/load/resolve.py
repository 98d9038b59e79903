"""Build the typed `Spec` from documents that passed every check."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from typing import Any, TypeVar

from generator.ir import (
    Api,
    BodyParameter,
    CatalogueEntry,
    Deviation,
    Endpoint,
    Erratum,
    HeaderParameter,
    Location,
    ModelVariant,
    Parameter,
    PathParameter,
    Polling,
    Server,
    Source,
    Spec,
    Streaming,
)
from generator.json_values import members, number, object_member
from generator.load.endpoint_docs import EndpointDoc, VariantDoc, endpoint_docs, variants_of
from generator.load.merge import MergedParameter, catalogue_entry, effective_parameters
from generator.load.yaml_source import Document

P = TypeVar("P", bound=BodyParameter)


def build_spec(api: Document, models: list[Document], digest_input: bytes) -> Spec:
    """The resolved spec: variants by endpoint (in api.yaml's order), then by model id; parameters in catalogue
    order."""
    servers = tuple(_server(entry) for entry in api.data["servers"])
    endpoints = endpoint_docs(api)
    variants: list[ModelVariant] = []
    for endpoint in endpoints:
        of_endpoint = variants_of(models, endpoint.name)
        variants += [_variant(endpoint, of_endpoint, model_id, servers) for model_id in sorted(of_endpoint)]
    api_ir = _api(api, servers, tuple(_endpoint(endpoint) for endpoint in endpoints))
    return Spec(api_ir, tuple(variants), hashlib.sha256(digest_input).hexdigest())


def _api(api: Document, servers: tuple[Server, ...], endpoints: tuple[Endpoint, ...]) -> Api:
    data = api.data
    return Api(
        title=data["title"],
        revision=data["revision"],
        description=data["description"],
        servers=servers,
        base_url_env=data["base_url_env"],
        auth_env=data["auth"]["env"],
        auth_description=data["auth"]["description"],
        endpoints=endpoints,
        schemas=data["schemas"],
    )


def _endpoint(endpoint: EndpointDoc) -> Endpoint:
    fields = endpoint.data
    catalogue = tuple(_build(CatalogueEntry, catalogue_entry(endpoint, name)) for name in endpoint.catalogue)
    return Endpoint(
        name=endpoint.name,
        method=fields["method"],
        path=fields["path"],
        operation_id=fields["operation_id"],
        summary=fields["summary"],
        description=fields["description"],
        sdk=endpoint.sdk_method,
        model_in=endpoint.model_in,
        path_parameters=tuple(
            PathParameter(name, entry["description"], entry["schema"], entry.get("example"))
            for name, entry in (fields.get("path_parameters") or {}).items()
        ),
        headers=tuple(
            HeaderParameter(
                name=name,
                python_name=entry["python_name"],
                description=entry["description"],
                json_type=entry["schema"]["type"],
                default=entry.get("default"),
                response_if_true=entry.get("response_if_true"),
            )
            for name, entry in (fields.get("headers") or {}).items()
        ),
        streaming=_streaming(endpoint),
        response=fields["response"],
        chunk=fields.get("chunk"),
        error=fields["error"],
        type_names=endpoint.type_names,
        polling=_polling(fields.get("polling")),
        examples=fields["examples"],
        catalogue=catalogue,
    )


def _streaming(endpoint: EndpointDoc) -> Streaming | None:
    flag = endpoint.stream_flag
    if flag is not None:
        return Streaming(body_flag=flag)
    streaming = None if endpoint.legacy else endpoint.data.get("streaming")
    if streaming is None:
        return None
    return Streaming(path=streaming["path"], query=dict(streaming.get("query") or {}), final=tuple(streaming["final"]))


def _polling(polling: Mapping[str, Any] | None) -> Polling | None:
    if polling is None:
        return None
    return Polling(
        status=polling["status"],
        pending=tuple(polling["pending"]),
        succeeded=tuple(polling["succeeded"]),
        failed=tuple(polling.get("failed") or ()),
        progress=polling.get("progress"),
        error=polling.get("error"),
    )


def _server(entry: Mapping[str, object]) -> Server:
    return Server(str(entry["name"]), str(entry["url"]), str(entry["description"]), bool(entry.get("default")))


def _variant(
    endpoint: EndpointDoc, variants: Mapping[str, VariantDoc], model_id: str, servers: tuple[Server, ...]
) -> ModelVariant:
    variant = variants[model_id]
    model, data = variant.document.data, variant.data
    parameters = effective_parameters(endpoint, variants, model_id)
    return ModelVariant(
        id=model_id,
        title=model["title"],
        summary=model["summary"],
        server=next(server for server in servers if server.name == model["server"]),
        endpoint=endpoint.name,
        sources=tuple(Source(source["page"], source["language"], source.get("url")) for source in data["sources"]),
        parameters=tuple(_parameter(merged) for merged in parameters.values()),
        notes=tuple(data.get("notes") or ()),
        errata=tuple(Erratum(e["parameter"], e["page"], e["note"]) for e in data.get("errata") or ()),
        inherits=data.get("inherit"),
        deviations=tuple(
            Deviation(d.get("parameter"), d["field"], d.get("page_value"), d["reason"])
            for d in data.get("deviations") or ()
        ),
        location=Location(variant.document.file, variant.document.line_of(variant.pointer), variant.pointer),
    )


def _parameter(merged: MergedParameter) -> Parameter:
    built = _build(Parameter, merged)
    return dataclasses.replace(built, inferred=merged.inferred, inherited_from=merged.inherited_from)


def _build(kind: type[P], merged: MergedParameter) -> P:
    """A catalogue entry or a model's parameter (`kind`) from its merged fields."""
    fields = merged.fields
    enum = fields.get("enum")
    return kind(
        name=merged.name,
        python_name=str(fields.get("python_name", merged.name)),  # the spec format's schema checked each type
        description=str(fields["description"]),
        schema=object_member(fields, "schema"),
        required=bool(fields.get("required", False)),
        minimum=number(fields.get("minimum")),
        maximum=number(fields.get("maximum")),
        enum=tuple(members(enum)) if enum is not None else None,
        default=fields.get("default"),
        example=fields.get("example"),
        location=Location(merged.entry.document.file, merged.entry.line, merged.entry.pointer),
    )
