"""Property tests of `direction`, `includes` and `disjoint`, with the jsonschema library as the oracle.

For random small schemas (types, null, enum, const, bounds, lengths, items, properties, required,
additionalProperties, anyOf / oneOf / allOf) and values made to sit on and around their edges, no
claim may be contradicted by a value: "widened" (or "same") with a value the old schema accepts and
the new one rejects would call a breaking request change harmless.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from generator.diff.direction import direction
from generator.diff.normal import TYPES
from generator.diff.subschema import UNDERSTOOD, disjoint, includes

NAMES = st.sampled_from(["a", "b", "c"])
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 3), st.sampled_from([0.5, 2.0, -1.5]), st.text("ab", max_size=3)
)
SMALL = st.integers(-2, 3)
COUNTS = st.integers(0, 3)
TYPE = st.one_of(st.sampled_from(TYPES), st.lists(st.sampled_from(TYPES), min_size=1, max_size=3, unique=True))

LEAVES = st.one_of(
    st.just({}),
    st.fixed_dictionaries({"type": TYPE}),
    st.fixed_dictionaries({}, optional={"enum": st.lists(SCALARS, min_size=1, max_size=3), "type": TYPE}),
    st.fixed_dictionaries({"const": SCALARS}),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["integer", "number", ["integer", "null"], ["number", "string"]])},
        optional={"minimum": SMALL, "maximum": SMALL, "exclusiveMinimum": SMALL, "exclusiveMaximum": SMALL},
    ),
    st.fixed_dictionaries(
        {"type": st.sampled_from(["string", ["string", "null"], ["string", "array"]])},
        optional={"minLength": COUNTS, "maxLength": COUNTS, "minItems": COUNTS, "maxItems": COUNTS},
    ),
)


def _extend(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    arrays = st.fixed_dictionaries(
        {"type": st.sampled_from(["array", ["array", "null"]])},
        optional={"items": children, "minItems": COUNTS, "maxItems": COUNTS},
    )
    objects = st.fixed_dictionaries(
        {},
        optional={
            "type": st.sampled_from(["object", ["object", "null"]]),
            "properties": st.dictionaries(NAMES, children, max_size=2),
            "required": st.lists(NAMES, max_size=2, unique=True),
            "additionalProperties": st.one_of(st.booleans(), children),
        },
    )
    unions = st.builds(
        lambda key, branches: {key: branches},
        st.sampled_from(["anyOf", "oneOf", "allOf"]),
        st.lists(children, min_size=1, max_size=3),
    )
    return st.one_of(arrays, objects, unions)


SCHEMAS = st.recursive(LEAVES, _extend, max_leaves=5)


def _without_first_key(schema: Any) -> Any:
    return {key: value for key, value in schema.items() if key != min(schema)} if isinstance(schema, dict) else schema


RELATIONS: list[Callable[[Any, Any], tuple[Any, Any]]] = [
    lambda old, other: (old, {"anyOf": [old, other]}),
    lambda old, other: (old, {"allOf": [old, other]}),
    lambda old, other: (old, {"oneOf": [old, other]}),
    lambda old, other: (old, {**old, **other} if isinstance(old, dict) else other),
    lambda old, other: ({"type": "array", "items": old}, {"type": "array", "items": other}),
    lambda old, other: ({"properties": {"a": old}, "required": ["a"]}, {"properties": {"a": other}, "required": ["a"]}),
    lambda old, other: (old, _without_first_key(old)),
    lambda old, other: (old, other),
]
"""Ways to make a second schema from the first, so that pairs are often comparable."""


PAIRS = st.builds(lambda relate, old, other: relate(old, other), st.sampled_from(RELATIONS), SCHEMAS, SCHEMAS)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(NAMES, inner, max_size=3),
    max_leaves=6,
)


def edges(schema: Any, depth: int = 2) -> list[Any]:
    """Values on and around a schema's edges: its enum, its bounds and one past, short and long strings.

    Values for its items and properties are nested one level down, two levels deep at most.
    """
    found: list[Any] = [None, True, 0, 1, -1, 0.5, "", "ab", [], {}]
    if not isinstance(schema, dict):
        return found
    found += list(schema.get("enum", [])) + ([schema["const"]] if "const" in schema else [])
    for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        if key in schema:
            found += [schema[key] + step for step in (-1, -0.5, 0, 0.5, 1)]
    for key in ("minLength", "maxLength", "minItems", "maxItems"):
        if key in schema:
            found += ["a" * max(schema[key] + step, 0) for step in (-1, 0, 1)]
            found += [[None] * max(schema[key] + step, 0) for step in (-1, 0, 1)]
    for branch in [branch for key in ("anyOf", "oneOf", "allOf") for branch in schema.get(key, [])]:
        found += edges(branch, depth)
    children = [schema.get("items"), schema.get("additionalProperties"), *schema.get("properties", {}).values()]
    required = schema.get("required", [])[:1] or ["a"]
    for child in children if depth else []:
        inner = _unique(edges(child, depth - 1))[:12] if isinstance(child, dict) else []
        found += [[value] for value in inner] + [{name: value} for value in inner for name in required]
        found += [{"a": value, "b": value, "c": value} for value in inner]
    return found


def _unique(values: list[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for value in values:
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return list(seen.values())


PROPERTIES = settings(
    max_examples=400,
    deadline=None,
    derandomize=True,  # the same examples in every CI run; raise max_examples locally to explore
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTIES
@given(pair=PAIRS, extra=st.lists(VALUES, max_size=10))
def test_no_value_contradicts_the_direction(pair: tuple[Any, Any], extra: list[Any]) -> None:
    old, new = pair
    way = direction(old, new)
    before, after = Draft202012Validator(old), Draft202012Validator(new)
    for value in _unique([*edges(old), *edges(new), *extra]):
        if way in ("same", "widened"):
            assert after.is_valid(value) or not before.is_valid(value), (way, value)
        if way in ("same", "narrowed"):
            assert before.is_valid(value) or not after.is_valid(value), (way, value)


@PROPERTIES
@given(pair=PAIRS, extra=st.lists(VALUES, max_size=10))
def test_no_value_fits_two_disjoint_schemas(pair: tuple[Any, Any], extra: list[Any]) -> None:
    left, right = pair
    if disjoint(left, right):
        one, other = Draft202012Validator(left), Draft202012Validator(right)
        for value in _unique([*edges(left), *edges(right), *extra]):
            assert not (one.is_valid(value) and other.is_valid(value)), value


@settings(max_examples=100, deadline=None, derandomize=True)
@given(schema=SCHEMAS, other=SCHEMAS)
def test_a_union_with_the_old_schema_is_never_narrower(schema: Any, other: Any) -> None:
    assert includes({"anyOf": [schema, other]}, schema)
    assert includes(schema, {"allOf": [schema, other]})
    assert direction(schema, schema) == "same"


KEYWORDS = st.sampled_from(
    sorted(UNDERSTOOD | {"nullable", "const", "$ref", "not", "prefixItems", "patternProperties"})
)
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYWORDS | st.text(max_size=2), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(old=JUNK, new=JUNK)
def test_any_input_gets_an_answer(old: Any, new: Any) -> None:
    """Malformed schemas (a string for `type`, a list for `items`, NaN bounds) are "changed", never a traceback."""
    assert direction(old, new) in ("same", "widened", "narrowed", "changed")
    assert disjoint(old, new) in (True, False)
