"""A real package index on 127.0.0.1 (pypiserver), run as a subprocess, for the publish test.

`LocalIndex` starts tests/support/local_index_server.py, reads the port the OS gave it, waits (bounded) until the
index answers, and stops it.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx

STARTUP_TIMEOUT = 30.0
SERVER = Path(__file__).with_name("local_index_server.py")


class LocalIndex:
    """A pypiserver subprocess serving `folder`; a context manager. `url` is its base, `simple` its index."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.url = ""
        self._process: subprocess.Popen[str] | None = None

    @property
    def simple(self) -> str:
        """The PEP 503 "simple" index pip installs from."""
        return f"{self.url}/simple/"

    def __enter__(self) -> LocalIndex:
        self._process = subprocess.Popen(
            [sys.executable, str(SERVER), str(self.folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        assert self._process.stdout is not None
        port = self._process.stdout.readline().strip()  # the child prints it once bound, or exits
        if not port.isdigit():
            self.__exit__(None, None, None)
            raise RuntimeError(f"the local index did not start: {port!r}")
        self.url = f"http://127.0.0.1:{port}"
        self._wait_until_it_answers()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.communicate()

    def _wait_until_it_answers(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.simple, timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the local index at {self.url} did not answer within {STARTUP_TIMEOUT} s")
