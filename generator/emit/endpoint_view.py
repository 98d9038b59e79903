"""One endpoint as the SDK templates print it: its path, stream, headers, models, their keyword arguments and rules.

`sdk_view` holds one `EndpointView` per endpoint of the spec; `resource_view` builds each SDK method's overloads
from it. Templates only loop over these values; every identifier and annotation is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.emit.annotations import annotation, json_kinds
from generator.emit.formatting import LINE_LENGTH
from generator.ir import JSON, Endpoint, ModelVariant, Parameter, Polling, Spec
from generator.json_values import members, object_member

VENDOR_FIELD_CLASHES = ("extra_body",)
"""Body fields of the vendor whose wire names are also the SDK's own keyword arguments of every method."""
HEADER_ANNOTATIONS = {"boolean": "bool", "string": "str", "integer": "int"}


@dataclass(frozen=True)
class ParameterView:
    """One keyword argument of an SDK method: its names, annotation and description."""

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

    @property
    def field(self) -> str:
        """The TypedDict field, `name: annotation`, laid out as black lays it out: a union too long for one line
        goes in parentheses, a member per line (so black has nothing to redo)."""
        line = f"{self.python_name}: {self.field_annotation}"
        members = _split_union(self.field_annotation)
        if len(line) + 4 <= LINE_LENGTH or len(members) < 2:
            return line
        return f"{self.python_name}: (\n        " + "\n        | ".join(members) + "\n    )"


@dataclass(frozen=True)
class ModelParameterView(ParameterView):
    """One keyword argument of an SDK method for one model, with its runtime rule."""

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
    """One model's overloads of an endpoint's method, its kwargs TypedDict and its validation table."""

    id: str
    title: str
    class_stem: str
    params_class: str
    """The TypedDict of the model's keyword arguments (all but `model` and the stream flag)."""
    parameters: tuple[ModelParameterView, ...]
    stream_flag: str | None
    """The body flag that asks for a stream, when this model takes it."""
    streams: bool
    """True when the model gets the streaming overloads."""

    @property
    def unpacked_parameters(self) -> tuple[ModelParameterView, ...]:
        """The parameters that go into `params_class`."""
        return tuple(param for param in self.parameters if param.name != self.stream_flag)

    @property
    def listed_arguments(self) -> tuple[tuple[str, bool], ...]:
        """The README's models table: (Python name, inferred) of every argument but the required ones, the stream
        flag last (unmarked: the method takes it itself)."""
        listed = tuple((param.python_name, param.inferred) for param in self.unpacked_parameters if not param.required)
        return (*listed, ("stream", False)) if self.stream_flag is not None else listed


@dataclass(frozen=True)
class ParameterRuleView:
    """One `ParameterRule` of an endpoint's any-model rules, the checks for a model id the SDK does not know: one
    argument, with only what every known model that takes it agrees on (no range, no enum: a newer model may have
    others)."""

    name: str
    python_name: str
    kinds: tuple[str, ...]
    item_kinds: tuple[str, ...]
    nullable: bool
    min_items: int | None
    required: bool
    minimum: None = None
    maximum: None = None
    enum: None = None


@dataclass(frozen=True)
class HeaderView:
    """A header the method takes as the keyword argument `python_name`."""

    name: str
    python_name: str
    kind: str
    """Its JSON type: `boolean`, `string` or `integer`."""
    description: str
    response_if_true: str | None
    """The response type when the (boolean) header is true."""

    @property
    def annotation(self) -> str:
        """Its Python type: `bool`, `str`, `int`."""
        return HEADER_ANNOTATIONS[self.kind]


@dataclass(frozen=True)
class PathParameterView:
    """A path parameter the method takes as a positional argument (the model's own `{model}` is `model=`)."""

    name: str
    description: str


@dataclass(frozen=True)
class RenamedField:
    """A vendor body field with another name in Python."""

    wire_name: str
    python_name: str
    label: str
    """What the field is, in words, from its schema's name: `GeminiExtensions` -> `Gemini extensions`."""


