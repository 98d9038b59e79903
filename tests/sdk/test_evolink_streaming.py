"""Streams over real HTTP: Evolink's chunks, split characters, keep-alives, cuts and error events; each test runs
through ``Evolink`` and ``AsyncEvolink`` (the ``drive`` fixture)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

import pytest
from evolink import APIConnectionError, APIStatusError, AsyncStream, InternalServerError, RateLimitError, Stream
from evolink.types import ChatCompletionChunk

from tests.support.evolink_bodies import chunk_event, evolink_stream, usage_body
from tests.support.fake_server import DONE, FakeServer, StreamReply, sse_event
from tests.support.sdk_clients import HI
from tests.support.sync_async import Drive

MODEL = "gemini-2.5-flash-lite"
CJK_PIECES = ["こんにちは、世界。", "안녕하세요, 세계!", "絵文字 🙂 と 한국어 mixed", "終わり。끝."]


def open_stream(drive: Drive, client: Any, **kwargs: object) -> Any:
    """``create(stream=True)`` for ``MODEL``: a ``Stream`` or an ``AsyncStream``, not read yet."""
    stream = drive.run(client.chat.completions.create(model=MODEL, messages=HI, stream=True, **kwargs))
    assert isinstance(stream, AsyncStream if drive.is_async else Stream)
    return stream


def contents(chunks: Sequence[ChatCompletionChunk]) -> list[str | None]:
    """Each chunk's first delta content."""
    return [chunk.choices[0].delta.content for chunk in chunks]


def split_at(data: bytes, offsets: Sequence[int]) -> list[bytes]:
    """``data`` cut at the given byte offsets."""
    bounds = [0, *sorted(set(offsets)), len(data)]
    return [data[start:end] for start, end in pairwise(bounds) if end > start]


def inside_characters(data: bytes) -> list[int]:
    """The byte offsets that fall inside a multi-byte UTF-8 character (before a continuation byte)."""
    return [index for index in range(1, len(data)) if data[index] & 0xC0 == 0x80]


def is_utf8(data: bytes) -> bool:
    """Whether ``data`` decodes as UTF-8 on its own."""
    try:
        data.decode()
    except UnicodeDecodeError:
        return False
    return True


