"""A model id the SDK does not know (one newer than it) is sent, checked only as far as every known model agrees;
``strict_models=True`` refuses it as before. Each test runs through ``Evolink`` and ``AsyncEvolink``.

The parameter names, kinds and refused values come from the spec (``tests.support.validation_cases``,
``tests.support.model_params``), never from a list kept here.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from evolink import InvalidParameterError
from evolink._rules import CHAT_COMPLETIONS_RULES as RULES

from tests.support.fake_server import FakeServer
from tests.support.model_params import every_model_takes, some_model_takes
from tests.support.openapi_params import Param, valid_value
from tests.support.sdk_clients import HI
from tests.support.sync_async import Drive
from tests.support.validation_cases import (
    KIND_WORDS,
    MODELS,
    NEWER_MODEL,
    PARAMS,
    REFUSED_BY_A_KNOWN_MODEL,
    TAKERS,
    assert_rejected,
    call,
    wrong_kinds,
)

ONLY_SOME_TAKE = sorted(some_model_takes() - every_model_takes())


def _run(drive: Drive, client: Any, **arguments: Any) -> Any:  # Any: an Evolink or an AsyncEvolink
    """``create(model=NEWER_MODEL, messages=HI, **arguments)`` run to its end through ``drive``."""
    return drive.run(call(client, NEWER_MODEL, **arguments))


def strict_message(model: str) -> str:
    """The message a strict client refuses ``model`` with: the SDK's refusal of an unknown model, word for word."""
    known = ", ".join(repr(name) for name in RULES)
    return (
        f"unknown model {model!r}; this version of the SDK knows {known}. Upgrade the SDK for newer models, "
        "or send it anyway, unchecked, with a known model's parameters: "
        f"model={next(iter(RULES))!r}, extra_body={{'model': {model!r}}}."
    )


def test_the_derived_cases_are_there() -> None:
    assert NEWER_MODEL not in MODELS
    assert set(TAKERS) == some_model_takes() and every_model_takes() <= set(TAKERS)
    assert ONLY_SOME_TAKE and REFUSED_BY_A_KNOWN_MODEL, "the spec still has parameters only some models take"


# --- sent ----------------------------------------------------------------------------------------------------------


