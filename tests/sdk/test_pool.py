"""The connection pool: a client's own has openai-python's limits behind a gate, many more calls than connections
all succeed, and a call that waited for a free connection in vain says so, not that the server timed out."""

from __future__ import annotations

import asyncio
import resource
import ssl
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from evolink import (
    APITimeoutError,
    AsyncEvolink,
    DefaultAsyncHttpxClient,
    DefaultHttpxClient,
    Evolink,
)
from evolink._config import DEFAULT_LIMITS
from evolink._sync_pool import SHARD_CONNECTIONS, PoolTransport
from evolink.types import ChatCompletion

from tests.support.evolink_bodies import completion_body
from tests.support.fake_server import FakeServer, Reply
from tests.support.sdk_clients import API_KEY, HI, model_taking

MANY = 2000
"""More concurrent calls than a client's own pool has connections (``DEFAULT_LIMITS``), so calls wait for one."""
REPLY_DELAY = 0.05
"""Each reply waits this long, so the calls are in flight together rather than one after another."""


@pytest.fixture
def open_files() -> Iterator[None]:
    """Let this process hold a client's and the in-process server's sockets for a full pool (both ends)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 2 * DEFAULT_LIMITS.max_connections + 512 if DEFAULT_LIMITS.max_connections else soft
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, hard), hard))
    yield
    resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


def test_a_client_that_makes_its_pool_gives_it_the_default_limits(evolink_server: FakeServer) -> None:
    with Evolink(api_key=API_KEY, base_url=evolink_server.url) as client:
        for _ in range(3):
            client.chat.completions.create(model=model_taking(), messages=HI)
        transport = client._client._transport  # httpx's own: what it was given
        assert isinstance(transport, PoolTransport)
        assert len(transport._tokens) == DEFAULT_LIMITS.max_connections, "a slot for every connection, all free"
        assert [shard is None for shard in transport._shards].count(False) == 1, "calls one at a time share a shard"


@pytest.mark.parametrize(("connections", "keepalive"), [(1000, 100), (1001, 7), (1, 1), (SHARD_CONNECTIONS + 1, None)])
def test_the_shards_hold_the_limits_between_them(connections: int, keepalive: int | None) -> None:
    transport = PoolTransport(limits=httpx.Limits(max_connections=connections, max_keepalive_connections=keepalive))
    shards, per_shard = len(transport._shards), transport._limits.max_connections
    assert per_shard is not None and per_shard <= SHARD_CONNECTIONS
    assert per_shard * shards >= connections > (per_shard - 1) * shards, "as many connections as asked, no more"
    assert Counter(transport._tokens) == Counter(index % shards for index in range(connections)), "slots spread evenly"
    if keepalive is None:
        assert transport._limits.max_keepalive_connections is None
    else:
        assert transport._limits.max_keepalive_connections == -(-keepalive // shards)
    transport.close()


# A pool that cannot keep up spins the event loop in httpcore's queue, where pytest-timeout's default signal is caught
# by one call of thousands; its thread method ends the run instead, with every thread's stack.
@pytest.mark.timeout(120, method="thread")
def test_many_more_concurrent_calls_than_connections_all_succeed(evolink_server: FakeServer, open_files: None) -> None:
    model = model_taking()
    evolink_server.push(*[Reply(body=completion_body(model, f"answer {n}"), delay=REPLY_DELAY) for n in range(MANY)])

    async def main() -> list[ChatCompletion | BaseException]:
        async with AsyncEvolink(api_key=API_KEY, base_url=evolink_server.url, max_retries=0) as client:
            calls = (client.chat.completions.create(model=model, messages=HI) for _ in range(MANY))
            results = await asyncio.gather(*calls, return_exceptions=True)
            tokens = client._client._transport._tokens  # type: ignore[attr-defined]
            assert len(tokens) == DEFAULT_LIMITS.max_connections, "every call gave its slot back"
            return results

    results = asyncio.run(main())
    failures = [repr(result) for result in results if isinstance(result, BaseException)]
    assert not failures, f"{len(failures)} of {MANY} calls failed, the first: {failures[0]}"
    answers = {result.choices[0].message.content for result in results if isinstance(result, ChatCompletion)}
    assert answers == {f"answer {n}" for n in range(MANY)}, "every call got its own reply"
    assert len(evolink_server.requests) == MANY and evolink_server.pending == 0


def test_threads_sharing_a_small_pool_all_succeed(evolink_server: FakeServer) -> None:
    threads, calls, connections = 64, 256, 8
    model = model_taking()
    evolink_server.push(*[Reply(body=completion_body(model), delay=REPLY_DELAY / 10) for _ in range(calls)])
    pool = DefaultHttpxClient(limits=httpx.Limits(max_connections=connections))
    with Evolink(api_key=API_KEY, base_url=evolink_server.url, http_client=pool, max_retries=0) as client, pool:
        with ThreadPoolExecutor(threads) as executor:
            results = list(
                executor.map(lambda _: client.chat.completions.create(model=model, messages=HI), range(calls))
            )
    assert all(isinstance(result, ChatCompletion) for result in results)
    assert len(evolink_server.requests) == calls


PoolFactory = Callable[[httpx.Limits, httpx.Timeout], httpx.Client]
POOLS: dict[str, PoolFactory] = {
    "the SDK's gated pool": lambda limits, timeout: DefaultHttpxClient(limits=limits, timeout=timeout),
    "a plain httpx pool": lambda limits, timeout: httpx.Client(limits=limits, timeout=timeout),
}


@pytest.mark.parametrize("make_pool", POOLS.values(), ids=POOLS.keys())
def test_a_call_that_finds_no_free_connection_says_the_pool_was_full(
    evolink_server: FakeServer, make_pool: PoolFactory
) -> None:
    one = make_pool(httpx.Limits(max_connections=1), httpx.Timeout(30.0, pool=0.05))
    client = Evolink(api_key=API_KEY, base_url=evolink_server.url, http_client=one, max_retries=0)
    model = model_taking()
    with client, one:
        with client.chat.completions.with_streaming_response.create(model=model, messages=HI) as held:
            assert held.status_code == 200  # its body unread: the pool's one connection stays taken
            with pytest.raises(APITimeoutError, match="waiting for a free connection in the client's pool") as caught:
                client.chat.completions.create(model=model, messages=HI)
        assert "server was not reached" in str(caught.value)
        assert len(evolink_server.requests) == 1, "the second call never left the client"
        assert client.chat.completions.create(
            model=model, messages=HI
        ).choices, "closing the first freed its connection"


def test_the_async_gate_times_out_and_frees_its_slot_on_close(evolink_server: FakeServer) -> None:
    model = model_taking()

    async def main() -> None:
        one = DefaultAsyncHttpxClient(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(30.0, pool=0.05))
        client = AsyncEvolink(api_key=API_KEY, base_url=evolink_server.url, http_client=one, max_retries=0)
        async with client, one:
            async with client.chat.completions.with_streaming_response.create(model=model, messages=HI) as held:
                assert held.status_code == 200
                with pytest.raises(APITimeoutError, match="server was not reached"):
                    await client.chat.completions.create(model=model, messages=HI)
            assert (await client.chat.completions.create(model=model, messages=HI)).choices

    asyncio.run(main())
    assert len(evolink_server.requests) == 2


def test_the_sdks_pool_takes_httpxs_transport_arguments() -> None:
    with DefaultHttpxClient(verify=False, http2=False) as unverified:
        transport = unverified._transport
        assert isinstance(transport, PoolTransport)
        context = transport._options["verify"]
        assert isinstance(context, ssl.SSLContext) and context.verify_mode == ssl.CERT_NONE
    with DefaultHttpxClient() as verified:
        transport = verified._transport
        assert isinstance(transport, PoolTransport)
        assert transport._options["verify"].verify_mode == ssl.CERT_REQUIRED, "one context, shared by the shards"
    given = httpx.HTTPTransport()
    with DefaultHttpxClient(transport=given) as plain:
        assert plain._transport is given, "a transport of the caller's own is used as it is, without the gate"


def test_the_sdks_pool_still_takes_proxies_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    url = httpx.URL("https://direct.evolink.ai/v1/chat/completions")
    with DefaultHttpxClient() as client:
        assert isinstance(client._transport, PoolTransport), "its own transport is the gated pool"
        assert client._transport_for_url(url) is not client._transport, "the environment's proxy carries https"
    with DefaultHttpxClient(trust_env=False) as client:
        assert client._transport_for_url(url) is client._transport, "unless told not to read the environment"
