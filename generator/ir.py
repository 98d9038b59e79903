"""The resolved spec: typed, immutable, with catalogue references, overrides and inheritance applied.

Everything downstream (OpenAPI, types, templates, diff) reads only these classes, never raw YAML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.json_values import JSON as JSON  # noqa: PLC0414 (re-exported: one name for a JSON value)
from generator.json_values import strings


@dataclass(frozen=True)
class Location:
    """Where something was written: file, 1-based line and JSON pointer inside that file."""

    file: str
    line: int
    pointer: str


@dataclass(frozen=True)
class Server:
    """A base URL the API is served from."""

    name: str
    url: str
    description: str
    default: bool


@dataclass(frozen=True)
class BodyParameter:
    """What every request body parameter states, in the catalogue or as a model takes it.

    `schema` is the JSON Schema of the value's shape; range and enum live in their own fields so
    that models can override them. `default` and `example` are None when the docs give none.
    """

    name: str
    python_name: str
    description: str
    schema: Mapping[str, JSON]
    required: bool = False
    minimum: int | float | None = None
    maximum: int | float | None = None
    enum: tuple[JSON, ...] | None = None
    default: JSON = None
    example: JSON = None
    location: Location | None = field(default=None, compare=False, repr=False)

    @property
    def aliased(self) -> bool:
        """True when the Python argument is named differently from the wire field."""
        return self.python_name != self.name

    @property
    def json_types(self) -> tuple[str, ...]:
        """The JSON Schema `type` names of the value (empty for composite `oneOf`/`$ref` schemas)."""
        return strings(self.schema.get("type"))

    @property
    def nullable(self) -> bool:
        """True when JSON null is an accepted value."""
        return "null" in self.json_types


@dataclass(frozen=True)
class CatalogueEntry(BodyParameter):
    """A parameter as spec/api.yaml's catalogue defines it, before any model's overrides."""


@dataclass(frozen=True)
class Parameter(BodyParameter):
    """A parameter as one model takes it: its catalogue entry with the model's overrides laid over it.

    `inferred`: the model's page does not document it; it comes from the model named by `inherited_from`.
    """

    inferred: bool = False
    inherited_from: str | None = None


@dataclass(frozen=True)
class Source:
    """A vendor documentation page a model variant was written from."""

    page: str
    language: str
    url: str | None = None


@dataclass(frozen=True)
class Erratum:
    """A mistake in the vendor's docs that the spec records instead of copying."""

    parameter: str
    page: str
    note: str


@dataclass(frozen=True)
class Deviation:
    """Where the spec knowingly differs from the model's page, and why; `sync` keeps the spec's value.

    `field` is `server` (then `parameter` is None) or one of a parameter's `type`, `minimum`,
    `maximum`, `default`, `enum`; `page_value` is what the page states (None: it states nothing).
    """

    parameter: str | None
    field: str
    page_value: JSON
    reason: str


@dataclass(frozen=True)
class ModelVariant:
    """One model's variant of one endpoint (`endpoint`, its name): its documented and inherited parameters."""

    id: str
    title: str
    summary: str
    server: Server
    endpoint: str
    sources: tuple[Source, ...]
    parameters: tuple[Parameter, ...]
    notes: tuple[str, ...] = ()
    errata: tuple[Erratum, ...] = ()
    inherits: str | None = None
    deviations: tuple[Deviation, ...] = ()
    location: Location | None = field(default=None, compare=False, repr=False)

    @property
    def class_stem(self) -> str:
        """A CamelCase name derived from the id: gemini-2.5-flash-lite -> Gemini25FlashLite."""
        return class_stem(self.id)

    @property
    def docs_slug(self) -> str:
        """The name of the model's docs page (without `.md`): evolink/auto -> evolink-auto."""
        return docs_slug(self.id)

    def parameter(self, name: str) -> Parameter | None:
        """The parameter with wire name `name`, if this model accepts it."""
        return next((p for p in self.parameters if p.name == name), None)


