"""Response fields: every property reachable from the completion, the stream chunk and the error body.

A field is named by its path from the root schema, `ChatCompletion.choices[].message.content`
(`[]` is an array's item). Union branches (`oneOf`/`anyOf`/`allOf`) add their properties under the
same path, so a field present in several branches is one field with the union of their types.

A field's types are compared by `direction`, the other way round from a request's: a field that
may now hold more kinds of value (null, `number` where it was `integer`) is breaking, fewer is info.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.diff.change import Change, Site
from generator.diff.direction import Direction, direction
from generator.diff.shapes import json_type_of, schema_types, types_text
from generator.diff.values import only_in, texts
from generator.ir import JSON, Api
from generator.json_values import members, object_member, strings

ROOTS = ("response", "chunk", "error")
"""The endpoint's fields that name a response schema."""

TYPE_KINDS: dict[Direction, str] = {
    "widened": "response-field-type-widened",
    "narrowed": "response-field-type-narrowed",
    "changed": "response-field-type-changed",
}
"""How the kinds of value a field may hold changed -> the kind (more kinds break callers)."""


@dataclass(frozen=True)
class Field:
    """What a caller can rely on about one response field."""

    types: tuple[str, ...]
    enum: tuple[JSON, ...] | None
    required: bool

    def as_json(self) -> dict[str, JSON]:
        """The field for a change's `old` / `new`."""
        return {"types": list(self.types), "enum": None if self.enum is None else list(self.enum)}

    def merged(self, other: Field) -> Field:
        """The field as seen through two union branches that both have it."""
        enum = None if self.enum is None or other.enum is None else (*self.enum, *only_in(other.enum, self.enum))
        return Field(tuple(sorted({*self.types, *other.types})), enum, self.required and other.required)


def response_fields(root: str, schemas: Mapping[str, JSON], label: str | None = None) -> dict[str, Field]:
    """Every field under the schema named `root`, keyed by its path (which starts with `label or root`)."""
    found: dict[str, Field] = {}
    if root in schemas:
        _walk(schemas[root], label or root, schemas, (root,), found)
    return found


def _walk(
    schema: JSON, path: str, schemas: Mapping[str, JSON], stack: tuple[str, ...], found: dict[str, Field]
) -> None:
    if not isinstance(schema, Mapping):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref in schemas and ref not in stack:
        _walk(schemas[ref], path, schemas, (*stack, ref), found)
    for key in ("oneOf", "anyOf", "allOf"):
        for branch in members(schema.get(key)):
            _walk(branch, path, schemas, stack, found)
    required = set(strings(schema.get("required")))
    for name, child in object_member(schema, "properties").items():
        _record(found, f"{path}.{name}", _field(child, schemas, stack, name in required))
        _walk(child, f"{path}.{name}", schemas, stack, found)
    items = schema.get("items")
    if isinstance(items, Mapping):
        _record(found, f"{path}[]", _field(items, schemas, stack, True))
        _walk(items, f"{path}[]", schemas, stack, found)


def _record(found: dict[str, Field], path: str, field: Field) -> None:
    found[path] = found[path].merged(field) if path in found else field


def _field(schema: JSON, schemas: Mapping[str, JSON], stack: tuple[str, ...], required: bool) -> Field:
    """The types and enum of one field's schema, through references and union branches."""
    if not isinstance(schema, Mapping):
        return Field((), None, required)
    types = set(schema_types(schema))
    if schema.get("nullable") is True:
        types.add("null")
    listed = schema.get("enum")
    enum: tuple[JSON, ...] | None = tuple(listed) if isinstance(listed, list) else None
    if "const" in schema:
        types.add(json_type_of(schema["const"]))
        enum = (schema["const"],)
    parts = [
        _field(branch, schemas, stack, required) for key in ("oneOf", "anyOf") for branch in members(schema.get(key))
    ]
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref in schemas and ref not in stack:
        parts.append(_field(schemas[ref], schemas, (*stack, ref), required))
    if not parts:
        return Field(tuple(sorted(types)), enum, required)
    combined = parts[0]
    for part in parts[1:]:
        combined = combined.merged(part)
    # What the field states itself wins over what its reference or branches say.
    return Field(tuple(sorted(types)) or combined.types, enum if enum is not None else combined.enum, required)


def compare_responses(old: Api, new: Api) -> list[Change]:
    """Fields added, removed, retyped, made optional or required, and enum values, per response schema of each
    endpoint both sides have (an endpoint added or removed is one change, `api`'s)."""
    changes: list[Change] = []
    for endpoint in old.endpoints:
        other = new.endpoint_named(endpoint.name)
        if other is None:
            continue
        for role in ROOTS:
            old_root, new_root = getattr(endpoint, role), getattr(other, role)
            before = response_fields(old_root, old.schemas, label=new_root)
            after = response_fields(new_root, new.schemas)
            for path in sorted(before.keys() | after.keys()):
                site = Site(endpoint.name, None, None, path)
                changes += _compare_field(site, before.get(path), after.get(path))
    return changes


def _compare_field(site: Site, old: Field | None, new: Field | None) -> list[Change]:
    if old is None and new is not None:
        return [site.change("response-field-added", "", None, new.as_json(), f"{site.path} added")]
    if new is None and old is not None:
        return [site.change("response-field-removed", "", old.as_json(), None, f"{site.path} removed")]
    if old is None or new is None:
        return []
    changes = _compare_types(site, old.types, new.types)
    if old.required != new.required:
        kind = "response-field-required-added" if new.required else "response-field-required-removed"
        message = f"{site.path} is now always present" if new.required else f"{site.path} may now be missing"
        changes.append(site.change(kind, "", old.required, new.required, message))
    return changes + _compare_enum(site, _enum_values(old), _enum_values(new))


def _compare_types(site: Site, old: tuple[str, ...], new: tuple[str, ...]) -> list[Change]:
    """A field that may hold more kinds of values breaks callers; fewer kinds is no harm."""
    way: Direction = "same" if old == new else direction(_schema(old), _schema(new))
    if way == "same":
        return []
    message = f"{site.path}: type {way} from {types_text(old)} to {types_text(new)}"
    return [site.change(TYPE_KINDS[way], "", list(old), list(new), message)]


def _enum_values(field: Field) -> tuple[JSON, ...] | None:
    """The enum as compared. A typed field holds null by its type alone, and `_compare_types` reports that."""
    if field.enum is None or not field.types:
        return field.enum
    return tuple(value for value in field.enum if value is not None)


def _schema(types: tuple[str, ...]) -> JSON:
    return {"type": list(types)} if types else {}


def _compare_enum(site: Site, old: tuple[JSON, ...] | None, new: tuple[JSON, ...] | None) -> list[Change]:
    if old is None:
        message = f"{site.path}: now limited to {texts(new or ())}"
        return [] if new is None else [site.change("response-enum-value-removed", "", None, list(new), message)]
    if new is None:
        message = f"{site.path}: no longer limited to {texts(old)}"
        return [site.change("response-enum-value-added", "", list(old), None, message)]
    changes: list[Change] = []
    if added := only_in(new, old):
        message = f"{site.path}: new value{_s(added)} {texts(added)}"
        changes.append(site.change("response-enum-value-added", "", list(old), list(new), message))
    if removed := only_in(old, new):
        message = f"{site.path}: value{_s(removed)} {texts(removed)} no longer sent"
        changes.append(site.change("response-enum-value-removed", "", list(old), list(new), message))
    return changes


def _s(values: list[JSON]) -> str:
    return "s" if len(values) > 1 else ""
