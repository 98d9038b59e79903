"""``Evolink``'s escape hatches and settings: hints that work when followed, options checked at once, closed
clients, base URLs with the endpoint's prefix, and a model chosen at run time."""

from __future__ import annotations

import ast
import asyncio
import inspect
import logging
import math
import re
import types
import typing
from collections.abc import Callable
from typing import Any, cast

import evolink.types
import httpx
import pytest
from evolink import AsyncEvolink, ClientClosedError, Evolink, EvolinkError, InvalidParameterError
from evolink._validation import CLIENT_OPTIONS

from tests.support.fake_server import FakeServer
from tests.support.openapi_params import (
    all_params,
    lacking_params,
    load_document,
    models,
    out_of_range_values,
    request_params,
    request_schema_names,
    valid_value,
)
from tests.support.sdk_clients import API_KEY, HI, MakeEvolink
from tests.support.sync_async import Drive

MODELS = models()
_HINT = re.compile(r"pass extra_body=(\{.*\}) instead of (\w+)=")


def followed_hint(message: str) -> tuple[dict[str, Any], str]:
    """The ``extra_body`` a message suggests, evaluated, and the argument it replaces."""
    match = _HINT.search(message)
    assert match, f"no extra_body hint in {message!r}"
    return ast.literal_eval(match.group(1)), match.group(2)


def rejection(client: Evolink, model: str, **arguments: Any) -> str:
    """The message of the ``InvalidParameterError`` that ``create(model, messages=HI, **arguments)`` raises."""
    with pytest.raises(InvalidParameterError) as caught:
        client.chat.completions.create(model=model, messages=HI, **arguments)
    return str(caught.value)


# --- hints that work when followed ---------------------------------------------------------------------------------


