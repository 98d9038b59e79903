"""Checks the spec format's JSON Schema cannot express: references, ranges, names, inheritance.

Each check returns `SpecError` values located at the offending node; none raises. They run only on
documents that passed the format check, so the shapes they read are known.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath

from jsonschema import Draft202012Validator

from generator.errors import SpecError
from generator.merge import MergedParameter, Origin, effective_parameters
from generator.model import JSON, class_stem
from generator.schema_refs import iter_refs, rewrite_refs
from generator.yaml_source import Document, join_pointer

SCHEMA_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "const",
        "enum",
        "default",
        "description",
        "title",
        "examples",
        "example",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "minItems",
        "maxItems",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "oneOf",
        "anyOf",
        "allOf",
        "discriminator",
        "nullable",
        "deprecated",
    }
)
"""JSON Schema / OpenAPI keywords a spec schema may use; anything else is most likely a typo."""

RESERVED_PYTHON_NAMES = frozenset({"model", "extra_headers", "extra_query", "extra_body", "timeout"})
"""Keyword arguments every SDK method already has; a parameter needs a `python_name` to use one."""


def check_api(api: Document) -> list[SpecError]:
    """Servers, schema references, names and values of the parameter catalogue."""
    errors = _check_servers(api) + _check_refs(api) + _check_keywords(api) + _check_examples(api)
    catalogue = api.data["parameters"]
    python_names: dict[str, str] = {}
    for name, entry in catalogue.items():
        pointer = join_pointer("/parameters", name)
        python_name = entry.get("python_name", name)
        where = join_pointer(pointer, "python_name") if "python_name" in entry else pointer
        errors += _check_identifier(api, where, name, python_name)
        if python_name in python_names:
            errors.append(
                api.error(where, f"Python name {python_name!r} is also used by {python_names[python_name]!r}")
            )
        python_names[python_name] = name
        fields = dict(entry)
        origins = {key: Origin(api, join_pointer(pointer, key)) for key in fields}
        errors += check_values(MergedParameter(name, fields, origins, Origin(api, pointer)), api.data["schemas"])
    return errors


def check_models(api: Document, models: list[Document], *, complete: bool = True) -> list[SpecError]:
    """Ids, servers, catalogue references, inheritance, and the values each model ends up with.

    `complete` is False when some model files could not be read; a parent missing then may be one
    of them, so unknown parents are not reported (the unreadable file's own error is).
    """
    errors: list[SpecError] = []
    by_id: dict[str, Document] = {}
    # A file named after its id owns that id; a copy under another name is the duplicate.
    for document in sorted(models, key=lambda d: (PurePosixPath(d.file).stem != d.data["id"], d.file)):
        model_id = document.data["id"]
        errors += _check_own_fields(api, document)
        if model_id in by_id:
            first = by_id[model_id]
            where = f"{first.file}:{first.line_of('/id')}"
            errors.append(document.error("/id", f"duplicate model id {model_id!r} (first defined at {where})"))
        else:
            by_id[model_id] = document
    errors += _check_class_names(by_id)
    graph_errors, sound = _check_inheritance(by_id, report_unknown=complete)
    errors += graph_errors
    if sound:
        for model_id, document in by_id.items():
            errors += _check_effective(api, by_id, model_id, document)
    return errors


def check_values(parameter: MergedParameter, schemas: Mapping[str, JSON]) -> list[SpecError]:
    """Range order, and default/example/enum values against the parameter's type, range and enum."""
    fields, origins = parameter.fields, parameter.origins
    errors: list[SpecError] = []
    low, high = fields.get("minimum"), fields.get("maximum")
    if low is not None and high is not None and low > high:
        at = origins["maximum" if "maximum" in parameter.overridden else "minimum"]
        errors.append(_error(at, f"minimum {low} is greater than maximum {high}"))
    type_check = _type_validator(fields["schema"], schemas)
    for value in fields.get("enum") or ():
        errors += [_error(origins["enum"], f"enum value {value!r}: {m}") for m in _type_problems(type_check, value)]
    for key in ("default", "example"):
        if fields.get(key) is None:
            continue
        for constraint, message in _value_problems(key, fields[key], fields, type_check):
            # Point at what the model changed: its own value, or the constraint it overrode.
            blamed = key if key in parameter.overridden or constraint not in parameter.overridden else constraint
            errors.append(_error(origins[blamed], message))
    return errors


def _value_problems(
    key: str, value: JSON, fields: Mapping[str, JSON], type_check: Draft202012Validator
) -> list[tuple[str, str]]:
    """(the constraint broken, message) for each way `value` breaks the parameter's type, enum or range."""
    problems = [("schema", f"{key} {value!r}: {m}") for m in _type_problems(type_check, value)]
    if problems:
        return problems
    enum, low, high = fields.get("enum"), fields.get("minimum"), fields.get("maximum")
    if enum is not None and value not in enum:
        problems.append(("enum", f"{key} {value!r} is not one of the enum values {enum!r}"))
    if _is_number(value) and low is not None and value < low:
        problems.append(("minimum", f"{key} {value!r} is below the minimum {low}"))
    if _is_number(value) and high is not None and value > high:
        problems.append(("maximum", f"{key} {value!r} is above the maximum {high}"))
    return problems


def _type_validator(schema: JSON, schemas: Mapping[str, JSON]) -> Draft202012Validator:
    defs = {name: rewrite_refs(body, "#/$defs/") for name, body in schemas.items()}
    return Draft202012Validator({**rewrite_refs(schema, "#/$defs/"), "$defs": defs})


def _type_problems(validator: Draft202012Validator, value: JSON) -> list[str]:
    return [problem.message for problem in validator.iter_errors(value)]


def _is_number(value: JSON) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


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


def _check_refs(api: Document) -> list[SpecError]:
    schemas = api.data["schemas"]
    errors = [
        api.error(pointer, f"unknown schema {name!r}; the schemas are listed under /schemas")
        for pointer, name in iter_refs({"parameters": api.data["parameters"], "schemas": schemas})
        if name not in schemas
    ]
    for key in ("response", "chunk", "error"):
        name = api.data["endpoint"][key]
        if name not in schemas:
            errors.append(api.error(f"/endpoint/{key}", f"unknown schema {name!r}"))
    return errors


def _check_examples(api: Document) -> list[SpecError]:
    endpoint, schemas = api.data["endpoint"], api.data["schemas"]
    if any(endpoint[key] not in schemas for key in ("response", "chunk", "error")):
        return []  # reported by _check_refs
    examples = endpoint["examples"]
    cases = [("response", examples["response"], endpoint["response"]), ("error", examples["error"], endpoint["error"])]
    cases += [(f"stream/{i}", chunk, endpoint["chunk"]) for i, chunk in enumerate(examples["stream"])]
    errors: list[SpecError] = []
    for where, example, schema_name in cases:
        validator = _type_validator({"$ref": schema_name}, schemas)
        for problem in validator.iter_errors(example):
            pointer = join_pointer(f"/endpoint/examples/{where}", *problem.absolute_path)
            errors.append(api.error(pointer, f"example does not match {schema_name}: {problem.message}"))
    return errors


def _check_keywords(api: Document) -> list[SpecError]:
    errors: list[SpecError] = []
    for name, entry in api.data["parameters"].items():
        errors += _schema_keyword_errors(api, entry["schema"], join_pointer("/parameters", name, "schema"))
    for name, schema in api.data["schemas"].items():
        errors += _schema_keyword_errors(api, schema, join_pointer("/schemas", name))
    return errors


def _schema_keyword_errors(document: Document, schema: JSON, pointer: str) -> list[SpecError]:
    if not isinstance(schema, dict):
        return [document.error(pointer, "a schema must be a mapping")]
    errors = [
        document.error(join_pointer(pointer, key), f"unknown schema keyword {key!r}")
        for key in schema
        if key not in SCHEMA_KEYWORDS and not key.startswith("x-")
    ]
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            for prop, sub in value.items():
                errors += _schema_keyword_errors(document, sub, join_pointer(pointer, key, prop))
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            errors += _schema_keyword_errors(document, value, join_pointer(pointer, key))
        elif key in ("oneOf", "anyOf", "allOf") and isinstance(value, list):
            for index, sub in enumerate(value):
                errors += _schema_keyword_errors(document, sub, join_pointer(pointer, key, index))
    return errors


def _check_own_fields(api: Document, document: Document) -> list[SpecError]:
    data = document.data
    errors: list[SpecError] = []
    if PurePosixPath(document.file).stem != data["id"]:
        errors.append(document.error("/id", f"the file of model {data['id']!r} must be named {data['id']}.yaml"))
    server_names = [server["name"] for server in api.data["servers"]]
    if data["server"] not in server_names:
        errors.append(document.error("/server", f"unknown server {data['server']!r}; known: {server_names}"))
    for name in data.get("parameters") or {}:
        if name not in api.data["parameters"]:
            pointer = join_pointer("/parameters", name)
            errors.append(
                document.error(pointer, f"unknown catalogue reference {name!r}: not in spec/api.yaml /parameters")
            )
    return errors


def _check_class_names(by_id: Mapping[str, Document]) -> list[SpecError]:
    stems: dict[str, str] = {}
    errors: list[SpecError] = []
    for model_id, document in sorted(by_id.items()):
        stem = class_stem(model_id)
        if stem in stems:
            errors.append(
                document.error("/id", f"id {model_id!r} gives the class name {stem!r}, as {stems[stem]!r} does")
            )
        stems[stem] = model_id
    return errors


def _check_inheritance(by_id: Mapping[str, Document], *, report_unknown: bool) -> tuple[list[SpecError], bool]:
    """Unknown parents and cycles, and whether the graph is sound enough to resolve."""
    errors: list[SpecError] = []
    unsound = False
    for model_id, document in by_id.items():
        parent = document.data.get("inherit")
        if parent is None:
            continue
        if parent not in by_id:
            unsound = True
            if report_unknown:
                errors.append(document.error("/inherit", f"unknown parent model {parent!r}"))
            continue
        chain = _ancestry(by_id, model_id)
        if chain[-1] == model_id:
            unsound = True
            errors.append(document.error("/inherit", f"inheritance cycle: {' -> '.join(chain)}"))
    return errors, not unsound


def _ancestry(by_id: Mapping[str, Document], model_id: str) -> list[str]:
    """model_id, its parent, grandparent... stopping at a root, an unknown id, or a repeat."""
    chain = [model_id]
    current = by_id[model_id].data.get("inherit")
    while current is not None and current in by_id and current not in chain:
        chain.append(current)
        current = by_id[current].data.get("inherit")
    if current is not None and current in chain:
        chain.append(current)
    return chain


def _check_effective(
    api: Document, by_id: Mapping[str, Document], model_id: str, document: Document
) -> list[SpecError]:
    schemas = api.data["schemas"]
    parameters = effective_parameters(api, by_id, model_id)
    errors: list[SpecError] = []
    for parameter in parameters.values():
        errors += check_values(parameter, schemas)
    for name, entry in api.data["parameters"].items():
        if entry.get("required") and name not in parameters:
            errors.append(document.error("/parameters", f"required parameter {name!r} is missing"))
    errors += _check_errata(document, parameters)
    errors += _check_deviations(document, parameters)
    return errors


def _check_errata(document: Document, parameters: Iterable[str]) -> list[SpecError]:
    known = set(parameters)
    return [
        document.error(
            f"/errata/{index}/parameter", f"erratum for {erratum['parameter']!r}, which the model does not accept"
        )
        for index, erratum in enumerate(document.data.get("errata") or ())
        if erratum["parameter"] not in known
    ]


def _check_deviations(document: Document, parameters: Iterable[str]) -> list[SpecError]:
    known = set(parameters)
    return [
        document.error(
            f"/deviations/{index}/parameter", f"deviation for {entry['parameter']!r}, which the model does not accept"
        )
        for index, entry in enumerate(document.data.get("deviations") or ())
        if "parameter" in entry and entry["parameter"] not in known
    ]
