"""`sync`: what pages document, against the spec's variant of each model id they document, by the diff engine.

Each page documents one of the spec's endpoints; a family page documents several ids; each (endpoint, id) gets
a plan of its own, which edits only that endpoint's variant of the model. For each (pages of one variant must
agree; a complete page is preferred to one cut short), `model_file.plan_model` plans the edits that make its
file state what the page states, and `response_plan` the response fields the pages show and the spec lacks;
`endpoint_checks` compares the page's headers, path parameters, response entries and nested fields with the
spec (warnings only: sync does not write those). `write.write_plans` applies the plans to a temporary copy of
spec/; both specs are loaded by the normal loader and compared with `diff_specs`, keeping only the synced
variants' changes and the added response fields. `--write` applies the same plans to spec/ itself. What a
page cut short did not reach is listed as not checked, never reported as removed.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from generator.diff import Report, diff_specs
from generator.errors import SpecError
from generator.ingest.endpoint_checks import endpoint_warnings
from generator.ingest.model_file import Kept, ModelPlan, endpoint_of, page_name, plan_model
from generator.ingest.page import IngestedPage, PageWarning
from generator.ingest.response_plan import ResponseAddition, plan_responses
from generator.ingest.write import write_plans
from generator.ir import Spec
from generator.load.loader import load_spec


@dataclass(frozen=True)
class NotChecked:
    """A parameter of `model` that `page`, cut short, did not reach (or reached only in part)."""

    model: str
    parameter: str
    page: str
    reason: str
    endpoint: str | None = None
    """The endpoint whose variant of `model` holds `parameter`."""

    def message(self) -> str:
        """`gemini-3-pro-preview: top_k: not checked (page.txt, a page of chat_completions, is cut short: ...)`."""
        of = f", a page of {self.endpoint}," if self.endpoint else ""
        return f"{self.model}: {self.parameter}: not checked ({self.page}{of} is cut short: {self.reason})"


@dataclass(frozen=True)
class SyncResult:
    """The report, the deviations kept, what was not checked, warnings to read, and problems that forbid `--write`.

    `explained` are page warnings the spec already answers: an erratum for that parameter and page,
    or a deviation for that parameter.
    """

    report: Report
    kept: tuple[Kept, ...]
    explained: tuple[str, ...]
    warnings: tuple[str, ...]
    problems: tuple[str, ...]
    plans: tuple[ModelPlan, ...]
    responses: tuple[ResponseAddition, ...] = ()
    not_checked: tuple[NotChecked, ...] = ()


def sync(spec: Spec, folder: Path, pages: list[IngestedPage]) -> SyncResult | list[SpecError]:
    """Compare `pages` with the spec loaded from `folder`; the candidate's load errors if it does not load."""
    groups = documented_variants(pages, spec)
    warnings, explained = _page_warnings(spec, pages)
    warnings += [message for (_, model_id), group in groups.items() for message in _disagreements(model_id, group)]
    warnings += [message for page in pages for message in endpoint_warnings(page, spec)]
    plans = tuple(plan_model(_primary(group), spec, model_id) for (_, model_id), group in groups.items())
    plans = _one_server(plans, [endpoint.name for endpoint in spec.api.endpoints])
    responses, response_warnings = plan_responses(pages, spec)
    with tempfile.TemporaryDirectory(prefix="evolink-sync-") as temporary:
        copy = Path(temporary) / folder.resolve().name
        shutil.copytree(folder, copy)
        write_plans(copy, plans, catalogue_orders(spec), responses)
        candidate = load_spec(copy)
    if candidate.spec is None:
        return candidate.errors
    report = diff_specs(spec, candidate.spec, str(folder), _label(pages))
    changes = tuple(c for c in report.changes if (c.endpoint, c.model) in groups or _added_field(c.kind))
    return SyncResult(
        report=replace(report, changes=changes),
        kept=tuple(kept for plan in plans for kept in plan.kept),
        explained=tuple(explained),
        warnings=tuple(warnings + response_warnings + [warning for plan in plans for warning in plan.warnings]),
        problems=tuple(problem for plan in plans for problem in plan.problems),
        plans=plans,
        responses=tuple(responses),
        not_checked=tuple(item for plan in plans for item in _not_checked(plan)),
    )


