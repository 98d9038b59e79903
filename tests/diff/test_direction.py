"""`direction(old, new)`: does a schema accept more values, fewer, the same, or some of each? One row per rule."""

from __future__ import annotations

from typing import Any

import pytest

from generator.diff.direction import Direction, describe, direction
from generator.diff.normal import accepts, finite, normal
from generator.diff.subschema import disjoint, includes

STRING: dict[str, Any] = {"type": "string"}
ARRAY_OF_STRINGS: dict[str, Any] = {"type": "array", "items": STRING}
SHORT: dict[str, Any] = {"type": "string", "maxLength": 3}


def closed(properties: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    """An object that accepts only the named properties."""
    return {"type": "object", "properties": properties, "required": required or [], "additionalProperties": False}


def message(role: str, **extra: Any) -> dict[str, Any]:
    """A chat-message-like object told apart by its `role` constant."""
    properties = {"role": {"type": "string", "const": role}, "content": STRING, **extra}
    return {"type": "object", "required": ["role", "content"], "properties": properties}


ROWS: dict[str, tuple[Any, Any, Direction]] = {
    # type, null and nullable
    "null-added": (STRING, {"type": ["string", "null"]}, "widened"),
    "null-removed": ({"type": ["null", "string"]}, STRING, "narrowed"),
    "nullable-added": (STRING, {"type": "string", "nullable": True}, "widened"),
    "nullable-false-is-nothing": (STRING, {"type": "string", "nullable": False}, "same"),
    "type-added": (STRING, {"type": ["string", "integer"]}, "widened"),
    "type-replaced": (STRING, {"type": "integer"}, "changed"),
    "integer-to-number": ({"type": "integer"}, {"type": "number"}, "widened"),
    "number-to-integer": ({"type": "number"}, {"type": "integer"}, "narrowed"),
    "integer-within-number": ({"type": ["integer", "number"]}, {"type": "number"}, "same"),
    "type-lifted": (STRING, {}, "widened"),
    "type-list-reordered": ({"type": ["string", "null"]}, {"type": ["null", "string"]}, "same"),
    # enum and const
    "enum-value-added": ({"enum": ["a", "b"]}, {"enum": ["a", "b", "c"]}, "widened"),
    "enum-value-removed": ({"enum": ["a", "b"]}, {"enum": ["a"]}, "narrowed"),
    "enum-value-replaced": ({"enum": ["a", "b"]}, {"enum": ["a", "c"]}, "changed"),
    "enum-reordered": ({"enum": ["a", "b"]}, {"enum": ["b", "a"]}, "same"),
    "enum-introduced": (STRING, {"type": "string", "enum": ["a"]}, "narrowed"),
    "enum-lifted": ({"type": "string", "enum": ["a"]}, STRING, "widened"),
    "const-to-enum": ({"const": "a"}, {"enum": ["a", "b"]}, "widened"),
    "enum-gains-null": (
        {"type": ["string", "null"], "enum": ["a"]},
        {"type": ["string", "null"], "enum": ["a", None]},
        "widened",
    ),
    "boolean-is-two-values": ({"type": "boolean"}, {"enum": [True, False, None]}, "widened"),
    "enum-value-of-another-type": ({"type": "string"}, {"type": "string", "enum": [1]}, "narrowed"),
    # numeric bounds
    "minimum-raised": ({"minimum": 0}, {"minimum": 1}, "narrowed"),
    "maximum-lifted": ({"type": "number", "maximum": 10}, {"type": "number"}, "widened"),
    "range-shifted": ({"minimum": 0, "maximum": 10}, {"minimum": 5, "maximum": 15}, "changed"),
    "minimum-made-exclusive": ({"type": "number", "minimum": 0}, {"type": "number", "exclusiveMinimum": 0}, "narrowed"),
    "integer-bounds-alike": ({"type": "integer", "exclusiveMinimum": 0}, {"type": "integer", "minimum": 1}, "same"),
    "openapi-3.0-exclusive": ({"minimum": 0, "exclusiveMinimum": True}, {"exclusiveMinimum": 0}, "same"),
    "bound-on-another-type": ({"type": "string"}, {"type": "string", "maximum": 3}, "same"),
    # lengths, item counts and items
    "max-length-lowered": ({"type": "string", "maxLength": 10}, {"type": "string", "maxLength": 5}, "narrowed"),
    "min-length-lifted": ({"type": "string", "minLength": 1}, STRING, "widened"),
    "min-items-lifted": ({"type": "array", "minItems": 1}, {"type": "array"}, "widened"),
    "max-items-added": ({"type": "array"}, {"type": "array", "maxItems": 4}, "narrowed"),
    "items-gain-null": (ARRAY_OF_STRINGS, {"type": "array", "items": {"type": ["string", "null"]}}, "widened"),
    "items-retyped": (ARRAY_OF_STRINGS, {"type": "array", "items": {"type": "integer"}}, "changed"),
    "pattern-added": (STRING, {"type": "string", "pattern": "^a"}, "narrowed"),
    "pattern-changed": ({"type": "string", "pattern": "^a"}, {"type": "string", "pattern": "^b"}, "changed"),
    # unions
    "one-of-branch-added": (
        {"oneOf": [STRING, ARRAY_OF_STRINGS]},
        {"oneOf": [STRING, ARRAY_OF_STRINGS, {"type": "integer"}]},
        "widened",
    ),
    "one-of-branch-removed": ({"oneOf": [STRING, ARRAY_OF_STRINGS]}, {"oneOf": [STRING]}, "narrowed"),
    # short strings now match two branches, so oneOf rejects them
    "one-of-overlapping-branch": (
        {"oneOf": [STRING, ARRAY_OF_STRINGS]},
        {"oneOf": [STRING, ARRAY_OF_STRINGS, SHORT]},
        "narrowed",
    ),
    "one-of-untyped-branch": ({"oneOf": [STRING]}, {"oneOf": [STRING, {"maxLength": 3}]}, "changed"),
    "any-of-branch-within": ({"anyOf": [STRING]}, {"anyOf": [STRING, SHORT]}, "same"),
    "any-of-number-added": ({"anyOf": [STRING]}, {"anyOf": [STRING, {"type": "number"}]}, "widened"),
    "one-of-to-any-of": ({"oneOf": [STRING, ARRAY_OF_STRINGS]}, {"anyOf": [ARRAY_OF_STRINGS, STRING]}, "same"),
    "message-kind-added": (
        {"oneOf": [message("user"), message("tool")]},
        {"oneOf": [message("user"), message("tool"), message("developer")]},
        "widened",
    ),
    "message-kind-removed": ({"oneOf": [message("user"), message("tool")]}, {"oneOf": [message("user")]}, "narrowed"),
    "union-siblings": ({"type": "object", "oneOf": [message("user")]}, {"oneOf": [message("user")]}, "same"),
    "all-of-member-added": ({"allOf": [STRING]}, {"allOf": [STRING, {"maxLength": 3}]}, "narrowed"),
    # objects
    "closed-object-optional-added": (closed({"a": STRING}), closed({"a": STRING, "b": STRING}), "widened"),
    "closed-object-required-added": (closed({"a": STRING}), closed({"a": STRING, "b": STRING}, ["b"]), "changed"),
    "property-made-required": (closed({"a": STRING}), closed({"a": STRING}, ["a"]), "narrowed"),
    "property-made-optional": (message("user"), {**message("user"), "required": ["role"]}, "widened"),
    "open-object-property-named": ({"type": "object"}, {"type": "object", "properties": {"a": STRING}}, "narrowed"),
    "object-opened": (closed({"a": STRING}), {**closed({"a": STRING}), "additionalProperties": True}, "widened"),
    "property-widened": (message("user"), message("user", name=STRING), "narrowed"),
    "nested-property-gains-null": (closed({"a": STRING}), closed({"a": {"type": ["string", "null"]}}), "widened"),
    # what the rules do not reach
    "opaque-keyword": ({"not": STRING}, {"not": {"type": "integer"}}, "changed"),
    "opaque-but-equal": ({"not": STRING, "description": "x"}, {"not": STRING}, "same"),
    "recursive-reference": ({"$ref": "Node"}, {"$ref": "Other"}, "changed"),
    "malformed": ({"anyOf": "x"}, {"anyOf": "y"}, "changed"),
    "annotations-only": ({"type": "string", "default": "a", "discriminator": {"propertyName": "t"}}, STRING, "same"),
}


@pytest.mark.parametrize(("old", "new", "expected"), ROWS.values(), ids=ROWS.keys())
def test_direction(old: Any, new: Any, expected: Direction) -> None:
    assert direction(old, new) == expected


def test_the_reverse_change_goes_the_other_way() -> None:
    flipped = {"widened": "narrowed", "narrowed": "widened", "same": "same", "changed": "changed"}
    for old, new, expected in ROWS.values():
        assert direction(new, old) == flipped[expected], (old, new)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (STRING, {"type": "integer"}, True),
        ({"type": "integer"}, {"type": "number"}, False),
        ({"enum": ["a"]}, {"enum": ["b", 1]}, True),
        ({"enum": ["a"]}, STRING, False),
        (message("user"), message("tool"), True),
        (message("user"), {"type": "object", "properties": {"role": {"type": "string"}}}, False),
        ({"type": "object", "required": ["a"]}, closed({"b": STRING}), True),
        ({"oneOf": [STRING, {"type": "null"}]}, {"type": "array"}, True),
        ({"type": ["string", "null"]}, {"type": ["integer", "null"]}, False),
        # `then` means nothing without its `if`: laying the union's siblings over a branch must not join them
        (
            {"if": {"const": "ab"}, "anyOf": [{"then": False, "enum": ["ab"]}]},
            {"type": "string", "minLength": 2},
            False,
        ),
        (False, {}, True),
        ({}, STRING, False),
    ],
)
def test_disjoint(left: Any, right: Any, expected: bool) -> None:
    assert disjoint(left, right) is expected
    assert disjoint(right, left) is expected


