"""Tolerant responses, as openai-python's: fields the server adds are kept, fields callers can live without may be
missing, and only a body the SDK cannot use raises ``APIResponseValidationError`` (with ``body`` and ``request_id``)."""

from __future__ import annotations

import json
from typing import Any

import evolink.types._models as generated_models
import pydantic
import pytest
from evolink import APIResponseValidationError
from evolink.types import ChatCompletion, ChatCompletionChunk

from generator.emit.sdk_view import response_schema_names
from generator.load.loader import load_spec
from tests.support.evolink_bodies import chunk_body, completion_body
from tests.support.fake_server import DONE, FakeServer, Reply, StreamReply, sse_event
from tests.support.openapi_params import load_document, models, request_schema_names
from tests.support.paths import ROOT
from tests.support.sdk_clients import HI
from tests.support.sync_async import Drive

MODEL = models()[0]
RESPONSE = load_document()["components"]["schemas"]["ChatCompletion"]
OPTIONAL = ("object", "created")  # what the spec says callers can live without


def with_extras(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` with fields the schemas do not list, at the top, in the choice, its message or delta, and usage."""
    body = json.loads(json.dumps(body))
    body["system_fingerprint"] = "fp_1"
    choice = body["choices"][0]
    choice["native_finish_reason"] = "STOP"
    (choice.get("message") or choice["delta"])["reasoning_content"] = "thought"
    if body.get("usage"):
        body["usage"]["cost"] = {"credits": 0.5}
        body["usage"]["completion_tokens_details"]["thoughts_tokens"] = 7
    return body


def without(body: dict[str, Any], *names: str) -> dict[str, Any]:
    """``body`` without the given top-level fields."""
    return {key: value for key, value in body.items() if key not in names}


def extra(model: pydantic.BaseModel, name: str) -> object:
    """The field ``name`` that ``model``'s schema does not declare: kept in ``model_extra`` and read as an attribute."""
    assert model.model_extra is not None and name in model.model_extra, f"{name} not kept"
    value = getattr(model, name)
    assert value == model.model_extra[name]
    return value


def assert_extras_kept(result: ChatCompletion | ChatCompletionChunk) -> None:
    """The added fields are attributes and part of ``model_dump()``, at every level."""
    dumped = result.model_dump()
    assert extra(result, "system_fingerprint") == dumped["system_fingerprint"] == "fp_1"
    choice = result.choices[0]
    assert extra(choice, "native_finish_reason") == "STOP"
    inner = choice.message if isinstance(choice, generated_models.Choice) else choice.delta
    assert extra(inner, "reasoning_content") == "thought"
    assert "reasoning_content" in json.dumps(dumped["choices"][0])
    if result.usage is not None:
        assert extra(result.usage, "cost") == {"credits": 0.5}
        assert dumped["usage"]["completion_tokens_details"]["thoughts_tokens"] == 7


def test_the_spec_lists_object_and_created_as_optional() -> None:
    for name in ("ChatCompletion", "ChatCompletionChunk"):
        schema = load_document()["components"]["schemas"][name]
        assert not set(OPTIONAL) & set(schema["required"]), name
        assert set(OPTIONAL) <= set(schema["properties"]), name


def test_response_models_keep_unknown_fields_and_request_models_stay_closed() -> None:
    spec = load_spec(ROOT / "spec").spec
    assert spec is not None
    for name in response_schema_names(spec):
        model = getattr(generated_models, name)
        if issubclass(model, pydantic.RootModel):
            continue
        assert model.model_config.get("extra") == "allow", name
    for name in request_schema_names().values():
        assert getattr(generated_models, name).model_config.get("extra") == "forbid", name


def test_extra_fields_are_kept_and_missing_optional_ones_are_none(drive: Drive, evolink_server: FakeServer) -> None:
    full = with_extras(completion_body(MODEL))
    evolink_server.push(Reply(body=full), Reply(body=without(full, *OPTIONAL)))
    client = drive.client(max_retries=0)
    first = drive.run(client.chat.completions.create(model=MODEL, messages=HI))
    assert_extras_kept(first)
    assert (first.object, first.created) == ("chat.completion", full["created"])
    assert first.model_dump(exclude_unset=True) == full  # nothing lost, nothing added
    second = drive.run(client.chat.completions.create(model=MODEL, messages=HI))
    assert_extras_kept(second)
    assert (second.object, second.created) == (None, None)
    assert second.choices[0].message.content == full["choices"][0]["message"]["content"]


def test_raw_responses_parse_tolerantly_too(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(body=without(with_extras(completion_body(MODEL)), *OPTIONAL)))
    raw = drive.run(drive.client().chat.completions.with_raw_response.create(model=MODEL, messages=HI))
    parsed = raw.parse()
    assert_extras_kept(parsed)
    assert parsed.object is None


def stream_with_extras() -> StreamReply:
    """A stream whose chunks carry extra fields; the second lacks ``object`` and ``created``."""
    first = with_extras(chunk_body("Hel", model=MODEL, role="assistant"))
    second = without(with_extras(chunk_body("lo", model=MODEL, finish_reason="stop")), *OPTIONAL)
    return StreamReply((sse_event(first), sse_event(second), DONE))


def test_stream_chunks_are_tolerant(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(stream_with_extras())
    chunks = drive.chunks(drive.run(drive.client().chat.completions.create(model=MODEL, messages=HI, stream=True)))
    assert [chunk.choices[0].delta.content for chunk in chunks] == ["Hel", "lo"]
    for chunk in chunks:
        assert_extras_kept(chunk)
    assert (chunks[0].object, chunks[1].object, chunks[1].created) == ("chat.completion.chunk", None, None)


@pytest.mark.parametrize(
    ("content", "body"),
    [
        (b"<html>bad gateway</html>", "<html>bad gateway</html>"),
        (b'{"id": "x", "choices": ', '{"id": "x", "choices": '),
        (json.dumps(without(completion_body(MODEL), "choices")).encode(), without(completion_body(MODEL), "choices")),
        (json.dumps({**completion_body(MODEL), "created": "yesterday"}).encode(), None),
    ],
    ids=["not json", "cut json", "no choices", "created of the wrong type"],
)
def test_a_body_the_sdk_cannot_use_raises_validation_error_with_body_and_request_id(
    content: bytes, body: object, drive: Drive, evolink_server: FakeServer
) -> None:
    evolink_server.push(Reply(content=content, headers={"x-request-id": "req-bad-body"}))
    with pytest.raises(APIResponseValidationError) as caught:
        drive.run(drive.client(max_retries=0).chat.completions.create(model=MODEL, messages=HI))
    error = caught.value
    assert (error.request_id, error.status_code) == ("req-bad-body", 200)
    assert error.body == (body if body is not None else json.loads(content))
    assert len(evolink_server.requests) == 1  # never retried: the call was answered (and billed)


def test_an_unusable_stream_chunk_raises_validation_error_with_the_request_id(
    drive: Drive, evolink_server: FakeServer
) -> None:
    evolink_server.push(StreamReply((sse_event({"id": "c", "choices": "none"}), DONE), headers={"x-request-id": "r-9"}))
    stream = drive.run(drive.client().chat.completions.create(model=MODEL, messages=HI, stream=True))
    with pytest.raises(APIResponseValidationError) as caught:
        drive.chunks(stream)
    assert caught.value.request_id == "r-9"
