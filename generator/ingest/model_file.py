"""An `IngestedPage` -> a `ModelPlan`: what the model's spec file must say so that it states what the page states.

Values are planned relative to the catalogue (spec/api.yaml): a field the page states as the
catalogue does needs no override (`ABSENT`); any other needs one (None becomes `null`, which removes
the catalogue's value). Only data is planned: types, ranges, defaults and options, never prose. A
field the spec records a deviation for is `KEEP` (left as the spec has it), and listed as kept while
the page still says what the deviation recorded. `write` applies a plan to YAML; `sync` applies it
to a temporary copy of spec/ and diffs the result.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from generator.diff.values import same, text
from generator.ingest.page import IngestedPage, PageParameter
from generator.ir import JSON, BodyParameter, CatalogueEntry, Deviation, Endpoint, ModelVariant, Parameter, Spec
from generator.load.model_files import is_model_id


class Mark(enum.Enum):
    """A planned field that is not a value: no override key at all, or the spec's entry untouched."""

    ABSENT = "absent"
    KEEP = "keep"


Planned = JSON | Mark
DATA_FIELDS = ("schema", "minimum", "maximum", "default", "enum")
"""Override keys sync writes; `schema` only as `{type: ...}` of a scalar parameter."""
_DEVIATION_FIELD = {"type": "schema"}


@dataclass(frozen=True)
class Kept:
    """A recorded deviation that sync honoured: the spec keeps `spec_value` where the page says `page_value`."""

    model: str
    parameter: str | None
    field: str
    spec_value: JSON
    page_value: JSON
    reason: str

    def message(self) -> str:
        """`gemini-3-pro-preview: top_p default: the spec keeps 1, the page states none (reason)`."""
        where = f"{self.parameter} {self.field}" if self.parameter else self.field
        return (
            f"{self.model}: {where}: the spec keeps {_shown(self.spec_value)}, the page states "
            f"{_shown(self.page_value)} ({self.reason})"
        )


@dataclass
class ModelPlan:
    """The edits that make one model's file state what its page states."""

    model_id: str
    page: IngestedPage
    new: bool
    """The spec has no model with this id (a new model file)."""
    endpoint: str
    """The name of the endpoint whose variant the page documents (api.yaml's key)."""
    new_variant: bool = False
    """The model has no variant of `endpoint` yet (true of every new model)."""
    server: str | None = None
    parameters: dict[str, dict[str, Planned]] = field(default_factory=dict)
    catalogue_additions: dict[str, dict[str, JSON]] = field(default_factory=dict)
    source: dict[str, JSON] | None = None
    notes: list[str] = field(default_factory=list)
    """Notes to add: the sentences of restrictions the plan applied."""
    unchecked: list[str] = field(default_factory=list)
    """Parameters a page cut short did not reach (or reached only in part): left as the spec has them."""
    kept: list[Kept] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def plan_model(page: IngestedPage, spec: Spec, model_id: str | None = None) -> ModelPlan:
    """The plan for one of the ids `page` documents (default: its default id) against `spec`: the model's variant
    of the endpoint the page documents (a new variant when the model has none, a new model when the spec lacks
    it), relative to that endpoint's catalogue."""
    model_id = model_id or page.model
    assert model_id is not None
    endpoint = endpoint_of(page, spec)
    existing = spec.variant(endpoint.name, model_id)
    known = next((v for v in spec.variants if v.id == model_id), None)
    plan = ModelPlan(model_id, page, new=known is None, endpoint=endpoint.name, new_variant=existing is None)
    if not is_model_id(model_id):
        plan.problems.append(
            f"{model_id!r}, as the page names a model, is no id a model file can have (letters, digits, '.', '-', "
            "'_', and '/' between segments that start with a letter or digit): fix the page or write the model "
            "by hand"
        )
        return plan
    deviations = existing.deviations if existing else ()
    _plan_server(plan, spec, known, deviations)
    catalogue = {parameter.name: parameter for parameter in endpoint.catalogue}
    read = {parameter.name for parameter in page.checked}
    for parameter in page.parameters_for(model_id):
        if parameter.name == "model" or parameter.name not in read:
            continue
        entry = catalogue.get(parameter.name)
        if entry is None:
            _plan_addition(plan, parameter)
            continue
        current = existing.parameter(parameter.name) if existing else None
        plan.parameters[parameter.name] = _plan_parameter(plan, parameter, entry, current, deviations)
    _plan_unchecked(plan, existing, endpoint.catalogue, read)
    _plan_notes(plan, existing)
    plan.source = _source(page, existing)
    _plan_warnings(plan)
    return plan


