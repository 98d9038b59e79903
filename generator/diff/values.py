"""JSON values as `diff` compares and prints them: type-aware equality, one-line text, plain JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from generator.ir import JSON

Canonical = tuple[object, ...]


def canonical(value: JSON) -> Canonical:
    """A hashable form in which 1 == 1.0 but True != 1 and "1" != 1, as in JSON."""
    if isinstance(value, bool | str) or value is None:
        return (type(value).__name__, value)
    if isinstance(value, int | float):
        return ("number", float(value))
    if isinstance(value, Mapping):
        return ("object", tuple(sorted((str(key), canonical(item)) for key, item in value.items())))
    if isinstance(value, list | tuple):
        return ("array", tuple(canonical(item) for item in value))
    return ("other", repr(value))


def same(left: JSON, right: JSON) -> bool:
    """True when the two JSON values are equal as JSON (numbers by value, booleans apart)."""
    return canonical(left) == canonical(right)


def plain(value: JSON) -> JSON:
    """A copy made of dicts, lists and scalars only (tuples and read-only mappings converted)."""
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def text(value: JSON) -> str:
    """A value on one line, as JSON: `"low"`, `1.5`, `null`, `["a", "b"]`."""
    return json.dumps(plain(value), ensure_ascii=False)


def texts(values: Iterable[JSON]) -> str:
    """Several values, comma-separated."""
    return ", ".join(text(value) for value in values)


def only_in(left: Iterable[JSON], right: Iterable[JSON]) -> list[JSON]:
    """The values of `left` that `right` does not contain, in `left`'s order."""
    seen = {canonical(value) for value in right}
    return [value for value in left if canonical(value) not in seen]
