"""Spec -> what the SDK templates print: models, parameters, class names, validation tables.

Type annotations come from `annotations`; the resource module's flavours and `create()` overloads are
`resource_view`'s, built on this view.

Templates only loop over these values; every identifier and annotation is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.emit.annotations import annotation, json_kinds, names_by_module
from generator.emit.formatting import natural_key
from generator.ir import ANY_MODEL_PARAMS, JSON, CatalogueEntry, ModelVariant, Parameter, Spec, params_class
from generator.json_values import members, object_member
from generator.schema_refs import referenced_closure

PACKAGE = "evolink"
REPOSITORY = "https://github.com/evolink-codegen/evolink-codegen"
"""This project's repository (a placeholder until it has a public home), the one source of the package's URLs.

It is the publisher's address, not the vendor's API, so it lives here rather than in spec/.
"""
CLIENT_CLASS = "Evolink"
"""The synchronous client's class name; the asynchronous one is `Async` + this."""
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
"""The Python versions the SDK supports, oldest first: the oldest is `requires-python`, each a classifier."""
DEPENDENCIES = (("httpx", ">=0.27,<1"), ("pydantic", ">=2.7,<3"))
"""The SDK's runtime dependencies, (name, version range): pyproject's `dependencies`, named by the docs."""
VENDOR_FIELD_CLASHES = ("extra_body",)
"""Body fields of the vendor whose wire names are also the SDK's own keyword arguments of `create()`."""


@dataclass(frozen=True)
class ParameterView:
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
class ModelParameterView(ParameterView):
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
    parameters: tuple[ModelParameterView, ...]

    @property
    def streams(self) -> bool:
        """True when the model accepts `stream`, so it gets the streaming overloads."""
        return any(param.name == "stream" for param in self.parameters)

    @property
    def params_class(self) -> str:
        """The TypedDict of the model's keyword arguments (all but `model` and `stream`)."""
        return params_class(self.class_stem)

    @property
    def unpacked_parameters(self) -> tuple[ModelParameterView, ...]:
        """The parameters that go into `params_class`."""
        return tuple(param for param in self.parameters if param.name != "stream")

    @property
    def listed_arguments(self) -> tuple[tuple[str, bool], ...]:
        """The README's models table: (Python name, inferred) of every argument but the required ones, `stream`
        last (unmarked: `create()` takes it itself)."""
        listed = tuple((param.python_name, param.inferred) for param in self.unpacked_parameters if not param.required)
        return (*listed, ("stream", False)) if self.streams else listed


@dataclass(frozen=True)
class ParameterRuleView:
    """One `ParameterRule` of `_rules.ANY_MODEL`, the checks for a model id the SDK does not know: one argument, with
    only what every known model that takes it agrees on (no range, no enum: a newer model may have others)."""

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
    argument_types: tuple[tuple[str, str], ...]
    """(argument, request TypedDict) for each argument whose annotation names one of `param_type_names`, in
    catalogue order: `("messages", "ChatMessageParam")`, ..."""

    any_model_params: str = ANY_MODEL_PARAMS
    client_class: str = CLIENT_CLASS
    async_client_class: str = f"Async{CLIENT_CLASS}"

    @property
    def package_description(self) -> str:
        """The distribution's one-line summary (pyproject's `description`)."""
        return f"Typed Python SDK for {self.title}"

    @property
    def fallback_text(self) -> str:
        """The fallback base URLs as every page and docstring names them: comma-separated, or `no other server`."""
        return ", ".join(self.fallback_base_urls) or "no other server"

    @property
    def requires_python(self) -> str:
        """pyproject's `requires-python`: `>=` the oldest supported version."""
        return f">={PYTHON_VERSIONS[0]}"

    @property
    def python_text(self) -> str:
        """The supported versions as the docs say them: `Python 3.11+`."""
        return f"Python {PYTHON_VERSIONS[0]}+"

    @property
    def python_versions(self) -> tuple[str, ...]:
        """Every supported Python version, oldest first (pyproject's classifiers)."""
        return PYTHON_VERSIONS

    @property
    def dependency_specs(self) -> tuple[str, ...]:
        """pyproject's `dependencies`: `httpx>=0.27,<1`, ..."""
        return tuple(name + versions for name, versions in DEPENDENCIES)

    @property
    def dependency_names(self) -> tuple[str, ...]:
        """The runtime dependencies' names, as the docs list them."""
        return tuple(name for name, _ in DEPENDENCIES)

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
        """The kwargs TypedDicts (one per model, and the any-model one), in `__all__` order."""
        return sorted([*(model.params_class for model in self.models), self.any_model_params], key=natural_key)

    @property
    def public_type_names(self) -> list[str]:
        """Everything `evolink.types` exports, in `__all__` order."""
        return sorted([*self.type_names, *self.param_type_names, *self.params_classes], key=natural_key)

    @property
    def create_params_imports(self) -> dict[str, tuple[str, ...]]:
        """What the kwargs TypedDicts' annotations use, by module: typing, collections.abc, request params."""
        return names_by_module(p.annotation for m in self.models for p in m.unpacked_parameters)

    @property
    def any_streams(self) -> bool:
        """True when some model accepts `stream`, so the `model: str` overloads come in the stream flavours."""
        return any(model.streams for model in self.models)

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
        """`_rules.ANY_MODEL`: a rule for every argument some model takes (`stream` too), in first-seen order."""
        every = len(self.models)
        return tuple(shared_rule(taken, every_model=len(taken) == every) for taken in self._taken_by_name().values())

    def _taken_by_name(self) -> dict[str, list[ModelParameterView]]:
        """Each Python argument name some model takes -> that parameter of each model that takes it."""
        by_name: dict[str, list[ModelParameterView]] = {}
        for model in self.models:
            for param in model.parameters:
                by_name.setdefault(param.python_name, []).append(param)
        return by_name

    @property
    def endpoint_path_prefixes(self) -> tuple[str, ...]:
        """The endpoint path's leading segments, `/v1`, `/v1/chat`, ...: a base URL ending with one loses it."""
        segments = [segment for segment in self.path.split("/") if segment]
        return tuple("/" + "/".join(segments[:count]) for count in range(1, len(segments) + 1))


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
        renamed_clashes=tuple(
            RenamedField(p.name, p.python_name, _words(str(p.schema.get("$ref", p.name))))
            for p in api.catalogue
            if p.aliased and p.name in VENDOR_FIELD_CLASHES
        ),
        argument_types=argument_types(api.catalogue, api.schemas, param_type_names),
    )


def argument_types(
    catalogue: Iterable[CatalogueEntry], schemas: Mapping[str, JSON], param_type_names: Iterable[str]
) -> tuple[tuple[str, str], ...]:
    """(Python argument name, TypedDict name) of each generated request TypedDict an argument's annotation names."""
    known = set(param_type_names)
    found = (
        (parameter.python_name, name)
        for parameter in catalogue
        for name in re.findall(r"\w+", annotation(parameter, schemas))
        if name in known
    )
    return tuple(dict.fromkeys(found))


def _count(value: JSON) -> int | None:
    """A JSON Schema count (`minItems`): a whole number, else None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _words(name: str) -> str:
    """`GeminiExtensions` -> `Gemini extensions`; `extra_body` -> `extra body`."""
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", name)
    return " ".join([words[0], *(word.lower() for word in words[1:])]) if words else name


def _model_view(model: ModelVariant, schemas: Mapping[str, JSON]) -> ModelView:
    params = tuple(_parameter_view(p, schemas) for p in model.parameters)
    return ModelView(model.id, model.title, model.class_stem, params)


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
