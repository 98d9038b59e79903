"""JSON Schemas -> the Python type annotations the SDK's signatures and TypedDicts print."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from generator.emit.formatting import natural_key
from generator.emit.pytypes import PARAM_SUFFIX
from generator.escaping import py_value
from generator.ir import JSON, BodyParameter
from generator.json_values import object_member, objects, strings

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
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return json_kinds(object_member(schemas, ref), schemas)
    if "oneOf" in schema:
        parts = [json_kinds(part, schemas) for part in objects(schema["oneOf"])]
        kinds = tuple(dict.fromkeys(kind for part_kinds, _ in parts for kind in part_kinds))
        return kinds, any(nullable for _, nullable in parts)
    declared = strings(schema.get("type"))
    return tuple(kind for kind in declared if kind != "null"), "null" in declared


def annotation(parameter: BodyParameter, schemas: Mapping[str, JSON]) -> str:
    """The Python type of a parameter as an argument: Literal for enums, `| None` when nullable."""
    if parameter.enum is not None:
        literal = "Literal[" + ", ".join(py_value(value) for value in parameter.enum) + "]"
        return f"{literal} | None" if parameter.nullable else literal
    return schema_annotation(parameter.schema, schemas)


def schema_annotation(schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> str:
    """The Python argument type for a JSON Schema: scalars, Sequence for arrays, `<Name>Param` for refs.

    A reference to a free-form object (no declared properties) is a plain mapping, not an empty TypedDict.
    """
    ref = schema.get("$ref")
    if isinstance(ref, str):
        target = object_member(schemas, ref)
        if target.get("type") == "object" and not target.get("properties"):
            return "Mapping[str, object]"
        return f"{ref}{PARAM_SUFFIX}"
    if "oneOf" in schema:
        return " | ".join(schema_annotation(part, schemas) for part in objects(schema["oneOf"]))
    kinds = strings(schema.get("type"))
    parts = [_kind_annotation(kind, schema, schemas) for kind in kinds if kind != "null"]
    if "null" in kinds:
        parts.append("None")
    return " | ".join(parts) or "object"


def _kind_annotation(kind: str, schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> str:
    if kind in SCALAR_TYPES:
        return SCALAR_TYPES[kind]
    if kind == "array":
        return f"Sequence[{schema_annotation(object_member(schema, 'items'), schemas)}]"
    return "Mapping[str, object]"
