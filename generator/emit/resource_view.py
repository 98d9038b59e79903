"""The SDK's resources (`client.chat.completions`, `client.models`, `client.tasks`) and each method's overloads, for
`resources/async_resource.py.jinja` to print once per top-level resource.

Each resource is written once, async; `unasync` derives the sync module from the rendered one, as it derives the
runtime's sync twins. So this view knows nothing of sync: it says, for each of the three response forms
(`ResponseForm`), which overloads a method has and what each returns.

An endpoint's `sdk` (spec) places its method: `resource` is a dotted path from the client, `method` the name. A
method of an endpoint that takes a model gets one overload per model (and per way of taking `stream` and the
header that switches the response, if any), then overloads for a model given as a `str`; a method of an endpoint
without a model takes its path parameters positionally. An endpoint with `polling` adds `wait`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from generator.emit.endpoint_view import EndpointView
from generator.emit.sdk_view import SdkView
from generator.escaping import py_str


class StreamArgument(enum.Enum):
    """How one overload takes `stream`: the annotation that picks its return type."""

    OMITTED = None
    """No model of the overload streams: the method has no `stream` there."""
    FALSE = "stream: Literal[False] = False"
    TRUE = "stream: Literal[True]"
    EITHER = "stream: bool"
    """Known only at run time: the return type is the union."""


class ResponseForm(enum.Enum):
    """What a method returns, as the runtime's `_call(response=...)` names it."""

    PARSED = "parsed"
    """The response model (or the stream): `client.chat.completions.create()`."""
    RAW = "raw"
    """An `APIResponse` read and ready to `.parse()`: `with_raw_response.create()`."""
    UNREAD = "unread"
    """A context manager sending the request on entry, yielding the response unread: `with_streaming_response`."""


@dataclass(frozen=True)
class Overload:
    """One `@overload` of a model method: a model type, its own arguments (`stream`, the switch), its kwargs
    TypedDict, its return."""

    model_type: str
    """`Literal["<id>"]`, or `str` for a model chosen at run time."""
    arguments: tuple[str, ...]
    params_class: str
    returns: str


@dataclass(frozen=True)
class MethodForm:
    """One method in one response form: its overloads (none for a method without a model), then the implementation's
    return type."""

    form: ResponseForm
    overloads: tuple[Overload, ...]
    returns: str

    @property
    def is_coroutine(self) -> bool:
        """`async def`, unless it returns a context manager that sends on entry."""
        return self.form is not ResponseForm.UNREAD

    @property
    def response_keyword(self) -> str | None:
        """The `response=` argument of the runtime's `_call`, None for its default (`parsed`)."""
        return None if self.form is ResponseForm.PARSED else self.form.value

    @property
    def doc_tail(self) -> str:
        """The docstring's first line after the endpoint's summary."""
        if self.form is ResponseForm.RAW:
            return " and return the raw HTTP response"
        if self.form is ResponseForm.UNREAD:
            return ", sending it when the returned context manager is entered, which yields the unread HTTP response"
        return ""


@dataclass(frozen=True)
class MethodView:
    """One endpoint's method on its resource, in each response form."""

    endpoint: EndpointView
    parsed: MethodForm
    raw: MethodForm
    unread: MethodForm

    def form(self, name: str) -> MethodForm:
        """The method in the response form named `name` (`parsed`, `raw`, `unread`)."""
        return {"parsed": self.parsed, "raw": self.raw, "unread": self.unread}[name]


