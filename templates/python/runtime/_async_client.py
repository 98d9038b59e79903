"""``AsyncAPIClient``: the transport under the generated ``AsyncEvolink``, written once, async.

``generator/emit/unasync.py`` derives the sync twin of this module token by token. What is not I/O lives in
``BaseClient`` (``_base_client``); the one wait the twins differ in is ``_retries.async_sleep``.

A call tries ``[base_url, *fallback_base_urls]`` in order, each with ``max_retries + 1`` attempts (see
``_retries`` for what is retried and how long it waits); it moves to the next URL only when every attempt
against the current one failed to connect. A stream's first event is read inside the attempt, so a
stream is retried until that event arrives and never after.

The generated layer calls ``_post``, ``_post_stream`` and their ``_raw`` (``with_raw_response``) and
``_streamed`` (``with_streaming_response``) twins. A ``_streamed`` call sends nothing until its context
manager is entered, then returns the response unread (see ``_response``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Self, TypeVar

import httpx
import pydantic

from ._async_response import AsyncAPIResponse, AsyncResponseContextManager
from ._async_streaming import AsyncStream
from ._base_client import NO_OPTIONS, BaseClient, Failure, encode_body, parse_model
from ._config import DEFAULT_MAX_RETRIES, ClientOptions
from ._exceptions import APIConnectionError
from ._retries import async_sleep, is_connect_failure
from ._sync_response import APIResponse
from ._types import NOT_GIVEN, Body, NotGiven, RequestOptions

__all__ = ["AsyncAPIClient"]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time
T = TypeVar("T")


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """A client over one ``httpx.AsyncClient`` (connection pool) per instance; ``await client.close()`` when done."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        fallback_base_urls: Sequence[str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool = False,
        strict_models: bool = False,
    ) -> None:
        options = ClientOptions(
            api_key=api_key,
            base_url=base_url,
            fallback_base_urls=fallback_base_urls,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
            strict_models=strict_models,
        )
        self._setup(options, httpx.AsyncClient)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        fallback_base_urls: Sequence[str] | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool | NotGiven = NOT_GIVEN,
        strict_models: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed; headers and query merge; it shares (never closes) this pool."""
        if isinstance(fallback_base_urls, NotGiven):
            fallback_base_urls = self.fallback_base_urls if base_url is None else None
        options = ClientOptions(
            api_key=self._api_key if api_key is None else api_key,
            base_url=self._base_urls[0] if base_url is None else base_url,
            fallback_base_urls=fallback_base_urls,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            default_query={**self._custom_query, **(default_query or {})},
            http_client=self._client if http_client is None else http_client,
            allow_insecure_http=(
                self._allow_insecure_http if isinstance(allow_insecure_http, NotGiven) else allow_insecure_http
            ),
            strict_models=self.strict_models if isinstance(strict_models, NotGiven) else strict_models,
        )
        return type(self)(**options.arguments())

    async def close(self) -> None:
        """Close the connection pool, unless it was passed in as ``http_client`` (or shared by a copy).

        Either way this client is closed: calls on it raise ``ClientClosedError``.
        """
        pool = self._mark_closed()
        if pool is not None:
            await pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def _sleep(self, seconds: float) -> None:
        """Wait before a retry (tests override this)."""
        await async_sleep(seconds)

    async def _post(self, path: str, *, body: Body, options: RequestOptions = NO_OPTIONS, cast_to: type[M]) -> M:
        """POST ``body`` as JSON to ``path``; return the response validated as ``cast_to``."""
        return parse_model(await self._request(path, body, options, False, _as_read), cast_to)

    async def _post_raw(
        self, path: str, *, body: Body, options: RequestOptions = NO_OPTIONS, cast_to: type[M]
    ) -> APIResponse[M]:
        """Like ``_post`` but return the raw response; ``.parse()`` validates it."""
        response = await self._request(path, body, options, False, _as_read)
        return APIResponse(response, lambda: parse_model(response, cast_to))

    async def _post_stream(
        self, path: str, *, body: Body, options: RequestOptions = NO_OPTIONS, chunk_type: type[M]
    ) -> AsyncStream[M]:
        """POST ``body`` and return the server-sent events as a stream (``AsyncStream``) of ``chunk_type``."""

        async def first_event(response: httpx.Response) -> AsyncStream[M]:
            stream = AsyncStream(response=response, chunk_type=chunk_type)
            await stream._prime()
            return stream

        return await self._request(path, body, options, True, first_event)

    async def _post_stream_raw(
        self, path: str, *, body: Body, options: RequestOptions = NO_OPTIONS, chunk_type: type[M]
    ) -> APIResponse[AsyncStream[M]]:
        """Like ``_post_stream`` but return the raw response; ``.parse()`` returns the stream."""
        stream = await self._post_stream(path, body=body, options=options, chunk_type=chunk_type)
        return APIResponse(stream.response, lambda: stream, stream=True)

    def _post_streamed(
        self, path: str, *, body: Body, options: RequestOptions = NO_OPTIONS, cast_to: type[M]
    ) -> AsyncResponseContextManager[AsyncAPIResponse[M]]:
        """Like ``_post_raw``, but sent on ``async with`` and handed over unread; ``await response.parse()``
        reads and validates it."""

        async def finish(response: httpx.Response) -> AsyncAPIResponse[M]:
            async def parse() -> M:
                return parse_model(response, cast_to)

            return AsyncAPIResponse(response, parse)

        return AsyncResponseContextManager(lambda: self._request(path, body, options, False, finish, unread=True))

    def _post_stream_streamed(
        self, path: str, *, body: Body, options: RequestOptions = NO_OPTIONS, chunk_type: type[M]
    ) -> AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[M]]]:
        """Like ``_post_stream_raw``, but sent on ``async with`` and handed over unread; ``await response.parse()``
        opens the stream."""

        async def finish(response: httpx.Response) -> AsyncAPIResponse[AsyncStream[M]]:
            async def parse() -> AsyncStream[M]:
                stream = AsyncStream(response=response, chunk_type=chunk_type)
                await stream._prime()
                return stream

            return AsyncAPIResponse(response, parse, stream=True)

        return AsyncResponseContextManager(lambda: self._request(path, body, options, True, finish))

    async def _request(
        self,
        path: str,
        body: Body,
        options: RequestOptions,
        sse: bool,
        finish: Callable[[httpx.Response], Awaitable[T]],
        *,
        unread: bool = False,
    ) -> T:
        """Send with retries and fail-over; ``finish`` the first 2xx. ``sse``: ask for an event stream;
        ``sse`` or ``unread``: hand ``finish`` the response before its body is read."""
        content = encode_body(body, options)
        for index, base in enumerate(self._base_urls):
            request = self._build_request(base, path, content, options, sse)
            connect_only = True
            for attempt in range(self.max_retries + 1):
                failure: Failure
                try:
                    response = await self._send(request, sse or unread)
                    if response.is_success:
                        return await finish(response)
                    failure = response
                except (httpx.RequestError, APIConnectionError) as exc:
                    failure = exc
                connect_only = connect_only and is_connect_failure(failure)
                delay = self._failure_delay(request, failure, attempt)
                if delay is None:
                    break
                await self._sleep(delay)
            if not self._fail_over(index, connect_only):
                self._give_up(request, failure, self._base_urls[: index + 1])
        raise AssertionError("unreachable: the last base URL always gives up")

    async def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        response = await self._client.send(request, stream=stream)
        if stream and not response.is_success:
            try:
                await response.aread()
            finally:
                await response.aclose()
        return response


async def _as_read(response: httpx.Response) -> httpx.Response:
    return response  # sent with stream=False: httpx has read the body and released the connection
