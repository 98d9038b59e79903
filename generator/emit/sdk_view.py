"""Spec -> what the SDK templates print: Python type strings, signatures, validation tables.

Templates only loop over these values; every identifier and annotation is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.emit.formatting import natural_key
from generator.emit.jinja_env import py_str
from generator.emit.pytypes import PARAM_SUFFIX
from generator.ir import JSON, ModelVariant, Parameter, Spec
from generator.schema_refs import referenced_closure

PACKAGE = "evolink"
REPOSITORY = "https://github.com/evolink-codegen/evolink-codegen"
"""This project's repository (a placeholder until it has a public home), the one source of the package's URLs.

It is the publisher's address, not the vendor's API, so it lives here rather than in spec/.
"""
CLIENT_CLASS = "Evolink"
"""The synchronous client's class name; the asynchronous one is `Async` + this."""
VENDOR_FIELD_CLASHES = ("extra_body",)
"""Body fields of the vendor whose wire names are also the SDK's own keyword arguments of `create()`."""
SCALAR_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}
ANY_MODEL_PARAMS = "AnyModelParams"
"""The TypedDict of `create()`'s keyword arguments for a model chosen at run time (`model: str`)."""


@dataclass(frozen=True)
class ArgumentView:
    """One keyword argument of `create()`: its names, annotation and description."""

    name: str
    python_name: str
    annotation: str
    description: str
    required: bool

    @property
    def aliased(self) -> bool:
        """True when the Python name differs from the name sent on the wire."""
        return self.python_name != self.name

    @property
    def field_annotation(self) -> str:
        """The annotation as a field of a `total=False` TypedDict: `Required[...]` when required."""
        return f"Required[{self.annotation}]" if self.required else self.annotation


@dataclass(frozen=True)
class ParamView(ArgumentView):
    """One keyword argument of `create()` for one model, with its runtime rule."""

    inferred: bool
    kinds: tuple[str, ...]
    item_kinds: tuple[str, ...]
    nullable: bool
    minimum: int | float | None
    maximum: int | float | None
    enum: tuple[JSON, ...] | None
    min_items: int | None


@dataclass(frozen=True)
class ModelView:
    """One model's `create()` overloads, its kwargs TypedDict and its validation table."""

    id: str
    title: str
    class_stem: str
    params: tuple[ParamView, ...]

    @property
    def streams(self) -> bool:
        """True when the model accepts `stream`, so it gets the streaming overloads."""
        return any(param.name == "stream" for param in self.params)

    @property
    def params_class(self) -> str:
        """The TypedDict of the model's keyword arguments (all but `model` and `stream`)."""
        return params_class(self.class_stem)

    @property
    def kwargs(self) -> tuple[ParamView, ...]:
        """The parameters that go into `params_class`."""
        return tuple(param for param in self.params if param.name != "stream")

    @property
    def listed_arguments(self) -> tuple[tuple[str, bool], ...]:
        """The README's models table: (Python name, inferred) of every argument but the required ones, `stream`
        last (unmarked: `create()` takes it itself)."""
        listed = tuple((param.python_name, param.inferred) for param in self.kwargs if not param.required)
        return (*listed, ("stream", False)) if self.streams else listed


@dataclass(frozen=True)
class UnionParamView(ArgumentView):
    """One keyword argument of the `model: str` overloads: the union of what every model takes under that name."""

    taken_by: str
    """`every model`, or the ids of the models that take it."""


@dataclass(frozen=True)
class RenamedField:
    """A vendor body field with another name in Python."""

    wire_name: str
    python_name: str
    label: str
    """What the field is, in words, from its schema's name: `GeminiExtensions` -> `Gemini extensions`."""


