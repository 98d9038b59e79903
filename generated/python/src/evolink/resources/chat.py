# derived from templates/python/src/evolink/resources/async_resource.py.jinja by evolink-codegen (unasync); do not edit
"""`Evolink().chat`: `chat.completions.create()`, one typed overload per model."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Literal, Unpack, overload

import httpx

from evolink._base_client import Call
from evolink._rules import CHAT_COMPLETIONS_ANY_MODEL, CHAT_COMPLETIONS_RULES
from evolink._sync_response import ResponseContextManager
from evolink._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions
from evolink._validation import build_body

if TYPE_CHECKING:
    from evolink._sync_client import SyncAPIClient
    from evolink._sync_response import APIResponse
    from evolink._sync_streaming import Stream
    from evolink.types._create_params import (
        AnyModelParams,
        Gemini3ProPreviewParams,
        Gemini25FlashLiteParams,
        Gemini25FlashParams,
        Gemini31ProPreviewParams,
    )
    from evolink.types._models import ChatCompletion, ChatCompletionChunk

__all__ = ["Chat", "Completions", "CompletionsWithRawResponse", "CompletionsWithStreamingResponse"]

CHAT_COMPLETIONS_PATH = "/v1/chat/completions"


class Chat:
    """`client.chat`: `completions`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def completions(self) -> Completions:
        """`client.chat.completions`."""
        return Completions(self._client)


