# copied from templates/python/runtime/_types.py by evolink-codegen; do not edit
"""Small shared types: the ``NOT_GIVEN`` sentinel, option aliases and per-call ``RequestOptions``."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

import httpx

from ._exceptions import InvalidParameterError
from ._headers import check_headers, check_mapping

__all__ = ["NOT_GIVEN", "Body", "Headers", "NotGiven", "Query", "RequestOptions", "TimeoutTypes", "check_timeout"]


class NotGiven:
    """Marks an argument the caller did not pass, where ``None`` is a meaningful value.

    ``timeout=None`` means "no timeout" while ``timeout=NOT_GIVEN`` means "use the client's default".
    The sentinel is falsy so ``if options.extra_headers:`` skips both ``None`` and ``NOT_GIVEN``.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()
"""The single ``NotGiven`` instance."""

Headers: TypeAlias = Mapping[str, str]
"""HTTP headers to add or override."""

Query: TypeAlias = Mapping[str, object]
"""Query-string parameters (values are turned into strings by httpx)."""

Body: TypeAlias = Mapping[str, object]
"""A JSON object body."""

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""Seconds, an ``httpx.Timeout``, or ``None`` for no timeout at all."""


def check_timeout(timeout: object, setting: str = "timeout") -> None:
    """Raise unless ``timeout`` is ``NOT_GIVEN``, ``None``, or seconds > 0 (alone or as an ``httpx.Timeout``'s parts).

    httpx takes anything here and fails only inside the socket layer, with a bare ``TypeError``/``ValueError``.
    """
    if timeout is None or isinstance(timeout, NotGiven):
        return
    if isinstance(timeout, httpx.Timeout):
        for part, seconds in timeout.as_dict().items():
            if seconds is not None and not _positive_seconds(seconds):
                raise InvalidParameterError(
                    f"{setting}: the httpx.Timeout's {part} must be seconds > 0 or None, got {_shown(seconds)}.",
                    parameter=setting,
                )
        return
    if not _positive_seconds(timeout):
        raise InvalidParameterError(
            f"{setting} must be seconds > 0, an httpx.Timeout, or None for no timeout; got {_shown(timeout)}.",
            parameter=setting,
        )


def _positive_seconds(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, int | float | str) and len(repr(value)) <= 40 else type(value).__name__


@dataclass(frozen=True, slots=True)
class RequestOptions:
    """The per-call escape hatches every generated method accepts.

    ``extra_headers`` override the client's headers, ``extra_query`` is added to the URL, ``extra_body``
    is shallow-merged over the JSON body (its keys win) and ``timeout`` replaces the client's timeout.
    Building one checks them (``InvalidParameterError``), so a bad option fails before anything is sent.
    """

    extra_headers: Headers | NotGiven | None = NOT_GIVEN
    extra_query: Query | NotGiven | None = NOT_GIVEN
    extra_body: Body | NotGiven | None = NOT_GIVEN
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN

    def __post_init__(self) -> None:
        # Identity tests first: most calls pass none of them, and this runs on every call.
        if self.extra_headers is not None and self.extra_headers is not NOT_GIVEN:
            check_headers(self.extra_headers, "extra_headers")
        if self.extra_query is not None and self.extra_query is not NOT_GIVEN:
            check_mapping(self.extra_query, "extra_query")
        if self.extra_body is not None and self.extra_body is not NOT_GIVEN:
            check_mapping(self.extra_body, "extra_body")
        if self.timeout is not None and self.timeout is not NOT_GIVEN:
            check_timeout(self.timeout)
