"""Cold start: a fresh interpreter that imports a client library and constructs its client, as a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable

from peers import ROOT, SDK_SRC, has
from timing import Sizes, interleave

PROGRAMS = {
    "python": "pass",
    "httpx + pydantic": "import httpx, pydantic",
    "evolink": "import evolink; evolink.Evolink(api_key='k')",
    "openai": "import openai; openai.OpenAI(api_key='k')",
}


def cold_imports(sizes: Sizes) -> dict[str, float]:
    """Median wall seconds of each program in a fresh interpreter, interleaved (`python` is the bare start-up)."""
    env = {**os.environ, "PYTHONPATH": str(SDK_SRC)}
    programs = {name: code for name, code in PROGRAMS.items() if name != "openai" or has("openai")}
    return interleave({name: _run(code, env) for name, code in programs.items()}, sizes.process_rounds)


def _run(code: str, env: dict[str, str]) -> Callable[[], float]:
    def measure() -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
        return time.perf_counter() - start

    return measure