def write(spec: Spec, folder: Path, result: SyncResult) -> list[Path]:
    """Apply the result's plans to spec/ itself; the files written."""
    return write_plans(folder, result.plans, catalogue_orders(spec), result.responses)


def _one_server(plans: tuple[ModelPlan, ...], order: list[str]) -> tuple[ModelPlan, ...]:
    """A new model's `server`, shared by its endpoints, from one page: its plan of the endpoint that comes first
    in `order` (api.yaml's) among those planned; the other plans leave the server alone."""
    chosen: dict[str, ModelPlan] = {}
    for plan in plans:
        earlier = chosen.get(plan.model_id)
        if plan.server is not None and (earlier is None or order.index(plan.endpoint) < order.index(earlier.endpoint)):
            chosen[plan.model_id] = plan
    for plan in plans:
        if plan.server is not None and chosen[plan.model_id] is not plan:
            plan.server = None
    return plans


def catalogue_orders(spec: Spec) -> dict[str, list[str]]:
    """Each endpoint's catalogue names in api.yaml's order (a model's parameters are written in that order)."""
    return {endpoint.name: [entry.name for entry in endpoint.catalogue] for endpoint in spec.api.endpoints}


def documented_variants(pages: list[IngestedPage], spec: Spec) -> dict[tuple[str, str], list[IngestedPage]]:
    """Every (endpoint, model id) the pages document, in first-seen order, with the pages documenting it; a page of
    an endpoint that takes no model (the task API) documents none."""
    groups: dict[tuple[str, str], list[IngestedPage]] = {}
    for page in pages:
        endpoint = endpoint_of(page, spec).name
        for model_id in page.model_ids:
            groups.setdefault((endpoint, model_id), []).append(page)
    return groups


def _page_warnings(spec: Spec, pages: list[IngestedPage]) -> tuple[list[str], list[str]]:
    """The pages' own warnings: those to read, and those the spec's errata and deviations already answer."""
    warnings: list[str] = []
    explained: list[str] = []
    for page in pages:
        for warning in page.all_warnings:
            (explained if _explained(spec, page, warning) else warnings).append(f"{page.page}: {warning}")
    return warnings, explained


def _primary(pages: list[IngestedPage]) -> IngestedPage:
    """The page a model is planned from: the first complete one, else the first."""
    return next((page for page in pages if page.cut_short is None), pages[0])


def _added_field(kind: str) -> bool:
    return kind == "response-field-added"


def _not_checked(plan: ModelPlan) -> list[NotChecked]:
    cut = plan.page.cut_short
    reason = cut.reason if cut else ""
    return [NotChecked(plan.model_id, name, plan.page.page, reason, plan.endpoint) for name in plan.unchecked]


def _explained(spec: Spec, page: IngestedPage, warning: PageWarning) -> bool:
    if warning.parameter is None:
        return False
    name = page_name(page)
    endpoint = endpoint_of(page, spec).name
    for model in filter(None, (spec.variant(endpoint, model_id) for model_id in page.model_ids)):
        if any(e.parameter == warning.parameter and e.page == name for e in model.errata):
            return True
        if any(d.parameter == warning.parameter for d in model.deviations):
            return True
    return False


def _disagreements(model_id: str, pages: list[IngestedPage]) -> list[str]:
    """Pages of one id that state different data, on what both read: each named with the primary page."""
    first = _primary(pages)
    found: list[str] = []
    for other in (page for page in pages if page is not first):
        left = _stated(first, model_id)
        right = _stated(other, model_id)
        names = left.keys() | right.keys()
        if first.cut_short or other.cut_short:
            names = left.keys() & right.keys()
        differ = sorted(name for name in names if left.get(name) != right.get(name))
        if differ:
            found.append(
                f"{model_id}: {first.page} and {other.page} disagree on {', '.join(differ)}; {first.page} is used"
            )
        if first.server != other.server:
            found.append(f"{model_id}: {first.page} shows {first.server}, {other.page} shows {other.server}")
    return found


def _stated(page: IngestedPage, model_id: str) -> dict[str, object]:
    """What the page states for `model_id`, parameter by parameter: read in full, the `model` box aside."""
    read = {p.name for p in page.checked}
    return {p.name: p.data() for p in page.parameters_for(model_id) if p.name in read and p.name != "model"}


def _label(pages: list[IngestedPage]) -> str:
    return pages[0].page if len(pages) == 1 else f"{len(pages)} pages"
