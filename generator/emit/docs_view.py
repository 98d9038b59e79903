"""Spec and runtime facts -> what the docs templates print: texts of ranges, types and defaults, the model x
parameter matrix, one `ModelPage` per model (its table, lineage sentence and examples), the errors table and the
retry numbers. The examples' calls are built in `examples`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.emit.annotations import annotation
from generator.emit.examples import (
    ExampleModel,
    ModelExamples,
    ReadmeExamples,
    example_model,
    first_taking,
    model_examples,
    number_text,
    readme_examples,
)
from generator.emit.exception_tree import exception_tree
from generator.emit.runtime_facts import RuntimeFacts
from generator.escaping import md, md_code
from generator.ir import JSON, Erratum, ModelVariant, Parameter, Source, Spec, docs_slug
from generator.json_values import is_object, members, object_member, strings


@dataclass(frozen=True)
class ParameterRow:
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
        initial_delay=number_text(facts.initial_delay),
        max_delay=number_text(facts.max_delay),
        jitter_percent=number_text(round(facts.jitter * 100, 6)),
        max_server_delay=number_text(facts.max_server_delay),
        timeout=number_text(facts.timeout),
        connect_timeout=number_text(facts.connect_timeout),
        statuses=and_list(statuses),
    )


@dataclass(frozen=True)
class PoolTexts:
    """The size of a client's own connection pool, as the prose prints it."""

    max_connections: str
    max_keepalive_connections: str


def pool_texts(facts: RuntimeFacts) -> PoolTexts:
    """`facts` formatted for the connection pool's prose (thousands separated: `1,000`)."""
    return PoolTexts(f"{facts.max_connections:,}", f"{facts.max_keepalive_connections:,}")


@dataclass(frozen=True)
class MainVariant:
    """What a model page prints of the model's variant of the first endpoint (chat completions): its sources,
    lineage, parameter table, errata, notes and examples."""

    sources: tuple[Source, ...]
    sources_noun: str
    """`page` or `pages`: how many vendor pages the variant is written from."""
    lineage: str | None
    """For an inheriting model, the sentence on what its own page documents and where the rest comes from."""
    rows: tuple[ParameterRow, ...]
    errata: tuple[Erratum, ...]
    notes: tuple[str, ...]
    examples: ModelExamples
    endpoint_url: str
    """What the curl example calls: the default server's URL and the endpoint's path."""
    auth_env: str
    """The environment variable the curl example reads the API key from."""


@dataclass(frozen=True)
class ModelPage:
    """Every fact one model's docs page prints, in the page's order: the model, then its variant of the first
    endpoint (`main`, None for a model only the other endpoints serve), whose sections follow on the page."""

    id: str
    title: str
    summary: str
    slug: str
    """The page's file name without `.md` (`docs_slug`)."""
    main: MainVariant | None


def model_pages(spec: Spec) -> dict[str, ModelPage]:
    """A page per model id that any endpoint serves, in the order of `spec.variants` (by endpoint, then id)."""
    by_id = {model.id: model for model in spec.models}
    pages = {}
    for first in _first_variants(spec):
        main = by_id.get(first.id)
        variant = None if main is None else main_variant(spec, main, by_id)
        pages[first.id] = ModelPage(first.id, first.title, first.summary, docs_slug(first.id), variant)
    return pages


def main_variant(spec: Spec, model: ModelVariant, by_id: Mapping[str, ModelVariant]) -> MainVariant:
    """What the page of `model` (a variant of the first endpoint; `by_id`: that endpoint's variants) prints of it."""
    api = spec.api
    return MainVariant(
        sources=model.sources,
        sources_noun=model_row(model).sources_noun,
        lineage=lineage_text(model, by_id),
        rows=tuple(parameter_row(p, api.schemas) for p in model.parameters),
        errata=model.errata,
        notes=model.notes,
        examples=model_examples(model),
        endpoint_url=api.default_server.url + api.main_endpoint.path,
        auth_env=api.auth_env,
    )


@dataclass(frozen=True)
class DocsView:
    """Everything the docs templates need beyond the spec itself."""

    pages: dict[str, ModelPage]
    """Per model id, its docs page."""
    matrix: tuple[MatrixRow, ...]
    models: tuple[ModelRow, ...]
    example: ExampleModel
    """The model the index's and the package docstring's examples call."""
    readme: ReadmeExamples
    """The package README's examples."""
    errors: tuple[ErrorRow, ...]
    exception_tree: tuple[str, ...]
    """The SDK's exception classes drawn as a tree, a line each (see `exception_tree`)."""
    retries: RetryTexts
    pool: PoolTexts


def build_docs_view(spec: Spec, facts: RuntimeFacts) -> DocsView:
    """A page per model id, the matrix in catalogue order, and what the
    runtime does about errors and retries."""
    matrix = tuple(_matrix_row(spec, parameter.name) for parameter in spec.api.main_endpoint.catalogue)
    kept = tuple(row for row in matrix if any(cell is not None for cell in row.cells))
    return DocsView(
        pages=model_pages(spec),
        matrix=kept,
        models=tuple(model_row(variant) for variant in _first_variants(spec)),
        example=example_model(first_taking(spec.models, "messages"), spec.api.main_endpoint.type_names),
        readme=readme_examples(spec.models, spec.api.main_endpoint.type_names),
        errors=error_rows(facts),
        exception_tree=exception_tree(facts),
        retries=retry_texts(facts),
        pool=pool_texts(facts),
    )


def _first_variants(spec: Spec) -> list[ModelVariant]:
    """Each model id's variant of the first endpoint that serves it, in the order the spec first names the ids."""
    first: dict[str, ModelVariant] = {}
    for variant in spec.variants:
        first.setdefault(variant.id, variant)
    return list(first.values())


def model_row(model: ModelVariant) -> ModelRow:
    """The index's row for `model`."""
    count = str(len(model.parameters))
    if model.inherits is not None:
        count += f" ({sum(1 for p in model.parameters if p.inferred)} inferred)"
    noun = "pages" if len(model.sources) > 1 else "page"
    return ModelRow(model.id, model.title, count, model.sources, noun, f"models/{model.docs_slug}.md")


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


def parameter_row(parameter: Parameter, schemas: Mapping[str, JSON]) -> ParameterRow:
    """The table row for one parameter of one model."""
    return ParameterRow(
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
    if not is_object(schema):
        return "any"
    if "$ref" in schema:
        return "object"
    if "oneOf" in schema:
        return " | ".join(_schema_text(part) for part in members(schema["oneOf"]))
    kinds = strings(schema.get("type"))
    texts = [f"{_schema_text(object_member(schema, 'items'))}[]" if kind == "array" else kind for kind in kinds]
    return " | ".join(texts) or "any"


def range_text(parameter: Parameter) -> str:
    """`0 ≤ x ≤ 2`, `x ≥ 1`, `x ≤ 20`, or `≥ 1 item` for arrays with minItems; empty when unbounded."""
    low, high = parameter.minimum, parameter.maximum
    if low is not None and high is not None:
        return f"{number_text(low)} ≤ x ≤ {number_text(high)}"
    if low is not None:
        return f"x ≥ {number_text(low)}"
    if high is not None:
        return f"x ≤ {number_text(high)}"
    min_items = parameter.schema.get("minItems")
    return f"≥ {min_items} item{'s' if min_items != 1 else ''}" if min_items else ""


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
