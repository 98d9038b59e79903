"""The escaping filters of generator.emit.jinja_env, each fed hostile text: what comes out means exactly what went in.

Each filter is checked by reading its output back with the target language's own reader where there is one
(Python's `ast`, `tomllib`, `shlex`), and by its exact output otherwise.
"""

from __future__ import annotations

import ast
import shlex
import tomllib
from pathlib import Path
from urllib.parse import unquote

import jinja2
import pytest

from generator.emit.jinja_env import FILTERS, make_environment
from generator.escaping import md, md_cell, md_code, md_prose, md_prose_cell, md_url, py_doc, py_str, py_value, toml_str
from tests.support.site_markdown import to_html

HOSTILE = [
    "plain",
    "",
    " ",
    "back`tick",
    "``double``",
    "`edge`",
    "pipe | in a cell",
    'double " quote',
    "single ' quote",
    "both \" and ' quotes, more '''",
    "a \\ backslash, \\n not a newline",
    "line\nbreak\r\nand\rreturns",
    "{{ template }} {% block %} {# comment #}",
    "<script>alert('x')</script> & co",
    "*bold* _em_ # heading [link](x) ![img](y) ~strike~ +list !",
    "non-ASCII: café, 日本語, emoji 🙂, \u2028line separator\u2029",
    "control \x00 \x07 \x1b \x7f \u0085 chars",
    '"""triple""" quotes"',
    "tab\tindent",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_py_str_is_a_python_literal_of_the_same_text(text: str) -> None:
    literal = py_str(text)
    assert ast.literal_eval(literal) == text
    assert "\n" not in literal and "\u2028" not in literal and "\u2029" not in literal


@pytest.mark.parametrize(
    ("text", "literal"),
    [("it's", '"it\'s"'), ('say "hi"', "'say \"hi\"'"), ('both \' and ""', "'both \\' and \"\"'")],
)
def test_py_str_quotes_as_black_does(text: str, literal: str) -> None:
    assert py_str(text) == literal


@pytest.mark.parametrize(
    "value",
    [None, True, False, 0, -3, 1.5, 1e-9, "x\n'\"", ["a", 1, None], {'k"': {"n": [1.0, "\\"]}}, ("one",), ()],
)
def test_py_value_is_a_python_literal_of_the_same_value(value: object) -> None:
    assert ast.literal_eval(py_value(value)) == value


def test_py_value_writes_a_one_item_tuple_with_its_comma_and_rejects_what_is_not_json() -> None:
    assert py_value(("one",)) == '("one",)' and py_value(()) == "()"
    with pytest.raises(TypeError, match="not a JSON value"):
        py_value({1, 2})


@pytest.mark.parametrize("text", HOSTILE)
def test_py_doc_reads_back_as_the_same_text_inside_a_docstring(text: str) -> None:
    source = f'def f() -> None:\n    """{py_doc(text)}"""\n'
    docstring = ast.get_docstring(ast.parse(source).body[0], clean=False)  # type: ignore[arg-type]
    assert docstring is not None and docstring.rstrip(" ") == text.rstrip(" ")


def test_py_doc_escapes_what_would_end_or_bend_the_docstring() -> None:
    assert py_doc('end"') == 'end" ', "a closing quote next to the docstring's own would end it early"
    assert py_doc('"""') == '\\"\\"\\" '
    assert py_doc("a\\b") == "a\\\\b"
    assert py_doc("tab\tnul\x00") == "tab\\u0009nul\\u0000"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a|b", "a\\|b"),
        ("`x`", "\\`x\\`"),
        ("*_{}[]<>#+!~\\", "\\*\\_\\{\\}\\[\\]\\<\\>\\#\\+\\!\\~\\\\"),
        ("{{ x }}", "\\{\\{ x \\}\\}"),
        ("café 日本", "café 日本"),
        ("quote \" '", "quote \" '"),
    ],
)
def test_md_backslash_escapes_every_markdown_and_html_sign(text: str, escaped: str) -> None:
    assert md(text) == escaped


def test_md_cell_keeps_a_cell_on_one_line() -> None:
    assert md_cell("a|b\nc\r\nd\re") == "a\\|b<br>c<br>d<br>e"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("plain", "`plain`"),
        ("back`tick", "``back`tick``"),
        ("``double``", "``` ``double`` ```"),
        ("`edge", "`` `edge ``"),
        ("a | b", "`a | b`"),
        (" ", "`   `"),
        ("", "`  `"),
    ],
)
def test_md_code_fences_with_more_backticks_than_the_text_has(text: str, span: str) -> None:
    assert md_code(text) == span


def test_md_prose_keeps_markdown_and_turns_html_into_entities_outside_code_spans() -> None:
    assert md_prose("**bold** <b>x</b> & `a<b>&c` > y") == "**bold** &lt;b&gt;x&lt;/b&gt; &amp; `a<b>&c` &gt; y"
    assert md_prose("{{ x }} | café") == "{{ x }} | café"


def test_md_prose_cell_escapes_pipes_and_breaks_lines() -> None:
    assert md_prose_cell("a | b\r\n<i>\rc") == "a \\| b<br>&lt;i&gt;<br>c"


@pytest.mark.parametrize("text", HOSTILE)
def test_toml_str_reads_back_as_the_same_text(text: str) -> None:
    assert tomllib.loads(f"key = {toml_str(text)}")["key"] == text


@pytest.mark.parametrize("text", HOSTILE)
def test_sh_quote_reads_back_as_one_word(text: str) -> None:
    assert shlex.split(FILTERS["sh_quote"](text)) == [text]


@pytest.mark.parametrize("path", ["a(b)c", "with space", "<angle>", "back\\slash", "tab\there", "plain/ok?q=1#f"])
def test_md_url_keeps_a_link_pointing_where_the_url_does(path: str) -> None:
    url = f"https://docs.example.com/{path}"
    linked = md_url(url)
    assert not set(linked) & set(" ()<>\\\t") and unquote(linked) == url
    html = to_html(f"[page]({linked})")
    assert f'href="{linked}"' in html.replace("&amp;", "&")


def test_every_filter_is_tested_here() -> None:
    tested = {md, md_cell, md_code, md_prose, md_prose_cell, md_url, py_doc, py_str, py_value, toml_str, shlex.quote}
    assert set(FILTERS.values()) == tested


def test_the_environment_applies_the_filters_and_does_not_render_template_syntax_in_values(tmp_path: Path) -> None:
    (tmp_path / "t.jinja").write_text("{{ value | py_str }} {{ value | md }}\n", encoding="utf-8")
    rendered = make_environment(tmp_path).get_template("t.jinja").render(value="{{ 1 + 1 }}")
    assert rendered == '"{{ 1 + 1 }}" \\{\\{ 1 \\+ 1 \\}\\}\n'


def test_the_environment_is_strict_about_undefined_names(tmp_path: Path) -> None:
    (tmp_path / "t.jinja").write_text("{{ missing }}", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError, match="missing"):
        make_environment(tmp_path).get_template("t.jinja").render()
