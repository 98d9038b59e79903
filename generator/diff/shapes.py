"""JSON Schemas as `diff` compares them: the shape a value must have, apart from its documentation.

`shape` inlines `{$ref: Name}` (a recursive reference stays a reference) and drops documentation
keywords, so a renamed schema with the same content, or a reworded description, is no change of
shape. `doc_texts` collects exactly those documentation keywords, located by JSON pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from generator.diff.values import text
from generator.ir import JSON
from generator.json_values import is_object, strings
from generator.pointers import join_pointer

DOC_KEYWORDS = frozenset({"description", "title", "example", "examples"})
"""Keywords that document a schema without constraining the value."""
_ONE = frozenset({"items", "additionalProperties", "not", "contains", "unevaluatedProperties"})
_MANY = frozenset({"oneOf", "anyOf", "allOf", "prefixItems"})
_NAMED = frozenset({"properties", "patternProperties", "$defs"})
_UNORDERED = frozenset({"type", "required", "enum"})


def children(schema: Mapping[str, JSON]) -> Iterator[tuple[tuple[str | int, ...], JSON]]:
    """Each subschema directly under `schema`, with its JSON pointer tokens relative to `schema`."""
    for key, value in schema.items():
        if key in _ONE and isinstance(value, Mapping):
            yield (key,), value
        elif key in _MANY and isinstance(value, list):
            for index, item in enumerate(value):
                yield (key, index), item
        elif key in _NAMED and isinstance(value, Mapping):
            for name, item in value.items():
                yield (key, name), item


def map_children(key: str, value: JSON, function: Callable[[JSON], JSON]) -> JSON:
    """`value` (the value of keyword `key`) with `function` applied to each subschema in it."""
    if key in _ONE and isinstance(value, Mapping):
        return function(value)
    if key in _MANY and isinstance(value, list):
        return [function(item) for item in value]
    if key in _NAMED and isinstance(value, Mapping):
        return {name: function(item) for name, item in value.items()}
    return value


def inline(schema: JSON, schemas: Mapping[str, JSON], stack: tuple[str, ...] = ()) -> JSON:
    """`schema` with each `{$ref: Name}` replaced by schema Name, its sibling keywords laid over it.

    Moving an inline schema into a named one therefore changes nothing; a recursive reference
    stays a reference.
    """
    if not isinstance(schema, Mapping):
        return schema
    result: dict[str, JSON] = {}
    ref = schema.get("$ref")
    resolved = isinstance(ref, str) and ref in schemas and ref not in stack
    target = inline(schemas[str(ref)], schemas, (*stack, str(ref))) if resolved else None
    if is_object(target):
        result.update(target)
    for key, value in schema.items():
        if key != "$ref" or not resolved:
            result[key] = map_children(key, value, lambda child: inline(child, schemas, stack))
    return result


def without_docs(schema: JSON) -> JSON:
    """`schema` without documentation keywords, at any depth (property names are kept).

    The lists whose order means nothing (`type`, `required`, `enum`) are sorted, so reordering
    them is no change.
    """
    if not isinstance(schema, Mapping):
        return schema
    return {
        key: (
            sorted(value, key=text)
            if key in _UNORDERED and isinstance(value, list)
            else map_children(key, value, without_docs)
        )
        for key, value in schema.items()
        if key not in DOC_KEYWORDS
    }


def shape(schema: JSON, schemas: Mapping[str, JSON]) -> JSON:
    """What a value must look like: references inlined, documentation dropped."""
    return without_docs(inline(schema, schemas))


def doc_texts(schema: JSON, pointer: str = "") -> dict[str, JSON]:
    """Every documentation keyword's value in `schema` (references not followed), by JSON pointer."""
    if not isinstance(schema, Mapping):
        return {}
    found = {join_pointer(pointer, key): value for key, value in schema.items() if key in DOC_KEYWORDS}
    for tokens, child in children(schema):
        found.update(doc_texts(child, join_pointer(pointer, *tokens)))
    return found


def first_difference(old: JSON, new: JSON, pointer: str = "") -> str:
    """The JSON pointer of the first place two values differ (depth first, keys in order)."""
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        for key in [*old, *(key for key in new if key not in old)]:
            if key not in old or key not in new or old[key] != new[key]:
                return first_difference(old.get(key), new.get(key), join_pointer(pointer, key))
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (left, right) in enumerate(zip(old, new, strict=True)):
            if left != right:
                return first_difference(left, right, join_pointer(pointer, index))
    return pointer or "/"


def json_type_of(value: JSON) -> str:
    """The JSON Schema type name of a value (for `const`)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def schema_types(schema: JSON) -> tuple[str, ...]:
    """The `type` names written on `schema` itself (a string or a list), sorted; () if none."""
    if not isinstance(schema, Mapping):
        return ()
    return tuple(sorted(strings(schema.get("type"))))


def types_text(types: tuple[str, ...]) -> str:
    """Type names as a message shows them: `integer | string | null` (null last), `any` for none."""
    return " | ".join(sorted(types, key=lambda name: (name == "null", name))) or "any"
