"""The interval a schema allows for a number, a string's length or an array's size, and interval inclusion.

Integers (an `integer` value, a length, a count) have their bounds made inclusive and whole, so
`exclusiveMinimum: 0` and `minimum: 1` are the same range of integers.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from generator.ir import JSON
from generator.json_values import number

Number = int | float


@dataclass(frozen=True)
class Bound:
    """One end of a range."""

    value: Number
    exclusive: bool = False


@dataclass(frozen=True)
class Range:
    """The values between `low` and `high`; None is no bound on that side."""

    low: Bound | None
    high: Bound | None

    def empty(self) -> bool:
        """True when no value lies in the range."""
        if self.low is None or self.high is None:
            return False
        if self.low.value == self.high.value:
            return self.low.exclusive or self.high.exclusive
        return self.low.value > self.high.value

    def within(self, other: Range) -> bool:
        """Every value of this range lies in `other`."""
        return self.empty() or (_raises(self.low, other.low, 1) and _raises(self.high, other.high, -1))


def _raises(mine: Bound | None, theirs: Bound | None, sign: int) -> bool:
    """`mine` is at least as tight as `theirs` (sign 1: lower bounds; -1: upper bounds)."""
    if theirs is None:
        return True
    if mine is None:
        return False
    if mine.value != theirs.value:
        return (mine.value - theirs.value) * sign > 0
    return mine.exclusive or not theirs.exclusive


def number_range(schema: Mapping[str, JSON], type_name: str) -> Range:
    """The numbers a schema allows, for values of `type_name` (`integer` or `number`)."""
    low = _tightest(schema, "minimum", "exclusiveMinimum", 1)
    high = _tightest(schema, "maximum", "exclusiveMaximum", -1)
    return _whole(Range(low, high)) if type_name == "integer" else Range(low, high)


def length_range(schema: Mapping[str, JSON], low_key: str, high_key: str) -> Range:
    """The lengths (or counts) a schema allows, by its `low_key` and `high_key` keywords."""
    low, high = number(schema.get(low_key)), number(schema.get(high_key))
    return _whole(Range(Bound(low or 0), None if high is None else Bound(high)))


def _tightest(schema: Mapping[str, JSON], inclusive: str, exclusive: str, sign: int) -> Bound | None:
    values = [(number(schema.get(key)), key == exclusive) for key in (inclusive, exclusive)]
    bounds = [Bound(value, is_exclusive) for value, is_exclusive in values if value is not None]
    if not bounds:
        return None
    return bounds[0] if len(bounds) == 1 or _raises(bounds[0], bounds[1], sign) else bounds[1]


def _whole(allowed: Range) -> Range:
    low, high = allowed.low, allowed.high
    if low is not None:
        low = Bound(math.floor(low.value) + 1 if low.exclusive else math.ceil(low.value))
    if high is not None:
        high = Bound(math.ceil(high.value) - 1 if high.exclusive else math.floor(high.value))
    return Range(low, high)
