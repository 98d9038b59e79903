"""Pages that are not what `ingest` reads: clear, located errors (exit 3), never a traceback; warnings, not guesses."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from generator import exit_codes
from generator.ingest import IngestedPage, PageError, ingest_text
from generator.load.loader import load_spec
from tests.support.cli import Ran, cli
from tests.support.files import renamed, replaced
from tests.support.paths import ROOT
from tests.support.seed_pages import SEED_PAGES, markdown_page, without_block

FULL = max(SEED_PAGES, key=lambda path: len(path.read_text(encoding="utf-8")))


def run(*args: str) -> Ran:
    return cli(*args, "--spec", ROOT / "spec")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def test_an_html_page_says_what_to_do_instead(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<!DOCTYPE html>\n<html><body>POST /v1/chat/completions</body></html>\n", encoding="utf-8")
    code, out, err = run("ingest", str(page))
    assert code == exit_codes.ERROR and out == "[]\n"
    assert f"{page}: this is an HTML page" in err and "`.md`" in err and "Traceback" not in err


def test_a_page_for_an_endpoint_the_spec_lacks_names_what_it_documents_and_what_the_spec_has(tmp_path: Path) -> None:
    page = tmp_path / "images.txt"
    page.write_text(
        replaced(renamed(read(FULL), "completions", "generations"), "\nchat\n", "\nimages\n"), encoding="utf-8"
    )
    code, _, err = run("ingest", str(page))
    assert code == exit_codes.ERROR
    assert "not a page of an endpoint the spec declares: it documents POST /v1/images/generations" in err
    spec = load_spec(ROOT / "spec").spec
    assert spec is not None
    assert all(f"{endpoint.name} ({endpoint.method.upper()} {endpoint.path})" in err for endpoint in spec.api.endpoints)


def test_a_page_that_names_no_model_is_an_error(tmp_path: Path) -> None:
    text = without_block(read(FULL), "model")
    text = "\n".join(line for line in text.splitlines() if '"model":' not in line)
    result = ingest_text(text, "nomodel.txt")
    assert isinstance(result, PageError) and "names no model" in result.message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the page is empty"),
        (b"\xff\xfe\x00garbage", "cannot read the file"),
        (b"just some words\n", "no endpoint"),
    ],
)
def test_unreadable_files_are_located_errors(tmp_path: Path, content: bytes, message: str) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(content)
    code, _, err = run("ingest", str(page))
    assert code == exit_codes.ERROR and f"{page}: " in err and message in err and "Traceback" not in err


def test_good_pages_are_printed_among_bad_ones_and_sync_compares_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run("ingest", str(FULL), str(missing))
    assert code == exit_codes.ERROR
    assert [entry["page"] for entry in json.loads(out)] == [str(FULL)]
    assert f"{missing}: no such file" in err
    code, out, err = run("sync", str(FULL), str(missing))
    assert code == exit_codes.ERROR and out == "" and "nothing was compared" in err


def test_a_range_running_into_the_next_label_is_a_warning_not_data() -> None:
    page = ingest_text(read(FULL), "p")
    assert isinstance(page, IngestedPage)
    ranged = next(p for p in page.parameters if p.maximum is not None)
    lines = read(FULL).splitlines()
    index = next(i for i in range(ranged.line, len(lines)) if "<= x <=" in lines[i])
    lines[index] = lines[index] + " " + lines[index + 1]
    del lines[index + 1]
    result = ingest_text("\n".join(lines), "p")
    assert isinstance(result, IngestedPage)
    merged = result.parameter(ranged.name)
    assert merged is not None and (merged.minimum, merged.maximum) == (None, None)
    assert any(w.line == index + 1 and "cannot read the range" in w.message for w in result.warnings)


def test_a_default_running_into_a_range_is_a_warning_not_data() -> None:
    page = ingest_text(read(FULL), "p")
    assert isinstance(page, IngestedPage)
    numeric = next(p for p in page.parameters if isinstance(p.default, int | float) and p.maximum is not None)
    lines = read(FULL).splitlines()
    default_line = next(i for i in range(numeric.line, len(lines)) if lines[i].endswith(f":{numeric.default}"))
    lines[default_line] += "必須範囲: 0 <= x <= 2"
    result = ingest_text("\n".join(lines), "p")
    assert isinstance(result, IngestedPage)
    parameter = result.parameter(numeric.name)
    assert parameter is not None and parameter.default is None
    assert any(w.line == default_line + 1 and "does not fit its type" in w.message for w in result.warnings)


def test_markdown_refs_cycles_allof_and_broken_documents() -> None:
    spec_request = markdown_page("Gemini3ProPreviewRequest", ROOT / "generated" / "openapi.yaml")
    to_loop = replaced(spec_request, "$ref: '#/components/schemas/ChatRequest'", "$ref: '#/components/schemas/Loop'")
    cyclic = replaced(to_loop, "\n  schemas:\n", "\n  schemas:\n    Loop:\n      $ref: '#/components/schemas/Loop'\n")
    for page, name in ((cyclic, "cyclic.md"), (to_loop, "unknown-ref.md")):
        result = ingest_text(page, name)
        assert isinstance(result, PageError) and "no application/json request body" in result.message, name
    unclosed = spec_request.rsplit("````", 1)[0]
    cut = ingest_text(unclosed, "cut.md")
    assert isinstance(cut, IngestedPage) and cut.cut_short is not None, "an unclosed fence is a page cut short"
    assert "never closed" in cut.cut_short.reason
    unparsable = unclosed.split("openapi: 3.1.0", 1)[0] + "openapi: 3.1.0\n  bad: ["
    error = ingest_text(unparsable, "cut.md")
    assert isinstance(error, PageError) and error.line is not None and "cut short" in error.message
    assert "never closed" in error.message
    broken = replaced(spec_request, "openapi: 3.1.0", "openapi: 3.1.0\n  bad: [")
    error = ingest_text(broken, "bad.md")
    assert isinstance(error, PageError) and error.line is not None and "not valid YAML" in error.message


def test_markdown_all_of_parts_and_nullable_types_are_read() -> None:
    document = textwrap.dedent("""\
        Prose.

        ```yaml api.json POST /v1/chat/completions
        openapi: 3.1.0
        servers:
          - url: https://api.example.com
        paths:
          /v1/chat/completions:
            post:
              requestBody:
                content:
                  application/json:
                    schema:
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - properties:
                            n: {type: integer, nullable: true, minimum: 1, default: 1}
        components:
          schemas:
            Base:
              required: [model, messages]
              properties:
                model: {type: string, enum: [m-1]}
                messages: {type: array, minItems: 1}
                stop: {oneOf: [{type: string}, {type: array}]}
                ext: {$ref: 'https://elsewhere.example.com/x.json'}
        ```
        """)
    page = ingest_text(document, "a.md")
    assert isinstance(page, IngestedPage), page
    assert page.model == "m-1" and page.server == "https://api.example.com"
    assert page.parameter("n") is not None and page.parameter("n").as_json() == {  # type: ignore[union-attr]
        "type": ["integer", "null"],
        "required": False,
        "minimum": 1,
        "maximum": None,
        "default": 1,
        "enum": None,
        "min_items": None,
    }
    assert page.parameter("stop").types == ("string", "array")  # type: ignore[union-attr]
    assert page.parameter("messages").required and page.parameter("messages").min_items == 1  # type: ignore[union-attr]
    assert any("not local to the page" in w.message for w in page.warnings)