def test_the_extra_body_hints_work_when_followed_literally(
    make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    client = make_evolink(max_retries=0)
    model, lacking = lacking_params()[0]
    bounded = next(param for param in all_params() if param.model == model and out_of_range_values(param))
    too_far = out_of_range_values(bounded)[-1]
    for name, value in ((lacking.python_name, valid_value(lacking)), (bounded.python_name, too_far)):
        extra_body, replaced = followed_hint(rejection(client, model, **{name: value}))
        assert replaced == name
        client.chat.completions.create(model=model, messages=HI, extra_body=extra_body)
        assert evolink_server.requests[-1].json() == {"model": model, "messages": HI, **extra_body}
    assert len(evolink_server.requests) == 2


def test_the_unknown_model_hint_works_when_followed(make_evolink: MakeEvolink, evolink_server: FakeServer) -> None:
    client = make_evolink(max_retries=0, strict_models=True)
    message = rejection(client, "gemini-0-unreleased")
    match = re.search(r"model=('[^']*'), extra_body=(\{.*\})\.", message)
    assert match, message
    client.chat.completions.create(
        model=ast.literal_eval(match.group(1)), messages=HI, extra_body=ast.literal_eval(match.group(2))
    )
    assert evolink_server.requests[0].json() == {"model": "gemini-0-unreleased", "messages": HI}


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf], ids=repr)
def test_no_extra_body_hint_for_a_number_json_cannot_carry(
    bad: float, make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    client = make_evolink(max_retries=0)
    param = next(param for params in request_params().values() for param in params.values() if "number" in param.kinds)
    message = rejection(client, param.model, **{param.python_name: bad})
    assert "pass extra_body" not in message and "cannot be sent at all" in message, message
    with pytest.raises(InvalidParameterError, match="JSON cannot carry"):  # what following such a hint would do
        client.chat.completions.create(model=param.model, messages=HI, extra_body={param.wire_name: bad})
    model, lacking = lacking_params()[0]
    assert "pass extra_body" not in rejection(client, model, **{lacking.python_name: bad})
    assert "pass extra_body" not in rejection(client, model, **{lacking.python_name: object()})
    assert evolink_server.requests == []


def test_the_client_options_are_exactly_the_settings_of_with_options() -> None:
    settings = set(inspect.signature(Evolink.with_options).parameters) - {"self", "timeout"}
    assert settings == set(CLIENT_OPTIONS)
    assert settings == set(inspect.signature(Evolink).parameters) - {"timeout"}


@pytest.mark.parametrize("name", sorted(CLIENT_OPTIONS))
def test_a_client_setting_passed_to_create_points_to_with_options(
    name: str, make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    client = make_evolink(max_retries=0)
    value = {"api_key": "sk-SECRET-in-create", "max_retries": 5}.get(name, "x")
    message = rejection(client, MODELS[0], **{name: value})
    assert f"client.with_options({name}=...).chat.completions.create(...)" in message
    assert "extra_body" not in message and "sk-SECRET" not in message
    assert evolink_server.requests == []


def test_the_with_options_hint_works_when_followed(make_evolink: MakeEvolink, evolink_server: FakeServer) -> None:
    client = make_evolink(max_retries=0)
    assert "client.with_options(max_retries=...)" in rejection(client, MODELS[0], max_retries=3)
    assert client.with_options(max_retries=3).chat.completions.create(model=MODELS[0], messages=HI).model == MODELS[0]


# --- per-call options checked before sending -----------------------------------------------------------------------


@pytest.mark.parametrize("setting", ["extra_body", "extra_headers", "extra_query"])
def test_per_call_options_that_are_not_mappings_fail_at_once_on_every_path(
    setting: str, make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    client = make_evolink(max_retries=0)
    bad: dict[str, Any] = {setting: [("top_k", 3)]}
    calls: list[Callable[[], object]] = [
        lambda: client.chat.completions.create(model=MODELS[0], messages=HI, **bad),
        lambda: client.chat.completions.create(model=MODELS[0], messages=HI, stream=True, **bad),
        lambda: client.chat.completions.with_raw_response.create(model=MODELS[0], messages=HI, **bad),
    ]
    for call in calls:
        with pytest.raises(InvalidParameterError, match=f"{setting} must be a dict"):
            call()

    async def main() -> None:
        async with AsyncEvolink(api_key=API_KEY, base_url=evolink_server.url) as aclient:
            with pytest.raises(InvalidParameterError, match=f"{setting} must be a dict"):
                await aclient.chat.completions.create(model=MODELS[0], messages=HI, **bad)

    asyncio.run(main())
    assert evolink_server.requests == []


# --- closed clients ------------------------------------------------------------------------------------------------


def test_a_closed_client_raises_client_closed_error(drive: Drive, evolink_server: FakeServer) -> None:
    with drive.entered(drive.real_client()) as client:
        drive.run(client.chat.completions.create(model=MODELS[0], messages=HI))
    never_used = drive.real_client()
    drive.run(never_used.close())
    copy = drive.real_client().with_options(max_retries=0)
    drive.run(copy.close())
    theirs_pool = httpx.AsyncClient() if drive.is_async else httpx.Client()
    theirs = drive.real_client(http_client=theirs_pool)  # a pool the caller made, and then closed
    if isinstance(theirs_pool, httpx.AsyncClient):
        drive.run(theirs_pool.aclose())
    else:
        theirs_pool.close()
    for closed in (client, never_used, copy, theirs):
        for stream in (False, True):
            with pytest.raises(ClientClosedError, match="closed") as caught:
                drive.run(closed.chat.completions.create(model=MODELS[0], messages=HI, stream=stream))
            assert isinstance(caught.value, EvolinkError) and not isinstance(caught.value, RuntimeError)
        with pytest.raises(ClientClosedError):
            closed.with_options(max_retries=1)
    assert len(evolink_server.requests) == 1


# --- base URLs with the endpoint's leading path --------------------------------------------------------------------


@pytest.mark.parametrize("proxy", ["", "/evolink"])
@pytest.mark.parametrize("slash", ["", "/"])
def test_a_base_url_ending_with_the_api_version_never_doubles_it(
    proxy: str, slash: str, evolink_server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="evolink")
    path = next(iter(load_document()["paths"]))  # the first endpoint's: chat completions
    version = "/" + path.strip("/").split("/")[0]  # /v1: what OpenAI users put at the end of base_url
    with Evolink(api_key=API_KEY, base_url=evolink_server.url + proxy + version + slash) as client:
        client.chat.completions.create(model=MODELS[0], messages=HI)
    assert evolink_server.requests[0].path == proxy + path
    assert [record.levelno for record in caplog.records] == [logging.INFO]


# --- a model chosen at run time ------------------------------------------------------------------------------------


def _atoms(hint: object) -> set[object]:
    """A type hint flattened into its union members, with each ``Literal`` split into its values."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return {atom for member in typing.get_args(hint) for atom in _atoms(member)}
    if origin is typing.Literal:
        return {("literal", value) for value in typing.get_args(hint)}
    if origin in (typing.Required, typing.NotRequired):
        return _atoms(typing.get_args(hint)[0])
    return {hint}


def test_any_model_params_holds_what_every_model_takes_typed_with_the_union_of_their_types() -> None:
    any_model = typing.get_type_hints(evolink.types.AnyModelParams, include_extras=True)
    per_model = {
        model: typing.get_type_hints(
            getattr(evolink.types, name.removesuffix("Request") + "Params"), include_extras=True
        )
        for model, name in request_schema_names().items()
    }
    every = set.intersection(*(set(hints) for hints in per_model.values()))
    assert set(any_model) == every
    assert {name for hints in per_model.values() for name in hints} - every, "some parameter only some models take"
    for name, hint in any_model.items():
        takers = [hints[name] for hints in per_model.values()]
        assert _atoms(hint) == {atom for taken in takers for atom in _atoms(taken)}, name
        every_model_requires = all(typing.get_origin(taken) is typing.Required for taken in takers)
        assert (typing.get_origin(hint) is typing.Required) == every_model_requires, name


@pytest.mark.parametrize("chosen", MODELS)
def test_a_model_chosen_at_run_time_is_checked_against_its_own_rules(
    chosen: str, make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    client = make_evolink(max_retries=0)
    model: str = chosen  # a str, as read from configuration: the `model: str` overloads apply
    params = request_params()[model]
    name = next(name for name in params if name not in ("messages", "stream"))
    valid: dict[str, Any] = {name: valid_value(params[name])}  # Any: a value of whichever parameter was picked
    completion = client.chat.completions.create(model=model, messages=HI, **valid)
    assert completion.model == model
    lacking = [param for other, param in lacking_params() if other == model]
    if lacking:
        with pytest.raises(InvalidParameterError, match=lacking[0].python_name):
            client.chat.completions.create(model=model, messages=HI, **{lacking[0].python_name: cast(Any, 1)})
    assert len(evolink_server.requests) == 1
