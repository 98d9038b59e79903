"""What the docs say follows the spec and the SDK runtime: one `generate` updates every page."""

from __future__ import annotations

import dataclasses
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from evolink._exceptions import APIStatusError, status_error_class
from evolink._retries import should_retry_status

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.docs_view import ErrorRow, build_docs_view, error_rows
from generator.emit.endpoint_docs_view import build_endpoint_docs
from generator.emit.jinja_env import make_environment
from generator.emit.openapi import request_schema_name
from generator.emit.render import render_all
from generator.emit.runtime_facts import read_runtime_facts
from generator.emit.sdk_view import build_sdk_view
from generator.escaping import py_value
from generator.ir import ModelVariant, Parameter, Release, ReleaseChange, Spec
from generator.json_values import object_member
from tests.support.paths import ROOT
from tests.support.specs import load, mutate, variant_of

FACTS = read_runtime_facts(DEFAULT_TEMPLATES)


def render_index(spec: Spec) -> str:
    """docs/index.md for `spec`, rendered without the rest of the tree."""
    context = {
        "spec": spec,
        "sdk": build_sdk_view(spec, [], []),
        "docs": build_docs_view(spec, FACTS),
        "endpoints": build_endpoint_docs(spec),
    }
    return make_environment(DEFAULT_TEMPLATES).get_template("docs/index.md.jinja").render(context)


def matrix_row(index: str, parameter: str) -> dict[str, str]:
    """The cells of the matrix row of `parameter` in docs/index.md, by model id."""
    lines = index.splitlines()
    header = next(line for line in lines if line.startswith("| parameter |"))
    ids = re.findall(r"\[`([^`]+)`\]", header)
    row = next(line for line in lines if line.startswith(f"| `{parameter}` |"))
    cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", row)[2:-1]]
    assert len(cells) == len(ids)
    return dict(zip(ids, cells, strict=True))


@pytest.mark.parametrize(
    "row", [row for row in error_rows(FACTS) if row.status[0].isdigit()], ids=lambda row: row.status
)
def test_errors_table_matches_the_runtime(row: ErrorRow) -> None:
    statuses = [500, 502, 503, 504] if row.status == "5xx" else [int(row.status)]
    for status in statuses:
        assert status_error_class(status).__name__ == row.error
        assert issubclass(status_error_class(status), APIStatusError)
        assert should_retry_status(status) is row.retried


def _numeric_parameter(spec: Spec) -> tuple[ModelVariant, Parameter]:
    """A number parameter a model's own page documents, preferably one that other models inherit."""
    candidates = [
        (model, parameter)
        for model in spec.models
        for parameter in model.parameters
        if not parameter.inferred and {"integer", "number"} & set(parameter.json_types)
    ]
    assert candidates, "the spec documents no number parameter"

    def inherited(candidate: tuple[ModelVariant, Parameter]) -> bool:
        model, parameter = candidate
        return any((p := m.parameter(parameter.name)) and p.inherited_from == model.id for m in spec.models)

    return next((candidate for candidate in candidates if inherited(candidate)), candidates[0])


def test_a_range_change_reaches_the_matrix_the_model_page_and_the_openapi(project_copy: Path) -> None:
    model, parameter = _numeric_parameter(load(project_copy / "spec"))
    values = (parameter.minimum, parameter.maximum, parameter.default, parameter.example)
    known = [v for v in values if isinstance(v, int | float)]
    maximum = int(max(known, default=0)) + 4321  # a value no page shows yet
    path = project_copy / "spec" / "models" / f"{model.id}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    variant = variant_of(data, model.endpoint)
    variant["parameters"][parameter.name] = {**(variant["parameters"][parameter.name] or {}), "maximum": maximum}
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    spec = load(project_copy / "spec")
    table = render_all(spec, DEFAULT_TEMPLATES)

    heirs = [m for m in spec.models if (p := m.parameter(parameter.name)) and p.inherited_from == model.id]
    cells = matrix_row(table["docs/index.md"], parameter.name)
    assert f"x ≤ {maximum}" in cells[model.id] and "inferred" not in cells[model.id]
    for changed in [model, *heirs]:
        assert f"x ≤ {maximum}" in cells[changed.id]
        assert ("*(inferred)*" in cells[changed.id]) is (changed is not model)
        page = table[f"docs/models/{changed.id}.md"].splitlines()
        assert f"x ≤ {maximum}" in next(line for line in page if line.startswith(f"| `{parameter.name}` |"))
        schemas = yaml.safe_load(table["openapi.yaml"])["components"]["schemas"]
        assert (
            schemas[request_schema_name(spec.api.main_endpoint, changed)]["properties"][parameter.name]["maximum"]
            == maximum
        )
    assert f"maximum={maximum}" in table["python/src/evolink/_rules.py"]


