"""Checks of the JSON Schemas inside spec/api.yaml, and value checks that only ever run on sound ones.

A schema is *sound* when it uses only the keywords the spec allows (the spec format has checked
their values), is not defined only in terms of itself, and every schema it reaches through `$ref`
exists and is sound too. Each unsound schema is reported once, where it is written;
`TypeChecks.validator` then refuses to build a validator over it, so no later check (a default's
type, an example's shape) can trip over a broken reference or keyword.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from jsonschema import Draft202012Validator

from generator.errors import SpecError, did_you_mean, short
from generator.ir import JSON
from generator.json_values import is_object
from generator.load.endpoint_docs import EndpointDoc, endpoint_docs
from generator.load.yaml_source import Document
from generator.pointers import join_pointer
from generator.schema_refs import iter_refs, referenced_closure, rewrite_refs

SCHEMA_KEYWORDS = frozenset(
    {
        *("$ref", "type", "const", "enum", "default", "description", "title", "examples", "example"),
        *("properties", "required", "additionalProperties", "items", "minItems", "maxItems"),
        *("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength"),
        *("pattern", "format", "oneOf", "anyOf", "allOf", "discriminator", "nullable", "deprecated"),
    }
)
"""JSON Schema / OpenAPI keywords a spec schema may use; anything else is most likely a typo."""


class TypeChecks:
    """Validators for values against the spec's schemas, built only over sound schemas."""

    def __init__(self, schemas: Mapping[str, JSON], unsound: set[str]) -> None:
        self.schemas = schemas
        self.unsound = unsound
        self._cache: dict[str, Draft202012Validator | None] = {}

    def validator(self, schema: JSON) -> Draft202012Validator | None:
        """A validator for `schema` with `$ref: Name` resolved in the spec's schemas; None if unsound."""
        key = json.dumps(schema, sort_keys=True, default=repr)
        if key not in self._cache:
            self._cache[key] = self._build(schema)
        return self._cache[key]

    def _build(self, schema: JSON) -> Draft202012Validator | None:
        if not is_object(schema) or schema_problems(schema, self.schemas):
            return None
        if any(name in self.unsound for name in referenced_closure([schema], self.schemas)):
            return None
        defs = {name: rewrite_refs(body, "#/$defs/") for name, body in self.schemas.items()}
        return Draft202012Validator({**rewrite_refs(schema, "#/$defs/"), "$defs": defs})


def check_schemas(api: Document) -> tuple[list[SpecError], TypeChecks]:
    """Every problem of the parameters' and the named schemas, and the value checks they allow.

    A named schema that reaches an unsound one is unsound too, but only the first is reported.
    """
    schemas: Mapping[str, JSON] = api.data["schemas"]
    errors: list[SpecError] = []
    broken: set[str] = set()
    for name, schema in schemas.items():
        pointer = join_pointer("/schemas", name)
        problems = [api.error(pointer + where, message) for where, message in schema_problems(schema, schemas)]
        errors += problems
        broken |= {name} if problems else set()
    for endpoint in endpoint_docs(api):
        for name, entry in endpoint.catalogue.items():
            pointer = endpoint.entry_pointer(name, "schema")
            found = schema_problems(entry["schema"], schemas)
            errors += [api.error(pointer + where, message) for where, message in found]
    for name, (where, message) in _self_defined(schemas).items():
        errors.append(api.error(join_pointer("/schemas", name) + where, message))
        broken.add(name)
    unsound = {name for name in schemas if broken.intersection(referenced_closure([schemas[name]], schemas))} | broken
    types = TypeChecks(schemas, unsound)
    for endpoint in endpoint_docs(api):
        errors += _endpoint_refs(endpoint) + _check_examples(endpoint, types)
    return errors, types


def schema_problems(schema: JSON, schemas: Mapping[str, JSON]) -> list[tuple[str, str]]:
    """(pointer inside `schema`, message) for each unknown keyword and unknown `$ref`.

    The values of the known keywords are checked by the spec format (`jsonSchema` in spec_format.schema.json).
    """
    problems = _keyword_problems(schema, "")
    problems += [(where, _unknown_schema(name, schemas)) for where, name in iter_refs(schema) if name not in schemas]
    return problems


def _unknown_schema(name: str, schemas: Mapping[str, JSON]) -> str:
    return f"unknown schema {name!r}{did_you_mean(name, schemas)}; the schemas are listed under /schemas"


