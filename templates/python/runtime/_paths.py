"""``format_path``: a path template's ``{name}`` parameters filled in, checked and escaped before anything is sent.

A value goes into the URL path percent-encoded, so it can never add a query (``?``), a fragment (``#``) or
another path segment: ``task_id="../v1/x"`` is sent as one segment ``..%2Fv1%2Fx``, which a server cannot
resolve as a walk up the path. Only a parameter named in ``slashes`` (a model id such as ``evolink/auto``)
keeps its ``/``, and each of its segments must then be a name, not ``.`` or ``..`` or empty.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from urllib.parse import quote

from ._exceptions import InvalidParameterError

__all__ = ["format_path"]

_DOT_SEGMENTS = frozenset({"", ".", ".."})


def format_path(template: str, values: Mapping[str, object], slashes: Collection[str] = ()) -> str:
    """``template`` with each ``{name}`` replaced by ``values[name]``, escaped; ``InvalidParameterError`` for a value
    that is not a non-empty string (or, for a name in ``slashes``, has an empty, ``.`` or ``..`` segment)."""
    path = template
    for name, value in values.items():
        path = path.replace("{" + name + "}", _segment(name, value, keep_slash=name in slashes))
    return path


def _segment(name: str, value: object, *, keep_slash: bool) -> str:
    if not isinstance(value, str) or not value:
        shown = repr(value) if isinstance(value, str) else type(value).__name__
        raise InvalidParameterError(f"{name} must be a non-empty str, got {shown}.", parameter=name)
    if not value.isprintable():
        raise InvalidParameterError(f"{name} must not hold control characters, got {value!r}.", parameter=name)
    if keep_slash:
        if any(part in _DOT_SEGMENTS for part in value.split("/")):
            raise InvalidParameterError(
                f"{name} {value!r} has an empty, '.' or '..' segment: it would change the request's path.",
                parameter=name,
            )
        return quote(value, safe="/")
    return quote(value, safe="")
