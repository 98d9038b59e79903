# generated from spec/ by evolink-codegen; do not edit
"""`AsyncEvolink().models`: `models.generate_content()`, one typed overload per model."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, Unpack, overload

import httpx

from evolink._async_response import AsyncResponseContextManager
from evolink._base_client import Call
from evolink._exceptions import InvalidParameterError
from evolink._paths import format_path
from evolink._rules import GENERATE_CONTENT_ANY_MODEL, GENERATE_CONTENT_RULES
from evolink._streaming import StreamEnd
from evolink._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from evolink._validation import build_body, header_arguments

if TYPE_CHECKING:
    from evolink._async_client import AsyncAPIClient
    from evolink._async_response import AsyncAPIResponse
    from evolink._async_streaming import AsyncStream
    from evolink._sync_response import APIResponse
    from evolink.types._create_params import (
        AnyModelGenerateContentParams,
        Gemini3ProPreviewGenerateContentParams,
        Gemini25FlashGenerateContentParams,
        Gemini25FlashLiteGenerateContentParams,
        Gemini31ProPreviewGenerateContentParams,
    )
    from evolink.types._models import GenerateContentResponse, Task

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "AsyncModelsWithStreamingResponse"]

GENERATE_CONTENT_PATH = "/v1beta/models/{model}:generateContent"
GENERATE_CONTENT_STREAM_PATH = "/v1beta/models/{model}:streamGenerateContent"
GENERATE_CONTENT_STREAM_QUERY = {"alt": "sse"}
GENERATE_CONTENT_STREAM_END = StreamEnd(
    done=None,
    final=(("candidates", "0", "finishReason"), ("promptFeedback", "blockReason")),
)
"""The stream ends with the connection, after a chunk that has one of these fields."""


class AsyncModels:
    """`client.models`: Generate content (Gemini native format)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id) with `.parse()`."""
        return AsyncModelsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> AsyncModelsWithStreamingResponse:
        """The same methods, returning a context manager: `async with` sends the request and yields the HTTP response
        with its body not read yet."""
        return AsyncModelsWithStreamingResponse(self._client)

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> GenerateContentResponse: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> AsyncStream[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> GenerateContentResponse: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> AsyncStream[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> GenerateContentResponse: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> AsyncStream[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> GenerateContentResponse: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> AsyncStream[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> GenerateContentResponse: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> AsyncStream[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task: ...

    async def generate_content(
        self,
        *,
        model: str,
        stream: bool | NotGiven = NOT_GIVEN,
        async_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: object,
    ) -> GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task:
        """Generate content (Gemini native format); with `stream=True`, a stream of chunks; with `async_mode=True`, a
        `Task` to wait for.

        The keyword arguments are the model's parameters: each model takes its own set, with its own
        ranges (see `evolink.types.Gemini25FlashGenerateContentParams` and the other models'); a `model` given as a
        `str` (chosen at
        run time, or newer than this SDK) is typed with the parameters every known model takes,
        `evolink.types.AnyModelGenerateContentParams`. Arguments are checked before anything is sent: for a
        known model, a parameter it does not take, a value out of range, not in the enum or of the wrong type
        raises `InvalidParameterError`. A model id this SDK does not know is sent, with only the checks every
        model shares; a parameter only some known models take is sent too, and one no known model takes raises.
        A client made with `strict_models=True` refuses an unknown id. Parameters you do not pass are not sent.
        `extra_body` sends fields the SDK does not know, unchecked; `extra_headers`, `extra_query` and `timeout`
        apply to this call.
        """
        from evolink.types._models import GenerateContentResponse, Task  # noqa: PLC0415 (deferred: builds the models)

        arguments = params
        body = build_body(
            GENERATE_CONTENT_RULES,
            model,
            arguments,
            any_model=GENERATE_CONTENT_ANY_MODEL,
            strict_models=self._client.strict_models,
            model_in_body=False,
        )
        if async_mode is True and stream is True:
            raise InvalidParameterError(
                "async_mode=True returns a Task, not a stream: pass one of them.",
                model=model,
                parameter="async_mode",
            )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        response_type: type[GenerateContentResponse | Task] = Task if async_mode is True else GenerateContentResponse
        call = Call(
            format_path(GENERATE_CONTENT_PATH, {"model": model}, slashes=("model",)),
            body,
            cast_to=response_type,
            chunk_type=GenerateContentResponse,
            options=options,
            headers=header_arguments((("X-Async-Mode", "async_mode", "boolean", async_mode),)),
            stream_path=format_path(GENERATE_CONTENT_STREAM_PATH, {"model": model}, slashes=("model",)),
            stream_query=GENERATE_CONTENT_STREAM_QUERY,
            stream_end=GENERATE_CONTENT_STREAM_END,
        )
        return await self._client._call(call, stream=stream is True)


class AsyncModelsWithRawResponse:
    """`client.models.with_raw_response`: the methods returning an `APIResponse`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> APIResponse[Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> APIResponse[AsyncStream[GenerateContentResponse]]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> APIResponse[Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> APIResponse[AsyncStream[GenerateContentResponse]]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> APIResponse[Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> APIResponse[AsyncStream[GenerateContentResponse]]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> APIResponse[Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> APIResponse[AsyncStream[GenerateContentResponse]]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> APIResponse[Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> APIResponse[AsyncStream[GenerateContentResponse]]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]: ...

    @overload
    async def generate_content(
        self,
        *,
        model: str,
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> APIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]: ...

    async def generate_content(
        self,
        *,
        model: str,
        stream: bool | NotGiven = NOT_GIVEN,
        async_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: object,
    ) -> APIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]:
        """Generate content (Gemini native format) and return the raw HTTP response; with `stream=True`, a stream of
        chunks; with `async_mode=True`, a `Task` to wait for.

        The keyword arguments are the model's parameters: each model takes its own set, with its own
        ranges (see `evolink.types.Gemini25FlashGenerateContentParams` and the other models'); a `model` given as a
        `str` (chosen at
        run time, or newer than this SDK) is typed with the parameters every known model takes,
        `evolink.types.AnyModelGenerateContentParams`. Arguments are checked before anything is sent: for a
        known model, a parameter it does not take, a value out of range, not in the enum or of the wrong type
        raises `InvalidParameterError`. A model id this SDK does not know is sent, with only the checks every
        model shares; a parameter only some known models take is sent too, and one no known model takes raises.
        A client made with `strict_models=True` refuses an unknown id. Parameters you do not pass are not sent.
        `extra_body` sends fields the SDK does not know, unchecked; `extra_headers`, `extra_query` and `timeout`
        apply to this call.
        """
        from evolink.types._models import GenerateContentResponse, Task  # noqa: PLC0415 (deferred: builds the models)

        arguments = params
        body = build_body(
            GENERATE_CONTENT_RULES,
            model,
            arguments,
            any_model=GENERATE_CONTENT_ANY_MODEL,
            strict_models=self._client.strict_models,
            model_in_body=False,
        )
        if async_mode is True and stream is True:
            raise InvalidParameterError(
                "async_mode=True returns a Task, not a stream: pass one of them.",
                model=model,
                parameter="async_mode",
            )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        response_type: type[GenerateContentResponse | Task] = Task if async_mode is True else GenerateContentResponse
        call = Call(
            format_path(GENERATE_CONTENT_PATH, {"model": model}, slashes=("model",)),
            body,
            cast_to=response_type,
            chunk_type=GenerateContentResponse,
            options=options,
            headers=header_arguments((("X-Async-Mode", "async_mode", "boolean", async_mode),)),
            stream_path=format_path(GENERATE_CONTENT_STREAM_PATH, {"model": model}, slashes=("model",)),
            stream_query=GENERATE_CONTENT_STREAM_QUERY,
            stream_end=GENERATE_CONTENT_STREAM_END,
        )
        return await self._client._call(call, stream=stream is True, response="raw")


class AsyncModelsWithStreamingResponse:
    """`client.models.with_streaming_response`: the methods returning a context manager over the unread response.

    Leaving the `async with` block closes the response; read it inside (`await response.parse()`,
    `response.iter_lines()`, ...).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[GenerateContentResponse]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[Task]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[GenerateContentResponse]]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[GenerateContentResponse]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[Task]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[GenerateContentResponse]]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[GenerateContentResponse]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[Task]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[GenerateContentResponse]]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[GenerateContentResponse]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[Task]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[GenerateContentResponse]]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[GenerateContentResponse]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        async_mode: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[Task]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: str,
        stream: Literal[True],
        async_mode: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[GenerateContentResponse]]]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashGenerateContentParams],
    ) -> AsyncResponseContextManager[
        AsyncAPIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]
    ]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteGenerateContentParams],
    ) -> AsyncResponseContextManager[
        AsyncAPIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]
    ]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[
        AsyncAPIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]
    ]: ...

    @overload
    def generate_content(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewGenerateContentParams],
    ) -> AsyncResponseContextManager[
        AsyncAPIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]
    ]: ...

    @overload
    def generate_content(
        self,
        *,
        model: str,
        stream: bool = False,
        async_mode: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelGenerateContentParams],
    ) -> AsyncResponseContextManager[
        AsyncAPIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]
    ]: ...

    def generate_content(
        self,
        *,
        model: str,
        stream: bool | NotGiven = NOT_GIVEN,
        async_mode: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: object,
    ) -> AsyncResponseContextManager[
        AsyncAPIResponse[GenerateContentResponse | AsyncStream[GenerateContentResponse] | Task]
    ]:
        """Generate content (Gemini native format), sending it when the returned context manager is entered, which
        yields the unread HTTP response; with `stream=True`, a stream of chunks; with `async_mode=True`, a `Task` to
        wait for.

        The keyword arguments are the model's parameters: each model takes its own set, with its own
        ranges (see `evolink.types.Gemini25FlashGenerateContentParams` and the other models'); a `model` given as a
        `str` (chosen at
        run time, or newer than this SDK) is typed with the parameters every known model takes,
        `evolink.types.AnyModelGenerateContentParams`. Arguments are checked before anything is sent: for a
        known model, a parameter it does not take, a value out of range, not in the enum or of the wrong type
        raises `InvalidParameterError`. A model id this SDK does not know is sent, with only the checks every
        model shares; a parameter only some known models take is sent too, and one no known model takes raises.
        A client made with `strict_models=True` refuses an unknown id. Parameters you do not pass are not sent.
        `extra_body` sends fields the SDK does not know, unchecked; `extra_headers`, `extra_query` and `timeout`
        apply to this call.
        """
        from evolink.types._models import GenerateContentResponse, Task  # noqa: PLC0415 (deferred: builds the models)

        arguments = params
        body = build_body(
            GENERATE_CONTENT_RULES,
            model,
            arguments,
            any_model=GENERATE_CONTENT_ANY_MODEL,
            strict_models=self._client.strict_models,
            model_in_body=False,
        )
        if async_mode is True and stream is True:
            raise InvalidParameterError(
                "async_mode=True returns a Task, not a stream: pass one of them.",
                model=model,
                parameter="async_mode",
            )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        response_type: type[GenerateContentResponse | Task] = Task if async_mode is True else GenerateContentResponse
        call = Call(
            format_path(GENERATE_CONTENT_PATH, {"model": model}, slashes=("model",)),
            body,
            cast_to=response_type,
            chunk_type=GenerateContentResponse,
            options=options,
            headers=header_arguments((("X-Async-Mode", "async_mode", "boolean", async_mode),)),
            stream_path=format_path(GENERATE_CONTENT_STREAM_PATH, {"model": model}, slashes=("model",)),
            stream_query=GENERATE_CONTENT_STREAM_QUERY,
            stream_end=GENERATE_CONTENT_STREAM_END,
        )
        return AsyncResponseContextManager(lambda: self._client._call(call, stream=stream is True, response="unread"))
