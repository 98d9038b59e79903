"""Checks the spec format's JSON Schema cannot express: references, ranges, names, inheritance.

Each check returns `SpecError` values located at the offending node; none raises. They run only on
documents that passed the format check, so the shapes they read are known.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from jsonschema import Draft202012Validator

from generator.errors import SpecError, did_you_mean, short
from generator.ir import JSON, TypeNames, class_stem, docs_slug
from generator.json_values import is_array, is_number, members, number, strings
from generator.load.endpoint_checks import check_endpoints, schema_clashes
from generator.load.endpoint_docs import (
    EndpointDoc,
    VariantDoc,
    endpoint_docs,
    is_legacy_api,
    is_legacy_model,
    variant_docs,
    variants_of,
)
from generator.load.merge import MergedParameter, Origin, catalogue_entry, effective_parameters
from generator.load.schema_checks import TypeChecks, check_schemas
from generator.load.yaml_source import Document
from generator.pointers import join_pointer

RESERVED_PYTHON_NAMES = frozenset({"model", "extra_headers", "extra_query", "extra_body", "timeout"})
"""Keyword arguments every SDK method already has; a parameter needs a `python_name` to use one."""


def check_api(api: Document) -> tuple[list[SpecError], TypeChecks]:
    """Servers, schemas, and each endpoint's streaming and catalogue (names and values); and the value checks for
    the models."""
    schema_errors, types = check_schemas(api)
    errors = _check_servers(api) + schema_errors
    endpoints = endpoint_docs(api)
    for endpoint in endpoints:
        errors += _check_catalogue(endpoint, types) + _check_streaming(endpoint)
    errors += check_endpoints(endpoints) + schema_clashes(endpoints, api.data["schemas"])
    return errors, types


def _check_catalogue(endpoint: EndpointDoc, types: TypeChecks) -> list[SpecError]:
    errors: list[SpecError] = []
    python_names: dict[str, str] = {}
    for name, entry in endpoint.catalogue.items():
        python_name = entry.get("python_name", name)
        where = endpoint.entry_pointer(name, *(["python_name"] if "python_name" in entry else []))
        errors += _check_identifier(endpoint.document, where, name, python_name)
        if python_name in python_names:
            message = f"Python name {python_name!r} is also used by {python_names[python_name]!r}"
            errors.append(endpoint.document.error(where, message))
        python_names[python_name] = name
        errors += [problem.error for problem in check_values(catalogue_entry(endpoint, name), types)]
    return errors


def _check_streaming(endpoint: EndpointDoc) -> list[SpecError]:
    """The body flag that asks for a stream must be a boolean parameter of the endpoint's catalogue."""
    flag = endpoint.stream_flag
    if flag is None or "streaming" not in endpoint.data:  # none, or the old format's own `stream` entry
        return []
    where = join_pointer(endpoint.pointer, "streaming", "body_flag")
    entry = endpoint.catalogue.get(flag)
    if entry is None:
        hint = did_you_mean(flag, endpoint.catalogue)
        return [endpoint.document.error(where, f"{flag!r} is not a parameter of this endpoint's catalogue{hint}")]
    if strings(entry["schema"].get("type")) != ("boolean",):
        return [endpoint.document.error(where, f"the stream flag {flag!r} must have the schema {{type: boolean}}")]
    return []


def check_models(
    api: Document,
    models: list[Document],
    types: TypeChecks,
    *,
    complete: bool = True,
    file_ids: Mapping[str, str] | None = None,
) -> list[SpecError]:
    """Ids, servers, catalogue references, inheritance, and the values each model ends up with.

    `complete` is False when some model files could not be read; a parent missing then may be one
    of them, so unknown parents are not reported (the unreadable file's own error is). `file_ids` maps a
    document's file to the id its place under models/ calls for (default: the file name without `.yaml`).
    """
    errors: list[SpecError] = []
    by_id: dict[str, Document] = {}
    ids = file_ids or {}

    def named_for(document: Document) -> str:
        return ids.get(document.file) or PurePosixPath(document.file).stem

    # A file named after its id owns that id; a copy under another name is the duplicate.
    for document in sorted(models, key=lambda d: (named_for(d) != d.data["id"], d.file)):
        model_id = document.data["id"]
        errors += _check_own_fields(api, document, named_for(document))
        if model_id in by_id:
            first = by_id[model_id]
            where = f"{first.file}:{first.line_of('/id')}"
            errors.append(document.error("/id", f"duplicate model id {model_id!r} (first defined at {where})"))
        else:
            by_id[model_id] = document
    endpoints = endpoint_docs(api)
    type_names = [endpoint.type_names for endpoint in endpoints if endpoint.model_in is not None]
    errors += _check_class_names(by_id, api.data.get("schemas") or {}, type_names)
    errors += _check_endpoint_names(api, by_id.values(), endpoints)
    for endpoint in endpoints:
        variants = variants_of(by_id.values(), endpoint.name)
        errors += [error for variant in variants.values() for error in _check_references(endpoint, variant)]
        graph_errors, sound = _check_inheritance(variants, set(by_id), report_unknown=complete)
        errors += graph_errors
        if sound:
            for model_id in variants:
                errors += _check_effective(endpoint, variants, model_id, types)
    return errors


