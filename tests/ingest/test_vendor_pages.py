"""The vendor's real pages (tests/ingest/pages, each URL in its README): family pages, prose restrictions, pages cut
short, extra response fields. Every expectation is read off the page's own text, never off the committed spec.

The pages are excerpts of docs.evolink.ai as a public-pages corpus stored them, e.g.
https://docs.evolink.ai/en/api-manual/language-series/gpt-5-1/gpt-5-1-api (gpt-5-1_*),
https://docs.evolink.ai/en/api-manual/language-series/kimi-k2/Kimi-K2-api (kimi-k2_*),
https://docs.evolink.ai/en/api-manual/language-series/deepseek/deepseek-reference (deepseek_*),
https://docs.evolink.ai/en/api-manual/language-series/doubao-seed-2.0/doubao-seed-2.0-quickstart (doubao-seed-2.0_*),
with /de/, /es/, /fr/, /ja/, /ko/ and /cn/ for the other languages. Every one of them is cut short.
"""

from __future__ import annotations

import json
import re

import pytest

from generator.ingest import IngestedPage, PageError, ingest_text
from generator.ingest.labels import labels_of
from generator.ingest.restrictions import find_restrictions
from generator.ingest.values import COLON
from tests.support.seed_pages import SEED_PAGES
from tests.support.vendor_pages import VENDOR_PAGES, listed_options, vendor_page

FAMILY_PAGES = sorted(
    path.name for path in VENDOR_PAGES if path.suffix == ".txt" and listed_options(path.read_text(encoding="utf-8"))
)
LAST_ENTRY = {
    # file -> the parameter entry the page ends in (its name as far as the page has it), read off the page's end.
    "gpt-5-1_en_cut.txt": "temperature",
    "gpt-5-1_de_cut.txt": "max_tokens",
    "gpt-5-1_es_cut.txt": "max_tokens",
    "gpt-5-1_fr_cut.txt": "max_to",
    "gpt-5-1_cn_cut.txt": "temperature",
    "kimi-k2_en_cut.txt": "max_tokens",
    "kimi-k2_ja_cut.txt": "max_tokens",
    "kimi-k2_ko_cut.txt": "max_tokens",
    "kimi-k2_cn_cut.txt": "temperature",
    "deepseek_en_cut.txt": "model",
    "deepseek_cn_cut.txt": "messages",
    "doubao-seed-2.0_en_cut.txt": "model",
}
RESTRICTED = ("temperature", "top_p", "tools", "tool_choice", "response_format")
"""What the DeepSeek pages say deepseek-reasoner does not support, in every language."""


def known_names() -> tuple[str, ...]:
    """Parameter names as a complete page documents them: the longest seed page's boxes."""
    pages = [ingest_text(path.read_text(encoding="utf-8"), path.name) for path in SEED_PAGES]
    full = max((page for page in pages if isinstance(page, IngestedPage)), key=lambda page: len(page.parameters))
    return tuple(parameter.name for parameter in full.parameters)


@pytest.mark.parametrize("name", FAMILY_PAGES)
def test_a_family_page_lists_every_id_in_any_language(name: str) -> None:
    text = (vendor_page(name)).read_text(encoding="utf-8")
    page = ingest_text(text, name)
    assert isinstance(page, IngestedPage), page
    listed = listed_options(text)
    if page.cut_short is not None and text.rstrip().endswith(listed[-1]):
        listed = listed[:-1]  # the page ends inside its last option: that option may be cut too
    assert page.model_ids == tuple(listed) or set(page.model_ids) == set(listed)
    assert page.model in listed
    assert len(page.model_ids) >= 2


def test_the_languages_of_a_family_page_agree_on_its_ids() -> None:
    ids: dict[str, dict[str, tuple[str, ...]]] = {}  # family -> language -> ids
    for name in FAMILY_PAGES:
        page = ingest_text(vendor_page(name).read_text(encoding="utf-8"), name)
        assert isinstance(page, IngestedPage) and page.language is not None
        ids.setdefault(name.split("_")[0], {})[page.language] = tuple(sorted(page.model_ids))
    assert max(len(languages) for languages in ids.values()) >= 2
    for family, languages in ids.items():
        assert len(set(languages.values())) == 1, (family, languages)


def test_an_option_cut_in_half_is_not_taken_as_an_id() -> None:
    text = vendor_page("doubao-seed-2.0_en_cut.txt").read_text(encoding="utf-8")
    cut_option = listed_options(text)[-1]
    assert text.rstrip().endswith(cut_option)
    page = ingest_text(text, "doubao.txt")
    assert isinstance(page, IngestedPage)
    assert cut_option not in page.model_ids
    assert any(cut_option in warning.message and "cut" in warning.message for warning in page.warnings)


@pytest.mark.parametrize("name", sorted(LAST_ENTRY))
def test_a_page_cut_short_names_the_last_entry_read(name: str) -> None:
    page = ingest_text(vendor_page(name).read_text(encoding="utf-8"), name)
    assert isinstance(page, IngestedPage), page
    assert page.cut_short is not None
    assert page.cut_short.last_entry == LAST_ENTRY[name]
    assert LAST_ENTRY[name] not in {parameter.name for parameter in page.checked}
    warnings = [w.message for w in page.all_warnings]
    assert any("cut short" in w and repr(LAST_ENTRY[name]) in w for w in warnings)


