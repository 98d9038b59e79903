"""Spec and runtime facts -> what the docs templates print: texts of ranges, types and defaults, the model x
parameter matrix, examples, lineage sentences, the errors table and the retry numbers."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from generator.emit.annotations import annotation
from generator.emit.runtime_facts import RuntimeFacts
from generator.escaping import md, md_code, py_str, py_value
from generator.ir import JSON, ModelVariant, Parameter, Source, Spec, docs_slug, params_class


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

    @property
    def alias(self) -> str:
        """The Python name when it differs from the wire name, else empty."""
        return self.python_name if self.python_name != self.name else ""


@dataclass(frozen=True)
class MatrixCell:
    """What one model accepts for one parameter: range, values or a tick, and the default."""

    text: str
    inferred: bool


@dataclass(frozen=True)
class MatrixRow:
    """One parameter across all models: a cell per model, None where the model does not accept it."""

    name: str
    cells: tuple[MatrixCell | None, ...]


@dataclass(frozen=True)
class ModelRow:
    """One row of the index's models table."""

    id: str
    title: str
    parameters: str
    """How many parameters, and for an inheriting model how many of them are inferred: `19 (18 inferred)`."""
    sources: tuple[Source, ...]
    sources_noun: str
    """`page` or `pages`: how many vendor pages the model is written from."""
    page: str
    """The model's docs page, relative to the docs folder: `models/<docs slug>.md`."""


@dataclass(frozen=True)
class ErrorRow:
    """One row of the errors table: what the SDK raises for a status, and whether it retries first."""

    status: str
    error: str
    """The exception's name, or several joined with `, `."""
    retried: bool

    @property
    def error_names(self) -> tuple[str, ...]:
        """The exceptions' names, each printed as code."""
        return tuple(self.error.split(", "))


def error_rows(facts: RuntimeFacts) -> tuple[ErrorRow, ...]:
    """The errors table, from the runtime's status -> exception map and its retried statuses."""
    errors = dict(facts.status_errors)
    statuses = sorted({*errors, *(status for status in facts.retry_statuses if status < 500)})
    rows = [ErrorRow(str(s), errors.get(s, facts.status_error), s in facts.retry_statuses) for s in statuses]
    rows.append(ErrorRow("5xx", facts.server_error, True))
    rows.append(ErrorRow("no response", "APIConnectionError, APITimeoutError", True))
    return tuple(rows)


@dataclass(frozen=True)
class RetryTexts:
    """The runtime's retry and timeout settings as the prose prints them (seconds without a unit)."""

    max_retries: str
    initial_delay: str
    max_delay: str
    jitter_percent: str
    max_server_delay: str
    timeout: str
    connect_timeout: str
    statuses: str
    """The retried statuses: `408, 409, 429 and 5xx`."""


def retry_texts(facts: RuntimeFacts) -> RetryTexts:
    """`facts` formatted for the "Retries and timeouts" prose."""
    statuses = [str(status) for status in facts.retry_statuses if status < 500] + ["5xx"]
    return RetryTexts(
        max_retries=str(facts.max_retries),
        initial_delay=_number(facts.initial_delay),
        max_delay=_number(facts.max_delay),
        jitter_percent=_number(round(facts.jitter * 100, 6)),
        max_server_delay=_number(facts.max_server_delay),
        timeout=_number(facts.timeout),
        connect_timeout=_number(facts.connect_timeout),
        statuses=and_list(statuses),
    )


EXAMPLE_PREFERENCE = ("temperature", "max_completion_tokens", "max_tokens", "top_k", "reasoning_effort")
"""Parameters shown in a model's examples, in this order of preference, at most three."""


@dataclass(frozen=True)
class ModelExamples:
    """What a model page's examples send, beyond `model` and `messages`."""

    params: tuple[tuple[str, str, JSON], ...]
    call_args: tuple[str, ...]
    """The keyword arguments of the example call, as Python source: `model="..."`, `messages=[...]`, ..."""
    tools: bool
    json_mode: bool
    curl_body: str


