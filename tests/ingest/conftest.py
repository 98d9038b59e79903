"""Fixtures for the ingest/sync tests (the seed pages and their edits are in tests/support/seed_pages)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from generator.ir import Spec
from tests.support.page_server import PageServer, serving_pages
from tests.support.paths import ROOT
from tests.support.specs import load


@pytest.fixture(scope="module")
def spec() -> Spec:
    """The committed spec/, loaded once per test module."""
    return load(ROOT / "spec")


@pytest.fixture
def page_server() -> Iterator[PageServer]:
    """Serves `pages` on 127.0.0.1 (a port from the OS); a page with an ETag answers 304 to If-None-Match."""
    with serving_pages() as server:
        yield server
