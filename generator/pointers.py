"""JSON pointers (RFC 6901): how every stage names a place inside a spec file or a schema."""

from __future__ import annotations


def escape_pointer_token(token: object) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: object) -> str:
    """`pointer` extended by `tokens`, each escaped."""
    return pointer + "".join("/" + escape_pointer_token(token) for token in tokens)
