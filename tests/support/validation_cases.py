"""The validation cases of the SDK tests, derived from generated/openapi.yaml (``tests.support.openapi_params``),
and the checks shared by the tests of what ``create()`` rejects and what it sends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from evolink import InvalidParameterError

from tests.support.fake_server import FakeServer
from tests.support.openapi_params import Param, all_params, lacking_params, models, out_of_range_values, request_params
from tests.support.sdk_clients import HI

PARAMS = request_params()
MODELS = models()
KIND_WORDS = {
    "integer": "integer",
    "number": "number",
    "boolean": "bool",
    "string": "string",
    "array": "list",
    "object": "dict",
}  # how the SDK's messages name each JSON kind
WRONG_TYPE_CANDIDATES: list[object] = ["2", "hi", True, 3, 2.5, {"k": 1}, ["x"]]
INVALID_CHOICES = {"reasoning_effort": "max", "tool_choice": "always"}
LACKING = lacking_params()
BOUNDED = [
    param for param in all_params() if param.is_numeric and (param.minimum is not None or param.maximum is not None)
]
OUT_OF_RANGE = [(param, value) for param in BOUNDED for value in out_of_range_values(param)]
BOUNDS = [(param, bound) for param in BOUNDED for bound in (param.minimum, param.maximum) if bound is not None]
UNBOUNDED_ABOVE = [param for param in all_params() if param.is_numeric and param.maximum is None]
ENUMS = [param for param in all_params() if param.enum is not None]
NUMBERS = [param for param in all_params() if "number" in param.kinds]
NULLABLE = [param for param in all_params() if param.nullable]
NOT_NULLABLE = [param for param in all_params() if not param.nullable]

NEWER_MODEL = "some-model-from-next-year"
"""A model id no spec names: how a model newer than the SDK looks to it."""


def _takers() -> dict[str, list[Param]]:
    takers: dict[str, list[Param]] = {}
    for param in all_params():
        takers.setdefault(param.python_name, []).append(param)
    return takers


TAKERS = _takers()
"""Python name -> that parameter in each model that takes it: what a model id the SDK does not know is checked by."""
_REFUSED = [
    *OUT_OF_RANGE,
    *((param, INVALID_CHOICES.get(param.python_name, "unknown-choice")) for param in ENUMS),
]
REFUSED_BY_A_KNOWN_MODEL = list(
    {
        (param.python_name, repr(value)): (param, value) for param, value in _REFUSED if param.accepts_kind(value)
    }.values()
)
"""(parameter, value) pairs its model refuses (out of range, not in the enum) though of a kind it takes, once each."""


def wrong_kinds(name: str) -> list[object]:
    """The candidates of the wrong type for every model that takes `name`."""
    return [value for value in WRONG_TYPE_CANDIDATES if not any(param.accepts_kind(value) for param in TAKERS[name])]


def call(client: Any, model: str, **arguments: Any) -> Any:  # Any: an Evolink or an AsyncEvolink
    """``create(model=model, **arguments)``, with ``messages=HI`` unless given."""
    arguments.setdefault("messages", HI)
    return client.chat.completions.create(model=model, **arguments)


def range_text(param: Param) -> str:
    """How the SDK words a parameter's range, e.g. ``0 <= x <= 2`` or ``>= 1``."""
    low, high = param.minimum, param.maximum
    if low is not None and high is not None:
        return f"{low:g} <= x <= {high:g}"
    return f">= {low:g}" if low is not None else f"<= {high:g}"


def assert_rejected(
    server: FakeServer, action: Callable[[], object], model: str, parameter: str, *fragments: str
) -> str:
    """Run ``action``; check it raised ``InvalidParameterError`` naming model, parameter, ``fragments`` and the
    ``extra_body`` escape hatch, and that the server saw nothing. Return the message."""
    with pytest.raises(InvalidParameterError) as caught:
        action()
    error = caught.value
    message = str(error)
    assert isinstance(error, ValueError)
    assert (error.model, error.parameter) == (model, parameter)
    assert model in message and parameter in message, message
    assert "extra_body" in message, message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert server.requests == [], "a rejected call must send nothing"
    return message
