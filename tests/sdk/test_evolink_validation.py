"""``create()`` checks every argument against its model's rules before sending a byte, and sends valid ones as given.

The cases are derived from generated/openapi.yaml (``tests.openapi_params``), so they follow the spec: each
model's parameters, ranges, enums and nullability come from its request schema, not from a list kept here.
"""

from __future__ import annotations

import json
import math
import typing
from collections.abc import Callable
from typing import Any

import evolink.types
import pytest
from evolink import Evolink, InvalidParameterError
from evolink._rules import RULES

from generator.emit.sdk_view import json_kinds
from generator.load.loader import load_spec
from tests.support.fake_server import FakeServer
from tests.support.openapi_params import (
    Param,
    all_params,
    full_arguments,
    lacking_params,
    models,
    out_of_range_values,
    request_params,
    request_schema_names,
    valid_value,
    validate_request,
    wire_body,
)
from tests.support.paths import ROOT
from tests.support.sdk_clients import HI, MakeEvolink, RecordingEvolink, model_taking

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


@pytest.fixture
def client(make_evolink: MakeEvolink) -> RecordingEvolink:
    """A client on the fake server that never retries."""
    return make_evolink(max_retries=0)


def call(client: Evolink, model: str, **arguments: Any) -> Any:
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


# --- the derived cases are really there ----------------------------------------------------------------------------


def test_the_cases_derived_from_the_document_cover_every_model_and_the_known_gaps() -> None:
    spec = load_spec(ROOT / "spec").spec
    assert spec is not None
    taken = {model.id: {param.python_name: param for param in model.parameters} for model in spec.models}
    assert set(MODELS) == set(RULES) == set(taken)
    every_name = {name for names in taken.values() for name in names}
    lacking = {(model, param.python_name) for model, param in LACKING}
    assert lacking == {(model, name) for model, names in taken.items() for name in every_name - set(names)}
    assert {(param.model, param.python_name) for param in UNBOUNDED_ABOVE} == {
        (model, name)
        for model, params in taken.items()
        for name, param in params.items()
        if param.maximum is None and {"integer", "number"} & set(json_kinds(param.schema, spec.api.schemas)[0])
    }
    assert {(param.model, param.python_name) for param in ENUMS} == {
        (model, name) for model, params in taken.items() for name, param in params.items() if param.enum is not None
    }
    assert LACKING and BOUNDED and ENUMS and NUMBERS and NULLABLE  # the spec still has each kind of case


def test_the_sdk_rules_match_the_openapi_document() -> None:
    for model, params in PARAMS.items():
        rules = RULES[model].rules
        assert list(rules) == list(params), model
        for name, param in params.items():
            rule = rules[name]
            assert rule.wire_name == param.wire_name, (model, name)
            assert set(rule.kinds) == set(param.kinds), (model, name)
            assert (rule.minimum, rule.maximum, rule.nullable) == (param.minimum, param.maximum, param.nullable)
            assert rule.enum == param.enum, (model, name)


def test_the_typed_keyword_arguments_of_each_model_are_its_documented_parameters() -> None:
    for model, schema_name in request_schema_names().items():
        typed = getattr(evolink.types, schema_name.removesuffix("Request") + "Params")
        hints = typing.get_type_hints(typed, include_extras=True)  # __required_keys__ misses string annotations
        assert set(hints) == set(PARAMS[model]) - {"stream"}, model
        required = {name for name, hint in hints.items() if typing.get_origin(hint) is typing.Required}
        assert required == {"messages"}, model


# --- rejected before sending ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "param"), LACKING, ids=[f"{m}:{p.python_name}" for m, p in LACKING])
def test_a_parameter_the_model_lacks_is_rejected(
    client: RecordingEvolink, evolink_server: FakeServer, model: str, param: Param
) -> None:
    value = valid_value(param)
    message = assert_rejected(
        evolink_server,
        lambda: call(client, model, **{param.python_name: value}),
        model,
        param.python_name,
        *PARAMS[model],  # what the model does take
    )
    assert f"extra_body={{{param.python_name!r}: " in message


@pytest.mark.parametrize(("param", "value"), OUT_OF_RANGE, ids=[f"{p}={v}" for p, v in OUT_OF_RANGE])
def test_a_value_out_of_range_is_rejected(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param, value: float
) -> None:
    assert_rejected(
        evolink_server,
        lambda: call(client, param.model, **{param.python_name: value}),
        param.model,
        param.python_name,
        range_text(param),
        f"extra_body={{{param.wire_name!r}: {value!r}}}",
    )


