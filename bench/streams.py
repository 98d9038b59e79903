"""Streaming: chunks per second through evolink's Stream, raw httpx iter_lines + json.loads, and openai's Stream."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import ExitStack

import httpx
from evolink import Evolink
from peers import API_KEY, MESSAGES, MODEL, PATH, openai_base_url, optional
from timing import Sizes, interleave, per_op

from tests.support.fake_server import FakeServer


def stream_seconds(server: FakeServer, sizes: Sizes) -> dict[str, float]:
    """Median seconds to read one whole stream of `sizes.chunks` chunks, per client, interleaved."""
    body = {"model": MODEL, "messages": MESSAGES, "stream": True}
    with ExitStack() as stack:
        raw = stack.enter_context(httpx.Client())
        ours = stack.enter_context(Evolink(api_key=API_KEY, base_url=server.url))

        def raw_stream() -> None:
            with raw.stream("POST", server.url + PATH, json=body) as response:
                for line in response.iter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        json.loads(line[6:])

        def our_stream() -> None:
            for _chunk in ours.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True):
                pass

        streams: dict[str, Callable[[], None]] = {"raw httpx": raw_stream, "evolink": our_stream}
        if (openai := optional("openai")) is not None:
            peer = stack.enter_context(openai.OpenAI(api_key=API_KEY, base_url=openai_base_url(server)))

            def peer_stream() -> None:
                for _chunk in peer.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True):
                    pass

            streams["openai"] = peer_stream
        return interleave({name: per_op(stream, 1) for name, stream in streams.items()}, sizes.rounds)
