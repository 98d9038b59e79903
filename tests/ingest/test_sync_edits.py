"""`sync` on edited copies of the seed pages: each edit gives the diff kinds the diff engine defines for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.ingest import IngestedPage, ingest_text
from generator.ingest.labels import LANGUAGES
from generator.ir import ModelVariant, Spec
from tests.support.cli import cli
from tests.support.files import renamed, replaced
from tests.support.paths import ROOT
from tests.support.seed_pages import SEED_PAGES, markdown_page, swap_labels, with_block, without_block

OPENAPI = ROOT / "generated" / "openapi.yaml"


def page_of(path: Path) -> IngestedPage:
    page = ingest_text(path.read_text(encoding="utf-8"), path.name)
    assert isinstance(page, IngestedPage)
    return page


def full_page(spec: Spec) -> tuple[Path, ModelVariant]:
    """A seed page that documents a range and is not its model's only page with parameters beyond messages."""
    for path in SEED_PAGES:
        page = page_of(path)
        model = spec.model(str(page.model))
        if model is not None and not page.quick_chat and not model.inherits:
            return path, model
    raise AssertionError("no full seed page")


def sync_json(tmp_path: Path, text: str, *extra: str, name: str = "page.txt") -> tuple[int, dict[str, Any]]:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    ran = cli("sync", page, "--format", "json", "--spec", ROOT / "spec", *extra)
    return ran.code, json.loads(ran.out) if ran.out else {}


def kinds(report: dict[str, Any], model: str, parameter: str | None = None) -> set[str]:
    return {
        c["kind"]
        for c in report["changes"]
        if c["model"] == model and (parameter is None or c["parameter"] == parameter)
    }


def new_changes(tmp_path: Path, original: str, edited: str, model: str) -> set[tuple[str, str | None]]:
    """(kind, parameter) of the changes `sync` reports for the edited page and not for the original one.

    The original page may already differ from the spec (a maintainer lowered a limit): only the edit counts.
    """
    _, before = sync_json(tmp_path, original, name="original.txt")
    _, after = sync_json(tmp_path, edited, name="edited.txt")
    seen = {(c["kind"], c["parameter"]) for c in before["changes"] if c["model"] == model}
    return {(c["kind"], c["parameter"]) for c in after["changes"] if c["model"] == model} - seen


def ranged(model: ModelVariant, page: IngestedPage) -> str:
    """A parameter the page gives a maximum for."""
    return next(p.name for p in page.parameters if p.maximum is not None and model.parameter(p.name) is not None)


def test_a_lowered_maximum_is_breaking(tmp_path: Path, spec: Spec) -> None:
    path, model = full_page(spec)
    page = page_of(path)
    name = ranged(model, page)
    stated = page.parameter(name)
    assert stated is not None and stated.maximum is not None
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    range_line = next(
        i for i in range(stated.line, len(lines)) if f"<= x <= {stated.maximum}" in lines[i].replace("`", "")
    )
    current = model.parameter(name)
    assert current is not None and current.maximum is not None
    lowered = current.maximum / 2  # below the spec's maximum, whatever the page said
    lines[range_line] = replaced(lines[range_line], f"<= {stated.maximum}", f"<= {lowered}")
    code, report = sync_json(tmp_path, "\n".join(lines) + "\n", "--fail-on", "breaking")
    assert code == 1
    assert kinds(report, model.id, name) == {"max-decreased"}
    change = next(c for c in report["changes"] if c["model"] == model.id and c["parameter"] == name)
    assert change["new"] == lowered and change["severity"] == "breaking"


def test_a_removed_parameter_is_reported_removed(tmp_path: Path, spec: Spec) -> None:
    path, model = full_page(spec)
    page = page_of(path)
    last = [p.name for p in page.parameters][-1]
    text = path.read_text(encoding="utf-8")
    assert new_changes(tmp_path, text, without_block(text, last), model.id) == {("param-removed", last)}


