"""The output tree on disk: measure its drift from the rendered table, or write the table to it atomically.

`generate` and `check` share `measure_drift`, so CI's drift check can never disagree with what
`generate` writes.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.stop_signals import held

MANIFEST = "MANIFEST"
IGNORED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist", "site"})
"""Build and cache folders that tools create inside generated/; never counted as drift, never removed."""

_TMP_SUFFIX = ".evolink-tmp"


@dataclass
class Drift:
    """How the files on disk differ from the rendered table (paths relative to the output folder)."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0

    @property
    def clean(self) -> bool:
        """True when disk and table agree."""
        return not (self.added or self.changed or self.removed)


class UnmanagedFolderError(Exception):
    """The output folder holds files but no MANIFEST: it was not made by us, so we touch nothing."""


def measure_drift(out: Path, table: Mapping[str, str]) -> Drift:
    """Which files of `table` are new or different on disk, and which files on disk are stale."""
    drift = Drift()
    for relative in sorted(table):
        current = _read(out / relative)
        if current is None:
            drift.added.append(relative)
        elif current != table[relative]:
            drift.changed.append(relative)
        else:
            drift.unchanged += 1
    drift.removed = sorted(set(existing_files(out)) - set(table))
    return drift


def report_order(paths: Iterable[str]) -> list[str]:
    """`paths` in the order to show them: by path, MANIFEST last.

    MANIFEST changes whenever anything does, so it goes after the files a reader came to see.
    """
    return sorted(paths, key=lambda relative: (relative == MANIFEST, relative))


def drifted_paths(drift: Drift) -> list[str]:
    """The added, changed and removed files, in report order."""
    return report_order([*drift.added, *drift.changed, *drift.removed])


def unified_diff(out: Path, table: Mapping[str, str], drift: Drift) -> str:
    """A unified diff from disk to table for every drifted file, named relative to `out`'s parent."""
    label = out.name
    chunks: list[str] = []
    for relative in drifted_paths(drift):
        old = _read(out / relative) or ""
        new = table.get(relative, "")
        before = f"a/{label}/{relative}" if relative not in drift.added else "/dev/null"
        after = f"b/{label}/{relative}" if relative not in drift.removed else "/dev/null"
        lines = difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True), before, after)
        chunks.append(
            "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)
        )
    return "".join(chunks)


def write_tree(out: Path, table: Mapping[str, str]) -> Drift:
    """Make `out` hold exactly `table`: write new and changed files, remove stale ones.

    Every new file is first written beside its target under a temporary name; only when all are
    written are they renamed into place, so a failure while writing leaves the previous tree as it
    was. Unchanged files are not touched (their modification times stay).
    """
    if out.exists() and not out.is_dir():
        raise UnmanagedFolderError(f"{out} is a file, not a folder: --out names the folder to generate into")
    if out.exists() and not (out / MANIFEST).is_file() and any(existing_files(out)):
        raise UnmanagedFolderError(f"{out} holds files but no {MANIFEST}; refusing to write into it")
    drift = measure_drift(out, table)
    with held():  # SIGTERM or Ctrl-C now would leave staged files, or half the tree renamed
        _stage_and_replace(out, table, drift)
    return drift


def _stage_and_replace(out: Path, table: Mapping[str, str], drift: Drift) -> None:
    staged: list[tuple[Path, Path]] = []
    try:
        for relative in [*drift.added, *drift.changed]:
            target = out / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(target.name + _TMP_SUFFIX)
            temporary.write_bytes(table[relative].encode("utf-8"))
            staged.append((temporary, target))
    except BaseException:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    for temporary, target in staged:
        os.replace(temporary, target)
    for relative in drift.removed:
        (out / relative).unlink()
    _remove_empty_folders(out)


def existing_files(out: Path) -> Iterator[str]:
    """Relative paths of the files under `out`, minus tool caches and build folders."""
    if not out.is_dir():
        return
    for path in sorted(out.rglob("*")):
        relative = path.relative_to(out)
        if path.is_file() and not IGNORED_PARTS.intersection(relative.parts) and not _is_tool_output(relative):
            yield relative.as_posix()


def _is_tool_output(relative: Path) -> bool:
    return relative.suffix == ".pyc" or any(part.endswith(".egg-info") for part in relative.parts)


def _read(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
    except UnicodeDecodeError:
        return "\ufffd(binary content)"


def _remove_empty_folders(out: Path) -> None:
    for folder in sorted((p for p in out.rglob("*") if p.is_dir()), key=lambda p: len(p.parts), reverse=True):
        if not IGNORED_PARTS.intersection(folder.relative_to(out).parts) and not any(folder.iterdir()):
            folder.rmdir()
