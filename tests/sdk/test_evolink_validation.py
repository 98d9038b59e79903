"""``create()`` checks every argument against its model's rules before sending a byte, and sends valid ones as given.

The cases are derived from generated/openapi.yaml (``tests.support.openapi_params``), so they follow the spec: each
model's parameters, ranges, enums and nullability come from its request schema, not from a list kept here.
"""

from __future__ import annotations

import math
import typing
from functools import partial
from typing import Any

import evolink.types
import pytest
from evolink import InvalidParameterError
from evolink._rules import CHAT_COMPLETIONS_RULES as RULES

from generator.emit.annotations import json_kinds
from generator.load.loader import load_spec
from tests.support.fake_server import FakeServer
from tests.support.openapi_params import (
    Param,
    all_params,
    request_schema_names,
    valid_value,
)
from tests.support.paths import ROOT
from tests.support.sdk_clients import HI, MakeEvolink, RecordingEvolink, model_taking
from tests.support.sync_async import Drive
from tests.support.validation_cases import (
    BOUNDED,
    ENUMS,
    INVALID_CHOICES,
    KIND_WORDS,
    LACKING,
    MODELS,
    NOT_NULLABLE,
    NULLABLE,
    NUMBERS,
    OUT_OF_RANGE,
    PARAMS,
    UNBOUNDED_ABOVE,
    WRONG_TYPE_CANDIDATES,
    assert_rejected,
    call,
    range_text,
)

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
            partial(call, client, param.model, **{param.python_name: value}),
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
            partial(call, client, param.model, **{param.python_name: value}),
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
def test_a_strict_client_rejects_an_unknown_model_naming_the_known_ones(
    make_evolink: MakeEvolink, evolink_server: FakeServer, model: str
) -> None:
    client = make_evolink(max_retries=0, strict_models=True)
    with pytest.raises(InvalidParameterError) as caught:
        client.chat.completions.create(model=model, messages=HI)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert (caught.value.model, caught.value.parameter) == (model, "model")
    assert repr(model) in message
    assert all(known in message for known in MODELS)
    assert "extra_body" in message
    assert evolink_server.requests == []


def _run_call(drive: Drive, client: Any, model: str, **arguments: Any) -> Any:
    """``call`` run to its end through ``drive``."""
    return drive.run(call(client, model, **arguments))


def test_streams_and_raw_responses_are_validated_too(drive: Drive, evolink_server: FakeServer) -> None:
    model, lacking = next((model, param) for model, param in LACKING if "stream" in PARAMS[model])
    param, value = next((param, value) for param, value in OUT_OF_RANGE if param.model == model)
    name = lacking.python_name
    client = drive.client(max_retries=0)
    for stream in (False, True):
        assert_rejected(
            evolink_server,
            partial(_run_call, drive, client, model, stream=stream, **{name: valid_value(lacking)}),
            model,
            name,
        )
        assert_rejected(
            evolink_server,
            partial(_run_call, drive, client, model, stream=stream, **{param.python_name: value}),
            model,
            param.python_name,
            range_text(param),
        )
    raw = client.chat.completions.with_raw_response
    assert_rejected(
        evolink_server,
        lambda: drive.run(raw.create(model=model, messages=HI, **{param.python_name: value})),
        model,
        param.python_name,
        range_text(param),
    )
    assert_rejected(
        evolink_server, lambda: drive.run(raw.create(model=model, messages=[])), model, "messages", "at least 1"
    )
    assert_rejected(evolink_server, lambda: drive.run(call(client, model, stream="yes")), model, "stream", "bool")