@dataclass(frozen=True)
class EndpointView:
    """Everything the templates print of one endpoint."""

    name: str
    http_method: str
    path: str
    summary: str
    description: str
    resource: tuple[str, ...]
    method: str
    model_in: str | None
    path_parameters: tuple[PathParameterView, ...]
    """Besides the model's own."""
    headers: tuple[HeaderView, ...]
    response_type: str
    chunk_type: str | None
    stream_flag: str | None
    """The body flag that asks for a stream (chat's `stream`)."""
    stream_path: str | None
    """The path a stream goes to instead (Gemini's `:streamGenerateContent`)."""
    stream_query: tuple[tuple[str, str], ...]
    stream_final: tuple[tuple[str, ...], ...]
    """The JSON pointers (as parts) one of which the last chunk of a stream on `stream_path` has."""
    models: tuple[ModelView, ...]
    any_model_params: str
    polling: Polling | None
    renamed_clashes: tuple[RenamedField, ...]
    """The vendor's body fields renamed in Python because the method has its own keyword argument of that name."""

    @property
    def constant(self) -> str:
        """The prefix of the endpoint's module constants: `CHAT_COMPLETIONS`."""
        return self.name.upper()

    @property
    def streams(self) -> bool:
        """True when some call of the endpoint can stream (so its method takes `stream`)."""
        return any(model.streams for model in self.models)

    @property
    def switch(self) -> HeaderView | None:
        """The header that changes what the call returns (`async_mode`), if any."""
        return next((header for header in self.headers if header.response_if_true is not None), None)

    @property
    def plain_headers(self) -> tuple[HeaderView, ...]:
        """The headers that only add a header."""
        return tuple(header for header in self.headers if header.response_if_true is None)

    @property
    def response_types(self) -> tuple[str, ...]:
        """Every model the method's results are parsed into, for its deferred import."""
        found = [self.response_type, self.chunk_type, *(h.response_if_true for h in self.headers)]
        return tuple(sorted({name for name in found if name}))

    @property
    def params_classes(self) -> list[str]:
        """The kwargs TypedDicts (one per model, and the any-model one)."""
        return [*(model.params_class for model in self.models), self.any_model_params] if self.models else []

    @property
    def any_model_parameters(self) -> tuple[ParameterView, ...]:
        """The fields of `any_model_params`: the keyword arguments every model takes, in first-seen order.

        Each is annotated with the union of the models' annotations, and required when every model requires it.
        """
        kwargs = {param.python_name for model in self.models for param in model.unpacked_parameters}
        return tuple(
            ParameterView(
                name=taken[0].name,
                python_name=python_name,
                annotation=union_annotation(taken),
                description=taken[0].description,
                required=all(param.required for param in taken),
            )
            for python_name, taken in self._taken_by_name().items()
            if len(taken) == len(self.models) and python_name in kwargs
        )

    @property
    def any_model_rules(self) -> tuple[ParameterRuleView, ...]:
        """The endpoint's any-model rules: one for every argument some model takes (`stream` too), in first-seen
        order."""
        every = len(self.models)
        return tuple(shared_rule(taken, every_model=len(taken) == every) for taken in self._taken_by_name().values())

    def _taken_by_name(self) -> dict[str, list[ModelParameterView]]:
        """Each Python argument name some model takes -> that parameter of each model that takes it."""
        by_name: dict[str, list[ModelParameterView]] = {}
        for model in self.models:
            for param in model.parameters:
                by_name.setdefault(param.python_name, []).append(param)
        return by_name


def build_endpoint_view(spec: Spec, endpoint: Endpoint) -> EndpointView:
    """The view of one endpoint of `spec`."""
    schemas = spec.api.schemas
    streaming = endpoint.streaming
    flag = streaming.body_flag if streaming is not None else None
    stream_path = streaming.path if streaming is not None else None
    return EndpointView(
        name=endpoint.name,
        http_method=endpoint.method.upper(),
        path=endpoint.path,
        summary=endpoint.summary,
        description=endpoint.description,
        resource=endpoint.sdk.resource,
        method=endpoint.sdk.method,
        model_in=endpoint.model_in,
        path_parameters=tuple(
            PathParameterView(p.name, p.description)
            for p in endpoint.path_parameters
            if not (p.name == "model" and endpoint.model_in == "path")
        ),
        headers=tuple(
            HeaderView(h.name, h.python_name, h.json_type, h.description, h.response_if_true) for h in endpoint.headers
        ),
        response_type=endpoint.response,
        chunk_type=endpoint.chunk,
        stream_flag=flag,
        stream_path=stream_path,
        stream_query=tuple((streaming.query or {}).items()) if streaming is not None else (),
        stream_final=tuple(tuple(pointer.split("/")[1:]) for pointer in streaming.final) if streaming else (),
        models=tuple(
            _model_view(model, endpoint, schemas, streams_by_path=stream_path is not None)
            for model in spec.variants_of(endpoint)
        ),
        any_model_params=endpoint.type_names.any_model_params,
        polling=endpoint.polling,
        renamed_clashes=tuple(
            RenamedField(p.name, p.python_name, _words(str(p.schema.get("$ref", p.name))))
            for p in endpoint.catalogue
            if p.aliased and p.name in VENDOR_FIELD_CLASHES
        ),
    )


