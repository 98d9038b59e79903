"""``AsyncEvolink`` on the main cases; each test drives its own event loop with ``asyncio.run``."""

from __future__ import annotations

import asyncio
import random

import evolink
import pytest
from evolink import (
    APIConnectionError,
    APIResponse,
    APITimeoutError,
    AsyncEvolink,
    AsyncStream,
    BadRequestError,
    InternalServerError,
    InvalidParameterError,
    RateLimitError,
)
from evolink.types import ChatCompletion, ChatCompletionChunk

from tests.support.evolink_bodies import chunk_event, completion_body, evolink_stream, usage_body
from tests.support.fake_server import DONE, FakeServer, Reply, StreamReply, sse_event
from tests.support.openapi_params import lacking_params, out_of_range_values, request_params, valid_value
from tests.support.raw_server import RESET, RawServer
from tests.support.sdk_clients import API_KEY, HI, RecordingAsyncEvolink

MODEL = "gemini-2.5-flash-lite"
OUT_OF_RANGE = [
    (param, value)
    for params in request_params().values()
    for param in params.values()
    for value in out_of_range_values(param)
    if param.is_numeric
]
ERROR = {"error": {"message": "overloaded", "type": "server_error", "code": "overloaded", "param": None}}


def make(base_url: str, **kwargs: object) -> RecordingAsyncEvolink:
    """An async client that records retry waits, aimed at ``base_url``."""
    return RecordingAsyncEvolink(api_key=API_KEY, base_url=base_url, **kwargs)


async def collect(stream: AsyncStream[ChatCompletionChunk]) -> list[str | None]:
    """Every chunk's first delta content, inside the stream's ``async with``."""
    async with stream:
        return [chunk.choices[0].delta.content async for chunk in stream]


def test_create_parses_the_completion_and_sends_what_was_passed(evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(body=completion_body(MODEL, "非同期", usage=usage_body(3, 4, 2))))

    async def main() -> ChatCompletion:
        async with make(evolink_server.url) as client:
            return await client.chat.completions.create(
                model=MODEL,
                messages=HI,
                temperature=0,
                gemini_extensions={"google": {}},
                extra_headers={"X-Trace-Id": "a-1"},
                extra_query={"q": "1"},
                extra_body={"custom": True},
            )

    completion = asyncio.run(main())
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "非同期"
    assert completion.usage is not None and completion.usage.completion_tokens_details is not None
    assert completion.usage.completion_tokens_details.reasoning_tokens == 2
    seen = evolink_server.requests[0]
    assert seen.json() == {
        "model": MODEL,
        "messages": HI,
        "temperature": 0,
        "extra_body": {"google": {}},
        "custom": True,
    }
    assert (seen.query, seen.headers["x-trace-id"]) == ("q=1", "a-1")
    assert seen.headers["authorization"] == f"Bearer {API_KEY}"
    assert evolink.__version__ in seen.headers["user-agent"]


def test_429_then_success_and_503_until_retries_are_spent(evolink_server: FakeServer) -> None:
    evolink_server.push(
        Reply(429, ERROR, headers={"Retry-After": "2"}), Reply(body=completion_body(MODEL)), *[Reply(503, ERROR)] * 4
    )

    async def main() -> list[float]:
        async with make(evolink_server.url, max_retries=2) as client:
            await client.chat.completions.create(model=MODEL, messages=HI)
            with pytest.raises(InternalServerError, match="overloaded") as caught:
                await client.chat.completions.create(model=MODEL, messages=HI)
            assert (caught.value.status_code, caught.value.body) == (503, ERROR)
            assert caught.value.request_id == "req-json"
            return client.sleeps

    sleeps = asyncio.run(main())
    assert len(evolink_server.requests) == 2 + 3
    assert sleeps[0] == 2.0
    assert len(sleeps) == 1 + 2


def test_400_is_not_retried(evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(400, {"error": {"message": "bad messages"}}))

    async def main() -> None:
        async with make(evolink_server.url) as client:
            await client.chat.completions.create(model=MODEL, messages=HI)

    with pytest.raises(BadRequestError, match="bad messages"):
        asyncio.run(main())
    assert len(evolink_server.requests) == 1


def test_resets_are_retried_then_raise_api_connection_error(raw_server: RawServer) -> None:
    raw_server.push(RESET, RESET)

    async def main() -> None:
        async with make(raw_server.url, max_retries=1) as client:
            await client.chat.completions.create(model=MODEL, messages=HI)

    with pytest.raises(APIConnectionError):
        asyncio.run(main())
    assert raw_server.connections == 2


def test_a_slow_response_raises_api_timeout_error(evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(body=completion_body(MODEL), delay=2.0))

    async def main() -> None:
        async with make(evolink_server.url, max_retries=0) as client:
            await client.chat.completions.create(model=MODEL, messages=HI, timeout=0.2)

    with pytest.raises(APITimeoutError):
        asyncio.run(main())
    assert len(evolink_server.requests) == 1


