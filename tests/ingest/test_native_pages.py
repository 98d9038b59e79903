"""The vendor's native-api and task pages (tests/ingest/pages/native, README.md there): each one is read without a
traceback, as a page of the spec's endpoint it documents, with what its README row says it shows.

Which endpoint a page documents, the header's type and default, the streaming switch's two paths, the task's
states and progress range are the spec's facts (read from the loaded spec); the model ids, servers and the cuts
are the fixed pages' own facts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import pytest

from generator import exit_codes
from generator.ingest import IngestedPage, PageError, ingest_text
from generator.ingest.endpoints import EndpointShape, match, shapes_of
from generator.ir import JSON, Endpoint, Spec
from tests.support.cli import cli
from tests.support.native_pages import nested_page
from tests.support.paths import ROOT
from tests.support.vendor_pages import NATIVE_PAGES, native_page, native_urls

API = "https://api.evolink.ai"
DIRECT = "https://direct.evolink.ai"
FLAT = [
    "gemini-2.5-flash-native-flat_en.txt",
    "gemini-3.0-flash-native-flat_en.txt",
    "gemini-3.1-pro-preview-customtools-native-flat_en.txt",
    "gemini-3.1-pro-preview-customtools-native-flat_ko.txt",
    "gemini-3.1-flash-lite-preview-native-flat_en.txt",
    "tasks-flat_en.txt",
]
"""Flat crawls that start mid-page: no request line, no curl sample, so no endpoint to read them for."""
CUT_BEFORE_BODY = {
    "gemini-2.5-pro-native_en_cut.md": "gemini-2.5-pro",
    "gemini-3.0-pro-native-quickstart_en_cut.md": "gemini-3-pro-preview",
    "gemini-3.5-flash-native_cn_cut.md": "gemini-3.5-flash",
    "gemini-3.0-flash-native-alt_en_cut.txt": "gemini-3-flash-preview",
    "gemini-3.1-pro-preview-customtools-native_ja_cut.txt": "gemini-3.1-pro-preview-customtools",
    "gemini-3.1-pro-preview-customtools-native_ko_cut.txt": "gemini-3.1-pro-preview-customtools",
}
"""Pages cut before their request body that state nothing else of the endpoint: located errors naming the
endpoint and the model their path names."""


def native(spec: Spec) -> Endpoint:
    """The spec's Gemini-native endpoint: the one that names the model in its path."""
    return next(endpoint for endpoint in spec.api.endpoints if endpoint.model_in == "path")


def tasks(spec: Spec) -> Endpoint:
    """The spec's task endpoint: the one polled until it ends."""
    return next(endpoint for endpoint in spec.api.endpoints if endpoint.polling is not None)


def read(name: str, spec: Spec) -> IngestedPage | PageError:
    text = native_page(name).read_text(encoding="utf-8")
    return ingest_text(text, name, url=native_urls()[name], endpoints=shapes_of(spec))


def page(name: str, spec: Spec) -> IngestedPage:
    result = read(name, spec)
    assert isinstance(result, IngestedPage), result
    return result


@pytest.mark.parametrize("name", [path.name for path in NATIVE_PAGES])
def test_every_native_and_task_page_is_read_or_a_located_error(name: str, spec: Spec) -> None:
    result = read(name, spec)
    if isinstance(result, PageError):
        assert result.message and not result.other_endpoint
    else:
        json.dumps(result.as_json())
        assert result.endpoint_name in {native(spec).name, tasks(spec).name}
        assert result.language == native_urls()[name].split("/")[3].replace("cn", "zh")


def test_every_fixture_is_covered_by_these_tests() -> None:
    named = set(FLAT) | set(CUT_BEFORE_BODY) | set(READ)
    assert named == {path.name for path in NATIVE_PAGES}


@pytest.mark.parametrize("name", FLAT)
def test_a_flat_crawl_without_its_start_names_no_endpoint(name: str, spec: Spec) -> None:
    result = read(name, spec)
    assert isinstance(result, PageError) and "no endpoint" in result.message


@pytest.mark.parametrize(("name", "model"), sorted(CUT_BEFORE_BODY.items()))
def test_a_page_cut_before_its_body_names_its_endpoint_and_model(name: str, model: str, spec: Spec) -> None:
    result = read(name, spec)
    assert isinstance(result, PageError)
    assert f"a page of {native(spec).name} for {model}:" in result.message
    assert "cut short" in result.message
    if name.endswith(".md"):
        assert result.line is not None


