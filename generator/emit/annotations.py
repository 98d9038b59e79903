"""JSON Schemas -> the Python type annotations the SDK's signatures and TypedDicts print."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from generator.emit.formatting import natural_key
from generator.emit.pytypes import PARAM_SUFFIX
from generator.ir import JSON, BodyParameter

SCALAR_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}


def names_by_module(annotations: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The names that type annotations use, grouped by the module to import them from."""
    used = {name for text in annotations for name in re.findall(r"[A-Za-z_]\w*", text)}
    return {
        "typing": tuple(sorted(used & {"Literal", "Any"})),
        "collections.abc": tuple(sorted(used & {"Mapping", "Sequence"})),
        "params": tuple(sorted((n for n in used if n.endswith(PARAM_SUFFIX)), key=natural_key)),
    }


def json_kinds(schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> tuple[tuple[str, ...], bool]:
    """The non-null JSON types a schema admits (following `$ref` and `oneOf`), and whether null is one."""
    if "$ref" in schema:
        return json_kinds(schemas[schema["$ref"]], schemas)
    if "oneOf" in schema:
        parts = [json_kinds(part, schemas) for part in schema["oneOf"]]
        kinds = tuple(dict.fromkeys(kind for part_kinds, _ in parts for kind in part_kinds))
        return kinds, any(nullable for _, nullable in parts)
    declared = schema.get("type", [])
    declared = [declared] if isinstance(declared, str) else list(declared)
    return tuple(kind for kind in declared if kind != "null"), "null" in declared


def annotation(parameter: BodyParameter, schemas: Mapping[str, JSON]) -> str:
    """The Python type of a parameter as an argument: Literal for enums, `| None` when nullable."""
    if parameter.enum is not None:
        literal = "Literal[" + ", ".join(repr(value) for value in parameter.enum) + "]"
        return f"{literal} | None" if parameter.nullable else literal
    return schema_annotation(parameter.schema, schemas)


def schema_annotation(schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> str:
    """The Python argument type for a JSON Schema: scalars, Sequence for arrays, `<Name>Param` for refs.

    A reference to a free-form object (no declared properties) is a plain mapping, not an empty TypedDict.
    """
    if "$ref" in schema:
        target = schemas[schema["$ref"]]
        if target.get("type") == "object" and not target.get("properties"):
            return "Mapping[str, object]"
        return f"{schema['$ref']}{PARAM_SUFFIX}"
    if "oneOf" in schema:
        return " | ".join(schema_annotation(part, schemas) for part in schema["oneOf"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    parts = [_kind_annotation(kind, schema, schemas) for kind in kinds if kind != "null"]
    if "null" in kinds:
        parts.append("None")
    return " | ".join(parts) or "object"


def _kind_annotation(kind: str, schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> str:
    if kind in SCALAR_TYPES:
        return SCALAR_TYPES[kind]
    if kind == "array":
        return f"Sequence[{schema_annotation(schema.get('items', {}), schemas)}]"
    return "Mapping[str, object]"
