"""How a model's parameters come about: catalogue entry + the model's overrides + inheritance.

Shared by the semantic checks (which need to know where each value came from, to point at it) and
by `resolve` (which builds the typed `ir.Spec` from the same result), so the two can never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.ir import JSON
from generator.load.endpoint_docs import EndpointDoc, VariantDoc
from generator.load.yaml_source import Document


@dataclass(frozen=True)
class Origin:
    """The document and JSON pointer a value was written at."""

    document: Document
    pointer: str

    @property
    def line(self) -> int:
        """The 1-based line of the value."""
        return self.document.line_of(self.pointer)


@dataclass
class MergedParameter:
    """A parameter's fields for one model, with the origin of each field."""

    name: str
    fields: dict[str, JSON]
    origins: dict[str, Origin]
    entry: Origin
    inferred: bool = False
    inherited_from: str | None = None
    overridden: set[str] = field(default_factory=set)


def catalogue_entry(endpoint: EndpointDoc, name: str) -> MergedParameter:
    """A catalogue entry on its own, as if a model documented it without overriding anything."""
    fields = dict(endpoint.catalogue[name])
    origins = {key: Origin(endpoint.document, endpoint.entry_pointer(name, key)) for key in fields}
    return MergedParameter(name, fields, origins, Origin(endpoint.document, endpoint.entry_pointer(name)))


def own_parameters(endpoint: EndpointDoc, variant: VariantDoc) -> dict[str, MergedParameter]:
    """The parameters a model's variant of `endpoint` documents, each catalogue entry patched by the variant.

    Overrides are JSON Merge Patches (RFC 7386): a key set to null is removed. Names missing from
    the catalogue are skipped here; the semantic checks report them.
    """
    catalogue = endpoint.catalogue
    merged: dict[str, MergedParameter] = {}
    for name, override in (variant.data.get("parameters") or {}).items():
        if name not in catalogue:
            continue
        fields = dict(catalogue[name])
        origins = {key: Origin(endpoint.document, endpoint.entry_pointer(name, key)) for key in fields}
        overridden: set[str] = set()
        for key, value in (override or {}).items():
            overridden.add(key)
            if value is None:
                fields.pop(key, None)
                origins.pop(key, None)
            else:
                fields[key] = value
                origins[key] = Origin(variant.document, variant.at("parameters", name, key))
        entry = Origin(variant.document, variant.at("parameters", name))
        merged[name] = MergedParameter(name, fields, origins, entry, overridden=overridden)
    return merged


def effective_parameters(
    endpoint: EndpointDoc, variants: Mapping[str, VariantDoc], model_id: str
) -> dict[str, MergedParameter]:
    """Own parameters plus, for an `inherit`ing variant, its parent's variant's, marked inferred.

    `variants` are the variants of `endpoint`, by model id; the inheritance graph must already be known to be
    acyclic with existing parents.
    """
    variant = variants[model_id]
    result = own_parameters(endpoint, variant)
    parent = variant.data.get("inherit")
    if parent is not None:
        for name, inherited in effective_parameters(endpoint, variants, parent).items():
            if name not in result:
                result[name] = MergedParameter(
                    name,
                    dict(inherited.fields),
                    dict(inherited.origins),
                    inherited.entry,
                    inferred=True,
                    inherited_from=inherited.inherited_from or parent,
                )
    order = list(endpoint.catalogue)
    return dict(sorted(result.items(), key=lambda item: order.index(item[0])))
