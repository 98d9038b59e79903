"""Where a Markdown text has inline code spans that every renderer of our docs agrees on.

A code span shows its content literally: an entity written inside it shows up as `&lt;`, so the prose
filter must leave spans byte for byte and neutralise `&`, `<`, `>` only outside them. Keeping a span
raw is safe only if the renderer really sees a span there, and our Markdown meets two renderers:

- CommonMark (the package README on PyPI and GitHub): a backtick run opens a span that ends at the
  next run of exactly the same length; a run without one is literal text.
- Python-Markdown 3.x (the mkdocs site, `markdown.inlinepatterns.BacktickInlineProcessor`): the same,
  except that a run without an equal closer pairs with the longest shorter run after it.

Both read a backtick preceded by an odd number of backslashes as an escaped, literal backtick. So
`agreed_spans` returns the spans both renderers find at the same place, on one line (a span across
a line break may meet a block boundary) and without a pipe (GFM splits table rows at every pipe,
even inside code). Anything else is escaped: at worst an entity shows inside code, never raw HTML.
"""

from __future__ import annotations

import re

Span = tuple[int, int]
"""`text[start:end]` is a whole code span, backticks included."""

_RUN = re.compile(r"`+")


def agreed_spans(text: str) -> list[Span]:
    """The code spans CommonMark and Python-Markdown both see in `text`, each within one line, no pipe."""
    python_markdown = set(code_spans(text, longest_shorter_closer=True))
    return [
        (start, end)
        for start, end in code_spans(text, longest_shorter_closer=False)
        if (start, end) in python_markdown and not any(c in text[start:end] for c in "\r\n|")
    ]


def code_spans(text: str, *, longest_shorter_closer: bool) -> list[Span]:
    """The code spans of `text`, left to right: CommonMark's, or with `longest_shorter_closer`, Python-Markdown's."""
    spans: list[Span] = []
    position = 0
    while (opening := _next_opening(text, position)) is not None:
        start, end = opening
        span = _close(text, start, end, longest_shorter_closer)
        if span is not None:
            spans.append(span)
            position = span[1]
        elif longest_shorter_closer:
            position = min(end + (end - start), len(text))  # sic: its find_code_spans skips the run twice
        else:
            position = end  # an unmatched run is literal text
    return spans


def _next_opening(text: str, position: int) -> Span | None:
    """The next backtick run from `position` that can open a span: its first backtick is not escaped.

    Backslashes escape in pairs; a backslash just before `position` (where Python-Markdown's over-long
    skip can land) escapes what follows it, as its regex's look-behind sees it.
    """
    tainted = 0 < position and text[position - 1] == "\\"
    for run in _RUN.finditer(text, position):
        start, end = run.span()
        before = text[position:start]
        backslashes = len(before) - len(before.rstrip("\\"))
        if backslashes % 2 or (tainted and backslashes == len(before)):
            start += 1  # `\`` is a literal backtick; the rest of the run may still open a span
        if start < end:
            return start, end
    return None


def _close(text: str, start: int, end: int, longest_shorter_closer: bool) -> Span | None:
    width = end - start
    longest: re.Match[str] | None = None
    for run in _RUN.finditer(text, end):
        length = len(run.group())
        if length == width:
            return start, run.end()
        if longest is None or length > len(longest.group()):
            longest = run
    if longest_shorter_closer and longest is not None and len(longest.group()) < width:
        return start, longest.end()
    return None
