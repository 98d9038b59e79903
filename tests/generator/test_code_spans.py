"""Code spans in spec prose: found as CommonMark and Python-Markdown find them, and kept byte for byte."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.code_spans import agreed_spans, code_spans
from generator.escaping import md_prose, md_prose_cell
from tests.support.site_markdown import Html, to_html

# Examples from the CommonMark spec (0.31.2, "Code spans" and "Backslash escapes"): text -> spans.
COMMONMARK = [
    ("`foo`", ["`foo`"]),
    ("`` foo ` bar ``", ["`` foo ` bar ``"]),
    ("` `` `", ["` `` `"]),
    ("`foo\\`bar`", ["`foo\\`"]),
    ("``foo`bar``", ["``foo`bar``"]),
    ("*foo`*`", ["`*`"]),
    ("[not a `link](/foo`)", ["`link](/foo`"]),
    ("```foo``", []),
    ("`foo", []),
    ("`foo``bar``", ["``bar``"]),
    ("\\`not code`", []),
    ("\\\\`code`", ["`code`"]),
    ("\\``code`", ["`code`"]),
]


@pytest.mark.parametrize(("text", "spans"), COMMONMARK)
def test_commonmark_code_spans(text: str, spans: list[str]) -> None:
    assert [text[start:end] for start, end in code_spans(text, longest_shorter_closer=False)] == spans


def test_python_markdown_pairs_a_run_without_an_equal_closer_with_a_shorter_one() -> None:
    text = "``x`<b>`"
    assert [text[s:e] for s, e in code_spans(text, longest_shorter_closer=True)] == ["``x`"]
    assert [text[s:e] for s, e in code_spans(text, longest_shorter_closer=False)] == ["`<b>`"]
    assert agreed_spans(text) == [], "where the renderers disagree, nothing is kept raw"
    assert "<b>" not in Html(to_html(md_prose(text))).tags


def test_a_code_span_is_kept_byte_for_byte_and_shows_its_content() -> None:
    prose = "Every request needs `Authorization: Bearer <API key>`; <b>bold</b> & more."
    html = to_html(md_prose(prose))
    assert "<code>Authorization: Bearer &lt;API key&gt;</code>" in html
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in html
    assert "&amp;lt;" not in html
    cell = to_html(f"| a |\n|---|\n| {md_prose_cell(prose)} |")
    assert "<code>Authorization: Bearer &lt;API key&gt;</code>" in cell and "<b>" not in cell


@pytest.mark.parametrize("text", ["`a\n<b>`", "`a|<b>`", "`\n\n<b>\n\n`"])
def test_spans_across_lines_or_with_pipes_are_escaped(text: str) -> None:
    assert agreed_spans(text) == []
    assert "<" not in md_prose(text)


PIECES = ["`", "``", "```", "\\", "\\`", "<b>", "<i>", "&", "&lt;", " ", "x", "*", "|", "[", "](", ")"]
line = st.lists(
    st.sampled_from(PIECES) | st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=2),
    max_size=14,
).map("".join)


@settings(max_examples=300, deadline=None, derandomize=True)  # no deadline: CI machines are shared
@given(line)
def test_python_markdown_shows_exactly_the_spans_we_find(text: str) -> None:
    prose = md_prose(text)
    found = Html(to_html("Text: " + prose)).code
    expected = []
    for start, end in code_spans(prose, longest_shorter_closer=True):
        fence = len(prose[start:end]) - len(prose[start:end].rstrip("`"))
        expected.append(prose[start + fence : end - fence].strip())
    assert found == expected
    for start, end in agreed_spans(text):
        assert text[start:end] in prose
