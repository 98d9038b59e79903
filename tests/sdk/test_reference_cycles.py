"""A finished call leaves nothing for the cyclic garbage collector: reference counting frees its request, response
and buffers as soon as the caller drops the result (see ``evolink._base_client.release``), through ``Evolink``
and ``AsyncEvolink`` (the ``drive`` fixture), for a parsed result, a raw response, a stream read to its end and a
streaming response.

httpx's client makes each response and its stream refer to each other; left alone, thousands of calls in flight
keep the finished ones alive until a full collection (bench/concurrency.py measures the resident set)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.support.evolink_bodies import evolink_stream
from tests.support.fake_server import FakeServer, StreamReply
from tests.support.sdk_clients import HI
from tests.support.sync_async import Drive

MODEL = "gemini-2.5-flash-lite"
"""Any model id: the SDK sends ids it does not know as they are, and the fake server answers every one."""
HTTP_OBJECTS = (httpx.Request, httpx.Response)


@pytest.fixture
def unreachable() -> Iterator[Callable[[], list[object]]]:
    """A function that collects and returns the httpx requests and responses only the cyclic collector could
    free (what it found since the fixture started)."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:

        def found() -> list[object]:
            gc.collect()
            return [thing for thing in gc.garbage if isinstance(thing, HTTP_OBJECTS)]

        yield found
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def parsed(drive: Drive, client: Any) -> object:
    return drive.run(client.chat.completions.create(model=MODEL, messages=HI))


def raw(drive: Drive, client: Any) -> object:
    response = drive.run(client.chat.completions.with_raw_response.create(model=MODEL, messages=HI))
    return response.parse()


def streamed(drive: Drive, client: Any) -> object:
    stream = drive.run(client.chat.completions.create(model=MODEL, messages=HI, stream=True))
    return drive.chunks(stream)


def unread(drive: Drive, client: Any) -> object:
    with drive.entered(client.chat.completions.with_streaming_response.create(model=MODEL, messages=HI)) as response:
        return drive.run(response.parse())


CALLS = {"parsed": parsed, "raw": raw, "stream": streamed, "streaming response": unread}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
def test_a_finished_call_leaves_no_request_or_response_to_the_cyclic_collector(
    drive: Drive,
    evolink_server: FakeServer,
    unreachable: Callable[[], list[object]],
    call: Callable[[Drive, Any], object],
) -> None:
    client = drive.client()
    if call is streamed:
        evolink_server.push(StreamReply(evolink_stream(["Hel", "lo"])))
    result = call(drive, client)
    assert result  # the call did succeed: a completion, or a stream's chunks
    del result
    assert unreachable() == []
