"""``with_streaming_response``: a context manager that sends on entry, yields the unread response, closes on exit."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from evolink import (
    APIConnectionError,
    APIResponse,
    APIResponseValidationError,
    AsyncAPIResponse,
    AsyncStream,
    BadRequestError,
    InternalServerError,
    InvalidParameterError,
    RateLimitError,
    Stream,
)
from evolink.types import ChatCompletion, ChatCompletionChunk

from tests.support.evolink_bodies import completion_body, evolink_stream
from tests.support.fake_server import FakeServer, Reply, StreamReply
from tests.support.sdk_clients import API_KEY, HI, MakeEvolink, RecordingAsyncEvolink

MODEL = "gemini-2.5-flash-lite"
OVERLOADED = {"error": {"message": "overloaded", "type": "server_error", "code": "overloaded", "param": None}}


def json_in_pieces(body: object, request_id: str = "req-json") -> StreamReply:
    """``body`` as JSON written in three pieces, so the client can read it piece by piece."""
    data = json.dumps(body, ensure_ascii=False).encode()
    third = len(data) // 3
    headers = {"content-type": "application/json", "x-request-id": request_id}
    return StreamReply([data[:third], data[third : 2 * third], data[2 * third :]], gap=0.01, headers=headers)


def contents(chunks: list[ChatCompletionChunk]) -> list[str | None]:
    return [chunk.choices[0].delta.content for chunk in chunks]


def test_the_response_is_handed_over_unread_and_parse_reads_and_validates(
    make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    evolink_server.push(json_in_pieces(completion_body(MODEL, "streamed!"), "req-9"))
    with make_evolink().chat.completions.with_streaming_response.create(model=MODEL, messages=HI) as response:
        assert isinstance(response, APIResponse)
        assert (response.status_code, response.request_id) == (200, "req-9")
        assert response.headers["content-type"] == "application/json"
        assert isinstance(response.http_response, httpx.Response)
        assert (response.http_response.is_stream_consumed, response.is_closed) == (False, False)
        completion = response.parse()
        assert isinstance(completion, ChatCompletion)
        assert completion.choices[0].message.content == "streamed!"
        assert response.parse() is completion
        assert response.is_closed  # read to the end: the connection went back to the pool
    assert evolink_server.requests[0].headers["accept"] == "application/json"


def test_read_text_json_and_iter_bytes(make_evolink: MakeEvolink, evolink_server: FakeServer) -> None:
    body = completion_body(MODEL, "こんにちは")
    evolink_server.push(json_in_pieces(body), json_in_pieces(body))
    completions = make_evolink().chat.completions.with_streaming_response
    with completions.create(model=MODEL, messages=HI) as response:
        pieces = list(response.iter_bytes())
    assert len(pieces) >= 2 and json.loads(b"".join(pieces)) == body
    with completions.create(model=MODEL, messages=HI) as response:
        assert json.loads(response.read()) == body
        assert response.json() == body
        assert "こんにちは" in response.text()


def test_a_stream_as_lines_or_parsed_into_the_stream(make_evolink: MakeEvolink, evolink_server: FakeServer) -> None:
    evolink_server.push(StreamReply(evolink_stream(["a", "b"])), StreamReply(evolink_stream(["c"])))
    completions = make_evolink().chat.completions.with_streaming_response
    with completions.create(model=MODEL, messages=HI, stream=True) as response:
        lines = [line for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]" and len(lines) == 4
    with completions.create(model=MODEL, messages=HI, stream=True) as response:
        stream = response.parse()
        assert isinstance(stream, Stream)
        assert contents(list(stream)) == ["c", None]
    assert stream.response.is_closed
    assert {seen.headers["accept"] for seen in evolink_server.requests} == {"text/event-stream"}


def test_nothing_is_sent_before_entering_and_bad_arguments_raise_at_the_call(
    make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    completions = make_evolink().chat.completions.with_streaming_response
    with pytest.raises(InvalidParameterError, match="messages"):
        completions.create(model=MODEL, messages=[])
    manager = completions.create(model=MODEL, messages=HI)
    assert evolink_server.requests == []
    with manager as response:
        assert len(evolink_server.requests) == 1
        assert response.parse().model == MODEL


def test_error_statuses_raise_on_entry_after_retries(make_evolink: MakeEvolink, evolink_server: FakeServer) -> None:
    client = make_evolink()
    completions = client.chat.completions.with_streaming_response
    evolink_server.push(*[Reply(503, OVERLOADED)] * 3, Reply(400, {"error": {"message": "bad model"}}))
    with pytest.raises(InternalServerError, match="overloaded"), completions.create(model=MODEL, messages=HI):
        pytest.fail("entered despite the error")
    assert (len(evolink_server.requests), len(client.sleeps)) == (3, 2)
    with pytest.raises(BadRequestError, match="bad model"), completions.create(model=MODEL, messages=HI, stream=True):
        pytest.fail("entered despite the error")
    assert len(evolink_server.requests) == 4


def test_leaving_the_block_early_closes_and_frees_the_connection(
    make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    long = StreamReply(evolink_stream([str(n) for n in range(200)]), gap=0.001)
    evolink_server.push(long, long)
    with httpx.Client(limits=httpx.Limits(max_connections=1)) as pool:
        client = make_evolink(http_client=pool, timeout=httpx.Timeout(10.0, pool=0.5), max_retries=0)
        completions = client.chat.completions.with_streaming_response
        with completions.create(model=MODEL, messages=HI, stream=True) as response:
            next(response.iter_lines())
        assert response.is_closed
        with pytest.raises(KeyError), completions.create(model=MODEL, messages=HI, stream=True) as response:
            next(iter(response.parse()))
            raise KeyError("left by an exception")
        assert response.is_closed
        assert client.chat.completions.create(model=MODEL, messages=HI).model == MODEL  # the one connection is free


def test_a_body_cut_while_reading_raises_api_connection_error(
    make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    evolink_server.push(StreamReply([b'{"id": "x", '], cut=True, headers={"content-type": "application/json"}))
    with make_evolink().chat.completions.with_streaming_response.create(model=MODEL, messages=HI) as response:
        with pytest.raises(APIConnectionError):
            list(response.iter_bytes())
    assert response.is_closed


def test_parse_of_a_stream_answered_with_json_raises_with_the_body(
    make_evolink: MakeEvolink, evolink_server: FakeServer
) -> None:
    body = completion_body(MODEL, "not streamed")
    evolink_server.push(Reply(body=body))
    completions = make_evolink().chat.completions.with_streaming_response
    with completions.create(model=MODEL, messages=HI, stream=True) as response:
        with pytest.raises(APIResponseValidationError, match="text/event-stream") as caught:
            response.parse()
        assert caught.value.body == body
    assert response.is_closed


def test_async_with_streaming_response(evolink_server: FakeServer) -> None:
    body = completion_body(MODEL, "async!")
    evolink_server.push(
        json_in_pieces(body, "req-a"),
        StreamReply(evolink_stream(["x", "y"])),
        StreamReply(evolink_stream(["z"])),
        json_in_pieces(body),
        Reply(429, {"error": {"message": "slow down"}}, headers={"retry-after": "0"}),
        Reply(429, {"error": {"message": "slow down"}}, headers={"retry-after": "0"}),
    )

    async def main() -> None:
        async with RecordingAsyncEvolink(api_key=API_KEY, base_url=evolink_server.url, max_retries=1) as client:
            completions = client.chat.completions.with_streaming_response
            manager = completions.create(model=MODEL, messages=HI)
            assert evolink_server.requests == []
            async with manager as response:
                assert isinstance(response, AsyncAPIResponse)
                assert (response.status_code, response.request_id, response.is_closed) == (200, "req-a", False)
                completion = await response.parse()
                assert completion.choices[0].message.content == "async!"
            async with completions.create(model=MODEL, messages=HI, stream=True) as lines_response:
                lines = [line async for line in lines_response.iter_lines() if line]
                assert lines[-1] == "data: [DONE]"
            async with completions.create(model=MODEL, messages=HI, stream=True) as streamed:
                stream = await streamed.parse()
                assert isinstance(stream, AsyncStream)
                assert contents([chunk async for chunk in stream]) == ["z", None]
            async with completions.create(model=MODEL, messages=HI) as response:
                assert json.loads(b"".join([piece async for piece in response.iter_bytes()])) == body
            assert response.is_closed
            with pytest.raises(RateLimitError, match="slow down"):
                async with completions.create(model=MODEL, messages=HI):
                    pytest.fail("entered despite the error")

    asyncio.run(main())
    assert len(evolink_server.requests) == 6


def test_the_async_reads_old_aiter_names_still_work_for_one_release_and_warn(evolink_server: FakeServer) -> None:
    """``iter_bytes`` / ``iter_text`` / ``iter_lines`` took openai-python's names; the ``aiter_`` ones are aliases."""
    body = completion_body(MODEL, "old names")
    evolink_server.push(json_in_pieces(body), json_in_pieces(body), StreamReply(evolink_stream(["a", "b"])))

    async def main() -> tuple[bytes, str, list[str]]:
        async with RecordingAsyncEvolink(api_key=API_KEY, base_url=evolink_server.url) as client:
            completions = client.chat.completions.with_streaming_response
            async with completions.create(model=MODEL, messages=HI) as response:
                with pytest.warns(DeprecationWarning, match=r"aiter_bytes\(\) is deprecated.*use iter_bytes\(\)"):
                    pieces = b"".join([piece async for piece in response.aiter_bytes()])
            async with completions.create(model=MODEL, messages=HI) as response:
                with pytest.warns(DeprecationWarning, match=r"aiter_text\(\) is deprecated.*use iter_text\(\)"):
                    text = "".join([piece async for piece in response.aiter_text()])
            async with completions.create(model=MODEL, messages=HI, stream=True) as response:
                with pytest.warns(DeprecationWarning, match=r"aiter_lines\(\) is deprecated.*use iter_lines\(\)"):
                    lines = [line async for line in response.aiter_lines() if line]
            return pieces, text, lines

    pieces, text, lines = asyncio.run(main())
    assert json.loads(pieces) == body and json.loads(text) == body
    assert lines[-1] == "data: [DONE]" and len(lines) == 4
    assert not hasattr(APIResponse, "aiter_lines"), "the sync response never had the old names"
