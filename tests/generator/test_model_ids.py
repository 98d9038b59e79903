"""Any model id the vendor uses (`evolink/auto`, `doubao-seed-2.0-pro`, `gpt-5.1-chat`, mixed case, a leading digit)
gives a valid file, class and TypedDict names, docs pages and OpenAPI names; ids that would share a name are
located errors, never a silent overwrite. Fixture specs are built in temporary folders from the minimal spec."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from mypy import api
from openapi_spec_validator import validate

from generator import exit_codes
from generator.ir import class_stem, docs_slug
from generator.load.model_files import ID_PATTERN as FORMAT_PATTERN
from generator.load.model_files import file_id, is_model_id, model_file
from tests.support.cli import cli as run
from tests.support.files import renamed
from tests.support.paths import ROOT
from tests.support.seed_pages import full_seed_page
from tests.support.specs import load, messages

VENDOR_IDS = (
    "evolink/auto",
    "doubao-seed-2.0-pro",
    "gpt-5.1",
    "gpt-5.1-chat",
    "4o-mini",
    "MiniMax-M2",
    "kimi_k2",
    "kimi-k2-thinking-turbo-preview-2026-12-01",
)
_SEGMENT = r"[A-Za-z0-9]([A-Za-z0-9._-]{0,20}[A-Za-z0-9_-])?"
ID_PATTERN = re.compile(rf"{_SEGMENT}(/{_SEGMENT}){{0,2}}")


def add_model(spec: Path, model_id: str, *, like: str = "alpha", file: str | None = None) -> Path:
    """A copy of model `like` as `model_id`, in the file the id calls for (or `file` under models/)."""
    source = (spec / "models" / f"{like}.yaml").read_text(encoding="utf-8")
    path = spec / "models" / file if file else model_file(spec, model_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(re.sub(rf"(?m)^id: {like}$", f"id: {model_id}", source), encoding="utf-8")
    return path


def test_every_vendor_id_gets_a_file_classes_docs_and_openapi_names(minimal_spec: Path, tmp_path: Path) -> None:
    for model_id in VENDOR_IDS:
        add_model(minimal_spec, model_id)
    spec = load(minimal_spec)
    assert {model.id for model in spec.models} >= set(VENDOR_IDS)
    assert (minimal_spec / "models" / "evolink" / "auto.yaml").is_file()

    out = tmp_path / "out"
    templates = str(ROOT / "templates")
    code, _, err = run("generate", "--spec", str(minimal_spec), "--out", str(out), "--templates", templates)
    assert code == 0, err
    document = yaml.safe_load((out / "openapi.yaml").read_text(encoding="utf-8"))
    validate(document)
    index = (out / "docs" / "index.md").read_text(encoding="utf-8")
    chat = (out / "python" / "src" / "evolink" / "resources" / "chat.py").read_text(encoding="utf-8")
    for model in spec.models:
        assert model.class_stem.isidentifier() and re.fullmatch(r"[A-Za-z0-9._-]+", f"{model.class_stem}Request")
        assert f"{model.class_stem}Request" in document["components"]["schemas"]
        assert (out / "docs" / "models" / f"{model.docs_slug}.md").is_file()
        assert f"](models/{model.docs_slug}.md)" in index
        assert f'Literal["{model.id}"]' in chat
    assert sorted(path.name for path in (out / "docs" / "models").iterdir()) == sorted(
        f"{model.docs_slug}.md" for model in spec.models
    )
    stdout, stderr, status = mypy_strict(out / "python" / "src", tmp_path)
    assert status == 0, stdout + stderr


def mypy_strict(source: Path, cache: Path) -> tuple[str, str, int]:
    """mypy --strict on the generated package under `source`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(source)
        return api.run(["--strict", "--config-file", "", "--cache-dir", str(cache / ".mypy"), "-p", "evolink"])


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        ("gpt-5.1", "gpt-51", "class name 'Gpt51'"),
        ("evolink/auto", "evolink-auto", "docs page 'docs/models/evolink-auto.md'"),
        ("evolink/auto", "Evolink/Auto", "docs page"),
        ("4o-mini", "model4o-mini", "class name 'Model4oMini'"),
        ("index", "README", "docs page"),
    ],
)
def test_two_ids_that_would_share_a_name_are_a_located_error(
    minimal_spec: Path, first: str, second: str, name: str
) -> None:
    add_model(minimal_spec, first)
    add_model(minimal_spec, second)
    lines = messages(minimal_spec)
    clashes = [line for line in lines if name in line]
    assert clashes, lines
    assert all(re.match(r"^spec/models/.+\.yaml:1: /id: id '", line) for line in clashes)