def test_a_newer_model_is_sent_and_its_completion_returned(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client(max_retries=0)
    completion = _run(drive, client)
    assert completion.model == NEWER_MODEL
    assert evolink_server.requests[-1].json() == {"model": NEWER_MODEL, "messages": HI}
    chunks = drive.chunks(_run(drive, client, stream=True))
    assert chunks and {chunk.model for chunk in chunks} == {NEWER_MODEL}
    assert evolink_server.requests[-1].json() == {"model": NEWER_MODEL, "messages": HI, "stream": True}
    raw = drive.run(client.chat.completions.with_raw_response.create(model=NEWER_MODEL, messages=HI))
    assert raw.status_code == 200 and raw.parse().model == NEWER_MODEL
    assert evolink_server.requests[-1].json() == {"model": NEWER_MODEL, "messages": HI}


@pytest.mark.parametrize(
    ("param", "value"), REFUSED_BY_A_KNOWN_MODEL, ids=[f"{p}={v!r}" for p, v in REFUSED_BY_A_KNOWN_MODEL]
)
def test_a_value_its_model_refuses_is_sent_for_a_newer_model(
    drive: Drive, evolink_server: FakeServer, param: Param, value: object
) -> None:
    client = drive.client(max_retries=0)
    with pytest.raises(InvalidParameterError):  # the known model refuses it ...
        drive.run(call(client, param.model, **{param.python_name: value}))
    _run(drive, client, **{param.python_name: value})  # ... a model newer than the SDK may not
    assert evolink_server.requests[-1].json() == {"model": NEWER_MODEL, "messages": HI, param.wire_name: value}


@pytest.mark.parametrize("name", ONLY_SOME_TAKE)
def test_a_parameter_only_some_models_take_is_sent_for_a_newer_model(
    drive: Drive, evolink_server: FakeServer, name: str
) -> None:
    param = TAKERS[name][0]
    value = valid_value(param)
    lacking = next(model for model in MODELS if name not in PARAMS[model])
    client = drive.client(max_retries=0)
    with pytest.raises(InvalidParameterError):  # a known model that lacks it refuses it ...
        drive.run(call(client, lacking, **{name: value}))
    _run(drive, client, **{name: value})  # ... a model newer than the SDK may take it
    assert evolink_server.requests[-1].json() == {"model": NEWER_MODEL, "messages": HI, param.wire_name: value}


# --- refused before sending: what every known model agrees on ------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TAKERS))
def test_a_value_of_a_kind_no_model_takes_is_refused_for_a_newer_model(
    drive: Drive, evolink_server: FakeServer, name: str
) -> None:
    client = drive.client(max_retries=0)
    kinds = {KIND_WORDS[kind] for param in TAKERS[name] for kind in param.kinds}
    wrong = wrong_kinds(name)
    assert wrong, f"no wrong-typed candidate for {name}"
    for value in wrong:
        assert_rejected(evolink_server, partial(_run, drive, client, **{name: value}), NEWER_MODEL, name, *kinds, "not")


def test_messages_every_model_requires_non_empty_are_required_non_empty(
    drive: Drive, evolink_server: FakeServer
) -> None:
    assert "messages" in every_model_takes()
    assert all(params["messages"].schema.get("minItems") == 1 for params in PARAMS.values())
    client = drive.client(max_retries=0)
    assert_rejected(evolink_server, partial(_run, drive, client, messages=[]), NEWER_MODEL, "messages", "at least 1")
    with pytest.raises(InvalidParameterError, match="required") as caught:
        drive.run(client.chat.completions.create(model=NEWER_MODEL))
    assert (caught.value.model, caught.value.parameter) == (NEWER_MODEL, "messages")
    assert evolink_server.requests == []


def test_a_parameter_no_known_model_takes_is_refused_and_the_hint_works(
    drive: Drive, evolink_server: FakeServer
) -> None:
    name = "no_such_parameter"
    assert name not in some_model_takes()
    client = drive.client(max_retries=0)
    message = assert_rejected(
        evolink_server, partial(_run, drive, client, **{name: 1}), NEWER_MODEL, name, *sorted(TAKERS)
    )
    assert f"pass extra_body={{{name!r}: 1}} instead of {name}=..." in message
    _run(drive, client, extra_body={name: 1})
    assert evolink_server.requests[-1].json() == {"model": NEWER_MODEL, "messages": HI, name: 1}


def test_a_client_setting_passed_to_create_points_to_with_options_for_a_newer_model(
    drive: Drive, evolink_server: FakeServer
) -> None:
    client = drive.client(max_retries=0)
    for name, value in (("strict_models", True), ("max_retries", 3)):
        with pytest.raises(InvalidParameterError, match=rf"client\.with_options\({name}=\.\.\.\)"):
            _run(drive, client, **{name: value})
    assert evolink_server.requests == []


# --- strict_models -------------------------------------------------------------------------------------------------


def test_strict_models_refuses_a_newer_model_with_the_message_it_always_had(
    drive: Drive, evolink_server: FakeServer
) -> None:
    strict = drive.client(max_retries=0, strict_models=True)
    made_strict = drive.client(max_retries=0).with_options(strict_models=True)
    for client in (strict, made_strict, strict.with_options(max_retries=1)):
        assert client.strict_models is True
        with pytest.raises(InvalidParameterError) as caught:
            _run(drive, client)
        assert str(caught.value) == strict_message(NEWER_MODEL)
        assert (caught.value.model, caught.value.parameter) == (NEWER_MODEL, "model")
    assert evolink_server.requests == []
    assert drive.run(call(strict, MODELS[0])).model == MODELS[0]  # a known model is sent as ever
    assert _run(drive, strict.with_options(strict_models=False)).model == NEWER_MODEL
    assert [request.json() for request in evolink_server.requests] == [
        {"model": model, "messages": HI} for model in (MODELS[0], NEWER_MODEL)
    ]


def test_strict_models_is_a_bool(drive: Drive) -> None:
    assert drive.client().strict_models is False
    for bad in ("false", 1, None):
        with pytest.raises(InvalidParameterError, match="strict_models must be True or False"):
            drive.client(strict_models=bad)
        with pytest.raises(InvalidParameterError, match="strict_models must be True or False"):
            drive.client().with_options(strict_models=bad)
