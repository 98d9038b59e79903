"""The completions resource's `create()` methods, for `resources/async_chat.py.jinja` to print.

The resource is written once, async; `unasync` derives `resources/chat.py` from the rendered module, as it
derives the runtime's sync twins. So this view knows nothing of sync: it says, for each of the three response
forms (`ResponseForm`), which overloads `create()` has and what each returns.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from generator.emit.sdk_view import SdkView
from generator.escaping import py_str


class StreamArgument(enum.Enum):
    """How one `create()` overload takes `stream`: the annotation that picks its return type."""

    OMITTED = None
    """No model of the overload streams: `create()` has no `stream` there."""
    FALSE = "stream: Literal[False] = False"
    TRUE = "stream: Literal[True]"
    EITHER = "stream: bool"
    """Known only at run time: the return type is the union."""

    @property
    def declaration(self) -> str | None:
        """The parameter as the overload declares it, None when it has none."""
        declaration: str | None = self.value
        return declaration


class ResponseForm(enum.Enum):
    """What a `create()` returns, as the runtime's `_post(response=...)` names it."""

    PARSED = "parsed"
    """The response model (or the stream): `client.chat.completions.create()`."""
    RAW = "raw"
    """An `APIResponse` read and ready to `.parse()`: `with_raw_response.create()`."""
    UNREAD = "unread"
    """A context manager sending the request on entry, yielding the response unread: `with_streaming_response`."""


@dataclass(frozen=True)
class Overload:
    """One `@overload` of `create()`: a model type, how it takes `stream`, its kwargs TypedDict, its return."""

    model_type: str
    """`Literal["<id>"]`, or `str` for a model chosen at run time."""
    stream: StreamArgument
    params_class: str
    returns: str


@dataclass(frozen=True)
class CreateMethod:
    """`create()` of one completions class: its overloads, then the implementation's return type."""

    form: ResponseForm
    overloads: tuple[Overload, ...]
    returns: str

    @property
    def is_coroutine(self) -> bool:
        """`async def`, unless it returns a context manager that sends on entry."""
        return self.form is not ResponseForm.UNREAD

    @property
    def response_keyword(self) -> str | None:
        """The `response=` argument of the runtime's `_post`, None for its default (`parsed`)."""
        return None if self.form is ResponseForm.PARSED else self.form.value

    @property
    def doc_tail(self) -> str:
        """The docstring's first line after `Create a chat completion`."""
        if self.form is ResponseForm.RAW:
            return " and return the raw HTTP response"
        if self.form is ResponseForm.UNREAD:
            return ", sending it when the returned context manager is entered, which yields the unread HTTP response"
        return ""


@dataclass(frozen=True)
class ResourceView:
    """The completions resource: `create()` in each response form."""

    parsed: CreateMethod
    raw: CreateMethod
    unread: CreateMethod


def build_resource_view(sdk: SdkView) -> ResourceView:
    """The (async) completions resource's view."""
    return ResourceView(
        parsed=create_method(sdk, ResponseForm.PARSED),
        raw=create_method(sdk, ResponseForm.RAW),
        unread=create_method(sdk, ResponseForm.UNREAD),
    )


def create_method(sdk: SdkView, form: ResponseForm) -> CreateMethod:
    """`create()` returning `form`: each model's own overloads, then, for a model chosen at run time (`str`), the
    parameters every model takes (checked at run time against the chosen one).

    The `stream: bool` overloads come after the literal ones of every model, or mypy would find
    `(Literal[id], bool)` and `(str, Literal[False])` overlapping with incompatible returns.
    """

    def overload(model_type: str, params: str, stream: StreamArgument) -> Overload:
        return Overload(model_type, stream, params, return_type(sdk, stream, form))

    overloads: list[Overload] = []
    literal, either = [StreamArgument.FALSE, StreamArgument.TRUE], [StreamArgument.EITHER]
    for streams in [literal, either] if sdk.any_streams else [[StreamArgument.OMITTED]]:
        for model in sdk.models:
            own = streams if model.streams else ([] if streams == either else [StreamArgument.OMITTED])
            overloads += [overload(f"Literal[{py_str(model.id)}]", model.params_class, s) for s in own]
        overloads += [overload("str", sdk.any_model_params, s) for s in streams]
    return CreateMethod(form, tuple(overloads), return_type(sdk, StreamArgument.EITHER, form))


def return_type(sdk: SdkView, stream: StreamArgument, form: ResponseForm) -> str:
    """What the async `create()` returns for one way of taking `stream`, in one response form."""
    stream_type = f"AsyncStream[{sdk.chunk_type}]"
    value = {
        StreamArgument.TRUE: stream_type,
        StreamArgument.EITHER: f"{sdk.response_type} | {stream_type}",
    }.get(stream, sdk.response_type)
    if form is ResponseForm.UNREAD:
        return f"AsyncResponseContextManager[AsyncAPIResponse[{value}]]"
    return f"APIResponse[{value}]" if form is ResponseForm.RAW else value
