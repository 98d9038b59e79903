"""``create()`` accepts every value its model's rules allow and sends it as given; the escape hatch sends the rest.

The cases are derived from generated/openapi.yaml (``tests.support.validation_cases``), so they follow the spec.
"""

from __future__ import annotations

import json
import math
from functools import partial
from typing import Any

import pytest
from evolink import InvalidParameterError

from tests.support.fake_server import FakeServer
from tests.support.openapi_params import (
    Param,
    full_arguments,
    validate_request,
    wire_body,
)
from tests.support.sdk_clients import HI, RecordingEvolink, model_taking
from tests.support.validation_cases import (
    BOUNDS,
    MODELS,
    NULLABLE,
    NUMBERS,
    PARAMS,
    UNBOUNDED_ABOVE,
    assert_rejected,
    call,
)

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
            evolink_server, partial(call, client, model, max_tokens=over), model, "max_tokens", f"<= {cap:g}"
        )
    expected = []
    for model, documented in caps.items():
        top = int(documented) if documented is not None else 10**12  # a page without a maximum takes anything
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
    bad: float, client: RecordingEvolink, evolink_server: FakeServer
) -> None:
    for arguments in (
        {"gemini_extensions": {"google": {"thinking_budget": bad}}},
        {"extra_body": {"temperature": bad}},
        {"messages": [{"role": "user", "content": "hi", "weight": bad}]},
    ):
        kwargs: dict[str, Any] = {
            "model": model_taking("gemini_extensions"),
            "messages": [{"role": "user", "content": "x"}],
        }
        with pytest.raises(InvalidParameterError, match="JSON cannot carry"):
            client.chat.completions.create(**{**kwargs, **arguments})
    assert evolink_server.requests == []


def test_nan_inside_a_string_is_just_text(client: RecordingEvolink, evolink_server: FakeServer) -> None:
    content = "NaN and Infinity are words here"
    client.chat.completions.create(model=MODELS[0], messages=[{"role": "user", "content": content}])
    sent = evolink_server.requests[0].json()
    assert isinstance(sent, dict) and sent["messages"][0]["content"] == content
