"""JSON Schemas in the normal form `subschema` reasons about, and which values a schema accepts.

`normal` keeps only what constrains a value, each constraint written one way:

- OpenAPI's `nullable: true` becomes `"null"` in `type`, and `type` is always a sorted list;
- `const` becomes a one-value `enum`; OpenAPI 3.0's boolean `exclusiveMinimum` / `exclusiveMaximum`
  become JSON Schema's numbers;
- annotations (`default`, `discriminator`, `deprecated`, `x-...`) go, and an empty schema is `True`.

`accepts` asks the jsonschema library (JSON Schema 2020-12, `format` not asserted) whether a value
fits a normal schema; `finite` lists every value of a schema that has only a few (an `enum`, or
only `null` and `boolean`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from generator.diff.shapes import map_children
from generator.diff.values import same
from generator.ir import JSON
from generator.json_values import is_number, is_object, members, strings

Schema = Mapping[str, JSON] | bool
"""A normal schema: a mapping of constraints, or `True` (anything) / `False` (nothing)."""

TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
"""Every JSON Schema type name; a schema without `type` allows them all."""

ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "default", "deprecated", "discriminator"}
    | {"readOnly", "writeOnly", "$comment", "$schema", "$id", "nullable"}
)
"""Keywords that never reject a value (`nullable` is folded into `type` before it goes)."""


def normal(schema: JSON) -> Schema:
    """`schema` in normal form (see the module docstring), at every depth."""
    if isinstance(schema, bool):
        return schema
    if not isinstance(schema, Mapping):
        return {"$not-a-schema": schema}  # an unknown keyword: nothing is proven about it
    result: dict[str, JSON] = {
        key: map_children(key, value, normal)
        for key, value in schema.items()
        if key not in ANNOTATIONS and not (isinstance(key, str) and key.startswith("x-"))
    }
    if not _well_formed(result):
        return {"$not-a-schema": schema}
    if "type" in result:
        names = set(strings(result["type"]))
        result["type"] = sorted(names | ({"null"} if schema.get("nullable") is True else set()))
    if "required" in result:
        result["required"] = sorted(set(strings(result["required"])))
    if "const" in result:
        value = result.pop("const")
        listed = result.get("enum")
        result["enum"] = [value] if not isinstance(listed, list) or any(same(value, x) for x in listed) else []
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(result.get(exclusive), bool):
            if result.pop(exclusive) and bound in result:
                result[exclusive] = result.pop(bound)
    return result or True


_NUMBERS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_COUNTS = ("minLength", "maxLength", "minItems", "maxItems")
_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf")


def _well_formed(schema: Mapping[str, JSON]) -> bool:
    """The keywords `subschema` reads hold values of the right kind; else the schema proves nothing."""
    numbers = [schema[key] for key in _NUMBERS if key in schema and not _openapi_30_flag(key, schema[key])]
    counts = [schema[key] for key in _COUNTS if key in schema]
    return (
        all(is_number(n) and math.isfinite(n) for n in numbers)
        and all(is_number(n) and isinstance(n, int) and n >= 0 for n in counts)
        and _names(schema.get("type", "string"), allow_one=True)
        and _names(schema.get("required", []))
        and isinstance(schema.get("enum", []), list)
        and all(isinstance(schema.get(key, []), list) for key in _SCHEMA_LISTS)
        and isinstance(schema.get("properties", {}), Mapping)
        and all(isinstance(schema.get(key, True), Mapping | bool) for key in ("items", "additionalProperties"))
    )


def _openapi_30_flag(key: str, value: JSON) -> bool:
    """OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum`; `normal` turns it into a number."""
    return key.startswith("exclusive") and isinstance(value, bool)


def _names(value: JSON, allow_one: bool = False) -> bool:
    """A list of strings (or, with `allow_one`, a single string)."""
    return (allow_one and isinstance(value, str)) or (
        isinstance(value, list) and all(isinstance(n, str) for n in value)
    )


def as_schema(value: JSON) -> Schema:
    """A value a normal schema holds where a schema goes (`items`, a branch): itself, or, if it is none, an unknown
    keyword that proves nothing (as `normal` writes one)."""
    if isinstance(value, bool) or is_object(value):
        return value
    return {"$not-a-schema": value}


def schema_list(value: JSON) -> list[Schema]:
    """The schemas of a list keyword (`anyOf`, `oneOf`, `allOf`); none if it is absent."""
    return [as_schema(item) for item in members(value)]


def types_of(schema: Schema) -> frozenset[str]:
    """The type names a normal schema allows (all of them when it names none)."""
    if schema is False:
        return frozenset()
    if schema is True or "type" not in schema:
        return frozenset(TYPES)
    return frozenset(strings(schema["type"]))


def accepts(schema: Schema, value: JSON) -> bool | None:
    """Whether a normal schema accepts `value`; None when that cannot be told (a reference, `format`)."""
    if _mentions(schema, ("$ref", "format", "$not-a-schema")):
        return None
    try:
        Draft202012Validator.check_schema(schema)  # the spec's own checks do not reach into schema values
        return bool(Draft202012Validator(schema).is_valid(value))
    except (SchemaError, re.error, ArithmeticError, TypeError, ValueError):
        return None


def finite(schema: Schema) -> list[JSON] | None:
    """Every value a normal schema accepts, when they are few and known; None otherwise.

    Candidates come from `enum`, or from a `type` of only `null` and `boolean`; a candidate the
    schema is proven to reject is left out.
    """
    if not isinstance(schema, Mapping):
        return [] if schema is False else None
    enum, types = schema.get("enum"), strings(schema.get("type"))
    if isinstance(enum, list):
        candidates: list[JSON] = list(enum)
    elif "type" in schema and set(types) <= {"null", "boolean"}:
        candidates = [value for value in (None, False, True) if _type_name(value) in types]
    else:
        return None
    return [value for value in candidates if accepts(schema, value) is not False]


def _type_name(value: JSON) -> str:
    return "null" if value is None else "boolean"


def _mentions(node: JSON, keys: tuple[str, ...]) -> bool:
    if isinstance(node, Mapping):
        return any(key in node for key in keys) or any(_mentions(child, keys) for child in node.values())
    if isinstance(node, list):
        return any(_mentions(child, keys) for child in node)
    return False
