"""One adapter that drives ``Evolink`` or ``AsyncEvolink``, so that one end-to-end test body covers both.

A test writes its calls once, as plain code: ``drive.run(client.chat.completions.create(...))`` returns the
completion whether ``create`` returned it (sync) or a coroutine of it (async, awaited on the test's own event
loop, which lives as long as the test so that the client's connection pool stays usable between calls).
``drive.chunks(stream)`` reads a ``Stream`` or an ``AsyncStream`` inside its ``with`` / ``async with``;
``drive.entered(manager)`` enters any context manager of either kind.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import Any, Literal, TypeVar, cast, overload

from evolink import AsyncEvolink, Evolink

from tests.support.sdk_clients import API_KEY, RecordingAsyncEvolink, RecordingEvolink

T = TypeVar("T")
Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")


class Drive:
    """Builds clients of one kind (``mode``) aimed at ``url`` and runs what their methods return."""

    def __init__(self, mode: Mode, url: str, runner: asyncio.Runner | None) -> None:
        self.mode = mode
        self.url = url
        self._runner = runner
        self._made: list[Any] = []

    @property
    def is_async(self) -> bool:
        """Whether the clients are ``AsyncEvolink``."""
        return self._runner is not None

    # The clients are Any: a test calls the same methods on either class, and their return types differ
    # (a value or a coroutine of it); `run` is what makes the two agree.
    def client(self, **kwargs: Any) -> Any:
        """A ``RecordingEvolink`` or ``RecordingAsyncEvolink`` (retry waits recorded in ``sleeps``, not slept);
        ``api_key`` and ``base_url`` default to the test key and ``url``; closed after the test."""
        return self._make(RecordingAsyncEvolink if self.is_async else RecordingEvolink, kwargs)

    def real_client(self, **kwargs: Any) -> Any:
        """An ``Evolink`` or ``AsyncEvolink`` that really sleeps between retries; closed after the test."""
        return self._make(AsyncEvolink if self.is_async else Evolink, kwargs)

    def _make(self, cls: type[Any], kwargs: dict[str, Any]) -> Any:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", self.url)
        client = cls(**kwargs)
        self._made.append(client)
        return client

    @overload
    def run(self, value: Awaitable[T]) -> T: ...

    @overload
    def run(self, value: T) -> T: ...

    def run(self, value: Awaitable[T] | T) -> T:
        """``value`` itself from a sync call; awaited on the test's event loop from an async one."""
        if self._runner is not None and inspect.isawaitable(value):
            return self._runner.run(_awaited(cast(Awaitable[T], value)))
        return cast(T, value)

    def chunks(self, stream: Any, into: list[Any] | None = None) -> list[Any]:
        """Every chunk of a ``Stream`` / ``AsyncStream``, read inside its ``with``; appended to ``into`` as they
        arrive, so that what came before an error can be checked."""
        received = [] if into is None else into
        with self.entered(stream):
            while (chunk := self.next(stream)) is not None:
                received.append(chunk)
        return received

    def next(self, stream: Any) -> Any:
        """The stream's next chunk (a `ChatCompletionChunk`, a `GenerateContentResponse`, ...), or None at its end."""
        if self._runner is None:
            return next(stream, None)
        return self._runner.run(_anext_or_none(stream))

    @contextmanager
    def entered(self, manager: Any) -> Iterator[Any]:
        """``with manager`` or ``async with manager``: what it enters as, exited (with any error) after."""
        if not self.is_async:
            with manager as value:
                yield value
            return
        value = self.run(manager.__aenter__())
        try:
            yield value
        except BaseException as error:
            if not self.run(manager.__aexit__(type(error), error, error.__traceback__)):
                raise
        else:
            self.run(manager.__aexit__(None, None, None))

    def close_all(self) -> None:
        """Close every client this drive made."""
        for client in self._made:
            self.run(client.close())


async def _awaited(value: Awaitable[T]) -> T:
    return await value


async def _anext_or_none(stream: Any) -> Any:
    try:
        return await stream.__anext__()
    except StopAsyncIteration:
        return None


@contextmanager
def driving(mode: Mode, url: str) -> Iterator[Drive]:
    """A ``Drive`` for one test: for ``async``, on an event loop of its own, closed with its clients after."""
    runner = asyncio.Runner() if mode == "async" else None
    drive = Drive(mode, url, runner)
    try:
        yield drive
    finally:
        drive.close_all()
        if runner is not None:
            runner.close()
