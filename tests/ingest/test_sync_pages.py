"""`sync` on pages as the vendor really writes them: family pages, prose restrictions, pages cut short, response
fields beyond the spec, and discovery through an llms.txt index served from 127.0.0.1.

The pages are a full seed page turned into a family page (tests/support/seed_pages.family_page) and the vendor's
real pages in tests/ingest/pages (URLs in its README); expectations come from the pages and the loaded specs.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml
from mypy import api

from generator.escaping import md
from generator.ingest import IngestedPage, ingest_text
from generator.ir import Spec
from generator.load.loader import load_spec
from tests.support.cli import Ran, cli, in_project
from tests.support.paths import ROOT
from tests.support.seed_pages import family_page, full_seed_page, markdown_page
from tests.support.specs import variant_of
from tests.support.vendor_pages import vendor_page

FAMILY = ("gpt-5.1", "gpt-5.1-chat", "gpt-5.1-thinking")
RESTRICTION = "Note: gpt-5.1-thinking does not support top_p, tools, tool_choice parameters."


def run(spec: Path, *args: str) -> Ran:
    """The command against the spec folder `spec`, and the output and templates folders beside it."""
    if spec.name == "spec" and spec.parent != ROOT:
        return in_project(spec.parent, *args)
    return cli(*args, "--spec", spec)


def loaded(spec: Path) -> Spec:
    result = load_spec(spec)
    assert result.spec is not None, result.errors
    return result.spec


def write_family_page(folder: Path) -> Path:
    path, _ = full_seed_page()
    page = folder / "gpt-5-1.txt"
    page.write_text(family_page(path.read_text(encoding="utf-8"), FAMILY, note=RESTRICTION), encoding="utf-8")
    return page


def test_a_family_page_is_one_model_added_per_id(project_copy: Path) -> None:
    spec_folder = project_copy / "spec"
    page = write_family_page(project_copy)
    code, out, err = run(spec_folder, "sync", str(page), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    added = {c["model"] for c in report["changes"] if c["kind"] == "model-added"}
    assert added == set(FAMILY)
    assert any(RESTRICTION in warning for warning in report["warnings"])


def test_a_three_model_page_written_and_generated_reaches_the_sdk_openapi_and_docs(project_copy: Path) -> None:
    spec_folder = project_copy / "spec"
    _, seed = full_seed_page()
    page = write_family_page(project_copy)
    samples = vendor_page("deepseek_en_cut.txt")  # its response sample shows reasoning_content, system_fingerprint
    code, _, err = run(spec_folder, "sync", str(page), str(samples), "--write")
    assert code == 0, err

    spec = loaded(spec_folder)
    restricted = {"top_p", "tools", "tool_choice"}
    documented = {p.name for p in seed.parameters} - {"model"}
    for model_id in FAMILY:
        model = spec.model(model_id)
        assert model is not None, model_id
        expected = documented - restricted if model_id == "gpt-5.1-thinking" else documented
        assert {p.name for p in model.parameters} == expected, model_id
    thinking = spec.model("gpt-5.1-thinking")
    assert thinking is not None and any(RESTRICTION in note for note in thinking.notes)

    assert run(spec_folder, "generate")[0] == 0
    generated = project_copy / "generated"
    openapi = yaml.safe_load((generated / "openapi.yaml").read_text(encoding="utf-8"))
    message = openapi["components"]["schemas"]["ResponseMessage"]["properties"]
    assert "reasoning_content" in message
    for model_id in FAMILY:
        model = spec.model(model_id)
        assert model is not None
        assert f"{model.class_stem}Request" in openapi["components"]["schemas"]
        assert (generated / "docs" / "models" / f"{model_id}.md").is_file()
        assert f'"{model_id}"' in (generated / "python" / "src" / "evolink" / "_rules.py").read_text(encoding="utf-8")
    assert run(spec_folder, "check")[0] == 0
    assert_types(project_copy)


def assert_types(project: Path) -> None:
    """mypy --strict: each id is its own overload, and the new response field is typed."""
    case = project / "case.py"
    case.write_text(
        textwrap.dedent("""\
            from evolink import Evolink

            client = Evolink(api_key="k")
            r = client.chat.completions.create(model="gpt-5.1", messages=[{"role": "user", "content": "hi"}], top_p=0.5)
            thought: str | None = r.choices[0].message.reasoning_content
            fingerprint: str | None = r.system_fingerprint
            client.chat.completions.create(
                model="gpt-5.1-thinking", messages=[{"role": "user", "content": "hi"}], top_p=0.5  # error
            )
            """),
        encoding="utf-8",
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MYPYPATH", str(project / "generated" / "python" / "src"))
        args = ["--strict", "--no-error-summary", "--config-file", "", "--cache-dir", str(project / ".mypy")]
        stdout, stderr, status = api.run([*args, str(case)])
    assert "Traceback" not in stderr and status in (0, 1), (stdout, stderr)
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    marked = next(i for i, line in enumerate(case.read_text().splitlines(), 1) if line.endswith("# error"))
    assert [int(line.split(":")[1]) for line in errors] in ([marked], [marked - 1]), stdout


def test_a_page_cut_short_never_reports_what_lies_past_the_cut(project_copy: Path) -> None:
    spec_folder = project_copy / "spec"
    path, seed = full_seed_page()
    assert seed.model is not None
    model = loaded(spec_folder).model(seed.model)
    assert model is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    keep = sorted(p.line for p in seed.parameters)[len(seed.parameters) // 2]
    cut = project_copy / "cut.txt"
    cut.write_text("\n".join(lines[: keep + 2]) + "\n", encoding="utf-8")
    page = ingest_text(cut.read_text(encoding="utf-8"), "cut.txt")
    assert isinstance(page, IngestedPage) and page.cut_short is not None
    read = {p.name for p in page.checked}
    past = [p.name for p in model.parameters if not p.inferred and p.name not in read]
    assert past, "the cut must leave parameters of the model unread"

    for fmt in ("text", "markdown", "json"):
        code, out, err = run(spec_folder, "sync", str(cut), "--format", fmt, "--fail-on", "breaking")
        assert code == 0, (fmt, out, err)
        assert "param-removed" not in out and "max-decreased" not in out
        for name in past:
            line = f"{model.id}: {name}: not checked"
            assert (md(line) if fmt == "markdown" else line) in out or fmt == "json", (fmt, name)
        if fmt == "json":
            listed = {(item["model"], item["parameter"]) for item in json.loads(out)["not_checked"]}
            assert {(model.id, name) for name in past} <= listed

    model_file = spec_folder / "models" / f"{model.id}.yaml"
    before = variant_of(yaml.safe_load(model_file.read_text(encoding="utf-8")))["parameters"]
    code, _, err = run(spec_folder, "sync", str(cut), "--write")
    assert code == 0, err
    after = variant_of(yaml.safe_load(model_file.read_text(encoding="utf-8")))["parameters"]
    assert set(after) == set(before), "a page cut short never deletes what it did not reach"


def test_a_real_page_cut_short_against_a_spec_with_more_parameters_passes_fail_on_breaking(project_copy: Path) -> None:
    """kimi-k2_en_cut.txt (real) ends inside max_tokens; the spec's kimi models are copies of a full model."""
    spec_folder = project_copy / "spec"
    page = ingest_text(vendor_page("kimi-k2_en_cut.txt").read_text(encoding="utf-8"), "kimi.txt")
    assert isinstance(page, IngestedPage) and page.cut_short is not None
    _, seed = full_seed_page()
    assert seed.model is not None
    source = (spec_folder / "models" / f"{seed.model}.yaml").read_text(encoding="utf-8")
    for model_id in page.model_ids:
        (spec_folder / "models" / f"{model_id}.yaml").write_text(source.replace(seed.model, model_id), "utf-8")
    code, out, err = run(spec_folder, "sync", str(vendor_page("kimi-k2_en_cut.txt")), "--fail-on", "breaking")
    assert code == 0, (out, err)
    assert "breaking" not in out.split("suggested version bump")[0].replace("0 breaking", "")
    assert f"{page.model_ids[0]}: temperature: not checked" in out


