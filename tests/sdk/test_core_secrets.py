"""The API key never shows up in repr(), str() of errors, or log records (DEBUG, every logger)."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from evolink import _exceptions as errors
from evolink._types import RequestOptions

from .conftest import API_KEY, PATH, Chunk, Client, Completion
from .fake_server import RESET, FakeServer, RawServer, Reply, StreamReply, sse_event


def test_api_key_never_leaks(
    make_client: Callable[..., Client],
    server: FakeServer,
    raw_server: RawServer,
    refused_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)  # root: httpx, httpcore and evolink records all captured
    texts: list[str] = []
    client = make_client()
    texts += [repr(client), str(client), repr(client.with_options(max_retries=1))]

    server.push(Reply(429, headers={"Retry-After": "0"}), Reply(401, {"error": {"message": "Incorrect API key"}}))
    server.push(StreamReply([sse_event({"error": {"message": "mid"}})]), StreamReply([b'data: {"id"'], cut=True))
    server.push(*[StreamReply([b'data: {"id"'], cut=True)] * 2)
    failing: list[Callable[[], object]] = [
        lambda: client._post(PATH, body={}, options=RequestOptions(extra_headers={"X-Key": "x"}), cast_to=Completion),
        lambda: list(client._post_stream(PATH, body={"stream": True}, chunk_type=Chunk)),
        lambda: client._post_stream(PATH, body={"stream": True}, chunk_type=Chunk),
        lambda: make_client(base_url=refused_url)._post(PATH, body={}, cast_to=Completion),
        lambda: make_client(base_url=raw_server.url, max_retries=0)._post(PATH, body={}, cast_to=Completion),
    ]
    raw_server.push(RESET)
    for call in failing:
        with pytest.raises(errors.APIError) as caught:
            call()
        error: BaseException | None = caught.value
        while error is not None:
            texts += [str(error), repr(error)]
            error = error.__cause__ or error.__context__
    with pytest.raises(errors.EvolinkError) as missing:
        Client()
    texts.append(str(missing.value))

    assert len(caplog.records) > 5
    texts += [record.getMessage() for record in caplog.records]
    assert all(API_KEY not in text for text in texts)
    assert all(API_KEY.split("-")[-1] not in text for text in texts)