@dataclass(frozen=True)
class ValueProblem:
    """A broken value: the field holding it, the constraint it breaks, and the error to report."""

    key: str
    constraint: str
    error: SpecError


def check_values(parameter: MergedParameter, types: TypeChecks) -> list[ValueProblem]:
    """Range order, and default/example/enum values against the parameter's type, range and enum.

    Each problem is located at what the model changed (its own value, or the constraint it
    overrode), else in the catalogue. Values are not checked against an inverted range: the range
    is the mistake.
    """
    fields, origins, overridden = parameter.fields, parameter.origins, parameter.overridden
    problems: list[ValueProblem] = []
    low, high = number(fields.get("minimum")), number(fields.get("maximum"))
    inverted = low is not None and high is not None and low > high
    if inverted:
        key, other = ("maximum", "minimum") if "maximum" in overridden else ("minimum", "maximum")
        problems.append(ValueProblem(key, other, _error(origins[key], f"minimum {low} is greater than maximum {high}")))
    validator = types.validator(fields["schema"])
    for value in members(fields.get("enum")):
        for message in _type_problems(validator, value):
            problems.append(
                ValueProblem("enum", "schema", _error(origins["enum"], f"enum value {short(value)}: {message}"))
            )
    for key in ("default", "example"):
        if fields.get(key) is None:
            continue
        for constraint, message in _value_problems(key, fields[key], fields, validator, check_range=not inverted):
            blamed = key if key in overridden or constraint not in overridden else constraint
            problems.append(ValueProblem(key, constraint, _error(origins[blamed], message)))
    return problems


def _value_problems(
    key: str, value: JSON, fields: Mapping[str, JSON], validator: Draft202012Validator | None, *, check_range: bool
) -> list[tuple[str, str]]:
    """(the constraint broken, message) for each way `value` breaks the parameter's type, enum or range."""
    problems = [("schema", f"{key} {short(value)}: {m}") for m in _type_problems(validator, value)]
    if problems:
        return problems
    enum, low, high = fields.get("enum"), number(fields.get("minimum")), number(fields.get("maximum"))
    if is_array(enum) and value not in enum:
        problems.append(("enum", f"{key} {short(value)} is not one of the enum values {short(enum)}"))
    if check_range and is_number(value) and low is not None and value < low:
        problems.append(("minimum", f"{key} {value!r} is below the minimum {low}"))
    if check_range and is_number(value) and high is not None and value > high:
        problems.append(("maximum", f"{key} {value!r} is above the maximum {high}"))
    return problems


def _type_problems(validator: Draft202012Validator | None, value: JSON) -> list[str]:
    """jsonschema's messages for `value`; none when the schema is unsound (reported where it is written)."""
    if validator is None:
        return []
    return [
        problem.message.replace(repr(problem.instance), short(problem.instance))
        for problem in validator.iter_errors(value)
    ]


def _error(origin: Origin, message: str) -> SpecError:
    return origin.document.error(origin.pointer, message)


def _check_identifier(document: Document, pointer: str, name: str, python_name: str) -> list[SpecError]:
    if not python_name.isidentifier() or keyword.iskeyword(python_name):
        hint = "" if python_name != name else "; give it a python_name"
        return [document.error(pointer, f"{python_name!r} is not a valid Python identifier{hint}")]
    if python_name in RESERVED_PYTHON_NAMES:
        return [document.error(pointer, f"{python_name!r} is reserved by the SDK's methods; give it a python_name")]
    return []


