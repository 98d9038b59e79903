"""The connection pool: a client's own has openai-python's limits, and a call that waited for a free connection
in vain says so, not that the server timed out."""

from __future__ import annotations

import httpx
import pytest
from evolink import APITimeoutError, Evolink
from evolink._config import DEFAULT_LIMITS

from tests.support.fake_server import FakeServer
from tests.support.sdk_clients import API_KEY, HI

MODEL = "gemini-2.5-flash"


def test_a_client_that_makes_its_pool_gives_it_the_default_limits(evolink_server: FakeServer) -> None:
    with Evolink(api_key=API_KEY, base_url=evolink_server.url, allow_insecure_http=True) as client:
        client.chat.completions.create(model=MODEL, messages=HI)
        pool = client._client._transport._pool  # type: ignore[attr-defined]  # httpx's own: what it was given
        assert (pool._max_connections, pool._max_keepalive_connections) == (
            DEFAULT_LIMITS.max_connections,
            DEFAULT_LIMITS.max_keepalive_connections,
        )


def test_a_call_that_finds_no_free_connection_says_the_pool_was_full(evolink_server: FakeServer) -> None:
    one = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(30.0, pool=0.05))
    client = Evolink(api_key=API_KEY, base_url=evolink_server.url, http_client=one, max_retries=0)
    with client, one, client.chat.completions.with_streaming_response.create(model=MODEL, messages=HI) as held:
        assert held.status_code == 200  # its body unread: the pool's one connection stays taken
        with pytest.raises(APITimeoutError, match="waiting for a free connection in the client's pool") as caught:
            client.chat.completions.create(model=MODEL, messages=HI)
    assert "server was not reached" in str(caught.value)
    assert len(evolink_server.requests) == 1, "the second call never left the client"
