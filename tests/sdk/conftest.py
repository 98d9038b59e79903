"""Fixtures for the SDK tests: the fake servers and client builders (the helpers are in tests/support)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from tests.support.dist_support import Dist, build_dist
from tests.support.evolink_bodies import evolink_default
from tests.support.fake_server import FakeServer
from tests.support.raw_server import RawServer
from tests.support.sdk_clients import (
    CONFIG,
    Client,
    MakeEvolink,
    RecordingEvolink,
    emptied,
    factory,
    served,
    unused_port_url,
)
from tests.support.sync_async import MODES, Drive, driving


@pytest.fixture(autouse=True, scope="session")
def _generated_is_fresh(fresh_output: None) -> None:
    """These tests import the generated SDK: fail with what to run when it is stale (see tests/conftest.py)."""


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (CONFIG.api_key_env, CONFIG.base_url_env, "EVOLINK_API_KEY", "EVOLINK_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def _fake_server() -> Iterator[FakeServer]:
    yield from served(FakeServer())


@pytest.fixture
def server(_fake_server: FakeServer) -> Iterator[FakeServer]:
    """The shared fake server, emptied for this test."""
    yield from emptied(_fake_server)


@pytest.fixture(scope="session")
def _evolink_fake_server() -> Iterator[FakeServer]:
    yield from served(FakeServer(default=evolink_default))


@pytest.fixture
def evolink_server(_evolink_fake_server: FakeServer) -> Iterator[FakeServer]:
    """A fake server answering real Evolink shapes when nothing is queued, emptied for this test."""
    yield from emptied(_evolink_fake_server)


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    """A raw socket server for resets and hang-ups."""
    raw = RawServer()
    yield raw
    raw.stop()


@pytest.fixture
def refused_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (the port was bound, then released)."""
    return unused_port_url()


@pytest.fixture
def make_client(server: FakeServer) -> Iterator[Callable[..., Client]]:
    """Build sync clients aimed at the fake server (override any keyword); closed after the test."""
    yield from factory(Client, server.url)


@pytest.fixture
def make_evolink(evolink_server: FakeServer) -> Iterator[MakeEvolink]:
    """Build ``RecordingEvolink`` clients aimed at ``evolink_server`` (override any keyword); closed after the test."""
    yield from factory(RecordingEvolink, evolink_server.url)


@pytest.fixture(params=MODES)
def drive(request: pytest.FixtureRequest, evolink_server: FakeServer) -> Iterator[Drive]:
    """Runs the test once through ``Evolink`` and once through ``AsyncEvolink``, aimed at ``evolink_server``."""
    with driving(request.param, evolink_server.url) as driven:
        yield driven


@pytest.fixture
def client(make_evolink: MakeEvolink) -> RecordingEvolink:
    """A ``RecordingEvolink`` on ``evolink_server`` that never retries."""
    return make_evolink(max_retries=0)


@pytest.fixture(scope="session")
def sdk_dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """The SDK's sdist and wheel, built once per session by scripts/build-dist (what `make dist` runs)."""
    return build_dist(tmp_path_factory.mktemp("dist"))
