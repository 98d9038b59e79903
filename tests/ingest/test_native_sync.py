"""`sync` on native-api and task pages, against a temporary copy of spec/: every change and warning names the endpoint
the page documents, and `--write` edits only that endpoint's variant of the model.

Pages are the real fixtures (tests/ingest/pages/native) with the model id or a value changed; expectations come
from the loaded spec (its endpoints, headers, schemas and models), never from its text.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import exit_codes
from generator.ingest import IngestedPage, ingest_text
from generator.ingest.endpoints import CHAT, shapes_of
from generator.ir import JSON, Endpoint, ModelVariant, Spec
from generator.load.loader import load_spec
from generator.load.model_files import model_file
from tests.support.cli import Ran, cli
from tests.support.files import replaced
from tests.support.native_pages import nested_page
from tests.support.paths import ROOT
from tests.support.seed_pages import SEED_PAGES, full_seed_page, with_block
from tests.support.specs import load, mutate
from tests.support.vendor_pages import native_page

FLASH = "gemini-3.0-flash-native_en_cut.txt"
"""Its body section is complete: `contents` and `generationConfig`, then the Response heading."""
FLASH_ID = "gemini-3-flash-preview"
ASYNC = "gemini-2.5-pro-native_en_cut.txt"
"""Its Headers section shows X-Async-Mode; it is cut before its body."""
ASYNC_ID = "gemini-2.5-pro"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writable copy of spec/."""
    copy = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", copy)
    return copy


def native(spec: Spec) -> Endpoint:
    return next(endpoint for endpoint in spec.api.endpoints if endpoint.model_in == "path")


def tasks(spec: Spec) -> Endpoint:
    return next(endpoint for endpoint in spec.api.endpoints if endpoint.polling is not None)


def native_model(spec: Spec) -> ModelVariant:
    """A model with a variant of the native endpoint and of another one."""
    others = {v.id for v in spec.variants if v.endpoint != native(spec).name}
    return next(v for v in spec.variants_of(native(spec)) if v.id in others)


def sync(folder: Path, page: Path, *args: str) -> Ran:
    return cli("sync", page, "--spec", folder, *args)


def report(ran: Ran) -> dict[str, Any]:
    assert ran.code == exit_codes.OK, ran.err
    document: dict[str, Any] = json.loads(ran.out)
    return document


def variants(path: Path) -> dict[str, Any]:
    """A model file's variants by endpoint, as data."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data["endpoints"], dict)
    return data["endpoints"]


def page_of(tmp_path: Path, name: str, model_id: str, text: str | None = None) -> Path:
    """The fixture `name` with its model id replaced (and its text, if given), saved in `tmp_path`."""
    page = tmp_path / name
    source = text if text is not None else native_page(name).read_text(encoding="utf-8")
    page.write_text(source.replace(_FIXTURE_IDS[name], model_id), encoding="utf-8")
    return page


_FIXTURE_IDS = {FLASH: FLASH_ID, ASYNC: ASYNC_ID}

CANDIDATES = {
    "description": "How many candidates to return.",
    "schema": {"type": "integer"},
    "minimum": 1,
    "maximum": 8,
}
"""A top-level numeric body parameter, added to the native catalogue of the spec copy (Google's body has none:
its ranges are inside generationConfig, which sync reports but does not write)."""


def with_candidates(folder: Path, spec: Spec, model: ModelVariant) -> None:
    """The spec copy's native catalogue and `model`'s native variant take `candidateCount` (the catalogue's range)."""
    name = native(spec).name
    mutate(folder, "api.yaml", lambda api: api["endpoints"][name]["parameters"].update(candidateCount=CANDIDATES))
    path = model_file(folder, model.id)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    last = list(data["endpoints"][name]["parameters"])[-1]
    text = path.read_text(encoding="utf-8")
    assert text.count(f"      {last}: {{}}\n") == 1
    path.write_text(replaced(text, f"      {last}: {{}}\n", f"      {last}: {{}}\n      candidateCount: {{}}\n"))


def candidates_block(maximum: int) -> str:
    return f"candidateCount\ninteger\n\nHow many candidates to return.\n\nRequired range: 1 <= x <= {maximum}\n\n"


def test_a_changed_range_on_a_native_page_is_a_change_of_that_endpoint_and_write_edits_only_its_variant(
    folder: Path, tmp_path: Path
) -> None:
    spec = load(folder)
    model = native_model(spec)
    with_candidates(folder, spec, model)
    text = native_page(FLASH).read_text(encoding="utf-8")
    text = replaced(text, "\nResponse\n", "\n" + candidates_block(4) + "Response\n")
    page = page_of(tmp_path, FLASH, model.id, text)
    path = model_file(folder, model.id)
    before = path.read_text(encoding="utf-8")

    changes = report(sync(folder, page, "--format", "json"))["changes"]
    assert changes and {(c["endpoint"], c["model"]) for c in changes} == {(native(spec).name, model.id)}
    narrowed = [c for c in changes if c["parameter"] == "candidateCount"]
    assert narrowed and (narrowed[0]["old"], narrowed[0]["new"]) == (CANDIDATES["maximum"], 4)

    ran = sync(folder, page, "--write")
    assert ran.code == exit_codes.OK and f"wrote {path}" in ran.err, ran.err
    after = path.read_text(encoding="utf-8")
    assert all(line in after.splitlines() for line in before.splitlines() if line.lstrip().startswith("#"))
    old, new = variants_of_text(before), variants_of_text(after)
    assert {name: v for name, v in old.items() if name != native(spec).name} == {
        name: v for name, v in new.items() if name != native(spec).name
    }
    assert new[native(spec).name]["parameters"]["candidateCount"] == {"maximum": 4}
    written = load(folder)
    assert written.variants_of(native(spec)) != spec.variants_of(native(spec))
    assert report(sync(folder, page, "--format", "json"))["changes"] == []


def variants_of_text(text: str) -> dict[str, Any]:
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return dict(data["endpoints"])


def test_a_chat_page_written_never_touches_a_native_variant(folder: Path, tmp_path: Path) -> None:
    spec = load(folder)
    chat = spec.api.endpoints[0]
    path, model, stated = next(
        (p, m, s)
        for p in SEED_PAGES
        for m in [spec.model(str(_page(p).model))]
        if m is not None and not m.inherits and any(v.id == m.id for v in spec.variants_of(native(spec)))
        for s in _page(p).parameters
        if s.maximum is not None and m.parameter(s.name) is not None
    )
    assert stated.maximum is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i in range(stated.line, len(lines)) if f"<= x <= {stated.maximum}" in lines[i])
    lines[index] = replaced(lines[index], f"<= {stated.maximum}", f"<= {stated.maximum / 2}")
    edited = tmp_path / path.name
    edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
    file = model_file(folder, model.id)
    before = variants(file)

    ran = sync(folder, edited, "--write")
    assert ran.code == exit_codes.OK, ran.err
    after = variants(file)
    assert after[native(spec).name] == before[native(spec).name]
    assert after[chat.name] != before[chat.name]


