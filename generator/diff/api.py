"""What every model shares: servers, environment variables, the endpoints and the schemas' prose."""

from __future__ import annotations

from generator.diff.change import Change, Site, describe_value
from generator.diff.shapes import doc_texts, inline
from generator.diff.values import same
from generator.ir import JSON, Api, Endpoint, Server, Streaming

_ENDPOINT_CODE = ("method", "path", "operation_id", "response", "chunk", "error")
"""Endpoint fields the SDK's code depends on (the request line, the operation id and type names)."""
_ENDPOINT_PROSE = ("summary", "description")


def compare_api(old: Api, new: Api) -> list[Change]:
    """Servers, env vars, endpoints and the API's prose; response fields are `responses`' job."""
    return _servers(old, new) + _env_vars(old, new) + _endpoints(old, new) + _prose(old, new) + _schema_prose(old, new)


def _servers(old: Api, new: Api) -> list[Change]:
    before = {server.name: server for server in old.servers}
    after = {server.name: server for server in new.servers}
    changes: list[Change] = []
    for name in sorted(before.keys() | after.keys()):
        site, left, right = Site(None, None, None, f"servers/{name}"), before.get(name), after.get(name)
        if left is None and right is not None:
            changes.append(site.change("server-changed", "", None, right.url, f"server {name} ({right.url}) added"))
        elif right is None and left is not None:
            changes.append(site.change("server-changed", "", left.url, None, f"server {name} ({left.url}) removed"))
        elif left is not None and right is not None:
            changes += _server(site, left, right)
    return changes


def _server(site: Site, left: Server, right: Server) -> list[Change]:
    name = left.name
    changes: list[Change] = []
    if left.url != right.url:
        what = f"server {name} moved from {left.url} to {right.url}"
        changes.append(site.change("server-changed", "url", left.url, right.url, what))
    if left.default != right.default:
        what = f"server {name} is {'now' if right.default else 'no longer'} the default"
        changes.append(site.change("server-changed", "default", left.default, right.default, what))
    if left.description != right.description:
        what = f"description of server {name} changed"
        changes.append(site.change("description-changed", "description", left.description, right.description, what))
    return changes


def _env_vars(old: Api, new: Api) -> list[Change]:
    pairs = {"base_url_env": (old.base_url_env, new.base_url_env), "auth/env": (old.auth_env, new.auth_env)}
    return [
        Site(None, None, None, key).change(
            "env-var-changed", "", left, right, f"environment variable {left} renamed to {right}"
        )
        for key, (left, right) in pairs.items()
        if left != right
    ]


def _endpoints(old: Api, new: Api) -> list[Change]:
    """Endpoints added and removed, and the fields of each one both sides have."""
    before = {endpoint.name: endpoint for endpoint in old.endpoints}
    after = {endpoint.name: endpoint for endpoint in new.endpoints}
    changes: list[Change] = []
    for name in [*before, *(name for name in after if name not in before)]:
        site, left, right = Site(name, None, None, f"endpoints/{name}"), before.get(name), after.get(name)
        if left is None and right is not None:
            what = f"endpoint {name} ({right.method.upper()} {right.path}) added"
            changes.append(site.change("endpoint-added", "", None, right.path, what))
        elif right is None and left is not None:
            what = f"endpoint {name} ({left.method.upper()} {left.path}) removed"
            changes.append(site.change("endpoint-removed", "", left.path, None, what))
        elif left is not None and right is not None:
            changes += _endpoint(site, left, right)
    return changes


def _endpoint(site: Site, old: Endpoint, new: Endpoint) -> list[Change]:
    changes: list[Change] = []
    for key in _ENDPOINT_CODE + _ENDPOINT_PROSE:
        left, right = getattr(old, key), getattr(new, key)
        if left == right:
            continue
        if key in _ENDPOINT_CODE:
            changes.append(
                site.change("endpoint-changed", key, left, right, f"endpoint {key} changed from {left} to {right}")
            )
        else:
            changes.append(site.change("description-changed", key, left, right, f"endpoint {key} changed"))
    before, after = _call_shape(old), _call_shape(new)
    for key in before:
        if not same(before[key], after[key]):
            message = f"endpoint {key} changed from {describe_value(before[key])} to {describe_value(after[key])}"
            changes.append(site.change("endpoint-changed", key, before[key], after[key], message))
    changes += _headers(site, old, new)
    examples: tuple[dict[str, JSON], dict[str, JSON]] = (dict(old.examples), dict(new.examples))
    for key in sorted(examples[0].keys() | examples[1].keys()):
        left, right = examples[0].get(key), examples[1].get(key)
        if not same(left, right):
            changes.append(site.change("description-changed", f"examples/{key}", left, right, f"{key} example changed"))
    return changes