def _check_servers(api: Document) -> list[SpecError]:
    servers = api.data["servers"]
    errors: list[SpecError] = []
    defaults = [index for index, server in enumerate(servers) if server.get("default")]
    if len(defaults) != 1:
        errors.append(api.error("/servers", f"exactly one server must be the default; found {len(defaults)}"))
    seen: set[str] = set()
    for index, server in enumerate(servers):
        if server["name"] in seen:
            errors.append(api.error(f"/servers/{index}/name", f"duplicate server name {server['name']!r}"))
        seen.add(server["name"])
    return errors


def _check_own_fields(api: Document, document: Document, named_for: str) -> list[SpecError]:
    data = document.data
    errors: list[SpecError] = []
    if named_for != data["id"]:
        errors.append(document.error("/id", f"the file of model {data['id']!r} must be models/{data['id']}.yaml"))
    server_names = [server["name"] for server in api.data["servers"]]
    if data["server"] not in server_names:
        hint = did_you_mean(data["server"], server_names)
        errors.append(document.error("/server", f"unknown server {data['server']!r}{hint}; known: {server_names}"))
    return errors


def _check_endpoint_names(api: Document, models: Iterable[Document], endpoints: list[EndpointDoc]) -> list[SpecError]:
    """Each model file is in api.yaml's format and names only endpoints api.yaml declares that take a model."""
    names = [endpoint.name for endpoint in endpoints]
    without_model = {endpoint.name for endpoint in endpoints if endpoint.model_in is None}
    errors: list[SpecError] = []
    for document in models:
        if is_legacy_model(document.data) != is_legacy_api(api.data):
            errors.append(document.error("", _format_mismatch(is_legacy_api(api.data), names[0])))
            continue
        for variant in variant_docs(document):
            if variant.endpoint not in names:
                hint = did_you_mean(variant.endpoint, names)
                message = f"unknown endpoint {variant.endpoint!r}{hint}; api.yaml declares {', '.join(names)}"
                errors.append(document.error(variant.pointer, message))
            elif variant.endpoint in without_model:
                message = f"endpoint {variant.endpoint!r} takes no model (api.yaml gives it no `model`), so no variant"
                errors.append(document.error(variant.pointer, message))
    return errors


def _format_mismatch(legacy_api: bool, endpoint: str) -> str:
    """What to do about a model file in the other spec format than api.yaml's."""
    if legacy_api:
        return (
            "the model declares `endpoints`, but api.yaml is in the format from before endpoints were declared: "
            f"move api.yaml's `endpoint` and `parameters` under `endpoints: {endpoint}:` (the README shows one)"
        )
    return (
        "the model's variant is at the top of the file, as before api.yaml declared endpoints: move sources, "
        f"inherit, parameters, notes, errata and deviations under `endpoints: {endpoint}:`"
    )


def _check_references(endpoint: EndpointDoc, variant: VariantDoc) -> list[SpecError]:
    errors: list[SpecError] = []
    for name in variant.data.get("parameters") or {}:
        if name not in endpoint.catalogue:
            message = f"unknown catalogue reference {name!r}{did_you_mean(name, endpoint.catalogue)}: not in the "
            message += f"catalogue ({endpoint.catalogue_pointer} in api.yaml); add it there first, or correct the name"
            errors.append(variant.document.error(variant.at("parameters", name), message))
    return errors


def _check_class_names(
    by_id: Mapping[str, Document], schema_names: Iterable[str], type_names: list[TypeNames]
) -> list[SpecError]:
    """Two ids that would give one Python class name or one docs page (compared without case, as the file
    systems of macOS and Windows compare names; `index` and `README` are one page to mkdocs), or an id whose
    names (each endpoint's request schema and kwargs TypedDict) are already the spec's schemas' or the SDK's own,
    are an error at the later id."""
    schema_names = list(schema_names)
    taken = {names.request_for(name) for names in type_names for name in schema_names} | set(schema_names)
    taken |= {name for names in type_names for name in (names.request, names.any_model_params)}
    names_by_key: dict[tuple[str, str], str] = {}
    errors: list[SpecError] = []
    for model_id, document in sorted(by_id.items()):
        stem = class_stem(model_id)
        derived = dict.fromkeys(
            name for names in type_names for name in (names.request_for(stem), names.params_for(stem))
        )
        for name in derived:
            if name in taken:
                message = f"id {model_id!r} gives the name {name!r}, which the generated code already uses"
                errors.append(document.error("/id", message + ": rename the model"))
        page = docs_slug(model_id).lower()
        derived_names = {
            ("class name", stem): stem,
            ("docs page", "index" if page == "readme" else page): f"docs/models/{docs_slug(model_id)}.md",
        }
        for key, shown in derived_names.items():
            if key in names_by_key:
                message = (
                    f"id {model_id!r} gives the {key[0]} {shown!r}, as {names_by_key[key]!r} does: rename one of them"
                )
                errors.append(document.error("/id", message))
            names_by_key[key] = model_id
    return errors


