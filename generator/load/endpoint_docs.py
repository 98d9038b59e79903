"""Where each endpoint and each model's variant of it is written, in either spec format.

An api.yaml declares `endpoints:` by name, each with its catalogue under `parameters`; a model file declares its
variant of each endpoint it supports under `endpoints:`. Spec revisions from before endpoints were declared (up to
2.0.0) wrote one `endpoint:` and its catalogue `parameters:` at the top of api.yaml, and a model's one variant at
the top of its file; they are read as a spec with the one endpoint `LEGACY_ENDPOINT`, so that `diff` compares an
old revision with a new one. The checks and the resolver read documents only through these views, so every error
is located where the file, in whichever format, wrote the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.ir import LEGACY_TYPE_NAMES, SdkMethod, TypeNames
from generator.load.yaml_source import Document
from generator.pointers import join_pointer

LEGACY_ENDPOINT = "chat_completions"
"""The name the one endpoint of a spec from before endpoints were declared is read under."""
LEGACY_STREAM_FLAG = "stream"
"""The body flag that asked that endpoint for a stream, when its catalogue had one."""
OLD_ENDPOINT_POINTER = "/endpoint"
LEGACY_SDK_METHOD = SdkMethod(("chat", "completions"), "create")
"""Where the SDK put that endpoint."""


def is_legacy_api(data: object) -> bool:
    """Whether an api.yaml's data is in the format without `endpoints:` (it has the old `endpoint:`)."""
    return isinstance(data, dict) and "endpoint" in data and "endpoints" not in data


def is_legacy_model(data: object) -> bool:
    """Whether a model file's data is in the format without `endpoints:` (its variant is at the top level)."""
    return isinstance(data, dict) and "endpoints" not in data and ("parameters" in data or "sources" in data)


@dataclass(frozen=True)
class EndpointDoc:
    """One endpoint as api.yaml writes it: `pointer` to its fields, `catalogue_pointer` to its parameters."""

    document: Document
    name: str
    pointer: str
    catalogue_pointer: str

    @property
    def data(self) -> Mapping[str, Any]:
        """The endpoint's fields (in the old format, without its catalogue)."""
        return _mapping_at(self.document.data, self.pointer)

    @property
    def catalogue(self) -> Mapping[str, Mapping[str, Any]]:
        """The endpoint's parameters by wire name, as api.yaml writes them (none for an endpoint without a body)."""
        if not self.legacy and "parameters" not in self.data:
            return {}
        return _mapping_at(self.document.data, self.catalogue_pointer)

    @property
    def stream_flag(self) -> str | None:
        """The body parameter that asks for a stream; None if the endpoint does not stream. The old format had no
        `streaming`: its endpoint streamed on `stream`, when the catalogue had it."""
        if self.legacy:
            return LEGACY_STREAM_FLAG if LEGACY_STREAM_FLAG in self.catalogue else None
        streaming = self.data.get("streaming") or {}
        return str(streaming["body_flag"]) if "body_flag" in streaming else None

    @property
    def legacy(self) -> bool:
        """Whether api.yaml is in the format from before endpoints were declared."""
        return self.pointer == OLD_ENDPOINT_POINTER

    @property
    def placed(self) -> bool:
        """Whether the endpoint says where the SDK puts it (`sdk`); one that does not is read as chat completions was
        in the revisions before endpoints said so (2.0.x), and in the old format."""
        return not self.legacy and "sdk" in self.data

    @property
    def model_in(self) -> str | None:
        """Where a call names its model (`body`, `path`), None if the endpoint takes none; `body` for an endpoint
        that does not say where the SDK puts it."""
        return self.data.get("model") if self.placed else "body"

    @property
    def sdk_method(self) -> SdkMethod:
        """Where the SDK puts the endpoint."""
        if not self.placed:
            return LEGACY_SDK_METHOD
        sdk = self.data["sdk"]
        return SdkMethod(tuple(str(sdk["resource"]).split(".")), str(sdk["method"]))

    @property
    def type_names(self) -> TypeNames:
        """The names of the endpoint's generated request types: declared, or derived from its name."""
        if not self.placed and "type_names" not in self.data:
            return LEGACY_TYPE_NAMES
        names = self.data.get("type_names")
        if names is None:
            return TypeNames.from_name(self.name)
        return TypeNames(names["request"], names["model_request"], names["model_params"], names["any_model_params"])

    def at(self, *keys: str | int) -> str:
        """The pointer to one of the endpoint's fields (or deeper)."""
        return join_pointer(self.pointer, *keys)

    def entry_pointer(self, name: str, *keys: str) -> str:
        """The pointer to catalogue entry `name` (or to one of its `keys`)."""
        return join_pointer(self.catalogue_pointer, name, *keys)


@dataclass(frozen=True)
class VariantDoc:
    """One model's variant of one endpoint as its file writes it, at `pointer` (`""` in the old format)."""

    document: Document
    endpoint: str
    pointer: str

    @property
    def model_id(self) -> str:
        """The id of the model whose variant this is."""
        return str(self.document.data["id"])

    @property
    def data(self) -> Mapping[str, Any]:
        """The variant's fields: sources, inherit, parameters, notes, errata, deviations."""
        return _mapping_at(self.document.data, self.pointer)

    def at(self, *keys: str | int) -> str:
        """The pointer to one of the variant's fields (or deeper)."""
        return join_pointer(self.pointer, *keys)


def endpoint_docs(api: Document) -> list[EndpointDoc]:
    """api.yaml's endpoints, in its order."""
    if is_legacy_api(api.data):
        return [EndpointDoc(api, LEGACY_ENDPOINT, OLD_ENDPOINT_POINTER, "/parameters")]
    return [
        EndpointDoc(api, name, join_pointer("/endpoints", name), join_pointer("/endpoints", name, "parameters"))
        for name in api.data["endpoints"]
    ]


def variant_docs(model: Document) -> list[VariantDoc]:
    """A model file's variants, in its order."""
    if is_legacy_model(model.data):
        return [VariantDoc(model, LEGACY_ENDPOINT, "")]
    return [VariantDoc(model, name, join_pointer("/endpoints", name)) for name in model.data["endpoints"]]


def variants_of(models: Iterable[Document], endpoint: str) -> dict[str, VariantDoc]:
    """The models' variants of the endpoint named `endpoint`, by model id."""
    return {
        variant.model_id: variant for model in models for variant in variant_docs(model) if variant.endpoint == endpoint
    }


def _mapping_at(data: Any, pointer: str) -> dict[str, Any]:
    """The mapping at a pointer this module made, in a document the spec format has checked."""
    value = data
    for part in pointer.split("/")[1:]:
        value = value[part.replace("~1", "/").replace("~0", "~")]
    assert isinstance(value, dict), f"the spec format makes {pointer or '/'} a mapping"
    return value