def _plan_warnings(plan: ModelPlan) -> None:
    """What a reviewer should know of a new model or a new variant."""
    if plan.new and plan.page.quick_chat:
        plan.warnings.append(
            f"{plan.model_id}: a quick-chat page (model and messages only): the new model may need "
            "`inherit: <the family's full model>` so that its users get the other parameters"
        )
    elif plan.new_variant and not plan.new:
        plan.warnings.append(
            f"{plan.model_id}: the spec has no {plan.endpoint} variant of this model: sync plans a new one "
            f"(`endpoints.{plan.endpoint}` of its model file) from {page_name(plan.page)}"
        )


def endpoint_of(page: IngestedPage, spec: Spec) -> Endpoint:
    """The spec's endpoint the page documents (api.yaml's first for a page read without endpoint names)."""
    named = spec.api.endpoint_named(page.endpoint_name) if page.endpoint_name else None
    return named or spec.api.endpoints[0]


def _plan_unchecked(
    plan: ModelPlan, existing: ModelVariant | None, catalogue: tuple[CatalogueEntry, ...], read: set[str]
) -> None:
    """On a page cut short: the model's own parameters past the cut (not `read`), and the entry the cut may be
    inside."""
    cut = plan.page.cut_short
    if cut is None:
        return
    restricted = set(plan.page.restricted(plan.model_id))
    own = [p.name for p in existing.parameters if not p.inferred] if existing else []
    partial = [cut.last_entry] if cut.last_entry and cut.last_entry not in restricted else []
    skipped = read | restricted | {"model"}
    plan.unchecked = [name for name in dict.fromkeys([*own, *partial]) if name not in skipped]
    if existing is None:
        _plan_required(plan, catalogue, read)


def _plan_required(plan: ModelPlan, catalogue: tuple[CatalogueEntry, ...], read: set[str]) -> None:
    """A new model from a page cut short before a parameter every model needs: that one as the catalogue has it."""
    for entry in catalogue:
        if entry.required and entry.name not in read:
            plan.parameters[entry.name] = dict.fromkeys(DATA_FIELDS, Mark.ABSENT)
            if entry.name not in plan.unchecked:
                plan.unchecked.append(entry.name)
            plan.warnings.append(
                f"{plan.model_id}: the page is cut short before {entry.name}, which every model takes: "
                "the new model gets the catalogue's entry; check it against the whole page"
            )


def _plan_notes(plan: ModelPlan, existing: ModelVariant | None) -> None:
    """A note quoting each restriction the page applies to this model, unless the model records it already."""
    recorded = existing.notes if existing else ()
    for restriction in plan.page.restrictions:
        if not restriction.applies or restriction.models != (plan.model_id,):
            continue
        if any(restriction.sentence in note for note in recorded):
            continue
        names = ", ".join(restriction.parameters)
        plan.notes.append(
            f'{page_name(plan.page)} says: "{restriction.sentence}" So the spec leaves out {names} for this model.'
        )


def _plan_server(plan: ModelPlan, spec: Spec, existing: ModelVariant | None, deviations: tuple[Deviation, ...]) -> None:
    """The model's `server` (`existing`: any variant of the model): a new model's from its page; an existing one's
    only from a page of api.yaml's first endpoint, since every endpoint of the model shares it."""
    url = plan.page.server
    match = next((server for server in spec.api.servers if server.url == url), None)
    if url is not None and match is None:
        plan.warnings.append(f"{plan.model_id}: the page's server {url} is not one of the spec's servers")
    if existing is None:
        plan.server = (match or spec.api.default_server).name
        return
    first = spec.api.endpoints[0].name
    if plan.endpoint != first:
        if match is not None and match.name != existing.server.name:
            plan.warnings.append(
                f"{plan.model_id}: the {plan.endpoint} page shows the server {url}, the model's is "
                f"{existing.server.url}; a model's server is shared by its endpoints and sync plans it only from "
                f"its {first} pages: change it by hand if it should change"
            )
        return
    deviation = next((d for d in deviations if d.field == "server" and d.parameter is None), None)
    if match is not None and match.name == existing.server.name and deviation is not None:
        plan.warnings.append(_stale(plan.model_id, "server", deviation, url, agrees=True))
    if match is None or match.name == existing.server.name:
        return
    if deviation is None:
        plan.server = match.name
    elif same(deviation.page_value, url):
        plan.kept.append(Kept(plan.model_id, None, "server", existing.server.url, url, deviation.reason))
    else:
        plan.warnings.append(_stale(plan.model_id, "server", deviation, url, agrees=False))


