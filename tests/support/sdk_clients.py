"""Clients for the SDK tests: small ones built on the core classes (the core tests), and ``Evolink`` /
``AsyncEvolink`` subclasses that record retry waits instead of sleeping (the ``test_evolink_*`` tests)."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pydantic
from evolink import AsyncEvolink, Evolink
from evolink._async_client import AsyncAPIClient
from evolink._config import ClientConfig
from evolink._sync_client import SyncAPIClient
from evolink.types import ChatMessageParam

from tests.support.fake_server import FakeServer
from tests.support.openapi_params import request_params

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
HI: list[ChatMessageParam] = [{"role": "user", "content": "hi"}]
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


def served(server: FakeServer) -> Iterator[FakeServer]:
    """Start `server`, yield it, stop it."""
    server.start()
    yield server
    server.stop()


def emptied(server: FakeServer) -> Iterator[FakeServer]:
    """Yield `server` emptied of queued replies and recorded requests, and empty it again after."""
    server.reset()
    yield server
    server.reset()


def factory(cls: Callable[..., T], url: str) -> Iterator[Callable[..., T]]:
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


def unused_port_url() -> str:
    """An http URL on 127.0.0.1 where nothing listens (the port was bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"
