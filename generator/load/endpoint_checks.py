"""Checks of how each endpoint is called that the spec format's JSON Schema cannot express.

Path parameters against the paths, where the model goes, the stream's chunk, the headers' Python names, and
that no two endpoints share an SDK method or a request type name. Each returns `SpecError` values located at the
offending field; none raises. They run only on documents that passed the format check.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping

from generator.errors import SpecError, did_you_mean
from generator.json_values import strings
from generator.load.endpoint_docs import EndpointDoc

PATH_PARAMETER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
SDK_OWN_ARGUMENTS = frozenset({"model", "stream", "extra_headers", "extra_query", "extra_body", "timeout"})
"""Keyword arguments every SDK method has itself; a header or parameter cannot take one of these names."""
POLLING_METHOD = "wait"
"""The method the SDK adds beside an endpoint with `polling`."""


def check_endpoints(endpoints: list[EndpointDoc]) -> list[SpecError]:
    """Every endpoint's own checks, then the ones across endpoints."""
    errors: list[SpecError] = []
    for endpoint in endpoints:
        if endpoint.legacy:
            continue
        errors += _check_paths(endpoint) + _check_model(endpoint) + _check_chunk(endpoint) + _check_headers(endpoint)
    return errors + _check_sdk_methods(endpoints) + _check_type_names(endpoints)


def path_parameters(path: str) -> list[str]:
    """The `{name}`s of a path, in order."""
    return PATH_PARAMETER.findall(path)


def _check_paths(endpoint: EndpointDoc) -> list[SpecError]:
    """Each path's `{name}`s are exactly the declared path parameters, each once."""
    declared = list(endpoint.data.get("path_parameters") or {})
    paths: list[tuple[tuple[str, ...], str]] = [(("path",), endpoint.data["path"])]
    streaming = endpoint.data.get("streaming") or {}
    if "path" in streaming:
        paths.append((("streaming", "path"), streaming["path"]))
    errors: list[SpecError] = []
    for keys, path in paths:
        found = path_parameters(path)
        repeated = sorted({name for name in found if found.count(name) > 1})
        missing = [name for name in declared if name not in found]
        undeclared = [name for name in dict.fromkeys(found) if name not in declared]
        problems = [f"{{{name}}} appears more than once" for name in repeated]
        problems += [f"path parameter {name!r} is declared but not in the path" for name in missing]
        problems += [
            f"{{{name}}} is not declared under path_parameters{did_you_mean(name, declared)}" for name in undeclared
        ]
        errors += [endpoint.document.error(endpoint.at(*keys), problem) for problem in problems]
    return errors


def _check_model(endpoint: EndpointDoc) -> list[SpecError]:
    """A model in the path needs `{model}`; a model in the body must not also be a catalogue entry."""
    model_in = endpoint.model_in
    where = endpoint.at("model")
    if model_in == "path" and "model" not in (endpoint.data.get("path_parameters") or {}):
        return [endpoint.document.error(where, "`model: path` needs the path parameter {model} in the path")]
    if model_in == "body" and "model" in endpoint.catalogue:
        message = "`model: body` sends the model id itself: remove `model` from this endpoint's parameters"
        return [endpoint.document.error(endpoint.entry_pointer("model"), message)]
    return []


def _check_chunk(endpoint: EndpointDoc) -> list[SpecError]:
    """An endpoint that streams names the schema of its chunks."""
    if "streaming" in endpoint.data and "chunk" not in endpoint.data:
        return [endpoint.document.error(endpoint.at("streaming"), "an endpoint that streams needs `chunk`: a schema")]
    return []


def _check_headers(endpoint: EndpointDoc) -> list[SpecError]:
    """Each header's Python name is an identifier no parameter or SDK argument has; a response switch is boolean."""
    taken = {str(entry.get("python_name", name)): name for name, entry in endpoint.catalogue.items()}
    errors: list[SpecError] = []
    for name, header in (endpoint.data.get("headers") or {}).items():
        python_name = str(header["python_name"])
        where = endpoint.at("headers", name, "python_name")
        if not python_name.isidentifier() or keyword.iskeyword(python_name):
            errors.append(endpoint.document.error(where, f"{python_name!r} is not a valid Python name"))
        elif python_name in SDK_OWN_ARGUMENTS:
            errors.append(endpoint.document.error(where, f"{python_name!r} is an argument every SDK method has"))
        elif python_name in taken:
            message = f"Python name {python_name!r} is also the parameter {taken[python_name]!r}'s"
            errors.append(endpoint.document.error(where, message))
        taken[python_name] = name
        if "response_if_true" in header and strings(header["schema"]["type"]) != ("boolean",):
            message = "a header with `response_if_true` must have the schema {type: boolean}"
            errors.append(endpoint.document.error(endpoint.at("headers", name, "schema"), message))
    return errors


def _check_sdk_methods(endpoints: Iterable[EndpointDoc]) -> list[SpecError]:
    """No two endpoints (or an endpoint and a polling `wait`) share one SDK method; no name is a keyword."""
    seen: dict[str, str] = {}
    errors: list[SpecError] = []
    for endpoint in endpoints:
        method = endpoint.sdk_method
        where = endpoint.at("sdk")
        bad = [part for part in (*method.resource, method.method) if keyword.iskeyword(part)]
        errors += [endpoint.document.error(where, f"{part!r} is a Python keyword") for part in bad]
        names = [method.dotted]
        if "polling" in endpoint.data:
            names.append(".".join((*method.resource, POLLING_METHOD)))
        for name in names:
            if name in seen:
                message = f"client.{name} is already the method of endpoint {seen[name]!r}: give this one another `sdk`"
                errors.append(endpoint.document.error(where, message))
            seen[name] = endpoint.name
    return errors


def _check_type_names(endpoints: Iterable[EndpointDoc]) -> list[SpecError]:
    """The endpoints' request type names differ: the fixed ones, and the per-model patterns."""
    seen: dict[str, str] = {}
    errors: list[SpecError] = []
    for endpoint in endpoints:
        if endpoint.model_in is None:
            continue
        names = endpoint.type_names
        for name in (names.request, names.model_request, names.model_params, names.any_model_params):
            if name in seen:
                message = f"endpoint {seen[name]!r} already names a type {name!r}: give this one other `type_names`"
                errors.append(endpoint.document.error(endpoint.at("type_names"), message))
            seen[name] = endpoint.name
    return errors


def schema_clashes(endpoints: Iterable[EndpointDoc], schema_names: Mapping[str, object]) -> list[SpecError]:
    """An endpoint's fixed request type names must not be a shared schema's name."""
    return [
        endpoint.document.error(endpoint.at("type_names"), f"the type name {name!r} is also a schema's name")
        for endpoint in endpoints
        if endpoint.model_in is not None
        for name in (endpoint.type_names.request, endpoint.type_names.any_model_params)
        if name in schema_names
    ]