def test_a_catalogue_parameter_added_to_the_page_is_reported_added(tmp_path: Path, spec: Spec) -> None:
    path, model = full_page(spec)
    page = page_of(path)
    extra = next(p for p in spec.api.main_endpoint.catalogue if model.parameter(p.name) is None and p.json_types)
    block = f"{extra.name}\n{' | '.join(extra.json_types)}\n\nAn added parameter.\n\n"
    text = path.read_text(encoding="utf-8")
    edited = with_block(text, page.parameters[-1].name, block)
    assert new_changes(tmp_path, text, edited, model.id) == {("param-added", extra.name)}


def test_a_parameter_the_catalogue_lacks_is_ingested_flagged_and_reported(tmp_path: Path, spec: Spec) -> None:
    path, model = full_page(spec)
    page = page_of(path)
    block = "thinking_budget\ninteger\n\nHow many tokens to think.\n\nRequired range: 0 <= x <= 24576\n\n"
    text = with_block(path.read_text(encoding="utf-8"), page.parameters[-1].name, block)
    code, report = sync_json(tmp_path, text)
    assert code == 0
    assert kinds(report, model.id, "thinking_budget") == {"param-added"}
    assert any("thinking_budget is not in the catalogue" in warning for warning in report["warnings"])


@pytest.mark.parametrize("target", [labels.language for labels in LANGUAGES])
def test_labels_in_any_language_give_the_same_data(target: str, tmp_path: Path) -> None:
    for path in SEED_PAGES:
        original = page_of(path)
        assert original.language is not None
        swapped = ingest_text(swap_labels(path.read_text(encoding="utf-8"), original.language, target), path.name)
        assert isinstance(swapped, IngestedPage), swapped
        assert [p.as_json() for p in swapped.parameters] == [p.as_json() for p in original.parameters], target
        assert [p.name for p in swapped.parameters] == [p.name for p in original.parameters]
        assert swapped.language == target


def test_a_quick_chat_page_does_not_report_inherited_parameters_removed(tmp_path: Path, spec: Spec) -> None:
    for path in SEED_PAGES:
        page = page_of(path)
        model = spec.model(str(page.model))
        if model is None or not model.inherits:
            continue
        assert page.quick_chat
        code, report = sync_json(tmp_path, path.read_text(encoding="utf-8"), name=path.name)
        assert code == 0
        assert "param-removed" not in kinds(report, model.id)
        assert any(p.inferred for p in model.parameters)


def test_a_page_for_a_model_the_spec_lacks_is_model_added(tmp_path: Path, spec: Spec) -> None:
    path, model = full_page(spec)
    text = renamed(path.read_text(encoding="utf-8"), model.id, "gemini-9-ultra")
    code, report = sync_json(tmp_path, text)
    assert code == 0
    assert kinds(report, "gemini-9-ultra") == {"model-added"}
    assert [c["model"] for c in report["changes"]] == ["gemini-9-ultra"]


@pytest.mark.parametrize("model_id", ["gemini-3-pro-preview"])
def test_a_markdown_openapi_page_from_the_generated_document_gives_no_parameter_change(
    tmp_path: Path, spec: Spec, model_id: str
) -> None:
    model = spec.model(model_id)
    assert model is not None
    text = markdown_page(f"{model.class_stem}Request", OPENAPI)
    page = ingest_text(text, "page.md")
    assert isinstance(page, IngestedPage), page
    assert page.model == model.id
    assert {p.name for p in page.parameters} == {p.name for p in model.parameters} | {"model"}
    code, report = sync_json(tmp_path, text, name="openai-sdk-reference.md")
    assert code == 0
    assert kinds(report, model.id) == set()


def test_a_markdown_openapi_page_with_a_changed_range_gives_the_diff(tmp_path: Path, spec: Spec) -> None:
    path, model = full_page(spec)
    name = ranged(model, page_of(path))
    parameter = model.parameter(name)
    assert parameter is not None and parameter.maximum is not None
    raised = parameter.maximum * 2

    def edit(request: dict[str, Any]) -> None:
        request["properties"][name] = {**request["properties"][name], "maximum": raised}

    code, report = sync_json(tmp_path, markdown_page(f"{model.class_stem}Request", OPENAPI, edit=edit), name="p.md")
    assert code == 0
    assert kinds(report, model.id, name) == {"max-increased"}
