"""Interleaved rounds and medians, and the sizes of a full and a quick run.

Every peer runs once per round, in the same order (A, B, C, A, B, C, ...), so whatever the rest of the
machine does drifts onto all of them alike; the median of the rounds is the figure.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Sizes:
    """How much one run measures: rounds per measure and the work inside one round."""

    rounds: int
    calls: int
    chunks: int
    micro: int
    memory_chunks: tuple[int, int]
    process_rounds: int
    concurrent_calls: tuple[int, ...]
    concurrent_streams: int
    thread_calls: int
    concurrency_rounds: int


FULL = Sizes(
    rounds=9,
    calls=200,
    chunks=2000,
    micro=20000,
    memory_chunks=(1000, 10000),
    process_rounds=7,
    concurrent_calls=(100, 1000, 5000),
    concurrent_streams=500,
    thread_calls=1000,
    concurrency_rounds=3,
)
QUICK = Sizes(
    rounds=1,
    calls=3,
    chunks=20,
    micro=20,
    memory_chunks=(10, 100),
    process_rounds=1,
    concurrent_calls=(5, 20),
    concurrent_streams=5,
    thread_calls=10,
    concurrency_rounds=1,
)


def interleave(measures: Mapping[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """The median of `rounds` runs of each measure, run in turn within every round."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(rounds):
        for name, measure in measures.items():
            samples[name].append(measure())
    return {name: statistics.median(values) for name, values in samples.items()}


def per_op(function: Callable[[], object], repeat: int) -> Callable[[], float]:
    """A measure: the mean seconds per call of `function` over `repeat` calls."""

    def measure() -> float:
        start = time.perf_counter()
        for _ in range(repeat):
            function()
        return (time.perf_counter() - start) / repeat

    return measure


async def ainterleave(measures: Mapping[str, Callable[[], Awaitable[float]]], rounds: int) -> dict[str, float]:
    """`interleave` for measures that are awaited."""
    samples: dict[str, list[float]] = {name: [] for name in measures}
    for _ in range(rounds):
        for name, measure in measures.items():
            samples[name].append(await measure())
    return {name: statistics.median(values) for name, values in samples.items()}


def aper_op(function: Callable[[], Awaitable[object]], repeat: int) -> Callable[[], Awaitable[float]]:
    """`per_op` for a coroutine function: the mean seconds per awaited call."""

    async def measure() -> float:
        start = time.perf_counter()
        for _ in range(repeat):
            await function()
        return (time.perf_counter() - start) / repeat

    return measure
