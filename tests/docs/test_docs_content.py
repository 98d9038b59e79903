"""What the docs say follows the spec and the SDK runtime: one `generate` updates every page."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from evolink._exceptions import APIStatusError, status_error_class
from evolink._retries import should_retry_status

from generator.cli import DEFAULT_TEMPLATES
from generator.docs_view import ERROR_ROWS, ErrorRow, build_docs_view
from generator.jinja_env import make_environment
from generator.loader import load_spec
from generator.model import Release, ReleaseChange
from generator.render import render_all
from generator.sdk_view import build_sdk_view
from tests.conftest import edit


@pytest.mark.parametrize("row", [row for row in ERROR_ROWS if row.status[0].isdigit()], ids=lambda row: row.status)
def test_errors_table_matches_the_runtime(row: ErrorRow) -> None:
    statuses = [500, 502, 503, 504] if row.status == "5xx" else [int(row.status)]
    for status in statuses:
        assert status_error_class(status).__name__ == row.error
        assert issubclass(status_error_class(status), APIStatusError)
        assert should_retry_status(status) is row.retried


def test_a_range_change_reaches_the_matrix_the_model_page_and_the_openapi(project_copy: Path) -> None:
    edit(project_copy / "spec" / "models" / "gemini-3-pro-preview.yaml", "  top_k: {}", "  top_k: {maximum: 64}")
    result = load_spec(project_copy / "spec")
    assert result.spec is not None, result.errors
    table = render_all(result.spec, DEFAULT_TEMPLATES)
    assert "| `top_k` |  |  | 1 ≤ x ≤ 64 | 1 ≤ x ≤ 64 *(inferred)* |" in table["docs/index.md"]
    assert "| `top_k` |  | integer |  | 1 ≤ x ≤ 64 |" in table["docs/models/gemini-3-pro-preview.md"]
    assert "maximum: 64" in table["openapi.yaml"]
    assert "maximum=64" in table["python/src/evolink/_rules.py"]


def test_the_changelog_section_renders_the_releases_it_is_given(project_copy: Path) -> None:
    result = load_spec(project_copy / "spec")
    assert result.spec is not None
    releases = (
        Release("1.1.0", (ReleaseChange("breaking", "gemini-3-pro-preview", "top_k maximum lowered to 64"),)),
        Release("1.0.1", (ReleaseChange("info", None, "descriptions clarified"),)),
    )
    spec = dataclasses.replace(result.spec, releases=releases)
    context = {"spec": spec, "sdk": build_sdk_view(spec, [], []), "docs": build_docs_view(spec)}
    page = make_environment(DEFAULT_TEMPLATES).get_template("docs/index.md.jinja").render(context)
    changelog = page[page.index("## Changelog") :]
    assert "### 1.1.0" in changelog and changelog.index("### 1.1.0") < changelog.index("### 1.0.1")
    assert "- **breaking** (`gemini-3-pro-preview`): top\\_k maximum lowered to 64" in changelog
    assert "- **info**: descriptions clarified" in changelog


def test_without_releases_there_is_no_changelog_section() -> None:
    assert "## Changelog" not in (Path(__file__).parents[2] / "generated" / "docs" / "index.md").read_text()
