"""Model variants, before and after: added, removed, and each one's parameters, server and prose.

Parameters are compared on the resolved model, so inheritance and overrides are already applied:
a catalogue change that reaches three models is reported three times, once for each.
"""

from __future__ import annotations

from generator.diff.change import Change, Site
from generator.diff.params import Schemas, added, compare_parameter, removed
from generator.diff.values import plain, same
from generator.ir import JSON, ModelVariant, Spec


def compare_models(old: Spec, new: Spec) -> list[Change]:
    """Every model-level and parameter-level change, for every model's variant of each endpoint both specs have."""
    schemas = (old.api.schemas, new.api.schemas)
    changes: list[Change] = []
    for endpoint in old.api.endpoints:
        other = new.api.endpoint_named(endpoint.name)
        if other is not None:
            changes += _compare_endpoint(endpoint.name, old.variants_of(endpoint), new.variants_of(other), schemas)
    return changes


def _compare_endpoint(
    endpoint: str, old: tuple[ModelVariant, ...], new: tuple[ModelVariant, ...], schemas: tuple[Schemas, Schemas]
) -> list[Change]:
    """The variants of one endpoint: added, removed, and each one's changes."""
    before = {model.id: model for model in old}
    after = {model.id: model for model in new}
    changes: list[Change] = []
    for model_id in sorted(before.keys() | after.keys()):
        site = Site(endpoint, model_id, None, f"endpoints/{endpoint}/models/{model_id}")
        old_model, new_model = before.get(model_id), after.get(model_id)
        if old_model is None and new_model is not None:
            message = f"model {model_id} added ({len(new_model.parameters)} parameters)"
            changes.append(site.change("model-added", "", None, _names(new_model), message))
        elif new_model is None and old_model is not None:
            changes.append(site.change("model-removed", "", _names(old_model), None, f"model {model_id} removed"))
        elif old_model is not None and new_model is not None:
            changes += _compare_variant(site, old_model, new_model, schemas)
    return changes


def _names(model: ModelVariant) -> list[JSON]:
    return [parameter.name for parameter in model.parameters]


def _compare_variant(
    site: Site, old: ModelVariant, new: ModelVariant, schemas: tuple[Schemas, Schemas]
) -> list[Change]:
    changes = _server(site, old, new) + _prose(site, old, new)
    names = [p.name for p in old.parameters] + [p.name for p in new.parameters if old.parameter(p.name) is None]
    for name in names:
        where = Site(site.endpoint, site.model, name, f"{site.path}/parameters/{name}")
        before, after = old.parameter(name), new.parameter(name)
        if before is None and after is not None:
            changes.append(added(where, after))
        elif after is None and before is not None:
            changes.append(removed(where, before))
        elif before is not None and after is not None:
            changes += compare_parameter(where, before, after, schemas)
    return changes


def _server(site: Site, old: ModelVariant, new: ModelVariant) -> list[Change]:
    if old.server.name == new.server.name:
        return []
    message = f"preferred server changed from {old.server.name} to {new.server.name}"
    return [site.change("server-changed", "server", old.server.name, new.server.name, message)]


def _prose(site: Site, old: ModelVariant, new: ModelVariant) -> list[Change]:
    """Title, summary, notes, errata and sources: they reach the docs, not the code."""
    fields: dict[str, tuple[JSON, JSON]] = {
        "title": (old.title, new.title),
        "summary": (old.summary, new.summary),
        "notes": (list(old.notes), list(new.notes)),
        "errata": (plain([vars(e) for e in old.errata]), plain([vars(e) for e in new.errata])),
        "sources": (plain([vars(s) for s in old.sources]), plain([vars(s) for s in new.sources])),
    }
    return [
        site.change("description-changed", key, before, after, f"{key} of model {site.model} changed")
        for key, (before, after) in fields.items()
        if not same(before, after)
    ]
