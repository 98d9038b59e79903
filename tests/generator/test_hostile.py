"""Hostile text in the spec (quotes, braces, backslashes, newlines, U+2028, non-ASCII) cannot break the output."""

from __future__ import annotations

import html
import re
import tomllib
from pathlib import Path
from typing import Any

import black
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.formatting import LINE_LENGTH
from generator.emit.render import render_all
from generator.escaping import md_prose, md_prose_cell
from generator.load.loader import load_spec
from tests.support.paths import MINIMAL_SPEC
from tests.support.site_markdown import Html, to_html

PIECES = [
    '"',
    "'",
    '"""',
    "'''",
    "\\",
    "\\n",
    "{{ x }}",
    "{%",
    "%}",
    "{#",
    "\n",
    "\u2028",
    "`",
    "|",
    "*",
    "_",
    "<b>",
    "]",
    "é",
    "日本語",
    "한국어",
    "#",
]
hostile = st.lists(st.sampled_from(PIECES) | st.text(min_size=1, max_size=3), min_size=1, max_size=6).map("".join)
one_line = hostile.map(lambda s: s.replace("\n", " ").replace("\r", " ")).filter(lambda s: s.strip() != "")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]<>#+!|~])")
_FENCE = re.compile(r"^```python\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
INJECTED = {"b", "i", "form", "script"}
"""Tags that only a hostile string can bring into a page."""


def _unescape_markdown(text: str) -> str:
    """Undo the escaping of plain text (titles, enum values): backslash escapes and `<br>`."""
    return _MD_ESCAPE.sub(r"\1", text.replace("<br>", "\n"))


def _write_spec(folder: Path, title: str, description: str, enum_value: str) -> None:
    api: dict[str, Any] = yaml.safe_load((MINIMAL_SPEC / "api.yaml").read_text())
    api["title"] = title
    api["parameters"]["temperature"]["description"] = description
    api["parameters"]["reasoning_effort"]["enum"] = [enum_value, "low"]
    api["parameters"]["reasoning_effort"]["default"] = enum_value
    api["parameters"]["reasoning_effort"]["example"] = enum_value  # so the page's Python examples send it
    (folder / "models").mkdir(parents=True)
    (folder / "api.yaml").write_text(yaml.safe_dump(api, allow_unicode=True), encoding="utf-8")
    for name in ("alpha", "beta"):
        model = yaml.safe_load((MINIMAL_SPEC / "models" / f"{name}.yaml").read_text())
        model["title"] = f"{title} {name}"
        (folder / "models" / f"{name}.yaml").write_text(yaml.safe_dump(model, allow_unicode=True), encoding="utf-8")


@pytest.mark.timeout(600)  # 25 whole renders: about a minute, more on a loaded machine
@settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # shrinking re-renders the tree hundreds of times
    derandomize=True,  # the same examples in every CI run; widen max_examples locally to explore
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(title=one_line, description=hostile.filter(lambda s: s.strip() != ""), enum_value=one_line)
def test_hostile_strings_give_compiling_python_and_faithful_docs(
    tmp_path_factory: Any, title: str, description: str, enum_value: str
) -> None:
    folder = tmp_path_factory.mktemp("hostile") / "spec"
    _write_spec(folder, title, description, enum_value)
    result = load_spec(folder)
    assert result.errors == [] and result.spec is not None
    table = render_all(result.spec, DEFAULT_TEMPLATES)

    namespace: dict[str, Any] = {}
    for path, text in table.items():
        if path.endswith(".py"):
            code = compile(text, path, "exec")
            if path.endswith("types/_models.py"):
                exec(code, namespace)
    assert namespace["AlphaRequest"].model_fields["reasoning_effort"].default == enum_value
    openapi = yaml.safe_load(table["openapi.yaml"])
    assert openapi["info"]["title"] == title
    effort = openapi["components"]["schemas"]["AlphaRequest"]["properties"]["reasoning_effort"]
    assert effort["enum"] == [enum_value, "low", None] and effort["default"] == enum_value
    assert tomllib.loads(table["python/pyproject.toml"])["project"]["description"].endswith(title)

    index, alpha = _unescape_markdown(table["docs/index.md"]), _unescape_markdown(table["docs/models/alpha.md"])
    assert title in index and f"{title} alpha" in alpha
    cell = html.unescape(table["docs/models/alpha.md"].replace("\\|", "|").replace("<br>", "\n"))
    assert re.sub(r"\r\n?", "\n", description.strip()) in cell, "prose is Markdown, kept as is in its table cell"
    assert enum_value in alpha and enum_value in index

    for page in ("docs/index.md", "docs/models/alpha.md", "docs/models/beta.md", "python/README.md"):
        assert not INJECTED & set(Html(to_html(table[page])).tags), page
        for block in _FENCE.finditer(table[page]):
            snippet = block.group("code")
            assert black.format_str(snippet, mode=black.Mode(line_length=LINE_LENGTH)) == snippet, page
    assert "    reasoning_effort=" in table["docs/models/alpha.md"], "the examples send the hostile value"


MARKUP = ["`", "``", "```", "\\", "<b>", "</b>", "<i>", "<form>", "<script>", "<!--", "&", "&lt;", "|", "*", "x"]
BLOCKS = ["\n", "\n\n", "\n    ", "\n# ", "\n- ", "\n> ", "\n1. ", "\n---\n", "\n```\n"]
markup = st.lists(st.sampled_from(MARKUP + BLOCKS) | st.text(max_size=2), max_size=16).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(markup)
def test_prose_filters_let_no_html_through_and_keep_code_spans(text: str) -> None:
    for rendered in (md_prose(text), "- " + md_prose(text), f"| a |\n|---|\n| {md_prose_cell(text)} |"):
        html = Html(to_html(rendered))
        assert not INJECTED & set(html.tags), rendered
        assert not html.comments, rendered
