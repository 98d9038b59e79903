"""Escaping for every target language, one function each: Python literals and docstrings, Markdown, TOML.

Hostile text in the spec (quotes, triple quotes, backslashes, `{{ }}`, newlines, non-ASCII) passes through these
and cannot break out of what it is printed in. Every stage may use them: the templates through `emit.jinja_env`'s
filters, `diff` and `ingest` for their Markdown reports.
"""

from __future__ import annotations

import json
import re
from typing import Any

from generator.code_spans import agreed_spans

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+!|~])")
_NON_PRINTABLE = re.compile(r"[^\S\n ]|[\x00-\x1f\x7f\u0080-\u009f\u2028\u2029]")


def py_str(value: str) -> str:
    """A Python string literal for `value` (quotes, backslashes, newlines and U+2028 escaped), quoted as black
    would: double quotes unless single quotes need fewer escapes, so examples in the docs are black-stable."""
    double = json.dumps(value, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    if value.count('"') <= value.count("'"):
        return double
    body = re.sub(r"\\(.)", lambda m: m.group(1) if m.group(1) == '"' else m.group(), double[1:-1])
    return "'" + body.replace("'", "\\'") + "'"


def py_value(value: Any) -> str:
    """A Python literal for a JSON value (None, bools, numbers, strings, lists, dicts)."""
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, tuple):  # a trailing comma only where Python needs one: black would explode the tuple
        return "(" + ", ".join(py_value(item) for item in value) + ("," if len(value) == 1 else "") + ")"
    if isinstance(value, list):
        return "[" + ", ".join(py_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_str(str(k))}: {py_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a JSON value: {value!r}")


def py_doc(text: str) -> str:
    """Text safe inside a triple-double-quoted docstring: no closing quotes, escapes kept literal."""
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    escaped = _NON_PRINTABLE.sub(lambda m: m.group() if m.group() == " " else f"\\u{ord(m.group()):04x}", escaped)
    return escaped + " " if escaped.endswith('"') else escaped


def md(text: str) -> str:
    """Text shown literally in Markdown prose: Markdown and HTML punctuation backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_prose(text: str) -> str:
    """Spec prose (descriptions, summaries, notes), which is CommonMark by contract: kept as Markdown,
    with `&`, `<` and `>` turned into entities outside code spans, so it cannot inject HTML into the docs.
    Code spans are kept byte for byte (they show their content literally, entities included)."""
    pieces: list[str] = []
    done = 0
    for start, end in agreed_spans(text):
        pieces += [_html_escape(text[done:start]), text[start:end]]
        done = end
    return "".join([*pieces, _html_escape(text[done:])])


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_prose_cell(text: str) -> str:
    """`md_prose` fit for one table cell: pipes escaped, line breaks become `<br>`."""
    return "<br>".join(md_prose(line).replace("|", "\\|") for line in re.split(r"\r\n|\r|\n", text))


def md_cell(text: str) -> str:
    """`md`, and fit for one table cell: line breaks become `<br>`."""
    return "<br>".join(md(line) for line in re.split(r"\r\n|\r|\n", text))


def md_code(text: str) -> str:
    """An inline code span that holds `text` exactly (fenced with more backticks than it contains)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_url(url: str) -> str:
    """`url` fit for a Markdown link's destination: what would end or break it (space, parentheses, angle
    brackets, backslash, control characters) percent-encoded, so the link still points where `url` does."""
    return "".join(f"%{ord(char):02X}" if char in _URL_BREAKERS or ord(char) < 0x20 else char for char in url)


_URL_BREAKERS = frozenset(" ()<>\\\x7f")


def toml_str(value: str) -> str:
    """A TOML basic string for `value`: JSON's escapes are valid TOML, but TOML also forbids a raw DEL."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
