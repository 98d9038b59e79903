"""Build the typed `Spec` from documents that passed every check."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping
from typing import TypeVar

from generator.ir import (
    Api,
    BodyParameter,
    CatalogueEntry,
    Deviation,
    Endpoint,
    Erratum,
    Location,
    ModelVariant,
    Parameter,
    Server,
    Source,
    Spec,
)
from generator.json_values import members, number, object_member
from generator.load.merge import MergedParameter, Origin, effective_parameters
from generator.load.yaml_source import Document
from generator.pointers import join_pointer

P = TypeVar("P", bound=BodyParameter)


def build_spec(api: Document, models: list[Document], digest_input: bytes) -> Spec:
    """The resolved spec: models sorted by id, parameters in catalogue order."""
    servers = tuple(_server(entry) for entry in api.data["servers"])
    by_id = {document.data["id"]: document for document in models}
    variants = tuple(_variant(api, by_id, model_id, servers) for model_id in sorted(by_id))
    return Spec(_api(api, servers), variants, hashlib.sha256(digest_input).hexdigest())


def _api(api: Document, servers: tuple[Server, ...]) -> Api:
    data = api.data
    catalogue = tuple(
        _build(CatalogueEntry, MergedParameter(name, dict(entry), {}, Origin(api, join_pointer("/parameters", name))))
        for name, entry in data["parameters"].items()
    )
    return Api(
        title=data["title"],
        revision=data["revision"],
        description=data["description"],
        servers=servers,
        base_url_env=data["base_url_env"],
        auth_env=data["auth"]["env"],
        auth_description=data["auth"]["description"],
        endpoint=Endpoint(**data["endpoint"]),
        catalogue=catalogue,
        schemas=data["schemas"],
    )


def _server(entry: Mapping[str, object]) -> Server:
    return Server(str(entry["name"]), str(entry["url"]), str(entry["description"]), bool(entry.get("default")))


def _variant(api: Document, by_id: Mapping[str, Document], model_id: str, servers: tuple[Server, ...]) -> ModelVariant:
    document = by_id[model_id]
    data = document.data
    parameters = effective_parameters(api, by_id, model_id)
    return ModelVariant(
        id=model_id,
        title=data["title"],
        summary=data["summary"],
        server=next(server for server in servers if server.name == data["server"]),
        sources=tuple(Source(source["page"], source["language"], source.get("url")) for source in data["sources"]),
        parameters=tuple(_parameter(merged) for merged in parameters.values()),
        notes=tuple(data.get("notes") or ()),
        errata=tuple(Erratum(e["parameter"], e["page"], e["note"]) for e in data.get("errata") or ()),
        inherits=data.get("inherit"),
        deviations=tuple(
            Deviation(d.get("parameter"), d["field"], d.get("page_value"), d["reason"])
            for d in data.get("deviations") or ()
        ),
        location=Location(document.file, 1, ""),
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
