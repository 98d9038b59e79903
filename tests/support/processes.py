"""Running processes seen through Linux's /proc: a process's children, and whether a process still runs."""

from __future__ import annotations

import time
from pathlib import Path

PROC = Path("/proc")
HAS_PROC = (PROC / "self" / "stat").is_file()
"""False off Linux, where the tests that count a command's worker processes cannot look."""


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` now."""
    found: set[int] = set()
    for entry in PROC.iterdir():
        if entry.name.isdigit() and _parent(entry) == pid:
            found.add(int(entry.name))
    return found


def running(pid: int) -> bool:
    """Whether `pid` is a process that has not ended (a zombie, ended but not yet reaped, counts as ended)."""
    fields = _stat(PROC / str(pid))
    return fields is not None and fields[0] != "Z"


def await_children(pid: int, count: int, seconds: float) -> set[int]:
    """`pid`'s children once it has at least `count` of them, or what it has when `seconds` have passed."""
    deadline = time.monotonic() + seconds
    found = children(pid)
    while len(found) < count and time.monotonic() < deadline:
        time.sleep(0.01)
        found = children(pid)
    return found


def await_ended(pids: set[int], seconds: float) -> set[int]:
    """Those of `pids` still running after at most `seconds`."""
    deadline = time.monotonic() + seconds
    alive = {pid for pid in pids if running(pid)}
    while alive and time.monotonic() < deadline:
        time.sleep(0.01)
        alive = {pid for pid in alive if running(pid)}
    return alive


def _parent(entry: Path) -> int | None:
    fields = _stat(entry)
    return int(fields[1]) if fields is not None else None


def _stat(entry: Path) -> list[str] | None:
    """The fields of /proc/PID/stat after the process's name (state, parent, ...), or None once it has ended."""
    try:
        stat = (entry / "stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()  # the name, in parentheses, may hold spaces and parentheses
