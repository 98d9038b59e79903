"""When a stream lets go of its connection: at ``[DONE]`` (even with the body held open), when a 2xx is no event
stream at all, and when the caller abandons it (``break`` without ``with``, with the cyclic GC off)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
from collections.abc import Callable, Iterator

import httpx
import pytest
from evolink import _exceptions as errors
from evolink._async_streaming import AsyncStream
from evolink._base_client import Call
from evolink._streaming import NOT_A_STREAM_LIMIT
from evolink._sync_streaming import Stream

from tests.support.fake_server import DONE, STARTUP_TIMEOUT, FakeServer, Reply, StreamReply, sse_event
from tests.support.raw_server import HoldOpen, RawServer
from tests.support.sdk_clients import API_KEY, PATH, AsyncClient, Chunk, Client, Completion

STREAM_BODY = {"model": "m", "stream": True}
EVENTS = sse_event({"id": "c", "delta": "a"}) + sse_event({"id": "c", "delta": "b"}) + DONE
LONG_STREAM = StreamReply([sse_event({"id": "c", "delta": str(n)}) for n in range(20)] + [DONE])
ABANDONED = 100
POOL = 4


def open_stream(client: Client) -> Stream[Chunk]:
    return client._call(Call(PATH, STREAM_BODY, Completion, Chunk), stream=True)


async def aopen_stream(client: AsyncClient) -> AsyncStream[Chunk]:
    return await client._call(Call(PATH, STREAM_BODY, Completion, Chunk), stream=True)


def small_pool_options() -> dict[str, object]:
    """Client keywords for a small pool that fails fast (pool timeout, no retries) instead of hanging."""
    return {"timeout": httpx.Timeout(STARTUP_TIMEOUT, pool=0.5), "max_retries": 0}


@pytest.fixture
def small_pool(server: FakeServer, make_client: Callable[..., Client]) -> Iterator[Callable[[int], Client]]:
    """Build a client on a pool of ``size`` connections (see ``small_pool_options``); pools closed after the test."""
    pools: list[httpx.Client] = []

    def make(size: int) -> Client:
        pools.append(httpx.Client(limits=httpx.Limits(max_connections=size)))
        return make_client(http_client=pools[-1], **small_pool_options())

    yield make
    for pool in pools:
        pool.close()


@pytest.fixture
def cyclic_gc_off() -> Iterator[None]:
    """Only reference counting frees objects during the test."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@pytest.fixture
def held(raw_server: RawServer) -> Iterator[HoldOpen]:
    """A raw server answering ``EVENTS`` then holding the body open; released after the test."""
    hold = HoldOpen(EVENTS)
    raw_server.push(hold)
    yield hold
    hold.release.set()


# --- item 9: [DONE] ends the stream at once -----------------------------------------------------------------------


def test_done_ends_iteration_and_closes_while_the_server_holds_the_body_open(
    raw_server: RawServer, held: HoldOpen
) -> None:
    with Client(api_key=API_KEY, base_url=raw_server.url, timeout=STARTUP_TIMEOUT * 3) as client:
        stream = open_stream(client)
        assert [chunk.delta for chunk in stream] == ["a", "b"]
        assert stream.response.is_closed
        assert held.client_closed.wait(STARTUP_TIMEOUT), "the server never saw the client close the connection"


def test_async_done_ends_iteration_and_closes_while_the_server_holds_the_body_open(
    raw_server: RawServer, held: HoldOpen
) -> None:
    async def main() -> tuple[list[str], bool]:
        async with AsyncClient(api_key=API_KEY, base_url=raw_server.url, timeout=STARTUP_TIMEOUT * 3) as client:
            stream = await aopen_stream(client)
            received = [chunk.delta async for chunk in stream]
            return received, stream.response.is_closed

    assert asyncio.run(main()) == (["a", "b"], True)
    assert held.client_closed.wait(STARTUP_TIMEOUT), "the server never saw the client close the connection"


# --- item 12: a 2xx that is not an event stream -------------------------------------------------------------------

NOT_STREAMS = {
    "json-error-429": (Reply(body={"error": {"message": "slow down", "code": 429}}), errors.RateLimitError),
    "json-error-text-code": (Reply(body={"error": {"message": "upstream", "code": "bad"}}), errors.InternalServerError),
    "json-completion": (Reply(body={"id": "cmpl-1", "text": "whole"}), errors.APIResponseValidationError),
    "html": (
        Reply(content=b"<html><body>Gateway login</body></html>", headers={"content-type": "text/html"}),
        errors.APIResponseValidationError,
    ),
    "no-content-type": (
        Reply(content=b"data: {}\n\n", headers={"content-type": ""}),
        errors.APIResponseValidationError,
    ),
}