def _page(path: Path, spec: Spec | None = None) -> IngestedPage:
    """The page at `path`, read for the spec's endpoints (chat completions alone without a spec)."""
    endpoints = shapes_of(spec) if spec is not None else (CHAT,)
    page = ingest_text(path.read_text(encoding="utf-8"), path.name, endpoints=endpoints)
    assert isinstance(page, IngestedPage), page
    return page


def test_a_header_that_differs_from_the_spec_is_a_warning_naming_the_endpoint(folder: Path, tmp_path: Path) -> None:
    spec = load(folder)
    model = native_model(spec)
    header = next(h for h in native(spec).headers if h.json_type == "boolean")
    flipped = "true" if header.default is False else "false"
    text = replaced(native_page(ASYNC).read_text(encoding="utf-8"), "default:false", f"default:{flipped}")
    document = report(sync(folder, page_of(tmp_path, ASYNC, model.id, text), "--format", "json"))
    expected = f"{native(spec).name}: header {header.name}: default {flipped} on the page"
    assert any(expected in warning for warning in document["warnings"]), document["warnings"]
    assert all(c["endpoint"] == native(spec).name for c in document["changes"])
    own = {p.name for p in model.parameters if not p.inferred}
    assert {item["parameter"] for item in document["not_checked"]} == own, "the page ends before its body"
    assert {item["endpoint"] for item in document["not_checked"]} == {native(spec).name}


def test_the_streaming_switch_and_the_spec_header_agree_with_the_real_page(folder: Path, tmp_path: Path) -> None:
    spec = load(folder)
    document = report(sync(folder, page_of(tmp_path, ASYNC, native_model(spec).id), "--format", "json"))
    assert not any("header" in warning or "path parameter" in warning for warning in document["warnings"])


def test_a_model_without_a_native_variant_gets_a_new_one_and_keeps_its_other_variants(
    folder: Path, tmp_path: Path
) -> None:
    spec = load(folder)
    model = native_model(spec)
    name = native(spec).name
    mutate(folder, f"models/{model.id}.yaml", lambda data: data["endpoints"].pop(name))
    path = model_file(folder, model.id)
    before = variants(path)
    page = page_of(tmp_path, FLASH, model.id)

    document = report(sync(folder, page, "--format", "json"))
    assert any(f"no {name} variant of this model" in warning for warning in document["warnings"])
    assert document["changes"] and {(c["endpoint"], c["model"]) for c in document["changes"]} == {(name, model.id)}
    ran = sync(folder, page, "--write")
    assert ran.code == exit_codes.OK, ran.err
    after = variants(path)
    assert {k: v for k, v in after.items() if k != name} == before
    stated = ingest_text(page.read_text(encoding="utf-8"), page.name, endpoints=shapes_of(spec))
    assert isinstance(stated, IngestedPage)
    assert set(after[name]["parameters"]) == {p.name for p in stated.parameters}
    assert after[name]["sources"] == [{"page": page.name, "language": "en"}]


