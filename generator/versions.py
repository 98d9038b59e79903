"""The one parser of `MAJOR.MINOR.PATCH` versions (spec revisions, recorded releases) and the bump rule."""

from __future__ import annotations

from typing import Literal

Bump = Literal["major", "minor", "patch", "none"]
Version = tuple[int, int, int]


def parse(version: str) -> Version:
    """`1.2.3` -> (1, 2, 3). The spec format guarantees the shape of a revision before this runs."""
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
