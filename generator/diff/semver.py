"""The version bump a set of changes calls for, and applying it to a `MAJOR.MINOR.PATCH` revision."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from generator.diff.change import Change
from generator.diff.kinds import DOCS_ONLY

Bump = Literal["major", "minor", "patch", "none"]


def suggest(changes: Iterable[Change]) -> Bump:
    """major if anything breaks; minor if anything but prose changed; patch for prose only; else none."""
    found = list(changes)
    if any(change.severity == "breaking" for change in found):
        return "major"
    if any(change.kind not in DOCS_ONLY for change in found):
        return "minor"
    return "patch" if found else "none"


def parse(version: str) -> tuple[int, int, int]:
    """`1.2.3` -> (1, 2, 3). The spec format guarantees the shape of a revision."""
    major, minor, patch = (int(part) for part in version.split("."))
    return major, minor, patch


def bump(version: str, level: Bump) -> str:
    """`version` raised by `level`: 1.2.3 -> 2.0.0 (major), 1.3.0 (minor), 1.2.4 (patch), 1.2.3 (none)."""
    major, minor, patch = parse(version)
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    if level == "patch":
        return f"{major}.{minor}.{patch + 1}"
    return version
