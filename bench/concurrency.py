"""Many calls at once: wall time, errors and memory per in-flight call, per client, each run in a fresh interpreter.

    async calls   N concurrent `create()` calls (`asyncio.gather`), N = 100, 1,000, 5,000
    async streams 500 concurrent streams, each read to its end
    threads       1,000 sync calls from a pool of 64 threads

Every reply takes `REPLY_SECONDS` (a stream spreads that over its chunks), so the calls are truly in flight
together. The server (`load_server`, fast enough not to be what is measured) runs in the parent, so the child
measures the client alone: `python bench/concurrency.py CLIENT KIND N URL` prints one JSON line. Memory is the
growth of the child's resident set while the calls are in flight, over the calls; each result is dropped as it
arrives, so it is what calls in flight hold, not what a caller keeps. raw httpx gets openai-python's
pool limits (the ones evolink makes its own pool with). A run that has not finished within `RUN_TIMEOUT` seconds
is stopped and shown as such; that client skips that workload in later rounds.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import httpx
from load_server import LoadServer
from peers import API_KEY, COMPLETION, MESSAGES, MODEL, PATH, ROOT, SDK_SRC, has
from timing import Sizes

from tests.support.evolink_bodies import evolink_stream

CLIENTS = ("evolink", "openai", "raw httpx")
REPLY_SECONDS = 0.05
STREAM_CHUNKS = 10
THREADS = 64
RUN_TIMEOUT = 120.0
LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)
"""openai-python's pool limits, given to raw httpx so that it is compared at the same pool size."""


@dataclass(frozen=True)
class Workload:
    """One row of the table: what each client does, and how many."""

    kind: str
    count: int

    @property
    def label(self) -> str:
        """The row's name."""
        what = {"calls": "concurrent async calls", "streams": "concurrent async streams"}
        if self.kind == "threads":
            return f"{self.count:,} sync calls from {THREADS} threads"
        return f"{self.count:,} {what[self.kind]}"


@dataclass(frozen=True)
class Run:
    """What one child measured; `seconds` is None when it was stopped at `RUN_TIMEOUT`."""

    seconds: float | None
    errors: int
    kib_per_call: float
    count: int = 0
    """How many calls the run made."""
    on_the_wire: int = 0
    """The most requests the server had in flight at once during the run."""

    @property
    def kib_per_request_on_the_wire(self) -> float | None:
        """The growth of the resident set over the most requests the server had in flight at once."""
        return self.kib_per_call * self.count / self.on_the_wire if self.on_the_wire else None


def workloads(sizes: Sizes) -> list[Workload]:
    """The rows of a run of this size."""
    calls = [Workload("calls", count) for count in sizes.concurrent_calls]
    return [*calls, Workload("streams", sizes.concurrent_streams), Workload("threads", sizes.thread_calls)]


def measure(sizes: Sizes) -> dict[Workload, dict[str, list[Run]]]:
    """Every workload, every installed client in turn, `sizes.process_rounds` rounds (a stopped run is not repeated)."""
    clients = [client for client in CLIENTS if client != "openai" or has("openai")]
    server = LoadServer(COMPLETION, evolink_stream(["token "] * STREAM_CHUNKS), REPLY_SECONDS)
    server.start()
    runs: dict[Workload, dict[str, list[Run]]] = {load: {client: [] for client in clients} for load in workloads(sizes)}
    try:
        for _ in range(min(sizes.process_rounds, sizes.concurrency_rounds)):
            for load, by_client in runs.items():
                for client, done in by_client.items():
                    if not done or done[-1].seconds is not None:
                        done.append(_child(client, load, server))
    finally:
        server.stop()
    return runs


def _child(client: str, load: Workload, server: LoadServer) -> Run:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SDK_SRC), str(ROOT)])}
    command = [sys.executable, __file__, client, load.kind, str(load.count), server.url]
    server.reset_peak()
    try:
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=env, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        return Run(None, 0, 0.0)
    result = json.loads(done.stdout)
    return Run(result["seconds"], result["errors"], result["kib_per_call"], load.count, server.peak)


# The child: one client, one workload.