def _call_shape(endpoint: Endpoint) -> dict[str, JSON]:
    """How a call of the endpoint is made, beyond its request line: what the SDK's code and types depend on."""
    streaming = endpoint.streaming
    polling = endpoint.polling
    names = endpoint.type_names
    return {
        "sdk": endpoint.sdk.dotted,
        "model": endpoint.model_in,
        "path_parameters": [parameter.name for parameter in endpoint.path_parameters],
        "streaming": _streaming(streaming),
        "type_names": [names.request, names.model_request, names.model_params, names.any_model_params],
        "polling": None if polling is None else [polling.status, *polling.succeeded, "|", *polling.failed],
    }


def _streaming(streaming: Streaming | None) -> JSON:
    """How the endpoint streams, as one value: its body flag, or its path, query and last-chunk pointers."""
    if streaming is None:
        return None
    if streaming.body_flag is not None:
        return {"body_flag": streaming.body_flag}
    return {"path": streaming.path, "query": dict(streaming.query), "final": list(streaming.final)}


def _headers(site: Site, old: Endpoint, new: Endpoint) -> list[Change]:
    """Headers added (a new optional argument), removed, or sent or typed otherwise."""
    before = {header.name: header for header in old.headers}
    after = {header.name: header for header in new.headers}
    changes: list[Change] = []
    for name in [*before, *(name for name in after if name not in before)]:
        left, right = before.get(name), after.get(name)
        if left is None and right is not None:
            what = f"header {name} added (argument {right.python_name})"
            changes.append(site.change("header-added", f"headers/{name}", None, right.python_name, what))
        elif right is None and left is not None:
            what = f"header {name} removed (argument {left.python_name})"
            changes.append(site.change("header-removed", f"headers/{name}", left.python_name, None, what))
        elif left is not None and right is not None:
            for field in ("python_name", "json_type", "response_if_true"):
                was, now = getattr(left, field), getattr(right, field)
                if was != now:
                    what = f"header {name}: {field} changed from {describe_value(was)} to {describe_value(now)}"
                    changes.append(site.change("endpoint-changed", f"headers/{name}/{field}", was, now, what))
    return changes


def _prose(old: Api, new: Api) -> list[Change]:
    pairs = {
        "title": (old.title, new.title),
        "description": (old.description, new.description),
        "auth/description": (old.auth_description, new.auth_description),
    }
    return [
        Site(None, None, None, key).change(
            "description-changed", "", left, right, f"API {key.replace('/', ' ')} changed"
        )
        for key, (left, right) in pairs.items()
        if left != right
    ]


def _schema_prose(old: Api, new: Api) -> list[Change]:
    """Descriptions, titles and examples inside the shared schemas, where both sides have the schema.

    Prose is compared where it is written (references not followed), so a changed description is
    reported once, at its own schema; prose that only moved into a referenced schema is no change.
    """
    changes: list[Change] = []
    for name in sorted(old.schemas.keys() & new.schemas.keys()):
        before, after = doc_texts(old.schemas[name]), doc_texts(new.schemas[name])
        seen_before = doc_texts(inline(old.schemas[name], old.schemas))
        seen_after = doc_texts(inline(new.schemas[name], new.schemas))
        for pointer in sorted(before.keys() | after.keys()):
            left, right = before.get(pointer), after.get(pointer)
            if same(left, right) or same(seen_before.get(pointer), seen_after.get(pointer)):
                continue
            where, _, keyword = pointer.rpartition("/")
            what = f"schema {name}: {keyword} {f'at {where} ' if where else ''}changed"
            site = Site(None, None, None, f"schemas/{name}{pointer}")
            changes.append(site.change("description-changed", "", left, right, what))
    return changes