def test_a_model_file_in_the_wrong_place_names_where_it_belongs(minimal_spec: Path) -> None:
    add_model(minimal_spec, "evolink/auto", file="evolink/other.yaml")
    assert messages(minimal_spec) == [
        "spec/models/evolink/other.yaml:1: /id: the file of model 'evolink/auto' must be models/evolink/auto.yaml"
    ]


@pytest.mark.parametrize("reserved", ["any-model", "chat-completion", "chat/completion"])
def test_an_id_whose_names_the_generated_code_already_uses_is_a_located_error(
    minimal_spec: Path, reserved: str
) -> None:
    """`any-model` would define a second `AnyModelParams`, `chat-completion` a second `ChatCompletionRequest`."""
    add_model(minimal_spec, reserved)
    clashes = [line for line in messages(minimal_spec) if "which the generated code already uses" in line]
    assert clashes and all(line.startswith(f"spec/models/{reserved}.yaml:1: /id: ") for line in clashes)


@pytest.mark.parametrize("bad", ["a/../b", "/auto", "evolink/", "a//b", "-x", "x y", "a/.b", "gpt.", "a./b"])
def test_an_id_that_is_no_usable_path_is_a_located_error_saying_what_ids_may_hold(minimal_spec: Path, bad: str) -> None:
    add_model(minimal_spec, bad, file="bad.yaml")
    [line] = messages(minimal_spec)
    assert line.startswith("spec/models/bad.yaml:1: /id: ") and "letters, digits" in line


@given(st.from_regex(ID_PATTERN, fullmatch=True))
def test_any_allowed_id_maps_to_a_class_name_a_docs_page_and_back_to_its_file(model_id: str) -> None:
    assert is_model_id(model_id)
    assert class_stem(model_id).isidentifier() and class_stem(model_id)[0].isupper()
    assert "/" not in docs_slug(model_id) and docs_slug(model_id)
    folder = Path("/spec")
    assert file_id(folder, model_file(folder, model_id)) == model_id


def test_sync_write_of_pages_for_evolink_auto_and_doubao_then_generate_and_type_check(
    project_copy: Path, tmp_path: Path
) -> None:
    path, seed = full_seed_page()
    assert seed.model is not None
    spec = project_copy / "spec"
    pages = []
    for model_id in ("evolink/auto", "doubao-seed-2.0-pro"):
        page = tmp_path / f"{docs_slug(model_id)}.txt"
        page.write_text(renamed(path.read_text(encoding="utf-8"), seed.model, model_id), encoding="utf-8")
        pages.append(str(page))
    code, _, err = run("sync", *pages, "--write", "--spec", str(spec))
    assert code == 0, err
    assert f"wrote {spec / 'models' / 'evolink' / 'auto.yaml'}" in err
    assert load(spec).model("evolink/auto") is not None and load(spec).model("doubao-seed-2.0-pro") is not None
    out = project_copy / "generated"
    templates = str(project_copy / "templates")
    assert run("generate", "--spec", str(spec), "--out", str(out), "--templates", templates)[0] == 0
    stdout, stderr, status = mypy_strict(out / "python" / "src", tmp_path)
    assert status == 0, stdout + stderr


def test_the_spec_format_and_the_model_files_agree_on_what_an_id_is() -> None:
    schema = json.loads((ROOT / "generator" / "load" / "spec_format.schema.json").read_text(encoding="utf-8"))
    patterns = [
        node["pattern"] for node in _walk(schema) if str(node.get("description")).startswith("The vendor's model id")
    ]
    assert patterns and set(patterns) == {FORMAT_PATTERN}, "every model format's id, both formats' alike"


def _walk(node: object) -> list[dict[str, str]]:
    if isinstance(node, dict):
        return [node, *(found for value in node.values() for found in _walk(value))]
    return [found for value in node for found in _walk(value)] if isinstance(node, list) else []


@pytest.mark.parametrize("hostile", ["../../evil", "evolink/../../x", "/etc/passwd", "a b"])
def test_a_page_naming_a_model_no_file_can_hold_is_a_problem_and_nothing_is_written_outside_models(
    project_copy: Path, tmp_path: Path, hostile: str
) -> None:
    path, seed = full_seed_page()
    assert seed.model is not None
    page = tmp_path / "hostile.txt"
    page.write_text(renamed(path.read_text(encoding="utf-8"), seed.model, hostile), encoding="utf-8")
    before = sorted(p.relative_to(tmp_path.parent) for p in tmp_path.parent.rglob("*"))
    ran = run("sync", page, "--write", "--spec", project_copy / "spec")
    assert ran.code == exit_codes.ERROR and "no id a model file can have" in ran.err and "Traceback" not in ran.err
    assert "nothing was written" in ran.err
    assert sorted(p.relative_to(tmp_path.parent) for p in tmp_path.parent.rglob("*")) == before
