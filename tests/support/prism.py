"""Run the Prism mock server (`@stoplight/prism-cli`, installed by `npm ci`) on a loopback port."""

from __future__ import annotations

import queue
import re
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.paths import ROOT

PRISM = ROOT / "node_modules" / ".bin" / "prism"
_LISTENING = re.compile(r"Prism is listening on (http://127\.0\.0\.1:\d+)")
STARTUP_SECONDS = 60.0
PRISM_API_KEY = "sk-prism-test"
"""The key the clients on Prism send (Prism checks only that a bearer token is there)."""


@contextmanager
def prism_server(document: Path) -> Iterator[str]:
    """Serve `document` with Prism on 127.0.0.1 and an OS-chosen port; yield its base URL."""
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: run `make test`, which installs it with `npm ci`")
    process = subprocess.Popen(
        [str(PRISM), "mock", str(document), "--host", "127.0.0.1", "--port", "0", "--errors"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_pump, args=(process, lines), daemon=True).start()
    try:
        yield _wait_for_url(process, lines)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def _pump(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    assert process.stdout is not None
    for line in process.stdout:
        lines.put(line)


def _wait_for_url(process: subprocess.Popen[str], lines: queue.Queue[str]) -> str:
    deadline = time.monotonic() + STARTUP_SECONDS
    seen: list[str] = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        seen.append(line)
        match = _LISTENING.search(line)
        if match:
            return match.group(1)
    raise RuntimeError("Prism did not start:\n" + "".join(seen[-30:]))
