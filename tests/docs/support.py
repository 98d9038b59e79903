"""Helpers shared by the docs tests."""

from __future__ import annotations

from pathlib import Path

from generator.ir import Spec
from generator.load.loader import load_spec


def loaded(folder: Path) -> Spec:
    """The spec in `folder`, which must be valid."""
    result = load_spec(folder)
    assert result.spec is not None, result.errors
    return result.spec
