"""Streams over real HTTP: chunk parsing, [DONE], errors mid-stream, cuts, split characters, raw responses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from evolink import _exceptions as errors
from evolink._base_client import Call
from evolink._sync_streaming import Stream

from tests.support.fake_server import DONE, FakeServer, Reply, StreamReply, sse_event
from tests.support.sdk_clients import PATH, Chunk, Client, Completion

STREAM_BODY = {"model": "m", "stream": True}


def open_stream(client: Client) -> Stream[Chunk]:
    return client._call(Call(PATH, STREAM_BODY, Completion, Chunk), stream=True)


def test_default_stream(make_client: Callable[..., Client], server: FakeServer) -> None:
    with open_stream(make_client()) as stream:
        assert [chunk.delta for chunk in stream] == ["hel", "lo"]
    assert stream.response.is_closed
    assert server.requests[0].headers["accept"] == "text/event-stream"
    assert server.requests[0].json() == STREAM_BODY


def test_japanese_and_korean_split_inside_characters(make_client: Callable[..., Client], server: FakeServer) -> None:
    texts = ["こんにちは、世界", "안녕하세요, 세계", "混在 mixed 한국어"]
    raw = b"".join(sse_event({"id": "c", "delta": text}) for text in texts) + DONE
    chunks = [raw[i : i + 2] for i in range(0, len(raw), 2)]  # every multi-byte character gets split
    server.push(StreamReply(chunks, gap=0.001))
    with open_stream(make_client()) as stream:
        assert [chunk.delta for chunk in stream] == texts


def test_keep_alive_comments_and_crlf(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(
        StreamReply(
            [
                b": keep-alive\r\n\r\n",
                b'data: {"id":"c","delta":"a"}\r\n\r\n:ping\n\n',
                b"event: ping\ndata: {}\n\n",
                DONE,
            ]
        )
    )
    with open_stream(make_client()) as stream:
        assert [chunk.delta for chunk in stream] == ["a"]


def test_error_event_mid_stream(make_client: Callable[..., Client], server: FakeServer) -> None:
    error = {"error": {"message": "quota exceeded", "type": "rate_limit", "code": 429, "param": None}}
    server.push(StreamReply([sse_event({"id": "c", "delta": "x"}), sse_event(error), DONE]))
    received: list[str] = []
    with open_stream(make_client()) as stream, pytest.raises(errors.RateLimitError, match="quota exceeded") as caught:
        received.extend(chunk.delta for chunk in stream)
    assert received == ["x"]
    assert (caught.value.status_code, caught.value.body) == (429, error)
    assert stream.response.is_closed


def test_error_event_type_defaults_to_500(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(StreamReply([sse_event({"id": "c", "delta": "x"}), sse_event("model crashed", event="error")]))
    with open_stream(make_client()) as stream, pytest.raises(errors.InternalServerError, match="model crashed"):
        list(stream)


def test_cut_mid_event_raises_connection_error(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(StreamReply([sse_event({"id": "c", "delta": "a"}), b'data: {"id":"c","del'], cut=True))
    client = make_client()
    received: list[str] = []
    with open_stream(client) as stream, pytest.raises(errors.APIConnectionError):
        received.extend(chunk.delta for chunk in stream)
    assert received == ["a"]
    assert len(server.requests) == 1  # never retried after the first event


def test_eof_without_done_is_not_a_short_success(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(StreamReply([sse_event({"id": "c", "delta": "a"})]))
    with open_stream(make_client()) as stream, pytest.raises(errors.APIConnectionError, match="DONE"):
        list(stream)


def test_retried_before_the_first_event(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(StreamReply([b": keep-alive\n\n", b'data: {"id"'], cut=True), Reply(503), StreamReply())
    client = make_client()
    with open_stream(client) as stream:
        assert [chunk.delta for chunk in stream] == ["hel", "lo"]
    assert len(server.requests) == 3
    assert len(client.sleeps) == 2


def test_status_error_on_a_stream_request(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(401, {"error": {"message": "no such key"}}))
    with pytest.raises(errors.AuthenticationError, match="no such key"):
        open_stream(make_client())


def test_invalid_chunk_raises_validation_error(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(StreamReply([sse_event({"id": "c"}), DONE]))
    with open_stream(make_client()) as stream, pytest.raises(errors.APIResponseValidationError, match="Chunk"):
        next(stream)
    assert stream.response.is_closed


def test_break_inside_with_closes_and_the_pool_survives(make_client: Callable[..., Client], server: FakeServer) -> None:
    client = make_client()
    server.push(StreamReply([sse_event({"id": "c", "delta": str(n)}) for n in range(50)] + [DONE], gap=0.001))
    with open_stream(client) as stream:
        for chunk in stream:
            assert chunk.delta == "0"
            break
    assert stream.response.is_closed
    assert list(stream) == []
    assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"


def test_raw_responses(make_client: Callable[..., Client], server: FakeServer) -> None:
    client = make_client()
    server.push(Reply(headers={"x-request-id": "raw-1"}))
    raw = client._call(Call(PATH, {}, Completion, Chunk), response="raw")
    assert (raw.status_code, raw.request_id, raw.headers["content-type"]) == (200, "raw-1", "application/json")
    assert raw.http_response.is_closed
    parsed = raw.parse()
    assert isinstance(parsed, Completion) and parsed is raw.parse()
    assert parsed.text == "hello"
    raw_stream = client._call(Call(PATH, STREAM_BODY, Completion, Chunk), stream=True, response="raw")
    assert raw_stream.request_id == "req-stream"
    opened = raw_stream.parse()
    assert isinstance(opened, Stream)
    with opened as stream:
        assert [chunk.delta for chunk in stream] == ["hel", "lo"]
