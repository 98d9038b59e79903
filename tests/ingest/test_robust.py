"""Arbitrary, truncated or shuffled text never gives a traceback: a result or a located error (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.ingest import IngestedPage, PageError, ingest_text
from generator.ingest.endpoints import shapes_of
from generator.ingest.labels import LANGUAGES
from generator.ingest.sections import READ
from tests.support.paths import ROOT
from tests.support.seed_pages import SEED_PAGES
from tests.support.specs import load
from tests.support.vendor_pages import NATIVE_PAGES

TEXTS = [path.read_text(encoding="utf-8") for path in SEED_PAGES]
LINES = sorted({line for text in TEXTS for line in text.splitlines()})
LABELS = sorted(
    {
        f"{label}:"
        for labels in LANGUAGES
        for kind in ("default", "range", "options", "example")
        for label in getattr(labels, kind)
    }
    | {label for labels in LANGUAGES for kind in ("body", "response", "required") for label in getattr(labels, kind)}
)
DETERMINISTIC = settings(
    max_examples=150,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    derandomize=True,  # the same examples in every CI run; widen max_examples locally to explore
    suppress_health_check=[HealthCheck.too_slow],
)


def check(text: str) -> None:
    """`ingest_text` returns a page (whose JSON serializes) or a located error; it never raises."""
    result = ingest_text(text, "page.txt")
    assert isinstance(result, IngestedPage | PageError)
    if isinstance(result, IngestedPage):
        json.dumps(result.as_json(), allow_nan=False)
        assert result.model and result.endpoint
    else:
        assert str(result).startswith("page.txt")
        assert result.line is None or 1 <= result.line <= max(1, len(text.splitlines()) + 1)


@DETERMINISTIC
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    check(text)


@DETERMINISTIC
@given(st.lists(st.sampled_from(LINES + LABELS) | st.text(max_size=20), max_size=80).map("\n".join))
def test_page_like_lines_in_any_order(text: str) -> None:
    check(text)


@DETERMINISTIC
@given(st.sampled_from(TEXTS), st.floats(min_value=0, max_value=1))
def test_every_truncation_of_a_seed(text: str, where: float) -> None:
    check(text[: int(len(text) * where)])


@DETERMINISTIC
@given(
    st.sampled_from(TEXTS),
    st.lists(st.tuples(st.sampled_from(["delete", "duplicate", "blank"]), st.floats(0, 1)), max_size=12),
)
def test_random_line_deletions_and_duplications(text: str, edits: list[tuple[str, float]]) -> None:
    lines = text.splitlines()
    for operation, where in edits:
        if not lines:
            break
        index = min(int(where * len(lines)), len(lines) - 1)
        if operation == "delete":
            del lines[index]
        elif operation == "duplicate":
            lines.insert(index, lines[index])
        else:
            lines.insert(index, "")
    check("\n".join(lines))


@DETERMINISTIC
@given(st.text(max_size=300), st.sampled_from(["```", "````"]))
def test_arbitrary_markdown_fences(body: str, ticks: str) -> None:
    check(f"# Page\n\n{ticks}yaml openapi.json POST /v1/chat/completions\nopenapi: 3.1.0\n{body}\n{ticks}\n")
    check(f"{ticks}yaml openapi.json POST /v1/chat/completions\n{body}")


SHAPES = shapes_of(load(ROOT / "spec"))
NATIVE_LINES = sorted({line for path in NATIVE_PAGES for line in path.read_text(encoding="utf-8").splitlines()})
SECTION_LABELS = sorted({label for labels in LANGUAGES for kind in READ for label in getattr(labels, kind)})


@DETERMINISTIC
@given(st.lists(st.sampled_from(NATIVE_LINES + SECTION_LABELS + LABELS) | st.text(max_size=20), max_size=80))
def test_native_and_task_page_lines_in_any_order_against_every_endpoint(lines: list[str]) -> None:
    text = "\n".join(lines)
    result = ingest_text(text, "page.txt", endpoints=SHAPES)
    assert isinstance(result, IngestedPage | PageError)
    if isinstance(result, IngestedPage):
        json.dumps(result.as_json(), allow_nan=False)
        assert result.endpoint_name in {shape.name for shape in SHAPES}
    else:
        assert result.line is None or 1 <= result.line <= max(1, len(text.splitlines()) + 1)
