"""Peak memory while reading a stream, for a short and a 10x longer one: flat means the ratio stays near 1.

Each reading runs in a fresh interpreter (`python bench/memory.py CLIENT URL`) that reads one stream to
warm up, then starts tracemalloc and prints the peak bytes traced while it reads a second one; the
servers run in the parent, so their memory is not counted.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from typing import Any

import httpx
from peers import API_KEY, MESSAGES, MODEL, PATH, ROOT, SDK_SRC, has, serve
from timing import Sizes, interleave

CLIENTS = ("raw httpx", "evolink", "openai")
MEMORY_ROUNDS = 3  # tracemalloc's peak barely varies; three rounds guard against a stray allocation


def stream_memory(sizes: Sizes) -> dict[str, tuple[float, float]]:
    """Per client, the median peak traced bytes of a `sizes.memory_chunks[0]` and a `[1]`-chunk stream."""
    clients = [client for client in CLIENTS if client != "openai" or has("openai")]
    servers = [serve(chunks) for chunks in sizes.memory_chunks]
    try:
        measures = {
            f"{client}|{i}": _child(client, server.url) for client in clients for i, server in enumerate(servers)
        }
        peaks = interleave(measures, min(MEMORY_ROUNDS, sizes.process_rounds))
    finally:
        for server in servers:
            server.stop()
    return {client: (peaks[f"{client}|0"], peaks[f"{client}|1"]) for client in clients}


def _child(client: str, url: str) -> Callable[[], float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SDK_SRC), str(ROOT)])}

    def measure() -> float:
        done = subprocess.run(
            [sys.executable, __file__, client, url], check=True, capture_output=True, text=True, env=env, timeout=300
        )
        return float(done.stdout.strip())

    return measure


def _read(client: str, url: str) -> Callable[[], None]:
    body = {"model": MODEL, "messages": MESSAGES, "stream": True}
    if client == "raw httpx":
        raw = httpx.Client()

        def read_raw() -> None:
            with raw.stream("POST", url + PATH, json=body) as response:
                for line in response.iter_lines():
                    if line.startswith("data: ") and line != "data: [DONE]":
                        json.loads(line[6:])

        return read_raw
    if client == "openai":
        sdk: Any = importlib.import_module("openai").OpenAI(
            api_key=API_KEY, base_url=url + PATH.removesuffix("/chat/completions")
        )
    else:
        sdk = importlib.import_module("evolink").Evolink(api_key=API_KEY, base_url=url)

    def read_sdk() -> None:
        for _chunk in sdk.chat.completions.create(**body):
            pass

    return read_sdk


def main(client: str, url: str) -> None:
    """Read one stream with `client` and print the peak bytes tracemalloc saw while reading it."""
    read = _read(client, url)
    read()  # the first stream imports and builds what every later one reuses: not the stream's cost
    tracemalloc.start()
    read()
    print(tracemalloc.get_traced_memory()[1])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
