"""What to do about a YAML syntax error: a hint for each common cause, keyed on PyYAML's wording."""

from __future__ import annotations

import yaml

_FLOW = (
    "inside [...] and {...} a comma separates entries and every bracket must be closed: quote a value that holds"
    " a comma, a colon or a bracket, and remember that ' #' starts a comment that hides the rest of the line"
)
_HINTS: tuple[tuple[str, str, str], ...] = (
    # (text in the context, text in the problem, hint), first match wins
    ("", "'\\t'", "indent with spaces: YAML does not allow tabs in indentation"),
    (
        "",
        "mapping values are not allowed here",
        "quote a value that contains ': ' (title: \"A: B\"), or indent the line",
    ),
    ("flow sequence", "", _FLOW),
    ("flow mapping", "", _FLOW),
    ("quoted scalar", "end of stream", "a quote is not closed: end the value with the quote it starts with"),
    ("double-quoted", "escape", "in double quotes a backslash starts an escape: write \\\\, or use single quotes"),
    (
        "",
        "<block end>",
        "check the indentation (keys of one mapping line up) and that nothing follows a quoted or [..]",
    ),
    (
        "simple key",
        "expected ':'",
        "each line of a mapping is `key: value`: add the colon, or indent a continued value",
    ),
    ("", "cannot start any token", "quote the value: @, ` and % cannot start plain text in YAML"),
    ("alias", "", "* starts an alias (a reference to an &anchor): quote a value that starts with *"),
    ("", "alias", "* starts an alias (a reference to an &anchor): quote a value that starts with *"),
    ("anchor", "", "& starts an anchor: quote a value that starts with &, or rename one of the anchors"),
    ("", "tag", "! starts a YAML tag, which the spec does not use: quote a value that starts with !"),
    ("single document", "", "a spec file holds one YAML document: remove the `---` line and what follows it"),
    ("", "end of stream", "the file ends inside a value: close every bracket and quote"),
    ("", "<stream end>", "the file ends inside a value: close every bracket and quote"),
)


def describe(exc: yaml.MarkedYAMLError) -> tuple[int, str]:
    """The 1-based line of a syntax error and a message: what PyYAML found, where, and the likely fix."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 1
    where = f" at column {mark.column + 1}" if mark is not None else ""
    problem = exc.problem or str(exc)
    opened = ""
    if exc.context_mark is not None and exc.problem_mark is not None and exc.context_mark.line != exc.problem_mark.line:
        opened = f" ({exc.context or 'started'} on line {exc.context_mark.line + 1})"
    hint = next((h for context, text, h in _HINTS if context in (exc.context or "") and text in problem), "")
    return line, f"invalid YAML{where}: {problem}{opened}" + (f"; {hint}" if hint else "")