@dataclass(frozen=True)
class ResourceClass:
    """A resource: `client.<path>`, its methods and the resources under it."""

    path: tuple[str, ...]
    methods: tuple[MethodView, ...]
    children: tuple[ResourceClass, ...]

    @property
    def attribute(self) -> str:
        """Its attribute on its parent: `completions`."""
        return self.path[-1]

    @property
    def class_name(self) -> str:
        """The async class: `AsyncCompletions` (the sync twin drops `Async`)."""
        return "Async" + "".join(part.title().replace("_", "") for part in self.path[-1:])

    @property
    def dotted(self) -> str:
        """`chat.completions`."""
        return ".".join(self.path)

    @property
    def waits(self) -> tuple[MethodView, ...]:
        """The methods whose endpoint has `polling` (each adds `wait`)."""
        return tuple(method for method in self.methods if method.endpoint.polling is not None)

    @property
    def classes(self) -> tuple[ResourceClass, ...]:
        """This class and every one under it, parents first."""
        return (self, *(cls for child in self.children for cls in child.classes))


@dataclass(frozen=True)
class ResourceModule:
    """One module `resources/async_<name>.py`: a top-level resource and what is under it."""

    root: ResourceClass

    @property
    def name(self) -> str:
        """`chat`."""
        return self.root.attribute

    @property
    def module(self) -> str:
        """The async module's name: `async_chat`."""
        return f"async_{self.name}"

    @property
    def endpoints(self) -> tuple[EndpointView, ...]:
        """Every endpoint with a method in the module."""
        return tuple(method.endpoint for cls in self.root.classes for method in cls.methods)

    @property
    def with_models(self) -> tuple[EndpointView, ...]:
        """Its endpoints that take a model (overloaded methods with rules)."""
        return tuple(endpoint for endpoint in self.endpoints if endpoint.model_in is not None)

    @property
    def plain(self) -> bool:
        """Whether some method's endpoint has no stream chunk (its call is a `Call[..., Never]`)."""
        return any(endpoint.chunk_type is None for endpoint in self.endpoints)

    @property
    def params_classes(self) -> list[str]:
        """The kwargs TypedDicts its overloads name."""
        return [name for endpoint in self.endpoints for name in endpoint.params_classes]

    @property
    def response_types(self) -> list[str]:
        """The response models its methods return."""
        return sorted({name for endpoint in self.endpoints for name in endpoint.response_types})

    @property
    def formats_paths(self) -> bool:
        """Whether some method fills in path parameters (`format_path`)."""
        return any(e.model_in == "path" or e.path_parameters for e in self.endpoints)

    @property
    def sends_headers(self) -> bool:
        """Whether some method sets headers from its arguments (`header_arguments`)."""
        return any(endpoint.headers for endpoint in self.endpoints)

    @property
    def streams(self) -> bool:
        """Whether some method may return a stream."""
        return any(endpoint.streams for endpoint in self.endpoints)

    @property
    def streams_on_path(self) -> bool:
        """Whether some method streams on another path (`StreamEnd`)."""
        return any(endpoint.stream_path for endpoint in self.endpoints)

    @property
    def polls(self) -> bool:
        """Whether some resource of the module has `wait`."""
        return any(cls.waits for cls in self.root.classes)

    @property
    def refuses_combinations(self) -> bool:
        """Whether some method raises `InvalidParameterError` itself (a switch header with `stream`)."""
        return any(endpoint.switch is not None and endpoint.streams for endpoint in self.endpoints)

    @property
    def exported(self) -> list[str]:
        """The module's `__all__`: each class, and its raw and streaming-response twins when it has methods."""
        names = [cls.class_name for cls in self.root.classes]
        names += [cls.class_name + suffix for cls in self.root.classes if cls.methods for suffix in SUFFIXES]
        return sorted(names)


SUFFIXES = ("WithRawResponse", "WithStreamingResponse")


def build_resource_modules(sdk: SdkView) -> tuple[ResourceModule, ...]:
    """The resource modules, in the order their endpoints come in the spec."""
    methods = [build_method(endpoint) for endpoint in sdk.endpoints]
    roots = dict.fromkeys(method.endpoint.resource[0] for method in methods)
    return tuple(ResourceModule(_resource((root,), methods)) for root in roots)


def _resource(path: tuple[str, ...], methods: list[MethodView]) -> ResourceClass:
    own = tuple(method for method in methods if method.endpoint.resource == path)
    below = dict.fromkeys(
        method.endpoint.resource[len(path)]
        for method in methods
        if len(method.endpoint.resource) > len(path) and method.endpoint.resource[: len(path)] == path
    )
    return ResourceClass(path, own, tuple(_resource((*path, name), methods) for name in below))


