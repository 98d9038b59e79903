"""Spec -> what the SDK templates print: Python type strings, signatures, validation tables.

Templates only loop over these values; every identifier and annotation is computed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.formatting import natural_key
from generator.model import JSON, ModelVariant, Parameter, Spec

PACKAGE = "evolink"
SCALAR_TYPES = {"integer": "int", "number": "float", "boolean": "bool", "string": "str"}


@dataclass(frozen=True)
class ParamView:
    """One keyword argument of `create()` for one model."""

    name: str
    python_name: str
    annotation: str
    description: str
    required: bool
    inferred: bool
    kinds: tuple[str, ...]
    nullable: bool
    minimum: int | float | None
    maximum: int | float | None
    enum: tuple[JSON, ...] | None


@dataclass(frozen=True)
class ModelView:
    """One model's `create()` overloads and validation table."""

    id: str
    title: str
    class_stem: str
    params: tuple[ParamView, ...]

    @property
    def streams(self) -> bool:
        """True when the model accepts `stream`, so it gets the streaming overloads."""
        return any(param.name == "stream" for param in self.params)


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
    models: tuple[ModelView, ...]
    type_names: tuple[str, ...]


def build_sdk_view(spec: Spec, type_names: list[str]) -> SdkView:
    """The view of `spec` for the package templates; `type_names` are the generated pydantic classes."""
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
        models=tuple(_model_view(model) for model in spec.models),
        type_names=tuple(sorted(type_names, key=natural_key)),
    )


def _model_view(model: ModelVariant) -> ModelView:
    return ModelView(model.id, model.title, model.class_stem, tuple(_param_view(p) for p in model.parameters))


def _param_view(parameter: Parameter) -> ParamView:
    kinds = tuple(kind for kind in parameter.json_types if kind != "null")
    return ParamView(
        name=parameter.name,
        python_name=parameter.python_name,
        annotation=annotation(parameter),
        description=parameter.description,
        required=parameter.required,
        inferred=parameter.inferred,
        kinds=kinds,
        nullable=parameter.nullable,
        minimum=parameter.minimum,
        maximum=parameter.maximum,
        enum=parameter.enum,
    )


def annotation(parameter: Parameter) -> str:
    """The Python type of a parameter as an argument: Literal for enums, `| None` when nullable."""
    if parameter.enum is not None:
        literal = "Literal[" + ", ".join(_literal(value) for value in parameter.enum) + "]"
        return f"{literal} | None" if parameter.nullable else literal
    return schema_annotation(parameter.schema)


def schema_annotation(schema: Mapping[str, JSON]) -> str:
    """The Python argument type for a JSON Schema: scalars, Sequence for arrays, `<Name>Param` for refs."""
    if "$ref" in schema:
        return f"{schema['$ref']}Param"
    if "oneOf" in schema:
        return " | ".join(schema_annotation(part) for part in schema["oneOf"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    parts = [_kind_annotation(kind, schema) for kind in kinds if kind != "null"]
    if "null" in kinds:
        parts.append("None")
    return " | ".join(parts) or "object"


def _kind_annotation(kind: str, schema: Mapping[str, JSON]) -> str:
    if kind in SCALAR_TYPES:
        return SCALAR_TYPES[kind]
    if kind == "array":
        return f"Sequence[{schema_annotation(schema.get('items', {}))}]"
    return "Mapping[str, object]"


def _literal(value: JSON) -> str:
    return repr(value)