@pytest.mark.parametrize(("reply", "error"), NOT_STREAMS.values(), ids=NOT_STREAMS.keys())
def test_a_2xx_that_is_not_an_event_stream_raises_once_with_its_body(
    server: FakeServer, small_pool: Callable[[int], Client], reply: Reply, error: type[errors.APIError]
) -> None:
    server.push(reply)
    client = small_pool(1)
    with pytest.raises(error) as caught:
        open_stream(client)
    assert len(server.requests) == 1
    assert client.sleeps == []
    expected_body = reply.body if reply.content is None else reply.content.decode()
    assert caught.value.body == expected_body
    assert caught.value.response.is_closed  # type: ignore[attr-defined]
    if error is errors.APIResponseValidationError:
        assert "text/event-stream" in caught.value.message
    assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"  # the one connection is free


def test_a_huge_body_that_is_not_an_event_stream_is_read_only_up_to_the_limit(
    server: FakeServer, small_pool: Callable[[int], Client]
) -> None:
    server.push(Reply(content=b"x" * (NOT_A_STREAM_LIMIT * 3), headers={"content-type": "text/plain"}))
    client = small_pool(1)
    with pytest.raises(errors.APIResponseValidationError) as caught:
        open_stream(client)
    assert caught.value.body == "x" * NOT_A_STREAM_LIMIT
    assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"


def test_async_a_2xx_that_is_not_an_event_stream_raises_once_with_its_body(server: FakeServer) -> None:
    error_body = {"error": {"message": "no quota", "code": "403"}}
    server.push(Reply(body=error_body), Reply(content=b"<p>hi</p>", headers={"content-type": "text/html"}))

    async def main() -> tuple[errors.APIError, errors.APIError, Completion]:
        pool = httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
        async with (
            pool,
            AsyncClient(api_key=API_KEY, base_url=server.url, http_client=pool, **small_pool_options()) as client,
        ):
            with pytest.raises(errors.PermissionDeniedError) as denied:
                await aopen_stream(client)
            with pytest.raises(errors.APIResponseValidationError) as html:
                await aopen_stream(client)
            return denied.value, html.value, await client._call(Call(PATH, {}, Completion))

    denied, html, completion = asyncio.run(main())
    assert (denied.body, html.body, completion.id) == (error_body, "<p>hi</p>", "cmpl-default")
    assert "'text/html'" in html.message
    assert len(server.requests) == 3


# --- item 13: abandoned streams release their connections by reference counting alone ---------------------------


@pytest.mark.usefixtures("cyclic_gc_off")
@pytest.mark.parametrize("read", [1, 0], ids=["one-chunk-then-break", "never-iterated"])
def test_abandoned_streams_release_their_connections(
    server: FakeServer, small_pool: Callable[[int], Client], read: int
) -> None:
    server.push(*[LONG_STREAM] * ABANDONED)
    client = small_pool(POOL)
    for _ in range(ABANDONED):
        stream = open_stream(client)
        for _chunk in stream if read else ():
            break
        del stream
    assert server.pending == 0
    assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"


@pytest.mark.usefixtures("cyclic_gc_off")
@pytest.mark.parametrize("read", [1, 0], ids=["one-chunk-then-break", "never-iterated"])
def test_async_abandoned_streams_release_their_connections(server: FakeServer, read: int) -> None:
    server.push(*[LONG_STREAM] * ABANDONED)

    async def main() -> Completion:
        pool = httpx.AsyncClient(limits=httpx.Limits(max_connections=POOL))
        async with (
            pool,
            AsyncClient(api_key=API_KEY, base_url=server.url, http_client=pool, **small_pool_options()) as client,
        ):
            for _ in range(ABANDONED):
                stream = await aopen_stream(client)
                if read:
                    async for _chunk in stream:
                        break
                del stream
            return await client._call(Call(PATH, {}, Completion))

    assert asyncio.run(main()).id == "cmpl-default"
    assert server.pending == 0


@pytest.mark.usefixtures("cyclic_gc_off")
@pytest.mark.parametrize("leave", ["break", "raise"])
def test_streams_left_inside_with_close(server: FakeServer, small_pool: Callable[[int], Client], leave: str) -> None:
    server.push(*[LONG_STREAM] * ABANDONED)
    client = small_pool(POOL)
    for _ in range(ABANDONED):
        with pytest.raises(KeyError) if leave == "raise" else contextlib.nullcontext(), open_stream(client) as stream:
            for _chunk in stream:
                if leave == "raise":
                    raise KeyError(leave)
                break
        assert stream.response.is_closed
    assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"
