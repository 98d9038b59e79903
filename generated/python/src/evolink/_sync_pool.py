# derived from templates/python/runtime/_async_pool.py by evolink-codegen (unasync); do not edit
"""``DefaultHttpxClient``: the ``httpx.Client`` a client makes for itself, written once, async.

``generator/emit/unasync.py`` derives the sync twin of this module (``DefaultHttpxClient``).

Its pool has ``DEFAULT_LIMITS``, kept as shards behind one gate (``PoolTransport``). Why: httpcore 1.x, the
pool under httpx, walks all its waiting requests and all its connections on every request and every response
close, and polls the socket of each idle connection. Once more calls are in flight than ``max_connections``, the
waiting requests make that grow with the square of the calls: 1,500 concurrent 50 ms calls through one
1,000-connection pool had not finished after 500 s. The gate lets at most ``max_connections`` requests in, so no
shard ever queues and the rest wait at the gate at a constant cost each; the shards keep each walk short. A slot
is held until the response is closed, as a connection is; waiting for one counts against the ``pool`` timeout
and ends in ``httpx.PoolTimeout``, as waiting inside the pool would.
"""

from __future__ import annotations

import math
import ssl
from collections.abc import Callable, Iterator
from typing import Any, Final

import httpx

from ._config import DEFAULT_LIMITS
from ._slots import Slots

__all__ = ["DefaultHttpxClient"]  # `PoolTransport` too, for an `httpx.Client` made another way

_TRANSPORT_OPTIONS: Final = ("verify", "cert", "trust_env", "http1", "http2")
"""The arguments httpx gives the transport it builds for a client, and so ours."""
SHARD_CONNECTIONS: Final = 20
"""Connections per shard of the pool: httpcore's cost per request and per close grows with a pool's connections
(it walks them all, and polls the socket of each idle one), so a pool of 1,000 is 50 pools of 20. Measured with
``bench/concurrency.py``, 1,000 concurrent 50 ms calls: 13.6 s as one pool, 3.8 s in shards of 100, 2.7 s of 20."""


class DefaultHttpxClient(httpx.Client):
    """An ``httpx.Client`` with this SDK's pool: ``limits`` (default ``DEFAULT_LIMITS``) behind a gate.

    Every argument is httpx's; pass one as ``http_client=`` to size the pool, for example
    ``DefaultHttpxClient(limits=httpx.Limits(max_connections=2000))``. Given a ``transport=``, that
    transport is used as it is, without the gate. Proxies (``proxy=``, or ``HTTPS_PROXY`` and the like from the
    environment) are httpx's own transports, without the gate.
    """

    def __init__(self, *, limits: httpx.Limits = DEFAULT_LIMITS, **options: Any) -> None:
        super().__init__(limits=limits, **options)

    # httpx builds the client's own transport here; overriding it, rather than passing `transport=`, keeps
    # httpx reading proxies from the environment (it does not when given a transport). Keyword-only and tolerant
    # of other keywords, as httpx calls it with keywords whose set differs between versions.
    def _init_transport(  # type: ignore[override]
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        **options: Any,
    ) -> httpx.BaseTransport:
        if transport is not None:
            return transport
        settings = {name: value for name, value in options.items() if name in _TRANSPORT_OPTIONS}
        return PoolTransport(limits=limits, **settings)


class PoolTransport(httpx.BaseTransport):
    """httpx's own transport, as shards of ``SHARD_CONNECTIONS`` connections behind one gate of
    ``limits.max_connections`` slots; every argument but ``limits`` goes to each shard's ``httpx.HTTPTransport``.
    """

    def __init__(self, *, limits: httpx.Limits = DEFAULT_LIMITS, **options: Any) -> None:
        count = limits.max_connections
        shards = 1 if count is None else max(1, math.ceil(count / SHARD_CONNECTIONS))
        keepalive = limits.max_keepalive_connections
        self._limits = httpx.Limits(
            max_connections=None if count is None else math.ceil(count / shards),
            max_keepalive_connections=None if keepalive is None else math.ceil(keepalive / shards),
            keepalive_expiry=limits.keepalive_expiry,
        )
        if not isinstance(options.get("verify"), ssl.SSLContext):  # one context for all shards: each costs ~30 ms
            verify, cert = options.pop("verify", True), options.pop("cert", None)
            options["verify"] = httpx.create_ssl_context(verify, cert, options.get("trust_env", True))
        self._options = options
        self._shards: list[httpx.HTTPTransport | None] = [None] * shards  # made on first use
        # A stack of one token per slot, naming a shard: the shard a call just left, its connection warm, is the
        # next one taken, so calls one at a time reuse one connection.
        self._tokens = [index % shards for index in reversed(range(count or 0))]
        self._slots = None if count is None else Slots(count)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for a slot (at most the request's ``pool`` timeout), then send; the slot is freed on close."""
        slots = self._slots
        if slots is None:
            return self._shard(0).handle_request(request)
        timeout = request.extensions.get("timeout", {}).get("pool")
        if not slots.acquire(timeout):
            raise httpx.PoolTimeout("Timed out waiting for a free connection in the pool", request=request)
        token = self._tokens.pop()

        def release() -> None:
            self._tokens.append(token)
            slots.release()

        try:
            response = self._shard(token).handle_request(request)
        except BaseException:
            release()
            raise
        assert isinstance(response.stream, httpx.SyncByteStream), "the wrapped transport streams as its client reads"
        response.stream = _ReleasingStream(response.stream, release)
        return response

    def _shard(self, index: int) -> httpx.HTTPTransport:
        shard = self._shards[index]
        if shard is None:
            shard = self._shards[index] = httpx.HTTPTransport(limits=self._limits, **self._options)
        return shard

    def close(self) -> None:
        """Close every shard's connections."""
        for shard in self._shards:
            if shard is not None:
                shard.close()


class _ReleasingStream(httpx.SyncByteStream):
    """A response body that frees its slot when it is closed (once, however often it is closed)."""

    def __init__(self, stream: httpx.SyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    def __iter__(self) -> Iterator[bytes]:
        return self._stream.__iter__()  # the body's own iterator: no extra step per chunk on the hot path

    def close(self) -> None:
        """Close the body, then free the slot."""
        try:
            self._stream.close()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()