def test_includes_says_nothing_about_an_unresolved_reference() -> None:
    assert includes({"$ref": "Node"}, {"$ref": "Node"})
    assert includes({}, {"$ref": "Node"})  # {} accepts anything
    assert not includes({"$ref": "Node"}, STRING)


def test_normal_form() -> None:
    assert normal({"type": "string", "nullable": True, "description": "x", "x-y": 1}) == {"type": ["null", "string"]}
    assert normal({"const": 3, "enum": [1, 2]}) == {"enum": []}
    assert normal({"maximum": 3, "exclusiveMaximum": True}) == {"exclusiveMaximum": 3}
    assert normal({"description": "only prose"}) is True
    assert normal({"minimum": float("inf")}) == {"$not-a-schema": {"minimum": float("inf")}}


def test_finite_and_accepts() -> None:
    assert finite(normal({"type": ["boolean", "null"]})) == [None, False, True]
    assert finite(normal({"type": "string", "enum": ["a", 1]})) == ["a"]
    assert finite(normal(STRING)) is None
    assert accepts(normal({"type": "string", "format": "date"}), "x") is None  # format is not told apart
    assert accepts(normal({"type": "string", "pattern": "("}), "x") is None  # a broken pattern proves nothing


@pytest.mark.parametrize(
    ("way", "old", "new", "expected"),
    [
        ("widened", ("number",), ("null", "number"), "type widened from number to number | null"),
        ("narrowed", ("array",), ("array",), "accepts fewer values at /maxItems"),
        ("changed", (), (), "value shape changed at /items"),
        ("changed", (), ("string",), "value shape changed at /items"),  # a reference has no type of its own
    ],
)
def test_describe(way: Direction, old: tuple[str, ...], new: tuple[str, ...], expected: str) -> None:
    pointer = "/maxItems" if way == "narrowed" else "/items"
    assert describe(way, old, new, pointer) == expected
