"""Writable copies of spec folders and the project, and exact one-place edits of their files."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import AnyStr

from tests.support.paths import MINIMAL_SPEC, ROOT


def edit(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of `old` in the file; fail loudly if it is not there once."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def replaced(text: AnyStr, old: AnyStr, new: AnyStr) -> AnyStr:
    """`text` with its one occurrence of `old` replaced by `new`; fails unless `old` occurs exactly once."""
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
    return text.replace(old, new, 1)


def renamed(text: str, old: str, new: str) -> str:
    """`text` with every occurrence of `old` (a name, such as a model id) replaced by `new`; fails if there is none."""
    assert old in text, f"{old!r} does not occur"
    return text.replace(old, new)


def copy_minimal_spec(target: Path) -> Path:
    """A writable copy of the minimal test spec at `target`."""
    return Path(shutil.copytree(MINIMAL_SPEC, target))


def copy_project(target: Path) -> Path:
    """Writable copies of the real spec/, generated/ and templates/ under `target`, for CLI round trips."""
    for name in ("spec", "generated", "templates"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    return target
