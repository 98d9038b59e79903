"""Client construction: keys, base URLs and fallbacks, insecure http, headers, with_options, closing."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from evolink._config import DEFAULT_TIMEOUT
from evolink._exceptions import EvolinkError, InvalidParameterError
from evolink._types import RequestOptions

from .conftest import API_KEY, CONFIG, PATH, Client, Completion
from .fake_server import FakeServer


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
    client._post(
        PATH,
        body={"model": "m", "messages": [{"role": "user", "content": "héllo 안녕"}]},
        options=RequestOptions(extra_headers={"X-Both": "call"}, extra_query={"trace": "yes"}, extra_body={"top_k": 3}),
        cast_to=Completion,
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
    make_client()._post(PATH, body={"a": 1, "b": 2}, options=RequestOptions(extra_body={"b": None}), cast_to=Completion)
    assert server.requests[0].json() == {"a": 1, "b": None}
    make_client()._post(PATH, body={"a": 1}, cast_to=Completion)
    assert server.requests[1].json() == {"a": 1}


def test_unserializable_body_is_rejected_before_sending(make_client: Callable[..., Client], server: FakeServer) -> None:
    with pytest.raises(InvalidParameterError, match="JSON"):
        make_client()._post(PATH, body={"a": object()}, cast_to=Completion)
    assert server.requests == []


def test_with_options_merges_and_shares_the_pool(make_client: Callable[..., Client], server: FakeServer) -> None:
    client = make_client(default_headers={"X-A": "1"}, max_retries=4)
    copy = client.with_options(timeout=3.0, default_headers={"X-B": "2"})
    assert type(copy) is Client
    assert (copy.max_retries, copy.timeout, copy.api_key, copy.base_url) == (4, 3.0, API_KEY, client.base_url)
    assert copy._client is client._client
    copy.close()  # must not close the shared pool
    assert copy._post(PATH, body={}, cast_to=Completion).id == "cmpl-default"
    assert client._post(PATH, body={}, cast_to=Completion).id == "cmpl-default"
    assert server.requests[0].headers["x-a"] == "1"
    assert server.requests[0].headers["x-b"] == "2"
    assert client.with_options(base_url="https://other.example").fallback_base_urls == ()


def test_close_and_context_manager(server: FakeServer) -> None:
    with Client(api_key=API_KEY, base_url=server.url) as client:
        client._post(PATH, body={}, cast_to=Completion)
    assert client._client.is_closed
    with httpx.Client() as mine:
        Client(api_key=API_KEY, base_url=server.url, http_client=mine).close()
        assert not mine.is_closed


def test_user_http_client_headers_are_kept(server: FakeServer) -> None:
    with httpx.Client(headers={"X-Proxy-Token": "p"}) as mine:
        Client(api_key=API_KEY, base_url=server.url, http_client=mine)._post(PATH, body={}, cast_to=Completion)
    assert server.requests[0].headers["x-proxy-token"] == "p"
    assert server.requests[0].headers["user-agent"] == "evolink-python/9.8.7"
