"""Which way a schema changed: does the new one accept more values, fewer, the same, or some of each?

    same      the same values, however written (reordered branches, `integer | number`)
    widened   every value the old one accepted, and more (a type, `null`, an enum value, a lifted bound)
    narrowed  only values the old one accepted, not all of them
    changed   neither could be proven: values were both added and dropped, or the rules of
              `subschema` do not reach that far

A request parameter that widened breaks nobody; a response field that widened can hand callers
values they never saw. "changed" is breaking either way: nothing was proven.
"""

from __future__ import annotations

from typing import Literal

from generator.diff.shapes import types_text
from generator.diff.subschema import includes
from generator.ir import JSON

Direction = Literal["same", "widened", "narrowed", "changed"]

_VALUES = {"widened": "accepts more values", "narrowed": "accepts fewer values", "changed": "value shape changed"}


def direction(old: JSON, new: JSON) -> Direction:
    """How the values `new` accepts compare with those `old` accepts (see the module docstring)."""
    wider, narrower = includes(new, old), includes(old, new)
    if wider and narrower:
        return "same"
    if wider:
        return "widened"
    return "narrowed" if narrower else "changed"


def describe(way: Direction, old_types: tuple[str, ...], new_types: tuple[str, ...], pointer: str) -> str:
    """`type widened from number to number | null`, or, when the types say nothing, `accepts more values at /items`."""
    if old_types and new_types and old_types != new_types:
        return f"type {way} from {types_text(old_types)} to {types_text(new_types)}"
    return f"{_VALUES.get(way, way)} at {pointer}"
