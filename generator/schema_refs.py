"""The spec's schema references: `{$ref: Name}` names an entry of `schemas` in spec/api.yaml."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import overload

from generator.json_values import JSON, JSONObject
from generator.pointers import join_pointer


def iter_refs(node: JSON, pointer: str = "") -> Iterator[tuple[str, str]]:
    """Every `$ref` value under `node`, with the JSON pointer of the `$ref` key."""
    if isinstance(node, dict):
        for key, value in node.items():
            child = join_pointer(pointer, key)
            if key == "$ref" and isinstance(value, str):
                yield child, value
            else:
                yield from iter_refs(value, child)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_refs(item, join_pointer(pointer, index))


@overload
def rewrite_refs(node: JSONObject, prefix: str) -> JSONObject: ...
@overload
def rewrite_refs(node: JSON, prefix: str) -> JSON: ...
def rewrite_refs(node: JSON, prefix: str) -> JSON:
    """A copy of `node` whose `$ref: Name` values read `<prefix>Name` (an object stays an object)."""
    if isinstance(node, dict):
        return {
            key: (prefix + value if key == "$ref" and isinstance(value, str) else rewrite_refs(value, prefix))
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [rewrite_refs(item, prefix) for item in node]
    return node


def referenced_closure(roots: list[JSON], schemas: Mapping[str, JSON]) -> list[str]:
    """Names of every schema reachable through `$ref` from `roots`, in `schemas` order."""
    seen: set[str] = set()
    pending = [name for root in roots for _, name in iter_refs(root)]
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        pending.extend(ref for _, ref in iter_refs(schemas[name]))
    return [name for name in schemas if name in seen]