def build_method(endpoint: EndpointView) -> MethodView:
    """An endpoint's method in its three response forms."""
    return MethodView(endpoint, *(method_form(endpoint, form) for form in ResponseForm))


def method_form(endpoint: EndpointView, form: ResponseForm) -> MethodForm:
    """The method returning `form`: for an endpoint with models, each model's own overloads, then, for a model chosen
    at run time (`str`), the parameters every model takes (checked at run time against the chosen one).

    The `stream: bool` overloads come after the literal ones of every model, or mypy would find
    `(Literal[id], bool)` and `(str, Literal[False])` overlapping with incompatible returns.
    """
    if endpoint.model_in is None:
        return MethodForm(form, (), wrap(endpoint.response_type, form))
    overloads: list[Overload] = []
    literal, either = [StreamArgument.FALSE, StreamArgument.TRUE], [StreamArgument.EITHER]
    for streams in [literal, either] if endpoint.streams else [[StreamArgument.OMITTED]]:
        for model in endpoint.models:
            own = streams if model.streams else ([] if streams == either else [StreamArgument.OMITTED])
            for stream in own:
                overloads += _overloads(endpoint, f"Literal[{py_str(model.id)}]", model.params_class, stream, form)
        for stream in streams:
            overloads += _overloads(endpoint, "str", endpoint.any_model_params, stream, form)
    every = _returns(endpoint, StreamArgument.EITHER if endpoint.streams else StreamArgument.OMITTED, switch=None)
    return MethodForm(form, tuple(overloads), wrap(every, form))


def _overloads(
    endpoint: EndpointView, model_type: str, params: str, stream: StreamArgument, form: ResponseForm
) -> list[Overload]:
    """The overloads of one model type and one way of taking `stream`: one, or, with a switch header, one per way
    of taking it (true only without a stream)."""
    stream_arguments = (stream.value,) if stream.value else ()
    switch = endpoint.switch
    if switch is None:
        return [Overload(model_type, stream_arguments, params, wrap(_returns(endpoint, stream, None), form))]
    name = switch.python_name
    if stream is StreamArgument.EITHER:
        arguments = ("stream: bool = False", f"{name}: bool = False")
        return [Overload(model_type, arguments, params, wrap(_returns(endpoint, stream, None), form))]
    found = [
        Overload(
            model_type,
            (*stream_arguments, f"{name}: Literal[False] = False"),
            params,
            wrap(_returns(endpoint, stream, False), form),
        )
    ]
    if stream is not StreamArgument.TRUE:
        quiet = ("stream: Literal[False] = False",) if stream is StreamArgument.FALSE else ()
        arguments = (*quiet, f"{name}: Literal[True]")
        found.append(Overload(model_type, arguments, params, wrap(_returns(endpoint, stream, True), form)))
    return found


def _returns(endpoint: EndpointView, stream: StreamArgument, switch: bool | None) -> str:
    """What the async method returns (parsed) for one way of taking `stream` and the switch (None: either way)."""
    stream_type = f"AsyncStream[{endpoint.chunk_type}]"
    task = endpoint.switch.response_if_true if endpoint.switch is not None else None
    if switch is True:
        return str(task)
    value = {StreamArgument.TRUE: [stream_type], StreamArgument.EITHER: [endpoint.response_type, stream_type]}.get(
        stream, [endpoint.response_type]
    )
    if switch is None and task is not None:
        value.append(task)
    return " | ".join(value)


def wrap(value: str, form: ResponseForm) -> str:
    """The async method's return type in one response form, for a parsed result `value`."""
    if form is ResponseForm.UNREAD:
        return f"AsyncResponseContextManager[AsyncAPIResponse[{value}]]"
    return f"APIResponse[{value}]" if form is ResponseForm.RAW else value
