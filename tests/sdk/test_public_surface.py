"""The SDK's public names: what DESIGN.md promises is exported, `__all__` is exact (ruff checks its order)."""

from __future__ import annotations

import importlib
import tomllib
import typing
from types import ModuleType, UnionType

import evolink
import pytest
from evolink import types

from tests.support.paths import ROOT

PROMISED = {
    "Evolink", "AsyncEvolink", "EvolinkError", "APIError", "APIConnectionError", "APITimeoutError",
    "APIStatusError", "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError", "InvalidParameterError",
    "Stream", "AsyncStream", "APIResponse",
}  # fmt: skip


VERSION = tomllib.loads((ROOT / "generated" / "python" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NOT_NAMED = {"NOT_GIVEN", "__version__", "types"}
"""The exported names that are values rather than classes, functions or type aliases."""


@pytest.mark.parametrize("module", [evolink, types], ids=lambda module: module.__name__)
def test_all_has_no_duplicates_and_every_name_resolves(module: ModuleType) -> None:
    names = module.__all__
    assert len(names) == len(set(names))
    for name in set(names) - NOT_NAMED:
        value = getattr(module, name)
        if isinstance(value, UnionType):  # a union of exported types, such as ChatMessageParam
            assert all(getattr(module, arg.__name__) is arg for arg in typing.get_args(value)), name
        else:
            assert value.__name__ == name and value.__module__.startswith("evolink."), name


def test_the_exported_values_are_what_they_say() -> None:
    assert isinstance(evolink.NOT_GIVEN, evolink.NotGiven)
    assert evolink.__version__ == VERSION["version"]
    assert evolink.types is types and types.__name__ == "evolink.types"


def test_the_names_design_promises_are_exported() -> None:
    assert PROMISED <= set(evolink.__all__)


def test_the_types_module_is_loaded_lazily_but_importable() -> None:
    assert importlib.import_module("evolink.types") is evolink.types
    assert {"ChatCompletion", "ChatCompletionChunk", "ChatMessageParam", "Gemini3ProPreviewParams"} <= set(
        types.__all__
    )
