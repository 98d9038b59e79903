"""Does one JSON Schema accept every value another accepts? `includes(outer, inner)`, `disjoint(a, b)`.

Both answer with a proof or not at all: True is proven, False means "not proven" (perhaps untrue,
perhaps beyond these rules), so a caller must read False as "unknown". Schemas come from
`shapes.shape` (references inlined, documentation dropped) and are put in the normal form of
`normal` first.

`inner` lies within `outer` when one of these holds (each is sound on its own):

- they are the same schema, `inner` is `false`, or `outer` is `true`;
- `inner` has a few known values (`enum`, `const`, only `null` / `boolean`): `outer` accepts each;
- `inner` is a union (`anyOf` / `oneOf`, its other keywords laid over each branch) whose every
  branch lies within `outer`, or it has an `allOf` one of whose members does;
- `outer`'s combinators each accept `inner`: `anyOf` through one branch; `oneOf` through one
  branch while every other branch is proven disjoint from `inner` (or a value could match two
  and be rejected); `allOf` through every member. And then, for each type `inner` allows,
  `outer` allows it too (`integer` lies within `number`) and each of `outer`'s constraints on that
  type is implied by `inner`'s: numeric bounds, string lengths, item counts and `items`, and for
  objects `required`, each property's schema (for a property an object does not name, its
  `additionalProperties`) and `additionalProperties`.

`pattern`, `format`, `multipleOf`, `uniqueItems`, `minProperties`, `maxProperties` and
`propertyNames` are compared only for equality. Any other keyword (a recursive `$ref`, `not`,
`prefixItems`, `patternProperties`, ...) makes its schema opaque: only the same schema includes it.

Two schemas are disjoint when one has a few known values the other rejects, when every branch
of one's union is disjoint from the other, when they share no type, or when both can only be
objects and one requires a property whose schemas on the two sides are disjoint (a `const` tag).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from generator.diff.normal import Schema, accepts, as_schema, finite, normal, schema_list, types_of
from generator.diff.ranges import length_range, number_range
from generator.diff.values import same
from generator.ir import JSON
from generator.json_values import object_member, strings

UNIONS = ("anyOf", "oneOf")
COMBINATORS = frozenset({*UNIONS, "allOf"})
EQUAL_ONLY: dict[str, tuple[str, ...]] = {
    "integer": ("multipleOf",),
    "number": ("multipleOf",),
    "string": ("pattern", "format"),
    "array": ("uniqueItems",),
    "object": ("minProperties", "maxProperties", "propertyNames"),
}
"""Per type, the keywords `includes` compares only for equality."""
UNDERSTOOD = frozenset(
    {"type", "enum", *COMBINATORS, "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}
    | {"minLength", "maxLength", "minItems", "maxItems", "items", "properties", "required", "additionalProperties"}
    | {key for keys in EQUAL_ONLY.values() for key in keys}
)
_OBJECT_LAYOUT = frozenset({"properties", "additionalProperties"})


def includes(outer: JSON, inner: JSON) -> bool:
    """Proven: every value `inner` accepts, `outer` accepts too."""
    return _includes(normal(outer), normal(inner))


def disjoint(left: JSON, right: JSON) -> bool:
    """Proven: no value is accepted by both schemas."""
    return _disjoint(normal(left), normal(right))


def _includes(outer: Schema, inner: Schema) -> bool:
    if inner is False or outer is True or same(outer, inner):
        return True
    if outer is False:
        return False
    if inner is True:
        inner = {}
    values = finite(inner)
    if values is not None:
        return all(accepts(outer, value) is True for value in values)
    if _opaque(outer) or _opaque(inner):
        return False
    if _parts_included(outer, inner):
        return True
    return _combinators_include(outer, inner) and _simple_includes(_without(outer, COMBINATORS), inner)


def _parts_included(outer: Schema, inner: Mapping[str, JSON]) -> bool:
    """Every branch of `inner`'s union lies within `outer`, or one member of its allOf does."""
    branches = _branches(inner)
    if branches is not None:
        return all(_includes(outer, branch) for branch in branches)
    members = [_without(inner, COMBINATORS), *schema_list(inner["allOf"])] if "allOf" in inner else []
    return any(_includes(outer, member) for member in members)


def _combinators_include(outer: Mapping[str, JSON], inner: Schema) -> bool:
    """`outer`'s anyOf, oneOf and allOf each accept every value of `inner`."""
    if not all(_includes(member, inner) for member in schema_list(outer.get("allOf"))):
        return False
    if "anyOf" in outer and not any(_includes(branch, inner) for branch in schema_list(outer["anyOf"])):
        return False
    if "oneOf" not in outer:
        return True
    others = schema_list(outer["oneOf"])
    return any(
        _includes(branch, inner) and all(_disjoint(other, inner) for other in others[:index] + others[index + 1 :])
        for index, branch in enumerate(others)
    )


def _simple_includes(outer: Schema, inner: Mapping[str, JSON]) -> bool:
    """`inner` (no enum; its combinators, which only narrow it, left aside) within `outer` (no combinators)."""
    if isinstance(outer, bool):
        return outer
    if "enum" in outer:
        return False
    allowed = types_of(outer)
    for name in types_of(inner):
        if name not in allowed and not (name == "integer" and "number" in allowed):
            return False
        if not all(
            key not in outer or (key in inner and same(outer[key], inner[key])) for key in EQUAL_ONLY.get(name, ())
        ):
            return False
        if not _TYPE_CHECKS.get(name, _nothing_to_check)(outer, inner, name):
            return False
    return True


