"""`ingest` and `sync` as functions from arguments to an `Outcome` (stdout text, stderr lines, exit code).

Pages that cannot be read are reported as `PAGE:LINE: message` on stderr. `ingest` still prints the
pages that could be read and exits 3 (`exit_codes.ERROR`); `sync` compares nothing while any page is
unreadable (a partial comparison could hide a change) and exits 3. A spec that does not load exits 2.
`sync` with no PAGE re-checks every model's source URLs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from generator import exit_codes
from generator.diff.kinds import FailOn
from generator.errors import format_errors
from generator.ingest.endpoints import shapes_of
from generator.ingest.model_file import endpoint_of, plan_model
from generator.ingest.output import SYNC_FORMATS, pages_json
from generator.ingest.page import IngestedPage, PageError, PageWarning
from generator.ingest.sources import Reading, ingest_sources
from generator.ingest.sync import SyncResult, catalogue_orders, sync, write
from generator.ingest.write import model_text
from generator.ir import Spec
from generator.load.loader import load_spec
from generator.load.model_files import is_model_id, model_file


@dataclass
class Outcome:
    """What a command prints and returns."""

    out: str = ""
    err: list[str] = field(default_factory=list)
    code: int = exit_codes.OK


def ingest_command(sources: list[str], folder: Path, fmt: str, cache: Path | None) -> Outcome:
    """`ingest PAGE... --format json|yaml`."""
    spec, outcome = _spec(folder)
    if spec is None:
        return outcome
    pages, outcome = _pages(sources, spec, cache)
    pages = [_flag_catalogue(page, spec) for page in pages]
    if fmt == "json":
        outcome.out = pages_json(pages)
        return outcome
    outcome.err = [f"{page.page}: warning: {warning}" for page in pages for warning in page.all_warnings] + outcome.err
    documents = []
    orders = catalogue_orders(spec)
    for page in pages:
        if not page.model_ids:
            documents.append(f"# {page.page}: a page of {page.endpoint_name}, which takes no model: no model file\n")
        for model_id in page.model_ids:
            plan = plan_model(page, spec, model_id)
            if not is_model_id(model_id):  # no file to show: its plan holds only the problem
                outcome.err += [f"{page.page}: warning: {message}" for message in plan.problems]
                continue
            path = model_file(folder, plan.model_id)
            what = f"spec/models/{plan.model_id}.yaml as the page states it" if path.is_file() else "a new model file"
            text = model_text(plan, path if path.is_file() else None, orders.get(plan.endpoint, []))
            documents.append(f"# {page.page}: {what}\n{text}")
            outcome.err += [f"{page.page}: warning: {message}" for message in plan.warnings + plan.problems]
    outcome.out = "---\n".join(documents)
    return outcome


def sync_command(
    sources: list[str],
    folder: Path,
    fmt: str,
    fail_on: FailOn | None,
    *,
    write_files: bool,
    cache: Path | None,
    index: str | None = None,
) -> Outcome:
    """`sync [PAGE...] [--index FILE|URL] --format text|markdown|json [--fail-on ...] [--write]`."""
    spec, outcome = _spec(folder)
    if spec is None:
        return outcome
    cited = not sources and index is None
    if cited:
        sources = sorted({source.url for model in spec.variants for source in model.sources if source.url})
        if not sources:
            message = (
                f"no model in {folder}/models lists a source URL: give the pages to check (`sync PAGE...`), "
                "or add `url: https://...` to a model's `sources` entries so that `sync` alone re-checks them"
            )
            return Outcome(err=[message], code=exit_codes.ERROR)
    pages, outcome = _pages(sources, spec, cache, index)
    if cited:
        pages, not_compared = _cited_only(pages, spec)
        outcome.err += not_compared
    if not pages and outcome.code == exit_codes.OK:
        outcome.err.append("nothing to compare: no page documents an endpoint of the spec for a model citing it")
        outcome.code = exit_codes.ERROR
    if outcome.code != exit_codes.OK:
        outcome.err.append("nothing was compared: fix or leave out the pages above")
        return outcome
    result = sync(spec, folder, pages)
    if isinstance(result, list):
        lines = ["the spec the pages call for does not load:", format_errors(result)]
        return Outcome(err=lines, code=exit_codes.SPEC_ERROR)
    notes = outcome.err
    outcome = Outcome(out=SYNC_FORMATS[fmt](result), err=notes + [f"problem: {problem}" for problem in result.problems])
    if write_files:
        return _write(spec, folder, result, outcome)
    outcome.code = exit_codes.FAIL_ON if fail_on and result.report.fails(fail_on) else exit_codes.OK
    return outcome


def _write(spec: Spec, folder: Path, result: SyncResult, outcome: Outcome) -> Outcome:
    if result.problems:
        outcome.err.append("nothing was written: resolve the problems above first")
        outcome.code = exit_codes.ERROR
        return outcome
    if not result.report.changes and not any(plan.source or plan.notes for plan in result.plans):
        outcome.err.append(f"{folder}/ already states what the pages state: nothing to write")
        return outcome
    outcome.err += [f"wrote {path}" for path in write(spec, folder, result)]
    outcome.err.append(
        "next: review the diff of spec/, run `make generate` and `make test`, then commit spec/ and generated/"
    )
    return outcome


def _spec(folder: Path) -> tuple[Spec | None, Outcome]:
    loaded = load_spec(folder)
    if loaded.spec is None:
        return None, Outcome(err=[format_errors(loaded.errors)], code=exit_codes.SPEC_ERROR)
    return loaded.spec, Outcome()


def _pages(
    sources: list[str], spec: Spec, cache: Path | None, index: str | None = None
) -> tuple[list[IngestedPage], Outcome]:
    """The pages read, and an outcome holding the errors (exit 3) and, for an index, what it led to."""
    reading = Reading(shapes_of(spec))
    read = ingest_sources(sources, cache, reading, index=index)
    errors = [str(result) for result in read.results if isinstance(result, PageError)]
    pages = [result for result in read.results if isinstance(result, IngestedPage)]
    notes = []
    if index is not None and read.index_pages:
        notes.append(
            f"{index}: {read.index_pages} model pages, {read.index_pages - len(read.skipped)} of them for the spec's "
            f"endpoints ({len(read.skipped)} document another endpoint and were skipped)"
        )
    return pages, Outcome(err=notes + errors, code=exit_codes.ERROR if errors else exit_codes.OK)


def _cited_only(pages: list[IngestedPage], spec: Spec) -> tuple[list[IngestedPage], list[str]]:
    """The pages of a `sync` without PAGE arguments, each narrowed to the models whose variants cite it, and a note
    for each page that documents none of them (it is not compared).

    Without PAGE arguments `sync` re-checks the spec's models against the pages they cite, not the other ids those
    pages document: a page cited by models that have no page of their own (every native variant cites Gemini 2.5
    Pro's native page) would otherwise propose adding its model. Naming a page as PAGE compares all it documents.
    """
    citers: dict[tuple[str, str], list[str]] = {}
    for variant in spec.variants:
        for url in dict.fromkeys(source.url for source in variant.sources if source.url):
            citers.setdefault((url, variant.endpoint), []).append(variant.id)
    kept: list[IngestedPage] = []
    notes: list[str] = []
    for page in pages:
        endpoint = endpoint_of(page, spec)
        cited = citers.get((page.url or page.page, endpoint.name), [])
        ids = [model_id for model_id in page.model_ids if model_id in cited]
        if ids or endpoint.model_in is None:
            kept.append(replace(page, model=ids[0], models=tuple(ids)) if ids else page)
            continue
        notes.append(
            f"{page.page}: not compared: it documents {', '.join(page.model_ids)} ({endpoint.name}), and the models "
            f"citing it for {endpoint.name} ({', '.join(cited)}) are not among them; give it as a PAGE to compare "
            "everything it documents"
        )
    return kept, notes


def _flag_catalogue(page: IngestedPage, spec: Spec) -> IngestedPage:
    """Add a warning for each parameter read in full that its endpoint's catalogue lacks (it is still ingested)."""
    endpoint = endpoint_of(page, spec)
    known = {parameter.name for parameter in endpoint.catalogue} | {"model"}
    flags = tuple(
        PageWarning(parameter.line, f"{parameter.name} is not in the {endpoint.name} catalogue (spec/api.yaml)")
        for parameter in page.checked
        if parameter.name not in known
    )
    return replace(page, warnings=page.warnings + flags) if flags else page
