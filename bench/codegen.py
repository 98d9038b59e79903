"""The generator against openapi-python-client, each a subprocess run on this project's spec, interleaved.

`python -m generator check` (reads spec/, renders, compares with generated/) and `generate` (into a
temporary folder, so the working tree is never written) run cold, with `--no-cache` (as after a change
to spec/, templates/ or a tool's version), and warm, as a developer runs them with nothing changed;
openapi-python-client turns generated/openapi.yaml into a client package in a temporary folder, once with its
own post-hooks (ruff) and once formatting with black, as this generator must.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from peers import ROOT, has
from timing import Sizes, interleave

PEER = "openapi-python-client"
PEER_BLACK = "openapi-python-client, black"
"""The same peer formatting its output with black, as this generator must (its default is ruff, in Rust)."""
BLACK_HOOKS = 'post_hooks:\n  - "ruff check . --fix-only"\n  - "black ."\n'
"""openapi-python-client's config for `PEER_BLACK`: its default hooks with `ruff format` replaced by black."""


def codegen_seconds(sizes: Sizes) -> dict[str, float]:
    """Median wall seconds of each command, interleaved; keys name the command and how it ran."""
    with tempfile.TemporaryDirectory(prefix="evolink-bench-") as folder:
        temp = Path(folder)
        commands: dict[str, list[str]] = {}
        for command, extra in (("check", []), ("generate", ["--out", str(temp / "generated")])):
            base = [sys.executable, "-m", "generator", command, *extra]
            commands[f"{command} cold"] = [*base, "--no-cache"]
            commands[f"{command} warm"] = base
        if has("openapi_python_client"):
            (temp / "black.yaml").write_text(BLACK_HOOKS, encoding="utf-8")
            peer = [
                *(sys.executable, "-m", "openapi_python_client", "generate", "--meta", "setup", "--overwrite"),
                *("--path", str(ROOT / "generated" / "openapi.yaml")),
            ]
            commands[PEER] = [*peer, "--output-path", str(temp / "peer")]
            commands[PEER_BLACK] = [
                *peer,
                "--output-path",
                str(temp / "peer-black"),
                "--config",
                str(temp / "black.yaml"),
            ]
        return interleave({name: _run(argv) for name, argv in commands.items()}, sizes.process_rounds)


def _run(argv: list[str]) -> Callable[[], float]:
    # openapi-python-client runs `ruff` from PATH after generating: give it this venv's.
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}

    def measure() -> float:
        start = time.perf_counter()
        done = subprocess.run(argv, check=False, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv[1:4])} exited {done.returncode}: {done.stderr[-500:]}")
        return elapsed

    return measure