def _plan_parameter(
    plan: ModelPlan,
    page: PageParameter,
    entry: CatalogueEntry,
    current: Parameter | None,
    deviations: tuple[Deviation, ...],
) -> dict[str, Planned]:
    stated: dict[str, JSON] = {
        "minimum": page.minimum,
        "maximum": page.maximum,
        "default": page.default,
        "enum": None if page.enum is None else list(page.enum),
    }
    planned: dict[str, Planned] = {
        key: Mark.ABSENT if same(value, _field(entry, key)) else value for key, value in stated.items()
    }
    planned["schema"] = _plan_type(plan, page, entry)
    if page.required != entry.required:
        plan.warnings.append(
            f"{plan.model_id}: {page.name} is {'required' if page.required else 'optional'} on the page, "
            f"{'required' if entry.required else 'optional'} in the catalogue; a model cannot override that"
        )
    for deviation in deviations:
        if deviation.parameter != page.name:
            continue
        key = _DEVIATION_FIELD.get(deviation.field, deviation.field)
        planned[key] = Mark.KEEP
        page_value = list(page.types) if key == "schema" and page.types else stated.get(key)
        spec_value = _field(current, key) if current else None
        if same(deviation.page_value, page_value):
            plan.kept.append(Kept(plan.model_id, page.name, deviation.field, spec_value, page_value, deviation.reason))
        else:
            where = f"{page.name} {deviation.field}"
            plan.warnings.append(
                _stale(plan.model_id, where, deviation, page_value, agrees=same(page_value, spec_value))
            )
    return planned


def _plan_type(plan: ModelPlan, page: PageParameter, entry: CatalogueEntry) -> Planned:
    """A `{type: ...}` override when the page states another type for a scalar parameter. A composite catalogue
    schema (a `$ref`: `generationConfig`) has no type to compare: the model's schema is kept as it is."""
    if page.types is None or not entry.json_types:
        return Mark.KEEP
    if set(page.types) == set(entry.json_types):
        return Mark.ABSENT
    if set(entry.schema) != {"type"}:
        plan.warnings.append(
            f"{plan.model_id}: {page.name} is {' | '.join(page.types)} on the page, "
            f"{' | '.join(entry.json_types)} in the catalogue; not a scalar type, so not written: edit spec/api.yaml"
        )
        return Mark.KEEP
    return {"type": page.types[0] if len(page.types) == 1 else list(page.types)}


def _plan_addition(plan: ModelPlan, page: PageParameter) -> None:
    """A parameter the catalogue lacks: a catalogue entry from the page, or a refusal without a type."""
    if page.types is None:
        plan.problems.append(
            f"{plan.model_id}: {page.name} is not in the catalogue and the page gives it no type; "
            "add it to spec/api.yaml by hand"
        )
        return
    entry: dict[str, JSON] = {
        "description": page.description or f"Documented by {page_name(plan.page)}.",
        "schema": {"type": page.types[0] if len(page.types) == 1 else list(page.types)},
    }
    for key in ("minimum", "maximum", "default"):
        if getattr(page, key) is not None:
            entry[key] = getattr(page, key)
    if page.enum is not None:
        entry["enum"] = list(page.enum)
    plan.catalogue_additions[page.name] = entry
    plan.parameters[page.name] = dict.fromkeys(DATA_FIELDS, Mark.ABSENT)
    plan.warnings.append(f"{plan.model_id}: {page.name} is not in the catalogue (spec/api.yaml)")


def _field(parameter: BodyParameter | None, key: str) -> JSON:
    if parameter is None:
        return None
    if key == "enum":
        return None if parameter.enum is None else list(parameter.enum)
    if key == "schema":
        return list(parameter.json_types) or None
    value: JSON = getattr(parameter, key)
    return value


def _source(page: IngestedPage, existing: ModelVariant | None) -> dict[str, JSON] | None:
    """A `sources` entry to add: for a new model, or a URL the model does not list yet."""
    if existing is not None and (page.url is None or any(s.url == page.url for s in existing.sources)):
        return None
    source: dict[str, JSON] = {"page": page_name(page), "language": page.language or "en"}
    if page.url is not None:
        source["url"] = page.url
    return source


def page_name(page: IngestedPage) -> str:
    """The page's file name, or the last segment of its URL's path."""
    if page.url is not None:
        parts = urlsplit(page.url)
        return PurePosixPath(parts.path).name or parts.netloc
    return PurePosixPath(page.page.replace("\\", "/")).name


def title_from_id(model_id: str) -> str:
    """gemini-9-ultra-preview -> Gemini 9 Ultra Preview; evolink/auto -> Evolink Auto."""
    return " ".join(word[:1].upper() + word[1:] for word in re.split(r"[-/_]+", model_id) if word)


def _stale(model_id: str, where: str, deviation: Deviation, page_value: JSON, *, agrees: bool) -> str:
    """A deviation that no longer matches its page: the spec's value is kept until a person decides."""
    recorded = f"{model_id}: {where}: the spec records a deviation for a page stating {_shown(deviation.page_value)}"
    if agrees:
        return f"{recorded}; the page now agrees with the spec: remove the deviation"
    return f"{recorded}, but the page now states {_shown(page_value)}: the spec's value is kept; update or remove it"


def _shown(value: JSON) -> str:
    return "none" if value is None else text(value)
