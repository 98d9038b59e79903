"""A command stopped by SIGTERM or Ctrl-C stops its worker processes, removes nothing and writes nothing, says so
in one line and exits as a shell reports a signal (143, 130); one killed outright takes its workers with it.

By default SIGTERM ended the generator at once and its forked workers lived on, orphaned, holding the caller's
pipes open: `timeout 60 evolink-codegen generate | tee log` never ended. Ctrl-C printed a traceback per process.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import signal
from pathlib import Path

import pytest

from generator import exit_codes
from generator.emit import workers
from generator.tree import MANIFEST, write_tree
from tests.support.commands import start_cli
from tests.support.processes import HAS_PROC, await_children, await_ended

STOPS = [
    pytest.param(signal.SIGTERM, False, exit_codes.TERMINATED, "terminated", id="SIGTERM to the command"),
    pytest.param(signal.SIGINT, True, exit_codes.INTERRUPTED, "interrupted", id="Ctrl-C to its process group"),
    pytest.param(signal.SIGKILL, False, -signal.SIGKILL, "", id="SIGKILL to the command (Linux: workers die too)"),
]
PROCESSES = 2
"""The reserved process and one worker: the render is under way (a cold one takes seconds from there)."""


@pytest.mark.skipif(not HAS_PROC, reason="counts the command's processes in Linux's /proc")
@pytest.mark.skipif(workers._cpus() < 2, reason="one CPU: the render runs in one process, with no worker to stop")
@pytest.mark.parametrize(("stop", "to_group", "code", "message"), STOPS)
def test_a_stopped_generate_stops_its_workers_and_changes_nothing(
    project_copy: Path, stop: signal.Signals, to_group: bool, code: int, message: str
) -> None:
    out = project_copy / "generated"
    before = _digests(out)
    process = start_cli(
        project_copy,
        *("generate", "--no-cache", "--spec", project_copy / "spec", "--out", out),
        *("--templates", project_copy / "templates"),
        new_session=True,  # its own process group: the Ctrl-C case signals the group, never pytest
    )
    try:
        spawned = await_children(process.pid, PROCESSES, seconds=60)
        assert len(spawned) >= PROCESSES, f"the render started {len(spawned)} worker processes; expected a pool"
        (os.killpg if to_group else os.kill)(process.pid, stop)
        _, err = process.communicate(timeout=30)  # times out while an orphaned worker holds the pipes
    finally:
        with contextlib.suppress(ProcessLookupError):  # the group is gone when every process in it ended
            os.killpg(process.pid, signal.SIGKILL)
    assert (process.returncode, err.strip().splitlines()[-1:]) == (code, [message] if message else []), err
    assert "Traceback" not in err
    assert not await_ended(spawned, seconds=10), "worker processes outlived the command"
    assert _digests(out) == before


def _digests(out: Path) -> dict[str, str]:
    """Every file of the output folder (staged ones included) and its content's hash."""
    return {
        path.relative_to(out).as_posix(): _sha256(path.read_text(encoding="utf-8"))
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


class _Signalling(str):
    """A file's text that, when written, sends this process SIGTERM (as `timeout` would, mid-write)."""

    __slots__ = ()

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        os.kill(os.getpid(), signal.SIGTERM)
        return str(self).encode(encoding, errors)


class _Stopped(Exception):
    """What the test's SIGTERM handler raises (the command's own handler would exit the process)."""


def _raise_stopped(number: int, frame: object) -> None:
    raise _Stopped


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="signals are held with POSIX sigmasks")
def test_a_signal_while_the_tree_is_written_arrives_once_every_file_is_in_place(tmp_path: Path) -> None:
    out = tmp_path / "out"
    table = {MANIFEST: "manifest\n", "a.txt": _Signalling("a\n"), "b/c.txt": "c\n", "d.txt": "d\n"}
    previous = signal.signal(signal.SIGTERM, _raise_stopped)
    try:
        with pytest.raises(_Stopped):
            write_tree(out, table)
            for _ in range(1000):  # bounded: a held signal runs its handler at the next bytecode
                pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert _digests(out) == {path: _sha256(str(text)) for path, text in table.items()}


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