@dataclass(frozen=True)
class Streaming:
    """How a caller asks an endpoint for a stream of server-sent events.

    Either `body_flag` names the boolean body parameter that does (chat's `stream`; the stream ends with
    `data: [DONE]`), or `path` is the operation's other path that streams, with the `query` it needs (Gemini's
    `:streamGenerateContent?alt=sse`); such a stream ends with the connection, and `final` are JSON pointers into
    the chunk that says it is the last (`/candidates/0/finishReason`: one of them is set there).
    """

    body_flag: str | None = None
    path: str | None = None
    query: Mapping[str, str] = field(default_factory=dict)
    final: tuple[str, ...] = ()


@dataclass(frozen=True)
class PathParameter:
    """A `{name}` of an endpoint's path."""

    name: str
    description: str
    schema: Mapping[str, JSON]
    example: JSON = None


@dataclass(frozen=True)
class HeaderParameter:
    """A request header a call may set, as the SDK method's keyword argument `python_name`.

    `response_if_true`: a boolean header that, when true, makes the call return this schema instead (an async
    task), and not stream.
    """

    name: str
    python_name: str
    description: str
    json_type: str
    default: JSON = None
    response_if_true: str | None = None


@dataclass(frozen=True)
class SdkMethod:
    """Where the SDK puts an endpoint: `client.<resource>.<method>(...)`; `resource` is dotted (`chat.completions`)."""

    resource: tuple[str, ...]
    method: str

    @property
    def dotted(self) -> str:
        """`chat.completions.create`."""
        return ".".join((*self.resource, self.method))


@dataclass(frozen=True)
class TypeNames:
    """The names of an endpoint's generated request types; `{stem}` in a pattern is a model's class stem."""

    request: str
    """The OpenAPI component of the request body: a `oneOf` of every model's request schema."""
    model_request: str
    """The OpenAPI component (and pydantic model) of one model's request body."""
    model_params: str
    """The TypedDict of one model's keyword arguments."""
    any_model_params: str
    """The TypedDict of the keyword arguments for any model id: the parameters every known model takes."""

    def request_for(self, stem: str) -> str:
        """One model's request schema name: `Gemini25FlashRequest`."""
        return self.model_request.replace("{stem}", stem)

    def params_for(self, stem: str) -> str:
        """One model's kwargs TypedDict name: `Gemini25FlashParams`."""
        return self.model_params.replace("{stem}", stem)

    @classmethod
    def from_name(cls, endpoint_name: str) -> TypeNames:
        """The default names, from the endpoint's name: generate_content -> `GenerateContentRequest`, ..."""
        camel = class_stem(endpoint_name)
        return cls(f"{camel}Request", f"{{stem}}{camel}Request", f"{{stem}}{camel}Params", f"AnyModel{camel}Params")


@dataclass(frozen=True)
class Polling:
    """An endpoint whose response is a job to poll until it ends (the SDK's `wait`): the field holding its state and
    which states are pending, succeeded or failed; the fields holding its progress (0-100) and its error."""

    status: str
    pending: tuple[str, ...]
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    progress: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Endpoint:
    """One operation, by `name` (api.yaml's key for it): how it is called and streams, what it returns, where the
    SDK puts it, and the catalogue of every body parameter any model's page documents for it."""

    name: str
    method: str
    path: str
    operation_id: str
    summary: str
    description: str
    sdk: SdkMethod
    model_in: str | None
    """`body` (a `model` field), `path` (the `{model}` path parameter), or None: the endpoint takes no model."""
    path_parameters: tuple[PathParameter, ...]
    headers: tuple[HeaderParameter, ...]
    streaming: Streaming | None
    """None: the endpoint does not stream."""
    response: str
    chunk: str | None
    error: str
    type_names: TypeNames
    polling: Polling | None
    examples: Mapping[str, JSON]
    catalogue: tuple[CatalogueEntry, ...]

    def entry(self, name: str) -> CatalogueEntry | None:
        """The catalogue entry with wire name `name`, if the endpoint has one."""
        return next((entry for entry in self.catalogue if entry.name == name), None)

    @property
    def has_body(self) -> bool:
        """Whether a call sends a JSON body (a catalogue, or a model named in the body)."""
        return bool(self.catalogue) or self.model_in == "body"