def _keyword_problems(schema: JSON, pointer: str) -> list[tuple[str, str]]:
    if not isinstance(schema, dict):
        return [(pointer, "a schema must be a mapping")]
    problems = [
        (
            join_pointer(pointer, key),
            f"unknown schema keyword {key!r}{did_you_mean(str(key), SCHEMA_KEYWORDS)}; "
            "use a JSON Schema keyword, or an `x-` prefix for an extension",
        )
        for key in schema
        if key not in SCHEMA_KEYWORDS and not str(key).startswith("x-")
    ]
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            for prop, sub in value.items():
                problems += _keyword_problems(sub, join_pointer(pointer, key, prop))
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            problems += _keyword_problems(value, join_pointer(pointer, key))
        elif key in ("oneOf", "anyOf", "allOf") and isinstance(value, list):
            for index, sub in enumerate(value):
                problems += _keyword_problems(sub, join_pointer(pointer, key, index))
    return problems


def _self_defined(schemas: Mapping[str, JSON]) -> dict[str, tuple[str, str]]:
    """Schemas that reach themselves through `$ref`, `oneOf`, `anyOf` or `allOf` alone: a type that never ends.

    Recursion through `properties` or `items` is fine (a tree of messages); through references
    alone no value can ever be written. Each loop is reported once, at its first schema in file order.
    """
    direct = {name: _direct_refs(schema, "") for name, schema in schemas.items()}
    found: dict[str, tuple[str, str]] = {}
    reported: set[str] = set()
    for start in schemas:
        chain = _loop_from(start, direct, [start])
        if chain is None or reported.intersection(chain):
            continue
        reported.update(chain)
        loop = [*chain, start]
        where = next(pointer for pointer, name in direct[start] if name == loop[1])
        message = f"{start} is defined only through itself ({' -> '.join(loop)}): give one of them a type or properties"
        found[start] = (where, message)
    return found


def _loop_from(start: str, direct: Mapping[str, list[tuple[str, str]]], chain: list[str]) -> list[str] | None:
    """The chain of names from `start` back to itself through direct references, if there is one."""
    for _, name in direct.get(chain[-1], []):
        if name == start:
            return chain
        if name not in chain:
            found = _loop_from(start, direct, [*chain, name])
            if found is not None:
                return found
    return None


def _direct_refs(schema: JSON, pointer: str) -> list[tuple[str, str]]:
    """(pointer, name) of the `$ref`s a schema is made of: its own and its `oneOf`/`anyOf`/`allOf` members'."""
    if not isinstance(schema, dict):
        return []
    refs = [(join_pointer(pointer, "$ref"), schema["$ref"])] if isinstance(schema.get("$ref"), str) else []
    for key in ("oneOf", "anyOf", "allOf"):
        for index, member in enumerate(schema.get(key) or ()):
            refs += _direct_refs(member, join_pointer(pointer, key, index))
    return refs


def _endpoint_refs(endpoint: EndpointDoc) -> list[SpecError]:
    """Each schema the endpoint names (response, chunk, error, a header's `response_if_true`) exists."""
    schemas = endpoint.document.data["schemas"]
    named: list[tuple[tuple[str, ...], str | None]] = [
        ((key,), endpoint.data.get(key)) for key in ("response", "chunk", "error")
    ]
    headers = endpoint.data.get("headers") or {}
    named += [
        (("headers", name, "response_if_true"), header.get("response_if_true")) for name, header in headers.items()
    ]
    return [
        endpoint.document.error(endpoint.at(*keys), _unknown_schema(name, schemas))
        for keys, name in named
        if name is not None and name not in schemas
    ]


def _check_examples(endpoint: EndpointDoc, types: TypeChecks) -> list[SpecError]:
    fields = endpoint.data
    examples = fields["examples"]
    cases = [("response", examples["response"], fields["response"]), ("error", examples["error"], fields["error"])]
    if fields.get("chunk") is not None:
        cases += [(f"stream/{i}", chunk, fields["chunk"]) for i, chunk in enumerate(examples.get("stream") or ())]
    switches = [h["response_if_true"] for h in (fields.get("headers") or {}).values() if "response_if_true" in h]
    if "switched" in examples and switches:
        cases.append(("switched", examples["switched"], switches[0]))
    errors: list[SpecError] = []
    for where, example, schema_name in cases:
        validator = types.validator({"$ref": schema_name})
        for problem in validator.iter_errors(example) if validator is not None else ():
            pointer = join_pointer(endpoint.pointer, "examples", *where.split("/"), *problem.absolute_path)
            message = problem.message.replace(repr(problem.instance), short(problem.instance))
            errors.append(endpoint.document.error(pointer, f"example does not match {schema_name}: {message}"))
    return errors
