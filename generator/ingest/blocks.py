"""The parameter blocks of a text page's body section, read by a small state machine over lines.

A block, as Mintlify renders it::

    name                          expect  a parameter name
    integer | null                header  type line, `default:` line, `required` line (each optional)
    default:1
    required
                                  body    description paragraphs, then labelled lines:
    Description...                          `Required range: 1 <= x <= 2`, a constraint
    Required range: 1 <= x <= 2             (`Minimum array length: 1`), `Available options:`
    Available options:            options   one value a line, each but the last ending in `,`
    a,
    b
    Example:                      example   the value: its lines up to the next blank line

A new block starts at a name line after a blank line, after a constraint line, or right after the
last option (the next name follows on the very next line). Nothing is guessed: a labelled line that
cannot be read exactly becomes a located warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.ingest.labels import labels_of
from generator.ingest.page import PageWarning
from generator.ingest.values import COLON, RANGE_EXPRESSION, parse_range, parse_type_line

NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
HEADER_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
"""A request header's name as a `Headers` section lists it (`X-Async-Mode`)."""
_NOT_NAMES = frozenset({"true", "false", "null"})
_NOT_COLON = "[^:\uff1a]"
_CONSTRAINT = re.compile(rf"^{_NOT_COLON}{{1,40}}{COLON}\s*`?-?\d+(?:\s*-\s*\d+)?`?$")
_ANY_LABEL = re.compile(rf"\S{COLON}")
_MIN_ITEMS = re.compile(rf"^(?P<label>Minimum array length|Minimum length)\s*{COLON}\s*`?(?P<count>\d+)`?$")
"""Mintlify prints these in English in every language; `Minimum length` is an array's on older renders."""
_UNKNOWN_RANGE_LABEL = re.compile(rf"^(?P<label>{_NOT_COLON}{{1,40}}?)\s*{COLON}\s*(?P<rest>.+)$")


@dataclass
class Block:
    """One parameter block as read so far: raw texts with their lines, converted later."""

    name: str
    line: int
    types: tuple[str, ...] | None = None
    required: bool = False
    default: tuple[int, str] | None = None
    range: tuple[int | float | None, int | float | None] | None = None
    options: list[tuple[int, str]] | None = None
    description: list[tuple[int, str]] = field(default_factory=list)
    example: tuple[int, str] | None = None
    """The first line of the example's value (the model box's example names the page's example id)."""
    min_items: int | None = None


def labelled(text: str, kind: str) -> str | None:
    """The rest of `text` after one of `kind`'s labels and a colon, or None when it is not that label."""
    stripped = text.strip()
    for label in sorted(labels_of(kind), key=len, reverse=True):
        match = re.match(rf"^{re.escape(label)}\s*{COLON}\s*", stripped)
        if match:
            return stripped[match.end() :]
    return None


def is_name(text: str, names: re.Pattern[str] = NAME) -> bool:
    """True for a line that can be a parameter name (`names`: what a name looks like in this section)."""
    return bool(names.match(text)) and text not in _NOT_NAMES


