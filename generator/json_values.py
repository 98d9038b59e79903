"""JSON values as the spec's YAML loads them, typed all the way down, and the checks that narrow them.

`JSON` is recursive, so mypy follows a value into its members: code that indexes an object or iterates an
array first says which it expects (`is_object`, `is_array`), or asks with a default (`member`, `members`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeAlias, TypeGuard

JSON: TypeAlias = Mapping[str, "JSON"] | Sequence["JSON"] | str | int | float | bool | None
"""A JSON value: an object, an array, a string, a number, a boolean or null."""
JSONObject: TypeAlias = Mapping[str, JSON]
"""A JSON object (a JSON Schema is one, or a boolean)."""
Number: TypeAlias = int | float
"""A JSON number (never a boolean: `is_number` says so)."""


def is_object(value: JSON) -> TypeGuard[JSONObject]:
    """Whether `value` is a JSON object."""
    return isinstance(value, Mapping)


def is_array(value: JSON) -> TypeGuard[Sequence[JSON]]:
    """Whether `value` is a JSON array (a string is not one)."""
    return isinstance(value, Sequence) and not isinstance(value, str)


def is_number(value: JSON) -> TypeGuard[Number]:
    """Whether `value` is a JSON number (`True` is a boolean, not 1)."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def member(value: JSON, key: str) -> JSON:
    """`value[key]` when `value` is an object holding `key`, else None."""
    return value.get(key) if is_object(value) else None


def object_member(value: JSON, key: str) -> JSONObject:
    """`value[key]` when it is an object, else an empty one."""
    found = member(value, key)
    return found if is_object(found) else {}


def members(value: JSON) -> Sequence[JSON]:
    """The items of `value` when it is an array, else none."""
    return value if is_array(value) else ()


def objects(value: JSON) -> list[JSONObject]:
    """The objects among the items of `value` when it is an array (the schemas of a `oneOf`, say)."""
    return [item for item in members(value) if is_object(item)]


def strings(value: JSON) -> tuple[str, ...]:
    """The strings among the items of `value` when it is an array (a JSON Schema `type` list, `required`, ...);
    a lone string counts as one."""
    if isinstance(value, str):
        return (value,)
    return tuple(item for item in members(value) if isinstance(item, str))


def number(value: JSON) -> Number | None:
    """`value` when it is a JSON number, else None."""
    return value if is_number(value) else None