@dataclass(frozen=True)
class SdkView:
    """Everything the package templates need."""

    package: str
    version: str
    title: str
    description: str
    default_base_url: str
    fallback_base_urls: tuple[str, ...]
    api_key_env: str
    base_url_env: str
    path: str
    response_type: str
    chunk_type: str
    models: tuple[ModelView, ...]
    type_names: tuple[str, ...]
    param_type_names: tuple[str, ...]
    renamed_clashes: tuple[RenamedField, ...]
    """The vendor's body fields renamed in Python because `create()` has its own keyword argument of that name."""

    any_model_params: str = ANY_MODEL_PARAMS
    client_class: str = CLIENT_CLASS
    async_client_class: str = f"Async{CLIENT_CLASS}"

    @property
    def package_description(self) -> str:
        """The distribution's one-line summary (pyproject's `description`)."""
        return f"Typed Python SDK for {self.title}"

    @property
    def fallback_text(self) -> str:
        """The fallback base URLs as the client's docstring lists them: comma-separated, or `nothing`."""
        return ", ".join(self.fallback_base_urls) or "nothing"

    @property
    def resources(self) -> tuple[ResourceView, ResourceView]:
        """The completions resource module in its two flavours: sync (`chat.py`), then async (`async_chat.py`)."""
        return resource_view(self, is_async=False), resource_view(self, is_async=True)

    @property
    def create_params_typing(self) -> tuple[str, ...]:
        """What `types/_create_params.py` imports from `typing`."""
        return tuple(sorted({*self.create_params_imports["typing"], "Required", "TypedDict"}))

    @property
    def project_urls(self) -> dict[str, str]:
        """The package index's links: labels PyPI shows with an icon, all under this project's repository."""
        return {
            "Homepage": REPOSITORY,
            "Documentation": f"{REPOSITORY}/tree/main/generated/docs",
            "Repository": REPOSITORY,
            "Issues": f"{REPOSITORY}/issues",
            "Changelog": f"{REPOSITORY}/blob/main/CHANGELOG.md",
        }

    @property
    def params_classes(self) -> list[str]:
        """The kwargs TypedDicts (one per model, and the union one), in `__all__` order."""
        return sorted([*(model.params_class for model in self.models), self.any_model_params], key=natural_key)

    @property
    def public_type_names(self) -> list[str]:
        """Everything `evolink.types` exports, in `__all__` order."""
        return sorted([*self.type_names, *self.param_type_names, *self.params_classes], key=natural_key)

    @property
    def create_params_imports(self) -> dict[str, tuple[str, ...]]:
        """What the kwargs TypedDicts' annotations use, by module: typing, collections.abc, request params."""
        return names_by_module(p.annotation for m in self.models for p in m.kwargs)

    @property
    def any_streams(self) -> bool:
        """True when some model accepts `stream`, so the `model: str` overloads come in the stream flavours."""
        return any(model.streams for model in self.models)

    @property
    def any_model_kwargs(self) -> tuple[UnionParamView, ...]:
        """The fields of `any_model_params`: every model's keyword arguments, in first-seen order.

        A name several models take with different types gets the union of the types; it is required only
        when every model requires it.
        """
        by_name: dict[str, list[tuple[str, ParamView]]] = {}
        for model in self.models:
            for param in model.kwargs:
                by_name.setdefault(param.python_name, []).append((model.id, param))
        return tuple(
            UnionParamView(
                name=taken[0][1].name,
                python_name=python_name,
                annotation=union_annotation(param for _, param in taken),
                description=taken[0][1].description,
                required=len(taken) == len(self.models) and all(param.required for _, param in taken),
                taken_by="every model" if len(taken) == len(self.models) else ", ".join(model for model, _ in taken),
            )
            for python_name, taken in by_name.items()
        )

    @property
    def endpoint_path_prefixes(self) -> tuple[str, ...]:
        """The endpoint path's leading segments, `/v1`, `/v1/chat`, ...: a base URL ending with one loses it."""
        segments = [segment for segment in self.path.split("/") if segment]
        return tuple("/" + "/".join(segments[:count]) for count in range(1, len(segments) + 1))


def params_class(class_stem: str) -> str:
    """The name of a model's kwargs TypedDict, from its class stem."""
    return f"{class_stem}Params"


def union_annotation(params: Iterable[ParamView]) -> str:
    """One annotation for the union of several parameters' types: `Literal`s merged, members once, `None` last.

    Enum values come from the parameters, never from parsing annotations (they may hold any string);
    the other annotations hold only names and brackets, so they split safely on `|`.
    """
    literals: dict[tuple[type, JSON], None] = {}
    members: dict[str, None] = {}
    for param in params:
        if param.enum is not None:
            literals.update(((type(value), value), None) for value in param.enum)
            if param.nullable:
                members["None"] = None
        else:
            members.update((member, None) for member in _split_union(param.annotation))
    parts = [name for name in members if name != "None"]
    if literals:
        parts.insert(0, "Literal[" + ", ".join(repr(value) for _, value in literals) + "]")
    return " | ".join(parts + (["None"] if "None" in members else []))


def _split_union(annotation: str) -> list[str]:
    """The top-level members of `A | B[C | D] | None`: `A`, `B[C | D]`, `None`."""
    members: list[str] = []
    depth = start = 0
    for index, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(annotation[start:index].strip())
            start = index + 1
    members.append(annotation[start:].strip())
    return members


