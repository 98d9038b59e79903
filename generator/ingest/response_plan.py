"""Response fields the pages show and the spec's response schemas lack -> where `sync --write` adds them.

A page's field path (`choices[].message.reasoning_content`) is followed through the spec's response
schema (the `response` of the endpoint the page documents, `$ref`s to other schemas included) down to the
first name the spec does not know; that name is added to the object schema holding it, optional and
nullable, typed by what the page shows. Fields below a free-form object (`additionalProperties: true` and no
properties), or below a union, are not placed: the SDK keeps such fields anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.ingest.model_file import endpoint_of, page_name
from generator.ingest.page import IngestedPage, ResponseField
from generator.ir import JSON, Spec

_SEGMENT = re.compile(r"\[\]|[^.\[\]]+")


@dataclass(frozen=True)
class ResponseAddition:
    """A field to add: property `name` of the object at `pointer` (keys) inside the spec schema `schema`."""

    path: str
    schema: str
    pointer: tuple[str, ...]
    name: str
    types: tuple[str, ...]
    page: str

    def schema_entry(self) -> dict[str, JSON]:
        """The property's JSON Schema: the page's types, nullable (an optional field may come as null)."""
        entry: dict[str, JSON] = {"type": [*self.types, "null"]}
        if "object" in self.types:
            entry["additionalProperties"] = True
        return entry


def plan_responses(pages: Iterable[IngestedPage], spec: Spec) -> tuple[list[ResponseAddition], list[str]]:
    """The additions every page's fields call for (each field once, the first page showing it named), and
    warnings for fields that cannot be typed or placed."""
    additions: dict[tuple[str, tuple[str, ...], str], ResponseAddition] = {}
    warnings: dict[str, str] = {}
    for page in pages:
        root = endpoint_of(page, spec).response
        shown = {field.path: field for field in page.response_fields}
        for field in page.response_fields:
            placed = _place(field.path, root, spec.api.schemas)
            if placed is None:
                continue
            schema, pointer, name, missing_path = placed
            missing = shown.get(missing_path, ResponseField(missing_path, ("object",)))
            key = (schema, pointer, name)
            if key in additions or missing_path in warnings:
                continue
            if not missing.types or len(missing.types) > 1:
                what = "only as null" if not missing.types else f"as {' and '.join(missing.types)}"
                warnings[missing_path] = (
                    f"{page.page}: the response field {missing_path} is not in the spec; the page shows it {what}, "
                    f"so it is not added: add it to spec/api.yaml by hand"
                )
                continue
            additions[key] = ResponseAddition(missing_path, schema, pointer, name, missing.types, page_name(page))
    return list(additions.values()), list(warnings.values())


def _place(path: str, root: str, schemas: Mapping[str, JSON]) -> tuple[str, tuple[str, ...], str, str] | None:
    """(schema, pointer, name, path of the missing field) for the first segment of `path` the spec lacks; None
    when the spec has the whole path, or the field cannot be placed."""
    name, node = root, schemas.get(root)
    pointer: tuple[str, ...] = ()
    walked: list[str] = []
    for segment in _SEGMENT.findall(path):
        name, node, pointer = _dereference(name, node, pointer, schemas)
        if not isinstance(node, Mapping) or _free_form(node) or any(k in node for k in ("oneOf", "anyOf")):
            return None
        walked.append(segment)
        if segment == "[]":
            node, pointer = node.get("items"), (*pointer, "items")
            continue
        properties = node.get("properties")
        if not isinstance(properties, Mapping) or segment not in properties:
            return name, pointer, segment, _joined(walked)
        node, pointer = properties[segment], (*pointer, "properties", segment)
    return None


def _dereference(
    name: str, node: JSON, pointer: tuple[str, ...], schemas: Mapping[str, JSON]
) -> tuple[str, JSON, tuple[str, ...]]:
    seen: set[str] = set()
    while isinstance(node, Mapping):
        ref = node.get("$ref")
        if not isinstance(ref, str) or ref not in schemas or ref in seen:
            break
        seen.add(ref)
        name, node, pointer = ref, schemas[ref], ()
    return name, node, pointer


def _free_form(node: Mapping[str, JSON]) -> bool:
    return node.get("additionalProperties") is True and not node.get("properties")


def _joined(segments: list[str]) -> str:
    return ".".join(segments).replace(".[]", "[]")
