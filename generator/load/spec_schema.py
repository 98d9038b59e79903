"""Check spec files against the spec format's own JSON Schema (spec_format.schema.json).

jsonschema's messages are rewritten where they would not say what to do: an unknown key gets the
keys allowed there (and the closest one), a too-long text its length and the limit, an empty file
what it must hold, and no message quotes more than a short excerpt of a long value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any, Literal

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from generator.errors import SpecError, did_you_mean, short
from generator.load.endpoint_docs import is_legacy_api, is_legacy_model
from generator.load.yaml_source import Document
from generator.pointers import join_pointer

Kind = Literal["api", "model", "changelog"]
_WHERE_TO_LOOK: dict[Kind, str] = {
    "api": "the project's spec/api.yaml is one",
    "model": "README.md, 'Add a model', shows one",
    "changelog": "`make changelog` writes it; or delete the file",
}


@cache
def _root() -> dict[str, Any]:
    text = resources.files("generator.load").joinpath("spec_format.schema.json").read_text(encoding="utf-8")
    root: dict[str, Any] = json.loads(text)
    return root


@cache
def _validator(definition: str) -> Draft202012Validator:
    schema = {**_root(), "$ref": f"#/$defs/{definition}"}
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _definition(kind: Kind, data: object) -> str:
    """The format definition `data` is checked against: a file from before endpoints were declared has its own."""
    if kind == "api" and is_legacy_api(data):
        return "legacyApi"
    if kind == "model" and is_legacy_model(data):
        return "legacyModel"
    return kind


def check_format(document: Document, kind: Kind) -> list[SpecError]:
    """Every way `document` breaks the spec format, each located at the offending node."""
    if document.data is None:
        return [document.error("", f"the file is empty; it must hold {_shape(kind)}")]
    errors = []
    for problem in _validator(_definition(kind, document.data)).iter_errors(document.data):
        errors += [document.error(pointer, message) for pointer, message in _explain(problem, kind)]
    return errors


def _explain(problem: ValidationError, kind: Kind) -> list[tuple[str, str]]:
    """(pointer, message) for one problem; an unknown-keys problem becomes one message per key."""
    pointer = join_pointer("", *problem.absolute_path)
    instance: Any = problem.instance
    if problem.validator == "additionalProperties" and problem.validator_value is False:
        allowed = problem.schema.get("properties", {}) if isinstance(problem.schema, dict) else {}
        return [(join_pointer(pointer, key), unknown_key(str(key), allowed)) for key in instance if key not in allowed]
    if problem.validator == "maxLength" and isinstance(problem.validator_value, int):
        limit = problem.validator_value
        return [(pointer, f"{len(instance):,} characters, over the limit of {limit:,}; shorten it to {limit:,}")]
    if problem.validator == "type" and pointer == "":
        return [(pointer, f"the file holds {_kind_of(instance)}; it must hold {_shape(kind)}")]
    message = problem.message.replace(repr(instance), short(instance))
    described = problem.schema.get("description") if isinstance(problem.schema, dict) else None
    if problem.validator == "pattern" and isinstance(described, str):
        message = f"{short(instance)} is not allowed here: {described}"
    if problem.validator == "enum" and isinstance(instance, str) and isinstance(problem.validator_value, list):
        message += did_you_mean(instance, [str(choice) for choice in problem.validator_value])
    return [(pointer, message)]


def unknown_key(key: str, allowed: Mapping[str, object]) -> str:
    """The message for a key the format does not know: the closest allowed key, and all of them."""
    message = f"unknown key {key!r}{did_you_mean(key, allowed)}; the keys allowed here are {', '.join(allowed)}"
    if " " in key:
        message += " (in a {...} mapping a comma ends a value: quote a value that contains a comma)"
    return message


def _shape(kind: Kind) -> str:
    schema = _root()["$defs"][kind]
    if schema["type"] == "array":
        what = f"a list of entries, each with {', '.join(schema['items']['required'])}"
    else:
        what = f"a mapping with the keys {', '.join(schema['required'])}"
    return f"{what} ({_WHERE_TO_LOOK[kind]})"


def _kind_of(value: object) -> str:
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true or false", type(None): "null"}
    return names.get(type(value), "a number")