class BlockReader:
    """Feed it a section's lines in order (`feed`), then take `blocks` and `warnings`; `names` is what an entry's
    name looks like there (a body parameter's by default, `HEADER_NAME` in a `Headers` section). With `typed`, a
    name starts an entry only when a type line follows it (a one-word description such as `Antworttyp` is
    not an entry): every entry of the headers, path and response sections has one."""

    def __init__(self, names: re.Pattern[str] = NAME, *, typed: bool = False) -> None:
        self.names = names
        self.typed = typed
        self.blocks: list[Block] = []
        self.warnings: list[PageWarning] = []
        self.state = "expect"
        self.after_break = False
        self.options_open = False
        self.example_started = False
        self.stopped = False

    @property
    def current(self) -> Block | None:
        """The block being read, if any."""
        return self.blocks[-1] if self.blocks else None

    def feed(self, number: int, raw: str, next_line: str | None) -> None:
        """Read line `number`; `next_line` is the one after it (to tell a name from an example value)."""
        if self.stopped:
            return
        text = raw.strip()
        handler = {
            "expect": self._expect,
            "header": self._header,
            "body": self._body,
            "options": self._options,
            "example": self._example,
        }[self.state]
        handler(number, text, next_line)

    def _starts(self, text: str, next_line: str | None) -> bool:
        """Whether `text` is the name line of a new entry."""
        if not is_name(text, self.names):
            return False
        return not self.typed or (next_line is not None and parse_type_line(next_line) is not None)

    def _start(self, number: int, name: str) -> None:
        earlier = next((b for b in self.blocks if b.name == name), None)
        if earlier is not None:
            message = (
                f"{name} is documented a second time (first at line {earlier.line}); the body section seems to "
                "run into the response section, whose heading was not recognised: stopped reading parameters here"
            )
            self.warnings.append(PageWarning(number, message))
            self.stopped = True
            return
        self.blocks.append(Block(name, number))
        self.state = "header"

    def _expect(self, number: int, text: str, next_line: str | None) -> None:
        if not text:
            return
        if self._starts(text, next_line):
            self._start(number, text)
        elif self.current is not None:
            self.state = "body"
            self._body(number, text, next_line)

    def _header(self, number: int, text: str, next_line: str | None) -> None:
        block = self.current
        assert block is not None
        if not text:
            self.state, self.after_break = "body", True
            return
        types = parse_type_line(text) if block.types is None and block.default is None else None
        if types is not None:
            block.types = types
        elif text in labels_of("required"):
            block.required = True
        elif (rest := labelled(text, "default")) is not None:
            block.default = (number, rest)
        else:
            self.state = "body"
            self._body(number, text, next_line)

    def _body(self, number: int, text: str, next_line: str | None) -> None:
        if not text:
            self.after_break = True
            return
        if self.after_break and self._starts(text, next_line):
            self.after_break = False
            self._start(number, text)
            return
        self.after_break = False
        if self._range(number, text):
            return
        if (rest := labelled(text, "options")) is not None:
            self._open_options(number, rest)
        elif (rest := labelled(text, "example")) is not None:
            self._open_example(number, rest)
        elif _CONSTRAINT.match(text):
            self._min_items(text)
            self.after_break = True
        else:
            block = self.current
            assert block is not None
            block.description.append((number, text))

    def _range(self, number: int, text: str) -> bool:
        """Read a range line; True when the line was one (read, or warned about)."""
        block = self.current
        assert block is not None
        rest = labelled(text, "range")
        unknown_label = None
        if rest is None:
            match = _UNKNOWN_RANGE_LABEL.match(text)
            if match is None or parse_range(match.group("rest")) is None:
                if RANGE_EXPRESSION.search(text) and _ANY_LABEL.search(text):
                    self._warn_together(number, text, "a range")
                    return True
                return False
            rest, unknown_label = match.group("rest"), match.group("label")
        bounds = parse_range(rest)
        if bounds is None:
            self._warn_together(number, text, "the range")
            return True
        if unknown_label is not None:
            self.warnings.append(
                PageWarning(
                    number, f"{block.name}: range label {unknown_label!r} is not a known label; read as a range"
                )
            )
        if block.range is not None:
            self.warnings.append(PageWarning(number, f"{block.name}: a second range line; the first one is kept"))
        else:
            block.range = bounds
        return True

    def _min_items(self, text: str) -> None:
        """`Minimum array length: 1` (or `Minimum length: 1` of an array): the block's minimum item count."""
        match = _MIN_ITEMS.match(text)
        block = self.current
        if match is None or block is None:
            return
        if match.group("label") == "Minimum array length" or block.types == ("array",):
            block.min_items = int(match.group("count"))

    def _warn_together(self, number: int, text: str, what: str) -> None:
        name = self.current.name if self.current else "?"
        message = f"{name}: cannot read {what} from {text!r} (labels or values run together); not taken as data"
        self.warnings.append(PageWarning(number, message))

    def _open_options(self, number: int, rest: str) -> None:
        block = self.current
        assert block is not None
        if rest:
            self._warn_together(number, rest, "the options")
            return
        block.options = []
        self.state, self.options_open = "options", True

    def _open_example(self, number: int, rest: str) -> None:
        if rest:
            if RANGE_EXPRESSION.search(rest) or _ANY_LABEL.search(rest):
                self._warn_together(number, rest, "the example line")
            self.state = "expect"
            return
        self.state, self.example_started = "example", False

    def _options(self, number: int, text: str, next_line: str | None) -> None:
        block = self.current
        assert block is not None and block.options is not None
        if not text:
            if not self.options_open:
                self.state, self.after_break = "body", True
            return
        if not self.options_open or self._is_label(text):
            if not self.options_open and self._starts(text, next_line):
                self._start(number, text)
                return
            self.state = "body"
            self._body(number, text, next_line)
            return
        self.options_open = text.endswith(",")
        block.options.append((number, text.rstrip(",").strip().strip("`")))

    def _example(self, number: int, text: str, next_line: str | None) -> None:
        if not self.example_started:
            if not text:
                return
            if is_name(text, self.names) and next_line is not None and parse_type_line(next_line) is not None:
                self.warnings.append(PageWarning(number, "an example label without a value"))
                self._start(number, text)
                return
            self.example_started = True
            block = self.current
            if block is not None and block.example is None:
                block.example = (number, text)
            return
        if not text:
            self.state = "expect"
        elif is_name(text, self.names) and next_line is not None and parse_type_line(next_line) is not None:
            self._start(number, text)  # an example with no blank line after it (`["http://..."]` then `status`)

    @staticmethod
    def _is_label(text: str) -> bool:
        return any(labelled(text, kind) is not None for kind in ("example", "range", "options", "default"))
