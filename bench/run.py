"""`make bench`: evolink and its generator against their peers, interleaved in one run, on loopback.

    per call, sync / async  evolink create()             vs raw httpx post + json.loads, openai
    stream                  evolink Stream (chunks/s)    vs raw httpx iter_lines + json.loads, openai
    cold start              import evolink + Evolink()   vs import httpx, pydantic; import openai + OpenAI()
    validation, parsing     build_body(); ChatCompletion from JSON vs json.loads, openai validate / construct
    stream memory           peak traced bytes, short vs 10x longer stream (flat: ratio near 1)
    generator               check / generate, cold and warm  vs openapi-python-client generate (ruff; black)
    concurrency             N calls or streams at once, and sync calls from 64 threads: wall time, errors,
                            memory per call      vs raw httpx (openai's pool limits), openai

Every measure runs its peers in turn within each round and reports the median round. The peers in the
`bench` extra (openai, openapi-python-client) are measured when installed (`make bench` installs them).
`--quick` runs the smallest configuration (the smoke test's); `--write FILE` records the table.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

# The generated SDK and the tests' fake server, importable before the measures that use them.
ROOT = Path(__file__).resolve().parent.parent
sys.path[1:1] = [str(ROOT / "generated" / "python" / "src"), str(ROOT)]

import calls  # noqa: E402
import codegen  # noqa: E402
import concurrency  # noqa: E402
import imports  # noqa: E402
import memory  # noqa: E402
import micro  # noqa: E402
import streams  # noqa: E402
from peers import ARGUMENTS, MODEL, serve  # noqa: E402
from report import Row, command_line, document, table  # noqa: E402
from timing import FULL, QUICK, Sizes  # noqa: E402

NOTES = [
    "Each measure runs every peer once per round, in turn, and shows the median round; ratios compare figures from "
    "the same rounds, so they hold across machines better than the figures do.",
    "evolink ÷ peer is evolink's cost over the peer's (time, or bytes): below 1 evolink is cheaper. For chunks/s it is "
    "the peer's rate over evolink's.",
    "Calls and streams go to a local fake server (tests/support/fake_server.py) on 127.0.0.1 in the same process; the "
    "openai SDK talks to it through its OpenAI-compatible `/v1/chat/completions`. A stream's connection closes at "
    "`data: [DONE]`.",
    "Cold start is a fresh interpreter's wall time; the second pair of rows subtracts a bare `python -c pass`, so its "
    "ratio compares the imports and construction alone.",
    "Stream memory is tracemalloc's peak while one stream is read, in a fresh interpreter; `growth` is the long "
    "stream's peak over the short one's: near 1 means memory does not grow with the stream.",
    "The generator rows are subprocess wall times on this project's spec; openapi-python-client renders "
    "generated/openapi.yaml with its own post-hooks (ruff, in Rust), and again formatting with black as this "
    "generator must (`openapi-python-client, black`: its ruff fixes, then black instead of `ruff format`). Warm is "
    "the everyday case (nothing changed since the last run: the cache answers and the tree on disk is still "
    "compared); cold is `--no-cache`, as after a change to spec/, templates/ or a tool version, and pays for "
    "importing datamodel-code-generator and black and running them (in forked worker processes side by side, one per "
    "core up to 4: a second core shortens it).",
    "The concurrency rows run each client in a fresh interpreter against a minimal asyncio HTTP server in the parent "
    f"(bench/load_server.py) that answers every call after {concurrency.REPLY_SECONDS * 1000:.0f} ms; a stream "
    "spreads that over its chunks. Memory is the growth of the child's resident set while the calls are in flight, "
    "over the calls (each result dropped as it arrives: what calls in flight hold, not what a caller keeps). From "
    "64 threads, how many requests are on the wire at once depends on the client (a client whose threads queue for "
    "its pool holds fewer at a time, and uses less memory for it): the `per request on the wire` row divides the "
    "same growth by the most requests the server had in flight at once, which is memory per in-flight call. A "
    "figure shows its errors when there were any; a run stopped after "
    f"{concurrency.RUN_TIMEOUT:.0f} s reads `> {concurrency.RUN_TIMEOUT:.0f} s`. openai-python runs on httpx2 "
    "(pydantic's fork of httpx, whose pool does not walk every connection per request); evolink and raw httpx on "
    "httpx and httpcore 1.x.",
]


def sdk_rows(sizes: Sizes) -> list[Row]:
    """Per call, stream and micro rows (the fake server lives only as long as these)."""
    server = serve(sizes.chunks)
    try:
        sync, asynchronous = calls.sync_calls(server, sizes), calls.async_calls(server, sizes)
        stream = streams.stream_seconds(server, sizes)
    finally:
        server.stop()
    rows = compare("per call, sync (µs)", sync, ["raw httpx", "openai"], 1e6)
    rows += compare("per call, async (µs)", asynchronous, ["raw httpx", "openai"], 1e6)
    rates = {name: sizes.chunks / seconds for name, seconds in stream.items()}
    rows += compare(f"stream of {sizes.chunks} chunks (chunks/s)", rates, ["raw httpx", "openai"], 1, higher=True)
    rows += compare("validation: build_body (µs)", micro.validation(sizes), [], 1e6, digits=1)
    parse = micro.parsing(sizes)
    rows += compare(
        "parse one ChatCompletion (µs)", parse, ["json.loads", "openai validate", "openai construct"], 1e6, 1
    )
    return rows


def compare(
    measure: str, values: dict[str, float], peers: list[str], scale: float, digits: int = 0, *, higher: bool = False
) -> list[Row]:
    """evolink's figure beside each peer's (a peer not installed reads `not installed`); one row without peers."""
    ours = values["evolink"]
    text = f"{ours * scale:,.{digits}f}"
    if not peers:
        return [Row(measure, text, "—", "—", None)]
    rows = []
    for peer in peers:
        if peer not in values:
            rows.append(Row(measure, text, peer, "not installed", None))
            continue
        theirs = values[peer]
        ratio = (theirs / ours if higher else ours / theirs) if ours and theirs else None  # no ratio to a zero
        rows.append(Row(measure, text, peer, f"{theirs * scale:,.{digits}f}", ratio))
    return rows


def start_rows(sizes: Sizes) -> list[Row]:
    """Cold import + construction in a fresh interpreter."""
    seconds = imports.cold_imports(sizes)
    peers = ["httpx + pydantic", "openai"]
    rows = compare("cold import + client (ms)", seconds, peers, 1e3)
    net = {name: value - seconds["python"] for name, value in seconds.items() if name != "python"}
    return rows + compare("cold import + client, less bare `python` (ms)", net, peers, 1e3)


def memory_rows(sizes: Sizes) -> list[Row]:
    """Peak memory of a short and a long stream, and their ratio, per client."""
    small, large = sizes.memory_chunks
    peaks = memory.stream_memory(sizes)
    peers = ["raw httpx", "openai"]
    rows = compare(f"stream peak, {small} chunks (KiB)", {k: v[0] for k, v in peaks.items()}, peers, 1 / 1024)
    rows += compare(f"stream peak, {large} chunks (KiB)", {k: v[1] for k, v in peaks.items()}, peers, 1 / 1024)
    growth = {name: long / short for name, (short, long) in peaks.items()}
    return rows + compare(f"stream peak growth, {large} ÷ {small}", growth, peers, 1, 2)


def codegen_rows(sizes: Sizes) -> list[Row]:
    """The generator's check and generate, cold and warm, beside openapi-python-client's generate (formatted by its
    own hooks, and by black)."""
    seconds = codegen.codegen_seconds(sizes)
    rows = []
    for name in ("check cold", "check warm", "generate cold", "generate warm"):
        peers = [codegen.PEER, codegen.PEER_BLACK]
        values = {"evolink": seconds[name]} | {k: v for k, v in seconds.items() if k in peers}
        rows += compare(f"generator {name} (s)", values, peers, 1, 2)
    return rows


def concurrency_rows(sizes: Sizes) -> list[Row]:
    """Per workload: wall time and memory per call, evolink beside raw httpx and openai."""
    rows = []
    for load, runs in concurrency.measure(sizes).items():
        ours = runs["evolink"]
        for peer in ("raw httpx", "openai"):
            theirs = runs.get(peer)
            if theirs is None:
                rows.append(Row(f"{load.label}: wall (s)", _wall(ours), peer, "not installed", None))
            else:
                rows.append(Row(f"{load.label}: wall (s)", _wall(ours), peer, _wall(theirs), _ratio(ours, theirs)))
        memory = {name: statistics.median(run.kib_per_call for run in done) for name, done in runs.items()}
        rows += compare(f"{load.label}: memory per call (KiB)", memory, ["raw httpx", "openai"], 1, 1)
        if load.kind == "threads":
            wire = {name: _per_request_on_the_wire(done) for name, done in runs.items()}
            if all(value is not None for value in wire.values()):
                label = f"{load.label}: memory per request on the wire (KiB)"
                rows += compare(label, {k: v for k, v in wire.items() if v is not None}, ["raw httpx", "openai"], 1, 1)
    return rows


def _per_request_on_the_wire(runs: list[concurrency.Run]) -> float | None:
    """The median memory per request the server had in flight at once; None if a run was stopped."""
    values = [run.kib_per_request_on_the_wire for run in runs]
    known = [value for value in values if value is not None]
    return statistics.median(known) if len(known) == len(values) else None


def _wall(runs: list[concurrency.Run]) -> str:
    """The median wall time and its errors, or how long a stopped run had run."""
    if runs[-1].seconds is None:
        return f"> {concurrency.RUN_TIMEOUT:.0f} s"
    seconds = statistics.median(run.seconds for run in runs if run.seconds is not None)
    errors = max(run.errors for run in runs)
    return f"{seconds:,.2f}" + (f", {errors:,} errors" if errors else "")


def _ratio(ours: list[concurrency.Run], theirs: list[concurrency.Run]) -> float | None:
    """evolink's median wall time over the peer's; none when either run was stopped."""
    if ours[-1].seconds is None or theirs[-1].seconds is None:
        return None
    return statistics.median(r.seconds for r in ours if r.seconds) / statistics.median(
        r.seconds for r in theirs if r.seconds
    )


def main(argv: list[str] | None = None) -> int:
    """Run every measure, print the table; with --write, record it with the machine it ran on."""
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one round of tiny counts (a smoke test, not a figure)")
    parser.add_argument("--write", type=Path, metavar="FILE", help="also write the table to FILE (BENCHMARKS.md)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    try:
        rows = sdk_rows(sizes) + start_rows(sizes) + memory_rows(sizes) + codegen_rows(sizes) + concurrency_rows(sizes)
    except (OSError, RuntimeError, subprocess.SubprocessError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    print(table(rows))
    print(
        f"\nmedian of {sizes.rounds} interleaved rounds ({sizes.process_rounds} for subprocesses); "
        "ratio < 1: evolink is cheaper"
    )
    if args.write:
        notes = [*NOTES, f"Calls send model `{MODEL}` (the model with the most arguments) with {ARGUMENTS}."]
        args.write.write_text(document(rows, notes, command_line()), encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
