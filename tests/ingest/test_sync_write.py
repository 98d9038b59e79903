"""`sync --write` edits spec/ in place (round trip), then `check` shows the generated change and `generate` fixes it."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml

from generator import exit_codes
from generator.ingest import IngestedPage, ingest_text
from generator.ir import ModelVariant, Spec
from generator.load.loader import load_spec
from tests.support.cli import in_project
from tests.support.files import renamed, replaced
from tests.support.seed_pages import SEED_PAGES, with_block
from tests.support.specs import variant_of

run = in_project


def loaded(project: Path) -> Spec:
    result = load_spec(project / "spec")
    assert result.spec is not None, result.errors
    return result.spec


def full_seed(spec: Spec) -> tuple[Path, ModelVariant, IngestedPage]:
    for path in SEED_PAGES:
        page = ingest_text(path.read_text(encoding="utf-8"), path.name)
        assert isinstance(page, IngestedPage)
        model = spec.model(str(page.model))
        if model is not None and not page.quick_chat and not model.inherits:
            return path, model, page
    raise AssertionError("no full seed page")


def test_write_a_changed_range_then_check_drifts_and_generate_syncs(project_copy: Path) -> None:
    spec = loaded(project_copy)
    path, model, page = full_seed(spec)
    stated = next(p for p in page.parameters if p.maximum is not None and model.parameter(p.name) is not None)
    assert stated.maximum is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i in range(stated.line, len(lines)) if f"<= x <= {stated.maximum}" in lines[i])
    lowered = stated.maximum / 2
    lines[index] = replaced(lines[index], f"<= {stated.maximum}", f"<= {lowered}")
    edited = project_copy / path.name
    edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model_file = project_copy / "spec" / "models" / f"{model.id}.yaml"
    before = model_file.read_text(encoding="utf-8")

    code, _, err = run(project_copy, "sync", str(edited), "--write")
    assert code == 0, err
    assert f"wrote {model_file}" in err and "make generate" in err
    after = model_file.read_text(encoding="utf-8")
    comments = [line for line in before.splitlines() if line.lstrip().startswith("#")]
    assert comments and all(comment in after.splitlines() for comment in comments)
    assert variant_of(yaml.safe_load(after))["parameters"][stated.name]["maximum"] == lowered
    written = loaded(project_copy).model(model.id)
    assert written is not None and written.parameter(stated.name).maximum == lowered  # type: ignore[union-attr]

    code, out, _ = run(project_copy, "check")
    assert code == 1
    assert f"+          maximum: {lowered}" in out
    assert run(project_copy, "generate")[0] == 0
    assert run(project_copy, "check")[0] == 0
    code, out, _ = run(project_copy, "sync", str(edited))
    assert code == 0 and "no changes" in out


def test_a_new_models_page_written_and_generated_reaches_the_sdk_openapi_and_docs(project_copy: Path) -> None:
    spec = loaded(project_copy)
    path, model, _ = full_seed(spec)
    new_id = "gemini-9-ultra"
    page = project_copy / "new-model.txt"
    page.write_text(renamed(path.read_text(encoding="utf-8"), model.id, new_id), encoding="utf-8")

    code, out, err = run(project_copy, "sync", str(page), "--write")
    assert code == 0, err
    assert "model-added" in out
    created = project_copy / "spec" / "models" / f"{new_id}.yaml"
    assert f"wrote {created}" in err
    data = yaml.safe_load(created.read_text(encoding="utf-8"))
    assert data["id"] == new_id and data["title"] == "Gemini 9 Ultra"
    assert variant_of(data)["sources"] == [{"page": page.name, "language": next(s.language for s in model.sources)}]
    assert data["server"] in {server.name for server in spec.api.servers}
    new = loaded(project_copy).model(new_id)
    assert new is not None
    assert {p.name for p in new.parameters} == {p.name for p in model.parameters if not p.inferred}

    assert run(project_copy, "generate")[0] == 0
    generated = project_copy / "generated"
    openapi = yaml.safe_load((generated / "openapi.yaml").read_text(encoding="utf-8"))
    assert f"{new.class_stem}Request" in openapi["components"]["schemas"]
    sdk = generated / "python" / "src" / "evolink"
    assert new_id in (sdk / "_rules.py").read_text(encoding="utf-8")
    assert new_id in (sdk / "resources" / "chat.py").read_text(encoding="utf-8")
    assert (generated / "docs" / "models" / f"{new_id}.md").is_file()
    assert new_id in (generated / "docs" / "index.md").read_text(encoding="utf-8")
    assert run(project_copy, "check")[0] == 0


def test_write_adds_a_typed_parameter_the_catalogue_lacks_and_refuses_one_without_a_type(project_copy: Path) -> None:
    spec = loaded(project_copy)
    path, model, page = full_seed(spec)
    api = project_copy / "spec" / "api.yaml"
    text = path.read_text(encoding="utf-8")
    untyped = project_copy / "untyped.txt"
    untyped.write_text(with_block(text, page.parameters[-1].name, "mystery\n\nNo type line.\n\n"), encoding="utf-8")
    before = api.read_text(encoding="utf-8")
    code, _, err = run(project_copy, "sync", str(untyped), "--write")
    assert code == exit_codes.ERROR
    assert "mystery is not in the catalogue and the page gives it no type" in err and "nothing was written" in err
    assert api.read_text(encoding="utf-8") == before

    typed = project_copy / "typed.txt"
    block = "thinking_budget\ninteger | null\n\nHow many tokens to think.\n\nRequired range: 0 <= x <= 24576\n\n"
    typed.write_text(with_block(text, page.parameters[-1].name, block), encoding="utf-8")
    code, _, err = run(project_copy, "sync", str(typed), "--write")
    assert code == 0, err
    after = api.read_text(encoding="utf-8")
    changes = [line for line in difflib.ndiff(before.splitlines(), after.splitlines()) if line[:1] in "+-"]
    assert changes and all(line.startswith("+ ") for line in changes), [c for c in changes if c[0] == "-"]
    entry = variant_of(yaml.safe_load(after))["parameters"]["thinking_budget"]
    assert entry == {
        "description": "How many tokens to think.",
        "schema": {"type": ["integer", "null"]},
        "minimum": 0,
        "maximum": 24576,
    }
    assert "review the type and range" in after
    updated = loaded(project_copy).model(model.id)
    assert updated is not None and updated.parameter("thinking_budget") is not None


@pytest.mark.parametrize("quick", [True])
def test_a_quick_chat_page_of_a_new_model_warns_that_inherit_may_be_needed(project_copy: Path, quick: bool) -> None:
    spec = loaded(project_copy)
    for path in SEED_PAGES:
        page = ingest_text(path.read_text(encoding="utf-8"), path.name)
        assert isinstance(page, IngestedPage)
        if page.quick_chat == quick:
            break
    else:
        pytest.skip("no quick-chat seed page")
    assert page.model is not None and spec.model(page.model) is not None
    new = project_copy / "quick.txt"
    new.write_text(renamed(path.read_text(encoding="utf-8"), page.model, "gemini-9-flash"), encoding="utf-8")
    code, out, _ = run(project_copy, "sync", str(new), "--write")
    assert code == 0
    assert "inherit:" in out