def _calls(client: str, url: str, stream: bool) -> tuple[Callable[[], Awaitable[object]], Any]:
    """An async call (a whole stream read when `stream`) with `client`, and the object to close after."""
    body = {"model": MODEL, "messages": MESSAGES, **({"stream": True} if stream else {})}
    if client == "raw httpx":
        raw = httpx.AsyncClient(limits=LIMITS)

        async def raw_call() -> object:
            if not stream:
                return json.loads((await raw.post(url + PATH, json=body)).content)
            async with raw.stream("POST", url + PATH, json=body) as response:
                return [json.loads(line[6:]) async for line in response.aiter_lines() if _is_chunk(line)]

        return raw_call, raw
    sdk = _sdk(client, url, asynchronous=True)

    async def sdk_call() -> object:
        result = await sdk.chat.completions.create(**body)
        return [chunk async for chunk in result] if stream else result

    return sdk_call, sdk


def _sync_call(client: str, url: str) -> tuple[Callable[[], object], Any]:
    body = {"model": MODEL, "messages": MESSAGES}
    if client == "raw httpx":
        raw = httpx.Client(limits=LIMITS)
        return lambda: json.loads(raw.post(url + PATH, json=body).content), raw
    sdk = _sdk(client, url, asynchronous=False)
    return lambda: sdk.chat.completions.create(**body), sdk


def _sdk(client: str, url: str, *, asynchronous: bool) -> Any:
    # Imported by name: only the child that measures a client imports it, and openai is in the `bench` extra only
    # (`make lint` type-checks this file without it).
    if client == "openai":
        openai = importlib.import_module("openai")
        make: Any = openai.AsyncOpenAI if asynchronous else openai.OpenAI
        return make(api_key=API_KEY, base_url=url + PATH.removesuffix("/chat/completions"))
    evolink = importlib.import_module("evolink")
    return (evolink.AsyncEvolink if asynchronous else evolink.Evolink)(api_key=API_KEY, base_url=url)


def _is_chunk(line: str) -> bool:
    return line.startswith("data: ") and line != "data: [DONE]"


# Each call's result is dropped as soon as it arrives (only a failure is kept, to be counted), so that the memory
# measured is what the calls in flight hold, not the results a caller chose to keep.


async def _gather(call: Callable[[], Awaitable[object]], count: int) -> list[Exception | None]:
    async def settled() -> Exception | None:
        try:
            await call()
        except Exception as error:  # counted below
            return error
        return None

    return await asyncio.gather(*(settled() for _ in range(count)))


def _threads(call: Callable[[], object], count: int) -> list[Exception | None]:
    def settled(_: int) -> Exception | None:
        try:
            call()
        except Exception as error:  # counted below
            return error
        return None

    with ThreadPoolExecutor(THREADS) as pool:
        return list(pool.map(settled, range(count)))


class _Resident:
    """The peak resident set while the calls run, sampled every few milliseconds (Linux's /proc; elsewhere the
    process's lifetime peak, which the imports may already have set)."""

    def __init__(self) -> None:
        self.base = self.peak = self._now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> _Resident:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._now())

    def _sample(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self._now())

    @staticmethod
    def _now() -> float:
        """KiB resident now (Linux), else the lifetime peak."""
        if os.path.exists(_STATM):
            with open(_STATM, encoding="ascii") as statm:
                return int(statm.read().split()[1]) * _PAGE_KIB
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 1024 if sys.platform == "darwin" else float(peak)  # bytes on macOS, KiB elsewhere


_STATM = "/proc/self/statm"
_PAGE_KIB = os.sysconf("SC_PAGE_SIZE") / 1024


def main(client: str, kind: str, count: int, url: str) -> None:
    """Run one workload and print its wall time, errors and resident memory growth per call as JSON."""
    if kind == "threads":
        sync_call, closable = _sync_call(client, url)
        sync_call()  # warm: imports, first connection
        with _Resident() as resident:
            start = time.perf_counter()
            results = _threads(sync_call, count)
            seconds = time.perf_counter() - start
        closable.close()
    else:
        async_call, closable = _calls(client, url, stream=kind == "streams")

        async def run() -> tuple[_Resident, float, list[Exception | None]]:
            await async_call()
            with _Resident() as resident:
                start = time.perf_counter()
                results = await _gather(async_call, count)
                seconds = time.perf_counter() - start
            await closable.aclose() if client == "raw httpx" else await closable.close()
            return resident, seconds, results

        resident, seconds, results = asyncio.run(run())
    errors = sum(result is not None for result in results)
    growth = (resident.peak - resident.base) / count
    print(json.dumps({"seconds": seconds, "errors": errors, "kib_per_call": growth}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
