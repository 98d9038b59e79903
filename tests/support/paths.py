"""Where the project and the test fixtures are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
"""The repository's root folder."""
MINIMAL_SPEC = ROOT / "tests" / "generator" / "fixtures" / "minimal"
"""A small valid spec folder, for tests that edit a spec."""