def shared_rule(params: Sequence[ModelParameterView], *, every_model: bool) -> ParameterRuleView:
    """The check an argument gets for an unknown model, from its parameters in the models that take it.

    Its kinds are their union, nullable when any is; list items are checked only when each constrains them;
    a minimum item count and `required` stay only when `every_model` takes the argument and each sets them
    (the lowest count). A Python name has one wire name in every model (the loader checks the catalogue).
    """
    unconstrained_items = any("array" in param.kinds and not param.item_kinds for param in params)
    min_items = [param.min_items for param in params if param.min_items is not None]
    return ParameterRuleView(
        name=params[0].name,
        python_name=params[0].python_name,
        kinds=_merged(param.kinds for param in params),
        item_kinds=() if unconstrained_items else _merged(param.item_kinds for param in params),
        nullable=any(param.nullable for param in params),
        min_items=min(min_items) if every_model and len(min_items) == len(params) else None,
        required=every_model and all(param.required for param in params),
    )


def _merged(groups: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    """The members of every group once, in first-seen order."""
    return tuple(dict.fromkeys(member for group in groups for member in group))


def union_annotation(params: Iterable[ModelParameterView]) -> str:
    """One annotation for the union of several parameters' types: `Literal`s merged, members once, `None` last.

    Enum values come from the parameters, never from parsing annotations (they may hold any string);
    the other annotations hold only names and brackets, so they split safely on `|`.
    """
    literals: dict[tuple[type, JSON], None] = {}
    found: dict[str, None] = {}
    for param in params:
        if param.enum is not None:
            literals.update(((type(value), value), None) for value in param.enum)
            if param.nullable:
                found["None"] = None
        else:
            found.update((member, None) for member in _split_union(param.annotation))
    parts = [name for name in found if name != "None"]
    if literals:
        parts.insert(0, "Literal[" + ", ".join(repr(value) for _, value in literals) + "]")
    return " | ".join(parts + (["None"] if "None" in found else []))


def _split_union(annotation_text: str) -> list[str]:
    """The top-level members of `A | B[C | D] | None`: `A`, `B[C | D]`, `None`."""
    found: list[str] = []
    depth = start = 0
    for index, char in enumerate(annotation_text):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            found.append(annotation_text[start:index].strip())
            start = index + 1
    found.append(annotation_text[start:].strip())
    return found


def _count(value: JSON) -> int | None:
    """A JSON Schema count (`minItems`): a whole number, else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _words(name: str) -> str:
    """`GeminiExtensions` -> `Gemini extensions`; `extra_body` -> `extra body`."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)
    return " ".join([words[0], *(word.lower() for word in words[1:])]) if words else name


def _model_view(
    model: ModelVariant, endpoint: Endpoint, schemas: Mapping[str, JSON], *, streams_by_path: bool
) -> ModelView:
    params = tuple(_parameter_view(p, schemas) for p in model.parameters)
    streaming = endpoint.streaming
    flag = streaming.body_flag if streaming is not None else None
    takes_flag = flag is not None and model.parameter(flag) is not None
    return ModelView(
        id=model.id,
        title=model.title,
        class_stem=model.class_stem,
        params_class=endpoint.type_names.params_for(model.class_stem),
        parameters=params,
        stream_flag=flag if takes_flag else None,
        streams=takes_flag or streams_by_path,
    )


def _parameter_view(parameter: Parameter, schemas: Mapping[str, JSON]) -> ModelParameterView:
    kinds, nullable = json_kinds(parameter.schema, schemas)
    branches = [parameter.schema, *members(parameter.schema.get("oneOf"))]
    items = next((found for branch in branches if (found := object_member(branch, "items"))), None)
    return ModelParameterView(
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
        min_items=_count(parameter.schema.get("minItems")),
    )