def test_a_stream_yields_typed_chunks_and_the_final_usage(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(StreamReply(evolink_stream(["Hel", "lo"])))
    stream = open_stream(drive, drive.client(), stream_options={"include_usage": True})
    chunks = drive.chunks(stream)
    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert contents(chunks) == ["Hel", "lo", None]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 2
    seen = evolink_server.requests[0]
    assert seen.headers["accept"] == "text/event-stream"
    assert seen.json() == {"model": MODEL, "messages": HI, "stream": True, "stream_options": {"include_usage": True}}
    assert stream.response.is_closed


@pytest.mark.parametrize("seed", range(6))
def test_japanese_and_korean_split_at_random_byte_offsets_are_reassembled_exactly(
    drive: Drive, evolink_server: FakeServer, seed: int
) -> None:
    raw = b"".join(evolink_stream(CJK_PIECES))
    rng = random.Random(seed)
    inner = inside_characters(raw)
    offsets = rng.sample(inner, 40) + rng.sample(range(1, len(raw)), 40)  # half of the cuts inside characters
    pieces = split_at(raw, offsets)
    assert sum(not is_utf8(piece) for piece in pieces) >= 10  # decoding read by read would garble these
    evolink_server.push(StreamReply(pieces, gap=0.001))
    received = contents(drive.chunks(open_stream(drive, drive.client())))
    assert received == [*CJK_PIECES, None]
    assert "".join(text or "" for text in received) == "".join(CJK_PIECES)


def test_a_stream_sent_one_byte_at_a_time_is_reassembled_exactly(drive: Drive, evolink_server: FakeServer) -> None:
    raw = b"".join(evolink_stream(CJK_PIECES[:2]))
    evolink_server.push(StreamReply([raw[i : i + 1] for i in range(len(raw))]))
    assert contents(drive.chunks(open_stream(drive, drive.client()))) == [*CJK_PIECES[:2], None]


def test_keep_alive_comments_are_ignored(drive: Drive, evolink_server: FakeServer) -> None:
    ping = b": ping\n\n"
    chunks = [ping, chunk_event("a", role="assistant"), ping, ping, chunk_event("b"), b": ping\r\n\r\n", DONE]
    evolink_server.push(StreamReply(chunks))
    assert contents(drive.chunks(open_stream(drive, drive.client()))) == ["a", "b"]


def test_a_stream_cut_mid_event_raises_and_never_ends_short_silently(drive: Drive, evolink_server: FakeServer) -> None:
    half = chunk_event("never whole")[:25]
    evolink_server.push(StreamReply([chunk_event("first", role="assistant"), chunk_event("second"), half], cut=True))
    received: list[ChatCompletionChunk] = []
    stream = open_stream(drive, drive.client())
    with pytest.raises(APIConnectionError):
        drive.chunks(stream, into=received)
    assert contents(received) == ["first", "second"]
    assert len(evolink_server.requests) == 1  # events were delivered: never retried
    assert stream.response.is_closed


def test_a_stream_ending_cleanly_without_done_raises(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(StreamReply([chunk_event("only", role="assistant")]))  # a complete body, no [DONE]
    stream = open_stream(drive, drive.client())
    with pytest.raises(APIConnectionError, match=r"\[DONE\]"):
        drive.chunks(stream)


def test_a_stream_cut_before_its_first_event_is_retried(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(
        StreamReply([chunk_event("lost")[:30]], cut=True),
        StreamReply([chunk_event("kept", role="assistant"), chunk_event("cut")[:30]], cut=True),
        StreamReply(evolink_stream(["never asked for"])),
    )
    client = drive.client()
    received: list[ChatCompletionChunk] = []
    stream = open_stream(drive, client)
    with pytest.raises(APIConnectionError):
        drive.chunks(stream, into=received)
    assert contents(received) == ["kept"]
    assert stream.response.is_closed
    assert len(evolink_server.requests) == 2  # retried before the first event, never after it
    assert evolink_server.pending == 1
    assert len(client.sleeps) == 1


def test_an_error_event_mid_stream_raises_api_status_error(drive: Drive, evolink_server: FakeServer) -> None:
    error = {"error": {"message": "quota exceeded mid-stream", "type": "rate_limit_error", "code": 429, "param": None}}
    evolink_server.push(StreamReply([chunk_event("partial", role="assistant"), sse_event(error), DONE]))
    received: list[ChatCompletionChunk] = []
    stream = open_stream(drive, drive.client())
    with pytest.raises(APIStatusError, match="quota exceeded") as caught:
        drive.chunks(stream, into=received)
    assert contents(received) == ["partial"]
    assert isinstance(caught.value, RateLimitError)
    assert (caught.value.status_code, caught.value.body, caught.value.request_id) == (429, error, "req-stream")


@pytest.mark.parametrize(("code", "status"), [("upstream_error", 500), (None, 500), ("503", 503), (502, 502)])
def test_an_error_event_is_a_status_error_of_its_code_else_a_500(
    drive: Drive, evolink_server: FakeServer, code: str | int | None, status: int
) -> None:
    error = {"error": {"message": "upstream failed", "type": "server_error", "code": code}}
    evolink_server.push(StreamReply([chunk_event("x", role="assistant"), sse_event(error, event="error"), DONE]))
    stream = open_stream(drive, drive.client())
    with pytest.raises(InternalServerError, match="upstream failed") as caught:
        drive.chunks(stream)
    assert caught.value.status_code == status


def test_streamed_tool_call_pieces_arrive_in_order(drive: Drive, evolink_server: FakeServer) -> None:
    pieces = [
        {"index": 0, "id": "call_0", "type": "function", "function": {"name": "get_weather", "arguments": '{"ci'}},
        {"index": 0, "function": {"arguments": 'ty": "서울"}'}},
    ]
    events = [chunk_event(None, role="assistant", tool_calls=[piece]) for piece in pieces]
    final = chunk_event(None, finish_reason="tool_calls", usage=usage_body(5, 7, 0))
    evolink_server.push(StreamReply([*events, final, DONE]))
    chunks = drive.chunks(open_stream(drive, drive.client()))
    calls = [call for chunk in chunks for call in chunk.choices[0].delta.tool_calls or []]
    assert "".join(call.function.arguments or "" for call in calls if call.function) == '{"city": "서울"}'
    assert calls[0].function is not None and calls[0].function.name == "get_weather"
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_the_default_evolink_stream_echoes_the_model_asked_for(drive: Drive, evolink_server: FakeServer) -> None:
    stream = drive.run(drive.client().chat.completions.create(model="gemini-3-pro-preview", messages=HI, stream=True))
    chunks = drive.chunks(stream)
    assert {chunk.model for chunk in chunks} == {"gemini-3-pro-preview"}
    assert "".join(text or "" for text in contents(chunks)) == "Hello there"
