"""The SDK's public names: what DESIGN.md promises is exported, `__all__` is exact (ruff checks its order)."""

from __future__ import annotations

import importlib

import evolink
import pytest
from evolink import types

PROMISED = {
    "Evolink", "AsyncEvolink", "EvolinkError", "APIError", "APIConnectionError", "APITimeoutError",
    "APIStatusError", "BadRequestError", "AuthenticationError", "PermissionDeniedError", "NotFoundError",
    "UnprocessableEntityError", "RateLimitError", "InternalServerError", "InvalidParameterError",
    "Stream", "AsyncStream", "APIResponse",
}  # fmt: skip


@pytest.mark.parametrize("module", [evolink, types], ids=lambda module: module.__name__)
def test_all_has_no_duplicates_and_every_name_resolves(module: object) -> None:
    names = module.__all__  # type: ignore[attr-defined]
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(module, name) is not None, name


def test_the_names_design_promises_are_exported() -> None:
    assert PROMISED <= set(evolink.__all__)


def test_the_types_module_is_loaded_lazily_but_importable() -> None:
    assert importlib.import_module("evolink.types") is evolink.types
    assert {"ChatCompletion", "ChatCompletionChunk", "ChatMessageParam", "Gemini3ProPreviewParams"} <= set(
        types.__all__
    )
