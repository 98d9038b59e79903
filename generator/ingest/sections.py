"""The sections of a rendered page besides its body: `Headers`, `Path Parameters`, `Query Parameters`, `Response`.

Each starts at its localized heading (a line that is exactly the label) and runs to the next heading of any
kind (`Authorizations` and `Body` included) or to the page's end. Their entries are parameter blocks in the
body's layout, so `blocks` reads them, each name followed by its type line; a header's name has dashes
(`X-Async-Mode`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.blocks import HEADER_NAME, NAME, Block, BlockReader
from generator.ingest.labels import LANGUAGES
from generator.ingest.page import PageWarning

READ = ("headers", "path", "query", "response")
"""The sections read here, by `Labels` field."""
_BOUNDARIES = ("auth", "body", *READ)


@dataclass(frozen=True)
class Span:
    """A section's 0-based [start, end) lines, below its heading."""

    start: int
    end: int


def spans(lines: list[str], after: int) -> dict[str, Span]:
    """Each section of `READ` the page has at or after line `after` (0-based; past the samples), by kind."""
    headings: list[tuple[int, str]] = []
    seen: set[str] = set()
    labels = {label: kind for entry in LANGUAGES for kind in _BOUNDARIES for label in getattr(entry, kind)}
    for index in range(after, len(lines)):
        kind = labels.get(lines[index].strip())
        if kind is not None and kind not in seen:
            seen.add(kind)
            headings.append((index, kind))
    found: dict[str, Span] = {}
    for position, (index, kind) in enumerate(headings):
        end = headings[position + 1][0] if position + 1 < len(headings) else len(lines)
        if kind in READ:
            found[kind] = Span(index + 1, end)
    return found


def read_entries(lines: list[str], span: Span | None, kind: str) -> tuple[list[Block], list[PageWarning]]:
    """The parameter blocks of one section (none when the page lacks it) and the reader's warnings."""
    if span is None:
        return [], []
    reader = BlockReader(_NAMES.get(kind, NAME), typed=True)
    for index in range(span.start, span.end):
        reader.feed(index + 1, lines[index], lines[index + 1] if index + 1 < len(lines) else None)
    return reader.blocks, reader.warnings


_NAMES: dict[str, re.Pattern[str]] = {"headers": HEADER_NAME}
