"""Helpers shared by the docs tests."""

from __future__ import annotations

from pathlib import Path

from generator.loader import load_spec
from generator.model import Spec


def loaded(folder: Path) -> Spec:
    """The spec in `folder`, which must be valid."""
    result = load_spec(folder)
    assert result.spec is not None, result.errors
    return result.spec
