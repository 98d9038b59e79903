"""Fixtures for the SDK tests: the fake servers, small clients built on the core classes (core tests), and
``Evolink`` / ``AsyncEvolink`` subclasses that record retry waits instead of sleeping (``test_evolink_*``)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pydantic
import pytest
from evolink import AsyncEvolink, Evolink
from evolink._async_client import AsyncAPIClient
from evolink._config import ClientConfig
from evolink._sync_client import SyncAPIClient

from tests.openapi_params import request_params

from .dist_support import Dist, build_dist
from .fake_server import FakeServer, RawServer, evolink_default

API_KEY = "sk-test-SECRET-4f1c2e9a7b"
PATH = "/v1/chat/completions"
CONFIG = ClientConfig(
    api_key_env="EVOLINK_TEST_API_KEY",
    base_url_env="EVOLINK_TEST_BASE_URL",
    default_base_url="https://direct.evolink.test",
    default_fallback_base_urls=("https://direct.evolink.test", "https://api.evolink.test"),
    package_name="evolink",
    package_version="9.8.7",
    endpoint_path_prefixes=("/v1", "/v1/chat", PATH),
)
T = TypeVar("T")


class Completion(pydantic.BaseModel):
    """Stand-in for the generated ChatCompletion."""

    id: str
    text: str


class Chunk(pydantic.BaseModel):
    """Stand-in for the generated ChatCompletionChunk."""

    id: str
    delta: str


class _RecordsSleeps:
    """Mixin: keep the retry waits a client asks for in ``sleeps`` instead of sleeping."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleeps: list[float] = []

    def _sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)


class _RecordsSleepsAsync(_RecordsSleeps):
    """The async twin of ``_RecordsSleeps``."""

    async def _sleep(self, seconds: float) -> None:  # type: ignore[override]
        self.sleeps.append(seconds)


class Client(_RecordsSleeps, SyncAPIClient):
    """A sync client as the generator would emit it; records retry waits instead of sleeping."""

    _config = CONFIG


class AsyncClient(_RecordsSleepsAsync, AsyncAPIClient):
    """The async twin of ``Client``."""

    _config = CONFIG


class RecordingEvolink(_RecordsSleeps, Evolink):
    """The generated ``Evolink`` client, recording retry waits in ``sleeps`` instead of sleeping."""


class RecordingAsyncEvolink(_RecordsSleepsAsync, AsyncEvolink):
    """The generated ``AsyncEvolink`` client, recording retry waits in ``sleeps`` instead of sleeping."""


MakeEvolink = Callable[..., RecordingEvolink]
HI = [{"role": "user", "content": "hi"}]
"""The smallest valid ``messages``."""


def model_taking(*names: str) -> str:
    """The first model (by id) whose documented parameters include every one of ``names`` (Python names).

    Tests that need a parameter pick their model with this rather than naming one, so they keep working
    when a maintainer moves parameters between models.
    """
    for model, params in sorted(request_params().items()):
        if set(names) <= set(params):
            return model
    raise LookupError(f"no model of the spec takes all of {names}")


def _served(server: FakeServer) -> Iterator[FakeServer]:
    server.start()
    yield server
    server.stop()


def _emptied(server: FakeServer) -> Iterator[FakeServer]:
    server.reset()
    yield server
    server.reset()


def _factory(cls: Callable[..., T], url: str) -> Iterator[Callable[..., T]]:
    """Yield a builder of ``cls`` clients aimed at ``url`` (any keyword may be overridden); close them after."""
    made: list[T] = []

    def make(**kwargs: Any) -> T:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", url)
        client = cls(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (CONFIG.api_key_env, CONFIG.base_url_env, "EVOLINK_API_KEY", "EVOLINK_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def _fake_server() -> Iterator[FakeServer]:
    yield from _served(FakeServer())


@pytest.fixture
def server(_fake_server: FakeServer) -> Iterator[FakeServer]:
    """The shared fake server, emptied for this test."""
    yield from _emptied(_fake_server)


@pytest.fixture(scope="session")
def _evolink_fake_server() -> Iterator[FakeServer]:
    yield from _served(FakeServer(default=evolink_default))


@pytest.fixture
def evolink_server(_evolink_fake_server: FakeServer) -> Iterator[FakeServer]:
    """A fake server answering real Evolink shapes when nothing is queued, emptied for this test."""
    yield from _emptied(_evolink_fake_server)


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    """A raw socket server for resets and hang-ups."""
    raw = RawServer()
    yield raw
    raw.stop()


@pytest.fixture
def refused_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (the port was bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def make_client(server: FakeServer) -> Iterator[Callable[..., Client]]:
    """Build sync clients aimed at the fake server (override any keyword); closed after the test."""
    yield from _factory(Client, server.url)


@pytest.fixture
def make_evolink(evolink_server: FakeServer) -> Iterator[MakeEvolink]:
    """Build ``RecordingEvolink`` clients aimed at ``evolink_server`` (override any keyword); closed after the test."""
    yield from _factory(RecordingEvolink, evolink_server.url)


@pytest.fixture(scope="session")
def sdk_dist(tmp_path_factory: pytest.TempPathFactory) -> Dist:
    """The SDK's sdist and wheel, built once per session by scripts/build-dist (what `make dist` runs)."""
    return build_dist(tmp_path_factory.mktemp("dist"))