@dataclass(frozen=True)
class Api:
    """What all models share: identity, servers, auth, the endpoints (each with its catalogue) and the schemas."""

    title: str
    revision: str
    description: str
    servers: tuple[Server, ...]
    base_url_env: str
    auth_env: str
    auth_description: str
    endpoints: tuple[Endpoint, ...]
    schemas: Mapping[str, Mapping[str, JSON]]

    @property
    def main_endpoint(self) -> Endpoint:
        """The first endpoint api.yaml declares (chat completions), the one the docs are built around: the index's
        parameter matrix, each model page's main table and examples, and the README's examples describe it; every
        other endpoint gets sections of its own (`emit.endpoint_docs_view`). Everything else (the SDK, the OpenAPI
        document, `diff`, `ingest` and `sync`) treats every endpoint alike."""
        return self.endpoints[0]

    def endpoint_named(self, name: str) -> Endpoint | None:
        """The endpoint api.yaml declares under `name`, if any."""
        return next((endpoint for endpoint in self.endpoints if endpoint.name == name), None)

    @property
    def default_server(self) -> Server:
        """The server a client uses unless told otherwise."""
        return next(server for server in self.servers if server.default)

    @property
    def ordered_servers(self) -> tuple[Server, ...]:
        """The default server first, then the alternates in spec order."""
        return (self.default_server, *self.alternate_servers)

    @property
    def alternate_servers(self) -> tuple[Server, ...]:
        """The servers a client fails over to, in spec order."""
        return tuple(server for server in self.servers if not server.default)


@dataclass(frozen=True)
class ReleaseChange:
    """One line of a release's changelog: how severe, which model (None: all of them), what, and on which endpoint
    (None: all of them, or a release recorded before endpoints were named)."""

    severity: str
    model: str | None
    message: str
    endpoint: str | None = None


@dataclass(frozen=True)
class Release:
    """A recorded spec revision and the changes it brought (spec/changelog.yaml, newest first)."""

    version: str
    changes: tuple[ReleaseChange, ...]


@dataclass(frozen=True)
class Spec:
    """The whole resolved spec. `digest` is a hash of the spec files, for generated/MANIFEST.

    `variants` holds every model's variant of every endpoint it supports, by endpoint (in api.yaml's order), then
    by model id. `releases` comes from the optional spec/changelog.yaml, newest first.
    """

    api: Api
    variants: tuple[ModelVariant, ...]
    digest: str
    releases: tuple[Release, ...] = ()

    def variants_of(self, endpoint: Endpoint) -> tuple[ModelVariant, ...]:
        """The models' variants of `endpoint`, by model id."""
        return tuple(variant for variant in self.variants if variant.endpoint == endpoint.name)

    @property
    def models(self) -> tuple[ModelVariant, ...]:
        """The variants of `api.main_endpoint`, the models the docs' matrix and main tables describe."""
        return self.variants_of(self.api.main_endpoint)

    def model(self, model_id: str) -> ModelVariant | None:
        """`model_id`'s variant of `api.main_endpoint`, if any."""
        return self.variant(self.api.main_endpoint.name, model_id)

    def variant(self, endpoint: str, model_id: str) -> ModelVariant | None:
        """`model_id`'s variant of the endpoint named `endpoint`, if any."""
        return next((v for v in self.variants if v.endpoint == endpoint and v.id == model_id), None)


LEGACY_TYPE_NAMES = TypeNames("ChatCompletionRequest", "{stem}Request", "{stem}Params", "AnyModelParams")
"""The request types' names of a spec from before endpoints were declared (and chat completions' today)."""


def class_stem(model_id: str) -> str:
    """CamelCase from an id's alphanumeric runs: gemini-3.1-pro-preview -> Gemini31ProPreview, evolink/auto ->
    EvolinkAuto; `Model` in front when that would start with a digit (4o-mini -> Model4oMini)."""
    stem = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", model_id) if part)
    return f"Model{stem}" if not stem[:1].isalpha() else stem


def docs_slug(model_id: str) -> str:
    """The file name (without `.md`) of a model's docs page: the id, a `/` becoming `-` (evolink/auto ->
    evolink-auto), so every page sits in one folder and links one level deep."""
    return model_id.replace("/", "-")