def test_sync_index_discovers_chat_pages_and_costs_one_304_per_page_when_nothing_changed(
    project_copy: Path, page_server: object
) -> None:
    from tests.support.page_server import PageServer  # noqa: PLC0415

    assert isinstance(page_server, PageServer)
    spec_folder = project_copy / "spec"
    family = write_family_page(project_copy).read_bytes()
    images = textwrap.dedent("""\
        POST
        /v1/images/generations
        curl --request POST \\
          --url https://api.evolink.ai/v1/images/generations \\
          --data '{"model": "gpt-image-1", "prompt": "a cat"}'
        """).encode()
    base = "/en/api-manual/language-series"
    pages = {f"{base}/gpt-5-1/gpt-5-1-api": family, f"{base}/gpt-image-1/gpt-image-1-generate": images}
    for path, body in pages.items():
        page_server.pages[path] = (200, {"ETag": f'"{len(body)}"', "Content-Type": "text/plain"}, body)
    index = "# Evolink\n\n## Models\n\n" + "".join(f"- [{p}]({page_server.url}{p}): a page\n" for p in pages)
    index += f"- [Guide]({page_server.url}/en/guide/quickstart): not a model page\n"
    page_server.pages["/llms.txt"] = (200, {"ETag": '"index"'}, index.encode())
    cache = project_copy / "page-cache"

    args = ("sync", "--index", f"{page_server.url}/llms.txt", "--cache", str(cache), "--format", "json")
    code, out, err = run(spec_folder, *args)
    assert code == 0, err
    added = {c["model"] for c in json.loads(out)["changes"] if c["kind"] == "model-added"}
    assert added == set(FAMILY)
    assert "1 document another endpoint and were skipped" in err
    assert not any("/guide/" in path for path, _ in page_server.requests)

    first = len(page_server.requests)
    code, _, err = run(spec_folder, *args, "--write")
    assert code == 0, err
    assert all(loaded(spec_folder).model(model_id) is not None for model_id in FAMILY)
    again = page_server.statuses[first:]
    assert again == [304] * len(again) and len(again) == len(pages) + 1


