"""Every seed page ingests to exactly what its model's spec file documents; the CLI's JSON is the acceptance."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff.values import same
from generator.ingest import IngestedPage, ingest_text
from generator.ir import ModelVariant, Spec
from tests.support.cli import cli
from tests.support.paths import ROOT
from tests.support.seed_pages import COPIED_SEEDS, SEED_PAGES, SEEDS, SHARED_SEEDS

FIELDS = ("minimum", "maximum", "default", "enum")
_TYPE_FIELD = {"type": "schema"}


def ingest(path: Path) -> IngestedPage:
    page = ingest_text(path.read_text(encoding="utf-8"), path.name)
    assert isinstance(page, IngestedPage), page
    return page


def model_of(spec: Spec, path: Path) -> ModelVariant:
    """The spec model whose sources list this page."""
    return next(model for model in spec.models if any(source.page == path.name for source in model.sources))


def test_the_seeds_are_there_and_the_copy_is_current() -> None:
    assert SEED_PAGES, f"{SEEDS} has no pages"
    if SHARED_SEEDS.is_dir():
        shared = {path.name: path.read_bytes() for path in SHARED_SEEDS.glob("*.txt")}
        copied = {path.name: path.read_bytes() for path in COPIED_SEEDS.glob("*.txt")}
        assert copied == shared, f"refresh the copy: cp {SHARED_SEEDS}/*.txt {COPIED_SEEDS}/"


@pytest.mark.parametrize("path", SEED_PAGES, ids=lambda p: p.name)
def test_each_seed_gives_exactly_its_models_documented_parameters(spec: Spec, path: Path) -> None:
    page = ingest(path)
    model = model_of(spec, path)
    assert page.model == model.id
    assert page.endpoint == f"{spec.api.main_endpoint.method.upper()} {spec.api.main_endpoint.path}"
    documented = {parameter.name for parameter in model.parameters if not parameter.inferred}
    assert {parameter.name for parameter in page.parameters} == documented | {"model"}
    assert page.language == next(s.language for s in model.sources if s.page == path.name)


@pytest.fixture(scope="module")
def sync_report() -> dict[str, Any]:
    """`sync --format json` on every seed against the committed spec."""
    ran = cli("sync", *SEED_PAGES, "--format", "json", "--spec", ROOT / "spec")
    assert ran.code == 0, ran.err
    report: dict[str, Any] = json.loads(ran.out)
    return report


@pytest.mark.parametrize("path", SEED_PAGES, ids=lambda p: p.name)
def test_each_seed_states_the_specs_values_or_sync_says_where_they_differ(
    spec: Spec, path: Path, sync_report: dict[str, Any]
) -> None:
    """Every stated value equals the spec's, or is a recorded deviation, or is a change `sync` reports."""
    page = ingest(path)
    model = model_of(spec, path)
    deviated = {(d.parameter, d.field): d for d in model.deviations}
    reported = {change["path"] for change in sync_report["changes"]}
    for stated in page.parameters:
        if stated.name == "model":
            assert stated.enum == (model.id,) and stated.required
            continue
        parameter = model.parameter(stated.name)
        assert parameter is not None
        assert stated.required == parameter.required, stated.name
        if stated.types is not None and parameter.json_types:
            assert set(stated.types) == set(parameter.json_types), stated.name
        expected = {"minimum": parameter.minimum, "maximum": parameter.maximum, "default": parameter.default}
        expected["enum"] = None if parameter.enum is None else list(parameter.enum)
        for key in FIELDS:
            if (stated.name, key) in deviated:
                assert same(stated.as_json()[key], deviated[stated.name, key].page_value), (stated.name, key)
            elif not same(stated.as_json()[key], expected[key]):
                assert f"models/{model.id}/parameters/{stated.name}/{key}" in reported, (stated.name, key)


def test_the_french_and_korean_pages_of_one_model_agree(spec: Spec) -> None:
    by_model: dict[str, list[IngestedPage]] = {}
    for path in SEED_PAGES:
        page = ingest(path)
        by_model.setdefault(str(page.model), []).append(page)
    shared = [pages for pages in by_model.values() if len(pages) > 1]
    assert shared, "expected one model documented by two pages"
    for pages in shared:
        first = {p.name: p.as_json() for p in pages[0].parameters}
        for other in pages[1:]:
            assert {p.name: p.as_json() for p in other.parameters} == first


def test_the_korean_erratum_is_a_warning_not_data(spec: Spec) -> None:
    for model in spec.models:
        for erratum in model.errata:
            path = next(p for p in SEED_PAGES if p.name == erratum.page)
            page = ingest(path)
            stated = page.parameter(erratum.parameter)
            assert stated is not None
            warnings = [w for w in page.warnings if w.parameter == erratum.parameter]
            assert warnings and all(w.line is not None and w.line > stated.line for w in warnings)
            # the range is the one its parameter box states, which the other page of the model states too
            others = [ingest(p) for p in SEED_PAGES if p.name != path.name]
            same_model = [other.parameter(erratum.parameter) for other in others if other.model == page.model]
            assert same_model and all(
                o is not None and (o.minimum, o.maximum) == (stated.minimum, stated.maximum) for o in same_model
            )