def test_failover_from_a_refused_port(evolink_server: FakeServer, refused_url: str) -> None:
    async def main() -> tuple[ChatCompletion, list[float]]:
        async with make(refused_url, fallback_base_urls=[evolink_server.url], max_retries=1) as client:
            return await client.chat.completions.create(model=MODEL, messages=HI), client.sleeps

    completion, sleeps = asyncio.run(main())
    assert completion.model == MODEL
    assert len(evolink_server.requests) == 1
    assert len(sleeps) == 1


def test_a_stream_split_inside_characters_with_keep_alives(evolink_server: FakeServer) -> None:
    texts = ["日本語のテキスト", "한국어 텍스트", "混ぜる 섞다"]
    raw = b": ping\n\n".join(evolink_stream(texts))
    cuts = sorted(random.Random(7).sample(range(1, len(raw)), 60))
    evolink_server.push(StreamReply([raw[a:b] for a, b in zip([0, *cuts], [*cuts, len(raw)], strict=True)]))

    async def main() -> list[str | None]:
        async with make(evolink_server.url) as client:
            return await collect(await client.chat.completions.create(model=MODEL, messages=HI, stream=True))

    assert asyncio.run(main()) == [*texts, None]
    assert evolink_server.requests[0].headers["accept"] == "text/event-stream"


def test_a_stream_cut_mid_event_raises_after_the_whole_events(evolink_server: FakeServer) -> None:
    evolink_server.push(StreamReply([chunk_event("kept", role="assistant"), chunk_event("lost")[:20]], cut=True))
    received: list[str | None] = []

    async def main() -> None:
        async with make(evolink_server.url) as client:
            stream = await client.chat.completions.create(model=MODEL, messages=HI, stream=True)
            async with stream:
                async for chunk in stream:
                    received.append(chunk.choices[0].delta.content)

    with pytest.raises(APIConnectionError):
        asyncio.run(main())
    assert received == ["kept"]
    assert len(evolink_server.requests) == 1


def test_an_error_event_mid_stream_raises_api_status_error(evolink_server: FakeServer) -> None:
    error = {"error": {"message": "rate limited mid-stream", "code": 429}}
    evolink_server.push(StreamReply([chunk_event("x", role="assistant"), sse_event(error), DONE]))

    async def main() -> list[str | None]:
        async with make(evolink_server.url) as client:
            return await collect(await client.chat.completions.create(model=MODEL, messages=HI, stream=True))

    with pytest.raises(RateLimitError, match="rate limited mid-stream"):
        asyncio.run(main())


def test_with_raw_response_plain_and_stream(evolink_server: FakeServer) -> None:
    evolink_server.push(
        Reply(body=completion_body(MODEL, "raw"), headers={"x-request-id": "req-a"}),
        StreamReply(evolink_stream(["s"]), headers={"x-request-id": "req-b"}),
    )

    async def main() -> tuple[APIResponse[ChatCompletion], str | None, list[str | None]]:
        async with make(evolink_server.url) as client:
            raw = await client.chat.completions.with_raw_response.create(model=MODEL, messages=HI)
            raw_stream = await client.chat.completions.with_raw_response.create(model=MODEL, messages=HI, stream=True)
            stream = raw_stream.parse()
            assert isinstance(stream, AsyncStream)
            return raw, raw_stream.request_id, await collect(stream)

    raw, stream_request_id, streamed = asyncio.run(main())
    assert (raw.status_code, raw.request_id, raw.parse().choices[0].message.content) == (200, "req-a", "raw")
    assert (stream_request_id, streamed) == ("req-b", ["s", None])


def test_with_options_and_context_managers_close(evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(503, ERROR))

    async def main() -> AsyncEvolink:
        async with make(evolink_server.url, max_retries=3) as client:
            once = client.with_options(max_retries=0)
            with pytest.raises(InternalServerError):
                await once.chat.completions.create(model=MODEL, messages=HI)
            await once.close()
            assert once.is_closed() and not client.is_closed()  # the copy shares the pool, never closes it
            assert not client._client.is_closed
            return client

    client = asyncio.run(main())
    assert client.is_closed() and client._http_client is not None and client._http_client.is_closed
    assert len(evolink_server.requests) == 1


def test_invalid_parameters_raise_before_anything_is_sent(evolink_server: FakeServer) -> None:
    model, lacking = lacking_params()[0]
    bounded, value = next((param, value) for param, value in OUT_OF_RANGE if param.model == model)

    async def main() -> None:
        async with make(evolink_server.url) as client:
            create = client.chat.completions.create
            with pytest.raises(InvalidParameterError, match=lacking.python_name):
                await create(model=model, messages=HI, **{lacking.python_name: valid_value(lacking)})
            with pytest.raises(InvalidParameterError, match=bounded.python_name):
                await create(model=model, messages=HI, stream=True, **{bounded.python_name: value})
            with pytest.raises(InvalidParameterError, match="messages"):
                await client.chat.completions.with_raw_response.create(model=model, messages=[])

    asyncio.run(main())
    assert evolink_server.requests == []
