"""Per call, sync and async: evolink's create() against raw httpx + json.loads and the openai SDK."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack, ExitStack

import httpx
from evolink import AsyncEvolink, Evolink
from peers import API_KEY, ARGUMENTS, MESSAGES, MODEL, PATH, WIRE_ARGUMENTS, openai_base_url, optional
from timing import Sizes, ainterleave, aper_op, interleave, per_op

from tests.support.fake_server import FakeServer

HEADERS = {"Authorization": f"Bearer {API_KEY}"}
BODY = {"model": MODEL, "messages": MESSAGES, **WIRE_ARGUMENTS}


def sync_calls(server: FakeServer, sizes: Sizes) -> dict[str, float]:
    """Median seconds per call of each sync client, interleaved."""
    with ExitStack() as stack:
        raw = stack.enter_context(httpx.Client())
        ours = stack.enter_context(Evolink(api_key=API_KEY, base_url=server.url))
        calls: dict[str, Callable[[], object]] = {
            "raw httpx": lambda: json.loads(raw.post(server.url + PATH, json=BODY, headers=HEADERS).content),
            "evolink": lambda: ours.chat.completions.create(model=MODEL, messages=MESSAGES, **ARGUMENTS),
        }
        if (openai := optional("openai")) is not None:
            peer = stack.enter_context(openai.OpenAI(api_key=API_KEY, base_url=openai_base_url(server)))
            calls["openai"] = lambda: peer.chat.completions.create(model=MODEL, messages=MESSAGES, **WIRE_ARGUMENTS)
        for call in calls.values():
            call()  # warm the connection pool
        return interleave({name: per_op(call, sizes.calls) for name, call in calls.items()}, sizes.rounds)


def async_calls(server: FakeServer, sizes: Sizes) -> dict[str, float]:
    """Median seconds per call of each async client (sequential awaits), interleaved, on one event loop."""
    return asyncio.run(_async_calls(server, sizes))


async def _async_calls(server: FakeServer, sizes: Sizes) -> dict[str, float]:
    async with AsyncExitStack() as stack:
        raw = await stack.enter_async_context(httpx.AsyncClient())
        ours = await stack.enter_async_context(AsyncEvolink(api_key=API_KEY, base_url=server.url))

        async def raw_call() -> object:
            return json.loads((await raw.post(server.url + PATH, json=BODY, headers=HEADERS)).content)

        async def our_call() -> object:
            return await ours.chat.completions.create(model=MODEL, messages=MESSAGES, **ARGUMENTS)

        calls: dict[str, Callable[[], Awaitable[object]]] = {"raw httpx": raw_call, "evolink": our_call}
        if (openai := optional("openai")) is not None:
            peer = await stack.enter_async_context(
                openai.AsyncOpenAI(api_key=API_KEY, base_url=openai_base_url(server))
            )

            async def peer_call() -> object:
                return await peer.chat.completions.create(model=MODEL, messages=MESSAGES, **WIRE_ARGUMENTS)

            calls["openai"] = peer_call
        for call in calls.values():
            await call()
        return await ainterleave({name: aper_op(call, sizes.calls) for name, call in calls.items()}, sizes.rounds)