def test_ingest_yaml_prints_one_model_file_per_id_of_a_family_page(tmp_path: Path) -> None:
    page = write_family_page(tmp_path)
    code, out, err = run(ROOT / "spec", "ingest", str(page), "--format", "yaml")
    assert code == 0, err
    documents = [document for document in yaml.safe_load_all(out) if document]
    assert [document["id"] for document in documents] == list(FAMILY)
    thinking = documents[-1]
    assert not {"top_p", "tools", "tool_choice"} & set(variant_of(thinking)["parameters"])
    assert any(RESTRICTION in note for note in variant_of(thinking)["notes"])


def test_a_complete_page_and_a_cut_copy_of_it_agree_and_the_complete_one_is_used(project_copy: Path) -> None:
    spec_folder = project_copy / "spec"
    path, seed = full_seed_page()
    lines = path.read_text(encoding="utf-8").splitlines()
    cut = project_copy / "cut.txt"
    cut.write_text("\n".join(lines[: sorted(p.line for p in seed.parameters)[3] + 1]) + "\n", encoding="utf-8")
    code, out, err = run(spec_folder, "sync", str(cut), str(path), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert report["not_checked"] == []
    assert not any("disagree" in warning for warning in report["warnings"])
    assert any("cut short" in warning for warning in report["warnings"])


def test_a_markdown_twin_of_a_family_page_lists_every_id_and_its_restriction() -> None:
    """The `.md` form (OpenAPI in a fence): the `model` enum of several ids, a restriction in its description."""
    schema = next(name for name in _request_schemas() if "temperature" in _request_schemas()[name]["properties"])

    def family(request: dict[str, object]) -> None:
        properties = request["properties"]
        assert isinstance(properties, dict)
        properties["model"] = {
            "type": "string",
            "enum": list(FAMILY),
            "default": FAMILY[0],
            "description": "gpt-5.1-thinking does not support temperature.",
        }

    page = ingest_text(markdown_page(schema, ROOT / "generated" / "openapi.yaml", edit=family), "family.md")
    assert isinstance(page, IngestedPage), page
    assert page.model_ids == FAMILY and page.model == FAMILY[0]
    assert page.restricted("gpt-5.1-thinking") == ("temperature",)
    assert "temperature" in {p.name for p in page.parameters_for("gpt-5.1")}


def _request_schemas() -> dict[str, dict[str, dict[str, object]]]:
    document = yaml.safe_load((ROOT / "generated" / "openapi.yaml").read_text(encoding="utf-8"))
    schemas: dict[str, dict[str, dict[str, object]]] = document["components"]["schemas"]
    return {name: schema for name, schema in schemas.items() if name.endswith("Request") and "properties" in schema}
