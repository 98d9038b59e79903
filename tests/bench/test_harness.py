"""Smoke test of `make bench`'s harness: its smallest run prints every row with numbers, and records them.

Nothing here asserts a duration or a ratio's size: only that each measure ran and produced a number.
Peers of the `bench` extra (openai, openapi-python-client) are measured when installed in this venv and
must then have numbers; otherwise (CI, a plain `.[dev]` venv) their cells say `not installed`.
"""

from __future__ import annotations

import importlib.util
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PEER_MODULES = {"openai": "openai", "openai validate": "openai", "openai construct": "openai"}
PEER_MODULES["openapi-python-client"] = "openapi_python_client"
PEER_MODULES["openapi-python-client, black"] = "openapi_python_client"
MEASURES = {
    "per call, sync (µs)": {"raw httpx", "openai"},
    "per call, async (µs)": {"raw httpx", "openai"},
    "stream of * chunks (chunks/s)": {"raw httpx", "openai"},
    "validation: build_body (µs)": {"—"},
    "parse one ChatCompletion (µs)": {"json.loads", "openai validate", "openai construct"},
    "cold import + client (ms)": {"httpx + pydantic", "openai"},
    "cold import + client, less bare `python` (ms)": {"httpx + pydantic", "openai"},
    "stream peak, * chunks (KiB)": {"raw httpx", "openai"},
    "stream peak growth, * ÷ *": {"raw httpx", "openai"},
    "generator check cold (s)": {"openapi-python-client", "openapi-python-client, black"},
    "generator check warm (s)": {"openapi-python-client", "openapi-python-client, black"},
    "generator generate cold (s)": {"openapi-python-client", "openapi-python-client, black"},
    "generator generate warm (s)": {"openapi-python-client", "openapi-python-client, black"},
    **{
        f"{workload}: {figure}": {"raw httpx", "openai"}
        for workload in ("* concurrent async calls", "* concurrent async streams", "* sync calls from * threads")
        for figure in ("wall (s)", "memory per call (KiB)")
    },
    "* sync calls from * threads: memory per request on the wire (KiB)": {"raw httpx", "openai"},
}


def number(cell: str) -> float:
    """A table cell's number; fails the test on anything else."""
    value = float(cell.replace(",", ""))
    assert math.isfinite(value), cell
    return value


def installed(peer: str) -> bool:
    module = PEER_MODULES.get(peer)
    return module is None or importlib.util.find_spec(module) is not None


def table_rows(text: str) -> list[list[str]]:
    lines = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| ---")]
    return [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[1:]]


def measure_key(measure: str) -> str:
    """The measure's label with its sizes replaced by `*` (quick and full runs differ only in those)."""
    words = ["*" if word.replace(",", "").isdigit() else word for word in measure.split(" ")]
    return " ".join(words)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """stdout of `bench/run.py --quick --write FILE`, and FILE's text."""
    record = tmp_path_factory.mktemp("bench") / "BENCHMARKS.md"
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--quick", "--write", str(record)],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done.stdout, record.read_text(encoding="utf-8")


@pytest.mark.timeout(700)
def test_quick_run_prints_every_measure_against_every_peer(quick_run: tuple[str, str]) -> None:
    rows = table_rows(quick_run[0])
    seen: dict[str, set[str]] = {}
    for measure, ours, peer, theirs, ratio in rows:
        seen.setdefault(measure_key(measure), set()).add(peer)
        assert number(ours) >= 0
        if peer == "—":
            assert (theirs, ratio) == ("—", "—")
        elif installed(peer) and number(theirs) == 0:
            assert ratio == "—", "no ratio to a zero"
        elif installed(peer):
            assert number(theirs) > 0 and number(ratio) >= 0, (measure, peer)
        else:
            assert (theirs, ratio) == ("not installed", "—")
    assert seen == MEASURES


@pytest.mark.timeout(700)
def test_quick_run_records_the_table_with_machine_and_python(quick_run: tuple[str, str]) -> None:
    stdout, record = quick_run
    assert table_rows(record) == table_rows(stdout)
    assert f"Python {sys.version_info.major}.{sys.version_info.minor}." in record
    assert "cores" in record and "command: `python bench/run.py --quick --write" in record


def test_a_bad_option_is_an_error_message_not_a_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "bench/run.py", "--rounds"], check=False, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "unrecognized arguments" in done.stderr
