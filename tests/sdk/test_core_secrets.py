"""The API key never shows up in repr(), str() of errors, or log records (DEBUG, every logger); a key or header
value HTTP cannot carry is refused before sending, by a message that never shows it."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from evolink import _exceptions as errors
from evolink._base_client import Call
from evolink._types import RequestOptions

from tests.support.fake_server import FakeServer, Reply, StreamReply, sse_event
from tests.support.raw_server import RESET, RawServer
from tests.support.sdk_clients import API_KEY, CONFIG, PATH, Chunk, Client, Completion


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
        lambda: client._call(Call(PATH, {}, Completion, options=RequestOptions(extra_headers={"X-Key": "x"}))),
        lambda: list(client._call(Call(PATH, {"stream": True}, Completion, Chunk), stream=True)),
        lambda: client._call(Call(PATH, {"stream": True}, Completion, Chunk), stream=True),
        lambda: make_client(base_url=refused_url)._call(Call(PATH, {}, Completion)),
        lambda: make_client(base_url=raw_server.url, max_retries=0)._call(Call(PATH, {}, Completion)),
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


# --- a key or header value HTTP cannot carry is refused before sending, without showing it -------------------------

SENTINEL = "sk-SENTINEL-7d3e91c0b5"
BAD_KEYS = {
    "trailing newline": SENTINEL + "\n",
    "CRLF inside": SENTINEL[:9] + "\r\n" + SENTINEL[9:],
    "NUL": SENTINEL + "\x00",
    "non-ASCII": SENTINEL + "é",
    "trailing space": SENTINEL + " ",
    "tab inside": SENTINEL[:9] + "\t" + SENTINEL[9:],
}
BAD_VALUES = {
    "LF": f"Bearer {SENTINEL}\n",
    "CR": f"{SENTINEL}\rX-Injected: 1",
    "NUL": f"{SENTINEL}\x00",
    "non-ASCII": f"{SENTINEL}✓",
    "leading space": f" {SENTINEL}",
    "vertical tab": f"{SENTINEL}\x0b",
}


def texts_of(error: BaseException) -> list[str]:
    """str and repr of ``error`` and of every exception in its ``__cause__`` / ``__context__`` chain, and its args."""
    texts: list[str] = []
    seen: BaseException | None = error
    while seen is not None:
        texts += [str(seen), repr(seen), *map(repr, seen.args)]
        seen = seen.__cause__ or seen.__context__
    return texts


def assert_refused_without_leaking(
    action: Callable[[], object], caplog: pytest.LogCaptureFixture, server: FakeServer, *named: str
) -> errors.InvalidParameterError:
    """``action`` raises ``InvalidParameterError`` naming ``named``; nothing was sent; the sentinel is nowhere."""
    caplog.clear()
    with pytest.raises(errors.InvalidParameterError) as caught:
        action()
    texts = texts_of(caught.value) + [record.getMessage() for record in caplog.records]
    texts += [repr(record.args) for record in caplog.records]
    assert not [text for text in texts if SENTINEL in text or SENTINEL[-10:] in text]
    assert all(name in str(caught.value) for name in named), str(caught.value)
    assert server.requests == []
    return caught.value


@pytest.mark.parametrize("key", BAD_KEYS.values(), ids=BAD_KEYS.keys())
def test_a_key_http_cannot_carry_is_refused_before_sending_and_never_shown(
    key: str, server: FakeServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)  # root: evolink, httpx and httpcore records all captured
    error = assert_refused_without_leaking(lambda: Client(api_key=key, base_url=server.url), caplog, server, "api_key")
    assert error.parameter == "api_key"
    good = Client(api_key=API_KEY, base_url=server.url)
    assert_refused_without_leaking(lambda: good.with_options(api_key=key), caplog, server, "api_key")
    if "\x00" not in key:  # an environment variable cannot hold NUL
        monkeypatch.setenv(CONFIG.api_key_env, key)
        assert_refused_without_leaking(lambda: Client(base_url=server.url), caplog, server, CONFIG.api_key_env)
    good.close()


@pytest.mark.parametrize("value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_header_value_http_cannot_carry_is_refused_before_sending_and_never_shown(
    value: str, make_client: Callable[..., Client], server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    headers = {"X-Secret": value}
    assert_refused_without_leaking(
        lambda: make_client(default_headers=headers), caplog, server, "default_headers", "X-Secret"
    )
    client = make_client()
    assert_refused_without_leaking(
        lambda: client.with_options(default_headers=headers), caplog, server, "default_headers", "X-Secret"
    )
    for call in (
        lambda: client._call(Call(PATH, {}, Completion, options=RequestOptions(extra_headers=headers))),
        lambda: client._call(
            Call(PATH, {}, Completion, Chunk, options=RequestOptions(extra_headers=headers)), stream=True
        ),
    ):
        assert_refused_without_leaking(call, caplog, server, "extra_headers", "X-Secret")


@pytest.mark.parametrize("headers", [{"X Bad": "1"}, {"X-Bad:": "1"}, {"": "1"}, {"X-Bad\n": "1"}, {"X-Num": 3}])
def test_a_header_name_or_value_type_httpx_cannot_send_is_refused(
    headers: dict[str, object], make_client: Callable[..., Client], server: FakeServer
) -> None:
    with pytest.raises(errors.InvalidParameterError, match="default_headers"):
        make_client(default_headers=headers)
    with pytest.raises(errors.InvalidParameterError, match="extra_headers"):
        make_client()._call(Call(PATH, {}, Completion, options=RequestOptions(extra_headers=headers)))  # type: ignore[arg-type]
    assert server.requests == []


def test_header_values_http_allows_are_sent_as_given(make_client: Callable[..., Client], server: FakeServer) -> None:
    allowed = {"X-Spaced": "a b\tc", "X-Empty": "", "X-Punct": "!#$%&'*+-.^_`|~:;,/?=@[]{}()<>\"\\"}
    make_client(default_headers=allowed)._call(Call(PATH, {}, Completion))
    assert {name: server.requests[0].headers[name] for name in allowed} == allowed