def test_the_gemini_2_5_pro_page_states_the_async_header_and_the_streaming_switch(spec: Spec) -> None:
    result = page("gemini-2.5-pro-native_en_cut.txt", spec)
    endpoint = native(spec)
    assert (result.endpoint_name, result.model, result.model_ids) == (
        endpoint.name,
        "gemini-2.5-pro",
        ("gemini-2.5-pro",),
    )
    assert result.streaming is None, "`:{method}` is the endpoint's switch, neither path"
    assert result.server == API
    for header in endpoint.headers:
        stated = result.header(header.name)
        assert stated is not None and stated.types == (header.json_type,) and stated.default == header.default
    method = result.path_parameter("method")
    assert endpoint.streaming is not None and endpoint.streaming.path is not None
    tails = {path.rpartition(":")[2] for path in (endpoint.path, endpoint.streaming.path)}
    assert method is not None and method.required and set(method.enum or ()) == tails
    fields = {field.path for field in result.response_fields}
    assert {"usageMetadata.thoughtsTokenCount", "usageMetadata.promptTokensDetails[].modality"} <= fields
    assert "modelVersion" not in fields
    assert result.parameters == () and not result.body_read
    assert result.cut_short is not None and endpoint.name in result.cut_short.reason


def test_the_gemini_3_flash_page_states_its_body(spec: Spec) -> None:
    result = page("gemini-3.0-flash-native_en_cut.txt", spec)
    assert (result.endpoint_name, result.model, result.streaming) == (
        native(spec).name,
        "gemini-3-flash-preview",
        False,
    )
    assert result.server == API and result.headers == () and result.path_parameters == ()
    contents, config = result.parameter("contents"), result.parameter("generationConfig")
    assert contents is not None and contents.required and contents.types == ("array",) and contents.min_items == 1
    assert config is not None and not config.required and config.types == ("object",)
    assert result.cut_short is None, "the body ends at the Response heading; the cut is in the response prose"


@pytest.mark.parametrize("name", ["evolink-auto-gemini_en_cut.txt", "evolink-auto-gemini_en_cut.md"])
def test_the_evolink_auto_page_names_its_model_in_a_path_parameter(name: str, spec: Spec) -> None:
    result = page(name, spec)
    assert result.endpoint == f"{native(spec).method.upper()} {native(spec).path}"
    assert (result.endpoint_name, result.model, result.model_ids) == (
        native(spec).name,
        "evolink/auto",
        ("evolink/auto",),
    )
    box = result.path_parameter("model")
    assert box is not None and box.required and box.enum == ("evolink/auto",)
    assert result.server == DIRECT and result.cut_short is not None
    if name.endswith(".txt"):
        assert result.cut_short.last_entry == "contents"
        assert "modelVersion" in {field.path for field in result.response_fields}


@pytest.mark.parametrize("name", ["tasks_en.txt", "tasks_es.txt", "tasks_fr.txt"])
def test_the_task_page_in_every_language_states_its_path_parameter_and_response(name: str, spec: Spec) -> None:
    result = page(name, spec)
    endpoint = tasks(spec)
    assert (result.endpoint_name, result.model, result.model_ids) == (endpoint.name, None, ())
    assert result.cut_short is None and result.server == API
    assert {p.name for p in result.path_parameters} == {p.name for p in endpoint.path_parameters}
    assert all(p.required and p.types == ("string",) for p in result.path_parameters)
    entries = {entry.name: entry for entry in result.response_entries}
    assert endpoint.polling is not None
    states = {*endpoint.polling.pending, *endpoint.polling.succeeded, *endpoint.polling.failed}
    assert set(entries[endpoint.polling.status].enum or ()) == states
    progress = at(spec.api.schemas[endpoint.response], "properties", "progress")
    assert (entries["progress"].minimum, entries["progress"].maximum) == (
        at(progress, "minimum"),
        at(progress, "maximum"),
    )
    assert entries["results"].types == ("array",), "string<uri>[] is an array"
    assert "error" not in entries, "this crawl shows no error field"
    assert {"id", "status", "task_info.can_cancel"} <= {field.path for field in result.response_fields}


@pytest.mark.parametrize("name", ["tasks_en_cut.md", "tasks_cn_cut.md"])
def test_the_task_pages_markdown_twin_states_its_path_parameter(name: str, spec: Spec) -> None:
    result = page(name, spec)
    endpoint = tasks(spec)
    assert (result.endpoint_name, result.model, result.server) == (endpoint.name, None, API)
    assert [p.name for p in result.path_parameters] == [p.name for p in endpoint.path_parameters]
    assert result.cut_short is not None and result.cut_short.line is not None


READ = {
    "gemini-2.5-pro-native_en_cut.txt",
    "gemini-3.0-flash-native_en_cut.txt",
    "evolink-auto-gemini_en_cut.txt",
    "evolink-auto-gemini_en_cut.md",
    "tasks_en.txt",
    "tasks_es.txt",
    "tasks_fr.txt",
    "tasks_en_cut.md",
    "tasks_cn_cut.md",
}
"""The pages read as pages (the tests above say what each states)."""