def test_cli_json_gives_every_seed_page(capsys: pytest.CaptureFixture[str], spec: Spec) -> None:
    code = main(["ingest", *map(str, SEED_PAGES), "--format", "json", "--spec", str(ROOT / "spec")])
    output = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [entry["page"] for entry in output] == [str(p) for p in SEED_PAGES]
    for entry, path in zip(output, SEED_PAGES, strict=True):
        assert set(entry) == {
            "page",
            "language",
            "model",
            "models",
            "server",
            "endpoint",
            "endpoint_name",
            "streaming",
            "path_parameters",
            "headers",
            "parameters",
            "parameters_by_model",
            "restrictions",
            "cut_short",
            "response_fields",
            "response_entries",
            "warnings",
        }
        assert (
            entry["endpoint_name"] == spec.api.main_endpoint.name and entry["path_parameters"] == entry["headers"] == {}
        )
        assert entry["model"] == model_of(spec, path).id
        assert entry["models"] == [entry["model"]], "a seed page documents one model"
        assert entry["parameters_by_model"] == {entry["model"]: list(entry["parameters"])}
        assert entry["cut_short"] is None and entry["restrictions"] == []
        assert {"id", "model", "choices", "choices[].message", "usage"} <= {f["path"] for f in entry["response_fields"]}
        assert entry["server"].startswith("https://")
        for parameter in entry["parameters"].values():
            assert set(parameter) == {"type", "required", "minimum", "maximum", "default", "enum", "min_items"}
            assert isinstance(parameter["required"], bool)
        assert {"model", "messages"} <= set(entry["parameters"])


def test_cli_json_converts_values_by_their_stated_type(capsys: pytest.CaptureFixture[str]) -> None:
    full = max(SEED_PAGES, key=lambda p: len(ingest(p).parameters))
    assert main(["ingest", str(full), "--format", "json", "--spec", str(ROOT / "spec")]) == 0
    parameters = json.loads(capsys.readouterr().out)[0]["parameters"]
    for parameter in parameters.values():
        types = parameter["type"] or []
        if parameter["default"] is not None and "boolean" in types:
            assert isinstance(parameter["default"], bool)
        if parameter["default"] is not None and {"integer", "number"} & set(types):
            assert isinstance(parameter["default"], int | float) and not isinstance(parameter["default"], bool)
        for bound in (parameter["minimum"], parameter["maximum"]):
            assert bound is None or isinstance(bound, int | float)


def test_sync_on_the_seeds_reports_no_breaking_change(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["sync", *map(str, SEED_PAGES), "--format", "json", "--fail-on", "breaking", "--spec", str(ROOT / "spec")]
    )
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["summary"]["breaking"] == 0
    assert {"old", "new", "changes", "summary", "semver", "kept", "warnings", "explained"} <= set(report)


def test_sync_on_the_seeds_keeps_every_recorded_deviation(spec: Spec, sync_report: dict[str, Any]) -> None:
    """Every deviation of the models whose pages are seeds (a model written from another page is not synced)."""
    synced = [model for model in spec.models if any(model_of(spec, path) is model for path in SEED_PAGES)]
    assert synced, "some seed page belongs to a model"
    recorded = {(m.id, d.parameter, d.field) for m in synced for d in m.deviations}
    assert {(k["model"], k["parameter"], k["field"]) for k in sync_report["kept"]} == recorded
    assert not any("deviation" in warning for warning in sync_report["warnings"])
    # a kept deviation changes nothing, in its model or in the models that inherit from it
    touched = {change["path"] for change in sync_report["changes"]}
    for model in synced:
        heirs = [model.id] + [other.id for other in spec.models if other.inherits == model.id]
        for deviation in model.deviations:
            field = {"type": "schema"}.get(deviation.field, deviation.field)
            where = "server" if deviation.parameter is None else f"parameters/{deviation.parameter}/{field}"
            assert not touched & {f"models/{heir}/{where}" for heir in heirs}, deviation
    # the Korean erratum and the prose default the spec keeps are answered, not repeated
    assert sync_report["explained"]


def test_each_seeds_response_section_lists_fields_of_the_spec_response(spec: Spec) -> None:
    """The entries under a seed's response heading (each a name, then its type line) are the response's fields;
    a one-word description (`Antworttyp`, German) is not an entry."""
    fields = spec.api.schemas[spec.api.main_endpoint.response]["properties"]
    assert isinstance(fields, dict)
    for path in SEED_PAGES:
        entries = {entry.name for entry in ingest(path).response_entries}
        assert entries and entries <= set(fields), (path.name, entries - set(fields))