def _nothing_to_check(outer: Mapping[str, JSON], inner: Mapping[str, JSON], name: str) -> bool:
    return True


def _numbers(outer: Mapping[str, JSON], inner: Mapping[str, JSON], name: str) -> bool:
    return number_range(inner, name).within(number_range(outer, name))


def _strings(outer: Mapping[str, JSON], inner: Mapping[str, JSON], name: str) -> bool:
    return length_range(inner, "minLength", "maxLength").within(length_range(outer, "minLength", "maxLength"))


def _arrays(outer: Mapping[str, JSON], inner: Mapping[str, JSON], name: str) -> bool:
    counts = length_range(inner, "minItems", "maxItems")
    if not counts.within(length_range(outer, "minItems", "maxItems")):
        return False
    only_empty = counts.high is not None and counts.high.value == 0
    return only_empty or _includes(as_schema(outer.get("items", True)), as_schema(inner.get("items", True)))


def _objects(outer: Mapping[str, JSON], inner: Mapping[str, JSON], name: str) -> bool:
    if not set(strings(outer.get("required"))) <= set(strings(inner.get("required"))):
        return False
    names = {*object_member(outer, "properties"), *object_member(inner, "properties")}
    if not all(_includes(_property(outer, key), _property(inner, key)) for key in names):
        return False
    extra = "additionalProperties"
    return _includes(as_schema(outer.get(extra, True)), as_schema(inner.get(extra, True)))


_TYPE_CHECKS: dict[str, Callable[[Mapping[str, JSON], Mapping[str, JSON], str], bool]] = {
    "integer": _numbers,
    "number": _numbers,
    "string": _strings,
    "array": _arrays,
    "object": _objects,
}


def _disjoint(left: Schema, right: Schema) -> bool:
    if left is False or right is False:
        return True
    if left is True or right is True:
        return False
    pairs = ((left, right), (right, left))
    for one, other in pairs:
        values = finite(one)
        if values is not None:
            return all(accepts(other, value) is False for value in values)
    if any(_parts_disjoint(one, other) for one, other in pairs):
        return True
    common = _common_types(types_of(left), types_of(right))
    return not common or (common == {"object"} and _objects_disjoint(left, right))


def _parts_disjoint(one: Mapping[str, JSON], other: Schema) -> bool:
    """Every branch of `one`'s union, or one member of its allOf, is disjoint from `other`."""
    branches = _branches(one)
    if branches is not None and all(_disjoint(branch, other) for branch in branches):
        return True
    return any(_disjoint(member, other) for member in schema_list(one.get("allOf")))


def _objects_disjoint(left: Mapping[str, JSON], right: Mapping[str, JSON]) -> bool:
    """A property one side requires has, on the two sides, schemas no value fits both of."""
    if "patternProperties" in left or "patternProperties" in right:
        return False
    return any(
        _disjoint(_property(one, key), _property(other, key))
        for one, other in ((left, right), (right, left))
        for key in strings(one.get("required"))
    )


def _common_types(left: frozenset[str], right: frozenset[str]) -> set[str]:
    common = set(left & right)
    if ("integer" in left and "number" in right) or ("number" in left and "integer" in right):
        common.add("integer")
    return common


def _property(schema: Mapping[str, JSON], name: str) -> Schema:
    """The schema a value of property `name` must fit, if present."""
    properties = object_member(schema, "properties")
    return as_schema(properties[name] if name in properties else schema.get("additionalProperties", True))


def _branches(schema: Mapping[str, JSON]) -> list[Schema] | None:
    """A union's branches, each with the schema's other keywords laid over it where that is exact."""
    for key in UNIONS:
        if key in schema:
            base = _without(schema, (key,))
            return [_merge(base, branch) for branch in schema_list(schema[key])]
    return None


def _merge(base: Schema, branch: Schema) -> Schema:
    """`base` and `branch` as one schema when that is safe, else `branch` alone (which accepts more)."""
    if isinstance(base, bool) or isinstance(branch, bool):
        return branch
    shared = base.keys() & branch.keys()
    if shared - {"type", "required"} or (_OBJECT_LAYOUT & base.keys() and _OBJECT_LAYOUT & branch.keys()):
        return branch
    if not base.keys() | branch.keys() <= UNDERSTOOD:
        return branch  # e.g. `if` in one and `then` in the other would constrain more together
    merged = {**base, **branch}
    if "type" in shared:
        merged["type"] = sorted(_common_types(frozenset(strings(base["type"])), frozenset(strings(branch["type"]))))
    if "required" in shared:
        merged["required"] = sorted({*strings(base["required"]), *strings(branch["required"])})
    return merged


def _opaque(schema: Mapping[str, JSON]) -> bool:
    return any(key not in UNDERSTOOD for key in schema)


def _without(schema: Mapping[str, JSON], keys: frozenset[str] | tuple[str, ...]) -> Schema:
    rest = {key: value for key, value in schema.items() if key not in keys}
    return rest or True