def test_the_task_page_syncs_its_response_and_says_where_it_differs(folder: Path, tmp_path: Path) -> None:
    spec = load(folder)
    endpoint = tasks(spec)
    original = native_page("tasks_en.txt")
    assert report(sync(folder, original, "--format", "json"))["changes"] == []
    progress = schema_at(spec.api.schemas[endpoint.response], "properties", "progress")
    high = schema_at(progress, "maximum")
    assert isinstance(high, int)
    text = original.read_text(encoding="utf-8")
    text = replaced(text, f"0 <= x <= {high}", f"0 <= x <= {high - 1}")
    text += "\n\neta_seconds\ninteger\n\nSeconds until the task ends\n\nExample:\n\n30"
    page = tmp_path / "tasks.txt"
    page.write_text(text, encoding="utf-8")

    document = report(sync(folder, page, "--format", "json"))
    expected = f"{endpoint.name}: response {endpoint.response}.progress: maximum {high - 1} on the page, {high} in"
    assert any(expected in warning for warning in document["warnings"]), document["warnings"]
    added = [c for c in document["changes"] if c["kind"] == "response-field-added"]
    assert [c["path"] for c in added] == [f"{endpoint.response}.eta_seconds"], added
    assert sync(folder, page, "--write").code == exit_codes.OK
    written = load_spec(folder).spec
    assert written is not None
    assert "eta_seconds" in schema_at(written.api.schemas[endpoint.response], "properties")  # type: ignore[operator]


def schema_at(value: JSON | Mapping[str, JSON], *keys: str) -> JSON:
    for key in keys:
        assert isinstance(value, Mapping), (key, value)
        value = value[key]
    return value


def test_nested_generation_config_fields_that_differ_are_warnings_and_not_written(folder: Path, tmp_path: Path) -> None:
    spec = load(folder)
    model = native_model(spec)
    config = model.parameter("generationConfig")
    assert config is not None
    ref = schema_at(config.schema, "$ref")
    assert isinstance(ref, str)
    high = schema_at(spec.api.schemas[ref], "properties", "temperature", "maximum")
    assert isinstance(high, int | float)
    page = tmp_path / "nested.md"
    page.write_text(nested_page(model.id, high + 1, 1000), encoding="utf-8")
    before = model_file(folder, model.id).read_text(encoding="utf-8")

    document = report(sync(folder, page, "--format", "json"))
    where = f"{native(spec).name}: {model.id}: generationConfig"
    assert any(f"{where}.temperature: maximum {high + 1} on the page" in w for w in document["warnings"])
    assert any(f"{where}.madeUp: on the page, not in the spec's schema" in w for w in document["warnings"])
    assert sync(folder, page, "--write").code == exit_codes.OK
    after = variants_of_text(model_file(folder, model.id).read_text(encoding="utf-8"))
    assert (
        after[native(spec).name]["parameters"]["generationConfig"]
        == variants_of_text(before)[native(spec).name]["parameters"]["generationConfig"]
    )


def test_a_parameter_both_catalogues_lack_is_added_to_each_endpoints_catalogue(folder: Path, tmp_path: Path) -> None:
    spec = load(folder)
    seed, stated = full_seed_page()
    chat_model = spec.model(str(stated.model))
    assert chat_model is not None
    chat = tmp_path / seed.name
    chat.write_text(with_block(seed.read_text(encoding="utf-8"), stated.parameters[-1].name, candidates_block(4)))
    text = replaced(
        native_page(FLASH).read_text(encoding="utf-8"), "\nResponse\n", "\n" + candidates_block(4) + "Response\n"
    )
    native_file = page_of(tmp_path, FLASH, native_model(spec).id, text)

    ran = cli("sync", chat, native_file, "--spec", folder, "--write")
    assert ran.code == exit_codes.OK, ran.err
    api = yaml.safe_load((folder / "api.yaml").read_text(encoding="utf-8"))
    for endpoint in (spec.api.endpoints[0], native(spec)):
        assert api["endpoints"][endpoint.name]["parameters"]["candidateCount"]["maximum"] == 4, endpoint.name


@pytest.mark.parametrize("chat_first", [True, False])
def test_a_new_models_server_comes_from_its_first_endpoints_page_whatever_the_page_order(
    folder: Path, tmp_path: Path, chat_first: bool
) -> None:
    spec = load(folder)
    new_id = "gemini-9-ultra"
    seed, stated = full_seed_page()
    chat = tmp_path / "chat.txt"
    chat.write_text(seed.read_text(encoding="utf-8").replace(str(stated.model), new_id), encoding="utf-8")
    native_file = page_of(tmp_path, FLASH, new_id)
    servers = {server.url: server.name for server in spec.api.servers}
    native_server = _page(native_file, spec).server
    assert stated.server != native_server and stated.server in servers and native_server in servers

    ordered = (chat, native_file) if chat_first else (native_file, chat)
    ran = cli("sync", *ordered, "--spec", folder, "--write")
    assert ran.code == exit_codes.OK, ran.err
    data = yaml.safe_load(model_file(folder, new_id).read_text(encoding="utf-8"))
    assert data["server"] == servers[str(stated.server)]
    assert set(data["endpoints"]) == {spec.api.endpoints[0].name, native(spec).name}