def names_by_module(annotations: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The names that type annotations use, grouped by the module to import them from."""
    used = {name for text in annotations for name in re.findall(r"[A-Za-z_]\w*", text)}
    return {
        "typing": tuple(sorted(used & {"Literal", "Any"})),
        "collections.abc": tuple(sorted(used & {"Mapping", "Sequence"})),
        "params": tuple(sorted((n for n in used if n.endswith(PARAM_SUFFIX)), key=natural_key)),
    }


def request_schema_names(spec: Spec) -> list[str]:
    """The shared schemas that request parameters refer to (messages, tools, ...), in spec order."""
    return referenced_closure([p.schema for p in spec.api.catalogue], spec.api.schemas)


def response_schema_names(spec: Spec) -> list[str]:
    """The shared schemas the server sends (the completion, the stream chunk, the error body), in spec order."""
    endpoint = spec.api.endpoint
    roots: list[JSON] = [{"$ref": name} for name in (endpoint.response, endpoint.chunk, endpoint.error)]
    return referenced_closure(roots, spec.api.schemas)


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


def build_sdk_view(spec: Spec, type_names: list[str], param_type_names: list[str]) -> SdkView:
    """The view of `spec` for the package templates, given the names the generated type modules define."""
    api = spec.api
    return SdkView(
        package=PACKAGE,
        version=api.revision,
        title=api.title,
        description=api.description,
        default_base_url=api.default_server.url,
        fallback_base_urls=tuple(server.url for server in api.alternate_servers),
        api_key_env=api.auth_env,
        base_url_env=api.base_url_env,
        path=api.endpoint.path,
        response_type=api.endpoint.response,
        chunk_type=api.endpoint.chunk,
        models=tuple(_model_view(model, api.schemas) for model in spec.models),
        type_names=tuple(sorted(type_names, key=natural_key)),
        param_type_names=tuple(sorted(param_type_names, key=natural_key)),
        renamed_clashes=tuple(
            RenamedField(p.name, p.python_name, _words(p.schema.get("$ref", p.name)))
            for p in api.catalogue
            if p.aliased and p.name in VENDOR_FIELD_CLASHES
        ),
    )


def _words(name: str) -> str:
    """`GeminiExtensions` -> `Gemini extensions`; `extra_body` -> `extra body`."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)
    return " ".join([words[0], *(word.lower() for word in words[1:])]) if words else name


def _model_view(model: ModelVariant, schemas: Mapping[str, JSON]) -> ModelView:
    params = tuple(_param_view(p, schemas) for p in model.parameters)
    return ModelView(model.id, model.title, model.class_stem, params)


def _param_view(parameter: Parameter, schemas: Mapping[str, JSON]) -> ParamView:
    kinds, nullable = json_kinds(parameter.schema, schemas)
    items = parameter.schema.get("items") or next(
        (part["items"] for part in parameter.schema.get("oneOf", ()) if "items" in part), None
    )
    return ParamView(
        name=parameter.name,
        python_name=parameter.python_name,
        annotation=annotation(parameter, schemas),
        description=parameter.description,
        required=parameter.required,
        inferred=parameter.inferred,
        kinds=kinds,
        item_kinds=json_kinds(items, schemas)[0] if items else (),
        nullable=nullable,
        minimum=parameter.minimum,
        maximum=parameter.maximum,
        enum=parameter.enum,
        min_items=parameter.schema.get("minItems"),
    )


def json_kinds(schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> tuple[tuple[str, ...], bool]:
    """The non-null JSON types a schema admits (following `$ref` and `oneOf`), and whether null is one."""
    if "$ref" in schema:
        return json_kinds(schemas[schema["$ref"]], schemas)
    if "oneOf" in schema:
        parts = [json_kinds(part, schemas) for part in schema["oneOf"]]
        kinds = tuple(dict.fromkeys(kind for part_kinds, _ in parts for kind in part_kinds))
        return kinds, any(nullable for _, nullable in parts)
    declared = schema.get("type", [])
    declared = [declared] if isinstance(declared, str) else list(declared)
    return tuple(kind for kind in declared if kind != "null"), "null" in declared


def annotation(parameter: Parameter, schemas: Mapping[str, JSON]) -> str:
    """The Python type of a parameter as an argument: Literal for enums, `| None` when nullable."""
    if parameter.enum is not None:
        literal = "Literal[" + ", ".join(repr(value) for value in parameter.enum) + "]"
        return f"{literal} | None" if parameter.nullable else literal
    return schema_annotation(parameter.schema, schemas)


def schema_annotation(schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> str:
    """The Python argument type for a JSON Schema: scalars, Sequence for arrays, `<Name>Param` for refs.

    A reference to a free-form object (no declared properties) is a plain mapping, not an empty TypedDict.
    """
    if "$ref" in schema:
        target = schemas[schema["$ref"]]
        if target.get("type") == "object" and not target.get("properties"):
            return "Mapping[str, object]"
        return f"{schema['$ref']}{PARAM_SUFFIX}"
    if "oneOf" in schema:
        return " | ".join(schema_annotation(part, schemas) for part in schema["oneOf"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    parts = [_kind_annotation(kind, schema, schemas) for kind in kinds if kind != "null"]
    if "null" in kinds:
        parts.append("None")
    return " | ".join(parts) or "object"


def _kind_annotation(kind: str, schema: Mapping[str, JSON], schemas: Mapping[str, JSON]) -> str:
    if kind in SCALAR_TYPES:
        return SCALAR_TYPES[kind]
    if kind == "array":
        return f"Sequence[{schema_annotation(schema.get('items', {}), schemas)}]"
    return "Mapping[str, object]"
