"""Spec -> what the docs templates print: range, type and default texts, the model x parameter matrix."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from generator.model import JSON, ModelVariant, Parameter, Spec
from generator.sdk_view import annotation


@dataclass(frozen=True)
class ParamRow:
    """One row of a model page's parameter table."""

    name: str
    python_name: str
    type: str
    python_type: str
    required: bool
    range: str
    default: str
    enum: str
    description: str
    inferred: bool
    inherited_from: str | None


@dataclass(frozen=True)
class MatrixRow:
    """One parameter across all models: a cell per model, None where the model does not accept it."""

    name: str
    cells: tuple[str | None, ...]
    inferred: tuple[bool, ...]


@dataclass(frozen=True)
class ErrorRow:
    """One row of the errors table: what the SDK raises for a status, and whether it retries first."""

    status: str
    error: str
    retried: bool


ERROR_ROWS = (
    ErrorRow("400", "BadRequestError", False),
    ErrorRow("401", "AuthenticationError", False),
    ErrorRow("403", "PermissionDeniedError", False),
    ErrorRow("404", "NotFoundError", False),
    ErrorRow("408", "APIStatusError", True),
    ErrorRow("409", "ConflictError", True),
    ErrorRow("422", "UnprocessableEntityError", False),
    ErrorRow("429", "RateLimitError", True),
    ErrorRow("5xx", "InternalServerError", True),
    ErrorRow("no response", "APIConnectionError, APITimeoutError", True),
)
"""The SDK runtime's mapping (tests/docs check it against `evolink._exceptions` and `evolink._retries`)."""

EXAMPLE_PREFERENCE = ("temperature", "max_completion_tokens", "max_tokens", "top_k", "reasoning_effort")
"""Parameters shown in a model's examples, in this order of preference, at most three."""


@dataclass(frozen=True)
class ModelExamples:
    """What a model page's examples send, beyond `model` and `messages`."""

    params: tuple[tuple[str, str, JSON], ...]
    tools: bool
    json_mode: bool
    curl_body: str


@dataclass(frozen=True)
class DocsView:
    """Everything the docs templates need beyond the spec itself."""

    rows: dict[str, tuple[ParamRow, ...]]
    matrix: tuple[MatrixRow, ...]
    examples: dict[str, ModelExamples]
    errors: tuple[ErrorRow, ...] = ERROR_ROWS


def build_docs_view(spec: Spec) -> DocsView:
    """Parameter tables and examples per model id, and the matrix in catalogue order."""
    rows = {model.id: tuple(param_row(p, spec.api.schemas) for p in model.parameters) for model in spec.models}
    matrix = tuple(_matrix_row(spec, parameter.name) for parameter in spec.api.catalogue)
    examples = {model.id: model_examples(model) for model in spec.models}
    kept = tuple(row for row in matrix if any(cell is not None for cell in row.cells))
    return DocsView(rows, kept, examples)


def model_examples(model: ModelVariant) -> ModelExamples:
    """Up to three documented scalar parameters with their examples; whether tools / JSON mode apply."""
    chosen: list[tuple[str, str, JSON]] = []
    for name in EXAMPLE_PREFERENCE:
        parameter = model.parameter(name)
        if parameter is None or parameter.example is None or len(chosen) == 3:
            continue
        if name == "max_tokens" and any(wire == "max_completion_tokens" for wire, _, _ in chosen):
            continue
        chosen.append((parameter.name, parameter.python_name, parameter.example))
    body = {"model": model.id, "messages": [{"role": "user", "content": "Please introduce yourself"}]}
    body.update({wire: example for wire, _, example in chosen})
    curl_body = json.dumps(body, ensure_ascii=False, indent=2)
    has = model.parameter
    return ModelExamples(tuple(chosen), has("tools") is not None, has("response_format") is not None, curl_body)


def param_row(parameter: Parameter, schemas: Mapping[str, JSON]) -> ParamRow:
    """The table row for one parameter of one model."""
    return ParamRow(
        name=parameter.name,
        python_name=parameter.python_name,
        type=type_text(parameter),
        python_type=annotation(parameter, schemas),
        required=parameter.required,
        range=range_text(parameter),
        default=value_text(parameter.default),
        enum=", ".join(value_text(v) for v in parameter.enum) if parameter.enum else "",
        description=parameter.description,
        inferred=parameter.inferred,
        inherited_from=parameter.inherited_from,
    )


def type_text(parameter: Parameter) -> str:
    """The JSON type as the vendor writes it: `integer | null`, `string | string[]`, `object`."""
    return _schema_text(parameter.schema)


def _schema_text(schema: JSON) -> str:
    if "$ref" in schema:
        return "object"
    if "oneOf" in schema:
        return " | ".join(_schema_text(part) for part in schema["oneOf"])
    kinds = schema.get("type", [])
    kinds = [kinds] if isinstance(kinds, str) else kinds
    texts = [f"{_schema_text(schema.get('items', {}))}[]" if kind == "array" else kind for kind in kinds]
    return " | ".join(texts) or "any"


def range_text(parameter: Parameter) -> str:
    """`0 ≤ x ≤ 2`, `x ≥ 1`, `x ≤ 20`, or `≥ 1 item` for arrays with minItems; empty when unbounded."""
    low, high = parameter.minimum, parameter.maximum
    if low is not None and high is not None:
        return f"{_number(low)} ≤ x ≤ {_number(high)}"
    if low is not None:
        return f"x ≥ {_number(low)}"
    if high is not None:
        return f"x ≤ {_number(high)}"
    min_items = parameter.schema.get("minItems")
    return f"≥ {min_items} item{'s' if min_items != 1 else ''}" if min_items else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def value_text(value: JSON) -> str:
    """A value as shown in a table cell: strings as they are, other JSON as JSON, empty for none given."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def cell_text(parameter: Parameter) -> str:
    """A matrix cell: range, enum or type, then the default."""
    main = range_text(parameter) or (" / ".join(value_text(v) for v in parameter.enum) if parameter.enum else "✓")
    default = value_text(parameter.default)
    return f"{main}; default {default}" if default else main


def _matrix_row(spec: Spec, name: str) -> MatrixRow:
    found = [model.parameter(name) for model in spec.models]
    cells = tuple(cell_text(p) if p is not None else None for p in found)
    return MatrixRow(name, cells, tuple(bool(p and p.inferred) for p in found))
