"""The async client on the key cases, each test driving its own event loop with asyncio.run."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest
from evolink import _exceptions as errors
from evolink._base_client import AsyncAPIClient
from evolink._types import RequestOptions

from tests.support.fake_server import DONE, FakeServer, Reply, StreamReply, sse_event
from tests.support.raw_server import RESET, RawServer, http_response
from tests.support.sdk_clients import API_KEY, CONFIG, PATH, AsyncClient, Chunk, Completion


def make(server_url: str, **kwargs: object) -> AsyncClient:
    return AsyncClient(api_key=API_KEY, base_url=server_url, **kwargs)


def test_post_with_options_and_headers(server: FakeServer) -> None:
    async def main() -> Completion:
        async with make(server.url, default_headers={"X-A": "1"}) as client:
            options = RequestOptions(extra_headers={"X-B": "2"}, extra_query={"q": "v"}, extra_body={"k": 1})
            return await client._post(PATH, body={"model": "m"}, options=options, cast_to=Completion)

    assert asyncio.run(main()).id == "cmpl-default"
    seen = server.requests[0]
    assert (seen.query, seen.json(), seen.headers["x-a"], seen.headers["x-b"]) == (
        "q=v",
        {"model": "m", "k": 1},
        "1",
        "2",
    )
    assert seen.headers["authorization"] == f"Bearer {API_KEY}"


def test_429_then_success_and_503_spent(server: FakeServer) -> None:
    server.push(Reply(429, headers={"Retry-After": "1"}), Reply(), *[Reply(503)] * 3)

    async def main() -> list[float]:
        async with make(server.url) as client:
            await client._post(PATH, body={}, cast_to=Completion)
            with pytest.raises(errors.InternalServerError):
                await client._post(PATH, body={}, cast_to=Completion)
            return client.sleeps

    sleeps = asyncio.run(main())
    assert len(server.requests) == 5
    assert sleeps[0] == 1.0
    assert len(sleeps) == 3


def test_400_not_retried(server: FakeServer) -> None:
    server.push(Reply(400, {"error": {"message": "bad"}}))

    async def main() -> None:
        async with make(server.url) as client:
            await client._post(PATH, body={}, cast_to=Completion)

    with pytest.raises(errors.BadRequestError, match="bad"):
        asyncio.run(main())
    assert len(server.requests) == 1


def test_timeout(server: FakeServer) -> None:
    server.push(Reply(delay=2.0))

    async def main() -> None:
        async with make(server.url, timeout=0.2, max_retries=0) as client:
            await client._post(PATH, body={}, cast_to=Completion)

    with pytest.raises(errors.APITimeoutError) as caught:
        asyncio.run(main())
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)


def test_reset_then_success(raw_server: RawServer) -> None:
    raw_server.push(RESET, http_response(200, {"id": "raw", "text": "ok"}))

    async def main() -> Completion:
        async with make(raw_server.url) as client:
            return await client._post(PATH, body={}, cast_to=Completion)

    assert asyncio.run(main()).id == "raw"
    assert raw_server.connections == 2


def test_failover(server: FakeServer, refused_url: str) -> None:
    async def main() -> tuple[Completion, list[float]]:
        async with make(refused_url, fallback_base_urls=[server.url]) as client:
            return await client._post(PATH, body={}, cast_to=Completion), client.sleeps

    completion, sleeps = asyncio.run(main())
    assert completion.id == "cmpl-default"
    assert (len(sleeps), len(server.requests)) == (2, 1)


def test_stream_split_characters_and_comments(server: FakeServer) -> None:
    texts = ["日本語のテキスト", "한국어 텍스트"]
    raw = b": hi\n\n" + b"".join(sse_event({"id": "c", "delta": t}) for t in texts) + DONE
    server.push(StreamReply([raw[i : i + 3] for i in range(0, len(raw), 3)], gap=0.001))

    async def main() -> list[str]:
        async with make(server.url) as client:
            async with await client._post_stream(PATH, body={"stream": True}, chunk_type=Chunk) as stream:
                return [chunk.delta async for chunk in stream]

    assert asyncio.run(main()) == texts
    assert server.requests[0].headers["accept"] == "text/event-stream"


def test_stream_retried_before_first_event_then_cut_after(server: FakeServer) -> None:
    server.push(
        StreamReply([b'data: {"id'], cut=True),
        StreamReply([sse_event({"id": "c", "delta": "a"}), b"data: {"], cut=True),
        StreamReply(),
    )

    async def main() -> list[str]:
        received: list[str] = []
        async with make(server.url) as client:
            stream = await client._post_stream(PATH, body={"stream": True}, chunk_type=Chunk)
            with pytest.raises(errors.APIConnectionError):
                async for chunk in stream:
                    received.append(chunk.delta)
            assert stream.response.is_closed
        return received

    assert asyncio.run(main()) == ["a"]
    assert len(server.requests) == 2
    assert server.pending == 1


def test_stream_error_event(server: FakeServer) -> None:
    server.push(StreamReply([sse_event({"error": {"message": "boom", "code": "503"}}), DONE]))

    async def main() -> None:
        async with make(server.url) as client:
            stream = await client._post_stream(PATH, body={"stream": True}, chunk_type=Chunk)
            async with stream:
                await stream.__anext__()

    with pytest.raises(errors.InternalServerError, match="boom") as caught:
        asyncio.run(main())
    assert caught.value.status_code == 503


def test_raw_and_with_options_share_the_pool(server: FakeServer) -> None:
    async def main() -> None:
        client = make(server.url)
        copy = client.with_options(max_retries=0)
        raw = await copy._post_raw(PATH, body={}, cast_to=Completion)
        assert raw.parse().text == "hello"
        await copy.close()  # closes the copy, not the pool it shares
        with pytest.raises(errors.ClientClosedError):
            await copy._post_raw(PATH, body={}, cast_to=Completion)
        raw_stream = await client._post_stream_raw(PATH, body={"stream": True}, chunk_type=Chunk)
        async with raw_stream.parse() as stream:
            assert [chunk.delta async for chunk in stream] == ["hel", "lo"]
        pool = client._client
        await client.close()
        assert pool.is_closed and client.is_closed()

    asyncio.run(main())


def test_real_sleep_with_retry_after_ms(server: FakeServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="evolink")
    server.push(Reply(503, headers={"retry-after-ms": "50"}), Reply())

    class Sleeper(AsyncAPIClient):
        _config = CONFIG

    async def main() -> Completion:
        async with Sleeper(api_key=API_KEY, base_url=server.url) as client:
            return await client._post(PATH, body={}, cast_to=Completion)

    assert asyncio.run(main()).id == "cmpl-default"
    assert "in 0.050 s" in caplog.text


def test_every_call_on_a_closed_async_client_raises_client_closed_error(server: FakeServer) -> None:
    async def closed_clients() -> list[AsyncClient]:
        used = make(server.url)
        await used._post(PATH, body={}, cast_to=Completion)
        await used.close()
        never = make(server.url)
        await never.close()
        copy = make(server.url).with_options(max_retries=0)
        await copy.close()
        async with httpx.AsyncClient() as mine:
            theirs = AsyncClient(api_key=API_KEY, base_url=server.url, http_client=mine)
        return [used, never, copy, theirs]

    async def main() -> None:
        for client in await closed_clients():
            server.reset()
            with pytest.raises(errors.ClientClosedError, match="closed"):
                await client._post(PATH, body={}, cast_to=Completion)
            with pytest.raises(errors.ClientClosedError, match="closed"):
                await client._post_stream(PATH, body={"stream": True}, chunk_type=Chunk)
            with pytest.raises(errors.ClientClosedError):
                client.with_options(max_retries=1)
            assert server.requests == []

    asyncio.run(main())
