"""Check spec files against the spec format's own JSON Schema (spec_format.schema.json)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

from jsonschema import Draft202012Validator

from generator.errors import SpecError
from generator.yaml_source import Document, join_pointer

Kind = Literal["api", "model", "changelog"]


@cache
def _validator(kind: Kind) -> Draft202012Validator:
    text = resources.files("generator").joinpath("spec_format.schema.json").read_text(encoding="utf-8")
    root: dict[str, Any] = json.loads(text)
    return Draft202012Validator({**root, "$ref": f"#/$defs/{kind}"})


def check_format(document: Document, kind: Kind) -> list[SpecError]:
    """Every way `document` breaks the spec format, each located at the offending node."""
    errors = []
    for problem in _validator(kind).iter_errors(document.data):
        pointer = join_pointer("", *problem.absolute_path)
        errors.append(document.error(pointer, problem.message))
    return errors
