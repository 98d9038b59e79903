"""Load spec folders in tests (valid or broken) and edit their YAML files as data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from generator.ir import ModelVariant, Spec
from generator.load.loader import load_spec

YamlEdit = Callable[[Any], object]
"""A change to a YAML file's data, made in place (the data is whatever the file holds, hence Any)."""


def load(folder: Path) -> Spec:
    """The resolved spec in `folder`; the test fails if it does not load."""
    result = load_spec(folder)
    assert result.spec is not None, result.errors
    return result.spec


def messages(spec: Path) -> list[str]:
    """The printed error lines for a spec folder (the spec must be broken)."""
    result = load_spec(spec)
    assert result.spec is None, "the spec should not load"
    return [str(error) for error in result.errors]


def mutate(folder: Path, file: str, change: YamlEdit) -> None:
    """Load `folder/file` as YAML, let `change` edit the data in place, write it back."""
    path = folder / file
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def variant_of(data: Any, endpoint: str | None = None) -> Any:
    """A model file's data -> its variant of `endpoint` (default: its first), in either spec format (the variant is
    the file itself in the format from before endpoints were declared)."""
    if "endpoints" not in data:
        return data
    endpoints = data["endpoints"]
    return endpoints[endpoint if endpoint is not None else next(iter(endpoints))]


def variant_keys(model: ModelVariant) -> tuple[str, ...]:
    """The keys from the top of a model's file to its variant (`("endpoints", "chat_completions")`, or none)."""
    assert model.location is not None
    return tuple(part for part in model.location.pointer.split("/") if part)


def catalogue_of(data: Any, endpoint: str | None = None) -> Any:
    """api.yaml's data -> the catalogue of `endpoint` (default: its first), in either spec format."""
    if "endpoints" not in data:
        return data["parameters"]
    endpoints = data["endpoints"]
    return endpoints[endpoint if endpoint is not None else next(iter(endpoints))]["parameters"]


def upgrade_format(folder: Path) -> None:
    """Rewrite a spec folder from the format before endpoints into today's, changing nothing it says: the one
    endpoint becomes `chat_completions` (streaming on its `stream` parameter if it has one; placed and its types
    named as the SDK always had them), each model's variant moves under it."""

    def api(data: Any) -> None:
        endpoint, catalogue = data.pop("endpoint"), data.pop("parameters")
        streaming = {"streaming": {"body_flag": "stream"}} if "stream" in catalogue else {}
        placement = {"sdk": {"resource": "chat.completions", "method": "create"}, "model": "body"}
        names = {"request": "ChatCompletionRequest", "model_request": "{stem}Request", "model_params": "{stem}Params"}
        type_names = {"type_names": {**names, "any_model_params": "AnyModelParams"}}
        data["endpoints"] = {
            "chat_completions": {**endpoint, **placement, **type_names, **streaming, "parameters": catalogue}
        }

    def model(data: Any) -> None:
        keys = [key for key in ("sources", "inherit", "parameters", "notes", "errata", "deviations") if key in data]
        data["endpoints"] = {"chat_completions": {key: data.pop(key) for key in keys}}

    mutate(folder, "api.yaml", api)
    for path in sorted((folder / "models").rglob("*.yaml")):
        mutate(folder, path.relative_to(folder).as_posix(), model)
