"""Fixtures of the tests that run against generated/."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from evolink import Evolink

from tests.support.openapi_params import DOCUMENT
from tests.support.prism import PRISM_API_KEY, prism_server


@pytest.fixture(autouse=True, scope="session")
def _generated_is_fresh(fresh_output: None) -> None:
    """These tests read generated/: fail with what to run when it is stale (see tests/conftest.py)."""


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    """Prism serving the committed OpenAPI document, for one test module."""
    with prism_server(DOCUMENT) as url:
        yield url


@pytest.fixture
def client(prism_url: str) -> Iterator[Evolink]:
    """An ``Evolink`` client on Prism that never retries."""
    with Evolink(api_key=PRISM_API_KEY, base_url=prism_url, max_retries=0) as evolink:
        yield evolink
