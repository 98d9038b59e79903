"""The one Jinja environment the generator and the tests use, and its explicit table of filters.

Strict: an undefined name is an error, not an empty string. Escaping for each target language is
one filter (the functions live in `generator.escaping`), so hostile text in the spec (quotes, braces,
backslashes, newlines) cannot break out.
"""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from generator.cache.stages import jinja_bytecode_cache
from generator.escaping import (
    md,
    md_cell,
    md_code,
    md_prose,
    md_prose_cell,
    md_url,
    py_doc,
    py_str,
    py_value,
    toml_str,
)

FILTERS: dict[str, Callable[..., Any]] = {
    "md": md,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_prose": md_prose,
    "md_prose_cell": md_prose_cell,
    "md_url": md_url,
    "py_doc": py_doc,
    "py_str": py_str,
    "py_value": py_value,
    "sh_quote": shlex.quote,
    "toml_str": toml_str,
}


def make_environment(templates: Path) -> jinja2.Environment:
    """A strict environment loading from `templates`, with the project's filters."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        bytecode_cache=jinja_bytecode_cache(),
    )
    environment.filters.update(FILTERS)
    return environment