@dataclass(frozen=True)
class OutOfRange:
    """A call argument just past a model's maximum, for the example of `InvalidParameterError`."""

    argument: str
    """Python source: `temperature=3.5`."""
    accepted: str
    """The range in Python terms: `0 <= temperature <= 2`."""


README_SENDS = ("temperature", "max_completion_tokens", "response_format", "extra_body", "stream")
"""What the package README's examples send besides `model` and `messages` (wire names)."""
INDEX_SENDS = ("messages",)
"""What the docs index's examples send besides `model`."""


@dataclass(frozen=True)
class ExampleModel:
    """The model a page's general examples call, chosen from the spec, and what those examples print of it."""

    id: str
    params_class: str
    """Its kwargs TypedDict, `<ClassStem>Params`."""
    out_of_range: OutOfRange | None
    renamed: tuple[tuple[str, str], ...]
    """(wire name, Python name) of its parameters whose Python name differs."""


def example_model(models: Sequence[ModelVariant], sends: Iterable[str]) -> ExampleModel:
    """The first model whose own pages document the most of `sends`: the one whose examples are least likely
    to rest on an inferred parameter. A model added or removed in the spec moves the choice with it."""
    wanted = tuple(sends)

    def documented(model: ModelVariant) -> int:
        return sum(1 for name in wanted if (p := model.parameter(name)) is not None and not p.inferred)

    chosen = max(models, key=documented)  # the first of the best, in spec order
    renamed = tuple((p.name, p.python_name) for p in chosen.parameters if p.aliased)
    return ExampleModel(chosen.id, params_class(chosen.class_stem), out_of_range_example(chosen), renamed)


@dataclass(frozen=True)
class DocsView:
    """Everything the docs templates need beyond the spec itself."""

    rows: dict[str, tuple[ParamRow, ...]]
    matrix: tuple[MatrixRow, ...]
    models: tuple[ModelRow, ...]
    example: ExampleModel
    """The model the index's and the package docstring's examples call."""
    readme_example: ExampleModel
    """The model the package README's examples call."""
    examples: dict[str, ModelExamples]
    lineage: dict[str, str | None]
    """Per model id, the sentence on what its own page documents and where the rest comes from."""
    errors: tuple[ErrorRow, ...]
    retries: RetryTexts

    @property
    def models_by_id(self) -> dict[str, ModelRow]:
        """`models` by model id, for the model pages."""
        return {row.id: row for row in self.models}


def build_docs_view(spec: Spec, facts: RuntimeFacts) -> DocsView:
    """Parameter tables, examples and lineage per model id, the matrix in catalogue order, and what the
    runtime does about errors and retries."""
    rows = {model.id: tuple(param_row(p, spec.api.schemas) for p in model.parameters) for model in spec.models}
    matrix = tuple(_matrix_row(spec, parameter.name) for parameter in spec.api.catalogue)
    examples = {model.id: model_examples(model) for model in spec.models}
    by_id = {model.id: model for model in spec.models}
    lineage = {model.id: lineage_text(model, by_id) for model in spec.models}
    kept = tuple(row for row in matrix if any(cell is not None for cell in row.cells))
    return DocsView(
        rows=rows,
        matrix=kept,
        models=tuple(model_row(model) for model in spec.models),
        example=example_model(spec.models, INDEX_SENDS),
        readme_example=example_model(spec.models, README_SENDS),
        examples=examples,
        lineage=lineage,
        errors=error_rows(facts),
        retries=retry_texts(facts),
    )


def model_row(model: ModelVariant) -> ModelRow:
    """The index's row for `model`."""
    count = str(len(model.parameters))
    if model.inherits is not None:
        count += f" ({sum(1 for p in model.parameters if p.inferred)} inferred)"
    noun = "pages" if len(model.sources) > 1 else "page"
    return ModelRow(model.id, model.title, count, model.sources, noun, f"models/{model.docs_slug}.md")


