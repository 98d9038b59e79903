"""Format generated Python in-process, the way `make lint` checks it: isort (black profile), black, and
docstrings wrapped to the line length (black leaves long strings alone; ruff's E501 does not)."""

from __future__ import annotations

import functools
import io
import re
import textwrap
import tokenize
from collections.abc import Callable

from generator.cache.stages import memoized

LINE_LENGTH = 120
_STATEMENT_START = {tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING}


@memoized
def format_python(source: str) -> str:
    """`source` with imports sorted, black's layout and docstrings wrapped; raises on invalid Python."""
    return wrap_docstrings(_isort_then_black()(source))


def import_formatters() -> None:
    """Import isort and black now: before forking the processes that format, so that they inherit them."""
    _isort_then_black()


@functools.cache
def _isort_then_black() -> Callable[[str], str]:
    import black  # noqa: PLC0415 (deferred with isort: ~0.2 s of imports, cache misses only)
    import isort  # noqa: PLC0415
    from black.mode import TargetVersion  # noqa: PLC0415

    mode = black.Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    config = isort.Config(profile="black", line_length=LINE_LENGTH, known_first_party=["evolink"], quiet=True)
    return lambda source: black.format_str(isort.code(source, config=config), mode=mode)


def natural_key(name: str) -> tuple[object, ...]:
    """Sort key that orders embedded numbers by value (Gemini3 < Gemini25), as ruff sorts `__all__`."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name))


def wrap_docstrings(source: str, width: int = LINE_LENGTH) -> str:
    """Re-wrap the over-long lines of every triple-quoted docstring, keeping each line's indentation."""
    lines = source.splitlines(keepends=True)
    if all(len(line.rstrip("\n")) <= width for line in lines):
        return source  # no line to wrap, so tokenizing would find nothing (9 of the 14 generated modules)
    previous = tokenize.ENCODING
    edits: list[tuple[int, int, list[str]]] = []
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        is_docstring = token.type == tokenize.STRING and previous in _STATEMENT_START and '"""' in token.string[:4]
        if is_docstring and any(len(line.rstrip("\n")) > width for line in token.line.splitlines()):
            (first, _), (last, _) = token.start, token.end
            edits.append((first - 1, last, _wrap_lines(lines[first - 1 : last], width)))
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            previous = token.type
    for start, end, replacement in reversed(edits):
        lines[start:end] = replacement
    return "".join(lines)


def _wrap_lines(lines: list[str], width: int) -> list[str]:
    wrapped: list[str] = []
    for line in lines:
        body = line.rstrip("\n")
        if len(body) <= width:
            wrapped.append(line)
            continue
        indent = body[: len(body) - len(body.lstrip())]
        pieces = textwrap.wrap(
            body.strip(),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        wrapped.extend(piece + "\n" for piece in pieces)
    return wrapped
