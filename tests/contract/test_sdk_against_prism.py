"""The SDK against Prism serving generated/openapi.yaml: the SDK and the document check each other.

Prism rejects any request that does not conform to the document (422; 401 without the bearer token) and
answers the document's examples, so what the SDK sends must conform and what the document promises must
parse. Every case is derived from the document (``tests.support.openapi_params``).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from evolink import APIResponse, AuthenticationError, Evolink, Stream, UnprocessableEntityError
from evolink.types import ChatCompletion, ChatCompletionChunk

from tests.support.openapi_params import (
    Param,
    all_params,
    full_arguments,
    lacking_params,
    load_document,
    models,
    out_of_range_values,
    request_params,
    valid_value,
    wire_body,
)
from tests.support.sdk_clients import HI

API_KEY = "sk-prism-test"
AUTH = {"Authorization": f"Bearer {API_KEY}"}
PATH = "/v1/chat/completions"
MODELS = models()
PARAMS = request_params()
OUT_OF_RANGE = [(param, value) for param in all_params() if param.is_numeric for value in out_of_range_values(param)]
BOUNDS = [
    (param, bound)
    for param in all_params()
    if param.is_numeric
    for bound in (param.minimum, param.maximum)
    if bound is not None
]
NULLABLE = [param for param in all_params() if param.nullable]
LACKING = lacking_params()


def responses() -> dict[str, Any]:
    """The documented 200 response's content, by media type."""
    operation = load_document()["paths"][PATH]["post"]
    content: dict[str, Any] = operation["responses"]["200"]["content"]
    return content


def example_chunks() -> list[dict[str, Any]]:
    """The chunks of the document's ``text/event-stream`` example, before ``[DONE]``."""
    text = responses()["text/event-stream"]["example"]
    data = [event.removeprefix("data: ") for event in text.split("\n\n") if event.startswith("data: ")]
    assert data[-1] == "[DONE]"
    return [json.loads(item) for item in data[:-1]]


def raw_post(prism_url: str, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    """POST ``body`` to Prism with httpx, bypassing the SDK and its validation."""
    return httpx.post(prism_url + PATH, json=body, headers=AUTH if headers is None else headers, timeout=30)


@pytest.mark.parametrize("model", MODELS)
def test_every_model_accepts_its_full_parameter_set(client: Evolink, model: str) -> None:
    arguments = full_arguments(model)
    assert set(arguments) == set(PARAMS[model]) - {"stream"}
    completion = client.chat.completions.create(model=model, stream=False, **arguments)
    example = responses()["application/json"]["example"]
    assert isinstance(completion, ChatCompletion)
    assert completion.model_dump(mode="json", exclude_unset=True) == example
    assert completion.usage is not None and completion.usage.completion_tokens_details is not None
    assert completion.usage.completion_tokens_details.reasoning_tokens == 1480


@pytest.mark.parametrize("model", MODELS)
def test_every_model_streams_the_documents_example(client: Evolink, model: str) -> None:
    arguments = full_arguments(model)
    with client.chat.completions.create(model=model, stream=True, **arguments) as stream:
        assert isinstance(stream, Stream)
        assert stream.response.headers["content-type"].startswith("text/event-stream")
        assert stream.response.request.headers["accept"] == "text/event-stream"
        chunks = list(stream)
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert [chunk.model_dump(mode="json", exclude_unset=True) for chunk in chunks] == example_chunks()
    texts = [chunk.choices[0].delta.content for chunk in chunks]
    assert "".join(text or "" for text in texts) == "Hello! こんにちは、안녕하세요。"


def create_raw(client: Evolink, model: str, **arguments: object) -> APIResponse[ChatCompletion]:
    """``with_raw_response.create`` with ``messages=HI`` and ``arguments`` picked at run time from the document."""
    create: Any = client.chat.completions.with_raw_response.create  # Any: the keywords are only known at run time
    response: APIResponse[ChatCompletion] = create(model=model, messages=HI, **arguments)
    return response


@pytest.mark.parametrize(("param", "bound"), BOUNDS, ids=[f"{p}={b}" for p, b in BOUNDS])
def test_the_edges_the_sdk_accepts_prism_accepts_too(client: Evolink, param: Param, bound: float) -> None:
    raw = create_raw(client, param.model, **{param.python_name: bound})
    assert raw.status_code == 200
    assert raw.parse().object == "chat.completion"


@pytest.mark.parametrize("param", NULLABLE, ids=str)
def test_the_nulls_the_sdk_sends_prism_accepts(client: Evolink, param: Param) -> None:
    raw = create_raw(client, param.model, **{param.python_name: None})
    assert raw.status_code == 200


@pytest.mark.parametrize("model", MODELS)
def test_a_raw_request_with_every_parameter_is_accepted(prism_url: str, model: str) -> None:
    response = raw_post(prism_url, wire_body(model, full_arguments(model)))
    assert response.status_code == 200, response.text
    assert response.json()["object"] == "chat.completion"


@pytest.mark.parametrize(("param", "value"), OUT_OF_RANGE, ids=[f"{p}={v}" for p, v in OUT_OF_RANGE])
def test_a_raw_request_with_a_value_out_of_range_gets_422(prism_url: str, param: Param, value: float) -> None:
    response = raw_post(prism_url, {"model": param.model, "messages": HI, param.wire_name: value})
    assert response.status_code == 422, response.text


@pytest.mark.parametrize(("model", "param"), LACKING, ids=[f"{m}:{p.python_name}" for m, p in LACKING])
def test_a_raw_request_with_a_parameter_the_model_lacks_gets_422(prism_url: str, model: str, param: Param) -> None:
    response = raw_post(prism_url, {"model": model, "messages": HI, param.wire_name: valid_value(param)})
    assert response.status_code == 422, response.text


def test_a_raw_request_without_the_bearer_token_gets_401(prism_url: str) -> None:
    response = raw_post(prism_url, {"model": MODELS[0], "messages": HI}, headers={})
    assert response.status_code == 401


def test_the_sdk_maps_a_422_to_unprocessable_entity_error(client: Evolink, prism_url: str) -> None:
    with pytest.raises(UnprocessableEntityError) as caught:
        client.chat.completions.create(model="gemini-3-pro-preview", messages=HI, extra_body={"temperature": 5})
    assert caught.value.status_code == 422
    assert isinstance(caught.value.body, dict) and "error" in caught.value.body


def test_nested_values_the_sdk_does_not_check_are_caught_by_the_contract(client: Evolink) -> None:
    bad_messages: list[Any] = [
        [{"role": "robot", "content": "hi"}],
        [{"role": "user", "content": [{"type": "image_url"}]}],
        [{"role": "tool", "content": "42"}],  # no tool_call_id
    ]
    for messages in bad_messages:
        with pytest.raises(UnprocessableEntityError):
            client.chat.completions.create(model="gemini-2.5-flash-lite", messages=messages)
    with pytest.raises(UnprocessableEntityError):
        client.chat.completions.create(
            model="gemini-2.5-flash-lite",
            messages=HI,
            response_format={"type": "json_schema"},  # type: ignore[call-overload]  # deliberately incomplete
        )


def test_the_sdk_maps_a_401_to_authentication_error(client: Evolink) -> None:
    with pytest.raises(AuthenticationError) as caught:
        client.chat.completions.create(model=MODELS[0], messages=HI, extra_headers={"Authorization": "Basic abc"})
    assert caught.value.status_code == 401
