"""OpenAPI components -> pydantic v2 models, with datamodel-code-generator's in-process `generate()`."""

from __future__ import annotations

import ast
import json
from collections.abc import Mapping
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator._shared_types import LiteralType
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion


def pydantic_models(openapi: Mapping[str, Any], aliases: Mapping[str, str]) -> str:
    """The source of a module defining a pydantic model for every component schema.

    `aliases` maps wire names to Python field names (e.g. extra_body -> gemini_extensions); the
    field keeps its wire name as its pydantic alias. The tool's own comment header is removed: the
    caller adds the project's one-line header.
    """
    source = generate(
        # ASCII-only JSON: the tool reads its input as YAML, which would fold a raw U+0085 (NEL) or
        # U+2028 inside a string into a space; \u escapes survive.
        json.dumps(openapi, ensure_ascii=True),
        input_file_type=InputFileType.OpenAPI,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        aliases=dict(aliases),
        disable_timestamp=True,
        enum_field_as_literal=LiteralType.All,
        field_constraints=True,
        use_annotated=True,
        use_double_quotes=True,
        use_field_description=True,
        use_schema_description=True,
        use_standard_collections=True,
        use_union_operator=True,
        formatters=[],
    )
    if not isinstance(source, str):
        raise TypeError(f"datamodel-code-generator returned {type(source).__name__}, expected one module")
    lines = source.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "".join(lines)


def class_names(source: str) -> list[str]:
    """The top-level classes a module defines, in order."""
    return [node.name for node in ast.parse(source).body if isinstance(node, ast.ClassDef)]
