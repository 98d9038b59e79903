# copied from templates/python/runtime/_headers.py by evolink-codegen; do not edit
"""Check the API key and header names and values before any byte is sent.

httpx encodes a ``str`` header as ASCII and h11 refuses a value with a line break, a NUL or whitespace at
either end; either failure would surface at send time, with the value (perhaps the API key) in the error
and in httpcore's debug log. Checking here first raises ``InvalidParameterError`` naming the setting and
the header, never the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from ._exceptions import InvalidParameterError

__all__ = ["check_api_key", "check_headers", "check_mapping"]

_TOKEN: Final = re.compile(r"[-!#$%&'*+.^_`|~0-9a-zA-Z]+")
"""A header name (RFC 9110 token), as h11 checks it."""
_VALUE: Final = re.compile(r"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?", re.ASCII)
_BYTES_VALUE: Final = re.compile(rb"(?:[^\x00\s]+(?:[ \t]+[^\x00\s]+)*)?")
"""A header value as h11 checks it: no NUL, no CR/LF/VT/FF, no space or tab at either end."""
_NEVER_IN_VALUES: Final = "\r\n\x00\x0b\x0c"
_KEY: Final = re.compile(r"[\x21-\x7e]+")
"""A bearer token: visible ASCII characters only."""


def check_mapping(value: object, setting: str) -> None:
    """Raise unless ``value`` is ``None`` or a mapping (``extra_body``, ``default_headers``, ...)."""
    if value is not None and not isinstance(value, Mapping):
        raise InvalidParameterError(
            f"{setting} must be a dict (or None), not {type(value).__name__}.", parameter=setting
        )


def check_api_key(key: object, source: str) -> None:
    """Raise unless ``key`` can be sent as a bearer token; ``source`` names where it came from."""
    if not isinstance(key, str):
        raise InvalidParameterError(f"{source} must be a str, not {type(key).__name__}.", parameter="api_key")
    if _KEY.fullmatch(key):
        return
    index = next(index for index, char in enumerate(key) if not _KEY.fullmatch(char))
    raise InvalidParameterError(
        f"{source} holds {_describe(key[index])} at position {index + 1} of {len(key)}, which an API key cannot "
        "contain; check for a stray newline or space where the key was pasted or read (the key is not shown).",
        parameter="api_key",
    )


def check_headers(headers: object, setting: str) -> None:
    """Raise unless ``headers`` is ``None`` or a mapping whose names and values httpx can send as given."""
    check_mapping(headers, setting)
    assert headers is None or isinstance(headers, Mapping)
    for name, value in (headers or {}).items():
        if not _valid_name(name):
            shown = repr(name) if isinstance(name, str | bytes) and len(name) <= 60 else type(name).__name__
            raise InvalidParameterError(
                f"{setting} has a header name that HTTP does not allow: {shown} (letters, digits and !#$%&'*+-.^_`|~ "
                "only).",
                parameter=setting,
            )
        problem = _value_problem(value)
        if problem is not None:
            raise InvalidParameterError(
                f"{setting}: the value of header {name!r} {problem}, which HTTP headers cannot carry (the value is "
                "not shown: it may be secret).",
                parameter=setting,
            )


def _valid_name(name: object) -> bool:
    if isinstance(name, bytes):
        return name.isascii() and _TOKEN.fullmatch(name.decode()) is not None
    return isinstance(name, str) and _TOKEN.fullmatch(name) is not None


def _value_problem(value: object) -> str | None:
    if isinstance(value, bytes):
        return None if _BYTES_VALUE.fullmatch(value) else "holds a line break, a NUL or a space or tab at an end"
    if not isinstance(value, str):
        return f"is a {type(value).__name__}, not a str"
    if value.isascii() and _VALUE.fullmatch(value):
        return None
    for index, char in enumerate(value):
        if not char.isascii() or char in _NEVER_IN_VALUES:
            return f"holds {_describe(char)} at position {index + 1} of {len(value)}"
    return "starts or ends with a space or tab"


def _describe(char: str) -> str:
    """A character named without showing it: the value around it may be secret."""
    if char in "\r\n":
        return "a line break (CR or LF)"
    if char == "\x00":
        return "a NUL character"
    if char in " \t":
        return "a space" if char == " " else "a tab"
    if not char.isascii():
        return "a non-ASCII character"
    return "a control character"