def model_examples(model: ModelVariant) -> ModelExamples:
    """Up to three documented scalar parameters with their examples; whether tools / JSON mode apply."""
    chosen: list[tuple[str, str, JSON]] = []
    for name in EXAMPLE_PREFERENCE:
        parameter = model.parameter(name)
        if parameter is None or not isinstance(parameter.example, str | int | float) or len(chosen) == 3:
            continue
        if name == "max_tokens" and any(wire == "max_completion_tokens" for wire, _, _ in chosen):
            continue
        chosen.append((parameter.name, parameter.python_name, parameter.example))
    body = {"model": model.id, "messages": [{"role": "user", "content": "Please introduce yourself"}]}
    body.update({wire: example for wire, _, example in chosen})
    curl_body = json.dumps(body, ensure_ascii=False, indent=2)
    call_args = (
        f"model={py_str(model.id)}",
        f"messages={py_value(body['messages'])}",
        *(f"{python}={py_value(example)}" for _, python, example in chosen),
    )
    has = model.parameter
    return ModelExamples(
        tuple(chosen), call_args, has("tools") is not None, has("response_format") is not None, curl_body
    )


def out_of_range_example(model: ModelVariant) -> OutOfRange | None:
    """The first example parameter with a maximum, set past it; None when none has one."""
    for name in EXAMPLE_PREFERENCE:
        parameter = model.parameter(name)
        if parameter is None or parameter.maximum is None:
            continue
        step = 1.5 if "number" in parameter.json_types else 1
        low = f"{_number(parameter.minimum)} <= " if parameter.minimum is not None else ""
        accepted = f"{low}{parameter.python_name} <= {_number(parameter.maximum)}"
        return OutOfRange(f"{parameter.python_name}={py_value(parameter.maximum + step)}", accepted)
    return None


def lineage_text(model: ModelVariant, by_id: Mapping[str, ModelVariant]) -> str | None:
    """For an inheriting model: which parameters its own page documents, and the page each inferred one
    comes from (its origin under chained inheritance, as its table row says). Markdown; None otherwise."""
    if model.inherits is None:
        return None
    chain = [model.inherits]
    while (parent := by_id[chain[-1]].inherits) is not None:
        chain.append(parent)
    origins: dict[str, list[str]] = {ancestor: [] for ancestor in chain}
    for parameter in model.parameters:
        if parameter.inferred:
            origins[parameter.inherited_from or model.inherits].append(md_code(parameter.name))
    used = {ancestor: names for ancestor, names in origins.items() if names}
    own = ["`model`", *(md_code(p.name) for p in model.parameters if not p.inferred)]
    documented = f"{'That page documents' if len(model.sources) == 1 else 'Those pages document'} {and_list(own)}"
    if not used:
        return f"{documented}: all of its parameters, so nothing is inherited from {_link(model.inherits)}."
    if len(used) > 1:
        pages = and_list(f"{_link(ancestor)} ({and_list(names)})" for ancestor, names in used.items())
        return f"{documented}; the parameters marked *inferred* come from the pages of {pages}."
    (origin,) = used
    between = chain[: chain.index(origin)]
    by_way = f", by way of {and_list(_link(ancestor) for ancestor in between)}" if between else ""
    return f"{documented}; the parameters marked *inferred* come from the page of {_link(origin)}{by_way}."


def _link(model_id: str) -> str:
    """A link from one model's page to another's (they share a folder)."""
    return f"[{md(model_id)}]({docs_slug(model_id)}.md)"


def and_list(items: Iterable[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    listed = list(items)
    return " and ".join([", ".join(listed[:-1]), listed[-1]] if len(listed) > 1 else listed)


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
    return MatrixRow(name, tuple(MatrixCell(cell_text(p), p.inferred) if p is not None else None for p in found))
