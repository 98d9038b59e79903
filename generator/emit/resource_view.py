"""The `resources/chat.py` module in its two flavours (sync, async): class names, imports and `create()`'s
overloads, for the resource template to print."""

from __future__ import annotations

from dataclasses import dataclass

from generator.emit.sdk_view import SdkView
from generator.escaping import py_str


@dataclass(frozen=True)
class Overload:
    """One `@overload` of `create()`: a model type, a `stream` flavour, the kwargs TypedDict and the return type."""

    define: str
    """`def`, or `async def`."""
    model_type: str
    """`Literal["<id>"]`, or `str` for a model chosen at run time."""
    stream: str | None
    """The `stream` parameter's declaration, None when the models take no `stream`."""
    params_class: str
    returns: str


@dataclass(frozen=True)
class CreateMethod:
    """`create()` of one completions class: its overloads, then the implementation's return type and calls."""

    overloads: tuple[Overload, ...]
    define: str
    awaits: str
    """`await ` before the client's post call in the async flavour, else empty."""
    post_suffix: str
    """What the client's `_post` / `_post_stream` method names end with: ``, `_raw` or `_streamed`."""
    returns: str
    doc_tail: str
    """The docstring's first line after `Create a chat completion`."""


@dataclass(frozen=True)
class ResourceView:
    """One flavour (sync or async) of the `resources/chat.py` module: class names, imports, `create()`s."""

    module: str
    client_class: str
    """The public client this flavour belongs to: `Evolink` or `AsyncEvolink`."""
    client_base: str
    runtime_imports: tuple[tuple[str, tuple[str, ...]], ...]
    """(runtime module, names) the module imports: the client base, responses and stream of its flavour."""
    stream_class: str
    chat_class: str
    completions_class: str
    raw_class: str
    streaming_class: str
    with_keyword: str
    """`with` or `async with`."""
    parse_call: str
    iter_lines: str
    create: CreateMethod
    raw_create: CreateMethod
    streamed_create: CreateMethod

    @property
    def public_names(self) -> tuple[str, ...]:
        """The module's `__all__`."""
        return self.chat_class, self.completions_class, self.raw_class, self.streaming_class


_STREAM_DECLARATIONS = {
    "false": "stream: Literal[False] = False",
    "true": "stream: Literal[True]",
    "bool": "stream: bool",
    "none": None,
}


def resource_views(sdk: SdkView) -> tuple[ResourceView, ResourceView]:
    """The completions resource module in its two flavours: sync (`chat.py`), then async (`async_chat.py`)."""
    return resource_view(sdk, is_async=False), resource_view(sdk, is_async=True)


def resource_view(sdk: SdkView, *, is_async: bool) -> ResourceView:
    """The `resources/chat.py` (or, with `is_async`, `async_chat.py`) module's view."""
    prefix = "Async" if is_async else ""
    return ResourceView(
        module="async_chat" if is_async else "chat",
        client_class=sdk.async_client_class if is_async else sdk.client_class,
        client_base="AsyncAPIClient" if is_async else "SyncAPIClient",
        runtime_imports=(
            (
                ("_async_client", ("AsyncAPIClient",)),
                ("_async_response", ("AsyncAPIResponse", "AsyncResponseContextManager")),
                ("_async_streaming", ("AsyncStream",)),
                ("_sync_response", ("APIResponse",)),
            )
            if is_async
            else (
                ("_sync_client", ("SyncAPIClient",)),
                ("_sync_response", ("APIResponse", "ResponseContextManager")),
                ("_sync_streaming", ("Stream",)),
            )
        ),
        stream_class=f"{prefix}Stream",
        chat_class=f"{prefix}Chat",
        completions_class=f"{prefix}Completions",
        raw_class=f"{prefix}CompletionsWithRawResponse",
        streaming_class=f"{prefix}CompletionsWithStreamingResponse",
        with_keyword="async with" if is_async else "with",
        parse_call="await response.parse()" if is_async else "response.parse()",
        iter_lines="aiter_lines()" if is_async else "iter_lines()",
        create=create_method(sdk, is_async=is_async, raw=False, streamed=False),
        raw_create=create_method(sdk, is_async=is_async, raw=True, streamed=False),
        streamed_create=create_method(sdk, is_async=is_async, raw=False, streamed=True),
    )


def create_method(sdk: SdkView, *, is_async: bool, raw: bool, streamed: bool) -> CreateMethod:
    """`create()` for one flavour: `is_async` (coroutines, AsyncStream), `raw` (APIResponse[...], the
    `with_raw_response` twin) or `streamed` (a plain `def` returning a context manager over the unread response).

    Each model's own overloads, then for a model chosen at run time (`str`) any model's parameters (checked at
    run time against the chosen one). The `stream: bool` overloads come after the literal ones of every model,
    or mypy would find `(Literal[id], bool)` and `(str, Literal[False])` overlapping with incompatible returns.
    """
    define = "async def" if is_async and not streamed else "def"

    def overload(model_type: str, params: str, variant: str) -> Overload:
        returns = return_type(sdk, variant, is_async=is_async, raw=raw, streamed=streamed)
        return Overload(define, model_type, _STREAM_DECLARATIONS[variant], params, returns)

    overloads: list[Overload] = []
    for variants in [["false", "true"], ["bool"]] if sdk.any_streams else [["none"]]:
        for model in sdk.models:
            own = variants if model.streams else ([] if variants == ["bool"] else ["none"])
            overloads += [overload(f"Literal[{py_str(model.id)}]", model.params_class, v) for v in own]
        overloads += [overload("str", sdk.any_model_params, v) for v in variants]
    tail = " and return the raw HTTP response" if raw else ""
    if streamed:
        tail = ", sending it when the returned context manager is entered, which yields the unread HTTP response"
    return CreateMethod(
        overloads=tuple(overloads),
        define=define,
        awaits="await " if is_async and not streamed else "",
        post_suffix="_streamed" if streamed else "_raw" if raw else "",
        returns=return_type(sdk, "bool", is_async=is_async, raw=raw, streamed=streamed),
        doc_tail=tail,
    )


def return_type(sdk: SdkView, variant: str, *, is_async: bool, raw: bool, streamed: bool) -> str:
    """What `create()` returns for a `stream` flavour (`false`, `true`, `bool`, or `none` when no model streams)."""
    stream_type = f"{'AsyncStream' if is_async else 'Stream'}[{sdk.chunk_type}]"
    value = {"true": stream_type, "bool": f"{sdk.response_type} | {stream_type}"}.get(variant, sdk.response_type)
    if streamed:
        manager = "AsyncResponseContextManager[AsyncAPIResponse" if is_async else "ResponseContextManager[APIResponse"
        return f"{manager}[{value}]]"
    return f"APIResponse[{value}]" if raw else value
