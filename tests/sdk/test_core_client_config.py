"""Client construction: keys, base URLs and fallbacks, insecure http, headers, with_options, closing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from evolink._base_client import Call
from evolink._config import DEFAULT_TIMEOUT
from evolink._exceptions import ClientClosedError, EvolinkError, InvalidParameterError
from evolink._types import RequestOptions

from tests.support.fake_server import FakeServer
from tests.support.sdk_clients import API_KEY, CONFIG, PATH, Chunk, Client, Completion


def test_api_key_from_env_and_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EvolinkError, match=CONFIG.api_key_env):
        Client()
    monkeypatch.setenv(CONFIG.api_key_env, "from-env")
    assert Client().api_key == "from-env"
    assert Client(api_key="explicit").api_key == "explicit"


def test_base_url_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    client = Client(api_key=API_KEY)
    assert str(client.base_url) == CONFIG.default_base_url
    assert client.fallback_base_urls == ("https://api.evolink.test",)
    monkeypatch.setenv(CONFIG.base_url_env, "https://proxy.example/")
    client = Client(api_key=API_KEY)
    assert str(client.base_url) == "https://proxy.example"
    assert client.fallback_base_urls == ()


def test_fallback_rules() -> None:
    assert Client(api_key=API_KEY, base_url="https://direct.evolink.test/").fallback_base_urls == (
        "https://api.evolink.test",
    )
    assert Client(api_key=API_KEY, base_url="https://own.example").fallback_base_urls == ()
    assert Client(api_key=API_KEY, fallback_base_urls=[]).fallback_base_urls == ()
    own = Client(api_key=API_KEY, base_url="https://own.example", fallback_base_urls=["https://b.example/"])
    assert own.fallback_base_urls == ("https://b.example",)
    with pytest.raises(InvalidParameterError, match="list of URLs"):
        Client(api_key=API_KEY, fallback_base_urls="https://b.example")


@pytest.mark.parametrize("url", ["http://127.0.0.1:1", "http://127.3.4.5", "http://[::1]:8000", "http://localhost:9"])
def test_plain_http_allowed_for_loopback(url: str) -> None:
    Client(api_key=API_KEY, base_url=url)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"base_url": "http://evolink.example"},
        {"base_url": "http://10.0.0.1"},
        {"fallback_base_urls": ["http://api.evolink.example"]},
    ],
)
def test_plain_http_refused_elsewhere(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidParameterError, match="allow_insecure_http"):
        Client(api_key=API_KEY, **kwargs)
    Client(api_key=API_KEY, allow_insecure_http=True, **kwargs)


@pytest.mark.parametrize("url", ["ftp://x.example", "direct.evolink.ai", "https://user:pw@x.example", "https://x/?a=1"])
def test_malformed_base_urls(url: str) -> None:
    with pytest.raises(InvalidParameterError):
        Client(api_key=API_KEY, base_url=url)


def test_timeouts_and_retries_validation() -> None:
    assert Client(api_key=API_KEY).timeout == DEFAULT_TIMEOUT == httpx.Timeout(600.0, connect=5.0)
    assert Client(api_key=API_KEY, timeout=None).timeout is None
    with httpx.Client(timeout=42.0) as http_client:
        assert Client(api_key=API_KEY, http_client=http_client).timeout == httpx.Timeout(42.0)
    with pytest.raises(InvalidParameterError):
        Client(api_key=API_KEY, max_retries=-1)


def test_repr_shows_base_url_and_retries_only() -> None:
    client = Client(api_key=API_KEY, max_retries=5)
    assert repr(client) == "Client(base_url='https://direct.evolink.test', max_retries=5)"


def test_headers_seen_by_the_server(make_client: Callable[..., Client], server: FakeServer) -> None:
    client = make_client(default_headers={"X-Team": "a", "X-Both": "default"}, default_query={"q": "1"})
    client._call(
        Call(
            PATH,
            {"model": "m", "messages": [{"role": "user", "content": "héllo 안녕"}]},
            Completion,
            options=RequestOptions(
                extra_headers={"X-Both": "call"}, extra_query={"trace": "yes"}, extra_body={"top_k": 3}
            ),
        )
    )
    seen = server.requests[0]
    assert (seen.method, seen.path, seen.query) == ("POST", PATH, "q=1&trace=yes")
    assert seen.headers["authorization"] == f"Bearer {API_KEY}"
    assert seen.headers["user-agent"] == "evolink-python/9.8.7"
    assert seen.headers["accept"] == "application/json"
    assert seen.headers["content-type"] == "application/json"
    assert (seen.headers["x-team"], seen.headers.get_list("x-both")) == ("a", ["call"])
    assert seen.body == '{"model":"m","messages":[{"role":"user","content":"héllo 안녕"}],"top_k":3}'.encode()


def test_extra_body_wins_and_nothing_else_is_sent(make_client: Callable[..., Client], server: FakeServer) -> None:
    make_client()._call(Call(PATH, {"a": 1, "b": 2}, Completion, options=RequestOptions(extra_body={"b": None})))
    assert server.requests[0].json() == {"a": 1, "b": None}
    make_client()._call(Call(PATH, {"a": 1}, Completion))
    assert server.requests[1].json() == {"a": 1}


def test_unserializable_body_is_rejected_before_sending(make_client: Callable[..., Client], server: FakeServer) -> None:
    with pytest.raises(InvalidParameterError, match="JSON"):
        make_client()._call(Call(PATH, {"a": object()}, Completion))
    assert server.requests == []


def test_with_options_merges_and_shares_the_pool(make_client: Callable[..., Client], server: FakeServer) -> None:
    client = make_client(default_headers={"X-A": "1"}, max_retries=4)
    copy = client.with_options(timeout=3.0, default_headers={"X-B": "2"})
    assert type(copy) is Client
    assert (copy.max_retries, copy.timeout, copy.api_key, copy.base_url) == (4, 3.0, API_KEY, client.base_url)
    assert copy._client is client._client
    assert copy._call(Call(PATH, {}, Completion)).id == "cmpl-default"
    copy.close()  # must not close the shared pool
    assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"
    assert server.requests[0].headers["x-a"] == "1"
    assert server.requests[0].headers["x-b"] == "2"
    assert client.with_options(base_url="https://other.example").fallback_base_urls == ()


def test_close_and_context_manager(server: FakeServer) -> None:
    with Client(api_key=API_KEY, base_url=server.url) as client:
        client._call(Call(PATH, {}, Completion))
    assert client.is_closed() and client._http_client is not None and client._http_client.is_closed
    with httpx.Client() as mine:
        Client(api_key=API_KEY, base_url=server.url, http_client=mine).close()
        assert not mine.is_closed


def test_user_http_client_headers_are_kept(server: FakeServer) -> None:
    with httpx.Client(headers={"X-Proxy-Token": "p"}) as mine:
        Client(api_key=API_KEY, base_url=server.url, http_client=mine)._call(Call(PATH, {}, Completion))
    assert server.requests[0].headers["x-proxy-token"] == "p"
    assert server.requests[0].headers["user-agent"] == "evolink-python/9.8.7"


# --- settings checked at once --------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [-1, True, False, 1.5, "2", None])
def test_max_retries_must_be_an_int_of_at_least_zero(value: object) -> None:
    with pytest.raises(InvalidParameterError, match="max_retries must be an int >= 0") as caught:
        Client(api_key=API_KEY, max_retries=value)
    assert caught.value.parameter == "max_retries"
    with pytest.raises(InvalidParameterError, match="max_retries must be an int >= 0"):
        Client(api_key=API_KEY).with_options(max_retries=value)  # type: ignore[arg-type]
    assert Client(api_key=API_KEY, max_retries=0).with_options(max_retries=7).max_retries == 7


BAD_TIMEOUTS = [
    "5",
    -1,
    0,
    float("nan"),
    float("inf"),
    True,
    [5],
    httpx.Timeout(5.0, connect=-1.0),
    httpx.Timeout("5"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
def test_a_timeout_httpx_cannot_use_is_refused_in_the_client_and_with_options(value: object) -> None:
    with pytest.raises(
        InvalidParameterError, match=r"timeout(: the httpx\.Timeout's \w+)? must be seconds > 0"
    ) as caught:
        Client(api_key=API_KEY, timeout=value)
    assert caught.value.parameter == "timeout"
    with pytest.raises(InvalidParameterError, match="must be seconds > 0"):
        Client(api_key=API_KEY).with_options(timeout=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", BAD_TIMEOUTS, ids=repr)
def test_a_per_call_timeout_httpx_cannot_use_is_refused_before_sending(
    value: object, make_client: Callable[..., Client], server: FakeServer
) -> None:
    bad: dict[str, Any] = {"timeout": value}  # Any: deliberately not what RequestOptions declares
    with pytest.raises(InvalidParameterError, match="must be seconds > 0") as caught:
        make_client()._call(Call(PATH, {}, Completion, options=RequestOptions(**bad)))
    assert caught.value.parameter == "timeout"
    assert server.requests == []


@pytest.mark.parametrize("value", [None, 2, 2.5, httpx.Timeout(None), httpx.Timeout(3.0, connect=1.0)], ids=repr)
def test_every_timeout_httpx_can_use_is_accepted(value: float | httpx.Timeout | None, server: FakeServer) -> None:
    client = Client(api_key=API_KEY, base_url=server.url, timeout=value)
    client._call(Call(PATH, {}, Completion, options=RequestOptions(timeout=value)))
    assert len(server.requests) == 1


@pytest.mark.parametrize("setting", ["extra_headers", "extra_query", "extra_body"])
@pytest.mark.parametrize("value", [3, "top_k=3", [("top_k", 3)], b"{}"])
def test_per_call_options_that_are_not_mappings_are_refused_before_sending(
    setting: str, value: object, make_client: Callable[..., Client], server: FakeServer
) -> None:
    with pytest.raises(InvalidParameterError, match=f"{setting} must be a dict") as caught:
        bad: dict[str, Any] = {setting: value}  # Any: deliberately not what RequestOptions declares
        make_client()._call(Call(PATH, {}, Completion, options=RequestOptions(**bad)))
    assert caught.value.parameter == setting
    assert server.requests == []


@pytest.mark.parametrize("setting", ["default_headers", "default_query"])
def test_client_mappings_that_are_not_mappings_are_refused(setting: str) -> None:
    with pytest.raises(InvalidParameterError, match=f"{setting} must be a dict"):
        Client(api_key=API_KEY, **{setting: ["X-A", "1"]})


# --- base URLs with the endpoint's leading path (the OpenAI habit: https://host/v1) ---------------------------------


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("/v1", ""),
        ("/v1/", ""),
        ("/evolink/v1", "/evolink"),
        ("/evolink/v1/", "/evolink"),
        ("/v1/chat/completions", ""),
        ("/v1/chat", ""),
        ("/evolink", "/evolink"),
        ("/v10", "/v10"),
        ("/xv1", "/xv1"),
        ("/v1/evolink", "/v1/evolink"),
    ],
)
def test_a_base_url_ending_with_the_endpoint_prefix_loses_it(
    given: str, kept: str, make_client: Callable[..., Client], server: FakeServer
) -> None:
    client = make_client(base_url=server.url + given)
    assert str(client.base_url) == server.url + kept
    client._call(Call(PATH, {}, Completion))
    assert server.requests[0].path == kept + PATH


def test_the_prefix_is_cut_from_fallbacks_too_logged_once_and_a_host_named_v1_is_kept(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="evolink")
    client = Client(api_key=API_KEY, base_url="https://a.example/v1/", fallback_base_urls=["https://b.example/p/v1"])
    assert (str(client.base_url), client.fallback_base_urls) == ("https://a.example", ("https://b.example/p",))
    assert len(caplog.records) == 2 and all(record.levelno == logging.INFO for record in caplog.records)
    assert "https://a.example/v1" in caplog.records[0].getMessage()
    client.with_options(max_retries=0)  # already normalised: nothing more to say
    assert len(caplog.records) == 2
    assert str(Client(api_key=API_KEY, base_url="https://v1").base_url) == "https://v1"


# --- a closed client raises ClientClosedError, never httpx's RuntimeError -------------------------------------------


def closed_clients(server: FakeServer) -> Iterator[tuple[str, Client]]:
    """Clients closed in every way: used then closed, never used, a closed copy, a closed or shared http_client."""
    used = Client(api_key=API_KEY, base_url=server.url)
    used._call(Call(PATH, {}, Completion))
    used.close()
    yield "used, then closed", used
    never = Client(api_key=API_KEY, base_url=server.url)
    never.close()
    yield "closed before its pool was opened", never
    parent = Client(api_key=API_KEY, base_url=server.url)
    copy = parent.with_options(max_retries=0)
    copy.close()
    yield "a closed with_options copy", copy
    parent.close()
    yield "the copy's parent closed the pool it shares", copy
    with httpx.Client() as mine:
        theirs = Client(api_key=API_KEY, base_url=server.url, http_client=mine)
    yield "its http_client was closed by its owner", theirs
    with httpx.Client() as mine:
        theirs = Client(api_key=API_KEY, base_url=server.url, http_client=mine)
        theirs.close()
        assert not mine.is_closed
        yield "closed, with an http_client still open", theirs


def calls_on(client: Client) -> list[Callable[[], object]]:
    """Every way to use a client: a call, a raw call, a stream, and a copy."""
    return [
        lambda: client._call(Call(PATH, {}, Completion)),
        lambda: client._call(Call(PATH, {}, Completion), response="raw"),
        lambda: client._call(Call(PATH, {"stream": True}, Completion, Chunk), stream=True),
        lambda: client.with_options(max_retries=0),
    ]


def test_every_call_on_a_closed_client_raises_client_closed_error(server: FakeServer) -> None:
    for how, client in closed_clients(server):
        server.reset()
        assert client.is_closed(), how
        for call in calls_on(client):
            with pytest.raises(ClientClosedError, match="closed") as caught:
                call()
            assert isinstance(caught.value, EvolinkError) and not isinstance(caught.value, RuntimeError), how
        assert server.requests == [], how
