"""Fixtures shared by the generator's and the SDK's tests (the helpers behind them are in tests/support)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.files import copy_minimal_spec, copy_project
from tests.support.freshness import stale_output


@pytest.fixture(autouse=True, scope="session")
def _session_render_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Renders in this session use a cache folder of its own (never the user's), empty at the start."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVOLINK_CODEGEN_CACHE", str(tmp_path_factory.mktemp("render-cache")))
        yield


@pytest.fixture
def minimal_spec(tmp_path: Path) -> Path:
    """A writable copy of the small test spec, as tmp/spec."""
    return copy_minimal_spec(tmp_path / "spec")


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A writable copy of the real spec/ and generated/ (and templates/), for CLI round trips."""
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def fresh_output() -> None:
    """Fail, saying what to run, every test that uses generated/ when it is not what the sources render to.

    tests/sdk, tests/contract and tests/docs use it in an autouse fixture of their conftest.py.
    """
    message = stale_output()
    if message is not None:
        pytest.fail(message, pytrace=False)