def test_a_stream_path_or_a_page_of_no_declared_endpoint(spec: Spec) -> None:
    text = native_page("gemini-3.0-flash-native_en_cut.txt").read_text(encoding="utf-8")
    streamed = ingest_text(
        text.replace(":generateContent", ":streamGenerateContent"), "s.txt", endpoints=shapes_of(spec)
    )
    assert isinstance(streamed, IngestedPage) and streamed.streaming is True
    assert streamed.endpoint_name == native(spec).name
    other = ingest_text(text.replace(":generateContent", ":countTokens"), "c.txt", endpoints=shapes_of(spec))
    assert isinstance(other, PageError) and other.other_endpoint
    assert ":countTokens" in other.message and all(e.name in other.message for e in spec.api.endpoints)


def test_without_a_spec_only_chat_completions_pages_are_read() -> None:
    result = ingest_text(native_page("tasks_en.txt").read_text(encoding="utf-8"), "tasks_en.txt")
    assert isinstance(result, PageError) and result.other_endpoint


def test_nested_generation_config_fields_are_read_from_an_openapi_fragment(spec: Spec) -> None:
    """No fixture reaches generationConfig's fields (README.md: every twin is cut before its body), so this
    OpenAPI fragment is built here, in the twins' layout."""
    result = ingest_text(nested_page("gemini-2.5-flash", 2.5, 1000), "nested.md", endpoints=shapes_of(spec))
    assert isinstance(result, IngestedPage), result
    config = result.parameter("generationConfig")
    assert config is not None and {p.name for p in config.properties} == {"temperature", "thinkingConfig", "madeUp"}
    temperature, budget = config.field("temperature"), config.field("thinkingConfig.thinkingBudget")
    assert temperature is not None and (temperature.minimum, temperature.maximum) == (0, 2.5)
    assert budget is not None and budget.types == ("integer",) and budget.maximum == 1000
    assert at(result.as_json(), "parameters", "generationConfig", "properties", "thinkingConfig", "properties")


def at(value: JSON | Mapping[str, JSON], *keys: str) -> JSON:
    """The value at `keys` inside nested JSON objects (the test fails where there is none)."""
    for key in keys:
        assert isinstance(value, Mapping), (key, value)
        value = value[key]
    return value


@pytest.mark.parametrize("name", [path.name for path in NATIVE_PAGES])
def test_every_truncation_of_a_native_page_is_read_or_a_located_error(name: str, spec: Spec) -> None:
    text = native_page(name).read_text(encoding="utf-8")
    shapes = shapes_of(spec)
    for end in range(0, len(text), max(1, len(text) // 50)):
        result = ingest_text(text[:end], name, endpoints=shapes)
        assert isinstance(result, IngestedPage | PageError)
        if isinstance(result, IngestedPage):
            json.dumps(result.as_json())


@pytest.mark.parametrize("name", sorted(READ))
def test_sync_on_each_page_read_compares_without_a_traceback(name: str) -> None:
    ran = cli("sync", native_page(name), "--spec", ROOT / "spec", "--format", "json")
    assert ran.code == exit_codes.OK, ran.err
    document = json.loads(ran.out)
    assert "Traceback" not in ran.err and isinstance(document["changes"], list)


def test_ingest_yaml_of_a_task_page_says_it_has_no_model_file() -> None:
    ran = cli("ingest", native_page("tasks_en.txt"), "--format", "yaml", "--spec", ROOT / "spec")
    assert ran.code == exit_codes.OK, ran.err
    assert "takes no model: no model file" in ran.out


def test_path_templates_match_with_their_placeholders_bound() -> None:
    native = EndpointShape(
        "native", "POST", "/m/{model}:generateContent", "/m/{model}:streamGenerateContent", model_in="path"
    )
    twice = EndpointShape("twice", "GET", "/a/{id}/b/{id}", model_in=None, has_body=False)
    shapes = [native, twice]
    found = match("POST /m/evolink/auto:streamGenerateContent?alt=sse", shapes)
    assert found is not None and (found.endpoint, found.streaming, dict(found.bound)) == (
        native,
        True,
        {"model": "evolink/auto"},
    )
    switched = match("POST /m/{model}:{method}", shapes)
    assert switched is not None and (switched.streaming, switched.switch, dict(switched.bound)) == (None, "method", {})
    assert match("GET /a/1/b/1", shapes) is not None and match("GET /a/1/b/2", shapes) is None
    assert match("POST /m/x:countTokens", shapes) is None and match("GET /m/x:generateContent", shapes) is None
