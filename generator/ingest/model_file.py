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
from generator.ir import JSON, BodyParameter, CatalogueEntry, Deviation, ModelVariant, Parameter, Spec
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
    endpoint: str
    """The name of the endpoint whose variant the page documents (api.yaml's key)."""
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
    """The plan for one of the ids `page` documents (default: its default id) against `spec` (a new model
    when the spec lacks it)."""
    model_id = model_id or page.model
    assert model_id is not None
    existing = spec.model(model_id)
    plan = ModelPlan(model_id, page, new=existing is None, endpoint=spec.api.endpoint.name)
    if not is_model_id(model_id):
        plan.problems.append(
            f"{model_id!r}, as the page names a model, is no id a model file can have (letters, digits, '.', '-', "
            "'_', and '/' between segments that start with a letter or digit): fix the page or write the model "
            "by hand"
        )
        return plan
    deviations = existing.deviations if existing else ()
    _plan_server(plan, spec, existing, deviations)
    catalogue = {parameter.name: parameter for parameter in spec.api.catalogue}
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
    _plan_unchecked(plan, existing, spec.api.catalogue, read)
    _plan_notes(plan, existing)
    plan.source = _source(page, existing)
    if plan.new and page.quick_chat:
        plan.warnings.append(
            f"{plan.model_id}: a quick-chat page (model and messages only): the new model may need "
            "`inherit: <the family's full model>` so that its users get the other parameters"
        )
    return plan


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
    url = plan.page.server
    match = next((server for server in spec.api.servers if server.url == url), None)
    if url is not None and match is None:
        plan.warnings.append(f"{plan.model_id}: the page's server {url} is not one of the spec's servers")
    if existing is None:
        plan.server = (match or spec.api.default_server).name
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
    """A `{type: ...}` override when the page states another type for a scalar parameter."""
    if page.types is None or not entry.json_types or set(page.types) == set(entry.json_types):
        return Mark.KEEP if page.types is None else Mark.ABSENT
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
