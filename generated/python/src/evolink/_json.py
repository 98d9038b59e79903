# copied from templates/python/runtime/_json.py by evolink-codegen; do not edit
"""``encode_json``: the request body's bytes, or why a value cannot be sent as JSON at all."""

from __future__ import annotations

import json

from pydantic_core import PydanticSerializationError, to_json

__all__ = ["encode_json"]


def encode_json(value: object) -> bytes:
    """Compact UTF-8 JSON of ``value``; ``ValueError`` saying why (to follow "The request body ...") if it has none.

    pydantic's ``to_json`` gives the same bytes as ``json.dumps(separators=(",", ":"), ensure_ascii=False)``,
    about 7x faster, but writes NaN and Infinity, which are not JSON. They are rare (the words may just be
    inside a string), so only then are the bytes parsed back to find a bare one.
    """
    try:
        data = to_json(value)
    except PydanticSerializationError as exc:
        raise ValueError(f"is not JSON-serializable: {exc}") from None
    if b"NaN" in data or b"Infinity" in data:
        json.loads(data, parse_constant=_refuse)
    return data


def _refuse(token: str) -> object:
    raise ValueError(f"holds {token}, a number JSON cannot carry; send a finite number or null instead")
