"""The client end to end against the fake server, through ``Evolink`` and ``AsyncEvolink`` (the ``drive`` fixture):
what it parses, what the server saw, raw responses, options, closing."""

from __future__ import annotations

import inspect
import json
from urllib.parse import parse_qs

import evolink
import pytest
from evolink import APIResponse, AsyncEvolink, AsyncStream, Evolink, Stream
from evolink.types import ChatCompletion, ChatCompletionChunk

from tests.support.evolink_bodies import completion_body, evolink_stream, logprobs_body, tool_call_body, usage_body
from tests.support.fake_server import FakeServer, Reply, StreamReply
from tests.support.sdk_clients import API_KEY, HI, PATH, model_taking
from tests.support.sync_async import Drive

OVERLOADED = {"error": {"message": "model overloaded", "type": "server_error", "code": "overloaded", "param": None}}


def test_each_run_goes_through_the_client_kind_it_is_named_after(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client()
    assert isinstance(client, AsyncEvolink if drive.mode == "async" else Evolink)
    pending = client.chat.completions.create(model="gemini-2.5-flash-lite", messages=HI)
    assert inspect.iscoroutine(pending) is drive.is_async
    assert drive.run(pending).model == "gemini-2.5-flash-lite"
    assert len(evolink_server.requests) == 1


def test_create_parses_every_part_of_a_real_completion(drive: Drive, evolink_server: FakeServer) -> None:
    body = completion_body(
        "gemini-2.5-flash-lite",
        "東京は晴れ",
        tool_calls=[tool_call_body("get_weather", '{"city": "東京"}')],
        logprobs=logprobs_body(["東京", "は"]),
        finish_reason="tool_calls",
        usage=usage_body(prompt_tokens=21, completion_tokens=40, reasoning_tokens=33),
    )
    evolink_server.push(Reply(body=body))
    completion = drive.run(drive.client().chat.completions.create(model="gemini-2.5-flash-lite", messages=HI))

    assert isinstance(completion, ChatCompletion)
    assert (completion.id, completion.object, completion.created) == (body["id"], "chat.completion", 1760032810)
    choice = completion.choices[0]
    assert (choice.message.role, choice.message.content, choice.finish_reason) == (
        "assistant",
        "東京は晴れ",
        "tool_calls",
    )
    assert choice.message.tool_calls is not None
    call = choice.message.tool_calls[0]
    assert (call.id, call.function.name, json.loads(call.function.arguments)) == (
        "call_0",
        "get_weather",
        {"city": "東京"},
    )
    assert choice.logprobs is not None and choice.logprobs.content is not None
    assert [token.token for token in choice.logprobs.content] == ["東京", "は"]
    assert choice.logprobs.content[0].bytes == list("東京".encode())
    usage = completion.usage
    assert usage is not None and usage.prompt_tokens_details is not None and usage.completion_tokens_details is not None
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (21, 40, 61)
    assert usage.prompt_tokens_details.text_tokens == 21
    assert usage.completion_tokens_details.reasoning_tokens == 33
    assert usage.input_tokens_details is None


def test_the_request_carries_the_bearer_key_user_agent_and_json(drive: Drive, evolink_server: FakeServer) -> None:
    drive.run(drive.client().chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    seen = evolink_server.requests[0]
    assert (seen.method, seen.path, seen.query) == ("POST", PATH, "")
    assert seen.headers["authorization"] == f"Bearer {API_KEY}"
    user_agent = seen.headers["user-agent"]
    assert "evolink" in user_agent and evolink.__version__ in user_agent
    assert seen.headers["content-type"] == "application/json"
    assert seen.headers["accept"] == "application/json"


def test_only_the_parameters_passed_are_sent(drive: Drive, evolink_server: FakeServer) -> None:
    model = model_taking("temperature", "seed")
    drive.run(drive.client().chat.completions.create(model=model, messages=HI, temperature=0.2, seed=7))
    assert evolink_server.requests[0].json() == {"model": model, "messages": HI, "temperature": 0.2, "seed": 7}


def test_the_body_is_compact_utf8_json(drive: Drive, evolink_server: FakeServer) -> None:
    messages = [{"role": "user", "content": "こんにちは 안녕하세요"}]
    drive.run(drive.client().chat.completions.create(model="gemini-2.5-flash", messages=messages))
    raw = evolink_server.requests[0].body
    assert "こんにちは 안녕하세요".encode() in raw  # not \\u-escaped
    assert (
        raw
        == json.dumps(
            {"model": "gemini-2.5-flash", "messages": messages}, separators=(",", ":"), ensure_ascii=False
        ).encode()
    )


def test_gemini_extensions_is_sent_as_the_wire_field_extra_body(drive: Drive, evolink_server: FakeServer) -> None:
    extensions = {"google": {"thinking_config": {"thinking_budget": 0}}}
    model = model_taking("gemini_extensions")
    drive.run(drive.client().chat.completions.create(model=model, messages=HI, gemini_extensions=extensions))
    sent = evolink_server.requests[0].json()
    assert isinstance(sent, dict)
    assert sent["extra_body"] == extensions
    assert "gemini_extensions" not in sent


def test_per_call_extra_body_is_merged_raw_at_the_top_level_and_wins(drive: Drive, evolink_server: FakeServer) -> None:
    model = model_taking("temperature", "gemini_extensions")
    drive.run(
        drive.client().chat.completions.create(
            model=model,
            messages=HI,
            temperature=0.2,
            gemini_extensions={"google": {"a": 1}},
            extra_body={"temperature": 9, "top_k": 0, "vendor_flag": {"x": [1, 2]}},
        )
    )
    assert evolink_server.requests[0].json() == {
        "model": model,
        "messages": HI,
        "temperature": 9,  # the escape hatch is unchecked and its keys win
        "extra_body": {"google": {"a": 1}},
        "top_k": 0,
        "vendor_flag": {"x": [1, 2]},
    }


def test_extra_headers_are_added_and_may_override(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client(default_headers={"X-Team": "search"})
    drive.run(
        client.chat.completions.create(
            model="gemini-3-pro-preview", messages=HI, extra_headers={"X-Trace-Id": "t-1", "X-Team": "ads"}
        )
    )
    drive.run(client.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    first, second = evolink_server.requests
    assert (first.headers["x-trace-id"], first.headers["x-team"]) == ("t-1", "ads")
    assert first.headers["authorization"] == f"Bearer {API_KEY}"
    assert "x-trace-id" not in second.headers  # per call only
    assert second.headers["x-team"] == "search"


def test_extra_query_lands_in_the_url(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client(default_query={"tenant": "t1"})
    drive.run(
        client.chat.completions.create(model="gemini-3-pro-preview", messages=HI, extra_query={"trace": "on", "n": 2})
    )
    seen = evolink_server.requests[0]
    assert seen.path == PATH
    assert parse_qs(seen.query) == {"tenant": ["t1"], "trace": ["on"], "n": ["2"]}


def test_with_raw_response_gives_status_headers_request_id_and_parse(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(body=completion_body("gemini-2.5-flash", "raw!"), headers={"x-request-id": "req-77"}))
    raw = drive.run(drive.client().chat.completions.with_raw_response.create(model="gemini-2.5-flash", messages=HI))
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["content-type"] == "application/json"
    assert raw.request_id == "req-77"
    parsed = raw.parse()
    assert isinstance(parsed, ChatCompletion)
    assert parsed.choices[0].message.content == "raw!"
    assert raw.parse() is parsed  # parsed once


def test_with_raw_response_of_a_stream_parses_into_the_stream(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(StreamReply(evolink_stream(["a", "b"]), headers={"x-request-id": "req-s"}))
    raw = drive.run(
        drive.client().chat.completions.with_raw_response.create(
            model="gemini-2.5-flash-lite", messages=HI, stream=True
        )
    )
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert raw.request_id == "req-s"
    stream = raw.parse()
    assert isinstance(stream, AsyncStream if drive.is_async else Stream)
    chunks = drive.chunks(stream)
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert [chunk.choices[0].delta.content for chunk in chunks] == ["a", "b", None]
    assert evolink_server.requests[0].headers["accept"] == "text/event-stream"


def test_with_options_max_retries_zero_makes_one_attempt_and_leaves_the_original(
    drive: Drive, evolink_server: FakeServer
) -> None:
    client = drive.client(max_retries=2)
    once = client.with_options(max_retries=0)
    assert (once.max_retries, client.max_retries) == (0, 2)
    evolink_server.push(Reply(503, OVERLOADED))
    with pytest.raises(evolink.InternalServerError):
        drive.run(once.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    assert len(evolink_server.requests) == 1
    evolink_server.push(Reply(503, OVERLOADED), Reply(503, OVERLOADED))
    assert (
        drive.run(client.chat.completions.create(model="gemini-3-pro-preview", messages=HI)).model
        == "gemini-3-pro-preview"
    )
    assert len(evolink_server.requests) == 4  # the original still retried: 1 + 3


def test_with_options_merges_headers_and_changes_key_without_touching_the_original(
    drive: Drive, evolink_server: FakeServer
) -> None:
    client = drive.client(default_headers={"X-A": "1"})
    copy = client.with_options(api_key="sk-other", default_headers={"X-B": "2"}, timeout=30.0)
    drive.run(copy.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    drive.run(client.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    from_copy, from_original = evolink_server.requests
    assert (from_copy.headers["authorization"], from_copy.headers["x-a"], from_copy.headers["x-b"]) == (
        "Bearer sk-other",
        "1",
        "2",
    )
    assert from_original.headers["authorization"] == f"Bearer {API_KEY}"
    assert "x-b" not in from_original.headers
    assert (copy.timeout, copy.base_url, copy.max_retries) == (30.0, client.base_url, client.max_retries)


def test_the_client_context_manager_closes_its_pool_but_not_a_shared_one(
    drive: Drive, evolink_server: FakeServer
) -> None:
    with drive.entered(drive.real_client()) as client:
        copy = client.with_options(max_retries=0)
        with drive.entered(copy):
            drive.run(copy.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
        assert copy.is_closed() and not client.is_closed()
        assert not client._client.is_closed  # the copy shares, never closes, the pool
        with pytest.raises(evolink.ClientClosedError, match="closed"):
            drive.run(copy.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
        drive.run(client.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    assert client.is_closed() and client._http_client is not None and client._http_client.is_closed
    assert len(evolink_server.requests) == 2


def test_the_stream_context_manager_closes_the_connection_early(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(StreamReply(evolink_stream(["one", "two", "three"])))
    stream = drive.run(drive.client().chat.completions.create(model="gemini-2.5-flash-lite", messages=HI, stream=True))
    with drive.entered(stream):
        first = drive.next(stream)
    assert first is not None and first.choices[0].delta.content == "one"
    assert stream.response.is_closed
    assert drive.next(stream) is None  # a closed stream yields nothing more


def test_the_api_key_is_not_in_repr_or_errors(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client(max_retries=0)
    evolink_server.push(Reply(401, {"error": {"message": "invalid api key"}}))
    with pytest.raises(evolink.AuthenticationError) as caught:
        drive.run(client.chat.completions.create(model="gemini-3-pro-preview", messages=HI))
    assert caught.value.status_code == 401
    for text in (repr(client), str(caught.value), repr(caught.value)):
        assert API_KEY not in text


def test_the_connection_pool_is_made_on_first_use_and_then_reused(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client()
    assert client._http_client is None, "constructing a client must not build an httpx client (and its SSL context)"
    drive.run(client.close())  # closing an unused client is fine
    client = drive.client()
    drive.run(
        client.chat.completions.create(model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "a"}])
    )
    pool = client._http_client
    assert pool is not None
    drive.run(
        client.chat.completions.create(model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "b"}])
    )
    assert client._http_client is pool
    copy = client.with_options(max_retries=0)
    assert copy._http_client is pool
    drive.run(client.close())
    assert pool.is_closed
