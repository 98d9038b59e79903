"""The small grammars inside a parameter block: type lines, ranges and literal values.

Each parser is strict: text that does not match exactly is None (the caller warns), never a guess.
"""

from __future__ import annotations

import re

from generator.ir import JSON

COLON = "[:\uff1a]"
"""An ASCII or full-width colon, as localized labels use."""
NUMBER = r"-?\d+(?:\.\d+)?"
_TYPE_TERM = r"(?:enum<\w+>|\w+(?:<[\w-]+>)?(?:\[\])*)"
TYPE_LINE = re.compile(rf"^{_TYPE_TERM}(?:\s*\|\s*{_TYPE_TERM})*$")
JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "object", "array", "null"})
_RANGES = (
    (re.compile(rf"^`?(?P<low>{NUMBER})\s*<=\s*x\s*<=\s*(?P<high>{NUMBER})`?$"), True, True),
    (re.compile(rf"^`?x\s*>=\s*(?P<low>{NUMBER})`?$"), True, False),
    (re.compile(rf"^`?(?P<low>{NUMBER})\s*<=\s*x`?$"), True, False),
    (re.compile(rf"^`?x\s*<=\s*(?P<high>{NUMBER})`?$"), False, True),
    (re.compile(rf"^`?(?P<high>{NUMBER})\s*>=\s*x`?$"), False, True),
)
RANGE_EXPRESSION = re.compile(rf"`?(?:{NUMBER}\s*<=\s*)?x\s*(?:<=|>=)\s*{NUMBER}`?|`?{NUMBER}\s*<=\s*x`?")
"""Something that looks like a range anywhere in a line (to warn about labels running together)."""
PROSE_INTERVAL = re.compile(
    rf"\[\s*(?P<a>{NUMBER})\s*,\s*(?P<b>{NUMBER})\s*\]|(?P<c>{NUMBER})\s*(?:to|~|\uff5e|à|bis|至|から)\s*(?P<d>{NUMBER})"
)
"""An interval stated in prose: `[1,15]`, `-2.0 to 2.0`."""


def parse_type_line(line: str) -> tuple[str, ...] | None:
    """`integer | null` -> ("integer", "null"); `object[]` and `string<uri>[]` -> ("array",); `enum<string>` and
    `string<uri>` (a format) -> ("string",).

    None when the line is not a type line (unknown type names included).
    """
    text = line.strip()
    if not TYPE_LINE.match(text):
        return None
    types: list[str] = []
    for term in (part.strip() for part in text.split("|")):
        if term.endswith("[]"):
            name = "array"
        elif term.startswith("enum<"):
            name = term[5:-1]
        else:
            name = term.split("<", 1)[0]
        if name not in JSON_TYPES:
            return None
        if name not in types:
            types.append(name)
    return tuple(types)


def parse_range(text: str) -> tuple[int | float | None, int | float | None] | None:
    """`1 <= x <= 65536` -> (1, 65536); `x >= 1` -> (1, None); None unless the whole text is a range."""
    text = text.strip()
    for pattern, has_low, has_high in _RANGES:
        match = pattern.match(text)
        if match:
            low = number(match.group("low")) if has_low else None
            high = number(match.group("high")) if has_high else None
            return low, high
    return None


def number(text: str) -> int | float:
    """A numeral as an int when it has no fraction, else a float."""
    return int(text) if re.fullmatch(r"-?\d+", text) else float(text)


def convert(text: str, types: tuple[str, ...] | None) -> tuple[JSON, bool]:
    """A literal (a default or an option) read by the stated type: (value, True), or (None, False).

    Without a type line, booleans and numbers are recognised and anything else stays a string.
    """
    value = text.strip().strip("`")
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = value[1:-1]
    candidates = types or ("boolean", "number", "string")
    for kind in candidates:
        converted = _as(kind, value)
        if converted is not None:
            return converted, True
    return None, False


def _as(kind: str, value: str) -> bool | int | float | str | None:
    """`value` read as a JSON value of `kind`, None when it is not one (a page's `null` is never a value)."""
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    if kind == "integer" and re.fullmatch(r"-?\d+", value):
        return int(value)
    if kind == "number" and re.fullmatch(NUMBER, value):
        return number(value)
    if kind == "string" and value:
        return value
    return None


def prose_intervals(text: str) -> list[tuple[int | float, int | float]]:
    """Every interval stated in `text`, as (low, high)."""
    found: list[tuple[int | float, int | float]] = []
    for match in PROSE_INTERVAL.finditer(text):
        low, high = (match.group("a"), match.group("b")) if match.group("a") else (match.group("c"), match.group("d"))
        found.append((number(low), number(high)))
    return found
