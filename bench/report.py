"""The result as a Markdown table (stdout and BENCHMARKS.md), with the machine, versions and command it came from."""

from __future__ import annotations

import os
import platform
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

PACKAGES = ("httpx", "httpcore", "pydantic", "openai", "httpx2", "openapi-python-client")


@dataclass(frozen=True)
class Row:
    """One measure of evolink beside one peer: `ratio` is evolink's cost over the peer's (< 1: evolink is cheaper)."""

    measure: str
    evolink: str
    peer: str
    peers: str
    ratio: float | None


def ratio_text(ratio: float | None) -> str:
    """A ratio with two decimals, or a dash where none applies."""
    return "—" if ratio is None else f"{ratio:.2f}"


def table(rows: list[Row]) -> str:
    """The rows as a Markdown table."""
    lines = ["| measure | evolink | peer | peer's | evolink ÷ peer |", "| --- | ---: | --- | ---: | ---: |"]
    lines += [f"| {r.measure} | {r.evolink} | {r.peer} | {r.peers} | {ratio_text(r.ratio)} |" for r in rows]
    return "\n".join(lines)


def machine() -> list[str]:
    """What the figures depend on: CPU model and cores, load, Python, package versions."""
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        names = [
            line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines() if line.startswith("model name")
        ]
        cpu = names[0] if names else cpu
    load = " / ".join(f"{value:.2f}" for value in os.getloadavg()) if hasattr(os, "getloadavg") else "unknown"
    versions = ", ".join(f"{name} {_version(name)}" for name in PACKAGES)
    return [
        f"- machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"- load average when it finished (1 / 5 / 15 min): {load}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- packages: {versions}",
    ]


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def document(rows: list[Row], notes: list[str], command: str) -> str:
    """BENCHMARKS.md: what was run, where, the table and how to read it."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        "# Benchmarks",
        "",
        f"The last recorded `make bench` run ({stamp}); rerun it with `make bench WRITE=1`.",
        "",
        f"- command: `{command}`",
        *machine(),
        "",
        table(rows),
        "",
        "How to read it:",
        "",
        *[f"- {note}" for note in notes],
        "",
    ]
    return "\n".join(head)


def command_line() -> str:
    """The command that produced this run, as typed."""
    return " ".join(["python", *sys.argv])