def test_the_changelog_section_renders_the_releases_it_is_given() -> None:
    model = load(ROOT / "spec").models[0].id
    releases = (
        Release("1.1.0", (ReleaseChange("breaking", model, "top_k maximum lowered to 64"),)),
        Release("1.0.1", (ReleaseChange("info", None, "descriptions clarified"),)),
    )
    page = render_index(dataclasses.replace(load(ROOT / "spec"), releases=releases))
    changelog = page[page.index("## Changelog") :]
    assert "### 1.1.0" in changelog and changelog.index("### 1.1.0") < changelog.index("### 1.0.1")
    assert f"- **breaking** (`{model}`): top\\_k maximum lowered to 64" in changelog
    assert "- **info**: descriptions clarified" in changelog


def test_without_releases_there_is_no_changelog_section() -> None:
    spec = load(ROOT / "spec")
    assert "## Changelog" not in render_index(dataclasses.replace(spec, releases=()))
    committed = (ROOT / "generated" / "docs" / "index.md").read_text(encoding="utf-8")
    assert ("## Changelog" in committed) is bool(spec.releases)


def test_the_pages_name_the_python_versions_and_dependencies_the_package_declares() -> None:
    project = tomllib.loads((ROOT / "generated" / "python" / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    oldest = project["requires-python"].removeprefix(">=")
    names = [re.split(r"[<>=!~ ]", spec, maxsplit=1)[0] for spec in project["dependencies"]]
    assert f"Programming Language :: Python :: {oldest}" in project["classifiers"]
    for page in ("docs/index.md", "python/README.md"):
        text = (ROOT / "generated" / page).read_text(encoding="utf-8")
        line = next(line for line in text.splitlines() if line.startswith(f"Python {oldest}+"))
        assert all(f"`{name}`" in line for name in names), line


def test_the_fallback_servers_are_named_alike_everywhere() -> None:
    sdk = build_sdk_view(load(ROOT / "spec"), [], [])
    for page in ("docs/index.md", "python/README.md", "python/src/evolink/_client.py"):
        text = " ".join((ROOT / "generated" / page).read_text(encoding="utf-8").split())
        assert sdk.fallback_text in text, page


def test_each_endpoint_without_a_model_has_a_page_listing_its_response_fields() -> None:
    spec = load(ROOT / "spec")
    own = [endpoint for endpoint in spec.api.endpoints if endpoint.model_in is None]
    assert own, "the spec has an endpoint that takes no model (the task API)"
    index = (ROOT / "generated" / "docs" / "index.md").read_text(encoding="utf-8")
    for endpoint in own:
        page = (ROOT / "generated" / "docs" / "endpoints" / f"{endpoint.name}.md").read_text(encoding="utf-8")
        fields = object_member(spec.api.schemas[endpoint.response], "properties")
        assert fields and all(f"| `{name}` |" in page for name in fields)
        assert f"(endpoints/{endpoint.name}.md)" in index
        assert ("## Waiting for it" in page) is (endpoint.polling is not None)


def test_the_other_endpoints_examples_send_the_specs_example_request(project_copy: Path) -> None:
    spec_folder = project_copy / "spec"
    spec = load(spec_folder)
    endpoint = next(e for e in spec.api.endpoints[1:] if e.model_in is not None and spec.variants_of(e))
    request = object_member(endpoint.examples, "request")
    names = {entry.name: entry.python_name for entry in endpoint.catalogue}
    assert request and set(request) <= set(names) | {"model"}

    first = next(key for key in request if key != "model")
    replacement = [{"role": "user", "parts": [{"text": "Ciao"}]}]

    def edit(data: dict[str, object]) -> None:  # another value: the example moves with the spec
        data["endpoints"][endpoint.name]["examples"]["request"][first] = replacement  # type: ignore[index]

    mutate(spec_folder, "api.yaml", edit)
    index = render_all(load(spec_folder), DEFAULT_TEMPLATES)["docs/index.md"]
    call = index[index.index(f"= client.{'.'.join(endpoint.sdk.resource)}.{endpoint.sdk.method}(") :]
    call = call[: call.index("\n)")]
    assert f'model="{spec.variants_of(endpoint)[0].id}",' in call
    assert f"\n    {names[first]}={py_value(replacement)}," in call and py_value(request[first]) not in call
    assert all(f"\n    {names[key]}=" in call for key in request if key != "model")