def _check_inheritance(
    variants: Mapping[str, VariantDoc], model_ids: set[str], *, report_unknown: bool
) -> tuple[list[SpecError], bool]:
    """Unknown parents, parents without a variant of the same endpoint, and cycles; and whether the graph of
    `variants` (one endpoint's, by model id) is sound enough to resolve."""
    errors: list[SpecError] = []
    unsound = False
    for model_id, variant in variants.items():
        parent = variant.data.get("inherit")
        if parent is None:
            continue
        if parent not in variants:
            unsound = True
            if parent in model_ids:
                message = f"model {parent!r} has no variant of the endpoint {variant.endpoint!r} to inherit from"
                errors.append(variant.document.error(variant.at("inherit"), message))
            elif report_unknown:
                hint = did_you_mean(parent, model_ids)
                message = f"unknown parent model {parent!r}{hint}; `inherit` takes a model id"
                errors.append(variant.document.error(variant.at("inherit"), message))
            continue
        chain = _ancestry(variants, model_id)
        if chain[-1] == model_id:
            unsound = True
            errors.append(variant.document.error(variant.at("inherit"), f"inheritance cycle: {' -> '.join(chain)}"))
    return errors, not unsound


def _ancestry(variants: Mapping[str, VariantDoc], model_id: str) -> list[str]:
    """model_id, its parent, grandparent... stopping at a root, an unknown id, or a repeat."""
    chain = [model_id]
    current = variants[model_id].data.get("inherit")
    while current is not None and current in variants and current not in chain:
        chain.append(current)
        current = variants[current].data.get("inherit")
    if current is not None and current in chain:
        chain.append(current)
    return chain


def _check_effective(
    endpoint: EndpointDoc, variants: Mapping[str, VariantDoc], model_id: str, types: TypeChecks
) -> list[SpecError]:
    variant = variants[model_id]
    parameters = effective_parameters(endpoint, variants, model_id)
    errors: list[SpecError] = []
    for parameter in parameters.values():
        if not parameter.inferred:  # an inherited parameter is checked once, as its owner's
            errors += _own_problems(endpoint, variant.document, parameter, types)
    for name, entry in endpoint.catalogue.items():
        if entry.get("required") and name not in parameters:
            message = f"required parameter {name!r} is missing; add `{name}: {{}}` under parameters"
            errors.append(variant.document.error(variant.at("parameters"), message))
    errors += _check_parameter_notes(variant, parameters)
    return errors


def _own_problems(
    endpoint: EndpointDoc, document: Document, parameter: MergedParameter, types: TypeChecks
) -> list[SpecError]:
    """The problems the model's overrides cause: not those the catalogue entry has on its own."""
    in_catalogue = {(p.key, p.constraint) for p in check_values(catalogue_entry(endpoint, parameter.name), types)}
    return [
        problem.error
        for problem in check_values(parameter, types)
        if problem.error.file == document.file
        and (problem.key in parameter.overridden or (problem.key, problem.constraint) not in in_catalogue)
    ]


def _check_parameter_notes(variant: VariantDoc, parameters: Iterable[str]) -> list[SpecError]:
    """Errata and deviations must name a parameter the model accepts (a server deviation names none)."""
    known = set(parameters)
    return [
        variant.document.error(
            variant.at(key, index, "parameter"), f"{noun} for {entry['parameter']!r}, which the model does not accept"
        )
        for key, noun in (("errata", "erratum"), ("deviations", "deviation"))
        for index, entry in enumerate(variant.data.get(key) or ())
        if "parameter" in entry and entry["parameter"] not in known
    ]
