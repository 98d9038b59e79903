"""Spec problems as values: collected, sorted and printed together, never raised from deep inside."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class SpecError:
    """One problem in the spec, located by file, line and JSON pointer."""

    file: str
    line: int
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.pointer or '/'}: {self.message}"


def format_errors(errors: list[SpecError]) -> str:
    """All errors, sorted by location, one per line, with a closing count."""
    lines = [str(error) for error in sorted(set(errors))]
    noun = "error" if len(lines) == 1 else "errors"
    return "\n".join([*lines, f"{len(lines)} {noun} in the spec; nothing was written."])
