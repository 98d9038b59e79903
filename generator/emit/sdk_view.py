"""Spec -> what the SDK templates print: Python type strings, signatures, validation tables.

Templates only loop over these values; every identifier and annotation is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.emit.formatting import natural_key
from generator.emit.pytypes import PARAM_SUFFIX
from generator.ir import JSON, ModelVariant, Parameter, Spec
from generator.schema_refs import referenced_closure

PACKAGE = "evolink"
REPOSITORY = "https://github.com/evolink-codegen/evolink-codegen"
"""This project's repository (a placeholder until it has a public home), the one source of the package's URLs.

It is the publisher's address, not the vendor's API, so it lives here rather than in spec/.
"""
SCALAR_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}
ANY_MODEL_PARAMS = "AnyModelParams"
"""The TypedDict of `create()`'s keyword arguments for a model chosen at run time (`model: str`)."""


@dataclass(frozen=True)
class ParamView:
    """One keyword argument of `create()` for one model, with its runtime rule."""

    name: str
    python_name: str
    annotation: str
    description: str
    required: bool
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
        return f"{self.class_stem}Params"

    @property
    def kwargs(self) -> tuple[ParamView, ...]:
        """The parameters that go into `params_class`."""
        return tuple(param for param in self.params if param.name != "stream")


@dataclass(frozen=True)
class UnionParamView:
    """One keyword argument of the `model: str` overloads: the union of what every model takes under that name."""

    name: str
    python_name: str
    annotation: str
    description: str
    required: bool
    taken_by: str
    """`every model`, or the ids of the models that take it."""


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

    any_model_params: str = ANY_MODEL_PARAMS

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
    )


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