class Completions:
    """`client.chat.completions`: Create a chat completion."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CompletionsWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id) with `.parse()`."""
        return CompletionsWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> CompletionsWithStreamingResponse:
        """The same methods, returning a context manager: `with` sends the request and yields the HTTP response with its
        body not read yet."""
        return CompletionsWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> ChatCompletion: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> ChatCompletion | Stream[ChatCompletionChunk]: ...

    def create(
        self,
        *,
        model: str,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: object,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion; with `stream=True`, a stream of chunks.

        The keyword arguments are the model's parameters: each model takes its own set, with its own
        ranges (see `evolink.types.Gemini25FlashParams` and the other models'); a `model` given as a `str` (chosen at
        run time, or newer than this SDK) is typed with the parameters every known model takes,
        `evolink.types.AnyModelParams`. Arguments are checked before anything is sent: for a
        known model, a parameter it does not take, a value out of range, not in the enum or of the wrong type
        raises `InvalidParameterError`. A model id this SDK does not know is sent, with only the checks every
        model shares; a parameter only some known models take is sent too, and one no known model takes raises.
        A client made with `strict_models=True` refuses an unknown id. Parameters you do not pass are not sent.
        `extra_body` sends fields the SDK does not know, unchecked; `extra_headers`, `extra_query` and `timeout`
        apply to this call.
        """
        from evolink.types._models import (  # noqa: PLC0415 (deferred: builds the models)
            ChatCompletion,
            ChatCompletionChunk,
        )

        arguments = params if isinstance(stream, NotGiven) else {**params, "stream": stream}
        body = build_body(
            CHAT_COMPLETIONS_RULES,
            model,
            arguments,
            any_model=CHAT_COMPLETIONS_ANY_MODEL,
            strict_models=self._client.strict_models,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        call = Call(
            CHAT_COMPLETIONS_PATH,
            body,
            cast_to=ChatCompletion,
            chunk_type=ChatCompletionChunk,
            options=options,
        )
        return self._client._call(call, stream=stream is True)


class CompletionsWithRawResponse:
    """`client.chat.completions.with_raw_response`: the methods returning an `APIResponse`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> APIResponse[ChatCompletion]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> APIResponse[Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]: ...

    def create(
        self,
        *,
        model: str,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: object,
    ) -> APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Create a chat completion and return the raw HTTP response; with `stream=True`, a stream of chunks.

        The keyword arguments are the model's parameters: each model takes its own set, with its own
        ranges (see `evolink.types.Gemini25FlashParams` and the other models'); a `model` given as a `str` (chosen at
        run time, or newer than this SDK) is typed with the parameters every known model takes,
        `evolink.types.AnyModelParams`. Arguments are checked before anything is sent: for a
        known model, a parameter it does not take, a value out of range, not in the enum or of the wrong type
        raises `InvalidParameterError`. A model id this SDK does not know is sent, with only the checks every
        model shares; a parameter only some known models take is sent too, and one no known model takes raises.
        A client made with `strict_models=True` refuses an unknown id. Parameters you do not pass are not sent.
        `extra_body` sends fields the SDK does not know, unchecked; `extra_headers`, `extra_query` and `timeout`
        apply to this call.
        """
        from evolink.types._models import (  # noqa: PLC0415 (deferred: builds the models)
            ChatCompletion,
            ChatCompletionChunk,
        )

        arguments = params if isinstance(stream, NotGiven) else {**params, "stream": stream}
        body = build_body(
            CHAT_COMPLETIONS_RULES,
            model,
            arguments,
            any_model=CHAT_COMPLETIONS_ANY_MODEL,
            strict_models=self._client.strict_models,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        call = Call(
            CHAT_COMPLETIONS_PATH,
            body,
            cast_to=ChatCompletion,
            chunk_type=ChatCompletionChunk,
            options=options,
        )
        return self._client._call(call, stream=stream is True, response="raw")


class CompletionsWithStreamingResponse:
    """`client.chat.completions.with_streaming_response`: the methods returning a context manager over the unread
    response.

    Leaving the `with` block closes the response; read it inside (`response.parse()`, `response.iter_lines()`, ...).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> ResponseContextManager[APIResponse[Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> ResponseContextManager[APIResponse[Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> ResponseContextManager[APIResponse[Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> ResponseContextManager[APIResponse[Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> ResponseContextManager[APIResponse[Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-2.5-flash-lite"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini25FlashLiteParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3-pro-preview"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini3ProPreviewParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: Literal["gemini-3.1-pro-preview"],
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[Gemini31ProPreviewParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]]: ...

    @overload
    def create(
        self,
        *,
        model: str,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: Unpack[AnyModelParams],
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]]: ...

    def create(
        self,
        *,
        model: str,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        **params: object,
    ) -> ResponseContextManager[APIResponse[ChatCompletion | Stream[ChatCompletionChunk]]]:
        """Create a chat completion, sending it when the returned context manager is entered, which yields the unread
        HTTP response; with `stream=True`, a stream of chunks.

        The keyword arguments are the model's parameters: each model takes its own set, with its own
        ranges (see `evolink.types.Gemini25FlashParams` and the other models'); a `model` given as a `str` (chosen at
        run time, or newer than this SDK) is typed with the parameters every known model takes,
        `evolink.types.AnyModelParams`. Arguments are checked before anything is sent: for a
        known model, a parameter it does not take, a value out of range, not in the enum or of the wrong type
        raises `InvalidParameterError`. A model id this SDK does not know is sent, with only the checks every
        model shares; a parameter only some known models take is sent too, and one no known model takes raises.
        A client made with `strict_models=True` refuses an unknown id. Parameters you do not pass are not sent.
        `extra_body` sends fields the SDK does not know, unchecked; `extra_headers`, `extra_query` and `timeout`
        apply to this call.
        """
        from evolink.types._models import (  # noqa: PLC0415 (deferred: builds the models)
            ChatCompletion,
            ChatCompletionChunk,
        )

        arguments = params if isinstance(stream, NotGiven) else {**params, "stream": stream}
        body = build_body(
            CHAT_COMPLETIONS_RULES,
            model,
            arguments,
            any_model=CHAT_COMPLETIONS_ANY_MODEL,
            strict_models=self._client.strict_models,
        )
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        call = Call(
            CHAT_COMPLETIONS_PATH,
            body,
            cast_to=ChatCompletion,
            chunk_type=ChatCompletionChunk,
            options=options,
        )
        return ResponseContextManager(lambda: self._client._call(call, stream=stream is True, response="unread"))