@pytest.mark.parametrize("param", ENUMS, ids=str)
def test_a_value_not_in_the_enum_is_rejected(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    value = INVALID_CHOICES.get(param.python_name, "unknown-choice")
    assert param.enum is not None and value not in param.enum
    assert_rejected(
        evolink_server,
        lambda: call(client, param.model, **{param.python_name: value}),
        param.model,
        param.python_name,
        *(repr(choice) for choice in param.enum),
    )


@pytest.mark.parametrize("param", list(all_params()), ids=str)
def test_a_value_of_the_wrong_type_is_rejected(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    wrong = [value for value in WRONG_TYPE_CANDIDATES if not param.accepts_kind(value)]
    if param.enum is not None:
        wrong = [value for value in wrong if not isinstance(value, str)]
        expected = [repr(choice) for choice in param.enum]
    else:
        expected = [KIND_WORDS[kind] for kind in param.kinds]
    assert wrong, f"no wrong-typed candidate for {param}"
    for value in wrong:
        assert_rejected(
            evolink_server,
            lambda value=value: call(client, param.model, **{param.python_name: value}),
            param.model,
            param.python_name,
            *expected,
        )


@pytest.mark.parametrize(
    ("name", "value"), [("n", "2"), ("temperature", True), ("stop", 3), ("messages", "hi"), ("max_tokens", 2000.0)]
)
def test_the_classic_wrong_types_are_rejected(
    client: RecordingEvolink, evolink_server: FakeServer, name: str, value: object
) -> None:
    model = model_taking(name)
    assert_rejected(evolink_server, lambda: call(client, model, **{name: value}), model, name, type(value).__name__)


@pytest.mark.parametrize("param", NUMBERS, ids=str)
def test_nan_and_infinity_are_rejected_for_every_number(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    for value in (math.nan, math.inf, -math.inf):
        assert_rejected(
            evolink_server,
            lambda value=value: call(client, param.model, **{param.python_name: value}),
            param.model,
            param.python_name,
            "finite",
        )


@pytest.mark.parametrize("param", NOT_NULLABLE, ids=str)
def test_none_is_rejected_where_the_document_does_not_allow_null(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    assert_rejected(
        evolink_server,
        lambda: call(client, param.model, **{param.python_name: None}),
        param.model,
        param.python_name,
        "None",
    )


@pytest.mark.parametrize("model", MODELS)
def test_empty_missing_or_non_object_messages_are_rejected(
    client: RecordingEvolink, evolink_server: FakeServer, model: str
) -> None:
    assert_rejected(evolink_server, lambda: call(client, model, messages=[]), model, "messages", "at least 1")
    assert_rejected(evolink_server, lambda: call(client, model, messages=["hi"]), model, "messages", "item 0")
    with pytest.raises(InvalidParameterError, match="required") as caught:
        client.chat.completions.create(model=model)  # type: ignore[call-overload]
    assert (caught.value.model, caught.value.parameter) == (model, "messages")
    assert evolink_server.requests == []


def test_list_items_of_the_wrong_type_are_rejected(client: RecordingEvolink, evolink_server: FakeServer) -> None:
    model = model_taking("stop", "tools")
    assert_rejected(evolink_server, lambda: call(client, model, stop=["ok", 3]), model, "stop", "item 1", "string")
    assert_rejected(evolink_server, lambda: call(client, model, tools=["search"]), model, "tools", "item 0", "dict")


@pytest.mark.parametrize("model", ["gemini-9-ultra", "GEMINI-2.5-FLASH", "gpt-4o", ""])
def test_an_unknown_model_is_rejected_naming_the_known_ones(
    client: RecordingEvolink, evolink_server: FakeServer, model: str
) -> None:
    with pytest.raises(InvalidParameterError) as caught:
        client.chat.completions.create(model=model, messages=HI)  # type: ignore[call-overload]
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert (caught.value.model, caught.value.parameter) == (model, "model")
    assert repr(model) in message
    assert all(known in message for known in MODELS)
    assert "extra_body" in message
    assert evolink_server.requests == []


def test_streams_and_raw_responses_are_validated_too(client: RecordingEvolink, evolink_server: FakeServer) -> None:
    model, lacking = next((model, param) for model, param in LACKING if "stream" in PARAMS[model])
    param, value = next((param, value) for param, value in OUT_OF_RANGE if param.model == model)
    name = lacking.python_name
    assert_rejected(
        evolink_server, lambda: call(client, model, stream=True, **{name: valid_value(lacking)}), model, name
    )
    raw = client.chat.completions.with_raw_response
    assert_rejected(
        evolink_server,
        lambda: raw.create(model=model, messages=HI, **{param.python_name: value}),
        model,
        param.python_name,
        range_text(param),
    )
    assert_rejected(evolink_server, lambda: call(client, model, stream="yes"), model, "stream", "bool")


# --- accepted and sent as given ------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
def test_every_documented_parameter_is_accepted_and_sent_as_given(
    client: RecordingEvolink, evolink_server: FakeServer, model: str
) -> None:
    arguments = full_arguments(model)
    assert set(arguments) == set(PARAMS[model]) - {"stream"}
    completion = call(client, model, stream=False, **arguments)
    assert completion.model == model
    sent = evolink_server.requests[0].json()
    assert sent == {**wire_body(model, arguments), "stream": False}
    validate_request(sent)  # what the SDK sent conforms to the OpenAPI document


@pytest.mark.parametrize(("param", "bound"), BOUNDS, ids=[f"{p}={b}" for p, b in BOUNDS])
def test_boundary_values_are_accepted(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param, bound: float
) -> None:
    values = [bound] if "integer" in param.kinds else [bound, float(bound)]
    for value in values:
        call(client, param.model, **{param.python_name: value})
    assert [request.json()[param.wire_name] for request in evolink_server.requests] == values  # type: ignore[index]


def test_the_documented_maximum_of_max_tokens_differs_by_model(
    client: RecordingEvolink, evolink_server: FakeServer
) -> None:
    caps = {model: params["max_tokens"].maximum for model, params in PARAMS.items() if "max_tokens" in params}
    lowest = min((cap for cap in caps.values() if cap is not None), default=None)
    assert lowest is not None, "no model documents a maximum for max_tokens"
    over = int(lowest) + 1  # refused by the model(s) with the lowest maximum, sent for the others
    refused = {model: cap for model, cap in caps.items() if cap is not None and over > cap}
    for model, cap in refused.items():
        assert_rejected(
            evolink_server, lambda m=model: call(client, m, max_tokens=over), model, "max_tokens", f"<= {cap:g}"
        )
    expected = []
    for model, cap in caps.items():
        top = int(cap) if cap is not None else 10**12  # a page without a maximum takes anything
        values = [top] if model in refused else [top, over]
        for value in values:
            call(client, model, max_tokens=value)
        expected += [(model, value) for value in values]
    sent = [(request.json()["model"], request.json()["max_tokens"]) for request in evolink_server.requests]  # type: ignore[index]
    assert sent == expected


@pytest.mark.parametrize("param", UNBOUNDED_ABOVE, ids=str)
def test_a_parameter_without_a_maximum_takes_huge_values(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    call(client, param.model, **{param.python_name: 2**53})
    assert evolink_server.requests[0].json()[param.wire_name] == 2**53  # type: ignore[index]


@pytest.mark.parametrize("param", NULLABLE, ids=str)
def test_none_is_sent_as_null_where_the_document_allows_it(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    call(client, param.model, **{param.python_name: None})
    seen = evolink_server.requests[0]
    assert f'"{param.wire_name}":null'.encode() in seen.body
    assert seen.json() == {"model": param.model, "messages": HI, param.wire_name: None}


@pytest.mark.parametrize("param", NUMBERS, ids=str)
def test_an_integer_is_accepted_for_a_number(
    client: RecordingEvolink, evolink_server: FakeServer, param: Param
) -> None:
    value = math.ceil(param.minimum) if param.minimum is not None else math.floor(param.maximum or 1)
    call(client, param.model, **{param.python_name: value})
    assert f'"{param.wire_name}":{value}'.encode() in evolink_server.requests[0].body


def test_extra_body_sends_what_validation_would_refuse(client: RecordingEvolink, evolink_server: FakeServer) -> None:
    call(client, MODELS[0], extra_body={"top_k": 3, "temperature": 5, "model": "gemini-9-ultra"})
    sent = evolink_server.requests[0].json()
    assert sent == {"model": "gemini-9-ultra", "messages": HI, "top_k": 3, "temperature": 5}
    assert json.loads(evolink_server.requests[0].body) == sent


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_a_non_finite_number_nested_anywhere_is_refused_before_sending(
    bad: float, make_evolink: Any, evolink_server: Any
) -> None:
    client = make_evolink()
    for call in (
        {"gemini_extensions": {"google": {"thinking_budget": bad}}},
        {"extra_body": {"temperature": bad}},
        {"messages": [{"role": "user", "content": "hi", "weight": bad}]},
    ):
        kwargs: dict[str, Any] = {
            "model": model_taking("gemini_extensions"),
            "messages": [{"role": "user", "content": "x"}],
        }
        with pytest.raises(InvalidParameterError, match="JSON cannot carry"):
            client.chat.completions.create(**{**kwargs, **call})
    assert evolink_server.requests == []


def test_nan_inside_a_string_is_just_text(make_evolink: Any, evolink_server: Any) -> None:
    client = make_evolink()
    content = "NaN and Infinity are words here"
    client.chat.completions.create(model=MODELS[0], messages=[{"role": "user", "content": content}])
    assert evolink_server.requests[0].json()["messages"][0]["content"] == content
