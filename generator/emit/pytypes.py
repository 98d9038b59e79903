"""OpenAPI components -> pydantic v2 models, with datamodel-code-generator's in-process `generate()`."""

from __future__ import annotations

import ast
import importlib
import json
from collections.abc import Collection, Mapping
from typing import Any

from generator.cache.stages import cached_result, memoized
from generator.emit.workers import Outcome, Runner, answered

PARAM_SUFFIX = "Param"
"""Request-side TypedDicts are named after their schema plus this: ChatMessage -> ChatMessageParam."""


def python_types(
    runner: Runner,
    openapi: Mapping[str, Any],
    aliases: Mapping[str, str],
    open_schemas: Collection[str],
    param_schemas: list[str],
) -> Outcome[tuple[str, str]]:
    """`pydantic_models(openapi, aliases, open_schemas)` and `typed_dicts(openapi, param_schemas)`, in one worker.

    One process for both: importing datamodel-code-generator costs more than either run. When the cache holds both,
    they are read here and `runner` is not used.
    """
    models = cached_result(pydantic_models, openapi, aliases, open_schemas)
    params = cached_result(typed_dicts, openapi, param_schemas)
    if models is not None and params is not None:
        return answered((models, params))
    return runner.submit(_both, openapi, aliases, open_schemas, param_schemas)


def import_datamodel_code_generator() -> None:
    """Import most of what `python_types` will (a `Reserved` process's warm-up while the spec loads): ~0.6 s of
    the first `generate()`'s 0.85 s here is importing the tool's modules."""
    for module in _TOOL_MODULES:
        importlib.import_module(module)


_TOOL_MODULES = [
    f"datamodel_code_generator.{name}"
    for name in ("config", "format", "parser.openapi", "model.pydantic_v2", "model.typed_dict")
]


def _both(
    openapi: Mapping[str, Any], aliases: Mapping[str, str], open_schemas: Collection[str], param_schemas: list[str]
) -> tuple[str, str]:
    return pydantic_models(openapi, aliases, open_schemas), typed_dicts(openapi, param_schemas)


@memoized
def pydantic_models(openapi: Mapping[str, Any], aliases: Mapping[str, str], open_schemas: Collection[str] = ()) -> str:
    """The source of a module defining a pydantic model for every component schema.

    `aliases` maps wire names to Python field names (e.g. extra_body -> gemini_extensions), and camelCase wire
    names become snake_case Python names (`usageMetadata` -> `usage_metadata`); the field keeps its wire name as
    its pydantic alias. The models of `open_schemas` (what the server
    sends) keep fields the schema does not list (`extra="allow"`, as openai-python's do), so a server
    that adds a field neither breaks the call nor loses the field; a schema that says
    `additionalProperties: false` stays closed. The tool's own comment header is removed: the caller
    adds the project's one-line header.
    """
    from datamodel_code_generator.enums import DataModelType  # noqa: PLC0415 (deferred: ~0.9 s, cache misses only)

    return _run(
        _open(openapi, open_schemas),
        output_model_type=DataModelType.PydanticV2BaseModel,
        aliases=dict(aliases),
        field_constraints=True,
        use_annotated=True,
        snake_case_field=True,  # Gemini's camelCase fields read as `usage_metadata`, aliased to the wire name
    )


def _open(openapi: Mapping[str, Any], names: Collection[str]) -> Mapping[str, Any]:
    """A copy of `openapi` whose named object schemas say `additionalProperties: true` unless they say otherwise."""
    schemas = dict(openapi["components"]["schemas"])
    for name in names:
        schema = schemas[name]
        if "additionalProperties" not in schema and "properties" in schema:
            schemas[name] = {**schema, "additionalProperties": True}
    return {**openapi, "components": {**openapi["components"], "schemas": schemas}}


@memoized
def typed_dicts(openapi: Mapping[str, Any], names: list[str]) -> str:
    """The source of a module defining a TypedDict `<Name>Param` for each named component schema.

    These type the request arguments users write as plain dicts (messages, tools, response formats).
    """
    from datamodel_code_generator.enums import DataModelType  # noqa: PLC0415 (deferred: ~0.9 s, cache misses only)

    schemas = openapi["components"]["schemas"]
    subset = {**openapi, "paths": {}, "components": {"schemas": {name: schemas[name] for name in names}}}
    return _run(
        subset,
        output_model_type=DataModelType.TypingTypedDict,
        custom_class_name_generator=lambda name: name + PARAM_SUFFIX,
    )


def _run(openapi: Mapping[str, Any], **options: Any) -> str:
    from datamodel_code_generator import LiteralType, generate  # noqa: PLC0415 (deferred, as above)
    from datamodel_code_generator.enums import InputFileType  # noqa: PLC0415
    from datamodel_code_generator.format import PythonVersion  # noqa: PLC0415

    source = generate(
        # ASCII-only JSON: the tool reads its input as YAML, which would fold a raw U+0085 (NEL) or
        # U+2028 inside a string into a space; \u escapes survive.
        json.dumps(openapi, ensure_ascii=True),
        input_file_type=InputFileType.OpenAPI,
        target_python_version=PythonVersion.PY_311,
        disable_timestamp=True,
        enum_field_as_literal=LiteralType.All,
        use_double_quotes=True,
        use_field_description=True,
        use_schema_description=True,
        use_standard_collections=True,
        use_union_operator=True,
        formatters=[],
        **options,
    )
    if not isinstance(source, str):
        raise TypeError(f"datamodel-code-generator returned {type(source).__name__}, expected one module")
    lines = source.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "".join(lines)


def defined_names(source: str) -> list[str]:
    """The top-level classes and annotated type aliases a module defines, in order."""
    names: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names
