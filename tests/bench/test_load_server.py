"""The bench's load server counts the requests it has in flight at once: the `per request on the wire` rows
divide by that peak."""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.support.paths import ROOT


def _bench_module(name: str) -> Any:
    """A script of bench/ (scripts beside each other, not a package) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LoadServer = _bench_module("load_server").LoadServer

AT_ONCE = 7
DELAY = 0.5
"""Long enough that every request of a burst arrives before the first is answered."""


@pytest.fixture
def server() -> Iterator[Any]:
    started = LoadServer(b"{}", [b"data: {}\n\n", b"data: [DONE]\n\n"], DELAY)
    started.start()
    yield started
    started.stop()


async def burst(url: str, bodies: list[bytes]) -> list[int]:
    async with httpx.AsyncClient(timeout=10) as client:
        replies = await asyncio.gather(*(client.post(url, content=body) for body in bodies))
    return [reply.status_code for reply in replies]


def test_the_peak_is_the_most_requests_in_flight_at_once_and_resets(server: Any) -> None:
    plain, stream = b'{"model":"m"}', b'{"model":"m","stream":true}'
    assert asyncio.run(burst(server.url, [plain] * (AT_ONCE - 2) + [stream] * 2)) == [200] * AT_ONCE
    assert (server.peak, server.in_flight) == (AT_ONCE, 0), "a stream is in flight until its last chunk"
    server.reset_peak()
    assert asyncio.run(burst(server.url, [plain])) == [200]
    assert server.peak == 1
