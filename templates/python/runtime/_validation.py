"""Check a call's arguments against its model's rules and build the request body, before any byte is sent.

The rules (``_rules.RULES``) are generated from the spec: for each model, each Python argument name
maps to a ``ParameterRule`` (wire name, JSON kinds, range, enum, minimum item count). Checking costs one dict
look-up and a few ``isinstance`` calls per argument given; arguments not given are not sent.

A model id the SDK does not know (a model newer than this version) is sent, checked against
``_rules.ANY_MODEL``, also generated: only what every known model agrees on. Each argument some known
model takes is accepted, with the union of those models' JSON kinds (``None`` if any takes it), never a
range or an enum (a newer model may have others); an argument every known model requires is required,
and a minimum item count every known model sets (``messages`` non-empty) is kept. An argument no known
model takes raises, pointing to ``extra_body``, like a misspelt keyword. A client made with
``strict_models=True`` refuses an unknown id instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Final

from ._config import ClientOptions
from ._exceptions import InvalidParameterError
from ._headers import check_headers
from ._json import encode_json
from ._types import NotGiven

__all__ = ["CLIENT_OPTIONS", "ModelRules", "ParameterRule", "build_body", "header_arguments"]

CLIENT_OPTIONS: frozenset[str] = frozenset(option.name for option in fields(ClientOptions)) - {"timeout"}
"""Settings of the client (its constructor and ``with_options``) that are not per-call arguments of ``create()``."""


def _is_integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return _is_integer(value)


def _is_array(value: object) -> bool:
    return isinstance(value, list | tuple)


_KIND_CHECKS: dict[str, Callable[[object], bool]] = {
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "string": lambda value: isinstance(value, str),
    "array": _is_array,
    "object": lambda value: isinstance(value, Mapping),
}
_KIND_NAMES = {
    "integer": "an integer",
    "number": "a finite number",
    "boolean": "a bool",
    "string": "a string",
    "array": "a list",
    "object": "a dict",
}


@dataclass(frozen=True, slots=True)
class ParameterRule:
    """What one argument of one model accepts."""

    wire_name: str
    kinds: tuple[str, ...]
    nullable: bool = False
    minimum: float | None = None
    maximum: float | None = None
    enum: tuple[object, ...] | None = None
    items: tuple[str, ...] = ()
    min_items: int | None = None
    required: bool = False
    _checks: tuple[Callable[[object], bool], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_checks", tuple(_KIND_CHECKS[kind] for kind in self.kinds))

    def problem(self, value: object) -> str | None:
        """Why `value` is not acceptable, or None when it is."""
        if value is None:
            return None if self.nullable else "must not be None"
        if self.enum is not None:
            return None if value in self.enum else f"must be {self.describe()}"
        if not any(check(value) for check in self._checks):
            return self._wrong_kind(value)
        if isinstance(value, int | float) and not self._in_range(value):
            return f"is out of range: must be {self.describe()}"
        if isinstance(value, list | tuple):
            return self._items_problem(value)
        return None

    def _wrong_kind(self, value: object) -> str:
        if isinstance(value, float) and not math.isfinite(value):
            return f"must be {self.describe()}"  # "not float" would read oddly: nan is a float
        return f"must be {self.describe()}, not {type(value).__name__}"

    def describe(self) -> str:
        """The accepted values in words: `a finite number with 0 <= x <= 2`, `one of 'low', 'high'`."""
        if self.enum is not None:
            text = "one of " + ", ".join(repr(value) for value in self.enum)
        else:
            text = " or ".join(_KIND_NAMES[kind] for kind in self.kinds) + self._range_text()
        return text + (" or None" if self.nullable else "")

    def _in_range(self, value: float) -> bool:
        return (self.minimum is None or value >= self.minimum) and (self.maximum is None or value <= self.maximum)

    def _range_text(self) -> str:
        low, high = self.minimum, self.maximum
        if low is not None and high is not None:
            return f" with {low:g} <= x <= {high:g}"
        if low is not None:
            return f" >= {low:g}"
        return f" <= {high:g}" if high is not None else ""

    def _items_problem(self, value: list[object] | tuple[object, ...]) -> str | None:
        if self.min_items is not None and len(value) < self.min_items:
            return f"must hold at least {self.min_items} item{'s' if self.min_items != 1 else ''}"
        if self.items:
            checks = [_KIND_CHECKS[kind] for kind in self.items]
            for index, item in enumerate(value):
                if not any(check(item) for check in checks):
                    expected = " or ".join(_KIND_NAMES[kind] for kind in self.items)
                    return f"item {index} must be {expected}, not {type(item).__name__}"
        return None


@dataclass(frozen=True, slots=True)
class ModelRules:
    """Every argument one model accepts, by Python name; for ``_rules.ANY_MODEL``, ``model`` is ``None``."""

    model: str | None
    rules: Mapping[str, ParameterRule]
    required: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "required", tuple(name for name, rule in self.rules.items() if rule.required))


def build_body(
    rules: Mapping[str, ModelRules],
    model: str,
    params: Mapping[str, object],
    *,
    any_model: ModelRules,
    strict_models: bool = False,
    model_in_body: bool = True,
) -> dict[str, object]:
    """The JSON body for `model` with `params` (Python names), or `InvalidParameterError` naming what is wrong.

    `model_in_body`: the body names the model (chat's `model` field); else the path does, and the body does not.

    `rules` is the table `_rules.RULES`: each model id's `ModelRules`. A model id not in it is checked
    against `any_model` (`_rules.ANY_MODEL`), or refused when `strict_models` is true.
    Every hint in a message works when followed literally: `extra_body` is offered only for a value JSON
    can carry, and a client setting passed to `create()` points to `client.with_options(...)`.
    """
    model_rules = _rules_for(rules, model, any_model, strict_models)
    body: dict[str, object] = {"model": model} if model_in_body else {}
    for name, value in params.items():
        rule = model_rules.rules.get(name)
        if rule is None:
            raise _unknown_parameter(model_rules, model, name, value)
        problem = rule.problem(value)
        if problem is not None:
            raise _bad_value(model, name, rule, value, problem)
        body[rule.wire_name] = value
    for name in model_rules.required:
        if name not in params:
            raise InvalidParameterError(f"{model}: {name} is required", model=model, parameter=name)
    return body


def _rules_for(
    rules: Mapping[str, ModelRules], model: object, any_model: ModelRules, strict_models: bool
) -> ModelRules:
    """The rules `model` is checked against: its own, else `any_model`, unless it is no `str` or models are strict."""
    if not isinstance(model, str):
        raise _unknown_model(rules, model)
    model_rules = rules.get(model)
    if model_rules is not None:
        return model_rules
    if strict_models:
        raise _unknown_model(rules, model)
    return any_model


def _unknown_model(rules: Mapping[str, ModelRules], model: object) -> InvalidParameterError:
    known = ", ".join(repr(name) for name in rules)
    if not isinstance(model, str):
        message = f"model must be a str, not {type(model).__name__}; this version of the SDK knows {known}."
        return InvalidParameterError(message, parameter="model")
    first = next(iter(rules), "...")
    return InvalidParameterError(
        f"unknown model {model!r}; this version of the SDK knows {known}. Upgrade the SDK for newer models, "
        "or send it anyway, unchecked, with a known model's parameters: "
        f"model={first!r}, extra_body={{'model': {model!r}}}.",
        model=model,
        parameter="model",
    )


def _unknown_parameter(rules: ModelRules, model: str, name: str, value: object) -> InvalidParameterError:
    accepted = ", ".join(rules.rules)
    if name in CLIENT_OPTIONS:
        hint = (
            f"{name} is a client setting: pass it to the client, or for some calls use "
            f"client.with_options({name}=...).chat.completions.create(...)."
        )
    else:
        hint = _escape_hatch(name, value, name)
    if rules.model is None:
        what = f"{model} is not a model this version of the SDK knows, and no model it knows takes {name!r}"
        taken = f"for a model it does not know, it takes any known model's parameters: {accepted}"
    else:
        what, taken = f"{model} does not take {name!r}", f"it takes: {accepted}"
    return InvalidParameterError(f"{what} ({taken}). {hint}", model=model, parameter=name)


def _bad_value(model: str, name: str, rule: ParameterRule, value: object, problem: str) -> InvalidParameterError:
    return InvalidParameterError(
        f"{model}: {name}={_short(value)} {problem}. {_escape_hatch(name, value, rule.wire_name)}",
        model=model,
        parameter=name,
    )


def _escape_hatch(name: str, value: object, wire_name: str) -> str:
    """How to send `value` unchecked, or, when JSON cannot carry it, why not even `extra_body` can."""
    try:
        encode_json(value)
    except ValueError as exc:
        return f"It cannot be sent at all, not even through extra_body: the value {exc}."
    text = repr(value)
    shown = text if len(text) <= _SHOWN else "<the same value>"
    return f"To send it anyway, unchecked, pass extra_body={{{wire_name!r}: {shown}}} instead of {name}=..."


_SHOWN = 60
"""The longest repr a message shows in full."""


def _short(value: object, limit: int = _SHOWN) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


_HEADER_KINDS: Final = {"boolean": (bool,), "integer": (int,), "string": (str,)}
_HEADER_KIND_NAMES: Final = {"boolean": "a bool", "integer": "an int", "string": "a str"}


def header_arguments(arguments: tuple[tuple[str, str, str, object], ...]) -> dict[str, str] | None:
    """The headers a method's own arguments set: each ``(header, argument, JSON kind, value)`` given (not
    ``NOT_GIVEN``) becomes a header (``True`` -> ``true``); None when none is given. A value of another kind, or
    a string HTTP cannot carry, raises ``InvalidParameterError`` before anything is sent."""
    headers: dict[str, str] = {}
    for header, argument, kind, value in arguments:
        if isinstance(value, NotGiven):
            continue
        valid = isinstance(value, _HEADER_KINDS[kind]) and (kind == "boolean" or not isinstance(value, bool))
        if not valid:
            raise InvalidParameterError(
                f"{argument} must be {_HEADER_KIND_NAMES[kind]}, not {type(value).__name__}.", parameter=argument
            )
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        check_headers({header: text}, argument)
        headers[header] = text
    return headers or None