@pytest.mark.parametrize("name", sorted(path.name for path in VENDOR_PAGES if path.suffix == ".md"))
def test_a_markdown_twin_cut_before_its_request_body_is_a_located_error(name: str) -> None:
    result = ingest_text(vendor_page(name).read_text(encoding="utf-8"), name)
    assert isinstance(result, PageError)
    assert result.line is not None and "cut short" in result.message


def test_the_ingest_json_of_a_family_page(capsys: pytest.CaptureFixture[str]) -> None:
    from generator.cli import main  # noqa: PLC0415

    path = vendor_page("gpt-5-1_en_cut.txt")
    assert main(["ingest", str(path), "--format", "json"]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    listed = listed_options(path.read_text(encoding="utf-8"))
    assert entry["models"] == listed and entry["model"] in listed
    assert set(entry["parameters_by_model"]) == set(listed)
    assert entry["cut_short"]["last_entry"] == LAST_ENTRY[path.name]
    assert any("cut short" in warning for warning in entry["warnings"])


@pytest.mark.parametrize("name", ["deepseek_en_cut.txt", "deepseek_cn_cut.txt"])
def test_a_prose_restriction_is_read_in_english_and_chinese(name: str) -> None:
    text = vendor_page(name).read_text(encoding="utf-8")
    page = ingest_text(text, name, known=known_names())
    assert isinstance(page, IngestedPage), page
    [restriction] = page.restrictions
    assert restriction.applies and restriction.models == ("deepseek-reasoner",)
    assert set(restriction.parameters) == set(RESTRICTED)
    assert restriction.sentence in text
    assert page.restricted("deepseek-reasoner") == restriction.parameters
    assert page.restricted("deepseek-chat") == ()
    assert any(restriction.sentence in w.message for w in page.all_warnings)


@pytest.mark.parametrize(
    ("name", "marker"),
    [("deepseek-flat2_ja_cut.txt", "注意:"), ("deepseek_de_cut.txt", "Hinweis:")],
)
def test_the_restriction_sentences_of_the_japanese_and_german_pages_apply(name: str, marker: str) -> None:
    """These two pages do not reach their model list; their restriction sentences are read on their own."""
    line = next(line for line in vendor_page(name).read_text(encoding="utf-8").splitlines() if marker in line)
    sentence = line[line.index(marker) :]
    [restriction] = find_restrictions([(1, sentence)], ("deepseek-chat", "deepseek-reasoner"), [], RESTRICTED)
    assert restriction.applies and restriction.models == ("deepseek-reasoner",)
    assert set(restriction.parameters) == set(RESTRICTED)


def test_a_sentence_that_names_a_model_and_a_parameter_without_refusing_it_is_only_reported() -> None:
    prose = [
        (1, "Recommended value for kimi-k2-thinking series: temperature 1.0."),
        (2, "Use temperature and top_p with care."),  # no model id: not a restriction at all
        (3, "deepseek-chat supports tools; deepseek-reasoner does not support tools."),  # two ids: not plain
    ]
    found = find_restrictions(prose, ("kimi-k2-thinking", "deepseek-chat", "deepseek-reasoner"), [], RESTRICTED)
    assert [(r.line, r.applies) for r in found] == [(1, False), (3, False)]


def test_response_fields_beyond_the_spec_come_from_the_response_sample() -> None:
    text = vendor_page("deepseek_en_cut.txt").read_text(encoding="utf-8")
    page = ingest_text(text, "deepseek.txt")
    assert isinstance(page, IngestedPage)
    fields = {field.path: field.types for field in page.response_fields}
    assert fields["choices[].message.reasoning_content"] == ("string",)
    assert fields["system_fingerprint"] == ("string",)
    assert fields["usage.prompt_cache_hit_tokens"] == ("integer",)
    assert all(f'"{path.rsplit(".", 1)[-1].rstrip("[]")}"' in text for path in fields)


def test_the_options_label_of_every_family_page_is_known() -> None:
    """Each rendered family page's options label is one the reader knows (else its ids would be lost)."""
    for name in FAMILY_PAGES:
        lines = [line.strip() for line in vendor_page(name).read_text(encoding="utf-8").splitlines()]
        label = next(lines[i] for i in range(len(lines) - 1) if lines[i].endswith(":") and lines[i + 1].endswith(","))
        assert re.sub(f"{COLON}$", "", label) in labels_of("options"), (name, label)


def test_the_fixtures_readme_lists_every_page_with_its_url() -> None:
    readme = (VENDOR_PAGES[0].parent / "README.md").read_text(encoding="utf-8")
    for path in VENDOR_PAGES:
        assert f"`{path.name}`" in readme, path.name
    assert readme.count("https://docs.evolink.ai/") >= len(VENDOR_PAGES) // 2
