"""Read a YAML file into plain data, remembering the line of every JSON pointer in it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError


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


def escape_pointer_token(token: object) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: object) -> str:
    """`pointer` extended by `tokens`, each escaped."""
    return pointer + "".join("/" + escape_pointer_token(token) for token in tokens)


def read_document(path: Path, display_name: str) -> tuple[Document | None, list[SpecError]]:
    """Parse `path`; on a YAML syntax error or a duplicate key, return errors instead of guessing."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [SpecError(display_name, 1, "", f"cannot read the file: {exc}")]
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, [SpecError(display_name, line, "", f"invalid YAML: {exc.problem or exc}")]
    finally:
        loader.dispose()
    lines: dict[str, int] = {}
    errors: list[SpecError] = []
    if node is not None:
        _mark_lines(node, "", lines, errors, display_name)
    return Document(display_name, data, lines), errors


def _mark_lines(node: yaml.Node, pointer: str, lines: dict[str, int], errors: list[SpecError], file: str) -> None:
    lines.setdefault(pointer, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = join_pointer(pointer, key)
            if key in seen:
                errors.append(SpecError(file, key_node.start_mark.line + 1, child, f"duplicate key {key!r}"))
                continue
            seen.add(key)
            lines[child] = key_node.start_mark.line + 1
            _mark_lines(value_node, child, lines, errors, file)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _mark_lines(item, join_pointer(pointer, index), lines, errors, file)
