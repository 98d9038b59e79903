"""The response fields a page shows: from its JSON response sample, or from its OpenAPI response schema.

Paths are dotted from the completion, `[]` marking a list's items: `choices[].message.reasoning_content`.
A field's types are the JSON Schema type names of the value the sample shows (a sample showing `null`
says nothing about the type), or the types its schema states.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from generator.diff.shapes import json_type_of
from generator.ingest.page import ResponseField
from generator.ingest.values import JSON_TYPES
from generator.ir import JSON

_MAX_DEPTH = 12


def sample_fields(sample: JSON, line: int | None = None) -> tuple[ResponseField, ...]:
    """Every field of a response sample (a JSON object), each path once, with the types seen under it."""
    found: dict[str, set[str]] = {}
    for path, value in _walk_sample(sample, "", 0):
        types = found.setdefault(path, set())
        if value is not None:
            types.add(json_type_of(value))
    return tuple(ResponseField(path, tuple(sorted(types)), line) for path, types in found.items())


def _walk_sample(value: JSON, path: str, depth: int) -> Iterator[tuple[str, JSON]]:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        for key, child in value.items():
            child_path = f"{path}.{key}" if path else str(key)
            yield child_path, child
            yield from _walk_sample(child, child_path, depth + 1)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                yield from _walk_sample(item, f"{path}[]", depth + 1)


Resolve = Callable[[object], dict[str, Any]]
"""Follows a schema's `$ref` chain; {} when the node is unusable."""


def schema_fields(schema: Mapping[str, Any], resolve: Resolve, line: int | None = None) -> tuple[ResponseField, ...]:
    """Every property under an OpenAPI response schema, with the types it states."""
    found: dict[str, set[str]] = {}
    _walk_schema(schema, "", resolve, found, 0)
    return tuple(ResponseField(path, tuple(sorted(types)), line) for path, types in found.items())


def _walk_schema(
    schema: Mapping[str, Any], path: str, resolve: Resolve, found: dict[str, set[str]], depth: int
) -> None:
    if depth > _MAX_DEPTH:
        return
    for key in ("allOf", "oneOf", "anyOf"):
        branches = schema.get(key)
        for branch in branches if isinstance(branches, list) else ():
            _walk_schema(resolve(branch), path, resolve, found, depth + 1)
    properties = schema.get("properties")
    for name, node in properties.items() if isinstance(properties, dict) else ():
        child = resolve(node)
        child_path = f"{path}.{name}" if path else str(name)
        found.setdefault(child_path, set()).update(_types(child))
        _walk_schema(child, child_path, resolve, found, depth + 1)
    items = schema.get("items")
    if path and isinstance(items, dict):
        _walk_schema(resolve(items), f"{path}[]", resolve, found, depth + 1)


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    names = {kind} if isinstance(kind, str) else set(kind) if isinstance(kind, list) else set()
    if schema.get("nullable") is True:
        names.add("null")
    return {str(name) for name in names if name in JSON_TYPES} - {"null"}
