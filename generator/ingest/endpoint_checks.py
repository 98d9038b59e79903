"""What a page states besides a model's body parameters, against the spec: headers, path parameters, response
entries, and the nested fields of an object parameter (`generationConfig.temperature`).

These live in spec/api.yaml (an endpoint's `headers` and `path_parameters`, the shared schemas) or in a model's
schema override, all written by hand: sync reports each difference as a warning naming the endpoint, and never
writes it. A page's own streaming switch (`{method}`: generateContent, streamGenerateContent) is checked against
the endpoint's two paths. An open string field of the spec (no `enum`) accepts whatever options a page lists.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.diff.shapes import inline
from generator.diff.values import same, text
from generator.ingest.model_file import endpoint_of
from generator.ingest.page import IngestedPage, PageParameter
from generator.ir import JSON, Endpoint, Spec
from generator.json_values import strings

Schemas = Mapping[str, Mapping[str, JSON]]
_MAX_DEPTH = 8


def endpoint_warnings(page: IngestedPage, spec: Spec) -> list[str]:
    """Every difference between what `page` states of its endpoint and what the spec says, one sentence each."""
    endpoint = endpoint_of(page, spec)
    schemas = spec.api.schemas
    found = _headers(page, endpoint) + _path_parameters(page, endpoint)
    response = {"$ref": endpoint.response}
    found += _fields(f"response {endpoint.response}", page.response_entries, response, schemas, missing=False)
    found += _nested(page, endpoint, spec)
    return [f"{page.page}: {endpoint.name}: {message}" for message in found]


def _headers(page: IngestedPage, endpoint: Endpoint) -> list[str]:
    declared = {header.name.lower(): header for header in endpoint.headers}
    found: list[str] = []
    for stated in page.headers:
        header = declared.get(stated.name.lower())
        if header is None:
            found.append(f"the page documents the header {stated.name}, which the spec's endpoint lacks")
            continue
        if stated.types and header.json_type not in stated.types:
            found.append(f"header {stated.name}: {_types(stated)} on the page, {header.json_type} in the spec")
        if stated.default is not None and not same(stated.default, header.default):
            stated_default, spec_default = text(stated.default), _shown(header.default)
            found.append(f"header {stated.name}: default {stated_default} on the page, {spec_default} in the spec")
    listed = {stated.name.lower() for stated in page.headers}
    if page.headers:
        found += [
            f"the page's headers do not list {header.name}, which the spec's endpoint has"
            for header in endpoint.headers
            if header.name.lower() not in listed
        ]
    return found


def _path_parameters(page: IngestedPage, endpoint: Endpoint) -> list[str]:
    declared = {parameter.name: parameter for parameter in endpoint.path_parameters}
    found: list[str] = []
    for stated in page.path_parameters:
        if stated.name == page.switch:
            found += _switch(stated, endpoint)
        elif stated.name not in declared:
            found.append(f"the page documents the path parameter {stated.name}, which the spec's path lacks")
        elif not (stated.name == "model" and endpoint.model_in == "path"):  # its options are the page's models
            found += _value(f"path parameter {stated.name}", stated, declared[stated.name].schema)
    return found


def _switch(stated: PageParameter, endpoint: Endpoint) -> list[str]:
    """The page's `{method}` options against the endpoint's plain and stream paths (`generateContent`, ...)."""
    paths = [endpoint.path, *([endpoint.streaming.path] if endpoint.streaming and endpoint.streaming.path else [])]
    known = {path.rpartition(":")[2] for path in paths}
    odd = [option for option in stated.enum or () if option not in known]
    if not odd:
        return []
    return [
        f"path parameter {stated.name} (the streaming switch) lists {', '.join(map(text, odd))}, which is neither of "
        f"the spec's paths ({', '.join(paths)})"
    ]


def _nested(page: IngestedPage, endpoint: Endpoint, spec: Spec) -> list[str]:
    """What a body parameter states that a model cannot override: an array's minimum length, and the nested fields
    of an object (`generationConfig`'s), against the model's schema for it (its override, else the catalogue's)."""
    found: list[str] = []
    for model_id in page.model_ids or ("",):
        own = spec.variant(endpoint.name, model_id) if model_id else None
        for stated in (p for p in page.checked if p.properties or p.min_items is not None):
            parameter = (own.parameter(stated.name) if own else None) or endpoint.entry(stated.name)
            if parameter is not None:
                where = f"{model_id}: {stated.name}" if model_id else stated.name
                found += _items(where, stated, inline(parameter.schema, spec.api.schemas))
                found += _fields(where, stated.properties, parameter.schema, spec.api.schemas)
    return found


def _items(where: str, stated: PageParameter, schema: JSON) -> list[str]:
    """An array's minimum length on the page against the schema's `minItems`."""
    if stated.min_items is None or not isinstance(schema, Mapping) or same(stated.min_items, schema.get("minItems")):
        return []
    return [
        f"{where}: at least {stated.min_items} items on the page, minItems {_shown(schema.get('minItems'))} in the spec"
    ]


def _fields(
    where: str, stated: Sequence[PageParameter], schema: JSON, schemas: Schemas, depth: int = 0, *, missing: bool = True
) -> list[str]:
    """Each stated field against the property of that name of `schema` (refs followed, `allOf` merged); a field
    the schema lacks is reported when `missing` (a response field the spec lacks is `response_plan`'s)."""
    if not stated or depth > _MAX_DEPTH:
        return []
    properties = _properties(schema, schemas)
    found: list[str] = []
    for field in stated:
        path = f"{where}.{field.name}"
        prop = properties.get(field.name)
        if prop is None:
            found += [f"{path}: on the page, not in the spec's schema"] if missing else []
            continue
        found += _value(path, field, inline(prop, schemas))
        found += _fields(path, field.properties, prop, schemas, depth + 1)
    return found


def _value(where: str, stated: PageParameter, schema: JSON) -> list[str]:
    """Type, options and range of one stated field against its schema (only what the page states)."""
    if not isinstance(schema, Mapping):
        return []
    found: list[str] = []
    types = strings(schema.get("type"))
    if stated.types and types and not set(stated.types) <= set(types):
        found.append(f"{where}: {_types(stated)} on the page, {' | '.join(types)} in the spec")
    enum = schema.get("enum")
    if (
        stated.enum is not None
        and isinstance(enum, list)
        and not same(sorted(map(text, stated.enum)), sorted(map(text, enum)))
    ):
        found.append(f"{where}: options {_listed(stated.enum)} on the page, {_listed(enum)} in the spec")
    for bound in ("minimum", "maximum"):
        value = getattr(stated, bound)
        if value is not None and not same(value, schema.get(bound)):
            found.append(f"{where}: {bound} {text(value)} on the page, {_shown(schema.get(bound))} in the spec")
    return found + _items(where, stated, schema)


def _properties(schema: JSON, schemas: Schemas) -> dict[str, JSON]:
    """The properties of an object schema and of its `allOf` parts, `$ref`s followed."""
    node = inline(schema, schemas)
    if not isinstance(node, Mapping):
        return {}
    found: dict[str, JSON] = {}
    parts = node.get("allOf")
    for part in [node, *(parts if isinstance(parts, list) else [])]:
        resolved = inline(part, schemas)
        properties = resolved.get("properties") if isinstance(resolved, Mapping) else None
        if isinstance(properties, Mapping):
            found.update(properties)
    return found


def _types(stated: PageParameter) -> str:
    return " | ".join(stated.types or ())


def _listed(values: Sequence[JSON]) -> str:
    return ", ".join(text(value) for value in values)


def _shown(value: JSON) -> str:
    return "none" if value is None else text(value)
