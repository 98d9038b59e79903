"""Read a YAML file into plain data, remembering the line of every JSON pointer in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.load.yaml_hints import describe
from generator.pointers import join_pointer

MAX_FILE_BYTES = 1024 * 1024
"""The largest spec file read: about 50 times spec/api.yaml, which describes the whole API."""
MAX_VALUES = 100_000
"""The most values a file may expand to, counting each use of a YAML alias (stops "billion laughs")."""
MAX_DEPTH = 40
"""The deepest nesting of mappings and lists in a file; the spec needs about 12."""
_STR, _MERGE, _TIMESTAMP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge", "tag:yaml.org,2002:timestamp"
_JSON_TAGS = frozenset(
    {_STR, *(f"tag:yaml.org,2002:{kind}" for kind in ("int", "float", "bool", "null", "seq", "map"))}
)
_TOO_MANY = (
    f"the file expands to more than {MAX_VALUES:,} values (YAML aliases repeat what they point to); write it out"
)
_TOO_DEEP = f"the file nests mappings and lists more than {MAX_DEPTH} levels deep; flatten it"
_PROSE_KEYS = frozenset({"title", "summary", "description", "note", "reason"})
"""Keys whose values are sentences: a ` #` after one is a cut sentence, not a comment (see `_Marker`)."""


@dataclass(frozen=True)
class Document:
    """One spec file: its data and, for each JSON pointer in it, the 1-based line it starts on."""

    file: str
    data: Any
    lines: dict[str, int] = field(default_factory=dict)

    def line_of(self, pointer: str) -> int:
        """The line of `pointer`, or of its nearest ancestor that exists in the file."""
        while pointer not in self.lines and pointer:
            pointer = pointer.rsplit("/", 1)[0]
        return self.lines.get(pointer, 1)

    def error(self, pointer: str, message: str) -> SpecError:
        """A `SpecError` located at `pointer` in this document."""
        return SpecError(self.file, self.line_of(pointer), pointer, message)


def read_document(path: Path, display_name: str) -> tuple[Document | None, list[SpecError]]:
    """Parse `path`; on a YAML syntax error or a duplicate key, return errors instead of guessing.

    The file must be at most `MAX_FILE_BYTES` of UTF-8 and expand to at most `MAX_VALUES` values
    (YAML aliases repeat what they point to) nested at most `MAX_DEPTH` deep.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, [SpecError(display_name, 1, "", _too_large(size))]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [SpecError(display_name, 1, "", f"cannot read the file: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _position(raw, exc.start)
        message = f"byte 0x{raw[exc.start]:02x} at column {column} is not UTF-8; save the file as UTF-8"
        return None, [SpecError(display_name, line, "", message)]
    return parse_document(text, display_name)


def parse_document(text: str, display_name: str) -> tuple[Document | None, list[SpecError]]:
    """Parse YAML `text` into a `Document`, or into the errors that keep it from being one.

    libyaml's loader (when PyYAML has it) reads a sound file in a tenth of the time; any file it refuses is read
    again by the pure-Python loader, whose errors are the ones described to the author.
    """
    if _FAST_LOADER is not None:
        try:
            document, _ = _loaded(_FAST_LOADER(text), text, display_name)
        except (yaml.YAMLError, RecursionError, ValueError):
            document = None
        if document is not None:
            return document, []
    try:
        loader = yaml.SafeLoader(text)
    except yaml.reader.ReaderError as exc:
        line, column = _position(text.encode("utf-8"), len(text[: exc.position].encode("utf-8")))
        character = exc.character if isinstance(exc.character, int) else ord(exc.character)
        return None, [SpecError(display_name, line, "", _unprintable(character, column))]
    try:
        return _loaded(loader, text, display_name)
    except yaml.MarkedYAMLError as exc:
        line, message = describe(exc)
        return None, [SpecError(display_name, line, "", message)]
    except RecursionError:
        return None, [SpecError(display_name, 1, "", _TOO_DEEP)]


def _loaded(loader: yaml.SafeLoader, text: str, display_name: str) -> tuple[Document | None, list[SpecError]]:
    """The document `loader` reads from `text`, or what the spec's JSON cannot hold; YAML errors propagate."""
    try:
        node = loader.get_single_node()
        marker = _Marker(display_name, text.splitlines())
        if node is not None:
            marker.visit(node, "", 0)
        if marker.errors:
            return None, marker.errors
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return Document(display_name, data, marker.lines), []


_FAST_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def _too_large(size: int) -> str:
    return (
        f"the file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}; a spec file holds one API or one"
        " model: shorten its text or split it"
    )


def _unprintable(character: int, column: int) -> str:
    return (
        f"the character U+{character:04X} at column {column} is not allowed in YAML; delete it"
        " (write it as an escape such as \\x07 inside double quotes if you need it)"
    )


def _position(raw: bytes, offset: int) -> tuple[int, int]:
    """The 1-based line and column (in characters) of the byte at `offset`."""
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return raw.count(b"\n", 0, offset) + 1, column


class _Marker:
    """Walks the node tree once: the line of every pointer, and what the spec's JSON cannot hold."""

    def __init__(self, file: str, source: list[str]) -> None:
        self.file = file
        self.source = source
        self.lines: dict[str, int] = {}
        self.errors: list[SpecError] = []
        self.count = 0

    def visit(self, node: yaml.Node, pointer: str, depth: int) -> None:
        """Record `node` (at `pointer`, `depth` levels down) and its children."""
        self.count += 1
        if self.count > MAX_VALUES or depth > MAX_DEPTH:
            if not any(error.message in (_TOO_MANY, _TOO_DEEP) for error in self.errors):
                self._error(node, pointer, _TOO_MANY if self.count > MAX_VALUES else _TOO_DEEP)
            return
        self.lines.setdefault(pointer, node.start_mark.line + 1)
        if node.tag not in _JSON_TAGS:
            self._error(node, pointer, _not_json(node))
        elif isinstance(node, yaml.ScalarNode) and not node.style and _is_prose(pointer):
            self._cut_by_a_comment(node, pointer)
        elif isinstance(node, yaml.MappingNode):
            self._mapping(node, pointer, depth)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.visit(item, join_pointer(pointer, index), depth + 1)

    def _mapping(self, node: yaml.MappingNode, pointer: str, depth: int) -> None:
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE:
                continue  # `<<: *anchor` merges keys written (and marked) elsewhere
            key = str(key_node.value)
            child = join_pointer(pointer, key)
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag != _STR:
                self._error(key_node, child, _bad_key(key_node))
            elif key in seen:
                self._error(key_node, child, f"duplicate key {key!r}; keep one of them")
            else:
                seen.add(key)
                self.lines[child] = key_node.start_mark.line + 1
                self.visit(value_node, child, depth + 1)

    def _cut_by_a_comment(self, node: yaml.ScalarNode, pointer: str) -> None:
        # Valid YAML, so only this check sees it: `summary: Fast, cheap #1 model` holds "Fast, cheap".
        end = node.end_mark
        rest = self.source[end.line][end.column :] if end.line < len(self.source) else ""
        if rest[:1].isspace() and rest.lstrip().startswith("#"):
            comment = rest.strip()
            shown = comment if len(comment) <= 40 else comment[:37] + "..."
            self.errors.append(
                SpecError(
                    self.file,
                    end.line + 1,
                    pointer,
                    f"the text stops before {shown!r}: YAML reads ' #' and the rest of the line as a comment;"
                    " quote the whole text, or move the comment to a line of its own",
                )
            )

    def _error(self, node: yaml.Node, pointer: str, message: str) -> None:
        self.errors.append(SpecError(self.file, node.start_mark.line + 1, pointer, message))


def _is_prose(pointer: str) -> bool:
    """Whether `pointer` names a sentence: a prose key's value, or an item of a `notes` list."""
    *parents, last = pointer.split("/")
    return last in _PROSE_KEYS or (last.isdigit() and parents[-1:] == ["notes"])


def _not_json(node: yaml.Node) -> str:
    if node.tag == _TIMESTAMP:
        return f"{node.value} is read as a date; quote it if it is text (the spec holds JSON values only)"
    kind = node.tag.rsplit(":", 1)[-1]
    return f"a YAML {kind} is not a JSON value; write a mapping, a list, text, a number, true, false or null"


def _bad_key(node: yaml.Node) -> str:
    if not isinstance(node, yaml.ScalarNode):
        return "a key must be text, not a list or a mapping"
    kind = {"int": "number", "float": "number", "bool": "boolean", "null": "null"}.get(node.tag.rsplit(":", 1)[-1])
    return f"the key {node.value} is read as a {kind or node.tag}, not text; quote it: '{node.value}':"
