"""Fixtures of the tests that run against generated/."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True, scope="session")
def _generated_is_fresh(fresh_output: None) -> None:
    """These tests read generated/: fail with what to run when it is stale (see tests/conftest.py)."""
