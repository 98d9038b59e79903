"""The sync twin of an async module, derived token by token: the async module is the one source.

`templates/python/runtime/_async_<name>.py` is copied into the package as is and also rewritten as
`_sync_<name>.py` by `unasync(source, twin_names(sources))`; a rendered `async_<name>.py` (the resources) likewise gets
its twin `<name>.py`:

- the `async` and `await` keywords go (`async def` -> `def`, `async with` -> `with`, `await x` -> `x`);
- names are renamed through `SYNC_NAMES` (`aclose` -> `close`, `__aenter__` -> `__enter__`, `async_sleep` ->
  `sleep`, ...) and through `twin_names(sources)`: each async source's module (`_async_<name>` ->
  `_sync_<name>`, `async_chat` -> `chat`) and each `Async<Name>` class it defines (`AsyncStream` -> `Stream`);
- the lines from a `# unasync: async only` comment to the next `# unasync: end` go (what only the async
  flavour has, such as deprecated aliases);
- `Awaitable[X]` becomes `X` (and `Awaitable` leaves the import list); `AsyncGenerator[Y, S]` becomes
  `Generator[Y, S, None]`; a loop that only re-yields (`async for x in xs: yield x`) becomes `yield from xs`;
- a string that is a type expression and nothing else (``"AsyncAPIResponse[Any]"``, a forward reference) is
  rewritten as code; in other strings and in comments only code spans (in single or double backticks) are
  rewritten, by the same rules: prose is kept, so the source's prose must read true for both twins.

A derived module that still holds an async name or keyword raises `UnasyncError` (a bug in templates/), so an
async call never slips into the sync client. The output is formatted with the rest (isort merges the imports
the renames made alike).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Mapping
from pathlib import PurePosixPath

from generator.errors import TemplateError

ASYNC_PREFIX = "_async_"
SYNC_PREFIX = "_sync_"
PUBLIC_ASYNC_PREFIX = "async_"
"""A public module written async (`resources/async_chat.py`): its twin drops the prefix (`resources/chat.py`)."""
SYNC_NAMES: Mapping[str, str] = {
    "AsyncAPIClient": "SyncAPIClient",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncByteStream": "SyncByteStream",
    "AsyncClient": "Client",
    "AsyncEvolink": "Evolink",
    "AsyncGenerator": "Generator",
    "AsyncIterable": "Iterable",
    "AsyncHTTPTransport": "HTTPTransport",
    "AsyncIterator": "Iterator",
    "AsyncSlots": "Slots",
    "DefaultAsyncHttpxClient": "DefaultHttpxClient",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aiter_text": "iter_text",
    "anext": "next",
    "aread": "read",
    "async_sleep": "sleep",
    "handle_async_request": "handle_request",
}
"""Async name -> its sync twin, for names in code and in the code spans of strings and comments, besides the
modules and classes of the async sources themselves (`twin_names`)."""
ASYNC_CLASS = re.compile(r"^(?P<private>_?)Async(?=[A-Z])")
"""A class an async source defines as `Async<Name>` has the twin `<Name>` (and `_Async<Name>`, `_<Name>`)."""
ASYNC_ONLY = "# unasync: async only"
ASYNC_ONLY_END = "# unasync: end"
_UNWRAP = "Awaitable"
_GENERATOR = "AsyncGenerator"
_KEYWORDS = frozenset({"async", "await"})
_CUT = "# <unasync: cut>"
_CUT_LINES = re.compile(rf"^{re.escape(_CUT)}\n(?:[ \t]*\n)*", re.MULTILINE)
_SPAN = re.compile(r"(?P<ticks>`{1,2})(?P<code>[^`]+)(?P=ticks)")
_TYPE_STRING = re.compile(r"""^(["'])[A-Za-z_][\w.\[\], |]*\1$""")
_SPAN_WORD = re.compile(r"\b(?:async|await)\s+|\b[A-Za-z_]\w*\b")
_REYIELD = re.compile(  # the loop line, the yield line, then no line indented deeper than the loop
    r"^(?P<indent>[ ]*)for (?P<name>\w+) in (?P<items>.+):\n(?P=indent)    yield (?P=name)\n"
    r"(?!(?:[ ]*\n)*(?P=indent)[ ])",
    re.MULTILINE,
)


class UnasyncError(TemplateError, ValueError):
    """A sync module derived from an async one still holds async code (a bug in templates/)."""


def is_async_source(name: str) -> bool:
    """Whether a Python file is an async source with a derived sync twin: `_async_<name>.py` (the runtime's) or
    `async_<name>.py` (a resource module's)."""
    return name.startswith((ASYNC_PREFIX, PUBLIC_ASYNC_PREFIX)) and name.endswith(".py")


def sync_twin(path: str) -> str:
    """The derived twin's path: `_async_client.py` -> `_sync_client.py`, `async_chat.py` -> `chat.py`."""
    pure = PurePosixPath(path)
    return str(pure.with_name(_sync_module(pure.stem) + pure.suffix))


def twin_names(sources: Mapping[str, str]) -> dict[str, str]:
    """The renames the async `sources` (file name -> text) make: each one's module name, and each `Async<Name>`
    class one defines at its top level (private ones too), to its twin's (other files in `sources` are ignored)."""
    renames: dict[str, str] = {}
    for name, text in sources.items():
        if is_async_source(name):
            renames[PurePosixPath(name).stem] = _sync_module(PurePosixPath(name).stem)
            classes = (c for c in _classes(text) if ASYNC_CLASS.match(c) and c not in SYNC_NAMES)
            renames |= {c: ASYNC_CLASS.sub(r"\g<private>", c) for c in classes}
    return renames


def _classes(text: str) -> list[str]:
    """The names of the top-level classes of a Python source (none if it does not parse: `unasync` says why)."""
    try:
        return [node.name for node in ast.parse(text).body if isinstance(node, ast.ClassDef)]
    except SyntaxError:
        return []


def _sync_module(stem: str) -> str:
    if stem.startswith(ASYNC_PREFIX):
        return SYNC_PREFIX + stem.removeprefix(ASYNC_PREFIX)
    return stem.removeprefix(PUBLIC_ASYNC_PREFIX)


def unasync(source: str, renames: Mapping[str, str], origin: str = "<source>") -> str:
    """`source` with its async code turned sync (see the module docstring), `renames` (`twin_names`) applied
    besides `SYNC_NAMES`; raises `UnasyncError` on leftovers."""
    names = {**SYNC_NAMES, **renames}
    source = _mark_async_only(source, origin)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    derived = _apply(source, _edits(source, tokens, names))
    _check(derived, names, origin)  # before the line count changes: its line numbers are the source's
    return _CUT_LINES.sub("", _REYIELD.sub(_yield_from, derived)).rstrip("\n") + "\n"


def _mark_async_only(source: str, origin: str) -> str:
    """`source` with each `# unasync: async only` block's lines made `_CUT` (line numbers stay for `_check`;
    `unasync` then removes them with the blank lines after them, so the twin needs no reformatting there)."""
    lines = source.splitlines(keepends=True)
    opened: int | None = None
    for number, line in enumerate(lines):
        marker = line.strip()
        if marker.startswith(ASYNC_ONLY) and opened is None:
            opened = number
        elif marker == ASYNC_ONLY_END and opened is not None:
            lines[opened : number + 1] = [_CUT + "\n"] * (number + 1 - opened)
            opened = None
        elif marker.startswith((ASYNC_ONLY, ASYNC_ONLY_END)):
            raise UnasyncError(f"{origin}: line {number + 1}: {marker!r} where none was expected")
    if opened is not None:
        raise UnasyncError(f"{origin}: line {opened + 1}: {ASYNC_ONLY!r} has no {ASYNC_ONLY_END!r}")
    return "".join(lines)


def _yield_from(match: re.Match[str]) -> str:
    """`for x in xs: yield x` (and nothing else in the loop; from `async for`) -> `yield from xs`."""
    return f"{match['indent']}yield from {match['items']}\n"


Edit = tuple[int, int, str]
"""Replace `text[start:end]` with the string."""


def _edits(text: str, tokens: list[tokenize.TokenInfo], names: Mapping[str, str]) -> list[Edit]:
    starts = _line_starts(text)
    spans = [(starts[t.start[0] - 1] + t.start[1], starts[t.end[0] - 1] + t.end[1]) for t in tokens]
    edits: list[Edit] = []
    for index, token in enumerate(tokens):
        (start, end), following = spans[index], tokens[min(index + 1, len(tokens) - 1)]
        if token.type == tokenize.NAME and token.string in _KEYWORDS:
            edits.append((start, spans[index + 1][0], ""))
        elif token.type == tokenize.NAME and token.string == _UNWRAP:
            edits += _unwrap(tokens, spans, index)
        elif token.type == tokenize.NAME and (renamed := names.get(token.string)) is not None:
            edits.append((start, end, renamed))
            if token.string == _GENERATOR and following.string == "[":  # Generator takes a third argument
                closing = spans[_closing_bracket(tokens, index + 1)][0]
                edits.append((closing, closing, ", None"))
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            rewritten = _rewrite_text(token.string, names, token.start[0])
            if rewritten != token.string:
                edits.append((start, end, rewritten))
    return edits


def _unwrap(tokens: list[tokenize.TokenInfo], spans: list[tuple[int, int]], index: int) -> list[Edit]:
    """`Awaitable[X]` -> `X`; in an import list, `Awaitable` and one comma next to it go."""
    following = tokens[index + 1].string
    if following == "[":
        closing = spans[_closing_bracket(tokens, index + 1)]
        return [(spans[index][0], spans[index + 1][1], ""), (*closing, "")]
    if following == ",":
        return [(spans[index][0], spans[index + 2][0], "")]
    if tokens[index - 1].string == ",":
        return [(spans[index - 1][0], spans[index][1], "")]
    raise UnasyncError(
        f"{_UNWRAP} used other than as {_UNWRAP}[...] or in an import list, line {tokens[index].start[0]}"
    )


def _closing_bracket(tokens: list[tokenize.TokenInfo], opening: int) -> int:
    depth = 0
    for index in range(opening, len(tokens)):
        if tokens[index].string in "([{" and tokens[index].type == tokenize.OP:
            depth += 1
        elif tokens[index].string in ")]}" and tokens[index].type == tokenize.OP:
            depth -= 1
            if depth == 0:
                return index
    raise UnasyncError(f"unbalanced brackets after line {tokens[opening].start[0]}")


def _rewrite_text(text: str, names: Mapping[str, str], line: int) -> str:
    """A string or comment: a type expression as a whole, else its code spans (none may be left empty)."""
    if _TYPE_STRING.match(text):
        return _rewrite_span(text, names)

    def span(match: re.Match[str]) -> str:
        code = _rewrite_span(match["code"], names)
        if not code.strip():
            raise UnasyncError(f"line {line}: the code span {match[0]} would be left empty (it holds only async)")
        return f"{match['ticks']}{code}{match['ticks']}"

    return _SPAN.sub(span, text)


def _code_spans(text: str) -> list[str]:
    return [match["code"] for match in _SPAN.finditer(text)]


def _rewrite_span(span: str, names: Mapping[str, str]) -> str:
    """One code span: keywords dropped, names renamed."""

    def word(match: re.Match[str]) -> str:
        found = match[0]
        if found.rstrip() in _KEYWORDS:
            return ""
        return names.get(found, found)

    return _SPAN_WORD.sub(word, span)


def _apply(text: str, edits: list[Edit]) -> str:
    pieces: list[str] = []
    position = 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        pieces += [text[position:start], replacement]
        position = max(position, end)
    return "".join(pieces) + text[position:]


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for line in text.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def _check(derived: str, names: Mapping[str, str], origin: str) -> None:
    """Every async keyword and name is gone, in code and in code spans."""
    leftovers: list[str] = []
    for token in tokenize.generate_tokens(io.StringIO(derived).readline):
        if token.type == tokenize.NAME and (
            token.string in _KEYWORDS or token.string in names or "Async" in token.string
        ):
            leftovers.append(f"line {token.start[0]}: {token.string}")
        elif token.type in (tokenize.STRING, tokenize.COMMENT):
            spans = [token.string] if _TYPE_STRING.match(token.string) else _code_spans(token.string)
            for span in spans:
                if any(word in _KEYWORDS or word in names for word in re.findall(r"\w+", span)):
                    leftovers.append(f"line {token.start[0]}: `{span}`")
    if leftovers:
        raise UnasyncError(f"{origin}: the derived sync module still holds async code: {'; '.join(leftovers)}")
