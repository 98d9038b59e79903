"""Spec problems as values: collected, sorted and printed together, never raised from deep inside; and the
one error a broken template raises."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

_SHORT = 60
"""How many characters of a value a message quotes before eliding the rest."""


@dataclass(frozen=True, order=True)
class SpecError:
    """One problem in the spec, located by file, line and JSON pointer."""

    file: str
    line: int
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.pointer or '/'}: {self.message}"


class TemplateError(Exception):
    """A file in templates/ that cannot be rendered; the message names the file and, where known, the line.

    Raised (not collected) because one broken template stops the render; the CLI prints it and exits 3.
    """


def format_errors(errors: list[SpecError]) -> str:
    """All errors, sorted by location, one per line, with a closing count."""
    lines = [str(error) for error in sorted(set(errors))]
    noun = "error" if len(lines) == 1 else "errors"
    return "\n".join([*lines, f"{len(lines)} {noun} in the spec; nothing was written."])


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """` (did you mean 'x'?)` for the closest of `choices` to `word` (case first), or `` if none is close."""
    options = sorted(set(choices))
    same_case = [choice for choice in options if choice.lower() == word.lower()]
    close = same_case or difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def short(value: object) -> str:
    """`repr(value)`, elided in the middle when long, for messages that quote what the author wrote."""
    text = repr(value)
    return text if len(text) <= _SHORT else f"{text[: _SHORT - 20]}...{text[-15:]} ({len(text):,} characters)"
