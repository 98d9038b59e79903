"""`sync`: what pages document, against the spec's variant of each page's model, by the diff engine.

For each model (pages of one model must agree), `model_file.plan_model` plans the edits that make
its file state what the page states; `write.write_plans` applies every plan to a temporary copy of
spec/; both specs are loaded by the normal loader and compared with `diff_specs`, keeping only the
synced models' changes. `--write` applies the same plans to spec/ itself.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from generator.diff import Report, diff_specs
from generator.errors import SpecError
from generator.ingest.model_file import Kept, ModelPlan, page_name, plan_model
from generator.ingest.page import IngestedPage, PageWarning
from generator.ingest.write import write_plans
from generator.ir import Spec
from generator.load.loader import load_spec


@dataclass(frozen=True)
class SyncResult:
    """The report, the deviations kept, warnings to read, and problems that forbid `--write`.

    `explained` are page warnings the spec already answers: an erratum for that parameter and page,
    or a deviation for that parameter.
    """

    report: Report
    kept: tuple[Kept, ...]
    explained: tuple[str, ...]
    warnings: tuple[str, ...]
    problems: tuple[str, ...]
    plans: tuple[ModelPlan, ...]


def sync(spec: Spec, folder: Path, pages: list[IngestedPage]) -> SyncResult | list[SpecError]:
    """Compare `pages` with the spec loaded from `folder`; the candidate's load errors if it does not load."""
    groups: dict[str, list[IngestedPage]] = {}
    for page in pages:
        groups.setdefault(str(page.model), []).append(page)
    warnings: list[str] = []
    explained: list[str] = []
    for page in pages:
        for warning in page.warnings:
            (explained if _explained(spec, page, warning) else warnings).append(f"{page.page}: {warning}")
    warnings += [message for group in groups.values() for message in _disagreements(group)]
    plans = tuple(plan_model(group[0], spec) for group in groups.values())
    order = [parameter.name for parameter in spec.api.catalogue]
    with tempfile.TemporaryDirectory(prefix="evolink-sync-") as temporary:
        copy = Path(temporary) / folder.resolve().name
        shutil.copytree(folder, copy)
        write_plans(copy, plans, order)
        candidate = load_spec(copy)
    if candidate.spec is None:
        return candidate.errors
    report = diff_specs(spec, candidate.spec, str(folder), _label(pages))
    ids = set(groups)
    report = replace(report, changes=tuple(change for change in report.changes if change.model in ids))
    return SyncResult(
        report=report,
        kept=tuple(kept for plan in plans for kept in plan.kept),
        explained=tuple(explained),
        warnings=tuple(warnings + [warning for plan in plans for warning in plan.warnings]),
        problems=tuple(problem for plan in plans for problem in plan.problems),
        plans=plans,
    )


def write(spec: Spec, folder: Path, result: SyncResult) -> list[Path]:
    """Apply the result's plans to spec/ itself; the files written."""
    return write_plans(folder, result.plans, [parameter.name for parameter in spec.api.catalogue])


def _explained(spec: Spec, page: IngestedPage, warning: PageWarning) -> bool:
    model = spec.model(str(page.model))
    if model is None or warning.parameter is None:
        return False
    name = page_name(page)
    return any(e.parameter == warning.parameter and e.page == name for e in model.errata) or any(
        d.parameter == warning.parameter for d in model.deviations
    )


def _disagreements(pages: list[IngestedPage]) -> list[str]:
    """Pages of one model that state different data: each named with the first page."""
    first = pages[0]
    found: list[str] = []
    for other in pages[1:]:
        left = {p.name: p.data() for p in first.parameters}
        right = {p.name: p.data() for p in other.parameters}
        if left != right:
            names = sorted(name for name in left.keys() | right.keys() if left.get(name) != right.get(name))
            found.append(
                f"{first.model}: {first.page} and {other.page} disagree on {', '.join(names)}; {first.page} is used"
            )
        if first.server != other.server:
            found.append(f"{first.model}: {first.page} shows {first.server}, {other.page} shows {other.server}")
    return found


def _label(pages: list[IngestedPage]) -> str:
    return pages[0].page if len(pages) == 1 else f"{len(pages)} pages"
