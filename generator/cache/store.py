"""The cache folder: one file per entry, written atomically, checked on every read, pruned to a bound.

An entry is `MAGIC <sha256 of the payload>\\n<payload>`: a truncated, corrupt or foreign file fails the
check and reads as a miss. Nothing here raises on a cache problem: a folder that cannot be read or
written only means the work is done again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from generator.cache_roots import render_cache_folder

MAGIC = b"evolink-codegen-cache 1 "
MAX_ENTRIES = 2000
MAX_BYTES = 64 * 1024 * 1024
"""Bounds of the folder; past either, the least recently used entries are removed."""

_enabled = True
_pruned = False


def default_folder() -> Path:
    """$EVOLINK_CODEGEN_CACHE, else $XDG_CACHE_HOME (or ~/.cache)/evolink-codegen/render."""
    return render_cache_folder()


@contextlib.contextmanager
def disabled() -> Iterator[None]:
    """Within this block nothing is read from or written to the cache (`--no-cache`)."""
    global _enabled  # noqa: PLW0603 (one switch for every cached stage of this process)
    previous, _enabled = _enabled, False
    try:
        yield
    finally:
        _enabled = previous


def enabled() -> bool:
    """False within `disabled()`."""
    return _enabled


def get(key: str) -> bytes | None:
    """The payload stored under `key`, or None if there is none or it fails its check."""
    if not _enabled:
        return None
    path = default_folder() / key
    try:
        data = path.read_bytes()
    except OSError:
        return None
    header, _, payload = data.partition(b"\n")
    if header != MAGIC + hashlib.sha256(payload).hexdigest().encode():
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: pruned last
    return payload


def put(key: str, payload: bytes) -> None:
    """Store `payload` under `key` atomically (write a temporary file, then rename), then prune."""
    if not _enabled:
        return
    folder = default_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        try:
            with os.fdopen(descriptor, "wb") as stream:
                stream.write(MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
            os.replace(temporary, folder / key)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        _prune_once(folder)
    except OSError:
        return


def _prune_once(folder: Path) -> None:
    """Prune at the first store of a process: a bound kept across runs at the cost of one listing per run."""
    global _pruned  # noqa: PLW0603
    if not _pruned:
        _pruned = True
        prune(folder)


def prune(folder: Path, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
    """Remove the least recently used entries until the folder is within both bounds."""
    entries: list[tuple[float, int, Path]] = []
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            status = path.stat()
            entries.append((status.st_mtime, status.st_size, path))
    entries.sort(reverse=True)
    total = 0
    for count, (_, size, path) in enumerate(entries, start=1):
        total += size
        if count > max_entries or total > max_bytes:
            with contextlib.suppress(OSError):
                path.unlink()
